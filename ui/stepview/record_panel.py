"""One step on screen: a coloured header, the formula worked for one element, and its arrays.

Arrays sit in three columns — what the step reads, the layer's parameters, what it computes — so
the eye follows the computation left to right; a column that does not fit the width wraps below. The array views are kept in a pool and reused from
step to step (each creates its table or heatmap once).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..widgets.elided_label import ElidedLabel
from ..widgets.flow_layout import FlowLayout
from .array_view import ArrayView, set_shown
from .formula import Formula
from .numerical import NumericalPanel
from .slots import Slot

ROLES = ("in", "param", "out")


class RecordPanel(QWidget):
    """Shows a StepRecord prepared by the view: header, formula, arrays, numerical check."""

    focusChosen = Signal(str, tuple)  # slot key, element index (an "out" element was clicked)
    editRequested = Signal(str, tuple, float)  # slot key, element index, value
    editRejected = Signal(str)  # text that is not a number
    updateKeyChosen = Signal(str)  # the parameter the update view shows

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recordPanel")
        self.header = ElidedLabel()  # whole above ~1024 px; narrower, "…" and a tooltip
        self.header.setObjectName("recordHeader")
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkButton")
        self.param_combo = QComboBox()
        self.param_combo.setObjectName("updateParamCombo")
        self.param_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.param_combo.setVisible(False)
        self.param_combo.activated.connect(
            lambda i: self.updateKeyChosen.emit(str(self.param_combo.itemData(i))))
        self.formula = QLabel()
        self.formula.setObjectName("formula")
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.note = QLabel()
        self.note.setObjectName("gradientNote")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("editMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.numerical = NumericalPanel()
        self.numerical.setVisible(False)
        self.numerical.setMaximumWidth(460)

        self.captions: dict[str, QLabel] = {}
        self.columns: dict[str, QVBoxLayout] = {}
        self.column_widgets: dict[str, QWidget] = {}
        self.pool: dict[str, list[ArrayView]] = {role: [] for role in ROLES}
        arrays = QWidget()
        arrays.setObjectName("arrays")
        # Side by side when they fit; a column that does not moves below, never off to the right.
        grid = FlowLayout(arrays, spacing=18, row_spacing=10)
        self._grid = grid
        for role in ROLES:
            column = QWidget()
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(8)
            caption = QLabel()
            caption.setObjectName("caption")
            box.addWidget(caption)
            box.addStretch(1)
            self.captions[role] = caption
            self.columns[role] = box
            self.column_widgets[role] = column
            grid.addWidget(column)
        # Beside what the step computes, where the eye already is.
        grid.addWidget(self.numerical)
        self.arrays_widget = arrays

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.header, 1)
        top.addWidget(self.param_combo)
        top.addWidget(self.check_button)
        self._top = top
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(8)
        self._content = layout
        layout.addWidget(self.formula)
        layout.addWidget(self.note)
        layout.addWidget(arrays)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        outer.addLayout(top)
        outer.addWidget(self.scroll, 1)
        self._views: dict[str, ArrayView] = {}
        self.retranslateUi()

    # ---- hooks for the view's own widgets (predict box, code panel, their toggles) ---------------
    def add_header_widget(self, widget: QWidget) -> None:
        """A small widget in the header row, before "Numerical check"."""
        self._top.insertWidget(self._top.indexOf(self.check_button), widget)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        margins = self._content.contentsMargins()
        wrap = self.scroll.viewport().width() - margins.left() - margins.right()
        if wrap != self._grid.wrap_width:
            self._grid.wrap_width = wrap
            self._grid.invalidate()

    def take_hint(self) -> QLabel:
        """The hint line, out of the panel, for the view to place beside the steps (the panel's
        height is for the step's formula and arrays)."""
        self._content.removeWidget(self.hint)
        return self.hint

    def add_above_formula(self, widget: QWidget) -> None:
        self._content.insertWidget(self._content.indexOf(self.formula), widget)

    def add_below_formula(self, widget: QWidget) -> None:
        self._content.insertWidget(self._content.indexOf(self.formula) + 1, widget)

    def add_below_arrays(self, widget: QWidget) -> None:
        self._content.insertWidget(self._content.indexOf(self.arrays_widget) + 1, widget)

    # ---- content --------------------------------------------------------------------------------
    def show_record(self, header: str, colour: QColor, slots: list[Slot], formula: Formula,
                    focus: tuple[str, tuple] | None, editable: bool) -> None:
        """Fill the panel; ``editable`` says whether slots with an ``edit`` target accept edits."""
        self.header.setText(header)
        self.header.setStyleSheet(f"background: {colour.name()};")
        self.formula.setText(self._formula_html(formula))
        self._views = {}
        used = {role: 0 for role in ROLES}
        for slot in slots:
            view = self._view(slot.role, used[slot.role])
            used[slot.role] += 1
            view.set_content(slot.key, slot.symbol, slot.array, name=slot.name,
                             editable=editable and slot.edit is not None)
            set_shown(view, True)
            self._views[slot.key] = view
        for role in ROLES:
            for view in self.pool[role][used[role]:]:
                set_shown(view, False)
            set_shown(self.column_widgets[role], used[role] > 0)
        self.set_marks(formula, focus, colour)

    def show_record_formula(self, formula: Formula, focus, colour: QColor) -> None:
        """Only the formula and the outlines changed (another element was chosen)."""
        self.formula.setText(self._formula_html(formula))
        self.set_marks(formula, focus, colour)

    @staticmethod
    def _formula_html(formula: Formula) -> str:
        text = formula.general
        if formula.worked:
            text += "<div style='margin-top:6px'>" + formula.worked + "</div>"
        return text

    def set_marks(self, formula: Formula, focus, colour: QColor) -> None:
        for key, view in self._views.items():
            element = tuple(focus[1]) if focus and focus[0] == key else None
            view.set_marks(element, formula.involved.get(key, ()), colour)

    def set_message(self, text: str, info: bool = False) -> None:
        """A line under the arrays: an edit that was refused (red) or a notice (grey)."""
        self.message.setProperty("info", info)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_update_keys(self, items: list[tuple[str, str]] | None, current: str | None) -> None:
        """Parameters the update view can show: [(title, key)]; None hides the chooser."""
        self.param_combo.setVisible(bool(items))
        if not items:
            return
        self.param_combo.blockSignals(True)
        self.param_combo.clear()
        for title, key in items:
            self.param_combo.addItem(title, key)
        i = self.param_combo.findData(current)
        self.param_combo.setCurrentIndex(max(i, 0))
        self.param_combo.blockSignals(False)

    def view(self, key: str) -> ArrayView | None:
        """The array view showing slot ``key`` ("x", "W", "out", "dx", "grad.W", …), if shown."""
        return self._views.get(key)

    def views(self) -> dict[str, ArrayView]:
        return dict(self._views)

    # ---- parts ----------------------------------------------------------------------------------
    def _view(self, role: str, i: int) -> ArrayView:
        pool = self.pool[role]
        while len(pool) <= i:
            view = ArrayView()
            view.cellClicked.connect(lambda index, v=view: self._cell_clicked(v, index))
            view.editRequested.connect(
                lambda index, value, v=view: self.editRequested.emit(v.key, index, value))
            view.editRejected.connect(self.editRejected)
            box = self.columns[role]
            box.insertWidget(box.count() - 1, view)
            pool.append(view)
        return pool[i]

    def _cell_clicked(self, view: ArrayView, index: tuple) -> None:
        if view in self.pool["out"]:
            self.focusChosen.emit(view.key, tuple(index))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.captions["in"].setText(self.tr("Reads"))
        self.captions["param"].setText(self.tr("Parameters"))
        self.captions["out"].setText(self.tr("Computes"))
        self.check_button.setText(self.tr("Numerical check"))  # short: the header keeps its room
        self.check_button.setToolTip(self.tr(
            "Compare backprop with central differences (L(θ + h) − L(θ − h)) / 2h for this "
            "layer (N)"))
