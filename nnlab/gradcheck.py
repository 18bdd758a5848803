"""Gradient check: backprop against the numerical gradient, parameter by parameter (chapter 5.7).

For every parameter θ: ∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h — here the five-point version of the
same central difference, whose smaller error lets h be large enough to keep roundoff negligible —
and the relative error
‖g_backprop − g_numerical‖ / (‖g_backprop‖ + ‖g_numerical‖) should be tiny (< 1e-7 in float64).

Each numerical derivative costs four evaluations of L, so checking all 235,000 weights of a
784-256-128-10 network takes many minutes. By default a tensor with more than ``SAMPLE`` entries
is checked on a sample of them: the ``LARGEST`` entries with the largest |backprop gradient| (a
wrong factor shows most there) and the rest drawn at random with a fixed seed. A bug in a layer's
backward almost never spares every sampled entry; ``sample=None`` checks everything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .functions import numerical_gradient
from .layers import Dropout
from .network import Network

TOLERANCE = 1e-6
# Below this every element of both gradients is central-difference roundoff (≈ 1e-16·L / h):
# the gradient is zero, as for a bias right before BatchNorm, and a ratio of noise means nothing.
ZERO_GRADIENT = 1e-9
SAMPLE = 30  # entries checked per tensor by default
LARGEST = 10  # of which those with the largest |backprop gradient|

Progress = Callable[[int, int], None]  # (entries done, entries in all); may raise to cancel


@dataclass(frozen=True)
class ParamCheck:
    """One parameter's comparison over the checked entries (``indices``, flat; None: every
    entry); ``numerical`` is NaN at the entries that were not checked."""

    key: str
    relative_error: float
    max_abs_diff: float
    backprop: np.ndarray = field(repr=False)
    numerical: np.ndarray = field(repr=False)
    indices: np.ndarray | None = field(default=None, repr=False)

    @property
    def checked(self) -> int:
        return self.backprop.size if self.indices is None else len(self.indices)

    @property
    def size(self) -> int:
        return self.backprop.size


@dataclass(frozen=True)
class GradCheckResult:
    checks: dict[str, ParamCheck]
    notes: list[tuple[str, str]]  # (English, Japanese), e.g. why a Step layer's gradient is zero

    @property
    def max_relative_error(self) -> float:
        return max((c.relative_error for c in self.checks.values()), default=0.0)

    def ok(self, tol: float = TOLERANCE) -> bool:
        return self.max_relative_error <= tol


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """‖a − b‖ / (‖a‖ + ‖b‖); 0 when both are zero (every element below ZERO_GRADIENT)."""
    if np.max(np.abs(a), initial=0.0) < ZERO_GRADIENT and np.max(np.abs(b), initial=0.0) < ZERO_GRADIENT:
        return 0.0
    return float(np.linalg.norm(a - b)) / float(np.linalg.norm(a) + np.linalg.norm(b))


def entries_to_check(backprop: np.ndarray, sample: int | None,
                     rng: np.random.Generator) -> np.ndarray:
    """Flat indices to check: every entry when ``sample`` is None or covers the tensor, else the
    ``LARGEST`` largest |backprop| entries and ``sample − LARGEST`` others at random (sorted)."""
    size = backprop.size
    if sample is None or size <= sample:
        return np.arange(size)
    top = min(LARGEST, sample)
    order = np.argsort(-np.abs(backprop).reshape(-1), kind="stable")
    others = rng.choice(order[top:], size=sample - top, replace=False)
    return np.sort(np.concatenate([order[:top], others]))


def check_entries(key: str, backprop: np.ndarray, loss: Callable[[np.ndarray], float],
                  array: np.ndarray, indices: np.ndarray, h: float,
                  progress: Progress | None = None) -> ParamCheck:
    """Compare ``backprop`` (∂L/∂array) with five-point central differences of ``loss`` at the
    flat ``indices`` of ``array`` (perturbed in place and restored)."""
    entries = None if len(indices) == array.size else indices
    numerical = numerical_gradient(loss, array, h, order=4, entries=entries, progress=progress)
    a = backprop.reshape(-1)[indices]
    n = numerical.reshape(-1)[indices]
    return ParamCheck(key, relative_error(a, n), float(np.max(np.abs(a - n), initial=0.0)),
                      backprop, numerical, indices)


def gradient_check(net: Network, x: np.ndarray, t: np.ndarray, h: float = 1e-4,
                   keys: list[str] | None = None, check_input: bool = False,
                   sample: int | None = SAMPLE, seed: int = 0,
                   progress: Progress | None = None) -> GradCheckResult:
    """Compare ``net.gradient(x, t)`` with central differences for every parameter (or ``keys``).

    Tensors with more than ``sample`` entries are checked on a seeded sample (module docstring);
    ``sample=None`` checks every entry. Use a float64 network. Dropout layers are given one fixed
    mask first, so every evaluation of L drops the same units; BatchNorm is checked in training
    mode like the gradient itself.
    """
    x = np.array(x, dtype=net.dtype)
    _fix_dropout_masks(net, x)
    buffers = {k: v.copy() for k, v in net.buffers.items()}

    def loss(_):
        value = net.loss(x, t, train=True)
        net.set_state(buffers)  # BatchNorm's running statistics must not drift between evaluations
        return value

    grads = net.gradient(x, t, need_input_grad=check_input)
    net.set_state(buffers)
    grads = {k: v.copy() for k, v in grads.items()}
    params = dict(net.params)
    if check_input:
        params["x"] = x
    unknown = [key for key in keys or () if key not in params]
    if unknown:  # before anything is frozen: a bad key must not leave the network changed
        raise KeyError(f"no parameter named {unknown[0]!r}; the network has {sorted(params)}")
    rng = np.random.default_rng(seed)
    plan = {key: entries_to_check(grads[key], sample, rng) for key in keys or list(params)}
    total = sum(len(i) for i in plan.values())
    checks, done = {}, 0
    for layer in net.layers:  # differentiate the pieces backprop took (Layer.freeze)
        layer.freeze()
    try:
        for key, indices in plan.items():
            tick = None if progress is None else (lambda d, _n, base=done: progress(base + d, total))
            checks[key] = check_entries(key, grads[key], loss, params[key], indices, h, tick)
            done += len(indices)
    finally:  # also when progress cancels
        for layer in net.layers:
            layer.unfreeze()
            if isinstance(layer, Dropout):
                layer.fixed_mask = None
    notes = [(layer.gradient_note, layer.gradient_note_ja) for layer in net.layers if layer.gradient_note]
    return GradCheckResult(checks, notes)


def _fix_dropout_masks(net: Network, x: np.ndarray) -> None:
    """One mask per Dropout layer, drawn once, so every evaluation of L drops the same units."""
    for layer in net.layers:
        if isinstance(layer, Dropout):
            probe = x
            for before in net.layers[: net.layers.index(layer)]:
                probe = before.forward(probe, train=False)
            layer.fixed_mask = layer.rng.random(probe.shape) > layer.ratio
