"""The book's functions (ゼロから作るDeep Learning, common/functions.py), numerically safe.

Every function takes numpy arrays and returns new arrays; none keeps state.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

# The book adds this inside log() so that log(0) never happens.
CE_DELTA = 1e-7


def step_function(x: np.ndarray) -> np.ndarray:
    """h(x) = 1 if x > 0 else 0 — the perceptron's activation."""
    x = np.asarray(x)
    return (x > 0).astype(x.dtype if x.dtype.kind == "f" else np.float64)


def sigmoid(x: np.ndarray) -> np.ndarray:
    """σ(x) = 1 / (1 + exp(−x)).

    Computed as ½(1 + tanh(x/2)), the same function, because exp(−x) overflows for x ≪ 0.
    """
    x = np.asarray(x)
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def sigmoid_grad(x: np.ndarray) -> np.ndarray:
    """σ′(x) = (1 − σ(x)) σ(x); its maximum is σ′(0) = 0.25, the root of vanishing gradients."""
    s = sigmoid(x)
    return (1.0 - s) * s


def relu(x: np.ndarray) -> np.ndarray:
    """ReLU(x) = max(0, x)."""
    return np.maximum(0, x)


def relu_grad(x: np.ndarray) -> np.ndarray:
    """ReLU′(x) = 1 if x > 0 else 0."""
    x = np.asarray(x)
    return (x > 0).astype(x.dtype if x.dtype.kind == "f" else np.float64)


def leaky_relu(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    """LeakyReLU(x) = x if x > 0 else αx."""
    x = np.asarray(x)
    return np.where(x > 0, x, alpha * x)


def tanh(x: np.ndarray) -> np.ndarray:
    """tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ); tanh′(x) = 1 − tanh²(x)."""
    return np.tanh(x)


def identity_function(x: np.ndarray) -> np.ndarray:
    """The regression output: y = x."""
    return x


def softmax(x: np.ndarray) -> np.ndarray:
    """yₖ = exp(aₖ − C) / Σᵢ exp(aᵢ − C) with C = max(a), over the last axis.

    Subtracting the maximum changes nothing mathematically and keeps exp() from overflowing:
    softmax([1010, 1000, 990]) is finite.
    """
    x = np.asarray(x)
    shifted = x - np.max(x, axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=-1, keepdims=True)


def _labels(y: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Turn a one-hot t into class labels; labels stay labels."""
    t = np.asarray(t)
    if t.shape == y.shape:
        return t.argmax(axis=-1)
    return t.astype(np.int64)


def cross_entropy_error(y: np.ndarray, t: np.ndarray) -> float:
    """E = −(1/N) Σₙ Σₖ tₙₖ log(yₙₖ + 1e-7), t one-hot or labels; a single sample counts as N = 1.

    For the seeds' y = [.1, .05, .6, 0, .05, .1, 0, .1, 0, 0] with t = 2: E = −log 0.6 ≈ 0.51.
    """
    y = np.asarray(y, dtype=np.float64)
    t = np.asarray(t)
    if y.ndim == 1:
        y = y.reshape(1, -1)
        t = t.reshape(1, -1) if t.ndim == 1 and t.size == y.size else t.reshape(-1)
    labels = _labels(y, t)
    n = y.shape[0]
    return float(-np.sum(np.log(y[np.arange(n), labels] + CE_DELTA)) / n)


def sum_squared_error(y: np.ndarray, t: np.ndarray) -> float:
    """E = (1/N) Σₙ ½ Σₖ (yₙₖ − tₙₖ)²; a single sample counts as N = 1.

    For the seeds' y with t = one-hot 2: E = 0.0975.
    """
    y = np.asarray(y, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)
    n = y.shape[0] if y.ndim > 1 else 1
    return float(0.5 * np.sum((y - t) ** 2) / n)


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-4,
                       order: int = 2, entries: np.ndarray | None = None,
                       progress: Callable[[int, int], None] | None = None) -> np.ndarray:
    """∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h for every element of x (central difference).

    ``order=4`` uses the five-point stencil (−f(x+2h) + 8f(x+h) − 8f(x−h) + f(x−2h)) / 12h, whose
    error shrinks as h⁴ instead of h², so a larger h keeps roundoff small too (gradient checks).
    ``x`` is perturbed in place and restored, so ``f`` may read it (as the book's network does).
    ``entries`` (flat indices) limits the work to those elements; the others are NaN, not
    computed. ``progress(done, total)`` is called after each element (it may raise to cancel).
    """
    if entries is None:
        grad = np.zeros_like(x, dtype=np.float64)
        entries = range(x.size)
    else:
        grad = np.full(x.shape, np.nan)
    total = len(entries)
    for done, i in enumerate(entries, 1):
        idx = np.unravel_index(i, x.shape)
        original = x[idx].copy()

        def at(offset: float, idx=idx, original=original) -> float:
            x[idx] = original + offset
            return f(x)

        if order == 4:
            grad[idx] = (-at(2 * h) + 8 * at(h) - 8 * at(-h) + at(-2 * h)) / (12 * h)
        else:
            grad[idx] = (at(h) - at(-h)) / (2 * h)
        x[idx] = original
        if progress is not None:
            progress(done, total)
    return grad
