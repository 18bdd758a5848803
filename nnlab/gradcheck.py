"""Gradient check: backprop against the numerical gradient, parameter by parameter (chapter 5.7).

For every parameter θ: ∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h — here the five-point version of the
same central difference, whose smaller error lets h be large enough to keep roundoff negligible —
and the relative error
‖g_backprop − g_numerical‖ / (‖g_backprop‖ + ‖g_numerical‖) should be tiny (< 1e-7 in float64).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .functions import numerical_gradient
from .layers import Dropout
from .network import Network

TOLERANCE = 1e-6
# Below this every element of both gradients is central-difference roundoff (≈ 1e-16·L / h):
# the gradient is zero, as for a bias right before BatchNorm, and a ratio of noise means nothing.
ZERO_GRADIENT = 1e-9


@dataclass(frozen=True)
class ParamCheck:
    """One parameter's comparison."""

    key: str
    relative_error: float
    max_abs_diff: float
    backprop: np.ndarray = field(repr=False)
    numerical: np.ndarray = field(repr=False)


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


def gradient_check(net: Network, x: np.ndarray, t: np.ndarray, h: float = 1e-4,
                   keys: list[str] | None = None, check_input: bool = False) -> GradCheckResult:
    """Compare ``net.gradient(x, t)`` with central differences for every parameter (or ``keys``).

    Use a float64 network. Dropout layers are given one fixed mask first, so every evaluation of
    L drops the same units; BatchNorm is checked in training mode like the gradient itself.
    """
    x = np.array(x, dtype=net.dtype)
    for layer in net.layers:
        if isinstance(layer, Dropout):
            probe = x
            for before in net.layers[: net.layers.index(layer)]:
                probe = before.forward(probe, train=False)
            layer.fixed_mask = layer.rng.random(probe.shape) > layer.ratio
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
    checks = {}
    for key in keys or list(params):
        numerical = numerical_gradient(loss, params[key], h, order=4)
        backprop = grads[key]
        checks[key] = ParamCheck(key, relative_error(backprop, numerical),
                                 float(np.max(np.abs(backprop - numerical), initial=0.0)),
                                 backprop, numerical)
    notes = [(layer.gradient_note, layer.gradient_note_ja) for layer in net.layers if layer.gradient_note]
    for layer in net.layers:
        if isinstance(layer, Dropout):
            layer.fixed_mask = None
    return GradCheckResult(checks, notes)
