"""Lesson 5: the output layer (softmax with and without the max shift, identity) and the losses.

Top: scores a (default [1010, 1000, 990]) through naive softmax — exp overflows to ∞, ∞/∞ is NaN
— and through softmax with C = max(a) subtracted. Bottom: the book's y against a one-hot t with
every term of the cross-entropy error and of the sum-of-squares error; before label 7's
cross-entropy is shown, the learner predicts it. Two more tabs: loss vs accuracy as the training
signal, and a binary example through SigmoidWithLoss (``panels``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons import losses as L
from nnlab.lessons.predict import Prediction, judge, parse_guess

from ..i18n import bilingual
from ..stepview.numbers import format_number, parse_number
from ..stepview.predict import PredictBox
from ..theme import BACKWARD, ERROR, FORWARD, SUCCESS
from ..widgets.factories import readonly_table
from .lesson_page import LessonPage
from .panels.binary import BinaryPanel
from .panels.signal import SignalPanel
from .progress import predictions_right

BAD = ERROR
GOOD = SUCCESS
MAX_SCORES = 10


def _numbers(text: str) -> list[float] | None:
    """"1010, 1000, 990" → [1010.0, 1000.0, 990.0]; None when any part is not a number."""
    parts = [p for p in text.replace("，", ",").replace("[", "").replace("]", "").split(",")]
    values = [parse_number(p) for p in parts]
    if not parts or any(v is None for v in values):
        return None
    return values  # type: ignore[return-value]


def _table(name: str) -> QTableWidget:
    return readonly_table(name, row_header=True)


def _fill(table: QTableWidget, rows: list[tuple[str, list[str], QColor | None]],
          columns: list[str]) -> None:
    table.setRowCount(len(rows))
    table.setColumnCount(len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setVerticalHeaderLabels([r[0] for r in rows])
    for r, (_, cells, colour) in enumerate(rows):
        for c, text in enumerate(cells):
            text = "NaN" if text == "nan" else text
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if text in ("∞", "NaN", "−∞"):
                item.setForeground(BAD)
                f = item.font()
                f.setBold(True)
                item.setFont(f)
            elif colour is not None:
                item.setForeground(colour)
            table.setItem(r, c, item)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.verticalHeader().sectionSizeHint(r) for r in range(len(rows)))
    table.setFixedHeight(height + 2)


class OutputPage(LessonPage):
    """Softmax overflow demo above, the two losses below."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        self.softmax_box = QGroupBox()
        self.a_label = QLabel()
        self.a_edit = QLineEdit("1010, 1000, 990")
        self.a_edit.setObjectName("softmaxScores")
        self.a_reset = QPushButton()
        self.softmax_table = _table("softmaxTable")
        self.softmax_message = QLabel()
        self.softmax_message.setObjectName("softmaxMessage")
        self.softmax_message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.a_label)
        row.addWidget(self.a_edit, 1)
        row.addWidget(self.a_reset)
        box = QVBoxLayout(self.softmax_box)
        box.addLayout(row)
        box.addWidget(self.softmax_table)
        box.addWidget(self.softmax_message)

        self.loss_box = QGroupBox()
        self.y_label = QLabel()
        self.y_edit = QLineEdit(", ".join(format_number(v) for v in L.SEED_Y))
        self.y_edit.setObjectName("lossOutputs")
        self.label_label = QLabel()
        self.label_spin = QSpinBox()
        self.label_spin.setObjectName("lossLabel")
        self.label_spin.setRange(0, 9)
        self.label_spin.setValue(L.SEED_LABEL)
        self.y_reset = QPushButton()
        self.loss_table = _table("lossTable")
        self.loss_result = QLabel()
        self.loss_result.setObjectName("lossResult")
        self.loss_result.setTextFormat(Qt.TextFormat.RichText)
        self.loss_result.setWordWrap(True)
        self.loss_result.setStyleSheet("font-size: 11pt;")
        row = QHBoxLayout()
        row.addWidget(self.y_label)
        row.addWidget(self.y_edit, 1)
        row.addWidget(self.label_label)
        row.addWidget(self.label_spin)
        row.addWidget(self.y_reset)
        self.prediction: Prediction | None = next(iter(lesson.predictions), None) if lesson else None
        self.predict_box = PredictBox()
        self.predict_box.guessed.connect(self.guess)
        self.predict_box.revealRequested.connect(self.reveal)
        self.pending = self.prediction is not None and \
            self.prediction.id not in predictions_right(lesson.id)
        # The table shows the label the prompt asks about, so the learner reads y₇ and t₇ there.
        self.label_spin.setValue(self._start_label())
        box = QVBoxLayout(self.loss_box)
        box.addWidget(self.predict_box)
        box.addLayout(row)
        box.addWidget(self.loss_table)
        box.addWidget(self.loss_result)

        first = QWidget()
        column = QVBoxLayout(first)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.softmax_box)
        column.addWidget(self.loss_box)
        column.addStretch(1)
        self.signal_panel = SignalPanel()
        self.binary_panel = BinaryPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("outputTabs")
        scroll = QScrollArea()  # never squeeze the tables: scroll on a small screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(first)
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.signal_panel, "")
        self.tabs.addTab(self.binary_panel, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.a_edit.editingFinished.connect(self._edited_scores)
        self.y_edit.editingFinished.connect(self._edited_loss)
        self.label_spin.valueChanged.connect(self._edited_loss)
        self.a_reset.clicked.connect(lambda: (self.a_edit.setText("1010, 1000, 990"), self.update_softmax()))
        self.y_reset.clicked.connect(self._reset_loss)
        self.retranslateUi()

    # ---- softmax ------------------------------------------------------------------------------------
    def _edited_scores(self) -> None:
        self.update_softmax()
        self.mark_tried()

    def update_softmax(self) -> L.SoftmaxDemo | None:
        a = _numbers(self.a_edit.text())
        if a is None or not 2 <= len(a) <= MAX_SCORES:
            self.softmax_message.setText(self.tr("Type between 2 and %1 numbers separated by commas, "
                                                 "e.g. 1010, 1000, 990.").replace("%1", str(MAX_SCORES)))
            self.softmax_message.setStyleSheet(f"color: {BAD.name()};")
            return None
        demo = L.softmax_demo(a)
        fmt = format_number
        rows = [
            ("a", [fmt(v) for v in demo.a], None),
            (self.tr("naive: exp(a)"), [fmt(v) for v in demo.naive_exp], None),
            (self.tr("naive: y = exp(a) / Σ exp(a)"), [fmt(v) for v in demo.naive], None),
            (self.tr("a − C  (C = max a = %1)").replace("%1", fmt(demo.c)),
             [fmt(v) for v in demo.a - demo.c], None),
            ("exp(a − C)", [fmt(v) for v in demo.shifted_exp], None),
            (self.tr("softmax y (shifted)"), [fmt(v) for v in demo.shifted], FORWARD),
            (self.tr("identity y = a (regression)"), [fmt(v) for v in demo.a], None),
        ]
        _fill(self.softmax_table, rows, [f"k = {k}" for k in range(len(a))])  # from 0, as y₀ … y₉
        if demo.naive_overflows:
            text = self.tr("Naive softmax fails: exp() of a large score overflows to ∞, and ∞/∞ is "
                           "NaN. Subtracting C = max(a) first gives the same probabilities "
                           "(they sum to %1) with no overflow.").replace("%1", fmt(demo.shifted.sum()))
            colour = BAD
        else:
            text = self.tr("These scores are small enough for the naive formula: both ways agree. "
                           "Try 1010, 1000, 990 to see the overflow.")
            colour = GOOD
        self.softmax_message.setText(text)
        self.softmax_message.setStyleSheet(f"color: {colour.name()}; font-weight: 600;")
        return demo

    # ---- losses -------------------------------------------------------------------------------------
    def _start_label(self) -> int:
        """The prediction's label while it waits, else the book's example label 2."""
        return self._target_label() if self.pending else L.SEED_LABEL

    def _reset_loss(self) -> None:
        self.y_edit.setText(", ".join(format_number(v) for v in L.SEED_Y))
        self.label_spin.setValue(self._start_label())
        self.update_losses()

    def _edited_loss(self) -> None:
        self.update_losses()
        self.mark_tried()

    def update_losses(self) -> L.LossDemo | None:
        y = _numbers(self.y_edit.text())
        if y is None or len(y) != 10 or any(v < 0 for v in y):
            message = self.tr("Type 10 outputs y₀ … y₉ (probabilities, not negative) separated by "
                              "commas.")
            self.loss_result.setText(f"<span style='color:{BAD.name()}'>{message}</span>")
            return None
        demo = L.loss_demo(y, self.label_spin.value())
        fmt = format_number
        label = self.label_spin.value()
        hide = self.hides_cross_entropy()
        ce_terms = ["?"] * len(demo.ce_terms) if hide else [fmt(v) for v in demo.ce_terms]
        ce = "?" if hide else fmt(demo.cross_entropy)
        rows = [
            ("y", [fmt(v) for v in demo.y] + [fmt(demo.y.sum())], None),
            (self.tr("t (one-hot)"), [fmt(v) for v in demo.t] + ["1"], None),
            (self.tr("−t log(y + 10⁻⁷)"), ce_terms + [ce], FORWARD),
            (self.tr("½(y − t)²"), [fmt(v) for v in demo.sse_terms] + [fmt(demo.sum_squared)], BACKWARD),
        ]
        _fill(self.loss_table, rows, [str(k) for k in range(10)] + ["Σ"])
        self.loss_result.setText(
            self.tr("Cross-entropy error E = −log(y%1 + 10⁻⁷) = %2 &nbsp;&nbsp; Sum-of-squares error "
                    "E = ½Σ(y − t)² = %3")
            .replace("%1", _subscript(label))
            .replace("%2", f"<b style='color:{FORWARD.name()}'>{ce}</b>")
            .replace("%3", f"<b style='color:{BACKWARD.name()}'>{fmt(demo.sum_squared)}</b>")
            + "<br>" + self.tr("The day-1 notes' mean_squared_error, np.mean(np.square(d − y)) / 2, "
                               "also divides by the 10 outputs: %1 (= %2 / 10).")
            .replace("%1", fmt(L.notes_mean_squared_error(demo.t, demo.y)))
            .replace("%2", fmt(demo.sum_squared)))
        return demo

    # ---- predict, then reveal: the cross-entropy for label 7 ------------------------------------
    def _target_label(self) -> int:
        return int(self.prediction.target.split(":")[1]) if self.prediction else -1

    def hides_cross_entropy(self) -> bool:
        """While the prediction waits, the cross-entropy for its label is not shown."""
        return self.pending and self.label_spin.value() == self._target_label()

    def _value(self) -> float | None:
        y = _numbers(self.y_edit.text())
        if y is None or len(y) != 10 or any(v < 0 for v in y):
            return None
        return L.loss_demo(y, self._target_label()).cross_entropy

    def guess(self, text: str) -> bool:
        p, value, number = self.prediction, self._value(), parse_guess(text)
        if not self.pending or value is None or number is None:
            if self.pending:
                self.predict_box.tell(self.tr("Type a number, e.g. 0.51."), "wrong")
            return False
        verdict = judge(p, number, value)
        self.predicted.emit(p.id, verdict.correct)
        if verdict.correct:
            self._settle(self.tr("✓ Right: %1").replace("%1", self._worked(value)), "right")
        else:
            self.predict_box.tell(self.tr("✗ %1 is off by %2. Only the correct class counts: "
                                          "E = −log(y₇ + 10⁻⁷). Try again, or press Reveal.")
                                  .replace("%1", format_number(number))
                                  .replace("%2", format_number(verdict.error)), "wrong")
        return verdict.correct

    def reveal(self) -> None:
        value = self._value()
        if self.pending and value is not None:
            self._settle(self._worked(value), "shown")

    def _worked(self, value: float) -> str:
        y = _numbers(self.y_edit.text())[self._target_label()]
        return (f"E = −log(y₇ + 10⁻⁷) = −log({format_number(y)}) = "
                f"<b>{format_number(value)}</b>")

    def _settle(self, text: str, kind: str) -> None:
        self.pending = False
        self.label_spin.setValue(self._target_label())
        self.update_losses()
        self.predict_box.settle(self._prompt())
        self.predict_box.tell(text, kind)

    def _prompt(self) -> str:
        return "<b>✎ " + self.tr("Predict E for the correct label 7:") + "</b>"

    def _show_prediction(self) -> None:
        if self.pending:
            self.predict_box.ask(self._prompt(), self.tr("your guess"))
            self.predict_box.setToolTip(bilingual(self.prediction.prompt))

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("Softmax and the losses"))
        self.tabs.setTabText(1, self.tr("Loss vs accuracy"))
        self.tabs.setTabText(2, self.tr("Binary: SigmoidWithLoss"))
        self._show_prediction()
        self.softmax_box.setTitle(self.tr("Softmax: yₖ = exp(aₖ − C) / Σᵢ exp(aᵢ − C)"))
        self.loss_box.setTitle(self.tr("Loss functions: the output y against the correct label t"))
        self.a_label.setText(self.tr("Scores a"))
        self.a_reset.setText(self.tr("Reset"))
        self.y_label.setText(self.tr("Output y"))
        self.label_label.setText(self.tr("Correct label"))
        self.y_reset.setText(self.tr("Reset"))
        self.update_softmax()
        self.update_losses()


def _subscript(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))

