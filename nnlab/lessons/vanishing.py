"""Lesson 13: vanishing gradients and the initial weights (book 6.2, notes day 2 Section 1).

- ``activation_histograms``: the book's experiment (ch06/weight_init_activation_histogram.py):
  x = 1000×100 from N(0, 1) goes through ``depth`` layers of 100 units, z = h(xW) with
  W ~ N(0, σ²); each layer's outputs as a 30-bin histogram with their mean and spread.
  sigmoid, σ = 1: outputs pile up at 0 and 1, where σ′ ≈ 0 (vanishing gradients);
  sigmoid, σ = 0.01: all near 0.5, every unit the same (lost expressiveness);
  Xavier σ = 1/√n keeps sigmoid's outputs spread; ReLU needs He σ = √(2/n), with σ = 0.01 its
  outputs shrink ~100 times per layer.
- ``gradient_by_layer``: mean |∂L/∂W| of every Affine layer of a real network (Network.gradient on
  a real MNIST batch): with sigmoid the gradient shrinks towards the input, since every layer
  multiplies it by σ′ ≤ 0.25 (σ′ = σ(1 − σ)); with ReLU and He it keeps its size.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..functions import relu, sigmoid
from ..initializers import weight_std
from ..network import Network
from ..spec import NetworkSpec

ACTIVATIONS = ("sigmoid", "tanh", "relu")
INITS = ("std1", "std0.01", "xavier", "he")
INIT_STD = {"std1": 1.0, "std0.01": 0.01}  # the others come from nnlab.initializers
LAYER_TYPES = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "ReLU"}
HIST_RANGE = {"sigmoid": (0.0, 1.0), "tanh": (-1.0, 1.0), "relu": (0.0, 2.0)}
UNITS, SAMPLES, BINS, MAX_DEPTH = 100, 1000, 30, 10
# The book's six cases (figures 6-10, 6-11, 6-13, 6-14).
BOOK_CASES = (("sigmoid", "std1"), ("sigmoid", "std0.01"), ("sigmoid", "xavier"),
              ("relu", "std0.01"), ("relu", "xavier"), ("relu", "he"))


def init_std(init: str, n_in: int) -> float:
    """σ of the weights: 1, 0.01, Xavier 1/√n or He √(2/n) for n inputs."""
    if init in INIT_STD:
        return INIT_STD[init]
    return weight_std(init, n_in)


def activate(name: str, a: np.ndarray) -> np.ndarray:
    if name == "sigmoid":
        return sigmoid(a)
    if name == "tanh":
        return np.tanh(a)
    return relu(a)


@dataclass(frozen=True)
class LayerActivations:
    """One layer's outputs z: the histogram (counts over ``edges``) and summary numbers."""

    index: int  # 1-based
    counts: np.ndarray  # ReLU: of the outputs > 0
    edges: np.ndarray
    mean: float
    std: float
    saturated: float  # sigmoid/tanh: fraction within 0.05 of the ends (where h′ ≈ 0)
    zeros: float  # ReLU: fraction exactly 0 (no gradient through these)


def _summary(index: int, z: np.ndarray, activation: str, bins: int) -> LayerActivations:
    lo, hi = HIST_RANGE[activation]
    # ReLU's exact zeros (about half) are counted in ``zeros``, not drawn: they would dwarf the rest.
    shown = z[z != 0.0] if activation == "relu" else z
    counts, edges = np.histogram(shown, bins=bins, range=(lo, hi))
    if activation == "relu":
        saturated = 0.0
    else:
        margin = 0.05 * (hi - lo)
        saturated = float(np.mean((z < lo + margin) | (z > hi - margin)))
    return LayerActivations(index, counts, edges, float(z.mean()), float(z.std()), saturated,
                            float(np.mean(z == 0.0)) if activation == "relu" else 0.0)


def activation_histograms(activation: str = "sigmoid", init: str = "std1", depth: int = 5,
                          units: int = UNITS, samples: int = SAMPLES, bins: int = BINS,
                          seed: int = 0) -> list[LayerActivations]:
    """z₀ = x ~ N(0, 1) (samples×units); zₖ = h(zₖ₋₁Wₖ), Wₖ ~ N(0, σ²); each zₖ summarised."""
    if activation not in ACTIVATIONS or init not in INITS:
        raise ValueError(f"activation must be one of {ACTIVATIONS} and init one of {INITS}")
    depth = int(min(max(depth, 1), MAX_DEPTH))
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((samples, units))
    layers = []
    for k in range(1, depth + 1):
        w = rng.standard_normal((units, units)) * init_std(init, units)
        z = activate(activation, z @ w)
        layers.append(_summary(k, z, activation, bins))
    return layers


# ---- the gradient side ---------------------------------------------------------------------------

def deep_spec(activation: str, init: str, depth: int = 5, units: int = UNITS) -> NetworkSpec:
    """784 → (units, activation)×depth → 10 softmax, every Affine with ``init``."""
    if init in INIT_STD:
        init_value: str | float = INIT_STD[init]
    else:
        init_value = init
    layers = []
    for _ in range(depth):
        layers += [{"type": "Affine", "units": units, "init": init_value},
                   {"type": LAYER_TYPES[activation]}]
    layers += [{"type": "Affine", "units": 10, "init": init_value}, {"type": "SoftmaxWithLoss"}]
    name = f"784-{units}x{depth}-10 {LAYER_TYPES[activation]}"
    return NetworkSpec.from_dict({"format": "nnlab.network/1", "name": name,
                                  "input_shape": [784], "layers": layers})


@dataclass(frozen=True)
class GradientSizes:
    """Mean |∂L/∂W| of each Affine layer, input side first, and the loss of the batch."""

    activation: str
    init: str
    means: np.ndarray
    loss: float

    def ratio(self) -> float:
        """How much the gradient shrinks per layer on the way back through the hidden layers
        (the geometric mean of layer k's over layer k+1's, the output layer left out);
        < 1: it vanishes towards the input."""
        m = self.means[:-1]
        if len(m) < 2 or np.any(m <= 0):
            return float("nan")
        return float((m[0] / m[-1]) ** (1.0 / (len(m) - 1)))


def gradient_by_layer(x: np.ndarray, t: np.ndarray, activation: str = "sigmoid", init: str = "xavier",
                      depth: int = 5, seed: int = 0) -> GradientSizes:
    """One backprop through a fresh network on the batch (x, t): mean |∂L/∂W| per Affine layer."""
    net = Network(deep_spec(activation, init, depth), seed=seed, dtype="float64")
    grads = net.gradient(np.asarray(x, dtype=np.float64), t)
    keys = sorted((k for k in grads if k.endswith(".W")), key=lambda k: int(k.split(".")[1]))
    means = np.array([float(np.mean(np.abs(grads[k]))) for k in keys])
    return GradientSizes(activation, init, means, float(net.loss(np.asarray(x, np.float64), t)))


def mnist_batch(n: int = 128, start: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """n bundled MNIST test images as float64 in [0, 1] (n×784) and their labels."""
    from .samples import mnist_test

    images, labels = mnist_test()
    sl = slice(start, start + n)
    return images[sl].reshape(-1, 784).astype(np.float64) / 255.0, labels[sl].copy()
