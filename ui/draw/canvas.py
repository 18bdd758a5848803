"""The drawing canvas: a smooth round pen, an eraser, undo and redo (Clear too), mouse and tablet.

The drawing is kept twice. ``ink_array()`` is a fixed INK_SIDE×INK_SIDE grayscale image with the
ink bright on dark, as ``preprocess_digit`` wants it; the screen shows dark ink on paper at the
widget's own resolution. Both are painted from the same strokes (lists of points), so undo simply
repaints the strokes that remain (canvas_history.py: a QUndoStack of strokes and Clears).

Smoothing: a stroke through mouse points p₀, p₁, … is drawn as quadratic Bézier curves from the
midpoint mᵢ₋₁ = (pᵢ₋₁ + pᵢ)/2 to mᵢ = (pᵢ + pᵢ₊₁)/2 with pᵢ as the control point, which turns the
polyline's corners into round curves that still pass near every point; the first and last half
segments are straight. A tablet pen's pressure p ∈ [0, 1] scales the width by 0.6 + 0.4·p
(a mouse is p = 1), a modest effect so that a light touch is still a readable stroke.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPointingDevice,
    QUndoStack,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnlab.digits import BOX, FIELD

from ..theme import ACCENT, BORDER_STRONG, DISABLED, DIVIDER, PAPER, TEXT
from .canvas_history import AddStroke, ClearDrawing

INK_SIDE = 280  # the ink image handed to preprocess_digit: 10 canvas pixels per MNIST pixel
DEFAULT_PEN = round(INK_SIDE / 12)  # about MNIST's stroke: 2.3 px of a 20-px digit box
MIN_PEN, MAX_PEN = 6, 48
INK = TEXT  # what the pen leaves on PAPER on screen


def pressure_factor(pressure: float) -> float:
    """Width multiplier 0.6 + 0.4·p for pressure p in [0, 1]."""
    return 0.6 + 0.4 * min(max(pressure, 0.0), 1.0)


@dataclass
class Stroke:
    """One pen-down to pen-up: points (x, y, pressure) in ink-image pixels."""

    width: float
    erase: bool = False
    points: list[tuple[float, float, float]] = field(default_factory=list)


def _mid(a, b) -> QPointF:
    return QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def _pen(colour: QColor, width: float) -> QPen:
    return QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin)


def paint_segment(painter: QPainter, stroke: Stroke, index: int, colour: QColor) -> None:
    """Paint the part of ``stroke`` that point ``index`` adds (module docstring).

    index 0: a dot (a click); index i ≥ 1: the curve from m_{i−2} (p₀ for i = 1) to m_{i−1};
    index len(points): the straight tail from the last midpoint to the last point.
    """
    pts = stroke.points
    n = len(pts)
    if index == 0:
        p = pts[0]
        painter.setPen(_pen(colour, stroke.width * pressure_factor(p[2])))
        painter.drawPoint(QPointF(p[0], p[1]))
        return
    if index == n:
        if n < 2:
            return
        start, end, pressure = _mid(pts[-2], pts[-1]), QPointF(pts[-1][0], pts[-1][1]), pts[-1][2]
        path = QPainterPath(start)
        path.lineTo(end)
    else:
        a, b = pts[index - 1], pts[index]
        start = QPointF(a[0], a[1]) if index == 1 else _mid(pts[index - 2], a)
        path = QPainterPath(start)
        if index == 1:
            path.lineTo(_mid(a, b))
        else:
            path.quadTo(QPointF(a[0], a[1]), _mid(a, b))
        pressure = (a[2] + b[2]) / 2
    painter.setPen(_pen(colour, stroke.width * pressure_factor(pressure)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def paint_stroke(painter: QPainter, stroke: Stroke, colour: QColor) -> None:
    """The whole stroke, dot, curves and tail, as it was painted while drawing."""
    for index in range(len(stroke.points) + 1):
        paint_segment(painter, stroke, index, colour)


class DrawingCanvas(QWidget):
    """Draw with the left button or a tablet pen; Delete/Backspace/C clear, Ctrl+Z undoes
    (a stroke or a Clear), Ctrl+Shift+Z / Ctrl+Y redoes.

    Signals: ``inkChanged`` while a stroke grows, ``drawingChanged`` when the drawing is settled
    (pen up, undo, clear), ``pressed`` at pen down.
    """

    inkChanged = Signal()
    drawingChanged = Signal()
    pressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drawingCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TabletTracking, False)
        self.setMinimumSize(220, 220)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._ink = QImage(INK_SIDE, INK_SIDE, QImage.Format.Format_Grayscale8)
        self._ink.fill(0)
        self._screen = QImage()
        self._strokes: list[Stroke] = []
        self.undo_stack = QUndoStack(self)
        self._current: Stroke | None = None
        self._pen_width = float(DEFAULT_PEN)
        self._erasing = False
        self._bbox: tuple[int, int, int, int] | None = None
        self._hint = ""

    # ---- state ---------------------------------------------------------------------------------
    def pen_width(self) -> float:
        return self._pen_width

    def set_pen_width(self, width: float) -> None:
        self._pen_width = float(min(max(width, MIN_PEN), MAX_PEN))

    def erasing(self) -> bool:
        return self._erasing

    def set_erasing(self, on: bool) -> None:
        self._erasing = bool(on)

    def strokes(self) -> list[Stroke]:
        """The finished strokes, oldest first (the one being drawn is not among them)."""
        return list(self._strokes)

    def is_blank(self) -> bool:
        """No stroke at all (an erased drawing is not blank but may hold no ink)."""
        return not self._strokes and self._current is None

    def can_undo(self) -> bool:
        return self.undo_stack.canUndo()

    def ink_array(self) -> np.ndarray:
        """A copy of the ink image: uint8 (INK_SIDE, INK_SIDE), ink 255 on 0."""
        bits = np.frombuffer(self._ink.constBits(), np.uint8)
        return bits.reshape(INK_SIDE, self._ink.bytesPerLine())[:, :INK_SIDE].copy()

    def set_bbox(self, bbox: tuple[int, int, int, int] | None) -> None:
        """Outline the ink's bounding box (top, left, bottom, right in ink pixels), or nothing."""
        if bbox != self._bbox:
            self._bbox = bbox
            self.update()

    def set_hint(self, text: str) -> None:  # the faint text shown on an empty canvas
        self._hint = text
        self.update()

    # ---- commands ------------------------------------------------------------------------------
    def clear(self) -> None:
        """Remove every stroke, undoably."""
        if self._current is not None:
            self.end_stroke()
        if self._strokes:
            self.undo_stack.push(ClearDrawing(self))

    def undo(self) -> None:  # the last stroke or Clear
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def begin_stroke(self, x: float, y: float, pressure: float = 1.0, erase: bool | None = None
                     ) -> None:
        """Pen down at (x, y) in ink pixels (mouse and tablet events call these three)."""
        if self._current is not None:
            self.end_stroke()
        erase = self._erasing if erase is None else erase
        if erase and not self.ink_array().any():
            return  # rubbing out nothing changes nothing: no stroke, no signal, no prediction
        self._current = Stroke(self._pen_width, erase, [(x, y, pressure)])
        self._paint(self._current, 0)
        self.pressed.emit()
        self.inkChanged.emit()

    def extend_stroke(self, x: float, y: float, pressure: float = 1.0) -> None:
        stroke = self._current
        if stroke is None:
            return
        last = stroke.points[-1]
        if math.hypot(x - last[0], y - last[1]) < 0.5:
            return  # sub-pixel jitter adds nothing but work
        stroke.points.append((x, y, pressure))
        self._paint(stroke, len(stroke.points) - 1)
        self.inkChanged.emit()

    def end_stroke(self, x: float | None = None, y: float | None = None,
                   pressure: float = 1.0) -> None:
        stroke = self._current
        if stroke is None:
            return
        if x is not None and y is not None:
            self.extend_stroke(x, y, pressure)
        self._paint(stroke, len(stroke.points))
        self._current = None
        self.undo_stack.push(AddStroke(self, stroke))  # appends it to the strokes
        self.drawingChanged.emit()

    # ---- painting ------------------------------------------------------------------------------
    def drawing_rect(self) -> QRectF:
        """The drawing area in widget coordinates: the largest centred square in the widget."""
        side = min(self.width(), self.height()) - 2
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _ensure_screen(self) -> None:
        ratio = self.devicePixelRatioF()
        side = max(1, round(self.drawing_rect().width() * ratio))
        if self._screen.width() != side:
            self._screen = QImage(side, side, QImage.Format.Format_RGB32)
            self._screen.setDevicePixelRatio(ratio)
            self._repaint_screen()

    def _painter(self, image: QImage, scale: float) -> QPainter:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        return painter

    def _paint(self, stroke: Stroke, index: int) -> None:
        """Add one piece of a stroke to the ink image and to the screen image."""
        painter = self._painter(self._ink, 1.0)
        paint_segment(painter, stroke, index, QColor(0, 0, 0) if stroke.erase else QColor(255, 255, 255))
        painter.end()
        if not self._screen.isNull():
            painter = self._painter(self._screen, self._screen.width() / INK_SIDE
                                    / self._screen.devicePixelRatio())
            paint_segment(painter, stroke, index, PAPER if stroke.erase else INK)
            painter.end()
        self.update()

    def _repaint_all(self) -> None:
        self._ink.fill(0)
        painter = self._painter(self._ink, 1.0)
        for stroke in self._strokes:
            paint_stroke(painter, stroke, QColor(0, 0, 0) if stroke.erase else QColor(255, 255, 255))
        painter.end()
        self._repaint_screen()
        self.update()

    def _repaint_screen(self) -> None:
        if self._screen.isNull():
            return
        self._screen.fill(PAPER)
        painter = self._painter(self._screen, self._screen.width() / INK_SIDE
                                / self._screen.devicePixelRatio())
        for stroke in self._strokes + ([self._current] if self._current else []):
            paint_stroke(painter, stroke, PAPER if stroke.erase else INK)
        painter.end()

    def paintEvent(self, event) -> None:
        self._ensure_screen()
        square = self.drawing_rect()
        painter = QPainter(self)
        painter.drawImage(square.topLeft(), self._screen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        k = square.width() / INK_SIDE
        if self.is_blank():
            # A faint frame where MNIST's 20×20 box would sit, and the hint.
            painter.setPen(QPen(DIVIDER, 1, Qt.PenStyle.DashLine))
            margin = square.width() * (FIELD - BOX) / 2 / FIELD
            inner = square.adjusted(margin, margin, -margin, -margin)
            painter.drawRoundedRect(inner, 6, 6)
            if self._hint:
                painter.setPen(DISABLED)
                font = painter.font()
                font.setPointSizeF(font.pointSizeF() * 1.3)
                painter.setFont(font)
                painter.drawText(square, Qt.AlignmentFlag.AlignCenter, self._hint)
        elif self._bbox is not None:
            top, left, bottom, right = self._bbox
            rect = QRectF(square.left() + left * k, square.top() + top * k,
                          (right - left) * k, (bottom - top) * k).adjusted(-2, -2, 2, 2)
            painter.setPen(QPen(ACCENT, 1.5, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
        frame = ACCENT if self.hasFocus() else BORDER_STRONG
        painter.setPen(QPen(frame, 1.5 if self.hasFocus() else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(square.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._ensure_screen()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    # ---- input ---------------------------------------------------------------------------------
    def _to_ink(self, pos: QPointF) -> tuple[float, float]:
        square = self.drawing_rect()
        k = INK_SIDE / square.width()
        return (pos.x() - square.left()) * k, (pos.y() - square.top()) * k

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.begin_stroke(*self._to_ink(event.position()))
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._current is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.extend_stroke(*self._to_ink(event.position()))
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._current is not None:
            self.end_stroke(*self._to_ink(event.position()))
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event) -> None:
        """A pen's pressure sets the width; its eraser end erases. Accepted: no synthetic mouse."""
        x, y = self._to_ink(event.position())
        pressure = float(event.pressure())
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            eraser = event.pointerType() == QPointingDevice.PointerType.Eraser
            self.begin_stroke(x, y, pressure, erase=True if eraser else None)
        elif kind == QEvent.Type.TabletMove:
            self.extend_stroke(x, y, pressure)
        elif kind == QEvent.Type.TabletRelease:
            self.end_stroke(x, y, pressure)
        event.accept()

    # ---- keys ----------------------------------------------------------------------------------
    def _key_command(self, event):
        if event.matches(QKeySequence.StandardKey.Undo):
            return self.undo
        if event.matches(QKeySequence.StandardKey.Redo):
            return self.redo
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier and event.key() in (
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_C):
            return self.clear
        return None

    def event(self, event) -> bool:
        # Claim our keys before window-wide shortcuts (another tab's Ctrl+Z) see them.
        if event.type() == QEvent.Type.ShortcutOverride and self._key_command(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        command = self._key_command(event)
        if command is None:
            super().keyPressEvent(event)
            return
        if self._current is not None:
            self.end_stroke()
        command()
        event.accept()
