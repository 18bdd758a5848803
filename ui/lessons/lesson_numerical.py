"""Lesson 7: numerical differentiation against backprop on an MNIST-size network.

"Compare" times one backprop pass, then computes the numerical gradient of every parameter in
slices of ~30 ms on a QTimer (so the window stays responsive and can stop it), timing only the
computation. At the end: both times, their ratio, and the per-parameter comparison that
nnlab.gradcheck.gradient_check makes (relative error, largest difference).
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons.numerical import GradientRace, mnist_race

from ..stepview.numbers import format_number
from ..theme import BACKWARD, FORWARD
from ..widgets.factories import readonly_table
from .lesson_page import LessonPage

SLICE_SECONDS = 0.03
HIDDEN_CHOICES = (10, 50)
BATCH = 3


class NumericalPage(LessonPage):
    """Network size, Compare/Stop, progress, the timings and the comparison table."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        self.race: GradientRace | None = None
        self.size_label = QLabel()
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("numericalSize")
        for hidden in HIDDEN_CHOICES:
            self.size_combo.addItem("", hidden)
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("numericalCompare")
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("numericalStop")
        self.stop_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("numericalProgress")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.timing = QLabel()
        self.timing.setObjectName("numericalTiming")
        self.timing.setTextFormat(Qt.TextFormat.RichText)
        self.timing.setWordWrap(True)
        self.timing.setStyleSheet("font-size: 11pt;")
        self.table = readonly_table("numericalTable", 0, 5)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + 4 * self.table.verticalHeader().defaultSectionSize() + 4)
        self.verdict = QLabel()
        self.verdict.setObjectName("numericalVerdict")
        self.verdict.setWordWrap(True)

        controls = QHBoxLayout()
        controls.addWidget(self.size_label)
        controls.addWidget(self.size_combo)
        controls.addWidget(self.compare_button)
        controls.addWidget(self.stop_button)
        controls.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.timing)
        layout.addWidget(self.table)
        layout.addWidget(self.verdict)
        layout.addStretch(1)

        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)
        self.compare_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.retranslateUi()

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def start(self, race: GradientRace | None = None) -> None:
        """Begin a comparison (``race`` lets a test use a smaller network)."""
        self.timer.stop()
        self.race = race if isinstance(race, GradientRace) else mnist_race(self.size_combo.currentData(), BATCH)
        self.table.setRowCount(0)
        self.verdict.setText("")
        self.compare_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self._show()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.compare_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self._show()

    def _tick(self) -> None:
        if self.race is None:
            self.timer.stop()
            return
        self.race.advance(SLICE_SECONDS)
        if self.race.finished:
            self.stop()
            self._show_results()
            self.mark_finished()
        else:
            self._show()

    def _show(self) -> None:
        race = self.race
        if race is None:
            self.timing.setText(self.tr("Press Compare: backprop runs once, then the numerical "
                                        "gradient nudges every parameter in turn."))
            return
        self.progress.setValue(round(1000 * race.progress))
        backprop_ms = race.backprop_seconds * 1000
        text = self.tr("%1 parameters. Backprop, all gradients at once: %2 ms. Numerical: %3 of %1 "
                       "derivatives in %4 s so far.")
        self.timing.setText(
            text.replace("%1", f"{race.total:,}").replace("%2", f"<b style='color:{BACKWARD.name()}'>"
                                                          f"{format_number(backprop_ms)}</b>")
            .replace("%3", f"{race.done:,}")
            .replace("%4", f"<b style='color:{FORWARD.name()}'>{race.numerical_seconds:.2f}</b>"))
        if not race.finished and not self.running and race.done:
            self.verdict.setText(self.tr("Stopped. Press Compare to start again."))

    def _show_results(self) -> None:
        race = self.race
        backprop_ms = race.backprop_seconds * 1000
        ratio = race.ratio
        self.timing.setText(
            self.tr("%1 parameters. Backprop: %2 ms. Numerical: %3 s — about %4 times slower "
                    "(2 × %1 forward passes instead of one forward and one backward).")
            .replace("%1", f"{race.total:,}")
            .replace("%2", f"<b style='color:{BACKWARD.name()}'>{format_number(backprop_ms)}</b>")
            .replace("%3", f"<b style='color:{FORWARD.name()}'>{race.numerical_seconds:.2f}</b>")
            .replace("%4", f"<b>{_round_ratio(ratio):,}</b>"))
        checks = race.checks()
        self.table.setRowCount(len(checks))
        for r, (key, check) in enumerate(checks.items()):
            cells = (key, "×".join(str(n) for n in check.backprop.shape), f"{check.backprop.size:,}",
                     f"{check.relative_error:.1e}", f"{check.max_abs_diff:.1e}")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        worst = max(c.relative_error for c in checks.values())
        self.verdict.setText(self.tr("The largest relative error is %1: the two methods give the same "
                                     "gradients. Backprop is what training uses; the numerical "
                                     "gradient checks it (gradient check).")
                             .replace("%1", f"{worst:.1e}"))

    def shutdown(self) -> None:
        self.timer.stop()

    def retranslateUi(self) -> None:
        self.size_label.setText(self.tr("Network"))
        for i, hidden in enumerate(HIDDEN_CHOICES):
            params = 784 * hidden + hidden + hidden * 10 + 10
            note = self.tr("(book's TwoLayerNet)") if hidden == 50 else ""
            self.size_combo.setItemText(i, f"784-{hidden}-10, {params:,} " + self.tr("parameters")
                                        + (f" {note}" if note else ""))
        self.compare_button.setText(self.tr("Compare"))
        self.stop_button.setText(self.tr("Stop"))
        self.table.setHorizontalHeaderLabels([self.tr("Parameter"), self.tr("Shape"), self.tr("Count"),
                                              self.tr("Relative error"), self.tr("Largest |difference|")])
        if self.race is not None and self.race.finished:
            self._show_results()
        else:
            self._show()


def _round_ratio(ratio: float) -> int:
    """Two significant digits: 37,412 → 37,000 (the timing is not more precise than that)."""
    if not math.isfinite(ratio) or ratio <= 0:
        return 0
    digits = int(math.floor(math.log10(ratio)))
    return int(round(ratio, -max(0, digits - 1)))
