"""A comparison on screen: its chart, the loss/accuracy switch, progress, Stop, and a status line.

    view = ComparisonView()
    view.start(comparison)            # trains in a ComparisonThread; the window stays responsive
    view.show_result(saved_result)    # shows a finished comparison again, no training
    view.finished.connect(...)        # ComparisonResult, when every variant has ended
    view.shutdown()                   # stop and join (the owner calls it when it closes)

Lessons 12–14 and the Train tab's Compare… dialog all use this one view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.compare import Comparison, ComparisonResult, VariantResult, summary

from ..i18n import bilingual, current_language
from ..theme import set_state
from .chart import ComparisonChart
from .worker import ComparisonThread, join


def _fraction(comparison: Comparison, r: VariantResult) -> float:
    """How far one variant got, 0…1."""
    if r.done:
        return 1.0
    if comparison.iterations:
        return min(1.0, (r.steps[-1] if r.steps else 0) / comparison.iterations)
    return min(1.0, len(r.epochs) / max(1, comparison.config.epochs))


class ComparisonView(QWidget):
    """Chart + controls for one comparison at a time."""

    finished = Signal(object)               # ComparisonResult
    variantFinished = Signal(int, object)   # index, VariantResult
    failed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.chart = ComparisonChart()
        self.mode = QComboBox()
        self.mode.setObjectName("comparisonMode")
        self.progress = QProgressBar()
        self.progress.setObjectName("comparisonProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("comparisonStop")
        self.stop_button.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("comparisonStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mode)
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.status)
        self.thread: ComparisonThread | None = None
        self.result: ComparisonResult | None = None
        self._message: tuple[str, str] | None = None
        self._busy = False
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.stop_button.clicked.connect(self.stop)
        self.retranslateUi()

    # ---- running --------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """A comparison was started and has not reported its end yet."""
        return self._busy

    def start(self, comparison: Comparison, folder: Path | None = None, data=None) -> None:
        """Train ``comparison`` in the background (a running one is stopped first)."""
        self.shutdown()
        self.result = ComparisonResult.empty(comparison)
        self.chart.set_result(self.result)
        self._message = None
        self.thread = thread = ComparisonThread(comparison, folder, data)
        self.connect_current(thread.progressed, self._progressed)
        self.connect_current(thread.variantFinished, self._variant_finished)
        self.connect_current(thread.comparisonFinished, self._finished)
        self.connect_current(thread.failed, self._failed)
        self.stop_button.setEnabled(True)
        self.progress.setValue(0)
        self._busy = True
        thread.start()
        self._show_status()

    def connect_current(self, signal, slot) -> None:
        """Connect a signal of the current thread so that it reaches ``slot`` only while that
        thread is still the current one: joining an old thread does not take back the reports
        it already queued, and they arrive after a restart (review #1)."""
        thread = self.thread
        signal.connect(lambda *args: slot(*args) if self.thread is thread else None)

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.request_stop()

    def shutdown(self) -> None:
        """Stop and join the worker (safe when none runs)."""
        join(self.thread)
        self.thread = None
        self._busy = False
        self.stop_button.setEnabled(False)

    def show_result(self, result: ComparisonResult) -> None:
        """Show a finished comparison again (stops a running one)."""
        self.shutdown()
        self.result = result
        self._message = None
        self.chart.set_result(result)
        self.progress.setValue(1000 if result.done else 0)
        self._show_status()

    # ---- the worker's reports -------------------------------------------------------------------
    def _progressed(self, index: int, r: VariantResult) -> None:
        if self.result is None or index >= len(self.result.results):
            return
        self.result.results[index] = r
        self.chart.update_variant(index, r)
        self._show_progress()

    def _variant_finished(self, index: int, r: VariantResult) -> None:
        self._progressed(index, r)
        self.variantFinished.emit(index, r)
        self._show_status()

    def _finished(self, result: ComparisonResult) -> None:
        self._busy = False
        self.result = result
        self.chart.set_result(result)
        self.stop_button.setEnabled(False)
        self._show_progress()
        self._show_status()
        self.finished.emit(result)

    def _failed(self, en: str, ja: str) -> None:
        self._message = (en, ja)
        self._busy = False
        self.stop_button.setEnabled(False)
        self._show_status()
        self.failed.emit(en, ja)

    def _show_progress(self) -> None:
        if self.result is None:
            return
        c = self.result.comparison
        done = sum(_fraction(c, r) for r in self.result.results)
        self.progress.setValue(round(1000 * done / max(1, len(self.result.results))))

    def _show_status(self) -> None:
        if self._message is not None:
            set_state(self.status, "tone", "error")
            self.status.setText(bilingual(self._message))
            return
        set_state(self.status, "tone", "")
        r = self.result
        if r is None:
            self.status.setText(self.tr("No comparison yet."))
            return
        n = len(r.results)
        running = next((i for i, v in enumerate(r.results) if v.status == "running"), None)
        if running is None and self.running:  # between two variants: the next one is starting
            running = next((i for i, v in enumerate(r.results) if not v.done), None)
        failed = [v.text(current_language()) for v in r.results if v.failed]
        if running is not None and self.running:
            text = self.tr("Training %1 of %2: %3").replace("%1", str(running + 1)) \
                .replace("%2", str(n)).replace("%3", r.results[running].text(current_language()))
        elif r.done:
            text = self.tr("All %1 runs done.").replace("%1", str(n))
            verdict = summary(r)  # which run did best, by how much: the reader need not measure
            if verdict is not None:
                text += ("" if current_language() == "ja" else " ") + bilingual(verdict)
        elif self.running:
            text = self.tr("Starting…")
        else:
            text = self.tr("Stopped: %1 of %2 runs done.").replace(
                "%1", str(sum(v.done for v in r.results))).replace("%2", str(n))
        if failed:
            text += " " + self.tr("Failed (NaN or divergence, not drawn as a result): %1").replace(
                "%1", ", ".join(failed))
        self.status.setText(text)

    # ---- language -------------------------------------------------------------------------------
    def _mode_changed(self, index: int) -> None:
        self.chart.set_mode(("loss", "accuracy")[max(0, index)])

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        index = max(0, self.mode.currentIndex())
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItems([self.tr("Loss"), self.tr("Accuracy")])
        self.mode.setCurrentIndex(index)
        self.mode.blockSignals(False)
        self.stop_button.setText(self.tr("Stop"))
        self.chart.retranslateUi()
        self._show_status()
