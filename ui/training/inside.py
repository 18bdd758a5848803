"""Inside the network while it trains: per-layer histograms and the first layer's weights.

``HistogramGrid`` has one column per Affine layer and three rows: the weights W, the activations
the layer passes on, and the gradient ∂L/∂W of the last mini-batch (lesson 13: activation
histograms show vanishing gradients and saturation; a ReLU layer's share of zeros shows dead
units). ``WeightTiles`` shows each first-layer unit's 784 weights as a 28×28 image: blue where a
bright pixel raises the unit's input u = xW + b, orange where it lowers it.

The histograms are painted directly (one polygon each, see HistogramGrid); the tiles are one
pyqtgraph ImageItem updated with ``setImage``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from ..theme import BLUE, BORDER_STRONG, GREEN, NEGATIVE, POSITIVE, PURPLE, WHITE
from .analysis import Histogram, LayerHistograms
from .plots import AXIS, nice_ceil

ROWS = ("weights", "activations", "gradients")
ROW_COLOURS = {"weights": BLUE, "activations": GREEN,
               "gradients": PURPLE}
GRID = BORDER_STRONG
MAX_COLUMNS = 5
FINE = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0)


def _fmt(v: float) -> str:
    return f"{v:.2g}" if abs(v) >= 1e-3 or v == 0 else f"{v:.0e}"


def nice_range(lo: float, hi: float) -> tuple[float, float]:
    """Round limits around [lo, hi] that stay put while the values move a little.

    Values of one sign get [0, nice(hi)] (or [−nice(−lo), 0]); values of both signs a symmetric
    range, so that 0 (where weights start) is always in the middle.
    """
    if lo >= 0:
        return 0.0, nice_ceil(hi, FINE)
    if hi <= 0:
        return -nice_ceil(-lo, FINE), 0.0
    m = nice_ceil(max(-lo, hi), FINE)
    return -m, m


class HistogramGrid(QWidget):
    """Histograms of W, activations and ∂L/∂W for every Affine layer (at most MAX_COLUMNS).

    Painted directly with QPainter: one polygon per histogram and a few labels. A grid of
    pyqtgraph plots needed ~50 graphics items whose Python paint calls held the GIL for 10–20 ms
    per update, stalling both the window and the training thread; this paints in about 1 ms.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(220, 150)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._columns: list[LayerHistograms] = []
        self.drawn_headers: list[str] = []  # the column headers as last painted (a cut one ends in …)
        self._small = QFont(self.font())
        self._small.setPointSizeF(7.5)
        self._bold = QFont(self.font())
        self._bold.setPointSizeF(8.5)
        self._bold.setBold(True)
        self.retranslateUi()

    def set_layers(self, layers: list[LayerHistograms]) -> None:
        self._columns = list(layers[:MAX_COLUMNS])
        self.update()

    def clear_layers(self) -> None:
        self._columns = []
        self.update()

    def column_count(self) -> int:
        return len(self._columns)

    def sizeHint(self) -> QSize:
        return QSize(640, 340)

    # ---- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), WHITE)
        if not self._columns:
            p.setPen(AXIS)
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self._placeholder)
            return
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        small = QFontMetricsF(self._small)
        bold = QFontMetricsF(self._bold)
        gap_x, gap_y = 12.0, 6.0
        n = len(self._columns)
        left = bold.height() + 8
        cell_w = (self.width() - left - 4 - gap_x * (n - 1)) / n
        # A header may use the empty gaps beside its column (the first one also the row names'
        # margin): "Convolution 0 (1×5×5→30)" then stays on one line at 1024 px.
        spans = [(2.0 if j == 0 else left + j * (cell_w + gap_x) - gap_x / 2,
                  min(self.width() - 2.0, left + j * (cell_w + gap_x) + cell_w + gap_x / 2))
                 for j in range(n)]
        headers = [self._header_lines(self._header(column), b - a)
                   for column, (a, b) in zip(self._columns, spans)]
        self.drawn_headers = [" ".join(lines) for _font, lines in headers]
        # The header band: one bold line, or two lines of a header's (smaller) fitted font.
        top = max([bold.height()] + [QFontMetricsF(font).height() * len(lines)
                                     for font, lines in headers]) + 6
        cell_h = (self.height() - top - 2 - gap_y * (len(ROWS) - 1)) / len(ROWS)
        p.setPen(AXIS)
        for (font, lines), (a, b) in zip(headers, spans):
            p.setFont(font)
            line_h = QFontMetricsF(font).height()
            for k, text in enumerate(lines):
                p.drawText(QRectF(a, 2 + k * line_h, b - a, line_h + 2),
                           Qt.AlignmentFlag.AlignCenter, text)
        for r, row in enumerate(ROWS):
            y = top + r * (cell_h + gap_y)
            p.save()
            p.translate(2, y + cell_h / 2)
            p.rotate(-90)
            font, text = self._fitted(self._row_names[row], cell_h)
            p.setFont(font)
            p.setPen(ROW_COLOURS[row])
            p.drawText(QRectF(-cell_h / 2, 0, cell_h, bold.height()), Qt.AlignmentFlag.AlignCenter,
                       text)
            p.restore()
            for j, column in enumerate(self._columns):
                rect = QRectF(left + j * (cell_w + gap_x), y, cell_w, cell_h)
                self._paint_cell(p, rect, row, getattr(column, row), column.output, small)
        p.end()

    def _header_lines(self, text: str, room: float) -> tuple[QFont, list[str]]:
        """A column header whole in ``room`` px: one line ("Affine 4 (4320→100)"), or two split
        before its bracket ("Convolution 0" / "(1×5×5→30)") when one would be cut."""
        font, shown = self._fitted(text, room)
        cut = min((i for i in (text.find(" ("), text.find("（")) if i > 0), default=-1)
        if shown == text or cut < 0:
            return font, [shown]
        parts = [text[:cut].rstrip(), text[cut:].lstrip()]
        fitted = [self._fitted(part, room) for part in parts]
        font = min((f for f, _t in fitted), key=lambda f: f.pointSizeF())
        fm = QFontMetricsF(font)
        return font, [fm.elidedText(part, Qt.TextElideMode.ElideRight, room - 2) for part in parts]

    def _fitted(self, text: str, room: float) -> tuple[QFont, str]:
        """A row name or column header whole in ``room`` px: the bold font, smaller down to 6.5 pt, then elided."""
        font = QFont(self._bold)
        width = QFontMetricsF(font).horizontalAdvance(text)
        if width > room - 2:
            font.setPointSizeF(max(6.5, font.pointSizeF() * (room - 2) / width))
        return font, QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, room - 2)

    def row_label(self, row: str) -> str:
        """The name of ``row`` as painted at the present height (tests: never cut)."""
        n = len(ROWS)
        top = QFontMetricsF(self._bold).height() + 6
        cell_h = (self.height() - top - 2 - 6.0 * (n - 1)) / n
        return self._fitted(self._row_names[row], cell_h)[1]

    def _paint_cell(self, p: QPainter, rect: QRectF, row: str, h: Histogram | None, output: bool,
                    fm: QFontMetricsF) -> None:
        """Bars over a baseline with its limits below, and a note (σ, share of zeros) on top."""
        p.setFont(self._small)
        axis_h = fm.height() + 3
        plot = QRectF(rect.x(), rect.y() + fm.height() + 2, rect.width(),
                      rect.height() - fm.height() - 2 - axis_h)
        base = plot.bottom()
        p.setPen(QPen(GRID, 1))
        p.drawLine(QPointF(plot.left(), base), QPointF(plot.right(), base))
        if h is None:  # before the first training step: no activations or gradients yet
            p.setPen(AXIS)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self._waiting)
            return
        lo, hi = nice_range(float(h.edges[0]), float(h.edges[-1]))
        top = max(float(h.counts.max()) if h.counts.size else 1.0, 1.0) * 1.1
        sx = plot.width() / (hi - lo)
        xs = plot.left() + (h.edges - lo) * sx
        ys = base - h.counts / top * plot.height()
        # The outline of the bars: up and across each bin, a step polygon closed on the baseline.
        points = [QPointF(xs[0], base)]
        for k in range(len(h.counts)):
            points.append(QPointF(xs[k], ys[k]))
            points.append(QPointF(xs[k + 1], ys[k]))
        points.append(QPointF(xs[-1], base))
        colour = ROW_COLOURS[row]
        fill = QColor(colour)
        fill.setAlpha(80)
        p.setBrush(fill)
        p.setPen(QPen(colour, 1))
        p.drawPolygon(QPolygonF(points))
        p.setBrush(Qt.BrushStyle.NoBrush)
        # Limits and zero under the baseline.
        p.setPen(AXIS)
        label_y = base + 2
        p.drawText(QRectF(plot.left(), label_y, plot.width(), fm.height()),
                   Qt.AlignmentFlag.AlignLeft, _fmt(lo))
        p.drawText(QRectF(plot.left(), label_y, plot.width(), fm.height()),
                   Qt.AlignmentFlag.AlignRight, _fmt(hi))
        if lo < 0 < hi:
            zx = plot.left() - lo * sx
            p.drawLine(QPointF(zx, base), QPointF(zx, base + 3))
            p.drawText(QRectF(zx - 20, label_y, 40, fm.height()), Qt.AlignmentFlag.AlignHCenter,
                       "0")
        note = f"σ {_fmt(h.std)}"
        if row == "activations" and output:
            note = self._output_label + "   " + note
        if h.zero_fraction > 0.1:
            note = self._zeros.replace("%1", f"{100 * h.zero_fraction:.0f}") + "   " + note
        p.drawText(QRectF(rect.x(), rect.y(), rect.width(), fm.height() + 2),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, note)

    def _header(self, h: LayerHistograms) -> str:
        text = self._header_format if h.kind != "Convolution" else self._conv_format
        n_in = str(h.n_in)
        if h.kind == "Convolution" and len(h.shape) == 4:  # each filter is C×FH×FW, e.g. 1×5×5
            n_in = "×".join(map(str, h.shape[1:]))
        return text.replace("%1", str(h.index)).replace("%2", n_in).replace("%3", str(h.n_out))

    # ---- language ------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self._placeholder = self.tr("Histograms appear when training starts.")
        self._waiting = self.tr("after the first step")
        self._output_label = self.tr("output y")
        self._zeros = self.tr("%1% zeros")
        self._header_format = self.tr("Affine %1 (%2→%3)")
        self._conv_format = self.tr("Convolution %1 (%2→%3)")  # C×FH×FW → FN filters
        self._row_names = {"weights": self.tr("weights W"), "activations": self.tr("activations"),
                           "gradients": self.tr("gradient ∂L/∂W")}
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def diverging_lut() -> np.ndarray:
    """256 RGBA colours: orange (−1) → white (0) → blue (+1), the weights' colours everywhere."""
    t = np.linspace(-1.0, 1.0, 256)[:, None]
    white = np.array([255.0, 255.0, 255.0])
    pos = np.array([POSITIVE.red(), POSITIVE.green(), POSITIVE.blue()], dtype=float)
    neg = np.array([NEGATIVE.red(), NEGATIVE.green(), NEGATIVE.blue()], dtype=float)
    rgb = np.where(t >= 0, white + (pos - white) * t, white + (neg - white) * (-t))
    alpha = np.full((256, 1), 255.0)
    return np.concatenate([rgb, alpha], axis=1).astype(np.uint8)


