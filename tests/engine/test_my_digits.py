"""IDX writing (the inverse of read_idx) and the learner's own digit set."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from nnlab import NetworkSpec
from nnlab.data.idx_write import idx_bytes, write_idx
from nnlab.data.mnist import MnistFormatError, read_idx
from nnlab.my_digits import IMAGES_NAME, LABELS_NAME, DigitSet, labels_path_for
from nnlab.network import Network
from nnlab.paths import resource


@pytest.mark.parametrize("dtype", ["u1", "i1", ">i2", "<i2", "i4", "f4", "f8"])
@pytest.mark.parametrize("name", ["a-idx3-ubyte", "a-idx3-ubyte.gz"])
def test_write_idx_round_trips_through_read_idx(tmp_path, dtype, name):
    rng = np.random.default_rng(0)
    array = (rng.normal(0, 50, (3, 4, 5))).astype(dtype)
    path = write_idx(tmp_path / name, array)
    back = read_idx(path)
    assert back.shape == array.shape and back.dtype == array.dtype.newbyteorder("=")
    np.testing.assert_array_equal(back, array)
    assert (path.read_bytes()[:2] == b"\x1f\x8b") == name.endswith(".gz")
    assert not list(tmp_path.glob("*.tmp"))


def test_idx_bytes_is_the_mnist_header_then_the_data():
    labels = np.array([7, 2, 1], np.uint8)
    assert idx_bytes(labels) == b"\x00\x00\x08\x01\x00\x00\x00\x03\x07\x02\x01"
    images = np.zeros((2, 28, 28), np.uint8)
    assert idx_bytes(images)[:16] == bytes.fromhex("00000803 00000002 0000001c 0000001c")


def test_the_bundled_mnist_labels_are_rewritten_byte_for_byte(tmp_path):
    source = resource("mnist", "t10k-labels-idx1-ubyte.gz")
    labels = read_idx(source)
    out = write_idx(tmp_path / "t10k-labels-idx1-ubyte", labels)
    assert out.read_bytes() == gzip.decompress(source.read_bytes())


@pytest.mark.parametrize("array, fragment", [
    (np.zeros(3, np.uint16), "cannot hold uint16"),
    (np.zeros(3, np.int64), "cannot hold int64"),
    (np.array(5, np.uint8), "1 to 255 dimensions"),
])
def test_write_idx_refuses_what_idx_cannot_hold(tmp_path, array, fragment):
    with pytest.raises(ValueError, match=fragment):
        write_idx(tmp_path / "x", array)
    assert not list(tmp_path.iterdir())


def test_a_digit_set_is_saved_and_loaded_as_mnist_test_files(tmp_path):
    digits = DigitSet()
    assert len(DigitSet.load(tmp_path / "nothing yet")) == 0
    image = np.zeros((28, 28), np.float32)
    image[10:18, 12:16] = 1.0
    image[5, 5] = 0.5
    digits.add(image, 1)
    digits.add(np.full((28, 28), 200, np.uint8), 9)
    assert digits.images[0, 5, 5] == 128 and digits.images[0, 10, 12] == 255  # round(255·v)
    digits.save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([IMAGES_NAME, LABELS_NAME])
    again = DigitSet.load(tmp_path)
    np.testing.assert_array_equal(again.images, digits.images)
    np.testing.assert_array_equal(again.labels, [1, 9])
    assert again.counts().tolist() == [0, 1, 0, 0, 0, 0, 0, 0, 0, 1]
    again.remove(0)
    assert again.labels.tolist() == [9]


@pytest.mark.parametrize("image, label", [(np.zeros((28, 27)), 1), (np.zeros((28, 28)), 10)])
def test_a_digit_set_refuses_bad_digits(image, label):
    with pytest.raises(ValueError):
        DigitSet().add(image, label)


def test_reading_a_pair_checks_it_like_mnist(tmp_path):
    images, labels = tmp_path / "i-images-idx3-ubyte", tmp_path / "i-labels-idx1-ubyte"
    write_idx(images, np.zeros((3, 28, 28), np.uint8))
    write_idx(labels, np.array([1, 2], np.uint8))
    with pytest.raises(MnistFormatError, match="count mismatch") as info:
        DigitSet.read(images, labels)
    assert "件数" in info.value.message("ja")
    write_idx(labels, np.array([1, 2, 12], np.uint8))
    with pytest.raises(MnistFormatError, match="digits 0–9"):
        DigitSet.read(images, labels)
    write_idx(images, np.zeros((3, 8, 8), np.uint8))
    with pytest.raises(MnistFormatError, match="N×28×28"):
        DigitSet.read(images, labels)
    images.write_bytes(b"\x00\x00\x08\x03\x00\x00")
    with pytest.raises(MnistFormatError, match="truncated"):
        DigitSet.read(images, labels)


def test_labels_path_follows_mnist_naming(tmp_path):
    assert labels_path_for(tmp_path / "t10k-images-idx3-ubyte.gz").name == "t10k-labels-idx1-ubyte.gz"
    assert labels_path_for(tmp_path / "train-images.idx3-ubyte").name == "train-labels.idx1-ubyte"


def test_evaluation_counts_a_confusion_matrix():
    spec = NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json"))
    network = Network(spec, seed=0)
    rng = np.random.default_rng(0)
    digits = DigitSet(rng.integers(0, 256, (30, 28, 28), dtype=np.uint8),
                      rng.integers(0, 10, 30, dtype=np.uint8))
    result = digits.evaluate(network, batch_size=7)
    expected = network.predict(digits.x()).argmax(axis=1)
    np.testing.assert_array_equal(result.predictions, expected)
    assert result.total == 30 and result.correct == int(np.sum(expected == digits.labels))
    assert result.accuracy == result.correct / 30
    assert result.confusion[digits.labels[0], expected[0]] >= 1
    empty = DigitSet().evaluate(network)
    assert empty.total == 0 and empty.accuracy == 0.0
