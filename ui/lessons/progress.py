"""How far the learner got in each lesson — not started, opened, finished — and its mark in the list.

A lesson is finished by understanding: every prediction made right and every 確認テスト question
answered right (``Score.complete``). What was predicted and answered is kept per lesson in
QSettings (group "lessons") so it survives a restart; a finished lesson stays finished.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QIcon, QPainter, QPen, QPixmap

from nnlab.lessons import Lesson
from nnlab.lessons.quizzes import quiz_for

from ..theme import FORWARD, PENDING, SUCCESS, WHITE

SETTINGS_GROUP = "lessons"
NOT_STARTED, OPENED, FINISHED = "", "opened", "finished"


def progress(lesson_id: str) -> str:
    """"" (not started), "opened" or "finished", as remembered in QSettings."""
    value = QSettings().value(f"{SETTINGS_GROUP}/progress/{lesson_id}", NOT_STARTED, type=str)
    return value if value in (OPENED, FINISHED) else NOT_STARTED


def save_progress(lesson_id: str, state: str) -> None:
    QSettings().setValue(f"{SETTINGS_GROUP}/progress/{lesson_id}", state)


# ---- what was predicted and answered -------------------------------------------------------------

def _ids(key: str) -> set[str]:
    value = QSettings().value(f"{SETTINGS_GROUP}/{key}", "", type=str)
    return {v for v in value.split(",") if v}


def _add(key: str, item: str) -> None:
    ids = _ids(key) | {item}
    QSettings().setValue(f"{SETTINGS_GROUP}/{key}", ",".join(sorted(ids)))


def answered_right(lesson_id: str) -> set[str]:
    """Ids of the 確認テスト questions of this lesson answered right (ever)."""
    return _ids(f"quiz/{lesson_id}")


def save_answer(lesson_id: str, question_id: str, right: bool) -> None:
    if right:
        _add(f"quiz/{lesson_id}", question_id)


def predictions_made(lesson_id: str) -> set[str]:
    """Ids of the predictions of this lesson that were made (a guess was checked)."""
    return _ids(f"predicted/{lesson_id}")


def predictions_right(lesson_id: str) -> set[str]:
    return _ids(f"predicted_right/{lesson_id}")


def save_prediction(lesson_id: str, prediction_id: str, right: bool) -> None:
    _add(f"predicted/{lesson_id}", prediction_id)
    if right:
        _add(f"predicted_right/{lesson_id}", prediction_id)


@dataclass(frozen=True)
class Score:
    """A lesson's predictions and quiz, as far as the learner got."""

    predictions: int  # how many the lesson asks for
    predicted: int  # made
    predicted_right: int
    questions: int
    answered_right: int

    @property
    def complete(self) -> bool:
        """Every prediction right and every question answered right (the lesson's goal)."""
        return self.predicted_right >= self.predictions and self.answered_right >= self.questions


def score(lesson: Lesson) -> Score:
    quiz = quiz_for(lesson.number)
    ids = {p.id for p in lesson.predictions}
    questions = set(quiz.ids) if quiz is not None else set()
    return Score(len(ids), len(predictions_made(lesson.id) & ids),
                 len(predictions_right(lesson.id) & ids), len(questions),
                 len(answered_right(lesson.id) & questions))


def mark_icon(state: str) -> QIcon:
    """A ring (not started), a blue ring with a dot (opened), a green disc with a tick (finished)."""
    size = 18
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if state == FINISHED:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SUCCESS)
        p.drawEllipse(2, 2, size - 4, size - 4)
        p.setPen(QPen(WHITE, 2.0))
        p.drawPolyline([QPointF(5.5, 9.5), QPointF(8, 12), QPointF(12.5, 6.5)])
    else:
        colour = FORWARD if state == OPENED else PENDING
        p.setPen(QPen(colour, 1.6))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(3, 3, size - 6, size - 6)
        if state == OPENED:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(6.5, 6.5, size - 13, size - 13)
    p.end()
    return QIcon(pixmap)
