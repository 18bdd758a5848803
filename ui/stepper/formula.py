"""The formula of a step, with the numbers of one element substituted so it can be checked by hand.

    u₀₁ = x₀·W₀₁ + x₁·W₁₁ + b₁ = 1·0.3 + 2·0.4 + 0.2 = 1.3

Formulas are rich text (HTML sub/superscripts, no LaTeX). ``formula_for`` returns the general
formula, the worked one for the chosen element, and which elements of which arrays fed it (the view
outlines them). Subscripts are 0-based like the arrays; the sample index n is left out when the
batch holds one sample. Long sums show their first terms, "…" with the count, and the last term.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor

from ..theme import HINT
from .numbers import format_number, format_signed
from .slots import Slot

SHOWN_TERMS = 3  # terms written out before "…"
# Some sans-serif fonts (DejaVu Sans among them) drop a combining circumflex, so BatchNorm's x̂
# is set in a serif face, which places it. (Its δ̂ = γδ is written d: the hat on δ is lost even
# there.)
XHAT = "<span style=\"font-family:'DejaVu Serif','Noto Serif',serif\">x̂</span>"
DHAT = "d"


@dataclass
class Formula:
    """What the formula panel shows and what the tables outline."""

    general: str
    worked: str = ""
    involved: dict[str, list[tuple[int, ...]]] = field(default_factory=dict)


class Writer:
    """Symbols, subscripts and numbers for one formula, in one phase colour."""

    def __init__(self, colour: QColor, batch: int, widest: int):
        self.colour = QColor(colour).name()
        self.batch = batch
        self.comma = widest > 10  # W₁₂ is ambiguous once an index can have two digits

    def n(self, n: int, *rest: int) -> tuple[int, ...]:
        """Subscript indices of a batched array: the sample index only when N > 1."""
        return (n, *rest) if self.batch > 1 else tuple(rest)

    def sub(self, name: str, idx: tuple[int, ...] | list[int]) -> str:
        if not idx:
            return name
        sep = "," if self.comma or len(idx) > 2 else ""
        return f"{name}<sub>{sep.join(str(i) for i in idx)}</sub>"

    def hl(self, html: str) -> str:
        """The chosen element and its value, in the phase colour."""
        return f"<span style='color:{self.colour}; font-weight:700'>{html}</span>"

    @staticmethod
    def num(v: float) -> str:
        return format_number(v)

    @staticmethod
    def opnd(v: float) -> str:
        """A number after an operator: (−0.3)."""
        return format_signed(v)


def terms(count: int, symbolic: Callable[[int], str], numeric: Callable[[int], str],
          join: str = " + ") -> tuple[str, str]:
    """(symbolic, numeric) sums of ``count`` terms; long ones as first terms, "…", the last one."""
    if count <= SHOWN_TERMS + 1:
        ks = list(range(count))
        return join.join(symbolic(k) for k in ks), join.join(numeric(k) for k in ks)
    head = list(range(SHOWN_TERMS))
    hidden = count - SHOWN_TERMS - 1
    more = Q.translate("StepFormula", "%n more", None, hidden)
    gap = f"{join}<span style='color:{HINT.name()}'>…({more})…</span>{join}"
    sym = join.join(symbolic(k) for k in head) + gap + symbolic(count - 1)
    nums = join.join(numeric(k) for k in head) + gap + numeric(count - 1)
    return sym, nums


def line(*parts: str) -> str:
    """One line of a worked formula: parts joined by " = "."""
    return " = ".join(p for p in parts if p)


def lines(*rows: str) -> str:
    return "<br>".join(r for r in rows if r)


def formula_for(record, slots: list[Slot], focus: tuple[str, tuple[int, ...]] | None, *,
                layer=None, colour: QColor, train: bool = True,
                update: tuple[str, float] | None = None) -> Formula:
    """The formula of ``record`` worked out for the element ``focus`` = (slot key, index).

    ``layer`` is the engine's layer (for α, the Dropout ratio, BatchNorm's ε); ``update`` the
    optimizer's name and learning rate for an update record.
    """
    from . import formula_backward, formula_forward, formula_update

    arrays = {s.key: np.asarray(s.array, dtype=float) for s in slots}
    batch = _batch_size(record, arrays)
    widest = max((max(a.shape, default=1) for a in arrays.values()), default=1)
    w = Writer(colour, batch, widest)
    try:
        if record.kind == "forward":
            return formula_forward.build(record, arrays, focus, w, layer, train)
        if record.kind == "backward":
            return formula_backward.build(record, arrays, focus, w, layer)
        symbol = next((s.name for s in slots if s.key == "param"), "W")
        return formula_update.build(record, arrays, focus, w, update, symbol)
    except (IndexError, KeyError, ValueError, TypeError):  # a formula must never break the view
        return Formula(Q.translate("StepFormula", "(no worked example for this element)"))


def _batch_size(record, arrays: dict[str, np.ndarray]) -> int:
    if record.kind == "update":
        return 1
    for key in ("x", "dx", "out"):
        a = arrays.get(key)
        if a is not None and a.ndim >= 1:
            return int(a.shape[0])
    return 1
