"""What the trainer's tests share: small data slices and the lesson-6 regression design."""

from __future__ import annotations

from nnlab import NetworkSpec
from nnlab.events import BatchEnd


def regression_spec(batchnorm: bool = False):
    """Lesson 6: a 2-10-1 ReLU network learning f(x) = 3x₀ + 2x₁ (optionally with BatchNorm)."""
    middle = [{"type": "BatchNorm"}] if batchnorm else []
    return NetworkSpec.from_dict({
        "format": "nnlab.network/1", "input_shape": [2],
        "layers": [{"type": "Affine", "units": 10}, *middle, {"type": "ReLU"},
                   {"type": "Affine", "units": 1}, {"type": "IdentityWithLoss"}]})


def small(mnist, n_test=1000):
    (x, t), (xt, tt) = mnist
    return (x, t), (xt[:n_test], tt[:n_test])


def losses(events):
    return [e.loss for e in events if isinstance(e, BatchEnd)]
