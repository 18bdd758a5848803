"""Batch, mini-batch and stochastic gradient descent side by side (lesson 6, notes Section 4).

The same linear model learns f(x) = 3x₀ + 2x₁ from 100 samples, each mode allowed the same 2,000
per-sample gradients: batch gradient descent takes 20 smooth steps, mini-batches of 10 take 200,
single samples 2,000 noisy ones. The x axis is either the updates or the samples used (the cost).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nnlab.lessons import comparisons as C

from ...theme import BACKWARD, FORWARD, UPDATE

COLOURS = {"batch": FORWARD, "minibatch": UPDATE, "stochastic": BACKWARD}


class ModesPanel(QWidget):
    """The three error curves, an x-axis choice, and what online and batch learning mean."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("modesPanel")
        self.traces: dict[str, C.DescentTrace] | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.axis_label = QLabel()
        self.axis_combo = QComboBox()
        self.axis_combo.setObjectName("modesAxis")
        self.axis_combo.addItems(["", ""])
        self.axis_combo.setCurrentIndex(1)  # the same cost for all three
        self.axis_combo.currentIndexChanged.connect(self.update_plot)
        self.plot = pg.PlotWidget(background="w")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setLogMode(y=True)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.curves = {m: self.plot.plot(pen=pg.mkPen(COLOURS[m], width=2)) for m in C.MODES}
        self.learning = QLabel()
        self.learning.setWordWrap(True)
        self.learning.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.addWidget(self.axis_label)
        row.addWidget(self.axis_combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.learning)
        self.retranslateUi()

    def showEvent(self, event) -> None:
        if self.traces is None:  # computed when first looked at (~0.2 s)
            self.update_plot()
        super().showEvent(event)

    def update_plot(self) -> dict[str, C.DescentTrace]:
        if self.traces is None:
            self.traces = C.descent_modes()
        by_samples = self.axis_combo.currentIndex() == 1
        for mode, trace in self.traces.items():
            x = trace.samples_used if by_samples else range(len(trace.error))
            self.curves[mode].setData(list(x), trace.error)
        self.plot.setLabel("bottom", self.axis_combo.currentText())
        return self.traces

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "The same linear model learns f(x) = 3x₀ + 2x₁ from 100 samples (with a little noise, "
            "as measured data have), each method allowed 2,000 per-sample gradients. Batch gradient descent averages all 100 per update: 20 "
            "smooth steps. Stochastic gradient descent (SGD) uses one random sample: 2,000 cheap, "
            "noisy steps. Mini-batch gradient descent averages 10: 200 steps in between — the "
            "usual choice, because a computer computes 10 samples about as fast as one."))
        self.axis_label.setText(self.tr("x axis"))
        self.axis_combo.setItemText(0, self.tr("updates"))
        self.axis_combo.setItemText(1, self.tr("samples used (the cost)"))
        self.plot.setLabel("left", self.tr("error over all the data"))
        self.legend.clear()
        names = {"batch": self.tr("batch (100 per update)"),
                 "minibatch": self.tr("mini-batch (10)"),
                 "stochastic": self.tr("stochastic (1)")}
        for mode in C.MODES:
            self.legend.addItem(self.curves[mode], names[mode])
        self.learning.setText(self.tr(
            "<b>Online learning</b> updates the parameters each time a sample arrives, without "
            "collecting the data first (SGD makes it possible). <b>Batch learning</b> uses all the "
            "training data for every update."))
        if self.traces is not None:
            self.update_plot()
