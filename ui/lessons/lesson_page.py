"""What every lesson page has: its lesson, a ``finished`` signal, retranslation and shutdown.

The Lessons tab shows the lesson's title and explanation above the page; a page is only the
interactive part. ``finished`` is emitted once, when the learner meets the lesson's goal.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from ..i18n import current_language


class LessonPage(QWidget):
    """Base of the lesson pages (ui/lessons/lesson_*.py)."""

    finished = Signal()  # the lesson's goal was met (emitted at most once per page)

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.lesson = lesson
        self.context = context
        self._finished = False

    @property
    def is_finished(self) -> bool:
        return self._finished

    def mark_finished(self) -> None:
        if not self._finished:
            self._finished = True
            self.finished.emit()

    def shutdown(self) -> None:
        """Stop timers; pages with running work override this."""

    def retranslateUi(self) -> None:
        """Set every visible text in the current language."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def sentence_gap() -> str:
    """What separates two sentences: a space in English, nothing in Japanese."""
    return "" if current_language() == "ja" else " "
