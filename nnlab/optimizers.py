"""Optimizers (book chapter 6.1): each ``update(params, grads)`` changes the arrays in place.

State (velocities, squared-gradient sums) is created lazily on the first update, one array per
parameter key, in the parameter's dtype. Weight decay adds λW to the gradient of every weight
matrix W (not biases, not BatchNorm's γ/β), the book's L2 regularisation: L + ½λ‖W‖².
"""

from __future__ import annotations

import copy

import numpy as np

Params = dict[str, np.ndarray]


def _is_weight(key: str) -> bool:
    return key.rsplit(".", 1)[-1] == "W"


class Optimizer:
    """Base: learning rate, weight decay, and the decayed gradient."""

    def __init__(self, lr: float = 0.01, weight_decay: float = 0.0):
        self.lr = lr
        self.weight_decay = weight_decay

    def _grad(self, key: str, p: np.ndarray, g: np.ndarray) -> np.ndarray:
        if self.weight_decay and _is_weight(key):
            return g + self.weight_decay * p
        return g

    def update(self, params: Params, grads: Params) -> None:
        for key, g in grads.items():
            p = params[key]
            self._step(key, p, self._grad(key, p, g))

    def _step(self, key: str, p: np.ndarray, g: np.ndarray) -> None:
        raise NotImplementedError

    def state_dict(self) -> dict:
        """A deep copy of the settings and the state (v, h, m, t …), for undo and checkpoints."""
        return copy.deepcopy(vars(self))

    def load_state_dict(self, state: dict) -> None:
        """Return to a ``state_dict()`` exactly (the arrays are copied, so it can be reused)."""
        vars(self).clear()
        vars(self).update(copy.deepcopy(state))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(lr={self.lr})"


class SGD(Optimizer):
    """W ← W − ε ∂L/∂W."""

    def _step(self, key, p, g):
        p -= self.lr * g


class Momentum(Optimizer):
    """v ← αv − ε ∂L/∂W;  W ← W + v."""

    def __init__(self, lr=0.01, momentum=0.9, weight_decay=0.0):
        super().__init__(lr, weight_decay)
        self.momentum = momentum
        self.v: Params = {}

    def _step(self, key, p, g):
        v = self.v.setdefault(key, np.zeros_like(p))
        v *= self.momentum
        v -= self.lr * g
        p += v


class Nesterov(Momentum):
    """Nesterov's accelerated gradient (book's form): v ← αv − ε∂L/∂W; W ← W + α²v − (1 + α)ε∂L/∂W."""

    def _step(self, key, p, g):
        v = self.v.setdefault(key, np.zeros_like(p))
        a = self.momentum
        v *= a
        v -= self.lr * g
        p += a * a * v
        p -= (1 + a) * self.lr * g


class AdaGrad(Optimizer):
    """h ← h + (∂L/∂W)²;  W ← W − ε ∂L/∂W / (√h + 1e-7)."""

    def __init__(self, lr=0.01, weight_decay=0.0):
        super().__init__(lr, weight_decay)
        self.h: Params = {}

    def _step(self, key, p, g):
        h = self.h.setdefault(key, np.zeros_like(p))
        h += g * g
        p -= self.lr * g / (np.sqrt(h) + 1e-7)


class RMSprop(Optimizer):
    """h ← ρh + (1 − ρ)(∂L/∂W)²;  W ← W − ε ∂L/∂W / (√h + 1e-7)."""

    def __init__(self, lr=0.01, decay_rate=0.99, weight_decay=0.0):
        super().__init__(lr, weight_decay)
        self.decay_rate = decay_rate
        self.h: Params = {}

    def _step(self, key, p, g):
        h = self.h.setdefault(key, np.zeros_like(p))
        h *= self.decay_rate
        h += (1 - self.decay_rate) * g * g
        p -= self.lr * g / (np.sqrt(h) + 1e-7)


class Adam(Optimizer):
    """Adam (book's form): with t the step count,
    m ← m + (1 − β₁)(g − m),  v ← v + (1 − β₂)(g² − v),
    W ← W − ε·√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m / (√v + 1e-7).

    Written as a few in-place passes over memory with one scratch array per parameter: the update
    is a quarter of a training step, so every pass counts.
    """

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999, weight_decay=0.0):
        super().__init__(lr, weight_decay)
        self.beta1 = beta1
        self.beta2 = beta2
        self.t = 0
        self.m: Params = {}
        self.v: Params = {}
        self._scratch: Params = {}

    def update(self, params, grads):
        self.t += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.t) / (1.0 - self.beta1**self.t)
        for key, g in grads.items():
            p = params[key]
            g = self._grad(key, p, g)
            m = self.m.get(key)
            if m is None:
                m = self.m[key] = np.zeros_like(p)
                self.v[key] = np.zeros_like(p)
                self._scratch[key] = np.empty_like(p)
            v, s = self.v[key], self._scratch[key]
            # m += (1-β1)(g-m)
            np.subtract(g, m, out=s)
            s *= 1 - self.beta1
            m += s
            # v += (1-β2)(g²-v)
            np.multiply(g, g, out=s)
            s -= v
            s *= 1 - self.beta2
            v += s
            # p -= lr_t * m / (sqrt(v) + eps)
            np.sqrt(v, out=s)
            s += 1e-7
            np.divide(m, s, out=s)
            s *= lr_t
            p -= s


OPTIMIZERS: dict[str, type[Optimizer]] = {
    "sgd": SGD, "momentum": Momentum, "nesterov": Nesterov,
    "adagrad": AdaGrad, "rmsprop": RMSprop, "adam": Adam,
}


def make_optimizer(name: str, lr: float, **kwargs) -> Optimizer:
    """Build an optimizer by its CLI/UI name ("sgd", "momentum", …, "adam")."""
    try:
        cls = OPTIMIZERS[name.lower()]
    except KeyError:
        raise ValueError(f"unknown optimizer {name!r}; choose from {', '.join(OPTIMIZERS)}") from None
    return cls(lr=lr, **kwargs)
