"""Helpers for driving the designer like a user: real drag-and-drop events, real key presses."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.designer.stack_view import LayerStackView


def drop_on_stack(view: LayerStackView, mime, row: int | None, half: str = "lower") -> bool:
    """Deliver a drag of ``mime`` to the stack's viewport and drop it.

    ``row`` is the table row to aim at (0 is the input row) and ``half`` which half of it;
    None aims at the empty space under the last row. Returns whether the drop was accepted.
    """
    viewport = view.viewport()
    if row is None:
        last = view.visualRect(view.model().index(view.model().rowCount() - 1, 0))
        pos = QPointF(viewport.width() / 2, min(viewport.height() - 2, last.bottom() + 12))
    else:
        rect = view.visualRect(view.model().index(row, 0))
        y = rect.top() + 3 if half == "upper" else rect.bottom() - 3
        pos = QPointF(viewport.width() / 2, y)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


class DialogRecorder:
    """Stands in for QMessageBox's static functions: records calls, answers with ``answer``."""

    def __init__(self, answer=QMessageBox.StandardButton.Ok):
        self.calls: list[tuple[str, str]] = []
        self.answer = answer

    def __call__(self, parent, title, text, *args, **kwargs):
        self.calls.append((title, text))
        return self.answer
