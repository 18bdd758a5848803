"""One pyqtgraph chart of a comparison: each variant's curve, the legend (beside the plot)
naming the difference.

Modes: "loss" — the mini-batch loss against the iteration (a moving average, as the book
smooths it); "accuracy" — test accuracy (solid) and training accuracy (dashed) against the
epoch. A failed variant is drawn dotted in the error colour and its legend entry says so; a
variant not yet run has no curve. Items are made once per variant and updated with setData.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSizePolicy

from nnlab.compare import ComparisonResult, VariantResult, accuracy_array

from ..i18n import current_language
from ..theme import BLUE, BORDER, ERROR, GREEN, MUTED, ORANGE, PURPLE, RUN_COLOURS, WHITE, tint
from ..training.plots import set_labels, style_plot

VARIANT_COLOURS = (BLUE, ORANGE, GREEN, PURPLE, *RUN_COLOURS[2:])
MODES = ("loss", "accuracy")


def variant_colour(index: int) -> QColor:
    return QColor(VARIANT_COLOURS[index % len(VARIANT_COLOURS)])


def legend_name(result: VariantResult, lang: str | None = None) -> str:
    """The variant's label, marked when it failed or was stopped."""
    lang = lang or current_language()
    name = result.text(lang)
    if result.failed:
        return name + (" ✗ 失敗" if lang == "ja" else " ✗ failed")
    if result.status == "stopped":
        return name + ("（中断）" if lang == "ja" else " (stopped)")
    return name


class ComparisonChart(pg.PlotWidget):
    """The curves of one comparison; ``set_result``, ``update_variant``, ``set_mode``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("comparisonChart")
        self.setMinimumSize(240, 160)
        self.mode = "loss"
        style_plot(self, "", "", grid=True)
        self.getPlotItem().getViewBox().setMouseEnabled(x=False, y=False)
        # The legend sits beside the plot, right of the data, never on a curve (every corner of
        # a four-optimizer chart has data in it at some width).
        item = self.getPlotItem()
        self.legend = pg.LegendItem(labelTextSize="8.5pt", labelTextColor=MUTED,
                                    brush=tint(WHITE, 225), pen=pg.mkPen(BORDER))
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        item.layout.addItem(self.legend, 2, 3, alignment=Qt.AlignmentFlag.AlignTop)
        item.layout.setColumnSpacing(2, 6)
        self.results: list[VariantResult] = []
        self.curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []  # (main, train acc)
        self.legend.setVisible(False)  # no empty box before there is a curve
        self._relabel()

    # ---- data -----------------------------------------------------------------------------------
    def set_result(self, result: ComparisonResult | None) -> None:
        """Show a comparison (its finished or pending variants); None clears the chart."""
        for main, extra in self.curves:
            self.removeItem(main)
            self.removeItem(extra)
        self.curves = []
        self.results = [] if result is None else [r.snapshot() for r in result.results]
        for i in range(len(self.results)):
            colour = variant_colour(i)
            main = pg.PlotDataItem(pen=pg.mkPen(colour, width=2), connect="finite")
            extra = pg.PlotDataItem(pen=pg.mkPen(colour, width=1.4, style=Qt.PenStyle.DashLine),
                                    connect="finite")
            self.addItem(main)
            self.addItem(extra)
            self.curves.append((main, extra))
        for i in range(len(self.results)):
            self._draw(i)
        self._legend()

    def update_variant(self, index: int, result: VariantResult) -> None:
        """A variant's newer result (from the worker)."""
        if not 0 <= index < len(self.results):
            return
        was = self.results[index].status
        self.results[index] = result
        self._draw(index)
        if result.status != was:
            self._legend()

    def set_mode(self, mode: str) -> None:
        if mode in MODES and mode != self.mode:
            self.mode = mode
            self._relabel()
            for i in range(len(self.results)):
                self._draw(i)

    # ---- drawing --------------------------------------------------------------------------------
    def _draw(self, i: int) -> None:
        r = self.results[i]
        main, extra = self.curves[i]
        colour = ERROR if r.failed else variant_colour(i)
        style = Qt.PenStyle.DotLine if r.failed else Qt.PenStyle.SolidLine
        main.setPen(pg.mkPen(colour, width=2, style=style))
        if self.mode == "loss":
            x = np.asarray(r.steps, dtype=float)
            y = np.asarray(r.smoothed(), dtype=float)
            y[~np.isfinite(y)] = np.nan
            main.setData(x, y)
            extra.setData([], [])
            return
        epochs = np.asarray(r.epochs, dtype=float)
        main.setData(epochs, 100 * accuracy_array(r.test_acc))
        extra.setData(epochs, 100 * accuracy_array(r.train_acc))

    def _legend(self) -> None:
        self.legend.clear()
        for r, (main, _extra) in zip(self.results, self.curves):
            self.legend.addItem(main, legend_name(r))
        self.legend.setVisible(bool(self.curves))
        self.getPlotItem().layout.activate()  # place it beside the plot now, not at the next paint

    def _relabel(self) -> None:
        item = self.getPlotItem()
        if self.mode == "loss":
            set_labels(self, self.tr("loss (moving average)"), self.tr("iteration"))
            item.setTitle(None)
            item.enableAutoRange()
        else:
            set_labels(self, self.tr("accuracy %"), self.tr("epoch"))
            item.setTitle(self.tr("solid: test data · dashed: training data"),
                          color=MUTED.name(), size="8.5pt")
            item.enableAutoRange(axis="x")
            self.setYRange(0, 100, padding=0.02)

    def retranslateUi(self) -> None:
        self._relabel()
        self._legend()

