"""What every lesson page has: its lesson, what it reports, retranslation and shutdown.

The Lessons tab shows the lesson's title and explanation above the page; a page is only the
interactive part. A lesson is finished by understanding, not by clicks: a page reports each
prediction the learner makes (``predicted``), and the tab counts those with the 確認テスト.
``tried`` says the learner did what the page suggests (``lesson.goal``) — worth knowing, but not
the goal.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from ..i18n import current_language


class LessonPage(QWidget):
    """Base of the lesson pages (ui/lessons/lesson_*.py)."""

    predicted = Signal(str, bool)  # a prediction was made: its id, and whether it was right
    tried = Signal()  # the page's suggested activity was done (emitted at most once per page)
    # The lesson frame puts the page in a scroll area, so a page bigger than a small screen
    # scrolls; a page that fits any screen itself (the step view) says False.
    scrolls = True

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.lesson = lesson
        self.context = context
        self.corner: QWidget | None = None  # a one-row panel the lesson frame shows by its tabs
        self._tried = False

    @property
    def is_tried(self) -> bool:
        return self._tried

    def mark_tried(self) -> None:
        if not self._tried:
            self._tried = True
            self.tried.emit()

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
