"""The sampled gradient check: a few entries per large tensor, and still it catches backward bugs."""

import numpy as np
import pytest

from nnlab import Network, NetworkSpec, gradient_check
from nnlab.gradcheck import LARGEST, SAMPLE, entries_to_check
from nnlab.stepper import Stepper


def deep_net(seed: int = 0) -> Network:
    """784-256-128-10 ReLU in float64, biases nudged off ReLU's kink."""
    layers = []
    for units in (256, 128):
        layers += [{"type": "Affine", "units": units}, {"type": "ReLU"}]
    spec = NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "deep", "input_shape": [784],
        "layers": [*layers, {"type": "Affine", "units": 10, "init": "xavier"},
                   {"type": "SoftmaxWithLoss"}]})
    net = Network(spec, seed=seed, dtype="float64")
    rng = np.random.default_rng(seed + 1)
    for key, p in net.params.items():
        if key.endswith(".b"):
            p[...] = rng.normal(0.0, 0.1, p.shape)
    return net


def batch(n: int = 4, seed: int = 2):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, 784)), rng.integers(0, 10, n)


def plant(layer, bug) -> None:
    """Wrap this one layer's backward so that ``bug(layer, dout)`` spoils its gradients after it."""
    original = layer.backward

    def backward(dout, need_dx=True):
        dx = original(dout, need_dx)
        bug(layer, dout)
        return dx

    layer.backward = backward


def test_sampled_check_of_a_correct_network_passes_and_counts_its_entries():
    net = deep_net()
    x, t = batch()
    result = gradient_check(net, x, t, h=1e-5)
    assert result.max_relative_error < 1e-7
    counts = {k: (c.checked, c.size) for k, c in result.checks.items()}
    assert counts == {"layers.0.W": (SAMPLE, 784 * 256), "layers.0.b": (SAMPLE, 256),
                      "layers.2.W": (SAMPLE, 256 * 128), "layers.2.b": (SAMPLE, 128),
                      "layers.4.W": (SAMPLE, 128 * 10), "layers.4.b": (10, 10)}
    w = result.checks["layers.0.W"]
    assert np.count_nonzero(~np.isnan(w.numerical)) == SAMPLE  # the others were not computed
    assert np.isnan(w.numerical.reshape(-1)[np.setdiff1d(np.arange(w.size), w.indices)]).all()


@pytest.mark.parametrize("factor", [2.0, 1.01])
def test_sampled_check_finds_a_wrong_factor_in_one_layers_dW(factor):
    net = deep_net()
    x, t = batch()

    def wrong_factor(layer, dout):
        layer.grads["W"] = layer.grads["W"] * factor

    plant(net.layers[2], wrong_factor)
    result = gradient_check(net, x, t, h=1e-5)
    assert not result.ok()
    assert result.checks["layers.2.W"].relative_error > 1e-3
    assert result.checks["layers.0.W"].relative_error < 1e-7  # the layers below are still right
    assert result.checks["layers.2.b"].relative_error < 1e-7


def test_sampled_check_finds_a_bias_gradient_off_by_one_row():
    net = deep_net()
    x, t = batch()

    def off_by_one_row(layer, dout):
        layer.grads["b"] = dout[1:].sum(axis=0)  # forgot the first sample of the batch

    plant(net.layers[0], off_by_one_row)
    result = gradient_check(net, x, t, h=1e-5)
    assert not result.ok()
    assert result.checks["layers.0.b"].relative_error > 1e-3
    assert result.checks["layers.0.W"].relative_error < 1e-7


def test_the_sample_holds_the_largest_gradients_and_is_seeded():
    rng = np.random.default_rng(0)
    g = rng.standard_normal((300, 40))
    picked = entries_to_check(g, SAMPLE, np.random.default_rng(5))
    assert len(picked) == len(set(picked)) == SAMPLE
    largest = np.argsort(-np.abs(g).reshape(-1))[:LARGEST]
    assert set(largest) <= set(picked)
    np.testing.assert_array_equal(picked, entries_to_check(g, SAMPLE, np.random.default_rng(5)))
    assert not np.array_equal(picked, entries_to_check(g, SAMPLE, np.random.default_rng(6)))
    np.testing.assert_array_equal(entries_to_check(g, None, rng), np.arange(g.size))
    np.testing.assert_array_equal(entries_to_check(g[:2, :10], SAMPLE, rng), np.arange(20))


def test_checking_every_entry_reports_the_whole_tensor_and_progress():
    spec = NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "small", "input_shape": [12],
        "layers": [{"type": "Affine", "units": 5}, {"type": "Tanh"},
                   {"type": "Affine", "units": 3}, {"type": "SoftmaxWithLoss"}]})
    net = Network(spec, seed=1, dtype="float64")
    rng = np.random.default_rng(3)
    x, t = rng.standard_normal((2, 12)), np.array([0, 2])
    seen = []
    result = gradient_check(net, x, t, sample=None, progress=lambda d, n: seen.append((d, n)))
    assert result.checks["layers.0.W"].checked == 60 and result.max_relative_error < 1e-7
    total = 60 + 5 + 15 + 3
    assert seen[-1] == (total, total) and [d for d, _ in seen] == list(range(1, total + 1))
    sampled = gradient_check(net, x, t, sample=10)
    assert sampled.checks["layers.0.W"].checked == 10 and sampled.checks["layers.2.b"].checked == 3


def test_the_lessons_check_uses_the_same_sampling_and_finds_the_planted_bug():
    net = deep_net()
    x, t = batch(1)
    stepper = Stepper(net, x[0], t[:1])
    stepper.run_to_end()
    result = stepper.numerical_check(0)
    assert set(result) == {"x", "W", "b"}
    assert all(rel < 1e-7 for _, _, rel in result.values())
    backprop, numerical, _ = result["W"]
    assert backprop.shape == (784, 256) and np.count_nonzero(~np.isnan(numerical)) == SAMPLE

    def wrong_factor(layer, dout):
        layer.grads["W"] = layer.grads["W"] * 1.01

    plant(stepper.net.layers[0], wrong_factor)
    stepper.reset()
    stepper.run_to_end()
    result = stepper.numerical_check(0)
    assert result["W"][2] > 1e-3 and result["b"][2] < 1e-7


def test_an_unknown_parameter_name_leaves_the_network_as_it_was():
    spec = NetworkSpec.from_dict({"format": "nnlab.network/1", "input_shape": [4], "layers": [
        {"type": "Affine", "units": 3}, {"type": "ReLU"}, {"type": "Affine", "units": 2},
        {"type": "SoftmaxWithLoss"}]})
    net = Network(spec, seed=0, dtype="float64")
    x, t = np.random.default_rng(0).standard_normal((5, 4)), np.array([0, 1, 0, 1, 1])
    before = net.predict(x)
    with pytest.raises(KeyError, match="layers.9.W"):
        gradient_check(net, x[:2], t[:2], keys=["layers.9.W"])
    np.testing.assert_array_equal(net.predict(x), before)  # no layer left frozen on a stale mask
