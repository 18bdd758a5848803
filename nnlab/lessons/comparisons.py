"""The comparisons the notes make in words, computed so a lesson can show them.

- ``loss_vs_accuracy`` (lesson 5, book 4.2.5): why training follows the loss, not the accuracy.
  Accuracy counts right answers, so it moves in jumps of 1/N and its derivative is 0 almost
  everywhere; the cross-entropy error changes smoothly with every weight.
- ``descent_modes`` (lesson 6, notes Section 4): batch, stochastic and mini-batch gradient descent
  on the same data with the same budget of per-sample gradients.
- ``affine_collapse`` (lesson 4): two Affine layers with no activation between them are one
  Affine layer, W = W₁W₂ and b = b₁W₂ + b₂; a ReLU between them breaks this.
- ``sigmoid_binary`` (lesson 5): a binary example through SigmoidWithLoss.
- ``weight_presets`` and ``matrix_example`` (lesson 2): the notes' 試してみよう presets for W and
  the reading notes' matrix product (x₁ x₂)·[[1, 3, 5], [2, 4, 6]].
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..functions import cross_entropy_error, relu, sigmoid
from ..layers import SigmoidWithLoss
from .descent import f

# ---- loss vs accuracy ----------------------------------------------------------------------------

SIGNAL_N = 100  # the notes' example: 100 images, 32 of them right → 32 %


def signal_data(n: int = SIGNAL_N, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """n one-feature samples x with labels t ∈ {0, 1} (t = 1 mostly where x > 0, with overlap)."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, n)
    t = (x + rng.normal(0.0, 0.8, n) > 0).astype(np.float64)
    return x, t


@dataclass(frozen=True)
class SignalPoint:
    """Accuracy and loss of y = sigmoid(w·x − 1) at one w, with their slopes ∂/∂w."""

    w: float
    accuracy: float  # fraction right
    loss: float  # mean cross-entropy error
    accuracy_slope: float  # central difference; 0 except where a sample changes side
    loss_slope: float


def _accuracy_and_loss(w: float, x: np.ndarray, t: np.ndarray) -> tuple[float, float]:
    y = sigmoid(w * x - 1.0)
    accuracy = float(np.mean((y > 0.5) == (t > 0.5)))
    two_class = np.column_stack([1.0 - y, y])
    return accuracy, cross_entropy_error(two_class, t.astype(np.int64))


def loss_vs_accuracy(w: float, h: float = 1e-3, data=None) -> SignalPoint:
    """Both training signals at weight ``w`` of y = sigmoid(w·x − 1), with their slopes."""
    x, t = signal_data() if data is None else data
    acc, loss = _accuracy_and_loss(w, x, t)
    acc_p, loss_p = _accuracy_and_loss(w + h, x, t)
    acc_m, loss_m = _accuracy_and_loss(w - h, x, t)
    return SignalPoint(w, acc, loss, (acc_p - acc_m) / (2 * h), (loss_p - loss_m) / (2 * h))


def signal_curves(lo: float = -1.0, hi: float = 8.0, n: int = 361) -> tuple[np.ndarray, ...]:
    """w, accuracy(w) and loss(w) sampled on [lo, hi] (for plotting)."""
    data = signal_data()
    w = np.linspace(lo, hi, n)
    acc, loss = zip(*(_accuracy_and_loss(float(v), *data) for v in w), strict=True)
    return w, np.array(acc), np.array(loss)


# ---- batch, stochastic and mini-batch gradient descent -------------------------------------------

MODES = ("batch", "minibatch", "stochastic")


@dataclass(frozen=True)
class DescentTrace:
    """One mode's run: after each update, how many per-sample gradients were used so far and the
    error over all the data, E = (1/N) Σ ½(y − d)²."""

    mode: str
    batch_size: int
    samples_used: np.ndarray
    error: np.ndarray

    @property
    def updates(self) -> int:
        return len(self.error) - 1


def descent_modes(budget: int = 2000, n: int = 100, minibatch: int = 10, lr: float = 0.1,
                  noise: float = 0.2, seed: int = 0) -> dict[str, DescentTrace]:
    """The three modes on y = w₀x₀ + w₁x₁ + b learning f(x) = 3x₀ + 2x₁ from n samples (targets
    with a little noise of standard deviation ``noise``, as measured data have), each allowed
    ``budget`` per-sample gradients: batch gradient descent averages all n per update (few smooth
    steps), stochastic one random sample (many noisy steps), mini-batch a random ``minibatch``
    (between). All start from w = 0, b = 0 with the same learning rate."""
    rng = np.random.default_rng(seed)
    x = rng.random((n, 2))
    d = f(x) + noise * rng.standard_normal(n)
    sizes = {"batch": n, "minibatch": minibatch, "stochastic": 1}
    traces = {}
    for mode in MODES:
        size = sizes[mode]
        steps = budget // size
        picks = (np.tile(np.arange(n), (steps, 1)) if size == n
                 else np.random.default_rng(seed + 1).integers(0, n, (steps, size)))
        w, b = np.zeros(2), 0.0
        history = [(w, b)]
        for idx in picks:
            xs = x[idx]
            delta = xs @ w + b - d[idx]  # ∂E/∂y of each sample in this update
            w = w - lr * (delta @ xs) / size
            b = b - lr * delta.mean()
            history.append((w, b))
        ws = np.array([h[0] for h in history])
        bs = np.array([h[1] for h in history])
        errors = np.mean(0.5 * (x @ ws.T + bs - d[:, None]) ** 2, axis=0)
        traces[mode] = DescentTrace(mode, size, np.arange(steps + 1) * size, errors)
    return traces


