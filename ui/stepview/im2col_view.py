"""Below a convolution or pooling step: the im2col matrix, and max pooling's winners.

A convolution is one matrix product once the input is unrolled (the book's im2col): every window
becomes a row of ``col`` (N·OH·OW rows, C·FH·FW columns), the filters become the columns of
``col_W`` = W.reshape(FN, −1).T, and u = col · col_W + b, reshaped back to (N, FN, OH, OW). The
table shows ``col`` as the engine's ``im2col`` makes it, with the row of the chosen output element
marked — the same numbers the receptive field lights up in x.

For pooling steps this widget marks each window's winner in x (and, backward, in ∂L/∂x, where
the gradient arrives) from the engine's ``arg_max``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from nnlab.im2col import im2col
from nnlab.receptive_field import im2col_row, pool_winners, winners_from_arg_max
from nnlab.stepper import Phase

from ..theme import tint
from .numbers import format_number

TABLE_HEIGHT = 190
_ROOT = QModelIndex()


class ColModel(QAbstractTableModel):
    """The numbers of ``col``, computed per cell on demand (a 576×25 matrix costs nothing)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.col = np.zeros((0, 0))
        self.marked: int | None = None
        self.colour = None

    def set_col(self, col: np.ndarray) -> None:
        self.beginResetModel()
        self.col = np.asarray(col, dtype=float)
        self.endResetModel()

    def set_marked(self, row: int | None, colour) -> None:
        self.marked, self.colour = row, colour
        if self.col.size:
            self.dataChanged.emit(self.index(0, 0), self.index(self.col.shape[0] - 1, self.col.shape[1] - 1))

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self.col.shape[0]

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self.col.shape[1]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(self.col[index.row(), index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self.marked and self.colour:
            return QBrush(tint(self.colour, 90))
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section)
        return None

    def texts(self, row: int) -> list[str]:
        return [format_number(v) for v in self.col[row]]


class ConvExtras(QWidget):
    """The im2col table of a Convolution forward step (hidden for every other step)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("convExtras")
        self.caption = QLabel()
        self.caption.setObjectName("hint")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.model = ColModel(self)
        self.table = QTableView()
        self.table.setObjectName("im2colTable")
        self.table.setModel(self.model)
        self.table.setFixedHeight(TABLE_HEIGHT)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        for header, size in ((self.table.horizontalHeader(), 44), (self.table.verticalHeader(), 20)):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(size)
            header.setMinimumSectionSize(size)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        self.row: int | None = None
        self.setVisible(False)

    def show_step(self, record, layer, focus, colour, panel) -> None:
        """Fill in for ``record`` (the step on screen); mark the winners of a pooling step."""
        kind = type(layer).__name__ if layer is not None else ""
        if record is not None and kind == "Pooling":
            self._mark_winners(record, layer, panel)
        if record is None or kind != "Convolution" or record.kind != Phase.FORWARD:
            self.row = None
            self.setVisible(False)
            return
        W = record.params["W"]
        fn, c, fh, fw = W.shape
        col = im2col(record.x, fh, fw, layer.stride, layer.pad)
        if col.shape != self.model.col.shape or not np.array_equal(col, self.model.col):
            self.model.set_col(col)
        out_hw = record.out.shape[2:]
        self.row = None
        if focus is not None and focus[0] == "out" and len(focus[1]) == 4:
            self.row = im2col_row(focus[1], out_hw)
        self.model.set_marked(self.row, colour)
        if self.row is not None:
            self.table.scrollTo(self.model.index(self.row, 0), QTableView.ScrollHint.PositionAtCenter)
        text = Q.translate(
            "ConvExtras", "<b>im2col</b>: col %1 — one row per window (N·OH·OW = %2), one column "
                          "per filter weight (C·FH·FW = %3); col_W = W.reshape(FN, −1).T %4; "
                          "u = col · col_W + b, reshaped to %5.")
        text = (text.replace("%1", _shape(col.shape)).replace("%2", str(col.shape[0]))
                .replace("%3", str(col.shape[1])).replace("%4", _shape((c * fh * fw, fn)))
                .replace("%5", _shape(record.out.shape)))
        if self.row is not None:
            text += " " + Q.translate("ConvExtras", "Row %1 (marked) is the window of the chosen "
                                                    "element.").replace("%1", str(self.row))
        self.caption.setText(text)
        self.setVisible(True)

    def _mark_winners(self, record, layer, panel) -> None:
        fwd_x = record.x
        if fwd_x is None:  # a backward record: the x it shows is the forward step's
            view = panel.view("x")
            fwd_x = view.array if view is not None else None
        if fwd_x is None or np.ndim(fwd_x) != 4:
            return
        out_shape = record.out.shape if record.out is not None else np.shape(record.dout)
        arg_max = getattr(layer, "arg_max", None)
        if arg_max is not None and arg_max.shape == out_shape:  # the engine's own choice
            winners = [tuple(k) for k in winners_from_arg_max(arg_max, layer.pool_w, layer.stride,
                                                              layer.pad, np.shape(fwd_x))]
        else:
            winners = pool_winners(np.asarray(fwd_x), layer.pool_h, layer.pool_w, layer.stride,
                                   layer.pad, out_shape)
        for key in ("x", "dx"):
            view = panel.view(key)
            if view is not None:
                view.set_winners(winners)


def _shape(shape) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ")"
