"""The book's optimizers (common/optimizer.py) as NN Lab computes them, for exported NumPy files.

Not a module of NN Lab (this folder is no package): ``nnlab.export.snippets`` copies the class the
learner trained with into the exported file. Each ``update(params, grads)`` changes params in place;
only the keys of ``grads`` are updated (a model's params also hold BatchNorm's running statistics).
"""

import numpy as np


class SGD:
    """W ← W − ε ∂L/∂W."""

    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        for key, grad in grads.items():
            params[key] -= self.lr * grad


class Momentum:
    """v ← αv − ε ∂L/∂W;  W ← W + v."""

    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = {}

    def update(self, params, grads):
        for key, grad in grads.items():
            v = self.v.setdefault(key, np.zeros_like(grad))
            v *= self.momentum
            v -= self.lr * grad
            params[key] += v


class Nesterov:
    """Nesterov's accelerated gradient in the book's form:
    v ← αv − ε ∂L/∂W;  W ← W + α²v − (1 + α) ε ∂L/∂W.
    """

    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = {}

    def update(self, params, grads):
        for key, grad in grads.items():
            v = self.v.setdefault(key, np.zeros_like(grad))
            v *= self.momentum
            v -= self.lr * grad
            params[key] += self.momentum * self.momentum * v
            params[key] -= (1 + self.momentum) * self.lr * grad


class AdaGrad:
    """h ← h + (∂L/∂W)²;  W ← W − ε ∂L/∂W / (√h + 1e-7)."""

    def __init__(self, lr=0.01):
        self.lr = lr
        self.h = {}

    def update(self, params, grads):
        for key, grad in grads.items():
            h = self.h.setdefault(key, np.zeros_like(grad))
            h += grad * grad
            params[key] -= self.lr * grad / (np.sqrt(h) + 1e-7)


class RMSprop:
    """h ← ρh + (1 − ρ)(∂L/∂W)²;  W ← W − ε ∂L/∂W / (√h + 1e-7)."""

    def __init__(self, lr=0.01, decay_rate=0.99):
        self.lr = lr
        self.decay_rate = decay_rate
        self.h = {}

    def update(self, params, grads):
        for key, grad in grads.items():
            h = self.h.setdefault(key, np.zeros_like(grad))
            h *= self.decay_rate
            h += (1 - self.decay_rate) * grad * grad
            params[key] -= self.lr * grad / (np.sqrt(h) + 1e-7)


class Adam:
    """Adam in the book's form, with t the number of updates:
    m ← m + (1 − β₁)(g − m),  v ← v + (1 − β₂)(g² − v),
    W ← W − ε·√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m / (√v + 1e-7).
    """

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.iter = 0
        self.m = {}
        self.v = {}

    def update(self, params, grads):
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        for key, grad in grads.items():
            m = self.m.setdefault(key, np.zeros_like(grad))
            v = self.v.setdefault(key, np.zeros_like(grad))
            m += (1 - self.beta1) * (grad - m)
            v += (1 - self.beta2) * (grad**2 - v)
            params[key] -= lr_t * m / (np.sqrt(v) + 1e-7)
