"""The book's functions against the seeds' hand-computed values (design.md §5, lessons 4 and 5)."""

import numpy as np
import pytest

from nnlab import functions as F

SEED_Y = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
SEED_T = np.eye(10)[2]


def test_cross_entropy_of_the_seeds_example_is_0_51():
    assert F.cross_entropy_error(SEED_Y, SEED_T) == pytest.approx(0.510825, abs=1e-6)
    assert F.cross_entropy_error(SEED_Y, 2) == pytest.approx(0.510825, abs=1e-6)


def test_sum_of_squares_of_the_seeds_example_is_0_0975():
    assert F.sum_squared_error(SEED_Y, SEED_T) == pytest.approx(0.0975)


def test_batch_losses_are_means_over_the_batch():
    y = np.stack([SEED_Y, SEED_Y])
    assert F.cross_entropy_error(y, np.array([2, 2])) == pytest.approx(0.510825, abs=1e-6)
    assert F.sum_squared_error(y, np.stack([SEED_T, SEED_T])) == pytest.approx(0.0975)


def test_softmax_with_the_max_shift_stays_finite():
    y = F.softmax(np.array([1010.0, 1000.0, 990.0]))
    assert np.all(np.isfinite(y))
    assert y.sum() == pytest.approx(1.0)
    assert y[0] == pytest.approx(0.99995460, abs=1e-8)


def test_softmax_rows_of_a_batch_sum_to_one():
    y = F.softmax(np.random.default_rng(0).normal(size=(5, 7)) * 50)
    np.testing.assert_allclose(y.sum(axis=1), 1.0)


def test_sigmoid_derivative_peaks_at_a_quarter():
    x = np.linspace(-6, 6, 1201)
    g = F.sigmoid_grad(x)
    assert g.max() == pytest.approx(0.25)
    assert x[g.argmax()] == pytest.approx(0.0)


def test_sigmoid_does_not_overflow():
    with np.errstate(all="raise"):
        s = F.sigmoid(np.array([-1000.0, 0.0, 1000.0]))
    np.testing.assert_allclose(s, [0.0, 0.5, 1.0])


def test_step_relu_and_leaky_relu():
    x = np.array([-2.0, 0.0, 3.0])
    np.testing.assert_array_equal(F.step_function(x), [0, 0, 1])
    np.testing.assert_array_equal(F.relu(x), [0, 0, 3])
    np.testing.assert_allclose(F.leaky_relu(x, 0.1), [-0.2, 0, 3])


def test_numerical_gradient_of_x_squared():
    x = np.array([3.0, 4.0])
    g = F.numerical_gradient(lambda v: float(np.sum(v**2)), x)
    np.testing.assert_allclose(g, [6.0, 8.0], rtol=1e-6)
    np.testing.assert_array_equal(x, [3.0, 4.0])  # restored
