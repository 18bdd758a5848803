"""Lesson 7: numerical differentiation against backpropagation (book 4.4, 5.7; notes Section 4).

Numerical:  ∂L/∂wₘ ≈ (L(wₘ + h) − L(wₘ − h)) / 2h — two forward passes for every one of the M
parameters, 2M passes in all. Backprop: one forward and one backward pass for all of them.

``GradientRace`` computes both on an MNIST-size network. The numerical side runs in slices
(``advance(budget)``) so a window can show its progress and stay responsive; the time of each
side is measured with ``time.perf_counter`` around the computation only. At the end the two are
compared parameter by parameter exactly as ``nnlab.gradcheck.gradient_check`` does.
"""

from __future__ import annotations

import time

import numpy as np

from ..gradcheck import ParamCheck, relative_error
from ..network import Network
from ..spec import NetworkSpec
from .samples import mnist_test

H = 1e-4  # the book's h for numerical_gradient
BACKPROP_REPEATS = 20  # one backprop pass takes ~0.1 ms: time several and take the fastest


def mnist_spec(hidden: int = 10) -> NetworkSpec:
    """784-hidden-10 with sigmoid and softmax, std 0.01 initial weights: the book's chapter 4
    TwoLayerNet, the one it differentiates numerically. Sigmoid is smooth, so a nudge of h never
    crosses a kink the way it can at ReLU's 0 (which would make the two gradients differ there)."""
    return NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": f"MNIST 784-{hidden}-10", "input_shape": [784],
        "layers": [{"type": "Affine", "units": hidden, "init": "std"}, {"type": "Sigmoid"},
                   {"type": "Affine", "units": 10, "init": "std"}, {"type": "SoftmaxWithLoss"}],
    })


def mnist_batch(n: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """The first n bundled test images as float64 in [0, 1] and their labels (the book checks 3)."""
    images, labels = mnist_test()
    return images[:n].reshape(n, 784).astype(np.float64) / 255.0, labels[:n].copy()


class GradientRace:
    """Backprop once, then the numerical gradient of every parameter a slice at a time."""

    def __init__(self, net: Network, x: np.ndarray, t: np.ndarray, h: float = H):
        self.net, self.x, self.t, self.h = net, x, t, h
        self.keys = list(net.params)
        self.total = sum(p.size for p in net.params.values())
        self.done = 0
        self.numerical_seconds = 0.0
        self.numerical = {k: np.zeros_like(p) for k, p in net.params.items()}
        self._key = 0
        self._flat = 0
        best = float("inf")
        for _ in range(BACKPROP_REPEATS):
            start = time.perf_counter()
            grads = net.gradient(x, t)
            best = min(best, time.perf_counter() - start)
        self.backprop = {k: v.copy() for k, v in grads.items()}
        self.backprop_seconds = best

    @property
    def finished(self) -> bool:
        return self.done >= self.total

    @property
    def progress(self) -> float:
        return self.done / self.total if self.total else 1.0

    def advance(self, budget_seconds: float = 0.03) -> int:
        """Compute numerical derivatives for about ``budget_seconds``; returns how many were done."""
        start = time.perf_counter()
        count = 0
        params = self.net.params
        while not self.finished and time.perf_counter() - start < budget_seconds:
            key = self.keys[self._key]
            p = params[key].reshape(-1)  # a view: perturbing it perturbs the network
            i = self._flat
            original = p[i]
            p[i] = original + self.h
            plus = self.net.loss(self.x, self.t)
            p[i] = original - self.h
            minus = self.net.loss(self.x, self.t)
            p[i] = original
            self.numerical[key].reshape(-1)[i] = (plus - minus) / (2 * self.h)
            count += 1
            self.done += 1
            self._flat += 1
            if self._flat >= p.size:
                self._key += 1
                self._flat = 0
        self.numerical_seconds += time.perf_counter() - start
        return count

    def run(self) -> None:
        """Finish in one go (tests, scripts)."""
        while not self.finished:
            self.advance(1.0)

    @property
    def ratio(self) -> float:
        """How many times slower the numerical gradient was (at the end of the race)."""
        return self.numerical_seconds / self.backprop_seconds if self.backprop_seconds > 0 else float("inf")

    def checks(self) -> dict[str, ParamCheck]:
        """Backprop against numerical, per parameter (as gradient_check reports it)."""
        return {k: ParamCheck(k, relative_error(self.backprop[k], self.numerical[k]),
                              float(np.max(np.abs(self.backprop[k] - self.numerical[k]), initial=0.0)),
                              self.backprop[k], self.numerical[k]) for k in self.keys}


def mnist_race(hidden: int = 10, batch: int = 3, seed: int = 0) -> GradientRace:
    """A race on 784-``hidden``-10 with the first ``batch`` test images."""
    net = Network(mnist_spec(hidden), seed=seed, dtype="float64")
    x, t = mnist_batch(batch)
    return GradientRace(net, x, t)
