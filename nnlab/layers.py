"""Layers as in the book's common/layers.py: each has forward and backward.

A layer's ``forward(x, train)`` keeps what ``backward`` needs; ``backward(dout)`` returns
dx = ∂L/∂x, fills ``grads`` (same keys as ``params``), and never modifies its inputs or anything it
returned earlier — the step-through view keeps them on screen. ``params`` hold the live arrays
optimizers update in place; ``buffers`` hold state that is saved but not trained (BatchNorm's
running statistics).

The heads (SoftmaxWithLoss, SigmoidWithLoss, IdentityWithLoss) end the network: ``forward(x, t)``
returns the loss L, ``backward(dout=1)`` returns ∂L/∂x, and ``activate(x)`` is the output y used
for prediction.
"""

from __future__ import annotations

import numpy as np

from .functions import sigmoid, softmax
from .initializers import init_weight


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

    def __repr__(self) -> str:
        return type(self).__name__


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


class ReLU(Layer):
    """z = max(0, u); ∂L/∂u = δ ⊙ [u > 0]."""

    def __init__(self):
        super().__init__()
        self.mask: np.ndarray | None = None

    def forward(self, x, train=False):
        self.mask = x > 0
        return np.maximum(x, 0)

    def backward(self, dout, need_dx=True):
        return dout * self.mask


class LeakyReLU(Layer):
    """z = u if u > 0 else αu; ∂L/∂u = δ ⊙ (1 if u > 0 else α)."""

    def __init__(self, alpha: float = 0.01):
        super().__init__()
        self.alpha = alpha
        self.mask: np.ndarray | None = None

    def forward(self, x, train=False):
        self.mask = x > 0
        return np.where(self.mask, x, self.alpha * x)

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


# ---- heads ---------------------------------------------------------------------------------------


class Head(Layer):
    """The output layer with its loss."""

    def activate(self, x: np.ndarray) -> np.ndarray:
        """The network's output y for input u (what predict returns)."""
        raise NotImplementedError

    def forward(self, x, t, train=False) -> float:  # type: ignore[override]
        raise NotImplementedError

    def backward(self, dout=1.0, need_dx=True):
        raise NotImplementedError


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
