"""What a 確認テスト question is: its kind, its answer key, its explanation and any correction.

Three kinds, as the notes' confirmation tests ask them:

- ``choice``: pick one choice, or — with several right ones — every right one ("全て選べ");
- ``number``: type a number; right within ``tolerance`` (absolute) or 1 % of the answer. ``key``
  computes the answer with the engine, so a test can hold every written answer to it;
- ``code``: "which line of the code computes this?" — the code is shown with line numbers and
  the learner picks a line (1-based); any line in ``lines`` is right.

Where the notes' own answer, code or text is wrong, ``correction`` says so and gives the right
one: the quiz shows it, after the answer is checked, as a "ノートの訂正 / correction" note.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..predict import parse_guess, within

Text = tuple[str, str]  # (English, Japanese)
KINDS = ("choice", "number", "code")


@dataclass(frozen=True)
class Question:
    """One question of a lesson's 確認テスト."""

    id: str
    kind: str
    prompt: Text
    explanation: Text  # shown once the answer is checked
    choices: tuple[Text, ...] = ()  # choice
    right: tuple[int, ...] = ()  # choice: indices of the right choices
    answer: float | None = None  # number: the answer as the explanation writes it
    tolerance: float = 0.0  # number: absolute; 1 % of the answer always counts too
    key: Callable[[], float] | None = None  # number: the engine's value of the answer
    code: str = ""  # code (and optionally any kind): the code shown
    lines: tuple[int, ...] = ()  # code: the right line numbers (1-based)
    correction: Text | None = None  # the notes' mistake, corrected
    source: Text = ("", "")  # where the question comes from (the notes' section)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"question {self.id}: unknown kind {self.kind!r}")
        if self.kind == "choice" and not (self.choices and self.right):
            raise ValueError(f"question {self.id}: a choice question needs choices and right ones")
        if self.kind == "number" and (self.answer is None or self.key is None):
            raise ValueError(f"question {self.id}: a number question needs an answer and a key")
        if self.kind == "code" and not (self.code and self.lines):
            raise ValueError(f"question {self.id}: a code question needs code and its lines")
        if any(not 1 <= n <= len(self.code_lines) for n in self.lines):
            raise ValueError(f"question {self.id}: a right line is outside the code")

    @property
    def multiple(self) -> bool:
        """Whether several choices are right (the learner must pick them all)."""
        return len(self.right) > 1

    @property
    def code_lines(self) -> list[str]:
        return self.code.strip("\n").split("\n") if self.code else []

    def check(self, response) -> bool:
        """Whether ``response`` is right: a set of choice indices, a number (or its text), or a
        line number."""
        if self.kind == "choice":
            return isinstance(response, Iterable) and set(response) == set(self.right)
        if self.kind == "number":
            value = parse_guess(response) if isinstance(response, str) else response
            return value is not None and within(float(value), float(self.answer), self.tolerance)
        return response in self.lines


@dataclass(frozen=True)
class Quiz:
    """A lesson's 確認テスト: its questions in order."""

    lesson: int  # the lesson's number (lessons 12–14 are keyed before they exist)
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question:
        return next(q for q in self.questions if q.id == question_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions)


def choice(id: str, prompt: Text, choices: Iterable[Text], right: int | Iterable[int],
           explanation: Text, **kw) -> Question:
    right = (right,) if isinstance(right, int) else tuple(right)
    return Question(id, "choice", prompt, explanation, choices=tuple(choices), right=right, **kw)


def number(id: str, prompt: Text, answer: float, key: Callable[[], float], explanation: Text,
           tolerance: float = 0.0, **kw) -> Question:
    return Question(id, "number", prompt, explanation, answer=answer, key=key,
                    tolerance=tolerance, **kw)


def code_line(id: str, prompt: Text, code: str, lines: int | Iterable[int], explanation: Text,
              **kw) -> Question:
    lines = (lines,) if isinstance(lines, int) else tuple(lines)
    return Question(id, "code", prompt, explanation, code=code, lines=lines, **kw)
