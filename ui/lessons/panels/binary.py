"""A binary example through SigmoidWithLoss (lesson 5): one output unit, y = σ(u) is the
probability of "1", L = −[t log y + (1 − t) log(1 − y)], and ∂L/∂u = y − t."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons import comparisons as C

from ...stepview.numbers import format_number
from ...theme import BACKWARD, FORWARD

U = np.linspace(-6, 6, 241)


class BinaryPanel(QWidget):
    """u and t to choose; y, L and ∂L/∂u worked out; L(u) for t = 0 and t = 1 with a marker."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("binaryPanel")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.u_label = QLabel("u")
        self.u_spin = QDoubleSpinBox()
        self.u_spin.setObjectName("binaryU")
        self.u_spin.setRange(-6, 6)
        self.u_spin.setSingleStep(0.5)
        self.u_spin.setValue(0.0)
        self.t_label = QLabel()
        self.t_combo = QComboBox()
        self.t_combo.setObjectName("binaryT")
        self.t_combo.addItems(["0", "1"])
        self.t_combo.setCurrentIndex(1)
        self.result = QLabel()
        self.result.setObjectName("binaryResult")
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setWordWrap(True)
        self.plot = pg.PlotWidget(background="w")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.addLegend(offset=(10, 10))
        self.curves = {}
        for t, style in ((0, Qt.PenStyle.DashLine), (1, Qt.PenStyle.SolidLine)):
            loss = [C.sigmoid_binary(u, t).loss for u in U]
            self.curves[t] = self.plot.plot(U, loss, pen=pg.mkPen(BACKWARD, width=2, style=style),
                                            name=f"t = {t}")
        self.marker = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(FORWARD))
        self.plot.addItem(self.marker)
        row = QHBoxLayout()
        for w in (self.u_label, self.u_spin, self.t_label, self.t_combo):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.plot, 1)
        self.u_spin.valueChanged.connect(self.update_result)
        self.t_combo.currentIndexChanged.connect(self.update_result)
        self.retranslateUi()

    def update_result(self) -> C.Binary:
        b = C.sigmoid_binary(self.u_spin.value(), float(self.t_combo.currentIndex()))
        f = format_number
        self.marker.setData([b.u], [b.loss])
        self.result.setText(
            f"y = σ({f(b.u)}) = <b>{f(b.y)}</b> &nbsp;·&nbsp; "
            f"L = −[{f(b.t)}·log {f(b.y)} + {f(1 - b.t)}·log(1 − {f(b.y)})] = "
            f"<b style='color:{BACKWARD.name()}'>{f(b.loss)}</b> &nbsp;·&nbsp; "
            f"∂L/∂u = y − t = <b>{f(b.du)}</b>")
        return b

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Binary classification (二値分類): one output unit, and the sigmoid turns its total "
            "input u into y, the probability that the answer is 1. SigmoidWithLoss pairs it with "
            "the cross-entropy error; its gradient is simply ∂L/∂u = y − t, as for softmax with "
            "cross-entropy. The loss grows without bound as a confident answer turns out wrong."))
        self.t_label.setText(self.tr("correct label t"))
        self.plot.setLabel("bottom", "u")
        self.plot.setLabel("left", self.tr("loss L"))
        self.update_result()
