"""Figure 6-19 on the learner's machine: training accuracy at each initial weight scale, with
BatchNorm (solid) and without (dashed), one small chart per scale.

By default 4 of the book's 16 scales (σ = 1, 0.046, 0.0022, 0.0001) with the book's 20 epochs on
1000 images; "All 16 scales" runs the book's whole grid. The runs go through the comparison
worker (ui.compare.worker); a run that diverged says so in its chart. The learner predicts first;
the sentence under the grid is computed from this run (nnlab.lessons.regularisation).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.compare import ComparisonResult, VariantResult, accuracy_array
from nnlab.lessons import regularisation as R

from ...compare.worker import ComparisonThread, join
from ...i18n import bilingual
from ...theme import BLUE, MUTED, ORANGE
from ...training.plots import style_plot

CELL_HEIGHT = 120


class ScaleChart(pg.PlotWidget):
    """One scale: accuracy with (solid blue) and without BatchNorm (dashed orange)."""

    def __init__(self, scale: float, epochs: int = 20, parent=None):
        super().__init__(parent)
        self.scale = scale
        style_plot(self, "", "")
        self.setMinimumSize(110, 90)
        item = self.getPlotItem()
        item.getViewBox().setMouseEnabled(x=False, y=False)
        item.setTitle(R.scale_text(scale), color=MUTED.name(), size="8.5pt")
        item.getAxis("left").setWidth(26)
        item.getAxis("left").setTicks([[(0, "0"), (0.5, "0.5"), (1, "1")]])
        self.setYRange(0, 1, padding=0.02)
        self.setXRange(0, max(epochs, 1), padding=0.02)
        self.with_bn = self.plot(pen=pg.mkPen(BLUE, width=2))
        self.without = self.plot(pen=pg.mkPen(ORANGE, width=1.6, style=Qt.PenStyle.DashLine))
        # Which run diverged, in that run's own colour, top-left on a half-opaque backing, so it
        # cannot read as a label of the other (solid blue) curve.
        self.note = pg.TextItem("", color=ORANGE, anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 200))
        self.note.setPos(0, 1.0)
        self.note.setZValue(10)
        self.addItem(self.note)
        self.diverged_at = pg.ScatterPlotItem(symbol="x", size=10, pen=pg.mkPen(ORANGE, width=2),
                                              brush=pg.mkBrush(ORANGE))
        self.addItem(self.diverged_at)

    def show(self, which: int, r: VariantResult, epochs: int) -> None:
        curve = self.with_bn if which == 0 else self.without
        e = np.asarray(r.epochs, dtype=float)
        curve.setData(e, accuracy_array(r.train_acc))
        self.setXRange(0, max(epochs, 1), padding=0.02)
        if which == 1:
            self.note.setText(bilingual(("without BatchNorm:\n✗ diverged",
                                         "バッチ正規化なし：\n✗ 発散")) if r.failed else "")
            self.note.setPos(0, 1.0)
            # The dashed curve stops where the run diverged (often before its first epoch): mark it.
            acc = accuracy_array(r.train_acc)
            if not r.failed:
                self.diverged_at.setData([], [])
            elif len(e) and np.isfinite(acc[-1]):
                self.diverged_at.setData([e[-1]], [acc[-1]])
            else:
                self.diverged_at.setData([0.0], [0.0])


class BatchNormExperiment(QWidget):
    """Prediction, Run/Stop, the grid, progress and the verdict sentence."""

    finished = Signal(object)  # ComparisonResult

    def __init__(self, choice_box, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("batchNormExperiment")
        self.choice_box = choice_box
        self.epochs = 20               # the book's; tests may lower it
        self.train_limit = 1000
        self.reduced_scales = R.REDUCED_SCALES  # tests may run fewer
        self.run_button = QPushButton()
        self.run_button.setObjectName("batchNormRun")
        self.run_button.setEnabled(False)
        self.stop_button = QPushButton()
        self.stop_button.setEnabled(False)
        self.full = QCheckBox()
        self.full.setObjectName("batchNormFull")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.setting = QLabel()
        self.setting.setObjectName("hint")
        self.setting.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(4)
        self.legend = QLabel()
        self.legend.setObjectName("hint")
        self.legend.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("experimentVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.full)
        row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(choice_box)
        layout.addLayout(row)
        layout.addWidget(self.setting)
        layout.addWidget(self.grid_host)
        layout.addWidget(self.legend)
        layout.addWidget(self.verdict)
        self.charts: list[ScaleChart] = []
        self.thread: ComparisonThread | None = None
        self.result: ComparisonResult | None = None
        self.run_button.clicked.connect(self.run)
        self.stop_button.clicked.connect(lambda: self.thread and self.thread.request_stop())
        self.full.toggled.connect(lambda _on: self._build_grid(self.scales()))
        choice_box.chosen.connect(lambda _i: self.run_button.setEnabled(not self.running))
        self._build_grid(self.scales())
        self.retranslateUi()

    @property
    def running(self) -> bool:
        return self.thread is not None

    def scales(self) -> tuple[float, ...]:
        return R.BOOK_SCALES if self.full.isChecked() else self.reduced_scales

    def _build_grid(self, scales) -> None:
        for chart in self.charts:
            self.grid.removeWidget(chart)
            chart.deleteLater()
        columns = 4 if len(scales) > 2 else len(scales)
        self.charts = [ScaleChart(s, self.epochs) for s in scales]
        for i, chart in enumerate(self.charts):
            self.grid.addWidget(chart, i // columns, i % columns)
        rows = -(-len(scales) // columns)
        self.grid_host.setFixedHeight(rows * (CELL_HEIGHT + 4))
        self.result = None
        self.verdict.setText("")

    # ---- running --------------------------------------------------------------------------------
    def run(self) -> None:
        if self.running or self.choice_box.choice() is None:
            return
        scales = self.scales()
        self._build_grid(scales)
        comparison = R.batchnorm_comparison(scales=scales, epochs=self.epochs,
                                            train_limit=self.train_limit)
        self.result = ComparisonResult.empty(comparison)
        self.thread = thread = ComparisonThread(comparison)
        thread.progressed.connect(self._progressed)
        thread.variantFinished.connect(self._progressed)
        thread.comparisonFinished.connect(self._finished)
        thread.failed.connect(lambda en, ja: self.verdict.setText(bilingual((en, ja))))
        thread.finished.connect(self._thread_done)
        self.choice_box.set_locked(True)
        self.run_button.setEnabled(False)
        self.full.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.progress.setValue(0)
        self.retranslateUi()  # the setting line names this run's epochs and scales
        self.verdict.setText(self.tr("Training… each chart fills in as its runs finish."))
        thread.start()

    def _progressed(self, index: int, r: VariantResult) -> None:
        if self.result is None or index >= len(self.result.results):
            return
        self.result.results[index] = r
        self.charts[index // 2].show(index % 2, r, self.epochs)
        n = len(self.result.results)
        done = sum(1.0 if v.done else len(v.epochs) / self.epochs for v in self.result.results)
        self.progress.setValue(round(100 * done / n))

    def _finished(self, result: ComparisonResult) -> None:
        self.result = result
        for i, r in enumerate(result.results):
            self.charts[i // 2].show(i % 2, r, self.epochs)
        if result.done:
            self.progress.setValue(100)
            self.finished.emit(result)
        self._show_verdict()

    def _thread_done(self) -> None:
        join(self.thread)
        self.thread = None
        self.choice_box.set_locked(False)
        self.run_button.setEnabled(self.choice_box.choice() is not None)
        self.full.setEnabled(True)
        self.stop_button.setEnabled(False)

    def _show_verdict(self) -> None:
        r = self.result
        if r is None:
            return
        if not r.done:
            self.verdict.setText(self.tr("Stopped before every run finished: press Run again."))
            return
        self.verdict.setText(bilingual(R.batchnorm_verdict(R.batchnorm_finding(r))))

    def shutdown(self) -> None:
        join(self.thread)
        self.thread = None

    # ---- language -------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.run_button.setText(self.tr("Run the experiment ▶"))
        self.run_button.setToolTip(self.tr("Make your prediction first"))
        self.stop_button.setText(self.tr("Stop"))
        self.full.setText(self.tr("All 16 scales (the book's figure)"))
        self.setting.setText(self.tr(
            "Book's setting: 1000 training images, 784-100×5-10 ReLU, SGD lr 0.01, batch 100, "
            "%1 epochs; the initial weights are N(0, σ²). Shown: %2 of the book's 16 scales "
            "(tick the box for all 16, about four times as long).")
            .replace("%1", str(self.epochs)).replace("%2", str(len(self.scales()))))
        self.legend.setText(self.tr("Training accuracy per epoch — solid blue: with BatchNorm; "
                                    "dashed orange: without (✗ where a run diverged)."))
        self._show_verdict()

        if self.result is not None:  # the charts' notes in the new language
            for i, r in enumerate(self.result.results[:2 * len(self.charts)]):
                if r.done:
                    self.charts[i // 2].show(i % 2, r, self.epochs)
