"""How the Train tab's plots look: quiet axes, cached painting, whole labels, epoch ticks.

Functions shared by plots.py's LossPlot and AccuracyPlot (and inside.py's ``nice_ceil``).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem

from ..theme import MUTED

AXIS = MUTED
GRID_ALPHA = 0.18
# Room around the view box: the top tick's label and the last epoch's marker are drawn whole.
PLOT_MARGINS = (2, 9, 12, 2)  # left, top, right, bottom (px)
EPOCH_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
MAX_EPOCH_TICKS = 8


def nice_ceil(v: float, mantissas: tuple[float, ...] = (1.0, 2.0, 2.5, 5.0)) -> float:
    """The smallest m × 10ᵏ ≥ v (v > 0) with m from ``mantissas``: limits that rarely change."""
    if not math.isfinite(v) or v <= 0:
        return 1.0
    e = math.floor(math.log10(v))
    for m in (*mantissas, 10.0):
        if m * 10.0**e >= v * (1 - 1e-9):
            return m * 10.0**e
    return 10.0 ** (e + 1)


def epoch_ticks(epochs: float) -> list[tuple[float, str]]:
    """Whole epochs from 0, at most MAX_EPOCH_TICKS of them, always ending at the last one."""
    last = max(1, int(math.ceil(epochs)))
    step = next((s for s in EPOCH_STEPS if last / s <= MAX_EPOCH_TICKS), EPOCH_STEPS[-1])
    values = [v for v in range(0, last, step) if last - v >= 0.6 * step] + [last]
    return [(float(v), str(v)) for v in values]


def epoch_range(epochs: float) -> tuple[float, float]:
    """x from 0 to a little past the last epoch, so that its marker is drawn whole."""
    return 0.0, epochs + max(0.04 * epochs, 0.12)


def sync_symbols(item) -> None:
    """Give a PlotDataItem's scatter its symbol options now, not at the first setData.

    A legend draws a curve's sample from the scatter's options; before any data those are
    pyqtgraph's defaults (grey), and the legend caches that picture until something repaints.
    """
    if not isinstance(item, pg.PlotDataItem) or item.opts.get("symbol") is None:
        return
    o = item.opts
    item.scatter.setSymbol(o["symbol"], update=False)
    item.scatter.setSize(o["symbolSize"], update=False)
    item.scatter.setBrush(pg.mkBrush(o["symbolBrush"]), update=False)
    item.scatter.setPen(pg.mkPen(o["symbolPen"]), update=False)


def cache_axes(item: pg.PlotItem) -> None:
    """Paint axes from a pixmap until their range changes.

    An axis is repainted whenever anything inside its bounds changes (a new curve point), and
    pyqtgraph paints it in Python: caching it keeps the GUI thread — and so the GIL the training
    thread needs — free for most of each update.
    """
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def style_plot(widget: pg.PlotWidget, left: str, bottom: str, grid: bool = False) -> None:
    """White background, quiet grey axes (cached), a light grid where it is cheap."""
    widget.setBackground("w")
    item = widget.getPlotItem()
    if grid:
        item.showGrid(x=True, y=True, alpha=GRID_ALPHA)
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setContentsMargins(*PLOT_MARGINS)
    font = QFont()
    font.setPointSizeF(8.5)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(AXIS))
        axis.setTextPen(pg.mkPen(AXIS))
        axis.setTickFont(font)
    item.getAxis("left").setWidth(44)
    item.getAxis("left").enableAutoSIPrefix(False)  # "loss L (x1e+27)" helps nobody
    cache_axes(item)
    set_labels(widget, left, bottom)


def set_labels(widget: pg.PlotWidget, left: str, bottom: str) -> None:
    style = {"color": AXIS.name(), "font-size": "9pt"}
    widget.getPlotItem().setLabel("left", left, **style)
    widget.getPlotItem().setLabel("bottom", bottom, **style)
