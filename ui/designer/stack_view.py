"""The layer stack: a table of the layers that accepts drops from the palette and reorders by drag.

Dropping works on gaps between rows: the upper half of a row means "before this layer", the lower
half "after it"; the model then applies the head rule. A thin line shows where the layer will go.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..theme import ACCENT
from .mime import LAYER_MOVE_MIME, LAYER_TYPE_MIME, dropped_index, dropped_type, layer_move_mime
from .model import LayerStackModel


class LayerStackView(QTableView):
    """Shows a LayerStackModel; drop a palette type to insert, drag a row to move it."""

    layerSelected = Signal(int)  # layer index, -1 for the input row

    def __init__(self, model: LayerStackModel, parent=None):
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setObjectName("layerStack")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)  # we draw our own gap line
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(max(30, self.fontMetrics().height() + 14))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LayerStackModel.COL_SETTINGS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        self._gap: int | None = None  # layer index a drop would insert before
        model.modelReset.connect(self._resize_columns)
        model.selectionRequested.connect(self.select_layer)
        self._resize_columns()
        self.selectionModel().currentRowChanged.connect(self._current_row_changed)

    # ---- selection ----------------------------------------------------------------------------
    def selected_layer(self) -> int | None:
        """The selected layer's index, -1 for the input row, None when nothing is selected."""
        rows = self.selectionModel().selectedRows()
        return self._model.layer_of(rows[0].row()) if rows else None

    def select_layer(self, index: int) -> None:
        row = self._model.row_of(index)
        if 0 <= row < self._model.rowCount():
            self.selectRow(row)
            self.setCurrentIndex(self._model.index(row, LayerStackModel.COL_LAYER))
            self.scrollTo(self._model.index(row, 0))

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.layerSelected.emit(self._model.layer_of(current.row()))

    def _resize_columns(self) -> None:
        """Fit #, Layer, Output and Parameters to this design's texts (not to the longest text any
        design could have), so the stretching Settings column keeps what is left on a laptop."""
        fm = self.fontMetrics()
        bold = self.font()
        bold.setBold(True)
        bold_fm = QFontMetrics(bold)
        header = self.horizontalHeader()
        model = self._model

        def widest(col: int, metrics: QFontMetrics, at_least: str) -> int:
            texts = [str(model.data(model.index(r, col)) or "") for r in range(model.rowCount())]
            texts.append(str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
            return max(metrics.horizontalAdvance(t) for t in [*texts, at_least])

        header.resizeSection(LayerStackModel.COL_INDEX, fm.horizontalAdvance("000") + 18)
        header.resizeSection(LayerStackModel.COL_LAYER,
                             widest(LayerStackModel.COL_LAYER, bold_fm, "Affine") + 48)
        header.resizeSection(LayerStackModel.COL_OUTPUT,
                             widest(LayerStackModel.COL_OUTPUT, fm, "784") + 24)
        header.resizeSection(LayerStackModel.COL_PARAMS,
                             widest(LayerStackModel.COL_PARAMS, fm, "10,000") + 24)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.LanguageChange:
            self._model.retranslate()
            self._resize_columns()
        elif event.type() == event.Type.FontChange:
            self._resize_columns()

    # ---- keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        index = self.selected_layer()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index is not None:
            if index >= 0:
                self._model.remove_layer(index)
            event.accept()
            return
        if event.key() == Qt.Key.Key_D and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            if index is not None and index >= 0:
                self._model.duplicate_layer(index)
            event.accept()
            return
        super().keyPressEvent(event)

    # ---- drag out (reorder) -------------------------------------------------------------------
    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        index = self.selected_layer()
        if index is None or index < 0 or index == self._model.head_index():
            return
        drag = QDrag(self)
        drag.setMimeData(layer_move_mime(index))
        rect = self.visualRect(self._model.index(self._model.row_of(index), 0))
        rect.setWidth(self.viewport().width())
        drag.setPixmap(self.viewport().grab(rect))
        drag.setHotSpot(QPoint(20, rect.height() // 2))
        drag.exec(Qt.DropAction.MoveAction)
        self._set_gap(None)

    # ---- drops --------------------------------------------------------------------------------
    def gap_at(self, y: float) -> int:
        """The layer index a drop at viewport height ``y`` inserts before (0..layer_count)."""
        row = self.rowAt(int(y))
        if row < 0:
            return self._model.layer_count if y > 0 else 0
        if row == 0:
            return 0
        rect = self.visualRect(self._model.index(row, 0))
        before = y < rect.center().y()
        return self._model.layer_of(row) + (0 if before else 1)

    def _accepts(self, event) -> bool:
        mime = event.mimeData()
        return mime.hasFormat(LAYER_TYPE_MIME) or mime.hasFormat(LAYER_MOVE_MIME)

    def dragEnterEvent(self, event) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        self._set_gap(self._clamped_gap(self.gap_at(event.position().y()), event.mimeData()))
        if event.mimeData().hasFormat(LAYER_MOVE_MIME):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self._set_gap(None)
        event.accept()

    def dropEvent(self, event) -> None:
        self._set_gap(None)
        mime = event.mimeData()
        gap = self.gap_at(event.position().y())
        layer_type = dropped_type(mime)
        source = dropped_index(mime)
        if layer_type is not None:
            self._model.insert_layer(gap, layer_type)
            event.acceptProposedAction()
        elif source is not None:
            # Inserting before ``gap`` after removing ``source`` shifts later gaps up by one.
            self._model.move_layer(source, gap - 1 if gap > source else gap)
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.setFocus()

    def _clamped_gap(self, gap: int, mime) -> int:
        """Where the line is drawn: the head rule may move the drop above the output layer."""
        head = self._model.head_index()
        layer_type = dropped_type(mime)
        if layer_type is not None and self._model.is_head(layer_type):
            return head if head is not None else self._model.layer_count
        if head is not None:
            return min(gap, head)
        return gap

    def _set_gap(self, gap: int | None) -> None:
        if gap != self._gap:
            self._gap = gap
            self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._gap is None:
            return
        row = self._model.row_of(self._gap)  # the line goes above this row
        if row < self._model.rowCount():
            y = self.visualRect(self._model.index(row, 0)).top()
        else:
            y = self.visualRect(self._model.index(self._model.rowCount() - 1, 0)).bottom() + 1
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(ACCENT, 3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(6, y, self.viewport().width() - 6, y)
        painter.setBrush(ACCENT)
        painter.drawEllipse(QPoint(6, y), 4, 4)
        painter.end()

