"""How a formula is written: the ``Formula`` a builder returns, and the ``Writer`` it writes with.

Formulas are rich text (HTML sub/superscripts, no LaTeX). Subscripts are 0-based like the arrays;
the sample index n is left out when the batch holds one sample. Long sums show their first terms,
"…" with the count, and the last term. Nothing here knows a layer type: the builders in
``forward``, ``backward`` and ``update`` do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor

from ...theme import HINT
from ..numbers import format_number, format_signed

SHOWN_TERMS = 3  # terms written out before "…"
# BatchNorm's δ̂ = γδ is written d: the hat on δ is lost even in the serif face that places x̂.
DHAT = "d"


@dataclass
class Formula:
    """What the formula panel shows and what the tables outline."""

    general: str
    worked: str = ""
    involved: dict[str, list[tuple[int, ...]]] = field(default_factory=dict)


class Writer:
    """Symbols, subscripts and numbers for one formula, in one phase colour.

    ``symbols`` are the layer's (input, output) symbols, e.g. ("u", "z") for an activation.
    """

    def __init__(self, colour: QColor, batch: int, widest: int,
                 symbols: tuple[str, str] = ("x", "z")):
        self.colour = QColor(colour).name()
        self.batch = batch
        self.comma = widest > 10  # W₁₂ is ambiguous once an index can have two digits
        self.symbols = symbols

    def n(self, n: int, *rest: int) -> tuple[int, ...]:
        """Subscript indices of a batched array: the sample index only when N > 1."""
        return (n, *rest) if self.batch > 1 else tuple(rest)

    def sub(self, name: str, idx: tuple[int, ...] | list[int]) -> str:
        if not idx:
            return name
        sep = "," if self.comma or len(idx) > 2 else ""
        return f"{name}<sub>{sep.join(str(i) for i in idx)}</sub>"

    def element(self, idx: tuple[int, ...]) -> tuple[int, ...]:
        """Subscripts of element ``idx`` of a (sample, unit) array, or of any other array."""
        return self.n(*idx) if len(idx) == 2 else idx

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
          join: str = " + ", prefer: Sequence[int] | None = None) -> tuple[str, str]:
    """(symbolic, numeric) sums of ``count`` terms; long ones as first terms, "…", the last one.

    ``prefer``: the terms worth showing (e.g. those that are not 0·w); a long sum shows the first
    of them and the last, so an MNIST pixel row does not read "0·0.004 + 0·0.013 + …"."""
    if count <= SHOWN_TERMS + 1:
        ks = list(range(count))
        return join.join(symbolic(k) for k in ks), join.join(numeric(k) for k in ks)
    picks = sorted(set(prefer or ()))
    if len(picks) >= 2:
        head, last = picks[:min(SHOWN_TERMS, len(picks) - 1)], picks[-1]
    else:
        head, last = list(range(SHOWN_TERMS)), count - 1
    hidden = count - len(head) - 1
    if hidden <= 0:  # nothing left out after all
        ks = head + [last]
        return join.join(symbolic(k) for k in ks), join.join(numeric(k) for k in ks)
    more = Q.translate("StepFormula", "%n more", None, hidden)
    gap = f"{join}<span style='color:{HINT.name()}'>…({more})…</span>{join}"
    sym = join.join(symbolic(k) for k in head) + gap + symbolic(last)
    nums = join.join(numeric(k) for k in head) + gap + numeric(last)
    return sym, nums


def line(*parts: str) -> str:
    """One line of a worked formula: parts joined by " = "."""
    return " = ".join(p for p in parts if p)


def lines(*rows: str) -> str:
    return "<br>".join(r for r in rows if r)
