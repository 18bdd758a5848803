"""A large array as a heatmap with a colour bar: hover shows a value, a click picks an element.

Colours follow the diagram (blue positive, white zero, orange negative) on a range symmetric
around zero, so the sign reads at a glance. A single 784-vector (one MNIST image, or the gradient
with respect to it) is drawn as its 28×28 square. The plot items are created once; a new step
only calls ``setImage`` and moves the two highlight rectangles.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from ..theme import FORWARD, NEGATIVE, POSITIVE, TEXT_SOFT, tint
from .numbers import as_2d, format_full, screen_to_index


def square_side(shape2d: tuple[int, int]) -> int | None:
    """28 for a (1, 784) row: one flat image shown as a square (16×16 and larger, so a hidden
    layer of 100 units stays a row of 100)."""
    rows, cols = shape2d
    if rows != 1:
        return None
    side = math.isqrt(cols)
    return side if side * side == cols and side >= 16 else None


def is_strip(shape2d: tuple[int, int]) -> bool:
    """A single row drawn as a thin strip (a bias, one sample's hidden units)."""
    return shape2d[0] == 1 and square_side(shape2d) is None


def _colour_map() -> pg.ColorMap:
    white = (255, 255, 255, 255)
    return pg.ColorMap([0.0, 0.5, 1.0], [NEGATIVE.getRgb(), white, POSITIVE.getRgb()])


class Heatmap(pg.GraphicsLayoutWidget):
    """ImageItem + ColorBarItem for one array (laid out by ``as_2d``)."""

    cellClicked = Signal(int, int)  # screen row, column of the as_2d layout
    hovered = Signal(str)  # "W[3, 7] = 0.0123", or "" when the pointer leaves the image

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("heatmap")
        self.setBackground("w")
        # A bare ViewBox, not a PlotItem: index axes cost more to lay out and paint than the
        # image itself, and hovering tells the index anyway.
        self.plot = self.addViewBox(row=0, col=0)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.bar = pg.ColorBarItem(values=(-1, 1), colorMap=_colour_map(), interactive=False,
                                   width=14, colorMapMenu=False)
        self.addItem(self.bar, row=0, col=1)
        self.bar.setImageItem(self.image)
        self.bar.axis.setTextPen(pg.mkPen(TEXT_SOFT))
        self.involved_rect = QGraphicsRectItem()
        self.focus_rect = QGraphicsRectItem()
        for item, z in ((self.involved_rect, 10), (self.focus_rect, 11)):
            item.setZValue(z)
            item.setVisible(False)
            self.plot.addItem(item)
        self._shape: tuple[int, ...] = ()
        self._data2d = np.zeros((1, 1))
        self._side: int | None = None
        self._name = ""
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.scene().sigMouseClicked.connect(self._mouse_clicked)

    def sizeHint(self) -> QSize:
        return QSize(320, 200)

    # ---- content --------------------------------------------------------------------------------
    def set_array(self, a: np.ndarray, name: str = "") -> None:
        a = np.asarray(a, dtype=float)
        self._shape = a.shape
        self._name = name
        self._data2d = as_2d(a)
        self._side = square_side(self._data2d.shape)
        image = self._data2d.reshape(self._side, self._side) if self._side else self._data2d
        finite = image[np.isfinite(image)]
        m = float(np.max(np.abs(finite))) if finite.size else 1.0
        m = m if m > 0 else 1.0
        self.image.setImage(image, autoLevels=False, levels=(-m, m))
        self.bar.setLevels(values=(-m, m))
        h, w = image.shape
        self.plot.setRange(xRange=(0, w), yRange=(0, h), padding=0.02)
        self.plot.setAspectLocked(self._side is not None)

    def set_marks(self, focus: tuple[int, int] | None, involved: Iterable[tuple[int, int]],
                  colour: QColor = FORWARD) -> None:
        """Outline the focus cell and the bounding box of the involved cells (screen coords)."""
        cells = [self._image_cell(r, c) for r, c in involved]
        if cells:
            rows = [r for r, _ in cells]
            cols = [c for _, c in cells]
            box = QRectF(min(cols), min(rows), max(cols) - min(cols) + 1, max(rows) - min(rows) + 1)
            self.involved_rect.setRect(box)
            pen = QPen(colour, 1.5)
            pen.setCosmetic(True)
            self.involved_rect.setPen(pen)
            self.involved_rect.setBrush(QBrush(tint(colour, 40)))
        self.involved_rect.setVisible(bool(cells))
        if focus is not None:
            r, c = self._image_cell(*focus)
            pen = QPen(colour, 3)
            pen.setCosmetic(True)
            self.focus_rect.setPen(pen)
            self.focus_rect.setBrush(QBrush(tint(colour, 90)))
            self.focus_rect.setRect(QRectF(c, r, 1, 1))
        self.focus_rect.setVisible(focus is not None)

    def _image_cell(self, row: int, col: int) -> tuple[int, int]:
        if self._side:
            return divmod(col, self._side)
        return row, col

    def _screen_cell(self, img_row: int, img_col: int) -> tuple[int, int]:
        if self._side:
            return 0, img_row * self._side + img_col
        return img_row, img_col

    # ---- pointer --------------------------------------------------------------------------------
    def _cell_at(self, scene_pos) -> tuple[int, int] | None:
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.plot.mapSceneToView(scene_pos)
        r, c = math.floor(p.y()), math.floor(p.x())
        h, w = self.image.image.shape[:2] if self.image.image is not None else (0, 0)
        if 0 <= r < h and 0 <= c < w:
            return self._screen_cell(r, c)
        return None

    def describe(self, row: int, col: int) -> str:
        index = screen_to_index(self._shape, row, col)
        where = ", ".join(str(i) for i in index)
        return f"{self._name}[{where}] = {format_full(self._data2d[row, col])}"

    def _mouse_moved(self, scene_pos) -> None:
        cell = self._cell_at(scene_pos)
        self.hovered.emit(self.describe(*cell) if cell else "")

    def _mouse_clicked(self, event) -> None:
        cell = self._cell_at(event.scenePos())
        if cell is not None:
            self.cellClicked.emit(*cell)
