"""Every layer and head passes a float64 gradient check (relative error < 1e-7) on random shapes."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nnlab import Network, NetworkSpec, gradient_check
from nnlab.layers import Dropout

LAYERS = [
    {"type": "ReLU"}, {"type": "LeakyReLU", "alpha": 0.1}, {"type": "Sigmoid"}, {"type": "Tanh"},
    {"type": "Dropout", "ratio": 0.3}, {"type": "BatchNorm", "momentum": 0.9},
]
HEADS = ["SoftmaxWithLoss", "SigmoidWithLoss", "IdentityWithLoss"]


def make_net(middle, head, n_in, hidden, n_out, seed=0):
    spec = NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "check", "input_shape": [n_in],
        "layers": [{"type": "Affine", "units": hidden, "init": "xavier"}, middle,
                   {"type": "Affine", "units": n_out, "init": "xavier"}, {"type": head}],
    })
    net = Network(spec, seed=seed, dtype="float64")
    rng = np.random.default_rng(seed + 1)
    for key, p in net.params.items():
        if key.endswith(".b"):  # keep units off ReLU's kink, where a central difference is meaningless
            p[...] = rng.normal(0, 0.5, p.shape)
    return net


def targets(head, n, k, rng):
    if head == "SoftmaxWithLoss":
        return rng.integers(0, k, size=n)
    if head == "SigmoidWithLoss":
        return (rng.random((n, k)) > 0.5).astype(float)
    return rng.normal(size=(n, k))


@pytest.mark.parametrize("middle", LAYERS, ids=lambda d: d["type"])
@pytest.mark.parametrize("head", HEADS)
def test_layer_and_head_pass_gradient_check(middle, head):
    rng = np.random.default_rng(7)
    n, n_in, hidden, k = 4, 5, 6, 3
    net = make_net(middle, head, n_in, hidden, k)
    x = rng.normal(size=(n, n_in))
    result = gradient_check(net, x, targets(head, n, k, rng), check_input=True)
    assert set(result.checks) >= {"layers.0.W", "layers.0.b", "layers.2.W", "layers.2.b", "x"}
    assert result.max_relative_error < 1e-7, {k: c.relative_error for k, c in result.checks.items()}


@settings(max_examples=40, deadline=None, derandomize=True)
@given(n=st.integers(1, 6), n_in=st.integers(1, 7), hidden=st.integers(1, 8), k=st.integers(2, 5),
       layer=st.sampled_from(LAYERS), head=st.sampled_from(HEADS), seed=st.integers(0, 1000))
def test_gradient_check_on_random_shapes(n, n_in, hidden, k, layer, head, seed):
    if layer["type"] == "BatchNorm" and n < 3:
        # With one sample x̂ = 0 and with two x̂ = ±1 whatever the input: the gradient into
        # BatchNorm is zero up to ε's effect, so only roundoff would be compared.
        n = 3
    if layer["type"] == "BatchNorm":
        # BatchNorm of a single unit fed by a single input forgets W and b entirely (x̂ = ±const),
        # so their true gradient is zero and only roundoff amplified by 1/σ would be compared.
        hidden, n_in = max(hidden, 2), max(n_in, 2)
    rng = np.random.default_rng(seed)
    net = make_net(layer, head, n_in, hidden, k, seed)
    # Inputs in [-1, 1) keep units out of deep saturation, where a gradient of 1e-7 would be
    # compared with roundoff of 1e-13 and the ratio would say nothing about backprop.
    x = rng.uniform(-1, 1, size=(n, n_in))
    result = gradient_check(net, x, targets(head, n, k, rng))
    assert result.max_relative_error < 1e-7


def test_dropout_is_checked_with_a_fixed_mask_and_released_afterwards():
    net = make_net({"type": "Dropout", "ratio": 0.5}, "SoftmaxWithLoss", 4, 10, 3)
    rng = np.random.default_rng(0)
    gradient_check(net, rng.normal(size=(3, 4)), np.array([0, 1, 2]))
    dropout = next(layer for layer in net.layers if isinstance(layer, Dropout))
    assert dropout.fixed_mask is None


def test_flatten_on_an_image_input_passes_gradient_check():
    spec = NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "img", "input_shape": [1, 3, 3],
        "layers": [{"type": "Flatten"}, {"type": "Affine", "units": 4, "init": "xavier"},
                   {"type": "Tanh"}, {"type": "Affine", "units": 2}, {"type": "SoftmaxWithLoss"}],
    })
    net = Network(spec, seed=0, dtype="float64")
    rng = np.random.default_rng(1)
    result = gradient_check(net, rng.normal(size=(2, 1, 3, 3)), np.array([0, 1]), check_input=True)
    assert result.checks["x"].backprop.shape == (2, 1, 3, 3)
    assert result.max_relative_error < 1e-7


def test_step_gradient_is_zero_and_says_why():
    net = make_net({"type": "Step"}, "IdentityWithLoss", 3, 4, 2)
    rng = np.random.default_rng(2)
    result = gradient_check(net, rng.normal(size=(3, 3)), rng.normal(size=(3, 2)))
    assert result.ok()
    assert np.all(result.checks["layers.0.W"].backprop == 0)
    assert np.all(result.checks["layers.0.W"].numerical == 0)
    assert result.checks["layers.2.W"].relative_error < 1e-7  # after the Step, learning works
    (en, ja), = result.notes
    assert "zero" in en and "勾配" in ja


def test_batchnorm_running_statistics_are_left_as_one_gradient_step_leaves_them():
    net = make_net({"type": "BatchNorm"}, "SoftmaxWithLoss", 3, 4, 2)
    before = net.buffers["layers.1.running_mean"].copy()
    rng = np.random.default_rng(3)
    gradient_check(net, rng.normal(size=(5, 3)), rng.integers(0, 2, 5))
    np.testing.assert_array_equal(net.buffers["layers.1.running_mean"], before)
