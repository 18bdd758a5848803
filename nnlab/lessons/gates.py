"""Lesson 1: the perceptron (book chapter 2) — logic gates from one weighted sum and a step.

    y = 1 if w₁x₁ + w₂x₂ + b > 0 else 0

AND, NAND and OR are one perceptron each (the book's weights below). XOR is not: its ones and
zeros cannot be split by one straight line w₁x₁ + w₂x₂ + b = 0. Two layers can:
XOR(x) = AND(NAND(x), OR(x)).
"""

from __future__ import annotations

import numpy as np

from ..data.toy import TRUTH_TABLES
from ..functions import step_function

INPUTS: tuple[tuple[int, int], ...] = ((0, 0), (0, 1), (1, 0), (1, 1))

# The book's values (ゼロから作るDeep Learning 2.3): (w₁, w₂), b.
GATE_WEIGHTS: dict[str, tuple[tuple[float, float], float]] = {
    "AND": ((0.5, 0.5), -0.7),
    "NAND": ((-0.5, -0.5), 0.7),
    "OR": ((0.5, 0.5), -0.2),
}
# A single perceptron asked to be XOR starts from OR's weights: right on three rows, wrong on (1, 1).
XOR_SINGLE_START: tuple[tuple[float, float], float] = ((0.5, 0.5), -0.2)


def perceptron(x1: float, x2: float, w: tuple[float, float], b: float) -> int:
    """y = step(w₁x₁ + w₂x₂ + b)."""
    a = w[0] * x1 + w[1] * x2 + b
    return int(step_function(np.array(a)))


def weighted_sum(x1: float, x2: float, w: tuple[float, float], b: float) -> float:
    """a = w₁x₁ + w₂x₂ + b, the value the step function looks at."""
    return w[0] * x1 + w[1] * x2 + b


def truth_table(w: tuple[float, float], b: float) -> list[tuple[tuple[int, int], float, int]]:
    """For each input (0,0) … (1,1): (x, a, y)."""
    return [(x, weighted_sum(*x, w, b), perceptron(*x, w, b)) for x in INPUTS]


def outputs(w: tuple[float, float], b: float) -> tuple[int, int, int, int]:
    return tuple(y for _, _, y in truth_table(w, b))  # type: ignore[return-value]


def target(gate: str) -> tuple[int, int, int, int]:
    """The gate's truth table (AND, OR, NAND, XOR) for INPUTS."""
    return TRUTH_TABLES[gate.upper()]


def matches(gate: str, w: tuple[float, float], b: float) -> bool:
    return outputs(w, b) == target(gate)


def xor_two_layer(nand: tuple[tuple[float, float], float] = GATE_WEIGHTS["NAND"],
                  or_: tuple[tuple[float, float], float] = GATE_WEIGHTS["OR"],
                  and_: tuple[tuple[float, float], float] = GATE_WEIGHTS["AND"],
                  ) -> list[tuple[tuple[int, int], int, int, int]]:
    """XOR as two layers: s₁ = NAND(x), s₂ = OR(x), y = AND(s₁, s₂); rows (x, s₁, s₂, y)."""
    rows = []
    for x in INPUTS:
        s1 = perceptron(*x, *nand)
        s2 = perceptron(*x, *or_)
        rows.append((x, s1, s2, perceptron(s1, s2, *and_)))
    return rows


def single_layer_can_make(gate: str, step: float = 0.1, limit: float = 1.0) -> bool:
    """Whether any perceptron with w₁, w₂, b on a grid in [−limit, limit] computes ``gate``.

    AND, OR and NAND are found; XOR never is, because no line separates its ones from its zeros.
    """
    values = np.round(np.arange(-limit, limit + step / 2, step), 10)
    w1, w2, b = (g.ravel() for g in np.meshgrid(values, values, values, indexing="ij"))
    x = np.array(INPUTS, dtype=np.float64)
    y = step_function(np.outer(x[:, 0], w1) + np.outer(x[:, 1], w2) + b)  # (4, grid)
    return bool(np.any(np.all(y == np.array(target(gate))[:, None], axis=0)))
