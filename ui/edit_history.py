"""Edit → Undo / Redo follow the visible tab.

Each tab has its own history: the Designer's QUndoStack of design edits, a lesson's stepper (undo
the last step), the Draw tab's strokes. The window's two actions ask ``target_for(tab)`` what the
visible tab offers and act on that alone, so Ctrl+Z on the Lessons tab never changes the design.
A tab (or a lesson page) may offer its own history with a method ``undo_target()`` returning an
object with ``can_undo() can_redo() undo() redo() undo_text() redo_text()``; the menu's texts
name what will be undone ("Undo Remove Affine", "元に戻す：Affine を削除").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from nnlab.stepper import Phase


class StackTarget:
    """A QUndoStack (the Designer's edits)."""

    def __init__(self, stack: QUndoStack):
        self.stack = stack

    def can_undo(self) -> bool:
        return self.stack.canUndo()

    def can_redo(self) -> bool:
        return self.stack.canRedo()

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def undo_text(self) -> str:
        return self.stack.undoText()

    def redo_text(self) -> str:
        return self.stack.redoText()


class StepTarget:
    """A step-through view: undo takes back the last step or edited value exactly (no redo)."""

    def __init__(self, view):
        self.view = view

    def can_undo(self) -> bool:
        stepper = self.view.stepper
        return stepper is not None and stepper.can_undo

    def can_redo(self) -> bool:
        return False

    def undo(self) -> None:
        if self.can_undo():
            self.view.undo()

    def redo(self) -> None:
        """Steps are redone by stepping again."""

    def undo_text(self) -> str:
        stepper = self.view.stepper
        if stepper is not None and getattr(stepper, "undo_is_edit", False):
            return Q.translate("EditHistory", "Value Edit")
        record = stepper.records[-1] if stepper is not None and stepper.records else None
        if record is None:
            return Q.translate("EditHistory", "Step")
        if record.kind == Phase.UPDATE:
            return Q.translate("EditHistory", "Weight Update")
        if record.kind == Phase.BACKWARD:
            return Q.translate("EditHistory", "Backward Step through %1").replace("%1", record.layer_type)
        return Q.translate("EditHistory", "Forward Step through %1").replace("%1", record.layer_type)

    def redo_text(self) -> str:
        return ""


class CanvasTarget:
    """The Draw tab's canvas: undo removes the last stroke."""

    def __init__(self, canvas):
        self.canvas = canvas

    def can_undo(self) -> bool:
        return self.canvas.can_undo()

    def can_redo(self) -> bool:
        return False

    def undo(self) -> None:
        if self.can_undo():
            self.canvas.undo()

    def redo(self) -> None:
        """Strokes are redone by drawing them again."""

    def undo_text(self) -> str:
        return Q.translate("EditHistory", "Stroke")

    def redo_text(self) -> str:
        return ""


def target_for(tab: QWidget | None):
    """What Undo acts on while ``tab`` is showing, or None (nothing to undo there)."""
    if tab is None:
        return None
    own = getattr(tab, "undo_target", None)
    if callable(own):
        return own()
    stack = getattr(tab, "undo_stack", None)
    if isinstance(stack, QUndoStack):
        return StackTarget(stack)
    pages = getattr(tab, "pages", None)
    if isinstance(pages, dict):  # the Lessons tab: the open lesson's page
        page = pages.get(getattr(tab, "current_id", None))
        own = getattr(page, "undo_target", None)
        if callable(own):
            return own()
        view = getattr(page, "view", None)
        if view is not None and callable(getattr(view, "undo", None)) and hasattr(view, "stepper"):
            return StepTarget(view)
        return None
    canvas = getattr(tab, "canvas", None)
    if canvas is not None and callable(getattr(canvas, "can_undo", None)):
        return CanvasTarget(canvas)
    return None


class EditHistory(QObject):
    """The Edit menu's Undo and Redo, acting on ``current()``'s history (a tab widget)."""

    def __init__(self, menu: QMenu, current, parent: QObject | None = None):
        super().__init__(parent)
        self._current = current
        self.undo_action = QAction(menu)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = QAction(menu)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        ctrl_shift_z = QKeySequence(QKeyCombination(
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z))
        if ctrl_shift_z not in redo_keys:
            redo_keys.append(ctrl_shift_z)
        self.redo_action.setShortcuts(redo_keys)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        # Enabled states are shown while the menu is open; between, the actions stay enabled so
        # that Ctrl+Z always reaches the tab, which then finds out for itself if it can undo.
        menu.aboutToShow.connect(self.refresh)
        menu.aboutToHide.connect(self._enable)
        self.refresh()
        self._enable()

    def target(self):
        return target_for(self._current())

    def undo(self) -> None:
        target = self.target()
        if target is not None and target.can_undo():
            target.undo()
        self.refresh()
        self._enable()

    def redo(self) -> None:
        target = self.target()
        if target is not None and target.can_redo():
            target.redo()
        self.refresh()
        self._enable()

    def refresh(self) -> None:
        """Texts and enabled states for the visible tab ("Undo Remove Affine")."""
        target = self.target()
        can_undo = target is not None and target.can_undo()
        can_redo = target is not None and target.can_redo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(Q.translate("EditHistory", "&Undo %1").replace(
            "%1", target.undo_text()).strip() if can_undo else Q.translate("EditHistory", "&Undo"))
        self.redo_action.setText(Q.translate("EditHistory", "&Redo %1").replace(
            "%1", target.redo_text()).strip() if can_redo else Q.translate("EditHistory", "&Redo"))

    def retranslate(self) -> None:
        self.refresh()
        self._enable()

    def _enable(self) -> None:
        self.undo_action.setEnabled(True)
        self.redo_action.setEnabled(True)
