"""A lesson's 確認テスト: its questions one under another, each checked on its own.

    page = QuizPage(quiz, lesson_id)
    page.answered.connect(lambda question_id, right: ...)
    page.card("notes_mse").type_answer("0.00975"); page.card("notes_mse").check()

Questions answered right in an earlier session come back answered (kept in QSettings by
``progress``); the header counts how many are right.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from nnlab.lessons.quizzes import Quiz

from .progress import answered_right, save_answer
from .question_card import QuestionCard


class QuizPage(QWidget):
    """The questions of one quiz in a scroll area, with a line saying how many are right."""

    answered = Signal(str, bool)  # question id, right

    def __init__(self, quiz: Quiz, lesson_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quizPage")
        self.quiz = quiz
        self.lesson_id = lesson_id
        self.intro = QLabel()
        self.intro.setObjectName("quizIntro")
        self.intro.setWordWrap(True)
        self.cards: list[QuestionCard] = []
        done = answered_right(lesson_id)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 12, 4)
        column.setSpacing(10)
        column.addWidget(self.intro)
        for n, question in enumerate(quiz.questions, 1):
            card = QuestionCard(question, n)
            if question.id in done:
                card.set_right(restored=True)
            card.answered.connect(self._answered)
            self.cards.append(card)
            column.addWidget(card)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self.retranslateUi()

    def card(self, question_id: str) -> QuestionCard:
        return next(c for c in self.cards if c.question.id == question_id)

    @property
    def right(self) -> int:
        return sum(card.right for card in self.cards)

    def _answered(self, question_id: str, right: bool) -> None:
        save_answer(self.lesson_id, question_id, right)
        self.retranslateUi()
        self.answered.emit(question_id, right)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        total = len(self.cards)
        if self.right == total:
            text = self.tr("確認テスト: all %1 questions answered right. ✓").replace("%1", str(total))
        else:
            text = self.tr("確認テスト: answer each question and press Check — %1 of %2 right so "
                           "far. The explanation follows each answer; where the notes are wrong, a "
                           "correction says so.").replace("%1", str(self.right)).replace("%2", str(total))
        self.intro.setText(text)
