"""Small icons painted in code, so they look the same on every platform and style."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ..theme import ERROR, FAINT, GREEN, TEXT_SOFT, WARNING, WARNING_DARK, WHITE
from .layer_style import colour

_SIZES = (16, 24, 32)


def _icon(draw) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        for ratio in (1.0, 2.0):
            pixmap = QPixmap(int(size * ratio), int(size * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw(painter, float(size))
            painter.end()
            icon.addPixmap(pixmap)
            icon.addPixmap(pixmap, QIcon.Mode.Selected)  # not greyed on the selected row
    return icon


@cache
def problem_icon() -> QIcon:
    """An amber warning triangle with an exclamation mark."""

    def draw(p: QPainter, s: float) -> None:
        m = s * 0.06
        tri = QPolygonF([QPointF(s / 2, m + s * 0.02), QPointF(s - m, s - m * 1.5),
                         QPointF(m, s - m * 1.5)])
        path = QPainterPath()
        path.addPolygon(tri)
        path.closeSubpath()
        p.setPen(QPen(WARNING_DARK, max(1.0, s / 16), Qt.PenStyle.SolidLine,
                      Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        p.setBrush(WARNING)
        p.drawPath(path)
        p.setPen(QPen(WHITE, s * 0.12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.62))
        p.drawPoint(QPointF(s / 2, s * 0.77))

    return _icon(draw)


@cache
def ok_icon() -> QIcon:
    """A green circle with a tick."""

    def draw(p: QPainter, s: float) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(GREEN)
        p.drawEllipse(QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84))
        p.setPen(QPen(WHITE, s * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                      Qt.PenJoinStyle.RoundJoin))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolyline(QPolygonF([QPointF(s * 0.3, s * 0.52), QPointF(s * 0.44, s * 0.66),
                                  QPointF(s * 0.7, s * 0.36)]))

    return _icon(draw)


@cache
def layer_icon(layer_type: str) -> QIcon:
    """A rounded chip in the colour of the layer's group ("Input" is grey and round)."""

    def draw(p: QPainter, s: float) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        if layer_type == "Input":
            p.setBrush(FAINT)
            p.drawEllipse(QRectF(s * 0.2, s * 0.2, s * 0.6, s * 0.6))
            return
        p.setBrush(colour(layer_type))
        p.drawRoundedRect(QRectF(s * 0.18, s * 0.18, s * 0.64, s * 0.64), s * 0.16, s * 0.16)

    return _icon(draw)


def _stroke(p: QPainter, s: float, colour: QColor = TEXT_SOFT) -> None:
    pen = QPen(colour, max(1.4, s * 0.1), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)


@cache
def arrow_icon(direction: str) -> QIcon:
    """An arrow pointing "up" or "down" (move a layer)."""

    def draw(p: QPainter, s: float) -> None:
        _stroke(p, s)
        top, bottom = s * 0.2, s * 0.8
        if direction == "down":
            top, bottom = bottom, top
        p.drawLine(QPointF(s / 2, bottom), QPointF(s / 2, top))
        head = s * 0.22 if direction == "up" else -s * 0.22
        p.drawPolyline(QPolygonF([QPointF(s / 2 - s * 0.22, top + head), QPointF(s / 2, top),
                                  QPointF(s / 2 + s * 0.22, top + head)]))

    return _icon(draw)


@cache
def duplicate_icon() -> QIcon:
    """Two overlapping sheets (duplicate a layer)."""

    def draw(p: QPainter, s: float) -> None:
        _stroke(p, s)
        p.drawRoundedRect(QRectF(s * 0.16, s * 0.16, s * 0.46, s * 0.46), s * 0.08, s * 0.08)
        p.setBrush(WHITE)
        p.drawRoundedRect(QRectF(s * 0.38, s * 0.38, s * 0.46, s * 0.46), s * 0.08, s * 0.08)

    return _icon(draw)


@cache
def remove_icon() -> QIcon:
    """A cross (remove a layer)."""

    def draw(p: QPainter, s: float) -> None:
        _stroke(p, s, ERROR)
        p.drawLine(QPointF(s * 0.26, s * 0.26), QPointF(s * 0.74, s * 0.74))
        p.drawLine(QPointF(s * 0.74, s * 0.26), QPointF(s * 0.26, s * 0.74))

    return _icon(draw)
