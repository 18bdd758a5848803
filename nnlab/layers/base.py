"""The layer contract every layer and head follows (book chapter 5, common/layers.py).

A layer's ``forward(x, train)`` keeps what ``backward`` needs; ``backward(dout)`` returns
dx = ∂L/∂x, fills ``grads`` (same keys as ``params``), and never modifies its inputs or anything it
returned earlier — the step-through view keeps them on screen. ``params`` hold the live arrays
optimizers update in place; ``buffers`` hold state that is saved but not trained (BatchNorm's
running statistics).

A head ends the network: ``forward(x, t)`` returns the loss L, ``backward(dout=1)`` returns ∂L/∂x,
and ``activate(x)`` is the output y used for prediction.
"""

from __future__ import annotations

import numpy as np


class Layer:
    """Base: no parameters, shape-preserving."""

    #: One line for the learner when a layer's gradient is zero by design (Step).
    gradient_note: str | None = None
    gradient_note_ja: str | None = None

    def __init__(self) -> None:
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}
        self.buffers: dict[str, np.ndarray] = {}

    def forward(self, x: np.ndarray, train: bool = False) -> np.ndarray:
        raise NotImplementedError

    def backward(self, dout: np.ndarray, need_dx: bool = True) -> np.ndarray | None:
        raise NotImplementedError

    def kept(self) -> dict[str, np.ndarray]:
        """Copies of what the last forward kept for backward that a learner may want to see
        (the step view): Convolution's im2col matrix "col", Pooling's winners "arg_max"."""
        return {}

    def freeze(self) -> None:
        """Keep the piece of a piecewise function the last forward chose (ReLU's mask, a max
        pool's winners) for the next forwards of the same shape, until ``unfreeze``.

        A gradient check perturbs weights by ±h; a unit within h of a kink, or two values of a
        pooling window within h of each other, would switch pieces and the central difference
        would straddle a corner where no derivative exists. Frozen, it differentiates the piece
        backprop differentiates. Layers without pieces need do nothing.
        """

    def unfreeze(self) -> None:
        """Choose pieces afresh again (see ``freeze``)."""

    def __repr__(self) -> str:
        return type(self).__name__


class Head(Layer):
    """The output layer with its loss."""

    def activate(self, x: np.ndarray) -> np.ndarray:
        """The network's output y for input u (what predict returns)."""
        raise NotImplementedError

    def forward(self, x, t, train=False) -> float:  # type: ignore[override]
        raise NotImplementedError

    def backward(self, dout=1.0, need_dx=True):
        raise NotImplementedError
