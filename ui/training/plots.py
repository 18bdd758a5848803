"""The live plots of the Train tab (pyqtgraph): every item is created once and updated in place.

- ``LossPlot``: the loss L of every mini-batch (raw, faint), its moving average, and the loss on
  the training and test sets after each epoch; x is the epoch (step / batches per epoch), so runs
  with different batch sizes line up. A divergence is marked where it happened.
- ``AccuracyPlot``: training and test accuracy (%) after each epoch.
- Both show earlier runs as dashed overlays (``set_overlay``), hidden or shown from the runs list.

Colours: blue for what is measured on the training data, green for the test data.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy

from ..theme import BLUE, ERROR, GREEN, RUN_COLOURS, WHITE, tint
from .plot_style import (
    AXIS,
    epoch_range,
    epoch_ticks,
    nice_ceil,
    set_labels,
    style_plot,
    sync_symbols,
)

__all__ = ["AXIS", "AccuracyPlot", "LossPlot", "Series", "epoch_ticks", "nice_ceil", "run_colour"]

TRAIN = BLUE
TEST = GREEN
RAW = tint(BLUE, 70)
DIVERGED = ERROR
CAP = 100.0  # the loss axis ends at most this many times above the first loss


def run_colour(number: int) -> QColor:
    """The overlay colour of run ``number`` (1-based)."""
    return QColor(RUN_COLOURS[(number - 1) % len(RUN_COLOURS)])


class Series:
    """Growing x/y arrays with amortised O(1) appends; ``x``/``y`` are views of the filled part."""

    def __init__(self, capacity: int = 1024):
        self._x = np.empty(capacity)
        self._y = np.empty(capacity)
        self.n = 0

    def extend(self, x, y) -> None:
        x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        end = self.n + len(x)
        if end > len(self._x):
            size = max(end, 2 * len(self._x))
            self._x = np.resize(self._x, size)
            self._y = np.resize(self._y, size)
        self._x[self.n:end] = x
        self._y[self.n:end] = y
        self.n = end

    def clear(self) -> None:
        self.n = 0

    @property
    def x(self) -> np.ndarray:
        return self._x[:self.n]

    @property
    def y(self) -> np.ndarray:
        return self._y[:self.n]


class _OverlayPlot(pg.PlotWidget):
    """A plot with a legend and dashed overlays of earlier runs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(220, 160)
        # The legend is a row above the data (the plot item's title row), never on a curve:
        # a flat loss at 2.3 or a low accuracy fills any corner a box inside could take.
        item = self.getPlotItem()
        self.legend = pg.LegendItem(labelTextSize="8.5pt", labelTextColor=AXIS,
                                    horSpacing=2, colCount=4)
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        item.layout.removeItem(item.titleLabel)
        item.titleLabel.setVisible(False)
        item.layout.addItem(self.legend, 0, 1, alignment=Qt.AlignmentFlag.AlignLeft)
        self._legend_items: list[tuple[pg.GraphicsObject, str]] = []
        self.overlays: dict[int, pg.PlotDataItem] = {}
        self._overlay_names: dict[int, str] = {}
        self.getPlotItem().getViewBox().setMouseEnabled(x=False, y=False)

    def _set_legend(self, entries: list[tuple[pg.GraphicsObject, str]] | None = None) -> None:
        """The plot's own entries, then one per visible overlay ("Run 2")."""
        if entries is not None:
            self._legend_items = entries
        self.legend.clear()
        for item, name in self._legend_items:
            sync_symbols(item)
            self.legend.addItem(item, name)
        for run_id, item in self.overlays.items():
            if item.isVisible():
                sync_symbols(item)
                self.legend.addItem(item, self._overlay_names.get(run_id, str(run_id)))
        # The legend sits over the curves and is repainted with them at every update; from a
        # pixmap that costs a blit instead of a dozen Python paint calls (half the plot's paint).
        cache = QGraphicsItem.CacheMode.DeviceCoordinateCache
        self.legend.setCacheMode(cache)
        for sample, label in self.legend.items:
            for item in (sample, label, label.item):  # label.item: the QGraphicsTextItem inside
                item.setCacheMode(cache)
        self._fit_legend()

    def _fit_legend(self) -> None:
        """As many legend columns as the plot's width holds; the title row as tall as its rows."""
        entries = self.legend.items
        layout = self.getPlotItem().layout
        if not entries:
            layout.setRowFixedHeight(0, 0)
            return
        widths = [sample.boundingRect().width() + label.preferredWidth() + 8
                  for sample, label in entries]
        room = max(120.0, self.width() - 60.0)
        columns = len(entries)
        while columns > 1 and sum(max(widths[c::columns]) for c in range(columns)) > room:
            columns -= 1
        columns = math.ceil(len(entries) / math.ceil(len(entries) / columns))  # 2 + 2, not 3 + 1
        self.legend.setColumnCount(columns)
        row_height = max(max(label.preferredHeight() for _s, label in entries), 20.0)
        layout.setRowFixedHeight(0, math.ceil(len(entries) / columns) * row_height + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        legend = self.__dict__.get("legend")  # None while pg.PlotWidget.__init__ resizes
        if legend is not None and legend.items:
            self._fit_legend()

    def set_overlay(self, run_id: int, x: np.ndarray, y: np.ndarray, colour: QColor,
                    symbols: bool = False, name: str = "") -> None:
        """Create (once) or update the dashed curve of an earlier run."""
        self._overlay_names[run_id] = name or str(run_id)
        item = self.overlays.get(run_id)
        if item is None:
            pen = pg.mkPen(colour, width=1.6, style=Qt.PenStyle.DashLine)
            item = pg.PlotDataItem(pen=pen, connect="finite")
            if symbols:
                item.setSymbol("o")
                item.setSymbolSize(5)
                item.setSymbolBrush(colour)
                item.setSymbolPen(None)
            item.setZValue(-5)
            item.setVisible(False)  # shown when its run is ticked in the runs list
            self.addItem(item)
            self.overlays[run_id] = item
        item.setData(x, y)
        if item.isVisible():
            self.fit()

    def show_overlay(self, run_id: int, visible: bool) -> None:
        if run_id in self.overlays:
            self.overlays[run_id].setVisible(visible)
            self._set_legend()
            self.fit()

    def rename_overlay(self, run_id: int, name: str) -> None:
        self._overlay_names[run_id] = name
        self._set_legend()

    def fit(self) -> None:
        """Set the view range (subclasses)."""

    def visible_overlays(self) -> list[int]:
        return [k for k, item in self.overlays.items() if item.isVisible()]


class LossPlot(_OverlayPlot):
    """Batch loss (raw and smoothed) and epoch losses against the epoch."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.raw = self.plot(pen=pg.mkPen(RAW, width=1), connect="finite")
        self.raw.setDownsampling(auto=True, method="peak")
        self.raw.setClipToView(True)
        self.smooth = self.plot(pen=pg.mkPen(TRAIN, width=2), connect="finite")
        self.epoch_train = self.plot(pen=None, symbol="o", symbolSize=7, symbolBrush=TRAIN,
                                     symbolPen=pg.mkPen(WHITE, width=1))
        self.epoch_test = self.plot(pen=pg.mkPen(TEST, width=1.5), symbol="s", symbolSize=7,
                                    symbolBrush=TEST, symbolPen=pg.mkPen(WHITE, width=1))
        self.diverged_mark = pg.ScatterPlotItem(symbol="x", size=16, brush=DIVERGED,
                                                pen=pg.mkPen(DIVERGED, width=2.5))
        self.diverged_line = pg.InfiniteLine(angle=90, movable=False,
                                             pen=pg.mkPen(DIVERGED, width=1.5,
                                                          style=Qt.PenStyle.DashLine),
                                             label="", labelOpts={"position": 0.82,
                                                                  "color": DIVERGED,
                                                                  "anchors": [(0, 0), (0, 0)]})
        for item in (self.diverged_mark, self.diverged_line):
            item.setVisible(False)
            self.addItem(item)
        self.batch = Series()
        self.batch_smooth = Series()
        self.train_epochs = Series(64)
        self.test_epochs = Series(64)
        self.batches_per_epoch = 1
        self.epochs = 1
        self._y_top = 0.0
        self._range: tuple[float, float] | None = None
        self.getPlotItem().getViewBox().disableAutoRange()
        style_plot(self, "", "")
        self.retranslateUi()

    def reset(self, batches_per_epoch: int, epochs: int = 1) -> None:
        """A new run: clear the current curves (overlays stay) and fix x to its epochs."""
        self.batches_per_epoch = max(1, batches_per_epoch)
        self.epochs = max(1, epochs)
        for series in (self.batch, self.batch_smooth, self.train_epochs, self.test_epochs):
            series.clear()
        self.diverged_mark.setVisible(False)
        self.diverged_line.setVisible(False)
        self._y_top = 0.0
        self._refresh()
        self.fit()

    def add_batches(self, steps: np.ndarray, losses: np.ndarray, smoothed: np.ndarray) -> None:
        x = steps / self.batches_per_epoch
        finite = np.where(np.isfinite(losses), losses, np.nan)
        self.batch.extend(x, finite)
        self.batch_smooth.extend(x, smoothed)
        self.raw.setData(self.batch.x, self.batch.y)
        self.smooth.setData(self.batch_smooth.x, self.batch_smooth.y)
        top = np.nanmax(finite, initial=0.0)
        if top > self._y_top and self._y_top < self._cap():
            self.fit()

    def fit(self) -> None:
        """x: 0 to the longest visible run; y: 0 to a round number above the highest loss.

        Set by hand rather than auto-ranged: the axes then change a few times per run instead of
        at every update, and each change costs a repaint of both axes.
        """
        xs = [self.epochs] + [float(np.nanmax(item.xData, initial=0)) for item in
                              self.overlays.values() if item.isVisible() and item.xData is not None]
        ys = [np.nanmax(self.batch.y, initial=0.0), np.nanmax(self.test_epochs.y, initial=0.0)]
        ys += [float(np.nanmax(item.yData, initial=0)) for item in self.overlays.values()
               if item.isVisible() and item.yData is not None]
        top = max(ys)
        first = self.batch_smooth.y[np.isfinite(self.batch_smooth.y)][:1]
        if first.size and first[0] > 0:
            # A diverging loss reaches 1e30: beyond 100× the start it only leaves the chart.
            top = min(top, CAP * float(first[0]))
        self._y_top = nice_ceil(top)
        if (max(xs), self._y_top) != self._range:
            self._range = (max(xs), self._y_top)
            self.getPlotItem().getAxis("bottom").setTicks([epoch_ticks(max(xs))])
            self.getPlotItem().getViewBox().setRange(xRange=epoch_range(max(xs)),
                                                     yRange=(0, self._y_top * 1.02), padding=0)

    def add_epoch(self, epoch: int, train_loss: float | None, test_loss: float | None) -> None:
        if train_loss is not None and np.isfinite(train_loss):
            self.train_epochs.extend([epoch], [train_loss])
        if test_loss is not None and np.isfinite(test_loss):
            self.test_epochs.extend([epoch], [test_loss])
        self.epoch_train.setData(self.train_epochs.x, self.train_epochs.y)
        self.epoch_test.setData(self.test_epochs.x, self.test_epochs.y)

    def _cap(self) -> float:
        first = self.batch_smooth.y[np.isfinite(self.batch_smooth.y)][:1]
        return CAP * float(first[0]) if first.size and first[0] > 0 else math.inf

    def mark_divergence(self, step: int) -> None:
        """A red × at the last finite loss before ``step`` (or the top edge) and a dashed line."""
        x = step / self.batches_per_epoch
        y = self.batch.y
        finite = y[np.isfinite(y)]
        top = min(float(finite[-1]) if finite.size else 1.0, self._y_top or math.inf)
        self.diverged_mark.setData([x], [top])
        self.diverged_line.setValue(x)
        self.diverged_mark.setVisible(True)
        self.diverged_line.setVisible(True)
        self.diverged_line.label.valueChanged()  # a hidden label ignores text changes

    def point_count(self) -> int:
        """How many batch losses the plot holds (tests watch this)."""
        return self.batch.n

    def _refresh(self) -> None:
        self.raw.setData(self.batch.x, self.batch.y)
        self.smooth.setData(self.batch_smooth.x, self.batch_smooth.y)
        self.epoch_train.setData(self.train_epochs.x, self.train_epochs.y)
        self.epoch_test.setData(self.test_epochs.x, self.test_epochs.y)

    def retranslateUi(self) -> None:
        set_labels(self, self.tr("loss L"), self.tr("epoch"))
        self.diverged_line.label.setFormat(self.tr("diverged"))
        self._set_legend([
            (self.raw, self.tr("mini-batch")),
            (self.smooth, self.tr("moving average")),
            (self.epoch_train, self.tr("training data")),
            (self.epoch_test, self.tr("test data")),
        ])


class AccuracyPlot(_OverlayPlot):
    """Training and test accuracy (%) after each epoch."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.train = self.plot(pen=pg.mkPen(TRAIN, width=2), symbol="o", symbolSize=7,
                               symbolBrush=TRAIN, symbolPen=pg.mkPen(WHITE, width=1))
        self.test = self.plot(pen=pg.mkPen(TEST, width=2), symbol="s", symbolSize=7,
                              symbolBrush=TEST, symbolPen=pg.mkPen(WHITE, width=1))
        self.train_series = Series(64)
        self.test_series = Series(64)
        self.epochs = 1
        self._range: tuple[float, float, float] | None = None
        self.getPlotItem().getViewBox().disableAutoRange()
        style_plot(self, "", "", grid=True)  # redrawn once per epoch only: a grid is affordable
        self.retranslateUi()
        self.fit()

    def reset(self, epochs: int = 1) -> None:
        self.epochs = max(1, epochs)
        self.train_series.clear()
        self.test_series.clear()
        self.train.setData([], [])
        self.test.setData([], [])
        self.fit()

    def fit(self) -> None:
        """x: 0 to the longest visible run; y: the visible accuracies, widened to multiples of 5."""
        visible = [item for item in self.overlays.values()
                   if item.isVisible() and item.xData is not None and len(item.xData)]
        xs = [self.epochs] + [float(np.max(item.xData)) for item in visible]
        ys = np.concatenate([self.train_series.y, self.test_series.y]
                            + [np.asarray(item.yData, dtype=float) for item in visible])
        ys = ys[np.isfinite(ys)]
        if ys.size:
            # Multiples of 5 %: the range (and the costly axis repaint) changes only now and then.
            lo = max(0.0, 5.0 * math.floor((float(ys.min()) - 0.5) / 5.0))
            hi = min(100.0, 5.0 * math.ceil((float(ys.max()) + 0.5) / 5.0))
        else:
            lo, hi = 0.0, 100.0
        if (lo, hi, max(xs)) != self._range:
            self._range = (lo, hi, max(xs))
            self.getPlotItem().getAxis("bottom").setTicks([epoch_ticks(max(xs))])
            pad = 0.03 * (hi - lo)  # the markers at 100 % or at the lowest value drawn whole
            self.getPlotItem().getViewBox().setRange(xRange=epoch_range(max(xs)),
                                                     yRange=(lo - pad, hi + pad), padding=0)

    def add_epoch(self, epoch: int, train_acc: float | None, test_acc: float | None) -> None:
        if train_acc is not None:
            self.train_series.extend([epoch], [100.0 * train_acc])
        if test_acc is not None:
            self.test_series.extend([epoch], [100.0 * test_acc])
        self.train.setData(self.train_series.x, self.train_series.y)
        self.test.setData(self.test_series.x, self.test_series.y)
        self.fit()

    def retranslateUi(self) -> None:
        set_labels(self, self.tr("accuracy (%)"), self.tr("epoch"))
        self._set_legend([
            (self.train, self.tr("training data")),
            (self.test, self.tr("test data")),
        ])
