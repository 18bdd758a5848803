"""The formula of a step, with the numbers of one element substituted so it can be checked by hand.

    u₀₁ = x₀·W₀₁ + x₁·W₁₁ + b₁ = 1·0.3 + 2·0.4 + 0.2 = 1.3

``formula_for`` returns the general formula, the worked one for the chosen element, and which
elements of which arrays fed it (the view outlines them). It picks the builder by the layer's
formula keys (``LayerType.formula``: forward key, backward key) from the tables of ``forward``
and ``backward``; a key they do not know gets the general z = f(u) with the element's numbers.
``writer`` holds what every builder writes with and imports none of them.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtGui import QColor

from nnlab.registry import LayerType
from nnlab.stepper import Phase, StepRecord

from ..slots import Slot, symbols
from . import backward, forward, update
from .writer import Formula, Writer

__all__ = ["Formula", "formula_for"]


def formula_for(record: StepRecord, slots: list[Slot], focus: tuple[str, tuple[int, ...]] | None,
                *, entry: LayerType | None = None, layer=None, colour: QColor,
                train: bool = True) -> Formula:
    """The formula of ``record`` worked out for the element ``focus`` = (slot key, index).

    ``entry`` is the layer's registry entry (its formula keys and symbols); ``layer`` the engine's
    layer (for α, the Dropout ratio, BatchNorm's ε). An update record names its optimizer and
    learning rate itself.
    """
    arrays = {s.key: np.asarray(s.array, dtype=float) for s in slots}
    batch = _batch_size(record, arrays)
    widest = max((max(a.shape, default=1) for a in arrays.values()), default=1)
    w = Writer(colour, batch, widest, symbols(entry))
    keys = entry.formula if entry is not None else ("", "")
    try:
        if record.kind == Phase.FORWARD:
            return forward.build(keys[0], record, arrays, focus, w, layer, train)
        if record.kind == Phase.BACKWARD:
            return backward.build(keys[1], record, arrays, focus, w, layer)
        symbol = next((s.name for s in slots if s.key == "param"), "W")
        return update.build(record, arrays, focus, w, symbol)
    except (IndexError, KeyError, ValueError, TypeError):  # a formula must never break the view
        return Formula(Q.translate("StepFormula", "(no worked example for this element)"))


def _batch_size(record: StepRecord, arrays: dict[str, np.ndarray]) -> int:
    if record.kind == Phase.UPDATE:
        return 1
    for key in ("x", "dx", "out"):
        a = arrays.get(key)
        if a is not None and a.ndim >= 1:
            return int(a.shape[0])
    return 1