class WeightTiles(QWidget):
    """The first layer's weights, one 28×28 tile per unit (analysis.weight_tiles)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(120, 120)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground("w")
        self.view = self.canvas.addViewBox(lockAspect=True, invertY=True, enableMouse=False,
                                           enableMenu=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(diverging_lut())
        self.image.setLevels((-1.0, 1.0))
        self.view.addItem(self.image)
        self.message = QLabel()
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("background: palette(base); padding: 12px;")
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.canvas)
        self._size: tuple[int, int] | None = None
        self.has_image = False
        self.retranslateUi()

    def set_tiles(self, image: np.ndarray | None) -> None:
        if image is None:
            self.clear_tiles()
            return
        self.image.setImage(image, levels=(-1.0, 1.0), autoLevels=False)
        self.stack.setCurrentWidget(self.canvas)
        self.has_image = True
        if image.shape != self._size:
            self._size = image.shape
            self.view.setRange(xRange=(0, image.shape[1]), yRange=(0, image.shape[0]),
                               padding=0.01)

    def clear_tiles(self) -> None:
        self.has_image = False
        self._size = None
        self.stack.setCurrentWidget(self.message)

    def retranslateUi(self) -> None:
        self.message.setText(self.tr("The first layer's weights appear here when its input is "
                                     "a 28×28 image."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
