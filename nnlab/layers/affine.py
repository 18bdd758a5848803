"""The fully connected layer (book chapter 5.6)."""

from __future__ import annotations

import numpy as np

from ..initializers import init_weight
from .base import Layer


class Affine(Layer):
    """u = xW + b.

    Backward: ∂L/∂x = δ·Wᵀ, ∂L/∂W = xᵀ·δ, ∂L/∂b = Σₙ δ (δ = dout, summed over the batch).
    """

    def __init__(self, n_in: int, units: int, init: str | float = "he",
                 rng: np.random.Generator | None = None, dtype=np.float64):
        super().__init__()
        rng = rng if rng is not None else np.random.default_rng(0)
        self.params["W"] = init_weight(init, (n_in, units), rng, dtype)
        self.params["b"] = np.zeros(units, dtype=dtype)
        self.x: np.ndarray | None = None

    def forward(self, x, train=False):
        self.x = x
        out = x @ self.params["W"]
        out += self.params["b"]
        return out

    def backward(self, dout, need_dx=True):
        # The first layer's dx is never used in training; skipping it saves a third of its work.
        self.grads["W"] = self.x.T @ dout
        self.grads["b"] = dout.sum(axis=0)
        return dout @ self.params["W"].T if need_dx else None
