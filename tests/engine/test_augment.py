"""Augmentation: one random affine map per image, bilinear, seeded, a whole batch at once."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab.augment import AugmentConfig, Augmenter
from nnlab.data import load_mnist


@pytest.fixture(scope="module")
def digits():
    (x, _), _ = load_mnist(dtype="uint8")
    return x[:64]


def transform(x, theta=0.0, scale=1.0, dy=0.0, dx=0.0):
    n = len(x)
    full = lambda v: np.full(n, v, dtype=np.float64)  # noqa: E731
    out = np.empty((n, 784), np.float32)
    return Augmenter(0).transform(x, full(theta), full(scale), full(dy), full(dx), out)


def test_the_identity_map_returns_the_images_scaled_to_unit_range(digits):
    out = transform(digits)
    np.testing.assert_allclose(out, digits / 255.0, atol=1e-6)


def test_a_whole_pixel_shift_moves_the_image_and_fills_with_black(digits):
    out = transform(digits, dy=2, dx=-1).reshape(-1, 28, 28)
    expected = np.zeros((len(digits), 28, 28))
    expected[:, 2:, :27] = digits.reshape(-1, 28, 28)[:, :26, 1:] / 255.0
    np.testing.assert_allclose(out, expected, atol=1e-6)


def test_a_quarter_turn_is_numpys_rot90(digits):
    out = transform(digits, theta=np.pi / 2).reshape(-1, 28, 28)
    expected = np.rot90(digits.reshape(-1, 28, 28) / 255.0, axes=(1, 2))
    np.testing.assert_allclose(out, expected, atol=1e-5)


def test_half_a_pixel_shift_averages_neighbours():
    x = np.zeros((1, 28, 28), np.uint8)
    x[0, 10, 10] = 255
    out = transform(x.reshape(1, 784), dx=0.5).reshape(28, 28)
    np.testing.assert_allclose(out[10, 10:12], [0.5, 0.5], atol=1e-6)
    assert out.sum() == pytest.approx(1.0, abs=1e-5)


def test_random_maps_stay_in_range_and_keep_roughly_the_ink(digits):
    out = Augmenter(1).augment(digits)
    assert out.shape == (len(digits), 784) and out.dtype == np.float32
    assert out.min() >= 0 and out.max() <= 1 + 1e-6
    ratio = out.sum(axis=1) / (digits.sum(axis=1) / 255.0)
    # Area scales with s² ∈ [0.81, 1.21]; nothing of a centred digit leaves the field.
    assert np.all((ratio > 0.75) & (ratio < 1.3))
    assert not np.allclose(out, digits / 255.0, atol=0.05)


def test_draws_respect_the_configured_ranges():
    config = AugmentConfig(max_shift=1.5, max_rotation=5.0, min_scale=0.95, max_scale=1.05)
    theta, scale, dy, dx = Augmenter(3, config).draw(10_000)
    assert np.abs(np.rad2deg(theta)).max() <= 5.0
    assert scale.min() >= 0.95 and scale.max() <= 1.05
    assert np.abs(dy).max() <= 1.5 and np.abs(dx).max() <= 1.5
    assert np.rad2deg(theta).std() > 2.5  # spread over the range, not stuck near 0


def test_same_seed_same_images_different_seed_different(digits):
    a = Augmenter(7).augment(digits)
    b = Augmenter(7).augment(digits)
    c = Augmenter(8).augment(digits)
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c)


def test_uint8_and_float_inputs_agree_and_out_is_filled_in_place(digits):
    out = np.empty((len(digits), 784), np.float32)
    got = Augmenter(5).augment(digits, out=out)
    assert got is out
    from_float = Augmenter(5).augment(digits.astype(np.float32) / 255.0)
    np.testing.assert_allclose(from_float, out, atol=1e-6)


def test_smaller_batches_reuse_the_buffers(digits):
    aug = Augmenter(2)
    aug.augment(digits)
    small = aug.augment(digits[:5])
    assert small.shape == (5, 784)
