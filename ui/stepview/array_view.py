"""One array of a step, titled with its symbol and shape: a table when small, a heatmap when large.

    view.set_content("W", "W", array, editable=True)   # title "W (2, 3)"
    view.set_marks(focus=(0, 1), involved=[(0, 1), (1, 1)], colour=FORWARD)   # array indices
    view.cellClicked  -> array index        view.editRequested -> (array index, value)

The table and the heatmap are each created once, the first time they are needed, and then
reused for every step.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..theme import FORWARD, HINT
from .array_table import ArrayTable, fits_table
from .feature_maps import FeatureMaps
from .heatmap import Heatmap, is_strip
from .numbers import as_2d, index_to_screen, screen_to_index


def shape_text(shape: tuple[int, ...]) -> str:
    """(1, 784) -> "(1, 784)"; () -> "scalar" is left to the caller."""
    return "(" + ", ".join(str(n) for n in shape) + ")" if shape else "()"


def set_shown(widget: QWidget | None, visible: bool) -> None:
    """setVisible only on a change: re-showing a shown widget still costs a layout pass."""
    if widget is not None and widget.isHidden() == visible:
        widget.setVisible(visible)


def is_image_shaped(a: np.ndarray) -> bool:
    """(N, C, H, W) arrays — images, filters, feature maps — are shown as a grid of maps."""
    return np.ndim(a) == 4


class ArrayView(QWidget):
    """Title ("x (1, 2)") above a number table, a heatmap or a grid of maps of one array."""

    cellClicked = Signal(tuple)  # the array index of the clicked element
    editRequested = Signal(tuple, float)  # array index, the value typed
    editRejected = Signal(str)  # the text typed, which is not a number

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("arrayView")
        self.title = QLabel()
        self.title.setObjectName("arrayTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.footer = QLabel()
        self.footer.setObjectName("hint")
        self.footer.setVisible(False)
        self.table: ArrayTable | None = None
        self.heatmap: Heatmap | None = None
        self.maps: FeatureMaps | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.footer)
        self.key = ""
        self._shape: tuple[int, ...] = ()
        self._array = np.zeros(0)
        self._symbol = ""
        self._hidden = False

    # ---- content --------------------------------------------------------------------------------
    def set_content(self, key: str, symbol_html: str, array: np.ndarray, *, name: str | None = None,
                    editable: bool = False) -> None:
        """Show ``array`` under the title "``symbol_html`` (shape)"; ``key`` identifies the slot."""
        array = np.asarray(array)
        self._hidden = False
        self.key = key
        self._shape = array.shape
        self._array = array
        self._symbol = symbol_html
        self.title.setText(f"{symbol_html} <span style='font-weight:400; color:{HINT.name()}'>"
                           f"{shape_text(array.shape)}</span>")
        plain = name or key
        if is_image_shaped(array):
            maps = self._ensure_maps()
            maps.set_array(array, plain)
            set_shown(maps, True)
            set_shown(self.table, False)
            set_shown(self.heatmap, False)
            self.footer.setText(self.tr("Hover to read a value; click to pick an element."))
            set_shown(self.footer, True)
            # Wrapped, so three columns of maps fit a narrow window side by side.
            self.footer.setWordWrap(True)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        elif fits_table(array):
            self.footer.setWordWrap(False)
            table = self._ensure_table()
            table.array_model.set_array(array, plain, editable)
            set_shown(table, True)
            set_shown(self.heatmap, False)
            set_shown(self.maps, False)
            set_shown(table.verticalHeader(), array.ndim >= 2)
            set_shown(table.horizontalHeader(), array.ndim >= 1)
            table.updateGeometry()
            set_shown(self.footer, False)
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        else:
            self.footer.setWordWrap(False)
            heatmap = self._ensure_heatmap()
            if is_strip(as_2d(array).shape):
                heatmap.setMinimumHeight(72)
                heatmap.setMaximumHeight(80)
            else:
                heatmap.setMinimumHeight(150)
                heatmap.setMaximumHeight(16777215)
            heatmap.set_array(array, plain)
            set_shown(heatmap, True)
            set_shown(self.table, False)
            set_shown(self.maps, False)
            self.footer.setText(self.tr("Hover to read a value; click to pick an element."))
            set_shown(self.footer, True)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.updateGeometry()

    def set_hidden(self, hidden: bool) -> None:
        """Hide the values until the learner predicts them ("?" in a table; a large array's
        heatmap is hidden altogether). ``set_content`` shows them again."""
        self._hidden = hidden
        if self.is_maps():
            self.maps.set_hidden(hidden)
        elif self.is_table():
            self.table.array_model.set_hidden(hidden)
        elif self.heatmap is not None:
            set_shown(self.heatmap, not hidden)
            self.footer.setText(self.tr("Hidden until you predict it.") if hidden else
                                self.tr("Hover to read a value; click to pick an element."))

    def is_hidden(self) -> bool:
        return self._hidden

    def set_marks(self, focus: tuple[int, ...] | None, involved: Iterable[tuple[int, ...]] = (),
                  colour: QColor = FORWARD) -> None:
        """Outline the element ``focus`` and the ``involved`` ones (array indices)."""
        if self.is_maps():
            self.maps.set_marks(focus, involved, colour)
            return
        screen_focus = self._to_screen(focus) if focus is not None else None
        screen_involved = [s for s in (self._to_screen(i) for i in involved) if s is not None]
        if self.is_table():
            self.table.array_model.set_marks(screen_focus, screen_involved, colour)
        elif self.heatmap is not None:
            self.heatmap.set_marks(screen_focus, screen_involved, colour)

    def _to_screen(self, index: tuple[int, ...]) -> tuple[int, int] | None:
        try:
            if len(index) != len(self._shape) or any(
                    not 0 <= i < n for i, n in zip(index, self._shape, strict=True)):
                return None
            return index_to_screen(self._shape, index)
        except (TypeError, ValueError):
            return None

    # ---- reading (tests, accessibility) ---------------------------------------------------------
    def is_table(self) -> bool:
        return self.table is not None and not self.table.isHidden()

    def is_maps(self) -> bool:
        return self.maps is not None and not self.maps.isHidden()

    def set_winners(self, winners) -> None:
        """Dots on max pooling's winners (grids of maps only)."""
        if self.is_maps():
            self.maps.set_winners(winners)

    def is_heatmap(self) -> bool:
        return self.heatmap is not None and not self.heatmap.isHidden()

    def texts(self) -> list[list[str]]:
        """The cell texts as displayed (tables, and the first map of a grid with numbers)."""
        if self.is_maps():
            return self.maps.texts(0)
        return self.table.array_model.texts() if self.is_table() else []

    @property
    def array(self) -> np.ndarray:
        return self._array

    @property
    def shape(self) -> tuple[int, ...]:
        return self._shape

    # ---- parts ----------------------------------------------------------------------------------
    def _ensure_table(self) -> ArrayTable:
        if self.table is None:
            self.table = ArrayTable(self)
            self._layout.insertWidget(1, self.table)
            self.table.clicked.connect(lambda i: self._clicked(i.row(), i.column()))
            # Arrow keys pick elements too, but a current index set by a model reset does not.
            self.table.selectionModel().currentChanged.connect(
                lambda cur, _prev: cur.isValid() and self.table.hasFocus()
                and self._clicked(cur.row(), cur.column()))
            self.table.array_model.editRequested.connect(self.editRequested)
            self.table.array_model.editRejected.connect(self.editRejected)
        return self.table

    def _ensure_heatmap(self) -> Heatmap:
        if self.heatmap is None:
            self.heatmap = Heatmap(self)
            self.heatmap.setMinimumWidth(220)
            self._layout.insertWidget(self._layout.count() - 1, self.heatmap, 1)
            self.heatmap.cellClicked.connect(self._clicked)
            self.heatmap.hovered.connect(self._hovered)
        return self.heatmap

    def _ensure_maps(self) -> FeatureMaps:
        if self.maps is None:
            self.maps = FeatureMaps(self)
            self._layout.insertWidget(self._layout.count() - 1, self.maps)
            self.maps.cellClicked.connect(self.cellClicked)
            self.maps.hovered.connect(self._hovered)
        return self.maps

    def _clicked(self, row: int, col: int) -> None:
        self.cellClicked.emit(screen_to_index(self._shape, row, col))

    def _hovered(self, text: str) -> None:
        self.footer.setText(text or self.tr("Hover to read a value; click to pick an element."))
