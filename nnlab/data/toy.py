"""The curriculum's small data sets: logic gates, two spirals, circles and Section 4's regression.

Every random set takes ``seed``: an int (the same int always gives the same data), an existing
``np.random.Generator`` (used as is, so a caller can chain draws), or None (fresh entropy). Nothing
touches numpy's global random state. Inputs are float64 (lessons run in float64).
"""

from __future__ import annotations

import numpy as np

Seed = int | np.random.Generator | None

TRUTH_TABLES: dict[str, tuple[int, int, int, int]] = {
    # outputs for inputs (0,0), (0,1), (1,0), (1,1)
    "AND": (0, 0, 0, 1),
    "OR": (0, 1, 1, 1),
    "NAND": (1, 1, 1, 0),
    "XOR": (0, 1, 1, 0),
}


def logic_gate(name: str) -> tuple[np.ndarray, np.ndarray]:
    """Truth table of AND, OR, NAND or XOR: x (4, 2) in {0, 1}, t (4, 1).

    AND, OR and NAND are linearly separable (one perceptron, w·x + b > 0, solves them);
    XOR is not, and needs two layers: XOR(x) = AND(NAND(x), OR(x)).
    """
    key = name.upper()
    if key not in TRUTH_TABLES:
        raise ValueError(f"unknown logic gate {name!r}; choose one of {', '.join(TRUTH_TABLES)}")
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
    t = np.array(TRUTH_TABLES[key], dtype=np.float64).reshape(4, 1)
    return x, t


def _split(n: int) -> tuple[int, int]:
    """Points per class for n points: class 0 takes the odd one."""
    if n < 2:
        raise ValueError(f"n must be at least 2 (one point per class), not {n}")
    return n - n // 2, n // 2


def _shuffled(rng: np.random.Generator, x: np.ndarray, t: np.ndarray):
    """Mix the classes so that any slice of the set holds both."""
    order = rng.permutation(len(t))
    return x[order], t[order]


def two_spirals(n: int = 200, noise: float = 0.1, seed: Seed = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved spirals: x (n, 2), labels t (n,) in {0, 1}; not linearly separable.

    With u ~ U[0, 1):  θ = 3π·√u (one and a half turns),  r = 0.05 + 0.95·√u,
    class 0 at  r·(cos θ, sin θ),  class 1 at  −r·(cos θ, sin θ)  (the same spiral turned by π),
    each point plus Gaussian noise of standard deviation ``noise``.
    """
    rng = np.random.default_rng(seed)
    sizes = _split(n)
    xs, ts = [], []
    for label, size in enumerate(sizes):
        s = np.sqrt(rng.random(size))
        theta, r = 3 * np.pi * s, 0.05 + 0.95 * s
        sign = 1.0 if label == 0 else -1.0
        xs.append(sign * r[:, None] * np.stack([np.cos(theta), np.sin(theta)], axis=1))
        ts.append(np.full(size, label, dtype=np.int64))
    x = np.concatenate(xs) + noise * rng.standard_normal((n, 2))
    return _shuffled(rng, x, np.concatenate(ts))


def circles(n: int = 200, noise: float = 0.1, seed: Seed = 0) -> tuple[np.ndarray, np.ndarray]:
    """A ring around a disc: x (n, 2), labels t (n,); class 0 on radius 1, class 1 on radius 0.5.

    With φ ~ U[0, 2π):  x = r·(cos φ, sin φ) + noise·N(0, I),  r = 1 for class 0, 0.5 for class 1.
    No straight line separates them; one hidden layer does.
    """
    rng = np.random.default_rng(seed)
    sizes = _split(n)
    radius = np.repeat([1.0, 0.5], sizes)
    phi = rng.uniform(0.0, 2 * np.pi, n)
    x = radius[:, None] * np.stack([np.cos(phi), np.sin(phi)], axis=1)
    x += noise * rng.standard_normal((n, 2))
    return _shuffled(rng, x, np.repeat(np.array([0, 1], dtype=np.int64), sizes))


def linear_regression(n: int = 100_000, seed: Seed = 0, *, low: float = 0.0, high: float = 1.0,
                      noise: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """Section 4 (勾配降下法) of the day-1 notes: learn f(x) = 3x₀ + 2x₁.

    The notes' recipe: ``data_sets_size = 100000`` samples, each ``x = np.random.rand(2)``, i.e.
    x ~ U[0, 1)², and target ``d = f(x)`` exactly (no noise); the net then trains on 1000 samples
    drawn at random with lr 0.07. Defaults follow it. Their "try it" variant draws
    x ∈ [−5, 5) (``np.random.rand(2) * 10 - 5``): pass ``low=-5, high=5``. ``noise`` > 0 adds
    Gaussian noise of that standard deviation to t (not in the notes; 0 by default).

    Returns x (n, 2) and t (n, 1) with t = 3x₀ + 2x₁ (+ noise).
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, not {n}")
    rng = np.random.default_rng(seed)
    x = low + (high - low) * rng.random((n, 2))
    t = (3 * x[:, 0] + 2 * x[:, 1]).reshape(n, 1)
    if noise:
        t = t + noise * rng.standard_normal((n, 1))
    return x, t
