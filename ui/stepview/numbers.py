"""How numbers are written in the step-through view, and how typed numbers are read.

Four significant digits are enough to check a step by hand (0.1234, 1.56, 3.222); very small and
very large magnitudes switch to two-digit scientific notation (1.2e-05) so a column of gradients
stays narrow. ``format_full`` is for tooltips, where nothing is rounded away.
"""

from __future__ import annotations

import math
import unicodedata

import numpy as np


def format_number(v: float) -> str:
    """0 → "0", 0.12345 → "0.1235", 3.222 → "3.222", 1.2e-05 → "1.2e-05", 123456 → "1.2e+05"."""
    v = float(v)
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else ("∞" if v > 0 else "−∞")
    if v == 0:
        return "0"
    a = abs(v)
    text = f"{v:.4g}" if 1e-3 <= a < 1e4 else f"{v:.2g}"
    if text in ("-0", "0"):
        return "0"
    return "−" + text[1:] if text.startswith("-") else text


def format_full(v: float) -> str:
    """Every digit Python needs to round-trip the value."""
    text = repr(float(v))
    return "−" + text[1:] if text.startswith("-") else text


def format_signed(v: float) -> str:
    """A number that follows an operator: negative values in parentheses, (−0.5)."""
    text = format_number(v)
    return f"({text})" if text.startswith("−") else text


def parse_number(text: str) -> float | None:
    """The float a learner typed, or None when the text is not a finite number.

    Accepts full-width digits and signs (１．５, －２), the minus sign (−) and a decimal comma
    when no point is present ("0,5").
    """
    if not isinstance(text, str):
        return None
    s = unicodedata.normalize("NFKC", text).strip().replace("−", "-")
    s = s.replace(" ", "").replace("_", "")
    if "," in s and "." not in s and s.count(",") == 1:
        s = s.replace(",", ".")
    if not s:
        return None
    try:
        value = float(s)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def as_2d(a: np.ndarray) -> np.ndarray:
    """How an array is laid out on screen: scalars 1×1, vectors one row, (N, …) as N rows."""
    a = np.asarray(a)
    if a.ndim == 0:
        return a.reshape(1, 1)
    if a.ndim == 1:
        return a.reshape(1, -1)
    if a.ndim == 2:
        return a
    return a.reshape(a.shape[0], -1)


def screen_to_index(shape: tuple[int, ...], row: int, col: int) -> tuple[int, ...]:
    """The array index of the cell at (row, col) of ``as_2d`` of an array of ``shape``."""
    if len(shape) == 0:
        return ()
    if len(shape) == 1:
        return (col,)
    if len(shape) == 2:
        return (row, col)
    return (row, *np.unravel_index(col, shape[1:]))


def index_to_screen(shape: tuple[int, ...], index: tuple[int, ...]) -> tuple[int, int]:
    """Inverse of ``screen_to_index``."""
    if len(shape) == 0:
        return 0, 0
    if len(shape) == 1:
        return 0, int(index[0])
    if len(shape) == 2:
        return int(index[0]), int(index[1])
    return int(index[0]), int(np.ravel_multi_index(index[1:], shape[1:]))
