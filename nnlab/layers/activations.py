"""Element-wise activation functions as layers (book chapters 3 and 5.5): z = f(u)."""

from __future__ import annotations

import numpy as np

from ..functions import sigmoid
from .base import Layer


class ReLU(Layer):
    """z = max(0, u); ∂L/∂u = δ ⊙ [u > 0]."""

    def __init__(self):
        super().__init__()
        self.mask: np.ndarray | None = None
        self.frozen: np.ndarray | None = None

    def forward(self, x, train=False):
        if self.frozen is not None and self.frozen.shape == x.shape:  # see Layer.freeze
            self.mask = self.frozen
            return x * self.mask
        self.mask = x > 0
        return np.maximum(x, 0)

    def freeze(self) -> None:
        self.frozen = None if self.mask is None else self.mask.copy()

    def unfreeze(self) -> None:
        self.frozen = None

    def backward(self, dout, need_dx=True):
        return dout * self.mask


class LeakyReLU(Layer):
    """z = u if u > 0 else αu; ∂L/∂u = δ ⊙ (1 if u > 0 else α)."""

    def __init__(self, alpha: float = 0.01):
        super().__init__()
        self.alpha = alpha
        self.mask: np.ndarray | None = None
        self.frozen: np.ndarray | None = None

    def forward(self, x, train=False):
        frozen = self.frozen is not None and self.frozen.shape == x.shape  # see Layer.freeze
        self.mask = self.frozen if frozen else x > 0
        return np.where(self.mask, x, self.alpha * x)

    def freeze(self) -> None:
        self.frozen = None if self.mask is None else self.mask.copy()

    def unfreeze(self) -> None:
        self.frozen = None

    def backward(self, dout, need_dx=True):
        return np.where(self.mask, dout, self.alpha * dout)


class Sigmoid(Layer):
    """z = σ(u) = 1 / (1 + exp(−u)); ∂L/∂u = δ ⊙ (1 − z) z."""

    def __init__(self):
        super().__init__()
        self.out: np.ndarray | None = None

    def forward(self, x, train=False):
        self.out = sigmoid(x)
        return self.out

    def backward(self, dout, need_dx=True):
        return dout * (1.0 - self.out) * self.out


class Tanh(Layer):
    """z = tanh(u); ∂L/∂u = δ ⊙ (1 − z²)."""

    def __init__(self):
        super().__init__()
        self.out: np.ndarray | None = None

    def forward(self, x, train=False):
        self.out = np.tanh(x)
        return self.out

    def backward(self, dout, need_dx=True):
        return dout * (1.0 - self.out**2)


class Step(Layer):
    """z = 1 if u > 0 else 0 — the perceptron's activation.

    Its derivative is 0 everywhere except at u = 0, where it does not exist, so ∂L/∂u = 0: no
    gradient reaches the layers before it and they cannot learn. That is the lesson (it is why
    neural networks use sigmoid or ReLU), not a bug.
    """

    gradient_note = (
        "Step's derivative is zero everywhere except at 0, so no gradient flows back through it: "
        "the layers before it cannot learn. This is why networks use sigmoid or ReLU."
    )
    gradient_note_ja = (
        "ステップ関数の微分は 0 以外の点で常に 0 なので、勾配が逆伝播しません。"
        "手前の層は学習できません。これがシグモイドや ReLU を使う理由です。"
    )

    def forward(self, x, train=False):
        return (x > 0).astype(x.dtype)

    def backward(self, dout, need_dx=True):
        return np.zeros_like(dout)
