"""BatchNorm stepped on a batch of four (lesson 14): μ, σ², x̂ and y = γx̂ + β, with the numbers.

Every value comes from the engine's BatchNorm layer (nnlab.lessons.regularisation.batchnorm_steps).
Before μ is shown the learner predicts μ₁ (predict, then reveal); stepping on waits for a right
guess or Reveal. γ and β can be changed to see the last step move.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons.predict import judge, parse_guess
from nnlab.lessons.regularisation import batchnorm_steps

from ...stepview.numbers import format_number as fmt
from ...stepview.predict import PredictBox
from ...stepview.slots import XHAT
from ...theme import FORWARD, UPDATE
from ...widgets.factories import readonly_table

STAGES = 5  # x, μ, σ², x̂, y


class BatchNormSteps(QWidget):
    """The batch table, Next/Reset, γ and β, the current formula with numbers."""

    predicted = Signal(str, bool)

    def __init__(self, prediction=None, solved: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("batchNormSteps")
        self.prediction = prediction
        self.pending = prediction is not None and not solved
        self.stage = 0
        self.table = readonly_table("batchNormTable", 4, 6, row_header=True)
        self.formula = QLabel()
        self.formula.setObjectName("batchNormFormula")
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setWordWrap(True)
        self.formula.setMinimumHeight(44)
        self.next_button = QPushButton()
        self.next_button.setObjectName("batchNormNext")
        self.reset_button = QPushButton()
        self.gamma = QDoubleSpinBox()
        self.beta = QDoubleSpinBox()
        for spin, value in ((self.gamma, 1.0), (self.beta, 0.0)):
            spin.setRange(-10, 10)
            spin.setSingleStep(0.5)
            spin.setValue(value)
            spin.valueChanged.connect(self.refresh)
        self.gamma_label, self.beta_label = QLabel("γ"), QLabel("β")
        self.predict_box = PredictBox()
        self.predict_box.guessed.connect(self.guess)
        self.predict_box.revealRequested.connect(self.reveal)
        row = QHBoxLayout()
        row.addWidget(self.next_button)
        row.addWidget(self.reset_button)
        row.addSpacing(16)
        for w in (self.gamma_label, self.gamma, self.beta_label, self.beta):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.predict_box)
        layout.addWidget(self.table)
        layout.addWidget(self.formula)
        self.next_button.clicked.connect(self.step)
        self.reset_button.clicked.connect(self.reset)
        self.retranslateUi()

    # ---- stepping -------------------------------------------------------------------------------
    def steps(self):
        return batchnorm_steps(gamma=self.gamma.value(), beta=self.beta.value())

    def step(self) -> None:
        if self.stage == 0 and self.pending:
            self._ask()
            return
        self.stage = min(STAGES - 1, self.stage + 1)
        self.refresh()

    def reset(self) -> None:
        self.stage = 0
        self.refresh()

    def _ask(self) -> None:
        self.predict_box.ask("<b>✎ " + self.tr("Predict μ₁, the mean of unit 1 over the batch:")
                             + "</b>", self.tr("your guess"))

    def guess(self, text: str) -> bool:
        value, number = self.steps().mu[0], parse_guess(text)
        if number is None:
            self.predict_box.tell(self.tr("Type a number, e.g. 2.5."), "wrong")
            return False
        verdict = judge(self.prediction, number, value)
        self.predicted.emit(self.prediction.id, verdict.correct)
        if verdict.correct:
            self._settle(self.tr("✓ Right: μ₁ = %1").replace("%1", fmt(value)), "right")
        else:
            self.predict_box.tell(self.tr("✗ %1 is off by %2. μ₁ is the plain average of unit 1's "
                                          "four values. Try again, or press Reveal.")
                                  .replace("%1", fmt(number)).replace("%2", fmt(verdict.error)),
                                  "wrong")
        return verdict.correct

    def reveal(self) -> None:
        if self.pending:
            self._settle(self.tr("μ₁ = %1").replace("%1", fmt(self.steps().mu[0])), "shown")

    def _settle(self, text: str, kind: str) -> None:
        self.pending = False
        self.predict_box.settle("<b>✎ " + self.tr("μ₁, the mean of unit 1:") + "</b>")
        self.predict_box.tell(text, kind)
        self.stage = 1
        self.refresh()

    # ---- drawing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        s = self.steps()
        for i in range(4):
            for u in range(2):
                cells = (s.x[i, u], s.xhat[i, u] if self.stage >= 3 else None,
                         s.y[i, u] if self.stage >= 4 else None)
                for k, v in enumerate(cells):
                    item = QTableWidgetItem("" if v is None else fmt(v))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if k == 2:
                        item.setForeground(FORWARD)
                    self.table.setItem(i, 3 * u + k, item)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height + sum(self.table.rowHeight(r) for r in range(4)))
        self.formula.setText(self._formula(s))
        self.next_button.setEnabled(self.stage < STAGES - 1)

    def _formula(self, s) -> str:
        x = [fmt(v) for v in s.x[:, 0]]
        mu, var = fmt(s.mu[0]), fmt(s.var[0])
        lines = []
        if self.stage >= 1:
            lines.append(f"μ = (1/m) Σ xᵢ:  μ₁ = ({' + '.join(x)}) / 4 = <b>{mu}</b>,  "
                         f"μ₂ = <b>{fmt(s.mu[1])}</b>")
        if self.stage >= 2:
            terms = " + ".join(f"({v} − {mu})²" for v in x)
            lines.append(f"σ² = (1/m) Σ (xᵢ − μ)²:  σ²₁ = ({terms}) / 4 = <b>{var}</b>,  "
                         f"σ²₂ = <b>{fmt(s.var[1])}</b>")
        if self.stage >= 3:
            lines.append(f"{XHAT} = (x − μ) / √(σ² + ε), ε = 10⁻⁶:  {XHAT}₁₁ = ({x[0]} − {mu}) / "
                         f"√({var} + 10⁻⁶) = <b>{fmt(s.xhat[0, 0])}</b>")
        if self.stage >= 4:
            lines.append(f"y = γ {XHAT} + β:  y₁₁ = {fmt(s.gamma[0])} · ({fmt(s.xhat[0, 0])}) + "
                         f"{fmt(s.beta[0])} = <b style='color:{UPDATE.name()}'>"
                         f"{fmt(s.y[0, 0])}</b>")
        if not lines:
            return self.tr("A mini-batch of m = 4 samples, 2 units each. Press Next step.")
        return "<br>".join(lines)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        unit = self.tr("unit %1")
        headers = []
        for u in ("1", "2"):
            name = unit.replace("%1", u)
            headers += [f"x ({name})", f"x̂ ({name})", f"y ({name})"]
        serif = QFont("DejaVu Serif")  # sans-serif fonts drop x̂'s combining circumflex
        for c, text in enumerate(headers):
            item = QTableWidgetItem(text)
            if "x̂" in text:
                item.setFont(serif)
            self.table.setHorizontalHeaderItem(c, item)
        self.table.setVerticalHeaderLabels([f"x{c}" for c in "₁₂₃₄"])
        self.next_button.setText(self.tr("Next step ▸"))
        self.reset_button.setText(self.tr("Reset"))
        for spin, tip in ((self.gamma, self.tr("scale γ (learned)")),
                          (self.beta, self.tr("shift β (learned)"))):
            spin.setToolTip(tip)
        if self.pending and self.predict_box.isVisible():
            self._ask()
        self.refresh()
