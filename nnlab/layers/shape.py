"""Layers that only change the shape of the data."""

from __future__ import annotations

from .base import Layer


class Flatten(Layer):
    """(N, C, H, W) → (N, C·H·W); backward reshapes δ back."""

    def __init__(self):
        super().__init__()
        self.shape: tuple[int, ...] | None = None

    def forward(self, x, train=False):
        self.shape = x.shape
        return x.reshape(x.shape[0], -1)

    def backward(self, dout, need_dx=True):
        return dout.reshape(self.shape)
