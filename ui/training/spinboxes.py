"""Spin boxes for training settings: numbers shown as a learner writes them (0.001, not 0.00100).

``LogSpinBox`` steps a positive number through 1-2-5 (0.001, 0.002, 0.005, 0.01, …), the way
learning rates and weight decay are tried; ``CompactSpinBox`` drops trailing zeros (0.9, 0.999).
"""

from __future__ import annotations

import math

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox


class CompactSpinBox(QDoubleSpinBox):
    """Shows 0.9 and 0.999 rather than 0.90000 and 0.99900."""

    def textFromValue(self, value: float) -> str:
        return f"{value:.{self.decimals()}f}".rstrip("0").rstrip(".") or "0"


class LogSpinBox(QDoubleSpinBox):
    """A positive number stepped in a 1-2-5 sequence (0.001, 0.002, 0.005, 0.01, …), shown as %g.

    ``zero_allowed``: 0 is a value too (weight decay off); stepping up from 0 gives the minimum.
    """

    STEPS = (1.0, 2.0, 5.0)

    def __init__(self, minimum: float, maximum: float, zero_allowed: bool = False, parent=None):
        super().__init__(parent)
        self._floor = minimum
        self.setDecimals(8)
        self.setRange(0.0 if zero_allowed else minimum, maximum)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:
        return f"{value:g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.strip().replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text, pos):
        stripped = text.strip().replace(",", ".")
        if stripped in ("", ".", "-", "e", "1e", "1e-"):
            return QValidator.State.Intermediate, text, pos
        try:
            v = float(stripped)
        except ValueError:
            if all(ch in "0123456789.eE-+" for ch in stripped):
                return QValidator.State.Intermediate, text, pos
            return QValidator.State.Invalid, text, pos
        if self.minimum() <= v <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def stepBy(self, steps: int) -> None:
        v = self.value()
        if v <= 0:
            if steps > 0:
                self.setValue(self._floor)
            return
        ladder = self._ladder()
        # The nearest rung, then move along the ladder.
        i = min(range(len(ladder)), key=lambda k: abs(math.log(ladder[k]) - math.log(v)))
        i = max(0, min(len(ladder) - 1, i + steps))
        target = ladder[i]
        if target < self._floor and self.minimum() == 0.0 and steps < 0:
            target = 0.0
        self.setValue(target)

    def _ladder(self) -> list[float]:
        lo, hi = math.floor(math.log10(self._floor)), math.ceil(math.log10(self.maximum()))
        return [s * 10.0 ** e for e in range(lo, hi + 1) for s in self.STEPS
                if self._floor <= s * 10.0 ** e <= self.maximum()]
