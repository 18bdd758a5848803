"""One evaluation path: the numbers are those of the three copies it replaced.

``old_*`` below are the code that was in nnlab/trainer.py (``evaluate``, ``_into``),
nnlab/network.py (``Network.accuracy``, ``Network._batch``) and ui/training/analysis.py
(``evaluate``) before nnlab.evaluation, kept here as the reference.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnlab import Network, NetworkSpec, load_mnist
from nnlab import layers as L
from nnlab.data.toy import circles
from nnlab.evaluation import accuracy, as_input, confusion_matrix, evaluate, evaluate_classes
from nnlab.paths import resource


def old_into(buf, x):
    x = x.reshape(buf.shape)
    if x.dtype == np.uint8:
        np.multiply(x, buf.dtype.type(1 / 255), out=buf)
    else:
        buf[...] = x
    return buf


def old_evaluate(net, x, t, limit=None, batch_size=1000):
    n = len(x) if limit is None else min(limit, len(x))
    buffer = np.empty((min(batch_size, n), *net.input_shape), dtype=net.dtype)
    total_loss, correct, count = 0.0, 0, 0
    for start in range(0, n, batch_size):
        stop = min(start + batch_size, n)
        xb = old_into(buffer[:stop - start], x[start:stop])
        tb = t[start:stop]
        u = net.forward(xb, train=False)
        total_loss += net.head.forward(u, tb) * (stop - start)
        if isinstance(net.head, L.SoftmaxWithLoss):
            labels = tb.argmax(axis=1) if tb.ndim == 2 else tb
            correct += int(np.count_nonzero(u.argmax(axis=1) == labels))
            count += stop - start
        elif isinstance(net.head, L.SigmoidWithLoss):
            correct += int(np.count_nonzero((u > 0) == (np.reshape(tb, u.shape) > 0.5)))
            count += u.size
    return total_loss / n, correct / count


def old_batch(net, x):
    x = np.asarray(x)
    if x.dtype == np.uint8:
        return x.astype(net.dtype) * net.dtype.type(1 / 255)
    return x.astype(net.dtype) if x.dtype != net.dtype else x


def old_accuracy(net, x, t, batch_size=1000):
    t = np.asarray(t)
    correct = 0
    for start in range(0, len(x), batch_size):
        xb = old_batch(net, x[start:start + batch_size])
        y = net.head.activate(net.forward(xb, train=False))
        tb = t[start:start + batch_size]
        if isinstance(net.head, L.SoftmaxWithLoss):
            labels = tb.argmax(axis=1) if tb.ndim == 2 else tb
            correct += int(np.sum(y.argmax(axis=1) == labels))
        else:
            correct += int(np.sum((y > 0.5) == (tb.reshape(y.shape) > 0.5)))
    n = len(x) if isinstance(net.head, L.SoftmaxWithLoss) else t.size
    return correct / max(n, 1)


def old_classes(net, x, t, max_wrong=60, batch_size=1000):
    """(correct, confusion, wrong indices, their confidences, images) as analysis.evaluate had."""
    t = np.asarray(t).astype(np.int64).reshape(-1)
    preds, conf = np.empty(len(x), np.int64), np.empty(len(x), np.float64)
    k = int(t.max(initial=0)) + 1
    for start in range(0, len(x), batch_size):
        xb = x[start:start + batch_size]
        if xb.dtype == np.uint8:
            xb = np.multiply(xb, np.float32(1 / 255), dtype=np.float32)
        y = net.predict(xb)
        k = max(k, y.shape[1])
        p = y.argmax(axis=1)
        preds[start:start + len(p)] = p
        conf[start:start + len(p)] = y[np.arange(len(p)), p]
    confusion = np.bincount(t * k + preds, minlength=k * k).reshape(k, k)
    wrong = np.flatnonzero(preds != t)
    wrong = wrong[np.argsort(-conf[wrong], kind="stable")][:max_wrong]
    images = np.asarray(x[wrong]).reshape(len(wrong), 28, 28)
    if images.dtype != np.uint8:
        images = np.clip(np.rint(images * 255), 0, 255).astype(np.uint8)
    return int(np.sum(preds == t)), confusion, wrong, conf[wrong], images


@pytest.fixture(scope="module")
def test_set():
    """4,000 MNIST test images (uint8): enough for hundreds of mistakes, quick to repeat."""
    _, (x, t) = load_mnist(dtype="uint8")
    return x[:4000], t[:4000]


@pytest.fixture(scope="module")
def model():
    return Network.load(resource("models", "mnist_default.npz"))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("pixels", ["uint8", "float"])
def test_loss_and_accuracy_are_the_old_numbers(model, test_set, dtype, pixels):
    net = model.astype(dtype)
    x, t = test_set
    if pixels == "float":
        x = x / np.float32(255)
    loss, acc = evaluate(net, x, t)
    assert (loss, acc) == old_evaluate(net, x, t)
    assert evaluate(net, x, t, limit=2500, batch_size=700) == old_evaluate(net, x, t, 2500, 700)
    assert acc > 0.97  # the bundled model reads MNIST
    assert net.accuracy(x, t) == accuracy(net, x, t) == old_accuracy(net, x, t) == acc
    one_hot = np.eye(10, dtype=np.float32)[t[:1000]]
    assert net.accuracy(x[:1000], one_hot) == old_accuracy(net, x[:1000], one_hot)


def test_confusion_matrix_and_mistakes_are_the_old_ones(model, test_set):
    x, t = test_set
    ev = evaluate_classes(model, x, t)
    correct, confusion, wrong, conf, images = old_classes(model, x, t)
    assert ev.n == 4000 and ev.correct == correct
    np.testing.assert_array_equal(ev.confusion, confusion)
    np.testing.assert_array_equal(ev.wrong_index, wrong)
    np.testing.assert_array_equal(ev.wrong_confidence, conf)
    np.testing.assert_array_equal(ev.wrong_images, images)
    np.testing.assert_array_equal(ev.wrong_true, t[wrong])
    assert ev.accuracy == evaluate(model, x, t)[1]  # the Train tab and the CLI agree
    assert np.trace(ev.confusion) == ev.correct
    # The flat float images give the same results, and the images back as bytes.
    again = evaluate_classes(model, x / np.float32(255), t)
    assert again.correct == ev.correct
    np.testing.assert_array_equal(again.wrong_images, ev.wrong_images)


def test_sigmoid_accuracy_is_the_old_number():
    spec = NetworkSpec.from_dict({"format": "nnlab.network/1", "input_shape": [2], "layers": [
        {"type": "Affine", "units": 8}, {"type": "Tanh"}, {"type": "Affine", "units": 1},
        {"type": "SigmoidWithLoss"}]})
    x, t = circles(500, seed=3)
    for seed in range(5):
        net = Network(spec, seed=seed, dtype="float64")
        acc = net.accuracy(x, t)
        assert acc == old_accuracy(net, x, t) == old_evaluate(net, x, t.reshape(-1, 1))[1]
        assert 0 < acc < 1


def test_regression_has_no_accuracy():
    spec = NetworkSpec.from_dict({"format": "nnlab.network/1", "input_shape": [2], "layers": [
        {"type": "Affine", "units": 1}, {"type": "IdentityWithLoss"}]})
    net = Network(spec)
    x = np.ones((4, 2), np.float32)
    loss, acc = evaluate(net, x, np.zeros((4, 1), np.float32))
    assert acc is None and math.isfinite(loss)
    with pytest.raises(ValueError, match="regression"):
        net.accuracy(x, np.zeros((4, 1)))


def test_uint8_pixels_become_x_over_255_in_the_networks_type():
    x = np.array([[0, 1, 128, 255]], np.uint8)
    for dtype in (np.float32, np.float64):
        y = as_input(x, np.dtype(dtype))
        assert y.dtype == dtype
        np.testing.assert_array_equal(y, x.astype(dtype) * dtype(1 / 255))
    floats = np.array([[0.5]], np.float32)
    assert as_input(floats, np.dtype(np.float32)) is floats  # no copy when it already fits


def test_confusion_matrix_counts_true_class_by_prediction():
    c = confusion_matrix(np.array([0, 0, 1, 2, 2, 2]), np.array([0, 1, 1, 2, 0, 2]), 3)
    np.testing.assert_array_equal(c, [[1, 1, 0], [0, 1, 0], [1, 0, 2]])
