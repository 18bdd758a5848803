"""Convolution and Pooling: float64 gradient checks, im2col/col2im, shapes and their messages, and
SimpleConvNet's forward pass against a convolution written as plain loops."""

import numpy as np
import pytest

from nnlab import Network, NetworkSpec, gradient_check
from nnlab.im2col import col2im, im2col
from nnlab.layers import Convolution, Pooling


def design(input_shape, layers, head_units=3):
    return NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "cnn", "input_shape": list(input_shape),
        "layers": [*layers, {"type": "Flatten"}, {"type": "Affine", "units": head_units, "init": "xavier"},
                   {"type": "SoftmaxWithLoss"}]})


def checked(net, x, t):
    result = gradient_check(net, x, t, check_input=True, sample=None)
    errors = {k: c.relative_error for k, c in result.checks.items()}
    assert result.max_relative_error < 1e-7, errors
    return result


@pytest.mark.parametrize("stride", [1, 2])
@pytest.mark.parametrize("pad", [0, 1])
@pytest.mark.parametrize("channels", [1, 3])
def test_convolution_passes_gradient_check(stride, pad, channels):
    rng = np.random.default_rng(stride * 10 + pad + channels)
    spec = design([channels, 7, 7], [
        {"type": "Convolution", "filters": 4, "size": 3, "stride": stride, "pad": pad, "init": "xavier"},
        {"type": "Tanh"},
        {"type": "Convolution", "filters": 2, "size": 2, "stride": 1, "pad": pad, "init": "xavier"}])
    net = Network(spec, dtype="float64")
    for key, p in net.params.items():
        if key.endswith(".b"):
            p[...] = rng.normal(0, 0.3, p.shape)
    x = rng.normal(size=(3, channels, 7, 7))
    result = checked(net, x, rng.integers(0, 3, size=3))
    assert {"layers.0.W", "layers.0.b", "layers.2.W", "layers.2.b", "x"} <= set(result.checks)


@pytest.mark.parametrize("size,stride,pad,side", [(2, 2, 0, 6), (2, 1, 0, 6), (3, 2, 1, 7),
                                                  (2, 2, 1, 6), (3, 1, 2, 5)])
def test_pooling_passes_gradient_check(size, stride, pad, side):
    # Pooling straight on the input: random inputs have no ties, and the check perturbs x itself
    # (a convolution before it could bring two window values within h of each other).
    rng = np.random.default_rng(size * 100 + stride * 10 + pad)
    spec = design([2, side, side], [
        {"type": "Pooling", "size": size, "stride": stride, "pad": pad},
        {"type": "Convolution", "filters": 2, "size": 2, "init": "xavier"}])
    net = Network(spec, dtype="float64")
    x = rng.normal(size=(2, 2, side, side))
    result = checked(net, x, rng.integers(0, 3, size=2))
    assert "x" in result.checks


def test_backward_never_writes_into_its_inputs():
    rng = np.random.default_rng(0)
    for layer in (Convolution(2, 3, 3, 2, 1, "he", rng), Pooling(2, 2, 2, 0), Pooling(3, 3, 1, 1)):
        x = rng.normal(size=(2, 2, 6, 6))
        x_kept = x.copy()
        out = layer.forward(x, train=True)
        out_kept = out.copy()
        dout = rng.normal(size=out.shape)
        dout_kept = dout.copy()
        dx = layer.backward(dout)
        assert dx.shape == x.shape
        np.testing.assert_array_equal(x, x_kept)
        np.testing.assert_array_equal(out, out_kept)
        np.testing.assert_array_equal(dout, dout_kept)


def test_im2col_is_the_books_and_col2im_its_adjoint():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(10, 3, 7, 7))
    assert im2col(x[:1], 5, 5).shape == (9, 75)
    col = im2col(x, 5, 5, stride=1, pad=0)
    assert col.shape == (90, 75)
    np.testing.assert_array_equal(col[0], x[0, :, 0:5, 0:5].ravel())
    np.testing.assert_array_equal(col[9 + 4], x[1, :, 1:6, 1:6].ravel())  # image 1, (oh, ow) = (1, 1)
    # col2im is im2col's transpose: <im2col(x), c> = <x, col2im(c)>
    c = rng.normal(size=(10 * 16, 3 * 9))
    lhs = np.sum(im2col(x, 3, 3, stride=2, pad=1) * c)
    rhs = np.sum(x * col2im(c, x.shape, 3, 3, stride=2, pad=1))
    assert lhs == pytest.approx(rhs, rel=1e-12)


