"""A one-line label that never forces its width on the window: too long, it ends in "…" and its
tooltip carries the whole text.

The step view's header and "Next: …" line use it, so a long layer name or a long sentence in
Japanese cannot make the Lessons tab wider than a 1024-px screen; at a laptop's width and above the
texts are whole. ``text()`` is always the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Plain text on one line, elided at the right when narrower than the text."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = str(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def is_elided(self) -> bool:
        return super().text() != self._full

    def sizeHint(self) -> QSize:
        m = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + m.left() + m.right() + 8
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        m = self.contentsMargins()
        room = self.width() - m.left() - m.right() - 2 * max(0, self.margin()) - 4
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, room))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
