"""Output layers with their loss (book chapters 3.5, 4.2 and 5.6.3).

Each head computes the loss from its input u directly (log-softmax, softplus), so the gradient
(y − t)/N is exact and no +1e-7 guard inside log() is needed.
"""

from __future__ import annotations

import numpy as np

from ..functions import sigmoid, softmax
from .base import Head


def _one_hot_or_labels(t: np.ndarray, k: int) -> np.ndarray:
    t = np.asarray(t)
    if t.ndim == 2 and t.shape[1] == k:
        return t
    return t.reshape(-1).astype(np.int64)


class SoftmaxWithLoss(Head):
    """y = softmax(u), L = −(1/N) Σₙ Σₖ tₙₖ log yₙₖ; backward: ∂L/∂u = (y − t)/N.

    log y is computed from u as log-softmax (u − C − log Σ exp(u − C)), which is exact, so the
    book's +1e-7 guard inside log() is not needed here and (y − t)/N is the exact gradient.
    ``t`` may be labels (N,) or one-hot (N, K).
    """

    def __init__(self):
        super().__init__()
        self.y: np.ndarray | None = None
        self.t: np.ndarray | None = None

    def activate(self, x):
        return softmax(x)

    def forward(self, x, t, train=False):
        n = x.shape[0]
        shifted = x - x.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        s = e.sum(axis=1, keepdims=True)
        self.y = e / s
        log_s = np.log(s)
        self.t = _one_hot_or_labels(t, x.shape[1])
        if self.t.ndim == 2:
            return float(-np.sum(self.t * (shifted - log_s)) / n)
        return float(np.sum(log_s[:, 0] - shifted[np.arange(n), self.t]) / n)

    def backward(self, dout=1.0, need_dx=True):
        n = self.y.shape[0]
        if self.t.ndim == 2:
            dx = self.y - self.t
        else:
            dx = self.y.copy()
            dx[np.arange(n), self.t] -= 1
        dx *= dout / n
        return dx


class SigmoidWithLoss(Head):
    """y = σ(u), L = −(1/N) Σ [t log y + (1 − t) log(1 − y)]; backward: ∂L/∂u = (y − t)/N.

    The loss is computed from u as Σ softplus(u) − t·u, the same value without log(0).
    ``t`` has the shape of y, or (N,) for a single output.
    """

    def __init__(self):
        super().__init__()
        self.y: np.ndarray | None = None
        self.t: np.ndarray | None = None

    def activate(self, x):
        return sigmoid(x)

    def forward(self, x, t, train=False):
        n = x.shape[0]
        self.t = np.asarray(t, dtype=x.dtype).reshape(x.shape)
        self.y = sigmoid(x)
        softplus = np.logaddexp(0, x)
        return float(np.sum(softplus - self.t * x) / n)

    def backward(self, dout=1.0, need_dx=True):
        return (self.y - self.t) * (dout / self.y.shape[0])


class IdentityWithLoss(Head):
    """y = u, L = (1/N) Σ ½ Σₖ (yₖ − tₖ)² (sum of squares); backward: ∂L/∂u = (y − t)/N."""

    def __init__(self):
        super().__init__()
        self.y: np.ndarray | None = None
        self.t: np.ndarray | None = None

    def activate(self, x):
        return x

    def forward(self, x, t, train=False):
        self.y = x
        self.t = np.asarray(t, dtype=x.dtype).reshape(x.shape)
        return float(0.5 * np.sum((x - self.t) ** 2) / x.shape[0])

    def backward(self, dout=1.0, need_dx=True):
        return (self.y - self.t) * (dout / self.y.shape[0])
