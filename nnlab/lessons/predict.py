"""Predict, then reveal: a value the learner guesses before the lesson shows it.

A stepping lesson names the step whose result is hidden (``step`` = (phase, layer index)), the
array of that step (``slot``: "out" for a forward step, "dx" for ∂L/∂x of a backward step) and
the element; other pages name their own ``target`` (lesson 8's edge, lesson 5's label). The guess
is judged against the value the page actually computed, so a learner who edited a weight first is
judged on the new value; ``expected`` is the value with the lesson's own numbers, which a test
checks against the engine.

    judge(prediction, guess=1.4, value=1.4)  → Verdict(correct=True, ...)
    |guess − value| ≤ max(tolerance, rel · |value|)   (or, for a sign, sign(guess) = sign(value))
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

Text = tuple[str, str]  # (English, Japanese)

REL_TOLERANCE = 0.01  # a guess within 1 % of the value is right, whatever its size

_POSITIVE = ("+", "positive", "pos", "plus", "正", "プラス", "+")
_NEGATIVE = ("-", "negative", "neg", "minus", "負", "マイナス", "−")


@dataclass(frozen=True)
class Prediction:
    """One value to predict before it is shown."""

    id: str
    name: str | Text  # what is predicted, e.g. "u₁", "delta2", ("∂price/∂tax", "∂支払金額/∂消費税")
    prompt: Text  # what to predict, e.g. ("Predict u₁ = x·W[:, 0] + b₁", "…")
    expected: float  # the value with the lesson's own numbers
    tolerance: float = 0.005  # absolute; the relative REL_TOLERANCE also applies
    sign: bool = False  # only the sign is predicted ("+" or "−", or any number)
    step: tuple[str, int] | None = None  # stepping lessons: (phase, layer index)
    slot: str = "out"  # which array of that step: "out", "dx", "grad.W", …
    element: tuple[int, ...] = (0, 0)
    target: str = ""  # other pages: what they hide (e.g. "apple:apple_num")


    def title(self, lang: str) -> str:
        """The name in ``lang`` ("en" or "ja")."""
        if isinstance(self.name, tuple):
            return self.name[1] if lang == "ja" else self.name[0]
        return self.name


@dataclass(frozen=True)
class Verdict:
    """How a guess compares with the value."""

    correct: bool
    guess: float
    value: float
    error: float  # |guess − value| (for a sign: 0 when right)


def parse_guess(text: str, sign: bool = False) -> float | None:
    """The number a learner typed (full-width digits and "−" allowed, "1/4" as a fraction); for
    a sign also "+", "−", "positive", "負"… (as ±1). None when it is not a guess."""
    if not isinstance(text, str):
        return None
    s = unicodedata.normalize("NFKC", text).strip().lower().replace("−", "-").replace(" ", "")
    if sign:
        if s in _POSITIVE or s in ("正の値", "正の数"):
            return 1.0
        if s in _NEGATIVE or s in ("負の値", "負の数"):
            return -1.0
    if "," in s and "." not in s and s.count(",") == 1:
        s = s.replace(",", ".")
    try:
        if "/" in s:
            num, den = s.split("/", 1)
            value = float(num) / float(den)
        else:
            value = float(s)
    except (ValueError, ZeroDivisionError):
        return None
    return value if math.isfinite(value) else None


def within(guess: float, value: float, tolerance: float) -> bool:
    """|guess − value| ≤ max(tolerance, 1 % of |value|)."""
    return abs(guess - value) <= max(tolerance, REL_TOLERANCE * abs(value)) + 1e-12


def judge(prediction: Prediction, guess: float, value: float) -> Verdict:
    """Whether ``guess`` predicts ``value`` well enough (within tolerance, or the right sign)."""
    guess, value = float(guess), float(value)
    if prediction.sign:
        right = (guess > 0 and value > 0) or (guess < 0 and value < 0) or (guess == value == 0)
        return Verdict(right, guess, value, 0.0 if right else abs(value))
    return Verdict(within(guess, value, prediction.tolerance), guess, value, abs(guess - value))
