"""How far the learner got in each lesson — not started, opened, finished — and its mark in the list.

Kept in QSettings (group "lessons") so it survives a restart; a finished lesson stays finished.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QIcon, QPainter, QPen, QPixmap

from ..theme import FORWARD, PENDING, SUCCESS, WHITE

SETTINGS_GROUP = "lessons"
NOT_STARTED, OPENED, FINISHED = "", "opened", "finished"


def progress(lesson_id: str) -> str:
    """"" (not started), "opened" or "finished", as remembered in QSettings."""
    value = QSettings().value(f"{SETTINGS_GROUP}/progress/{lesson_id}", NOT_STARTED, type=str)
    return value if value in (OPENED, FINISHED) else NOT_STARTED


def save_progress(lesson_id: str, state: str) -> None:
    QSettings().setValue(f"{SETTINGS_GROUP}/progress/{lesson_id}", state)


def mark_icon(state: str) -> QIcon:
    """A ring (not started), a blue ring with a dot (opened), a green disc with a tick (finished)."""
    size = 18
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if state == FINISHED:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SUCCESS)
        p.drawEllipse(2, 2, size - 4, size - 4)
        p.setPen(QPen(WHITE, 2.0))
        p.drawPolyline([QPointF(5.5, 9.5), QPointF(8, 12), QPointF(12.5, 6.5)])
    else:
        colour = FORWARD if state == OPENED else PENDING
        p.setPen(QPen(colour, 1.6))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(3, 3, size - 6, size - 6)
        if state == OPENED:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(6.5, 6.5, size - 13, size - 13)
    p.end()
    return QIcon(pixmap)
