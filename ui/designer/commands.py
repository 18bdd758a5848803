"""Undo commands for the designer: every edit replaces the spec with a new one.

Specs are small (a few dozen layers at most), so a command simply keeps the spec before and after
the edit. That makes every edit, from one option to a whole template, undoable the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from nnlab.spec import NetworkSpec

#: What a command calls to put a spec in place: apply(spec, layer index to select or None).
Apply = Callable[[NetworkSpec, int | None], None]
#: A command's name, or a function giving it in the current language (so that Edit → Undo
#: names an edit made before a language switch in the new language).
Text = str | Callable[[], str]

MERGE_ID = 0x6E6E6C  # "nnl": consecutive edits of the same option merge into one step


class SpecCommand(QUndoCommand):
    """Replace the spec ``before`` -> ``after`` through ``apply`` and select a layer afterwards.

    ``select_after`` / ``select_before`` are layer indices (-1 selects the input row, None keeps
    the selection). ``merge_key`` lets repeated edits of one field (spin-box steps) merge.
    """

    def __init__(self, apply: Apply, before: NetworkSpec, after: NetworkSpec, text: Text,
                 select_after: int | None = None, select_before: int | None = None,
                 merge_key: tuple | None = None):
        super().__init__(text() if callable(text) else text)
        self._text = text
        self._apply = apply
        self._before = before
        self._after = after
        self._select_after = select_after
        self._select_before = select_before
        self._merge_key = merge_key

    def retranslate(self) -> None:
        if callable(self._text):
            self.setText(self._text())

    def redo(self) -> None:
        self._apply(self._after.copy(), self._select_after)

    def undo(self) -> None:
        self._apply(self._before.copy(), self._select_before)

    def id(self) -> int:
        return MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SpecCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        self._select_after = other._select_after
        # Stepping a value away and back again leaves nothing to undo.
        self.setObsolete(self._after == self._before)
        return True
