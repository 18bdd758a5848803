"""Loss vs accuracy as the training signal (lesson 5; the reading notes' 損失関数について).

y = sigmoid(w·x − 1) classifies 100 samples; moving w, the accuracy changes in jumps of 1 % and is
flat in between (its derivative is 0 almost everywhere), while the cross-entropy error changes
with every w, so its slope always says which way to move.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from nnlab.lessons import comparisons as C

from ...stepview.numbers import format_number
from ...theme import BACKWARD, FORWARD, MUTED

W_LO, W_HI, W_STEPS = -1.0, 8.0, 180


class SignalPanel(QWidget):
    """Accuracy and loss against one weight w, a slider for w, and the slopes read out."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signalPanel")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        w, acc, loss = C.signal_curves(W_LO, W_HI)
        self.acc_plot = pg.PlotWidget(background="w")
        self.loss_plot = pg.PlotWidget(background="w")
        self.acc_plot.plot(w, acc * 100, pen=pg.mkPen(FORWARD, width=2))
        self.loss_plot.plot(w, loss, pen=pg.mkPen(BACKWARD, width=2))
        self.cursors = []
        for plot in (self.acc_plot, self.loss_plot):
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setMouseEnabled(x=False, y=False)
            plot.setMenuEnabled(False)
            cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen(MUTED, width=1))
            plot.addItem(cursor)
            self.cursors.append(cursor)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("signalWeight")
        self.slider.setRange(0, W_STEPS)
        self.slider.valueChanged.connect(self.show_w)
        self.readout = QLabel()
        self.readout.setObjectName("signalReadout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)
        self.w_label = QLabel()
        plots = QHBoxLayout()
        plots.addWidget(self.acc_plot)
        plots.addWidget(self.loss_plot)
        row = QHBoxLayout()
        row.addWidget(self.w_label)
        row.addWidget(self.slider, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(plots, 1)
        layout.addLayout(row)
        layout.addWidget(self.readout)
        self.slider.setValue(round((1.0 - W_LO) / (W_HI - W_LO) * W_STEPS))
        self.retranslateUi()

    @property
    def w(self) -> float:
        return W_LO + (W_HI - W_LO) * self.slider.value() / W_STEPS

    def show_w(self) -> C.SignalPoint:
        point = C.loss_vs_accuracy(self.w)
        for cursor in self.cursors:
            cursor.setPos(point.w)
        f = format_number
        self.readout.setText(self.tr(
            "w = %1: accuracy <b style='color:%5'>%2 %</b> (slope %3) · cross-entropy error "
            "<b style='color:%6'>%4</b> (slope %7)")
            .replace("%1", f(round(point.w, 2))).replace("%2", f(point.accuracy * 100))
            .replace("%3", f(point.accuracy_slope)).replace("%4", f(point.loss))
            .replace("%7", f(point.loss_slope))
            .replace("%5", FORWARD.name()).replace("%6", BACKWARD.name()))
        return point

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Why training follows the loss, not the accuracy: y = sigmoid(w·x − 1) classifies 100 "
            "samples. Move w. The accuracy counts right answers, so it jumps by 1 % and is flat in "
            "between — its slope is 0 almost everywhere and says nothing about which way to move "
            "w (e.g. 32 of 100 right stays 32 % for a small change). The cross-entropy error "
            "changes with every w: its slope always points the way."))
        self.acc_plot.setTitle(self.tr("accuracy (%)"))
        self.loss_plot.setTitle(self.tr("cross-entropy error"))
        for plot in (self.acc_plot, self.loss_plot):
            plot.setLabel("bottom", "w")
        self.w_label.setText(self.tr("weight w"))
        self.show_w()
