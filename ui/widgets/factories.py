"""The small widgets every tab builds the same way; their look is in ui/theme.py's style sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


def section_title(text: str = "") -> QLabel:
    """A section's heading ("Layer stack", "Your drawing"): the same in every tab."""
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


def caption(text: str = "") -> QLabel:
    """A small muted heading over a group inside a section ("Reads", "Parameters")."""
    label = QLabel(text)
    label.setObjectName("caption")
    return label


def hint_label(text: str = "", wrap: bool = True) -> QLabel:
    """A line of help in the hint colour, wrapped by default."""
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(wrap)
    return label


class Card(QFrame):
    """A titled panel (a light frame instead of a QGroupBox, which styles poorly).

    Put its content into ``card.body`` (a QVBoxLayout under the title).
    """

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.title_label = QLabel(title)
        self.title_label.setObjectName("cardTitle")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 9, 12, 12)
        self.body.setSpacing(8)
        self.body.addWidget(self.title_label)

    def setTitle(self, title: str) -> None:
        self.title_label.setText(title)

    def title(self) -> str:
        return self.title_label.text()


def readonly_table(name: str, rows: int = 0, columns: int = 0,
                   row_header: bool = False) -> QTableWidget:
    """A compact table to read, not edit or select: columns share the width, the height is the
    caller's (Fixed); ``row_header`` shows the vertical header sized to its labels."""
    table = QTableWidget(rows, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(row_header)
    if row_header:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return table
