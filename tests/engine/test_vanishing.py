"""Lesson 13's engine: the book's activation histograms (six cases) and per-layer gradient sizes
on a real MNIST batch."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab.lessons.vanishing import (
    activation_histograms,
    deep_spec,
    gradient_by_layer,
    init_std,
    mnist_batch,
)


def stats(activation, init, depth=5):
    return activation_histograms(activation, init, depth)


def test_sigmoid_std_001_sits_at_one_half():
    for layer in stats("sigmoid", "std0.01"):
        assert abs(layer.mean - 0.5) <= 0.02 and layer.std < 0.03
        assert layer.saturated == 0


def test_sigmoid_std_1_piles_up_at_0_and_1():
    for layer in stats("sigmoid", "std1"):
        assert layer.saturated > 0.5  # more than half within 0.05 of 0 or 1
        ends = layer.counts[0] + layer.counts[-1]
        assert ends > 0.4 * layer.counts.sum()


def test_sigmoid_xavier_stays_spread():
    for layer in stats("sigmoid", "xavier"):
        assert 0.08 < layer.std < 0.3 and layer.saturated < 0.05
        assert np.count_nonzero(layer.counts) >= 10  # many bins used, neither a spike nor two


def test_relu_he_keeps_its_spread_in_every_layer():
    for layer in stats("relu", "he"):
        assert 0.5 <= layer.std <= 1.5
        assert 0.3 < layer.zeros < 0.7


def test_relu_std_001_and_xavier_shrink():
    small = stats("relu", "std0.01")
    assert small[-1].std < 1e-4
    assert all(b.std < a.std / 5 for a, b in zip(small, small[1:]))
    xavier = stats("relu", "xavier")
    assert xavier[-1].std < xavier[0].std / 2  # Xavier halves the variance per ReLU layer


def test_depth_is_clamped_and_bad_names_refused():
    assert len(activation_histograms("tanh", "xavier", depth=10)) == 10
    assert len(activation_histograms("relu", "he", depth=99)) == 10
    assert init_std("he", 100) == pytest.approx(0.1414, abs=1e-4)
    with pytest.raises(ValueError):
        activation_histograms("softplus", "he")


def test_gradient_vanishes_through_sigmoid_not_relu_he():
    x, t = mnist_batch(128)
    sig = gradient_by_layer(x, t, "sigmoid", "xavier", depth=5)
    relu = gradient_by_layer(x, t, "relu", "he", depth=5)
    assert len(sig.means) == 6 and np.all(np.diff(sig.means) > 0)  # smaller at every layer back
    assert sig.ratio() < 0.25  # each sigmoid layer: σ′ ≤ 0.25
    assert 0.6 < relu.ratio() < 1.5
    assert relu.means[0] > 100 * sig.means[0]


def test_deep_spec_is_the_books_network():
    spec = deep_spec("relu", "std0.01", depth=4)
    assert [layer.type for layer in spec.layers].count("Affine") == 5
    assert spec.output_shapes()[-1] == (10,)


def test_lesson_predictions_are_what_the_engine_computes():
    from nnlab.lessons import get_lesson
    from nnlab.lessons.activations import max_derivative
    from nnlab.lessons.predict import judge

    mean, peak = get_lesson("initialisation").predictions
    assert judge(mean, mean.expected, stats("sigmoid", "std0.01")[-1].mean).correct
    assert judge(peak, peak.expected, max_derivative("sigmoid")[1]).correct
