"""Initial weights: the standard deviation a layer's W is drawn with (book chapter 6.2).

- ``std``: N(0, 0.01²), the book's first choice; fine for shallow nets, too small for deep ones.
- ``xavier``: N(0, 1/n) with n the number of inputs — for sigmoid and tanh.
- ``he``: N(0, 2/n) — for ReLU, which zeroes half its inputs.
- a number: N(0, number²).
Biases start at 0.
"""

from __future__ import annotations

import math

import numpy as np

DEFAULT_STD = 0.01


def weight_std(init: str | float, n_in: int) -> float:
    """The standard deviation for a layer with ``n_in`` inputs."""
    if isinstance(init, (int, float)) and not isinstance(init, bool):
        return float(init)
    if init == "std":
        return DEFAULT_STD
    if init == "xavier":
        return math.sqrt(1.0 / n_in)
    if init == "he":
        return math.sqrt(2.0 / n_in)
    raise ValueError(f"unknown weight initialisation {init!r}")


def init_weight(init: str | float, shape: tuple[int, ...], rng: np.random.Generator,
                dtype: np.dtype | str = np.float64) -> np.ndarray:
    """W ~ N(0, σ²) with σ = weight_std(init, shape[0])."""
    std = weight_std(init, shape[0])
    return (rng.standard_normal(shape) * std).astype(dtype)
