"""Layers that fight overfitting or ease training (book chapter 6.3–6.4): Dropout, BatchNorm."""

from __future__ import annotations

import numpy as np

from .base import Layer


class Dropout(Layer):
    """Training: z = u ⊙ m with m ~ Bernoulli(1 − ratio); inference: z = u·(1 − ratio).

    This is the book's convention (chapter 6.4.3): the scaling happens at inference time. Setting
    ``fixed_mask`` reuses one mask, so a gradient check or a replayed step sees the same units dropped.
    """

    def __init__(self, ratio: float = 0.5, rng: np.random.Generator | None = None):
        super().__init__()
        self.ratio = ratio
        self.rng = rng if rng is not None else np.random.default_rng(0)
        self.mask: np.ndarray | None = None
        self.fixed_mask: np.ndarray | None = None
        self.train = True

    def forward(self, x, train=False):
        self.train = train
        if not train:
            return x * (1.0 - self.ratio)
        if self.fixed_mask is not None and self.fixed_mask.shape == x.shape:
            self.mask = self.fixed_mask
        else:
            self.mask = self.rng.random(x.shape) > self.ratio
        return x * self.mask

    def backward(self, dout, need_dx=True):
        # After an inference-mode forward the layer scaled by (1 − ratio), so that is its derivative.
        return dout * self.mask if self.train else dout * (1.0 - self.ratio)


class BatchNorm(Layer):
    """Batch normalisation (book chapter 6.3), over the batch axis.

    Training: μ = mean(x), σ² = var(x), x̂ = (x − μ)/√(σ² + ε), z = γx̂ + β, and the running
    statistics move as r ← m·r + (1 − m)·batch value. Inference uses the running statistics.
    Backward (with N the batch size):
    ∂L/∂β = Σδ, ∂L/∂γ = Σ δ⊙x̂, ∂L/∂x = (1/N)(1/√(σ²+ε)) (N·δ̂ − Σδ̂ − x̂·Σ(δ̂⊙x̂)) with δ̂ = γδ;
    after an inference-mode forward μ and σ are constants, so ∂L/∂x = γδ / √(running σ² + ε).
    ε = 10e-7 as in the book's code.
    """

    eps = 10e-7

    def __init__(self, n: int, momentum: float = 0.9, dtype=np.float64):
        super().__init__()
        self.momentum = momentum
        self.params["gamma"] = np.ones(n, dtype=dtype)
        self.params["beta"] = np.zeros(n, dtype=dtype)
        self.buffers["running_mean"] = np.zeros(n, dtype=dtype)
        self.buffers["running_var"] = np.ones(n, dtype=dtype)
        self.xn: np.ndarray | None = None
        self.std: np.ndarray | None = None
        self.train = True

    def forward(self, x, train=False):
        self.train = train
        if train:
            mu = x.mean(axis=0)
            xc = x - mu
            var = np.mean(xc**2, axis=0)
            self.std = np.sqrt(var + self.eps)
            self.xn = xc / self.std
            m = self.momentum
            rm, rv = self.buffers["running_mean"], self.buffers["running_var"]
            rm *= m
            rm += (1 - m) * mu
            rv *= m
            rv += (1 - m) * var
        else:
            self.std = np.sqrt(self.buffers["running_var"] + self.eps)
            self.xn = (x - self.buffers["running_mean"]) / self.std
        return self.params["gamma"] * self.xn + self.params["beta"]

    def backward(self, dout, need_dx=True):
        n = dout.shape[0]
        xn = self.xn
        self.grads["beta"] = dout.sum(axis=0)
        self.grads["gamma"] = np.sum(dout * xn, axis=0)
        dxn = self.params["gamma"] * dout
        if not self.train:
            return dxn / self.std
        return (n * dxn - dxn.sum(axis=0) - xn * np.sum(dxn * xn, axis=0)) / (n * self.std)
