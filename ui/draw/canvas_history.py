"""The Draw canvas's history: every finished stroke and every Clear is an undoable command.

The canvas keeps a QUndoStack of these (``DrawingCanvas.undo_stack``); Ctrl+Z on the canvas,
the Undo button and the window's Edit menu (through ``DrawTab.undo_stack()``) all undo the same
way, so a Clear pressed by mistake brings the drawing back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from .canvas import DrawingCanvas, Stroke


class AddStroke(QUndoCommand):
    """A stroke the pen has just finished (already painted when the command is pushed)."""

    def __init__(self, canvas: DrawingCanvas, stroke: Stroke):
        text = (QCoreApplication.translate("DrawingCanvas", "Erase") if stroke.erase
                else QCoreApplication.translate("DrawingCanvas", "Stroke"))
        super().__init__(text)
        self.canvas, self.stroke = canvas, stroke
        self._painted = True  # the first redo (the push) must not paint it twice

    def redo(self) -> None:
        self.canvas._strokes.append(self.stroke)
        if self._painted:
            self._painted = False
            return
        self.canvas._repaint_all()
        self.canvas.drawingChanged.emit()

    def undo(self) -> None:
        if self.canvas._strokes and self.canvas._strokes[-1] is self.stroke:
            self.canvas._strokes.pop()
        self.canvas._repaint_all()
        self.canvas.drawingChanged.emit()


class ClearDrawing(QUndoCommand):
    """Every stroke removed at once; undo puts them all back."""

    def __init__(self, canvas: DrawingCanvas):
        super().__init__(QCoreApplication.translate("DrawingCanvas", "Clear Drawing"))
        self.canvas = canvas
        self.strokes = list(canvas._strokes)

    def redo(self) -> None:
        self.canvas._strokes.clear()
        self.canvas._repaint_all()
        self.canvas.drawingChanged.emit()

    def undo(self) -> None:
        self.canvas._strokes[:] = self.strokes
        self.canvas._repaint_all()
        self.canvas.drawingChanged.emit()