# ---- Affine layers without an activation collapse into one ---------------------------------------

@dataclass(frozen=True)
class Collapse:
    """Two Affine layers, the single layer they equal, and the same two with ReLU between."""

    two_layers: np.ndarray  # (xW₁ + b₁)W₂ + b₂
    W: np.ndarray  # W₁W₂
    b: np.ndarray  # b₁W₂ + b₂
    one_layer: np.ndarray  # xW + b: the same numbers
    with_relu: np.ndarray  # ReLU(xW₁ + b₁)W₂ + b₂: different once a unit is negative


def affine_collapse(W1, b1, W2, b2, x) -> Collapse:
    """(xW₁ + b₁)W₂ + b₂ = x(W₁W₂) + (b₁W₂ + b₂): stacking linear layers adds nothing."""
    W1, b1, W2, b2, x = (np.asarray(a, dtype=np.float64) for a in (W1, b1, W2, b2, x))
    two = (x @ W1 + b1) @ W2 + b2
    W, b = W1 @ W2, b1 @ W2 + b2
    return Collapse(two, W, b, x @ W + b, relu(x @ W1 + b1) @ W2 + b2)


# ---- a binary example: SigmoidWithLoss -----------------------------------------------------------

@dataclass(frozen=True)
class Binary:
    """y = σ(u), L = −[t log y + (1 − t) log(1 − y)], ∂L/∂u = y − t (one sample)."""

    u: float
    t: float
    y: float
    loss: float
    du: float


def sigmoid_binary(u: float, t: float) -> Binary:
    """One sample through the engine's SigmoidWithLoss, forward and backward."""
    head = SigmoidWithLoss()
    loss = head.forward(np.array([[float(u)]]), np.array([[float(t)]]))
    du = head.backward(1.0)
    return Binary(float(u), float(t), float(head.y[0, 0]), float(loss), float(du[0, 0]))


# ---- lesson 2: the notes' weight presets and the matrix example ----------------------------------

PRESETS = ("notes", "zeros", "ones", "rand", "randint")
PRESET_CODE = {
    "notes": "W = np.array([[0.1, 0.2, 0.3], [0.2, 0.3, 0.4], [0.3, 0.4, 0.5], [0.4, 0.5, 0.6]])",
    "zeros": "W = np.zeros((4, 3))",
    "ones": "W = np.ones((4, 3))",
    "rand": "W = np.random.rand(4, 3)",
    "randint": "W = np.random.randint(5, size=(4, 3))",
}
NOTES_W = np.array([[0.1, 0.2, 0.3], [0.2, 0.3, 0.4], [0.3, 0.4, 0.5], [0.4, 0.5, 0.6]])


def weight_preset(name: str, seed: int = 0) -> np.ndarray:
    """W (4×3) as the notes' 試してみよう line ``PRESET_CODE[name]`` makes it (float64).

    ``rand`` is uniform in [0, 1) — not the standard normal, which is ``randn`` — and ``randint(5)``
    draws the integers 0 … 4.
    """
    rng = np.random.default_rng(seed)
    makers = {
        "notes": lambda: NOTES_W.copy(),
        "zeros": lambda: np.zeros((4, 3)),
        "ones": lambda: np.ones((4, 3)),
        "rand": lambda: rng.random((4, 3)),
        "randint": lambda: rng.integers(0, 5, (4, 3)).astype(np.float64),
    }
    if name not in makers:
        raise KeyError(f"no weight preset {name!r}; known: {', '.join(PRESETS)}")
    return makers[name]()


BOOK_MATRIX = np.array([[1.0, 3.0, 5.0], [2.0, 4.0, 6.0]])


def matrix_example(x1: float, x2: float) -> np.ndarray:
    """(x₁ x₂)·[[1, 3, 5], [2, 4, 6]] = (x₁ + 2x₂, 3x₁ + 4x₂, 5x₁ + 6x₂)."""
    return np.dot(np.array([x1, x2], dtype=np.float64), BOOK_MATRIX)
