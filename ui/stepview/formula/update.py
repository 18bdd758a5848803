"""Update formulas: every parameter moves against its gradient, by the optimizer's rule.

    SGD        W ← W − η ∂L/∂W
    Momentum   v ← αv − η ∂L/∂W;   W ← W + v
    Nesterov   v ← αv − η ∂L/∂W;   W ← W + α²v − (1 + α) η ∂L/∂W
    AdaGrad    h ← h + (∂L/∂W)²;   W ← W − η ∂L/∂W / (√h + ε)
    RMSprop    h ← ρh + (1 − ρ)(∂L/∂W)²;   W ← W − η ∂L/∂W / (√h + ε)
    Adam       m ← β₁m + (1 − β₁)∂L/∂W;   v ← β₂v + (1 − β₂)(∂L/∂W)²;   W ← W − η̂ m / (√v + ε)

For SGD the worked line is the whole computation; the others keep state from earlier updates, so
the worked line shows the step they took (W after − W before).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication as Q

from .writer import Formula, Writer, line

RULES = {
    "sgd": "W ← W − η ∂L/∂W",
    "momentum": "v ← αv − η ∂L/∂W; &nbsp; W ← W + v",
    "nesterov": "v ← αv − η ∂L/∂W; &nbsp; W ← W + α²v − (1 + α) η ∂L/∂W",
    "adagrad": "h ← h + (∂L/∂W)²; &nbsp; W ← W − η ∂L/∂W / (√h + ε)",
    "rmsprop": "h ← ρh + (1 − ρ)(∂L/∂W)²; &nbsp; W ← W − η ∂L/∂W / (√h + ε)",
    "adam": "m ← β<sub>1</sub>m + (1 − β<sub>1</sub>) ∂L/∂W; &nbsp; "
            "v ← β<sub>2</sub>v + (1 − β<sub>2</sub>)(∂L/∂W)²; &nbsp; W ← W − η̂ m / (√v + ε)",
}


def rule(name: str, symbol: str = "W") -> str:
    """The optimizer's update rule written for parameter ``symbol``."""
    text = RULES.get(name.lower(), RULES["sgd"])
    return text.replace("W", symbol) if symbol != "W" else text


def build(record, a: dict[str, np.ndarray], focus, w: Writer, symbol: str = "W") -> Formula:
    """The update of element ``focus`` of one parameter, by the rule of the record's optimizer."""
    name = record.layer_type.lower()  # the optimizer's class: SGD, Momentum, …
    lr = record.lr if record.lr is not None else float("nan")
    idx = tuple(focus[1]) if focus else (0,) * a["new"].ndim
    before, grad, after = float(a["param"][idx]), float(a["grad"][idx]), float(a["new"][idx])
    general = rule(name, symbol) + f" &nbsp; (η = {w.num(lr)})"
    lhs = w.hl(w.sub(symbol, idx))
    if name.lower() == "sgd":
        worked = line(f"{lhs} ← {w.sub(symbol, idx)} − η·{w.sub('∂L/∂' + symbol, idx)}",
                      f"{w.num(before)} − {w.num(lr)}·{w.opnd(grad)}", w.hl(w.num(after)))
    else:
        step = after - before
        worked = line(f"{lhs} ← {w.num(before)} + {w.opnd(step)}", w.hl(w.num(after))) + \
            " &nbsp; " + Q.translate(
                "StepFormula", "(∂L/∂%1 = %2; the size of the step comes from the optimizer’s "
                               "running averages)").replace("%1", w.sub(symbol, idx)).replace(
                "%2", w.num(grad))
    return Formula(general, worked, {"param": [idx], "grad": [idx]})
