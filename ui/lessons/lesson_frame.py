"""A lesson as the learner meets it: its page, then its 確認テスト, one tab each.

The frame listens to what the page reports (``LessonPage.predicted``) and to the quiz, keeps both
in QSettings (``progress``), and emits ``progressChanged`` after each; the Lessons tab then
decides whether the lesson's goal is met (every prediction and every question right).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from nnlab.lessons import Lesson
from nnlab.lessons.quizzes import quiz_for

from .lesson_page import LessonPage
from .progress import save_prediction, score
from .quiz_page import QuizPage

LESSON_TAB, QUIZ_TAB = 0, 1
COMPACT_BELOW = 1000  # px: a corner panel beside the tabs shortens its caption below this


class LessonFrame(QWidget):
    """Tabs "Lesson" and "確認テスト" around one lesson page."""

    progressChanged = Signal()

    def __init__(self, lesson: Lesson, page: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lessonFrame")
        self.lesson = lesson
        self.page = page
        quiz = quiz_for(lesson.number)
        self.quiz = QuizPage(quiz, lesson.id) if quiz is not None else None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("lessonTabs")
        self.tabs.setDocumentMode(True)
        # A page wider or taller than a small screen scrolls inside its tab instead of making
        # the whole window too big for a 1024×700 screen.
        self.page_scroll: QScrollArea | None = None
        if getattr(page, "scrolls", True):
            self.page_scroll = QScrollArea()
            self.page_scroll.setObjectName("lessonPageScroll")
            self.page_scroll.setWidgetResizable(True)
            self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.page_scroll.setWidget(page)
        self.tabs.addTab(self.page_scroll or page, "")
        if self.quiz is not None:
            self.tabs.addTab(self.quiz, "")
            self.quiz.answered.connect(lambda *_: self._changed())
        if isinstance(page, LessonPage):
            page.predicted.connect(self._predicted)
            if page.corner is not None:
                self.tabs.setCornerWidget(page.corner, Qt.Corner.TopRightCorner)
                page.corner.setVisible(True)
                self.tabs.currentChanged.connect(
                    lambda i: page.corner.setVisible(i == LESSON_TAB))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslateUi()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        corner = self.tabs.cornerWidget(Qt.Corner.TopRightCorner)
        if corner is not None and hasattr(corner, "set_compact"):
            corner.set_compact(self.width() < COMPACT_BELOW)

    def show_quiz(self) -> None:
        if self.quiz is not None:
            self.tabs.setCurrentIndex(QUIZ_TAB)

    def show_lesson(self) -> None:
        self.tabs.setCurrentIndex(LESSON_TAB)

    def _predicted(self, prediction_id: str, right: bool) -> None:
        save_prediction(self.lesson.id, prediction_id, right)
        self._changed()

    def _changed(self) -> None:
        self.retranslateUi()
        self.progressChanged.emit()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        s = score(self.lesson)
        title = self.tr("Lesson")
        if s.predictions:
            title += f"  ✎ {s.predicted_right}/{s.predictions}"
        self.tabs.setTabText(LESSON_TAB, title)
        if self.quiz is not None:
            mark = " ✓" if s.answered_right >= s.questions else ""
            self.tabs.setTabText(QUIZ_TAB, self.tr("Quiz (確認テスト) %1/%2").replace(
                "%1", str(s.answered_right)).replace("%2", str(s.questions)) + mark)
            self.tabs.setTabToolTip(QUIZ_TAB, self.tr("Check your understanding: the notes' "
                                                      "confirmation questions"))
