"""Lesson 13 (a): each layer's outputs as a histogram (book figures 6-10, 6-11, 6-13, 6-14).

The learner picks the activation, the initial weights and the depth (1–10) or one of the book's
six cases; nnlab.lessons.vanishing computes the layers, this panel draws one small histogram per
layer with its mean and spread, and says what the book says should be seen and whether this run
shows it. Lesson 13's prediction (the mean of layer 5 with sigmoid and σ = 0.01) hides that case's
histograms until the learner has guessed.
"""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons import vanishing as V
from nnlab.lessons.predict import Prediction, judge, parse_guess

from ...i18n import bilingual
from ...stepview.numbers import format_number
from ...stepview.predict import PredictBox
from ...theme import BLUE, ORANGE, PENDING
from ..lesson_page import sentence_gap

ACT_NAMES = {"sigmoid": "sigmoid", "tanh": "tanh", "relu": "ReLU"}


class ActivationHistograms(QWidget):
    """Controls, a grid of per-layer histograms, and the verdict sentence."""

    predicted = Signal(str, bool)
    shown = Signal(str, str)  # a case was drawn: activation, init

    def __init__(self, prediction: Prediction | None = None, solved=(), parent=None):
        super().__init__(parent)
        self.prediction = prediction
        self.pending = prediction is not None and prediction.id not in set(solved)
        self.layers: list[V.LayerActivations] = []
        self.seen: set[tuple[str, str]] = set()
        self.act_label, self.init_label, self.depth_label = QLabel(), QLabel(), QLabel()
        self.act_combo = QComboBox()
        self.act_combo.setObjectName("histActivation")
        for key in V.ACTIVATIONS:
            self.act_combo.addItem(ACT_NAMES[key], key)
        self.init_combo = QComboBox()
        self.init_combo.setObjectName("histInit")
        for key in V.INITS:
            self.init_combo.addItem("", key)
        self.depth_spin = QSpinBox()
        self.depth_spin.setObjectName("histDepth")
        self.depth_spin.setRange(1, V.MAX_DEPTH)
        self.depth_spin.setValue(5)
        self.book_label = QLabel()
        self.cases: list[QToolButton] = []
        for act, init in V.BOOK_CASES:
            button = QToolButton()
            button.setObjectName(f"histCase_{act}_{init}")
            button.clicked.connect(lambda _c=False, a=act, i=init: self.show_case(a, i))
            self.cases.append(button)
        self.predict_box = PredictBox()
        self.predict_box.prompt.setWordWrap(True)  # a long prompt must not widen the page
        self.predict_box.layout().setStretchFactor(self.predict_box.prompt, 1)
        self.predict_box.guessed.connect(self.guess)
        self.predict_box.revealRequested.connect(self.reveal)
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(4)
        self.plots: list[pg.PlotWidget] = []
        self.bars: list[pg.BarGraphItem] = []
        self.captions: list[QLabel] = []
        for k in range(V.MAX_DEPTH):
            plot = pg.PlotWidget(background="w")
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.getAxis("left").setStyle(showValues=False)
            plot.getAxis("bottom").setStyle(tickFont=None)
            plot.setMinimumSize(80, 70)
            bars = pg.BarGraphItem(x0=[], x1=[], height=[], y0=0, brush=pg.mkBrush(BLUE), pen=None)
            plot.addItem(bars)
            caption = QLabel()
            caption.setObjectName(f"histCaption{k + 1}")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setStyleSheet("font-size: 8.5pt;")
            self.plots.append(plot)
            self.bars.append(bars)
            self.captions.append(caption)
        self.verdict = QLabel()
        self.verdict.setObjectName("histVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)

        row = QHBoxLayout()
        for w in (self.act_label, self.act_combo, self.init_label, self.init_combo,
                  self.depth_label, self.depth_spin):
            row.addWidget(w)
        row.addStretch(1)
        book = QHBoxLayout()  # a row of its own: with the controls it overflows 1024 px in Japanese
        book.addWidget(self.book_label)
        for button in self.cases:
            book.addWidget(button)
        book.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addLayout(book)
        layout.addWidget(self.predict_box)
        layout.addWidget(self.grid_widget, 1)
        layout.addWidget(self.verdict)
        for w in (self.act_combo, self.init_combo):
            w.currentIndexChanged.connect(self.recompute)
        self.depth_spin.valueChanged.connect(self.recompute)
        self.retranslateUi()
        self.recompute()

    # ---- the case shown --------------------------------------------------------------------------
    @property
    def case(self) -> tuple[str, str]:
        return self.act_combo.currentData(), self.init_combo.currentData()

    def show_case(self, activation: str, init: str, depth: int | None = None) -> None:
        for combo, key in ((self.act_combo, activation), (self.init_combo, init)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(key))
            combo.blockSignals(False)
        if depth is not None:
            self.depth_spin.blockSignals(True)
            self.depth_spin.setValue(depth)
            self.depth_spin.blockSignals(False)
        self.recompute()

    def hidden(self) -> bool:
        """While the prediction waits, its case's histograms are not drawn."""
        return self.pending and self.prediction is not None and \
            "hist:" + ":".join(self.case) == self.prediction.target

    def recompute(self) -> None:
        activation, init = self.case
        self.layers = V.activation_histograms(activation, init, self.depth_spin.value())
        self._draw()
        if not self.hidden():
            self.seen.add(self.case)
            self.shown.emit(activation, init)

    def _draw(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().setVisible(False)
        depth = len(self.layers)
        columns = 5
        hide = self.hidden()
        # one y scale for every layer, so the layers can be compared at a glance
        top = max(float(la.counts.max()) / max(1, int(la.counts.sum())) for la in self.layers)
        for row in range(2 * ((V.MAX_DEPTH + columns - 1) // columns)):
            self.grid.setRowStretch(row, 1 if row % 2 == 0 and row < 2 * (
                (depth + columns - 1) // columns) else 0)
        for k, layer in enumerate(self.layers):
            r, c = divmod(k, columns)
            self.grid.addWidget(self.plots[k], 2 * r, c)
            self.grid.addWidget(self.captions[k], 2 * r + 1, c)
            self.plots[k].setVisible(True)
            self.captions[k].setVisible(True)
            edges = layer.edges
            total = max(1, int(layer.counts.sum()))
            self.bars[k].setOpts(x0=edges[:-1], x1=edges[1:], height=layer.counts / total,
                                 brush=pg.mkBrush(PENDING if hide else (
                                     ORANGE if self.case[0] == "relu" else BLUE)))
            self.bars[k].setVisible(not hide)
            self.plots[k].setXRange(edges[0], edges[-1], padding=0.02)
            self.plots[k].setYRange(0, max(top, 1e-9) * 1.05, padding=0)
            self.plots[k].setTitle(self.tr("layer %1").replace("%1", str(k + 1)), size="8pt")
            self.captions[k].setText("?" if hide else self._caption(layer))
        self.grid_widget.setMinimumHeight(130 * ((depth + columns - 1) // columns))
        self.verdict.setText("" if hide else self.verdict_text())
        if self.pending and self.prediction is not None:
            self.predict_box.ask("<b>✎ " + html.escape(bilingual(self.prediction.prompt)) + "</b>",
                                 self.tr("your guess"))

    def _caption(self, layer: V.LayerActivations) -> str:
        text = self.tr("mean %1 · std %2").replace("%1", format_number(layer.mean)) \
            .replace("%2", format_number(layer.std))
        if self.case[0] == "relu":
            text += "\n" + self.tr("zeros %1 %").replace("%1", f"{100 * layer.zeros:.0f}")
        return text

    # ---- what should be seen, and was it --------------------------------------------------------
    def verdict_text(self) -> str:
        activation, init = self.case
        last = self.layers[-1]
        n = str(last.index)
        if activation in ("sigmoid", "tanh") and init == "std1":
            ok = last.saturated > 0.5
            text = self.tr("Expected: the outputs pile up at the ends, where the derivative is "
                           "≈ 0, so gradients vanish. Layer %1: %2 % of its outputs are within 5 % "
                           "of the ends.").replace("%1", n).replace("%2", f"{100 * last.saturated:.0f}")
        elif init == "std0.01" and activation != "relu":
            centre = 0.5 if activation == "sigmoid" else 0.0
            ok = all(abs(la.mean - centre) < 0.02 and la.std < 0.05 for la in self.layers)
            text = self.tr("Expected: every output near %1, all units alike — expressiveness lost. "
                           "Layer %2: mean %3, std %4.").replace("%1", format_number(centre)) \
                .replace("%2", n).replace("%3", format_number(last.mean)) \
                .replace("%4", format_number(last.std))
        elif activation == "relu" and init == "std0.01":
            ok = last.std < self.layers[0].std / 100 or len(self.layers) == 1
            text = self.tr("Expected: with ReLU the outputs shrink layer by layer towards 0. "
                           "std: layer 1 %1, layer %2 %3.").replace("%1", format_number(
                               self.layers[0].std)).replace("%2", n).replace(
                               "%3", format_number(last.std))
        elif activation == "relu" and init in ("xavier", "he"):
            ok = (init == "he") == (0.5 <= last.std <= 1.5)
            text = self.tr("Expected: He keeps the spread in every layer; Xavier lets it shrink "
                           "with ReLU. std: layer 1 %1, layer %2 %3.").replace(
                               "%1", format_number(self.layers[0].std)).replace("%2", n) \
                .replace("%3", format_number(last.std))
        else:
            ok = 0.08 < last.std and last.saturated < 0.05
            text = self.tr("Expected: Xavier (or He) keeps the outputs spread without piling up "
                           "at the ends. Layer %1: std %2, %3 % at the ends.").replace("%1", n) \
                .replace("%2", format_number(last.std)).replace("%3", f"{100 * last.saturated:.0f}")
        mark = self.tr("✓ as in the book.") if ok else self.tr("✗ not what the book shows here.")
        return text + sentence_gap() + f"<b>{mark}</b>"

    # ---- predict, then reveal -------------------------------------------------------------------
    def _value(self) -> float:
        return V.activation_histograms("sigmoid", "std0.01", 5)[-1].mean

    def guess(self, text: str) -> bool:
        number = parse_guess(text)
        if not self.pending or number is None:
            if self.pending:
                self.predict_box.tell(self.tr("Type a number, e.g. 0.3."), "wrong")
            return False
        value = self._value()
        verdict = judge(self.prediction, number, value)
        self.predicted.emit(self.prediction.id, verdict.correct)
        if verdict.correct:
            self._settle(self.tr("✓ Right: layer 5's mean is %1.").replace("%1", format_number(value)),
                         "right")
        else:
            self.predict_box.tell(self.tr("✗ %1 is off by %2. With tiny weights every total input "
                                          "u is close to 0: what is σ(0)? Try again, or press "
                                          "Reveal.").replace("%1", format_number(number))
                                  .replace("%2", format_number(verdict.error)), "wrong")
        return verdict.correct

    def reveal(self) -> None:
        if self.pending:
            self._settle(self.tr("Layer 5's mean is %1: σ(0) = 0.5.").replace(
                "%1", format_number(self._value())), "shown")

    def _settle(self, text: str, kind: str) -> None:
        self.pending = False
        self.predict_box.settle("<b>✎ " + html.escape(bilingual(self.prediction.prompt)) + "</b>")
        self.predict_box.tell(text, kind)
        self.show_case("sigmoid", "std0.01", 5)

    def retranslateUi(self) -> None:
        self.act_label.setText(self.tr("Activation"))
        self.init_label.setText(self.tr("Initial weights"))
        self.depth_label.setText(self.tr("Layers"))
        names = {"std1": self.tr("σ = 1"), "std0.01": self.tr("σ = 0.01"),
                 "xavier": self.tr("Xavier 1/√n"), "he": self.tr("He √(2/n)")}
        for i, key in enumerate(V.INITS):
            self.init_combo.setItemText(i, names[key])
        self.book_label.setText(self.tr("The book:"))
        short = {"std1": "1", "std0.01": "0.01", "xavier": "Xavier", "he": "He"}
        for button, (act, init) in zip(self.cases, V.BOOK_CASES):
            button.setText(f"{ACT_NAMES[act]} {short[init]}")
            button.setToolTip(self.tr("%1 with initial weights %2").replace("%1", ACT_NAMES[act])
                              .replace("%2", names[init]))
        self.predict_box.retranslateUi()
        if self.layers:
            self._draw()
