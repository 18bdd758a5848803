"""Lesson 5: the output layer and the loss (Section 3, book 3.5 and 4.2).

Softmax yₖ = exp(aₖ) / Σᵢ exp(aᵢ) overflows when written naively (e^1010 is inf in float64,
and inf/inf is NaN); subtracting C = max(a) first gives the same y without overflow.

The seeds' example: y = [.1, .05, .6, 0, .05, .1, 0, .1, 0, 0] with the correct class 2 has
cross-entropy error E = −Σ tₖ log(yₖ + 1e-7) = −log 0.6 ≈ 0.51 and
sum-of-squares error E = ½ Σ (yₖ − tₖ)² = 0.0975. The day-1 notes' mean_squared_error,
np.mean(np.square(d − y)) / 2, also divides by the 10 outputs: 0.00975 for the same y and t.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..functions import CE_DELTA, cross_entropy_error, softmax, sum_squared_error

DEFAULT_A = (1010.0, 1000.0, 990.0)
SEED_Y = (0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0)
SEED_LABEL = 2


@dataclass(frozen=True)
class SoftmaxDemo:
    """Both ways of computing softmax(a)."""

    a: np.ndarray
    naive_exp: np.ndarray  # exp(a), may be inf
    naive: np.ndarray  # exp(a) / Σ exp(a), may be NaN
    c: float  # max(a)
    shifted_exp: np.ndarray  # exp(a − C)
    shifted: np.ndarray  # the result

    @property
    def naive_overflows(self) -> bool:
        return not bool(np.all(np.isfinite(self.naive)))


def softmax_demo(a) -> SoftmaxDemo:
    a = np.asarray(a, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(a)
        naive = e / np.sum(e)
    c = float(np.max(a))
    se = np.exp(a - c)
    return SoftmaxDemo(a, e, naive, c, se, softmax(a))


def notes_mean_squared_error(d, y) -> float:
    """The day-1 notes' mean_squared_error: np.mean(np.square(d − y)) / 2.

    np.mean divides by every element — the K outputs as well as the samples — so for one sample
    it is the book's sum-of-squares error ½Σ(yₖ − dₖ)² divided by K (0.00975 vs 0.0975 for K = 10).
    """
    d, y = np.asarray(d, dtype=np.float64), np.asarray(y, dtype=np.float64)
    return float(np.mean(np.square(d - y)) / 2)


def one_hot(label: int, k: int = 10) -> np.ndarray:
    t = np.zeros(k)
    t[label] = 1.0
    return t


@dataclass(frozen=True)
class LossDemo:
    """The two losses of one output y against the one-hot target t, with their terms."""

    y: np.ndarray
    t: np.ndarray
    ce_terms: np.ndarray  # −tₖ log(yₖ + 1e-7)
    sse_terms: np.ndarray  # ½ (yₖ − tₖ)²
    cross_entropy: float
    sum_squared: float


def loss_demo(y=SEED_Y, label: int = SEED_LABEL) -> LossDemo:
    """Cross-entropy and sum-of-squares errors via nnlab.functions, and the terms they add up."""
    y = np.asarray(y, dtype=np.float64)
    t = one_hot(label, y.size)
    ce_terms = -t * np.log(y + CE_DELTA)
    sse_terms = 0.5 * (y - t) ** 2
    return LossDemo(y, t, ce_terms, sse_terms, cross_entropy_error(y, t), sum_squared_error(y, t))
