"""Figure 6-24's idea on the learner's machine: a random search of the learning rate and weight
decay λ, each trial scored on validation data (training images held out), never on the test data.

One point per trial: its learning rate (log scale) against its validation accuracy; the best
five are drawn in the accent colour. 12 trials by default, the book's 100 a click away.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.compare import ComparisonResult, VariantResult
from nnlab.lessons import validation as V

from ...compare.worker import ComparisonThread, join
from ...i18n import bilingual
from ...theme import ACCENT, PENDING, WHITE
from ...training.plots import set_labels, style_plot


class ValidationExperiment(QWidget):
    """Run/Stop, the trials' scatter, progress and the verdict."""

    finished = Signal(object)  # ComparisonResult

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("validationExperiment")
        self.trials = V.REDUCED_TRIALS   # tests may lower these
        self.epochs = 50
        self.run_button = QPushButton()
        self.run_button.setObjectName("validationRun")
        self.stop_button = QPushButton()
        self.stop_button.setEnabled(False)
        self.full = QCheckBox()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.setting = QLabel()
        self.setting.setObjectName("hint")
        self.setting.setWordWrap(True)
        self.plot = pg.PlotWidget()
        style_plot(self.plot, "", "", grid=True)
        self.plot.setMinimumHeight(200)
        self.plot.getPlotItem().getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.setXRange(-6, -2, padding=0.03)
        self.plot.setYRange(0, 100, padding=0.02)
        self.points = pg.ScatterPlotItem(size=9, pen=pg.mkPen(WHITE, width=1))
        self.plot.addItem(self.points)
        self.verdict = QLabel()
        self.verdict.setObjectName("experimentVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        for w in (self.run_button, self.stop_button, self.full):
            row.addWidget(w)
        row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.setting)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.verdict)
        self.thread: ComparisonThread | None = None
        self.result: ComparisonResult | None = None
        self.run_button.clicked.connect(self.run)
        self.stop_button.clicked.connect(lambda: self.thread and self.thread.request_stop())
        self.full.toggled.connect(lambda _on: self.retranslateUi())
        self.retranslateUi()

    @property
    def running(self) -> bool:
        return self.thread is not None

    def run(self) -> None:
        if self.running:
            return
        trials = V.BOOK_TRIALS if self.full.isChecked() else self.trials
        comparison = V.random_search_comparison(trials, self.epochs)
        self.result = ComparisonResult.empty(comparison)
        self.thread = thread = ComparisonThread(comparison)
        thread.variantFinished.connect(self._trial_done)
        thread.comparisonFinished.connect(self._finished)
        thread.failed.connect(lambda en, ja: self.verdict.setText(bilingual((en, ja))))
        thread.finished.connect(self._thread_done)
        self.run_button.setEnabled(False)
        self.full.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.progress.setValue(0)
        self.points.setData([], [])
        self.verdict.setText(self.tr("Training the trials one after another…"))
        thread.start()

    def _trial_done(self, index: int, r: VariantResult) -> None:
        if self.result is None or index >= len(self.result.results):
            return
        self.result.results[index] = r
        self._draw()
        done = sum(v.done for v in self.result.results)
        self.progress.setValue(round(100 * done / len(self.result.results)))

    def _draw(self) -> None:
        trials = V.search_trials(self.result)
        scored = [t for t in trials if t.validation_acc is not None]
        spots = [{"pos": (math.log10(t.lr), 100 * t.validation_acc),
                  "brush": pg.mkBrush(ACCENT if i < V.TOP else PENDING)}
                 for i, t in enumerate(scored)]
        self.points.setData(spots)

    def _finished(self, result: ComparisonResult) -> None:
        self.result = result
        self._draw()
        if result.done and not result.stopped:
            self.progress.setValue(100)
            self.verdict.setText(bilingual(V.search_verdict(V.search_trials(result))))
            self.finished.emit(result)
        else:
            self.verdict.setText(self.tr("Stopped before every run finished: press Run again."))

    def _thread_done(self) -> None:
        join(self.thread)
        self.thread = None
        self.run_button.setEnabled(True)
        self.full.setEnabled(True)
        self.stop_button.setEnabled(False)

    def shutdown(self) -> None:
        join(self.thread)
        self.thread = None

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.run_button.setText(self.tr("Run the search ▶"))
        self.stop_button.setText(self.tr("Stop"))
        self.full.setText(self.tr("The book's 100 trials"))
        trials = V.BOOK_TRIALS if self.full.isChecked() else self.trials
        self.setting.setText(self.tr(
            "The first 500 training images: the last 100 are held out as validation data. "
            "784-100×6-10, SGD, batch 100, %1 epochs; each of %2 trials draws lr = 10^U(−6, −2) "
            "and λ = 10^U(−8, −4). The test data are not used: they judge only the final model.")
            .replace("%1", str(self.epochs)).replace("%2", str(trials)))
        set_labels(self.plot, self.tr("validation accuracy %"), self.tr("log₁₀ learning rate"))
        self.plot.getPlotItem().setTitle(self.tr("one point per trial · accent: the best five"),
                                         size="8.5pt")
        if self.result is not None and self.result.done and not self.result.stopped:
            self.verdict.setText(bilingual(V.search_verdict(V.search_trials(self.result))))


__all__ = ["ValidationExperiment"]
