"""Help → Keyboard shortcuts: every key NN Lab answers to, grouped by where it works.

The window's keys are read from its menus (so the list cannot drift from them); the keys of the
step-through view from ``ui.stepview.controls.SHORTCUTS``; the Draw canvas's are listed here,
beside the canvas's own key handling they describe.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..stepview.controls import SHORTCUTS

# Keys a keyboard is sure to have, besides letters, digits and F-keys; the standard bindings also
# name special keys (Qt's Key_New, Key_Undo …) that few keyboards have and that only confuse here.
_PLAIN_KEYS = {"Del", "Delete", "Backspace", "Space", "Left", "Right", "Up", "Down", "Esc",
               "Return", "Enter", "Home", "End", "PgUp", "PgDown", "Tab"}


def _on_every_keyboard(sequence: QKeySequence) -> bool:
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    key = text.rsplit("+", 1)[-1] if len(text) > 1 else text
    return len(key) == 1 or key in _PLAIN_KEYS or re.fullmatch(r"F\d+", key) is not None


def key_names(sequences) -> str:
    """"Ctrl+Z / Ctrl+Shift+Z" in the platform's names; arrows as arrows."""
    names = []
    for sequence in sequences:
        if not _on_every_keyboard(QKeySequence(sequence)):
            continue
        text = QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)
        names.append({"Right": "→", "Left": "←", "Up": "↑", "Down": "↓"}.get(text, text))
    return " / ".join(dict.fromkeys(n for n in names if n))


def plain(text: str) -> str:
    """A menu text without its mnemonic ("元に戻す(&U)" → "元に戻す", "&Open…" → "Open")."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…").strip()


def menu_shortcuts(menu: QMenu, names: dict | None = None) -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut in ``menu`` and its submenus; ``names``
    replaces the text of actions whose text changes (Undo names what it would undo)."""
    names = names or {}
    rows = []
    for action in menu.actions():
        if action.menu() is not None:
            rows += menu_shortcuts(action.menu(), names)
        elif action.shortcuts() and action.text():
            rows.append((names.get(action) or plain(action.text()), key_names(action.shortcuts())))
    return rows


def step_shortcuts() -> list[tuple[str, str]]:
    what = {"forward": Q.translate("ShortcutsDialog", "Step forward"), "backward": Q.translate("ShortcutsDialog", "Step backward"),
            "undo": Q.translate("ShortcutsDialog", "Undo the last step"), "run": Q.translate("ShortcutsDialog", "Run to the end of the pass"),
            "update": Q.translate("ShortcutsDialog", "Apply the update"), "reset": Q.translate("ShortcutsDialog", "Reset to the start"),
            "play": Q.translate("ShortcutsDialog", "Auto-play on or off"), "check": Q.translate("ShortcutsDialog", "Check with the numerical gradient")}
    return [(what.get(name, name), key_names(keys)) for name, keys in SHORTCUTS.items()]


def draw_shortcuts() -> list[tuple[str, str]]:
    return [(Q.translate("ShortcutsDialog", "Clear the canvas"), key_names(("Delete", "Backspace", "C"))),
            (Q.translate("ShortcutsDialog", "Remove the last stroke"), key_names(QKeySequence.keyBindings(
                QKeySequence.StandardKey.Undo)))]


def designer_shortcuts(designer) -> list[tuple[str, str]]:
    actions = (designer.duplicate_action, designer.delete_action, designer.move_up_action,
               designer.move_down_action)
    return [(plain(a.text()), key_names(a.shortcuts())) for a in actions]


class ShortcutsDialog(QDialog):
    """A table of every shortcut: the window's, the Designer's, a stepping lesson's, the canvas's."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self._window = window
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(560, 600)
        self.retranslateUi()

    def groups(self) -> list[tuple[str, list[tuple[str, str]]]]:
        w = self._window
        names = {w.undo_action: Q.translate("ShortcutsDialog", "Undo"),
                 w.redo_action: Q.translate("ShortcutsDialog", "Redo")}
        designer = {what for what, _keys in designer_shortcuts(w.designer)}
        window_rows = []
        for menu in (w.file_menu, w.edit_menu, w.view_menu, w.help_menu):
            window_rows += [r for r in menu_shortcuts(menu, names) if r[0] not in designer]
        return [
            (Q.translate("ShortcutsDialog", "Everywhere"), window_rows),
            (Q.translate("ShortcutsDialog", "Designer (the layer stack has the focus)"), designer_shortcuts(w.designer)),
            (Q.translate("ShortcutsDialog", "Stepping lessons (not while typing in a field)"), step_shortcuts()),
            (Q.translate("ShortcutsDialog", "Draw (the canvas has the focus)"), draw_shortcuts()),
        ]

    def rows(self) -> list[tuple[str, str]]:
        """Every (what, keys) shown, for tests."""
        return [row for _group, rows in self.groups() for row in rows]

    def retranslateUi(self) -> None:
        self.setWindowTitle(Q.translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.tree.setHeaderLabels([Q.translate("ShortcutsDialog", "Command"), Q.translate("ShortcutsDialog", "Keys")])
        self.tree.clear()
        for title, rows in self.groups():
            group = QTreeWidgetItem([title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)  # a group's title is as wide as the table
            for what, keys in rows:
                item = QTreeWidgetItem([what, keys])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def show_shortcuts(window) -> ShortcutsDialog:
    """Open (or bring back) the window's shortcuts dialog, without blocking."""
    dialog = getattr(window, "_shortcuts_dialog", None)
    if dialog is None:
        dialog = ShortcutsDialog(window)
        window._shortcuts_dialog = dialog
    dialog.show()
    dialog.raise_()
    return dialog

