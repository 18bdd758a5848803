"""Sample inputs for stepping a network: bundled MNIST test images, or seeded values that fit.

Only the 10,000 test images are read (uint8, 7.8 MB), never the training set.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np

from ..data.mnist import MnistFormatError, read_idx
from ..network import ModelFileError, Network
from ..paths import resource
from ..spec import NetworkSpec

Text = tuple[str, str]


@cache
def mnist_test() -> tuple[np.ndarray, np.ndarray]:
    """The bundled MNIST test set: images (10000, 28, 28) uint8 and labels (10000,) int64."""
    folder = resource("mnist")
    images = read_idx(folder / "t10k-images-idx3-ubyte.gz")
    labels = read_idx(folder / "t10k-labels-idx1-ubyte.gz").astype(np.int64)
    images.setflags(write=False)
    labels.setflags(write=False)
    return images, labels


def bundled_model(name: str, spec: NetworkSpec) -> Network | None:
    """``resources/models/<name>`` as a float64 network when it exists and is ``spec``'s network
    (the same layer types and shapes, so the lesson's text and diagram describe what is stepped);
    None otherwise (the caller falls back to a seeded network)."""
    path = resource("models", name)
    if not path.is_file():
        return None
    try:
        net = Network.load(path, dtype="float64")
    except ModelFileError:
        return None
    same = (tuple(net.spec.input_shape) == tuple(spec.input_shape)
            and [layer.type for layer in net.spec.layers] == [layer.type for layer in spec.layers]
            and net.spec.output_shapes() == spec.output_shapes())
    return net if same else None


def sample_for_spec(spec: NetworkSpec, seed: int = 0, index: int = 0) -> tuple[np.ndarray, np.ndarray, Text]:
    """One input x (a batch of one) and a target t that fit ``spec``, with a line saying what they are.

    784 inputs (or 1×28×28) get bundled MNIST test image ``index`` and its label when the head
    has 10 outputs; anything else gets x ~ N(0, 1) from ``seed`` and a random target the head
    accepts (a class label, 0/1 values, or real numbers).
    """
    in_shape = tuple(spec.input_shape)
    out = spec.output_shapes()[-1]
    k = int(math.prod(out)) if out else 1
    head = spec.layers[-1].type if spec.layers else None
    rng = np.random.default_rng(seed)
    if math.prod(in_shape) == 784:
        try:
            images, labels = mnist_test()
        except (MnistFormatError, OSError):
            images = None
        if images is not None:
            x = (images[index].astype(np.float64) / 255.0).reshape((1, *in_shape))
            label = int(labels[index])
            if head == "SoftmaxWithLoss" and k == 10:
                t = np.array([label])
                return x, t, (f"MNIST test image #{index} (a {label}), target label {label}",
                              f"MNIST テスト画像 #{index}（数字 {label}）、正解ラベル {label}")
            t = _random_target(head, k, rng)
            return x, t, (f"MNIST test image #{index} (a {label}) with a random target",
                          f"MNIST テスト画像 #{index}（数字 {label}）とランダムな目標値")
    x = rng.standard_normal((1, *in_shape))
    t = _random_target(head, k, rng)
    return x, t, (f"random input x ~ N(0, 1) and a random target (seed {seed})",
                  f"ランダムな入力 x ~ N(0, 1) とランダムな目標値（シード {seed}）")


def _random_target(head: str | None, k: int, rng: np.random.Generator) -> np.ndarray:
    if head == "SoftmaxWithLoss":
        return np.array([int(rng.integers(k))])
    if head == "SigmoidWithLoss":
        return rng.integers(0, 2, (1, k)).astype(np.float64)
    return np.round(rng.standard_normal((1, k)), 2)
