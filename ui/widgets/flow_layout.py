"""A layout that places its widgets left to right and wraps to a new row when the width runs out.

The step view's arrays (what a step reads, the parameters, what it computes) use it: on a wide
screen they sit side by side; on a laptop a column that does not fit moves below the others
instead of running off to the right. Hidden widgets take no room. Rows are top-aligned.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Rows of widgets that wrap (height for width), like words in a paragraph."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12, row_spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = row_spacing
        # Inside a scroll area one wide item can make the layout wider than what is seen; the
        # others still wrap at the visible width (``wrap_width``) rather than sit off-screen.
        self.wrap_width: int | None = None
        self._heights: dict[tuple[int, int | None], int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    # ---- QLayout --------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        key = (width, self.wrap_width)
        if key not in self._heights:  # asked many times per layout pass: remembered until
            self._heights[key] = self._arrange(QRect(0, 0, width, 0), move=False)  # invalidate
        return self._heights[key]

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row: as wide as everything side by side."""
        shown = [i for i in self._items if not i.isEmpty()]
        if not shown:
            return QSize(0, 0)
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * (len(shown) - 1)
        return QSize(width, max(i.sizeHint().height() for i in shown))

    def minimumSize(self) -> QSize:
        """As wide as the widest item (everything else wraps below it)."""
        shown = [i for i in self._items if not i.isEmpty()]
        if not shown:
            return QSize(0, 0)
        return QSize(max(i.minimumSize().width() for i in shown), 0)

    # ---- placing ----------------------------------------------------------------------------------
    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in rows inside ``rect``; returns the height used."""
        x, y, row_h = rect.x(), rect.y(), 0
        right = rect.right()
        if self.wrap_width is not None and self.wrap_width > 0:
            right = min(right, rect.x() + self.wrap_width - 1)
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint().expandedTo(item.minimumSize())
            if x > rect.x() and x + hint.width() > right + 1:
                x, y = rect.x(), y + row_h + self._row_spacing
                row_h = 0
            if move:
                width = min(hint.width(), rect.width()) if rect.width() > 0 else hint.width()
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += hint.width() + self._spacing
            row_h = max(row_h, hint.height())
        return y + row_h - rect.y()
