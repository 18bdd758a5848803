"""A small array (at most 12×12) as a table of numbers that a learner can read, click and edit.

Rows are the batch (or the first axis of a weight matrix), columns the units; a vector is one row.
Negative values are tinted; the highlighted element has a thick outline in the phase colour and the
elements that feed it a thin one. Editing goes through ``editRequested`` (the view decides what the
value changes) or ``editRejected`` when the text is not a number: the table itself never changes.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
)

from ..theme import FORWARD, NEGATIVE_FILL, tint
from .numbers import as_2d, format_full, format_number, parse_number, screen_to_index

MAX_TABLE = 12  # the largest side shown as a table; anything bigger is a heatmap
_ARROWS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down}


def fits_table(a: np.ndarray) -> bool:
    rows, cols = as_2d(a).shape
    return rows <= MAX_TABLE and cols <= MAX_TABLE


class ArrayTableModel(QAbstractTableModel):
    """The numbers of one array (laid out by ``as_2d``), with highlight marks."""

    editRequested = Signal(tuple, float)  # array index, new value
    editRejected = Signal(str)  # the text that is not a number

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shape: tuple[int, ...] = (0, 0)
        self._data = np.zeros((0, 0))
        self._texts: list[list[str]] = []
        self._editable = False
        self._name = ""
        self._focus: tuple[int, int] | None = None
        self._involved: set[tuple[int, int]] = set()
        self._colour = QColor(FORWARD)
        self._bold = QFont()
        self._bold.setBold(True)

    # ---- content --------------------------------------------------------------------------------
    def set_array(self, a: np.ndarray, name: str = "", editable: bool = False) -> None:
        """Show ``a``; same-shaped updates repaint in place so an open editor is never lost."""
        a = np.asarray(a)
        data = as_2d(a)
        same = data.shape == self._data.shape and a.shape == self._shape
        if not same:
            self.beginResetModel()
        self._shape = a.shape
        self._data = data.astype(float, copy=True)
        self._texts = [[format_number(v) for v in row] for row in self._data]
        self._editable = editable
        self._name = name
        if same:
            if data.size:
                last = self.index(data.shape[0] - 1, data.shape[1] - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            self._focus = None
            self._involved = set()
            self.endResetModel()

    def set_marks(self, focus: tuple[int, int] | None, involved: Iterable[tuple[int, int]],
                  colour: QColor) -> None:
        """Cells (row, col) to outline: ``focus`` thick, ``involved`` thin."""
        self._focus = focus
        self._involved = set(involved)
        self._colour = QColor(colour)
        if self._data.size:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._data.shape[0] - 1, self._data.shape[1] - 1))

    def mark_of(self, row: int, col: int) -> str | None:
        """"focus", "involved" or None: how the cell is outlined."""
        if self._focus == (row, col):
            return "focus"
        if (row, col) in self._involved:
            return "involved"
        return None

    @property
    def colour(self) -> QColor:
        return self._colour

    def text(self, row: int, col: int) -> str:
        return self._texts[row][col]

    def texts(self) -> list[list[str]]:
        return [list(r) for r in self._texts]

    def array_index(self, row: int, col: int) -> tuple[int, ...]:
        return screen_to_index(self._shape, row, col)

    @property
    def editable(self) -> bool:
        return self._editable

    # ---- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else self._data.shape[0]

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else self._data.shape[1]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        v = self._data[r, c]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[r][c]
        if role == Qt.ItemDataRole.EditRole:
            return repr(float(v))
        if role == Qt.ItemDataRole.ToolTipRole:
            where = ", ".join(str(i) for i in self.array_index(r, c))
            tip = f"{self._name}[{where}] = {format_full(v)}"
            if self._editable:
                tip += "\n" + self.tr("Double-click to change it.")
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            mark = self.mark_of(r, c)
            if mark == "focus":
                return tint(self._colour, 70)
            if mark == "involved":
                return tint(self._colour, 26)
            return NEGATIVE_FILL if v < 0 else None
        if role == Qt.ItemDataRole.FontRole and self.mark_of(r, c):
            return self._bold
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical and len(self._shape) < 2:
                return ""
            return str(section)
        return None

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self._editable else base

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._editable:
            return False
        number = parse_number(str(value))
        if number is None:
            self.editRejected.emit(str(value))
            return False
        if number == self._data[index.row(), index.column()]:
            return True
        self.editRequested.emit(self.array_index(index.row(), index.column()), number)
        return True


class _OutlineDelegate(QStyledItemDelegate):
    """Draws the highlight outlines on top of the normal cell."""

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        model = index.model()
        mark = model.mark_of(index.row(), index.column())
        if mark is None:
            return
        width = 2.5 if mark == "focus" else 1.2
        painter.save()
        painter.setPen(QPen(model.colour, width))
        inset = int(width / 2 + 0.5)
        painter.drawRect(QRect(option.rect).adjusted(inset, inset, -inset - 1, -inset - 1))
        painter.restore()


class ArrayTable(QTableView):
    """A table sized to its numbers; arrows move between cells even where they are shortcuts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("arrayTable")
        self.array_model = ArrayTableModel(self)
        self.setModel(self.array_model)
        self.setItemDelegate(_OutlineDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.ensurePolished()  # the style sheet's font, which the row height below is made for
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setHighlightSections(False)
        self.horizontalHeader().setMinimumSectionSize(30)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.array_model.modelReset.connect(self._fit)
        self.array_model.dataChanged.connect(lambda *_: self._fit())

    def _fit(self) -> None:
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        bm = QFontMetrics(bold)
        texts = self.array_model.texts()
        for c in range(self.array_model.columnCount()):
            width = max((bm.horizontalAdvance(row[c]) for row in texts), default=0)
            self.setColumnWidth(c, max(52, width + 16, fm.horizontalAdvance(str(c)) + 12))
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        h = self.horizontalHeader()
        v = self.verticalHeader()
        width = v.sizeHint().width() if not v.isHidden() else 0
        width += sum(self.columnWidth(c) for c in range(self.array_model.columnCount()))
        height = h.sizeHint().height() if not h.isHidden() else 0
        height += sum(self.rowHeight(r) for r in range(self.array_model.rowCount()))
        frame = 2 * self.frameWidth()
        return QSize(width + frame + 1, height + frame + 1)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def event(self, event) -> bool:
        if event.type() == event.Type.ShortcutOverride and event.key() in _ARROWS \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()  # the table's own navigation wins over the step shortcuts
            return True
        return super().event(event)
