"""Lesson 6: stochastic gradient descent on f(x) = 3x₀ + 2x₁, live (Section 4 of the notes).

A QTimer in the GUI thread takes a few steps per tick (the network is 2-10-1, a step is ~0.1 ms)
and adds each step's error to the plot. A diverging run stops at once and says so in the
curriculum's words, keeping the last good weights (nnlab.lessons.descent.DescentRun). Beside the
errors, the learned y against f(x) = 3x₀ + 2x₁ on a 21×21 grid (a perfect fit is the diagonal);
a run whose ReLU units all died says so — its y is one constant, a flat line. A second tab
compares batch, mini-batch and stochastic gradient descent (``panels.modes``).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons import descent as D

from ..i18n import bilingual
from ..stepview.numbers import format_number
from ..theme import BACKWARD, ERROR, FAINT, FORWARD, SUCCESS
from .lesson_page import LessonPage, sentence_gap
from .panels.modes import ModesPanel

STEPS_PER_TICK = 8
TICK_MS = 25
BAD = ERROR
GOOD = SUCCESS


class DescentPage(LessonPage):
    """Learning rate, activation, Run/Pause/Reset, the loss plot and what the net has learned."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        self.completed = False
        self.diverged_once = False
        self.lr_label = QLabel()
        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setObjectName("descentRate")
        self.lr_spin.setDecimals(3)
        self.lr_spin.setRange(0.001, 10.0)
        self.lr_spin.setSingleStep(0.01)
        self.lr_spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.lr_spin.setValue(D.LEARNING_RATE)
        self.presets_label = QLabel()
        self.presets: list[QToolButton] = []
        for value in (0.01, 0.07, 0.5, 3.0):
            button = QToolButton()
            button.setText(format_number(value))
            button.setObjectName(f"descentPreset_{value}")
            button.clicked.connect(lambda _c=False, v=value: self.lr_spin.setValue(v))
            self.presets.append(button)
        self.act_label = QLabel()
        self.act_combo = QComboBox()
        self.act_combo.setObjectName("descentActivation")
        self.act_combo.addItems(D.ACTIVATIONS)
        self.run_button = QPushButton()
        self.run_button.setObjectName("descentRun")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("descentReset")
        self.log_box = QCheckBox()
        self.log_box.setObjectName("descentLog")

        self.plot = pg.PlotWidget(background="w")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setXRange(0, D.STEPS, padding=0.01)
        self.points = pg.ScatterPlotItem(size=4, pen=None, brush=pg.mkBrush(FORWARD))
        self.plot.addItem(self.points)
        self.fit_plot = pg.PlotWidget(background="w")
        self.fit_plot.setObjectName("descentFit")
        self.fit_plot.showGrid(x=True, y=True, alpha=0.25)
        self.fit_plot.setMouseEnabled(x=False, y=False)
        self.fit_plot.setMenuEnabled(False)
        self.fit_plot.plot([0, 5], [0, 5], pen=pg.mkPen(FAINT, width=1, style=Qt.PenStyle.DashLine))
        self.fit_points = pg.ScatterPlotItem(size=4, pen=None, brush=pg.mkBrush(BACKWARD))
        self.fit_plot.addItem(self.fit_points)
        self.status = QLabel()
        self.status.setObjectName("descentStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setStyleSheet("font-size: 10.5pt;")
        self.message = QLabel()
        self.message.setObjectName("descentMessage")
        self.message.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addWidget(self.lr_label)
        controls.addWidget(self.lr_spin)
        controls.addWidget(self.presets_label)
        for button in self.presets:
            controls.addWidget(button)
        controls.addSpacing(16)
        controls.addWidget(self.act_label)
        controls.addWidget(self.act_combo)
        controls.addSpacing(16)
        controls.addWidget(self.run_button)
        controls.addWidget(self.reset_button)
        controls.addStretch(1)  # (Log scale sits under the error plot: this row fits 1024 px)
        plots = QHBoxLayout()
        plots.addWidget(self.plot, 3)
        plots.addWidget(self.fit_plot, 2)
        run_tab = QWidget()
        column = QVBoxLayout(run_tab)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(controls)
        column.addLayout(plots, 1)
        under = QHBoxLayout()
        under.addWidget(self.log_box, 0, Qt.AlignmentFlag.AlignTop)
        under.addSpacing(12)
        under.addWidget(self.status, 1)
        column.addLayout(under)
        column.addWidget(self.message)
        self.modes = ModesPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("descentTabs")
        self.tabs.addTab(run_tab, "")
        self.tabs.addTab(self.modes, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.run_button.clicked.connect(self.toggle)
        self.reset_button.clicked.connect(self.reset)
        self.lr_spin.valueChanged.connect(self.reset)
        self.act_combo.currentIndexChanged.connect(self.reset)
        self.log_box.toggled.connect(self._scale)
        self.run = self._new_run()
        self._show_fit()
        self.retranslateUi()

    def _new_run(self) -> D.DescentRun:
        return D.DescentRun(lr=self.lr_spin.value(), activation=self.act_combo.currentText())

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def toggle(self) -> None:
        if self.running:
            self.timer.stop()
        else:
            if self.run.finished:
                self.reset()
            self.timer.start()
        self._show()

    def reset(self) -> None:
        """A new run with the current learning rate and activation (same seed, same samples)."""
        was_running = self.running
        self.timer.stop()
        self.run = self._new_run()
        self.points.setData([], [])
        self._show_fit()
        self._show()
        if was_running:
            self.timer.start()

    def advance(self, n: int) -> None:
        """Take n steps now (what a tick does; tests call it directly)."""
        before = self.run.step
        self.run.advance(n)
        if self.run.step > before:
            losses = np.asarray(self.run.losses)
            self.points.setData(np.arange(len(losses)), losses)
            self._show_fit()
        if self.run.finished:
            self.timer.stop()
            if self.run.diverged:
                self.diverged_once = True
            else:
                self.completed = True
            if self.completed and self.diverged_once:
                self.mark_tried()
        self._show()

    def _show_fit(self) -> None:
        _, y, f = self.run.fit_grid()
        self.fit_points.setData(f, y)

    def _tick(self) -> None:
        self.advance(STEPS_PER_TICK)

    def _scale(self) -> None:
        self.plot.setLogMode(y=self.log_box.isChecked())

    def _show(self) -> None:
        run = self.run
        self.run_button.setText(self.tr("Pause") if self.running else
                                (self.tr("Run again") if run.finished else self.tr("Run")))
        probe = np.array([[0.5, 0.5]])
        y = float(run.predict(probe)[0])
        last = format_number(run.losses[-1]) if run.losses else "—"
        dead = run.dead_units()
        self.status.setText(
            self.tr("Step %1 of %2 · last error E = ½(y − d)² = %3 · the net at x = (0.5, 0.5): "
                    "y = %4 (f(x) = 2.5)")
            .replace("%1", str(run.step)).replace("%2", str(run.steps))
            .replace("%3", f"<b>{last}</b>").replace("%4", f"<b>{format_number(y)}</b>")
            + (" · " + self.tr("dead ReLU units: %1 of %2").replace("%1", str(len(dead)))
               .replace("%2", str(self.hidden_units)) if run.activation == "ReLU" else ""))
        if run.diverged:
            self.message.setText(bilingual(D.DIVERGED_TEXT) + sentence_gap() + self.tr(
                "It happened at step %1 with learning rate %2: lower the rate and run again.")
                .replace("%1", str(run.step + 1)).replace("%2", format_number(run.lr)))
            self.message.setStyleSheet(f"color: {BAD.name()}; font-weight: 600; font-size: 11pt;")
        elif run.finished and len(dead) == self.hidden_units:
            self.message.setText(self.dying_text())
            self.message.setStyleSheet(f"color: {BAD.name()}; font-weight: 600;")
        elif run.finished:
            first, final = np.mean(run.losses[:50]), np.mean(run.losses[-100:])
            text = self.tr("Done: the average error fell from %1 (first 50 steps) to %2 (last 100)."
                           ).replace("%1", format_number(first)).replace("%2", format_number(final))
            if len(dead):
                text += sentence_gap() + self.tr(
                    "%1 of the %2 ReLU units are dead (u ≤ 0 for every x): they take no part.") \
                    .replace("%1", str(len(dead))).replace("%2", str(self.hidden_units))
            text += sentence_gap() + self.tr("Now raise the learning rate until the run diverges.")
            self.message.setText(text)
            self.message.setStyleSheet(f"color: {GOOD.name()}; font-weight: 600;")
        else:
            self.message.setText("")
            self.message.setStyleSheet("")

    @property
    def hidden_units(self) -> int:
        return int(self.run.net.params["layers.0.b"].size)

    def dying_text(self) -> str:
        """What a run whose ReLU units all died did: its output is one constant."""
        b2 = float(self.run.net.params["layers.2.b"][0])
        final = float(np.mean(self.run.losses[-100:]))
        return self.tr(
            "Done — but all %1 ReLU units are dead (dying ReLU): for every x in [0, 1]² each "
            "unit's total input u = xW₁ + b₁ is ≤ 0, so it outputs 0 and gets no gradient "
            "(ReLU′ = 0). The network now outputs the constant y = b₂ = %2 whatever x is (a flat "
            "line on the right), and its average error stays near %3: nothing learns any more. "
            "With learning rate %4, a few large early steps pushed every unit below 0. Lower the "
            "rate, or try sigmoid.").replace("%1", str(self.hidden_units)) \
            .replace("%2", format_number(b2)).replace("%3", format_number(final)) \
            .replace("%4", format_number(self.run.lr))

    def shutdown(self) -> None:
        self.timer.stop()

    def hideEvent(self, event) -> None:
        self.timer.stop()  # a run does not continue behind another lesson or tab
        self._show()
        super().hideEvent(event)

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("Gradient descent"))
        self.tabs.setTabText(1, self.tr("Batch · mini-batch · stochastic"))
        self.fit_plot.setTitle(self.tr("learned y against f(x) on a grid"), size="9pt")  # fits 1024 px
        self.fit_plot.setLabel("bottom", "f(x) = 3x₀ + 2x₁")
        self.fit_plot.setLabel("left", "y")
        self.lr_label.setText(self.tr("ε (learning rate)"))
        self.lr_spin.setToolTip(self.tr("ε in W ← W − ε∇E; the notes use 0.07"))
        for button in self.presets:
            button.setToolTip(self.tr("Set the learning rate to %1").replace("%1", button.text()))
        self.presets_label.setText(self.tr("try:"))
        self.act_label.setText(self.tr("Hidden activation"))
        self.reset_button.setText(self.tr("Reset"))
        self.log_box.setText(self.tr("Log scale"))
        self.plot.setLabel("bottom", self.tr("step (one random sample each)"))
        self.plot.setLabel("left", self.tr("error E"))
        self._show()
