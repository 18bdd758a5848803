"""Lesson 6: stochastic gradient descent on Section 4's regression (the day-1 notes).

The notes' recipe, followed exactly:

    f(x) = 3x₀ + 2x₁;  100,000 samples x ~ U[0, 1)², d = f(x);  1000 of them drawn at random
    2-10-1 network: u₁ = xW₁ + b₁, z₁ = ReLU(u₁) (try sigmoid), y = z₁W₂ + b₂
    W₁, W₂, b₁, b₂ ~ N(0, 1) (np.random.randn);  learning rate 0.07
    every step: forward, backward, W ← W − ε ∂E/∂W;  E = ½(y − d)² of the sample, recorded
    before the update (as the notes' loss list is)

A run can also fail quietly: a ReLU unit whose total input u = xW₁ + b₁ is ≤ 0 for every x
outputs 0 and passes no gradient back (ReLU′ = 0), so it never learns again — a dead unit. With
learning rate 0.5 a few large early steps push all ten below 0 ("dying ReLU"): the network then
outputs the constant b₂ whatever x is. ``dead_units`` finds them on a grid over [0, 1]², and
``fit_grid`` gives the learned y against f(x) on that grid.

A run stops as soon as it diverges — the loss becomes NaN or infinite, or exceeds
``DIVERGENCE_LOSS`` (it then reaches infinity within a few more steps) — and keeps the last
weights whose loss was still finite: "学習率が大きすぎる場合：解にたどり着かず、発散する。"
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..data.toy import linear_regression
from ..network import Network
from ..spec import NetworkSpec

DATA_SIZE = 100_000
STEPS = 1000
LEARNING_RATE = 0.07
DIVERGENCE_LOSS = 1e6
GRID = 21  # the fit is shown, and dead units are looked for, on a GRID×GRID grid over [0, 1]²
ACTIVATIONS = ("ReLU", "Sigmoid")

DIVERGED_TEXT = (
    ("The learning rate is too large: the weights overshoot, never reach the solution, and "
    "diverge (the loss grew without bound). The weights from before the jump are kept."),
    ("学習率が大きすぎると、解にたどり着かずに発散します（ノート：「学習率が大きすぎる場合：解にたどり着かず、"
    "発散する」）。誤差が際限なく大きくなったので、発散する直前の重みを残しています。"),
)


def section4_spec(activation: str = "ReLU") -> NetworkSpec:
    """2-10-1 with ``activation`` and an identity output with the sum-of-squares error."""
    if activation not in ACTIVATIONS:
        raise ValueError(f"activation must be one of {', '.join(ACTIVATIONS)}, not {activation!r}")
    return NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "Section 4: f(x) = 3x0 + 2x1", "input_shape": [2],
        "layers": [{"type": "Affine", "units": 10}, {"type": activation},
                   {"type": "Affine", "units": 1}, {"type": "IdentityWithLoss"}],
    })


def f(x: np.ndarray) -> np.ndarray:
    """The function to learn: 3x₀ + 2x₁."""
    x = np.asarray(x, dtype=np.float64)
    return 3 * x[..., 0] + 2 * x[..., 1]


@dataclass
class DescentRun:
    """One run of the notes' loop; ``advance(n)`` takes up to n steps (the UI calls it on a timer)."""

    lr: float = LEARNING_RATE
    activation: str = "ReLU"
    seed: int = 0
    steps: int = STEPS
    losses: list[float] = field(default_factory=list)
    diverged: bool = False

    def __post_init__(self) -> None:
        rng = np.random.default_rng(self.seed)
        self.net = Network(section4_spec(self.activation), seed=self.seed, dtype="float64")
        for p in self.net.params.values():  # np.random.randn, as the notes initialise
            p[...] = rng.standard_normal(p.shape)
        x, d = linear_regression(DATA_SIZE, seed=rng)
        picks = rng.integers(0, DATA_SIZE, self.steps)  # np.random.choice(data_sets, epoch)
        self.x, self.d = x[picks], d[picks]
        self.initial = self.net.state()

    @property
    def step(self) -> int:
        return len(self.losses)

    @property
    def finished(self) -> bool:
        return self.diverged or self.step >= self.steps

    def advance(self, n: int = 1) -> list[float]:
        """Take up to ``n`` steps; returns their losses. Stops at the end or on divergence."""
        new: list[float] = []
        while n > 0 and not self.finished:
            i = self.step
            x, d = self.x[i:i + 1], self.d[i:i + 1]
            good = self.net.state()
            with np.errstate(over="ignore", invalid="ignore"):
                loss = self.net.loss(x, d, train=True)
                if not np.isfinite(loss) or loss > DIVERGENCE_LOSS:
                    self.net.set_state(good)
                    self.diverged = True
                    break
                grads = self.net.gradient(x, d)
                for key, g in grads.items():
                    self.net.params[key] -= self.lr * g
            if not all(np.all(np.isfinite(p)) for p in self.net.params.values()):
                self.net.set_state(good)
                self.diverged = True
                break
            self.losses.append(float(loss))
            new.append(float(loss))
            n -= 1
        return new

    def predict(self, x) -> np.ndarray:
        """The net's y for inputs x (N, 2)."""
        return self.net.predict(np.asarray(x, dtype=np.float64))[:, 0]

    def dead_units(self, n: int = GRID) -> np.ndarray:
        """Hidden ReLU units with u ≤ 0 for every x on an n×n grid over [0, 1]²: they output 0 and
        get no gradient (ReLU′ = 0), so they can never learn again. Sigmoid units never die."""
        if self.activation != "ReLU":
            return np.zeros(0, dtype=int)
        p = self.net.params
        u = grid(n) @ p["layers.0.W"] + p["layers.0.b"]
        return np.flatnonzero(np.all(u <= 0, axis=0))

    def fit_grid(self, n: int = GRID) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(x, the net's y, f(x)) on an n×n grid over [0, 1]²: a perfect fit has y = f(x)."""
        x = grid(n)
        return x, self.predict(x), f(x)



def grid(n: int = GRID) -> np.ndarray:
    """The n² points of an n×n grid over [0, 1]², shape (n², 2)."""
    a = np.linspace(0.0, 1.0, n)
    x0, x1 = np.meshgrid(a, a, indexing="ij")
    return np.column_stack([x0.ravel(), x1.ravel()])
