"""The curriculum's toy data sets: exact truth tables, reproducible random sets, f = 3x₀ + 2x₁."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab.data.toy import circles, linear_regression, logic_gate, two_spirals

X_GATE = [[0, 0], [0, 1], [1, 0], [1, 1]]


@pytest.mark.parametrize("name, outputs", [
    ("AND", [0, 0, 0, 1]), ("OR", [0, 1, 1, 1]), ("NAND", [1, 1, 1, 0]), ("XOR", [0, 1, 1, 0])])
def test_logic_gate_truth_tables(name, outputs):
    x, t = logic_gate(name)
    assert x.shape == (4, 2) and t.shape == (4, 1)
    assert x.dtype == np.float64 and t.dtype == np.float64
    assert x.tolist() == X_GATE
    assert t.ravel().tolist() == outputs


def test_xor_is_and_of_nand_and_or():
    _, nand = logic_gate("NAND")
    _, or_ = logic_gate("OR")
    _, xor = logic_gate("xor")
    np.testing.assert_array_equal(xor, nand * or_)


def test_unknown_gate():
    with pytest.raises(ValueError, match="NOT"):
        logic_gate("NOT")


@pytest.mark.parametrize("make", [two_spirals, circles])
def test_classification_sets_shape_labels_and_seed(make):
    x, t = make(n=201, noise=0.1, seed=3)
    assert x.shape == (201, 2) and x.dtype == np.float64
    assert t.shape == (201,) and set(np.unique(t).tolist()) == {0, 1}
    assert np.bincount(t).tolist() == [101, 100]
    again_x, again_t = make(n=201, noise=0.1, seed=3)
    np.testing.assert_array_equal(x, again_x)
    np.testing.assert_array_equal(t, again_t)
    other_x, _ = make(n=201, noise=0.1, seed=4)
    assert not np.array_equal(x, other_x)
    # classes are mixed, so any mini-batch slice holds both
    assert 0 < t[:20].sum() < 20


def test_generator_is_used_and_global_state_untouched():
    before = np.random.get_state()[1].copy()
    rng = np.random.default_rng(9)
    first, _ = two_spirals(50, seed=rng)
    second, _ = two_spirals(50, seed=rng)  # the same generator, advanced: different points
    assert not np.array_equal(first, second)
    np.testing.assert_array_equal(np.random.get_state()[1], before)


def test_circles_radii_without_noise():
    x, t = circles(n=100, noise=0.0, seed=0)
    r = np.hypot(x[:, 0], x[:, 1])
    np.testing.assert_allclose(r[t == 0], 1.0)
    np.testing.assert_allclose(r[t == 1], 0.5)


def test_spirals_without_noise_are_point_symmetric():
    x, t = two_spirals(n=100, noise=0.0, seed=0)
    r = np.hypot(x[:, 0], x[:, 1])
    assert r.min() >= 0.05 - 1e-12 and r.max() <= 1.0
    # class 1 is class 0 turned by π: its points lie on the class-0 spiral reflected through 0
    s = (np.hypot(*x[t == 1].T) - 0.05) / 0.95
    theta = 3 * np.pi * s
    np.testing.assert_allclose(-x[t == 1], np.stack([np.cos(theta), np.sin(theta)], 1)
                               * (0.05 + 0.95 * s)[:, None], atol=1e-12)


def test_linear_regression_follows_section4():
    x, t = linear_regression(n=1000, seed=0)
    assert x.shape == (1000, 2) and t.shape == (1000, 1)
    assert x.min() >= 0.0 and x.max() < 1.0
    # the notes' targets carry no noise: t is exactly f(x)
    np.testing.assert_array_equal(t[:, 0], 3 * x[:, 0] + 2 * x[:, 1])
    assert len(linear_regression()[0]) == 100_000  # the notes' data_sets_size


def test_linear_regression_try_it_range_and_noise():
    x, t = linear_regression(n=5000, seed=1, low=-5, high=5, noise=0.1)
    assert x.min() >= -5 and x.max() < 5 and x.min() < -4.9 and x.max() > 4.9
    residual = t[:, 0] - (3 * x[:, 0] + 2 * x[:, 1])
    assert abs(residual.std() - 0.1) < 0.01 and np.abs(residual).max() < 0.6