def test_convolution_exposes_the_books_names():
    rng = np.random.default_rng(2)
    conv = Convolution(3, 4, 5, 1, 0, "he", rng)
    x = rng.normal(size=(2, 3, 7, 7))
    out = conv.forward(x)
    assert conv.W.shape == (4, 3, 5, 5) and conv.b.shape == (4,)
    assert conv.x is x and conv.col.shape == (18, 75) and conv.col_W.shape == (75, 4)
    np.testing.assert_allclose(out.transpose(0, 2, 3, 1).reshape(-1, 4), conv.col @ conv.col_W + conv.b)
    conv.backward(rng.normal(size=out.shape))
    assert conv.dW.shape == conv.W.shape and conv.db.shape == (4,)


def test_pooling_arg_max_marks_the_winners_and_backward_routes_to_them():
    x = np.array([[1, 2, 1, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 4, 0, 1]], float)[None, None]
    pool = Pooling(2, 2, 2, 0)
    np.testing.assert_array_equal(pool.forward(x)[0, 0], [[2, 3], [4, 2]])
    np.testing.assert_array_equal(pool.arg_max[0, 0], [[1, 3], [3, 1]])  # i·pool_w + j in its window
    dx = pool.backward(np.array([[[[10.0, 20.0], [30.0, 40.0]]]]))
    np.testing.assert_array_equal(dx[0, 0], [[0, 10, 0, 0], [0, 0, 0, 20], [0, 0, 0, 40], [0, 30, 0, 0]])


def test_first_of_equal_values_wins_and_padding_never_does():
    pool = Pooling(2, 2, 2, 1)
    x = -np.ones((1, 1, 2, 2))
    out = pool.forward(x)
    np.testing.assert_array_equal(out[0, 0], -np.ones((2, 2)))  # −1 beats the −∞ padding
    np.testing.assert_array_equal(pool.arg_max[0, 0], [[3, 2], [1, 0]])
    pool = Pooling(2, 2, 2, 0)
    pool.forward(np.ones((1, 1, 2, 2)))
    assert pool.arg_max[0, 0, 0, 0] == 0


def loop_convolution(x, W, b, stride=1, pad=0):
    """The definition, one output element at a time."""
    n, c, h, w = x.shape
    fn, _, fh, fw = W.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    oh, ow = (h + 2 * pad - fh) // stride + 1, (w + 2 * pad - fw) // stride + 1
    out = np.zeros((n, fn, oh, ow))
    for i in range(n):
        for f in range(fn):
            for y in range(oh):
                for z in range(ow):
                    patch = xp[i, :, y * stride:y * stride + fh, z * stride:z * stride + fw]
                    out[i, f, y, z] = np.sum(patch * W[f]) + b[f]
    return out


def test_simple_convnet_forward_of_one_image_matches_a_loop_convolution():
    from nnlab.paths import resource
    spec = NetworkSpec.from_json(resource("specs") / "simple_convnet.nnlab.json")
    net = Network(spec, seed=3, dtype="float64")
    rng = np.random.default_rng(4)
    net.params["layers.0.b"][...] = rng.normal(0, 0.1, 30)
    x = rng.random((1, 1, 28, 28))
    conv = net.layers[0]
    expected = loop_convolution(x, conv.W, conv.b)
    np.testing.assert_allclose(conv.forward(x), expected, atol=1e-6)
    relu = np.maximum(expected, 0)
    pooled = relu.reshape(1, 30, 12, 2, 12, 2).max(axis=(3, 5))
    hidden = np.maximum(pooled.reshape(1, -1) @ net.layers[4].params["W"] + net.layers[4].params["b"], 0)
    u = hidden @ net.layers[6].params["W"] + net.layers[6].params["b"]
    y = np.exp(u - u.max()) / np.exp(u - u.max()).sum()
    np.testing.assert_allclose(net.predict(x[0]), y[0], atol=1e-6)
    assert net.spec.output_shapes()[:4] == [(30, 24, 24), (30, 24, 24), (30, 12, 12), (4320,)]


@pytest.mark.parametrize("stride,pad", [(1, 0), (2, 1), (3, 2)])
def test_convolution_matches_loops_with_stride_and_padding(stride, pad):
    rng = np.random.default_rng(stride + pad)
    conv = Convolution(2, 3, 3, stride, pad, "he", rng)
    conv.params["b"][...] = rng.normal(size=3)
    x = rng.normal(size=(2, 2, 8, 8))
    np.testing.assert_allclose(conv.forward(x), loop_convolution(x, conv.W, conv.b, stride, pad),
                               atol=1e-12)


def test_float32_training_path_skips_dx_of_the_first_layer():
    rng = np.random.default_rng(5)
    conv = Convolution(1, 4, 3, 1, 0, "he", rng, np.float32)
    out = conv.forward(rng.random((5, 1, 8, 8), dtype=np.float32), train=True)
    assert out.dtype == np.float32
    assert conv.backward(np.ones_like(out), need_dx=False) is None
    assert conv.dW.dtype == np.float32 and conv.db.dtype == np.float32
