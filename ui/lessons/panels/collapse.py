"""Two Affine layers with no activation between them are one Affine layer (lesson 4).

(xW₁ + b₁)W₂ + b₂ = x(W₁W₂) + (b₁W₂ + b₂). The plot follows x₁ from −3 to 3 (x₂ fixed): the stack
without an activation is a straight line, the single layer W = W₁W₂ lies exactly on it, and
with ReLU between the two layers the line bends — that is what the activation adds.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nnlab.lessons import comparisons as C

from ...stepview.numbers import format_number
from ...theme import BACKWARD, FORWARD, UPDATE

X1 = np.linspace(-3, 3, 121)
X2 = 0.5


# The first example bends inside the plot: the three hidden units cross 0 at x₁ = −0.25, 0.75, 2.
FIRST = (np.array([[1.0, -1.0, 0.5], [0.5, 0.5, -1.0]]), np.array([0.0, 0.5, -0.5]),
         np.array([[1.0], [1.0], [-1.0]]), np.array([0.0]))


def _matrix(a: np.ndarray) -> str:
    a = np.asarray(a)
    if a.ndim == 1:
        return "[" + ", ".join(format_number(v) for v in a) + "]"
    return "[" + ", ".join(_matrix(row) for row in a) + "]"


class CollapsePanel(QWidget):
    """Random small weights (a button draws new ones), the single layer they equal, and a plot."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("collapsePanel")
        self.seed = 0
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.weights = QLabel()
        self.weights.setObjectName("collapseWeights")
        self.weights.setTextFormat(Qt.TextFormat.RichText)
        self.weights.setWordWrap(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("collapseNew")
        self.new_button.clicked.connect(self.new_weights)
        self.plot = pg.PlotWidget(background="w")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.two = self.plot.plot(pen=pg.mkPen(FORWARD, width=3))
        self.one = self.plot.plot(pen=None, symbol="o", symbolSize=5, symbolBrush=pg.mkBrush(UPDATE),
                                  symbolPen=None)
        self.relu = self.plot.plot(pen=pg.mkPen(BACKWARD, width=2, style=Qt.PenStyle.DashLine))
        top = QHBoxLayout()
        top.addWidget(self.weights, 1)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        self.retranslateUi()

    def new_weights(self) -> None:
        self.seed += 1
        self.update_plot()

    def collapse(self) -> C.Collapse:
        """The example for ``self.seed``: the first is FIRST, then random ones (one decimal) whose
        ReLU version bends inside the plot, so that the difference shows."""
        x = np.column_stack([X1, np.full_like(X1, X2)])
        rng = np.random.default_rng(self.seed)

        def draw():
            return (np.round(rng.normal(0, 1, (2, 3)), 1), np.round(rng.normal(0, 1, 3), 1),
                    np.round(rng.normal(0, 1, (3, 1)), 1), np.round(rng.normal(0, 1, 1), 1))

        weights = FIRST if self.seed == 0 else draw()
        while True:
            c = C.affine_collapse(*weights, x)
            if self.seed == 0 or not np.allclose(c.with_relu, c.two_layers, atol=0.05):
                break
            weights = draw()
        self._weights = weights
        return c

    def update_plot(self) -> C.Collapse:
        c = self.collapse()
        W1, b1, W2, b2 = self._weights
        self.two.setData(X1, c.two_layers[:, 0])
        self.one.setData(X1[::6], c.one_layer[::6, 0])
        self.relu.setData(X1, c.with_relu[:, 0])
        self.weights.setText(
            f"W₁ = {_matrix(W1)}, b₁ = {_matrix(b1)}, W₂ = {_matrix(W2.T)}ᵀ, b₂ = {_matrix(b2)} "
            f"&nbsp;→&nbsp; <b>W = W₁W₂ = {_matrix(c.W.T)}ᵀ, b = b₁W₂ + b₂ = {_matrix(c.b)}</b>")
        return c

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Two Affine layers with no activation between them: (xW₁ + b₁)W₂ + b₂ = x(W₁W₂) + "
            "(b₁W₂ + b₂) — one Affine layer again. The plot follows x₁ from −3 to 3 with x₂ = 0.5: "
            "the stack is a straight line and the single layer lies on it; with ReLU between the "
            "layers the line bends. That bend is what a non-linear activation adds."))
        self.new_button.setText(self.tr("New weights"))
        self.plot.setLabel("bottom", "x₁")
        self.plot.setLabel("left", "y")
        self.legend.clear()
        self.legend.addItem(self.two, self.tr("Affine → Affine"))
        self.legend.addItem(self.one, self.tr("one Affine, W = W₁W₂"))
        self.legend.addItem(self.relu, self.tr("Affine → ReLU → Affine"))
        self.update_plot()
