"""An image-shaped array (N, C, H, W) as a grid of small maps: channels, filters, feature maps.

Each map (a, b) is array[a, b], an H×W picture in the sign colours (blue positive, white zero,
orange negative) on one symmetric range for the whole array, so maps compare at a glance. Small
maps (at most 8×8, and only a few of them) show their numbers in the cells, the way the book
draws lesson 15's 4×4 input; larger ones are heatmaps. The chosen element gets a thick outline in
the phase colour, the elements that feed it (a receptive field, a pooling window) a tint, and
``winners`` (pooling's maxima) a dot.

All maps are painted by one widget in one paint call: 30 pyqtgraph views would cost a layout and
a Python paint call each, and a CNN step must redraw in well under 50 ms.

    grid.set_array(a, "z")                 grid.set_marks((0, 2, 1, 1), [(0, 0, 0, 0), …], FORWARD)
    grid.cellClicked -> (a, b, h, w)       grid.hovered -> "z[0, 2, 1, 1] = 0.5"
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..theme import BORDER_STRONG, FORWARD, MUTED, NEGATIVE, PENDING, POSITIVE, TEXT, WHITE, tint
from .numbers import format_full, format_number

MAX_MAPS = 64  # more than this are left out (the title says how many are shown)
NUMBER_SIDE = 8  # maps up to this side show their numbers …
NUMBER_MAPS = 6  # … when there are at most this many maps
NUMBER_CELL = (40, 24)  # a cell with a number: width, height
GAP = 8
TITLE_H = 14


def sign_lut() -> np.ndarray:
    """256 RGBA colours: orange (−1) → white (0) → blue (+1)."""
    t = np.linspace(-1.0, 1.0, 256)[:, None]
    white = np.array([255.0, 255.0, 255.0])
    pos = np.array(POSITIVE.getRgb()[:3], dtype=float)
    neg = np.array(NEGATIVE.getRgb()[:3], dtype=float)
    rgb = np.where(t >= 0, white + (pos - white) * t, white + (neg - white) * (-t))
    return np.concatenate([rgb, np.full((256, 1), 255.0)], axis=1).astype(np.uint8)


_LUT = sign_lut()


def map_cell(h: int, w: int, maps: int) -> tuple[int, int]:
    """Pixel size of one cell: numbers for a few small maps, else about 100 px per map."""
    if max(h, w) <= NUMBER_SIDE and maps <= NUMBER_MAPS:
        return NUMBER_CELL
    side = max(3, min(12, round((100 if maps <= 8 else 72) / max(h, w, 1))))
    return side, side


def as_maps(a: np.ndarray) -> np.ndarray:
    """(N, C, H, W) as it is; (C, H, W) as (1, C, H, W); (H, W) as (1, 1, H, W)."""
    a = np.asarray(a, dtype=float)
    while a.ndim < 4:
        a = a[np.newaxis]
    return a


class FeatureMaps(QWidget):
    """A grid of the maps array[a, b] (one row of the grid may hold several maps)."""

    cellClicked = Signal(tuple)  # (a, b, h, w)
    hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("featureMaps")
        self.setMouseTracking(True)
        sp = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sp.setHeightForWidth(True)
        self.setSizePolicy(sp)
        self._a = np.zeros((1, 1, 1, 1))
        self._shape: tuple[int, ...] = (1, 1, 1, 1)
        self._name = ""
        self._images: list[QImage] = []
        self._texts: list[list[list[str]]] = []
        self._pairs: list[tuple[int, int]] = []
        self._hidden = False
        self._focus: tuple[int, ...] | None = None
        self._involved: list[tuple[int, ...]] = []
        self._winners: list[tuple[int, ...]] = []
        self._colour = QColor(FORWARD)
        self._cell = (4, 4)
        self._font = QFont(self.font())

    # ---- content --------------------------------------------------------------------------------
    def set_array(self, array: np.ndarray, name: str = "", per_map: bool = False) -> None:
        """Show ``array`` (its original shape is kept for indices and hover texts); ``per_map``
        scales each map to its own largest |value| (filters, as the book's figure 7-24)."""
        self._shape = np.shape(array)
        a = as_maps(array)
        self._a, self._name, self._hidden = a, name, False
        n_a, n_b, h, w = a.shape
        self._pairs = [(i, j) for i in range(n_a) for j in range(n_b)][:MAX_MAPS]
        self._cell = map_cell(h, w, len(self._pairs))
        finite = a[np.isfinite(a)]
        m = float(np.max(np.abs(finite))) if finite.size else 1.0
        m = m if m > 0 else 1.0
        if self.shows_numbers():  # pale fills behind numbers, so the digits stay readable
            m *= 2.2
        # One LUT lookup for every map at once (a Draw-tab refresh repaints 30 maps).
        shown = a.reshape(n_a * n_b, h, w)[[i * n_b + j for i, j in self._pairs]]
        if per_map:
            m = np.abs(np.nan_to_num(shown)).max(axis=(1, 2), keepdims=True)
            m[m == 0] = 1.0
        levels = np.clip(np.nan_to_num(shown) / m, -1, 1)
        self._rgba = np.ascontiguousarray(_LUT[np.round((levels + 1) * 127.5).astype(np.uint8)])
        self._images = [QImage(self._rgba[k].data, w, h, 4 * w, QImage.Format.Format_RGBA8888)
                        for k in range(len(self._pairs))]
        self._texts = ([[[format_number(v) for v in row] for row in a[i, j]] for i, j in self._pairs]
                       if self.shows_numbers() else [])
        self._focus, self._involved, self._winners = None, [], []
        self.updateGeometry()
        self.update()

    def set_hidden(self, hidden: bool) -> None:
        self._hidden = hidden
        self.update()

    def set_marks(self, focus: tuple[int, ...] | None, involved: Iterable[tuple[int, ...]] = (),
                  colour: QColor = FORWARD) -> None:
        """Outline ``focus`` and tint ``involved`` (indices of the array as given)."""
        self._focus = self._full(focus) if focus is not None else None
        self._involved = self._all_full(involved)
        self._colour = QColor(colour)
        self.update()

    def set_winners(self, winners: Iterable[tuple[int, ...]]) -> None:
        """Elements marked with a dot (max pooling's winner of each window)."""
        self._winners = self._all_full(winners)
        self.update()

    def _all_full(self, indices: Iterable[tuple[int, ...]]) -> list[tuple[int, ...]]:
        """``_full`` of many indices at once (a gradient's sum can involve thousands)."""
        a = np.asarray(list(indices), dtype=np.int64)
        if a.ndim != 2 or a.shape[1] != len(self._shape) or not len(a):
            return []
        full = np.zeros((len(a), 4), dtype=np.int64)
        full[:, 4 - a.shape[1]:] = a
        inside = np.all((full >= 0) & (full < np.array(self._a.shape)), axis=1)
        return [tuple(int(v) for v in row) for row in full[inside]]

    def _full(self, index) -> tuple[int, ...] | None:
        index = tuple(int(i) for i in index)
        if len(index) != len(self._shape):
            return None
        full = (0,) * (4 - len(index)) + index
        return full if all(0 <= k < n for k, n in zip(full, self._a.shape, strict=True)) else None

    def _index(self, full: tuple[int, ...]) -> tuple[int, ...]:
        return full[4 - len(self._shape):]

    # ---- reading (tests, accessibility) ---------------------------------------------------------
    def shows_numbers(self) -> bool:
        return self._cell == NUMBER_CELL

    def map_count(self) -> int:
        return len(self._pairs)

    def texts(self, k: int = 0) -> list[list[str]]:
        """The numbers shown in map ``k`` ("?" while hidden; empty for heatmaps)."""
        texts = self._texts[k] if self._texts and 0 <= k < len(self._texts) else []
        return [["?" for _ in row] for row in texts] if self._hidden else texts

    def map_title(self, k: int) -> str:
        i, j = self._pairs[k]
        return str(j + 1) if self._a.shape[0] == 1 else f"{i + 1}·{j + 1}"

    # ---- geometry -------------------------------------------------------------------------------
    def _map_size(self) -> tuple[int, int]:
        _, _, h, w = self._a.shape
        return w * self._cell[0], h * self._cell[1] + TITLE_H

    def _columns(self, width: int) -> int:
        mw, _ = self._map_size()
        return max(1, min(len(self._pairs), (width + GAP) // (mw + GAP)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        _, mh = self._map_size()
        rows = math.ceil(len(self._pairs) / self._columns(width))
        return rows * (mh + GAP) - GAP + 2

    def sizeHint(self) -> QSize:
        mw, _ = self._map_size()
        cols = min(len(self._pairs), max(1, 330 // (mw + GAP)))
        width = cols * (mw + GAP) - GAP + 2
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        mw, mh = self._map_size()
        return QSize(mw + 2, mh + 2)

    def _origin(self, k: int) -> QPointF:
        mw, mh = self._map_size()
        r, c = divmod(k, self._columns(self.width()))
        return QPointF(1 + c * (mw + GAP), 1 + r * (mh + GAP))

    def _cell_rect(self, k: int, row: int, col: int) -> QRectF:
        o = self._origin(k)
        cw, ch = self._cell
        return QRectF(o.x() + col * cw, o.y() + TITLE_H + row * ch, cw, ch)

    # ---- painting -------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        _, _, h, w = self._a.shape
        small = QFont(self._font)
        small.setPointSizeF(max(7.0, self._font.pointSizeF() - 1.5))
        keyed = {}
        for k, (i, j) in enumerate(self._pairs):
            keyed[(i, j)] = k
            o = self._origin(k)
            area = QRectF(o.x(), o.y() + TITLE_H, w * self._cell[0], h * self._cell[1])
            p.setFont(small)
            p.setPen(MUTED)
            p.drawText(QRectF(o.x(), o.y(), area.width(), TITLE_H),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.map_title(k))
            if self._hidden:
                p.fillRect(area, PENDING)
            else:
                p.drawImage(area, self._images[k])
            if self._texts:
                self._paint_numbers(p, k, h, w)
            p.setPen(QPen(BORDER_STRONG, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(area)
        self._paint_marks(p, keyed)

    def _paint_numbers(self, p: QPainter, k: int, h: int, w: int) -> None:
        p.setFont(self._font)
        p.setPen(QPen(BORDER_STRONG, 1))
        for r in range(h):
            for c in range(w):
                rect = self._cell_rect(k, r, c)
                p.setPen(QPen(BORDER_STRONG, 1))
                p.drawRect(rect)
                p.setPen(TEXT)
                text = "?" if self._hidden else self._texts[k][r][c]
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_marks(self, p: QPainter, keyed: dict) -> None:
        """The receptive field (or window) as a tinted box with a phase-coloured frame, the
        winners as dots, the chosen element with a thick frame — each with a white halo, so
        it shows on dark cells too."""
        p.setBrush(Qt.BrushStyle.NoBrush)
        fill = tint(self._colour, 60)
        boxes: dict[int, QRectF] = {}
        for n, b, r, c in self._involved:
            k = keyed.get((n, b))
            if k is not None:
                rect = self._cell_rect(k, r, c)
                p.fillRect(rect, fill)
                boxes[k] = boxes[k].united(rect) if k in boxes else rect
        for box in boxes.values():
            self._frame(p, box, 2.5)
        p.setBrush(TEXT)
        # Dots on cells smaller than this would cover the map (ties at 0 win everywhere).
        winners = self._winners if min(self._cell) >= 6 else []
        for n, b, r, c in winners:
            k = keyed.get((n, b))
            if k is not None:
                rect = self._cell_rect(k, r, c)
                radius = max(1.5, min(rect.width(), rect.height()) * 0.18)
                centre = (rect.topRight() + QPointF(-radius - 2, radius + 2) if self._texts
                          else rect.center())
                p.setPen(QPen(WHITE, 1))
                p.drawEllipse(centre, radius, radius)
        if self._focus is not None:
            n, b, r, c = self._focus
            k = keyed.get((n, b))
            if k is not None:
                self._frame(p, self._cell_rect(k, r, c).adjusted(-1, -1, 1, 1), 3.5)

    def _frame(self, p: QPainter, rect: QRectF, width: float) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(WHITE, width + 2))
        p.drawRect(rect)
        p.setPen(QPen(self._colour, width))
        p.drawRect(rect)

    # ---- pointer --------------------------------------------------------------------------------
    def element_at(self, pos: QPointF) -> tuple[int, ...] | None:
        """The array index under ``pos`` (widget coordinates), or None."""
        _, _, h, w = self._a.shape
        for k, (i, j) in enumerate(self._pairs):
            o = self._origin(k)
            col = math.floor((pos.x() - o.x()) / self._cell[0])
            row = math.floor((pos.y() - o.y() - TITLE_H) / self._cell[1])
            if 0 <= row < h and 0 <= col < w:
                return self._index((i, j, row, col))
        return None

    def cell_centre(self, index: tuple[int, ...]) -> QPointF | None:
        """Where element ``index`` is drawn (tests click there)."""
        full = self._full(index)
        if full is None or (full[0], full[1]) not in self._pairs:
            return None
        k = self._pairs.index((full[0], full[1]))
        return self._cell_rect(k, full[2], full[3]).center()

    def describe(self, index: tuple[int, ...]) -> str:
        full = self._full(index)
        where = ", ".join(str(i) for i in index)
        return f"{self._name}[{where}] = {format_full(self._a[full])}"

    def mouseMoveEvent(self, event) -> None:
        index = self.element_at(event.position())
        self.hovered.emit(self.describe(index) if index is not None and not self._hidden else "")

    def leaveEvent(self, event) -> None:
        self.hovered.emit("")
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:
        index = self.element_at(event.position())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cellClicked.emit(index)
        super().mousePressEvent(event)
