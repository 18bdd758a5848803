"""IDX writing (the inverse of read_idx) and the learner's own digit set: kept in one file, never
lost to a failed write, salvaged when damaged, migrated from the old two-file format."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from nnlab import NetworkSpec
from nnlab.data.idx_write import idx_bytes, write_idx
from nnlab.data.mnist import MnistFormatError, read_idx
from nnlab.my_digits import IMAGES_NAME, LABELS_NAME, ROW, STORE_NAME, DigitSet, labels_path_for
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
    assert sorted(p.name for p in tmp_path.iterdir()) == [STORE_NAME]  # one file: always consistent
    rows = read_idx(tmp_path / STORE_NAME)  # an IDX array: label, then the 784 pixels
    assert rows.shape == (2, ROW) and rows[:, 0].tolist() == [1, 9]
    np.testing.assert_array_equal(rows[:, 1:].reshape(2, 28, 28), digits.images)
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


def some_digits(n: int, seed: int = 0) -> DigitSet:
    rng = np.random.default_rng(seed)
    return DigitSet(rng.integers(0, 256, (n, 28, 28), dtype=np.uint8),
                    rng.integers(0, 10, n, dtype=np.uint8))


def test_a_failed_save_keeps_the_saved_set_whole(tmp_path, monkeypatch):
    """The old two-file save could die between the files; one atomic file cannot disagree."""
    some_digits(5).save(tmp_path)
    before = (tmp_path / STORE_NAME).read_bytes()

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("nnlab.safe_write.os.fsync", disk_full)
    with pytest.raises(OSError, match="disk is full"):
        some_digits(6, seed=1).save(tmp_path)
    assert (tmp_path / STORE_NAME).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [STORE_NAME]  # no temporary file left
    digits, recovery = DigitSet.recover(tmp_path)
    assert len(digits) == 5 and recovery is None


def test_a_cut_short_set_keeps_every_whole_digit_and_sets_the_file_aside(tmp_path):
    digits = some_digits(10)
    digits.save(tmp_path)
    data = (tmp_path / STORE_NAME).read_bytes()
    (tmp_path / STORE_NAME).write_bytes(data[:-ROW - 100])  # digit 9 lost, digit 8 cut in half
    again, recovery = DigitSet.recover(tmp_path)
    assert len(again) == 8 and recovery.kept == 8 and recovery.claimed == 10
    np.testing.assert_array_equal(again.images, digits.images[:8])
    np.testing.assert_array_equal(again.labels, digits.labels[:8])
    assert "8 of 10" in recovery.en and "10 個中 8 個" in recovery.ja
    assert [p.name for p in recovery.set_aside] == [STORE_NAME + ".bad"]
    assert (tmp_path / (STORE_NAME + ".bad")).read_bytes() == data[:-ROW - 100]
    # the salvaged set was saved: the next start is clean
    third, recovery = DigitSet.recover(tmp_path)
    assert len(third) == 8 and recovery is None


def test_a_second_damage_never_overwrites_the_first_backup(tmp_path):
    (tmp_path / STORE_NAME).write_bytes(b"first junk")
    _, first = DigitSet.recover(tmp_path)
    (tmp_path / STORE_NAME).write_bytes(b"second junk")
    _, second = DigitSet.recover(tmp_path)
    assert [p.name for p in first.set_aside] == [STORE_NAME + ".bad"]
    assert [p.name for p in second.set_aside] == [STORE_NAME + ".bad-2"]
    assert (tmp_path / (STORE_NAME + ".bad")).read_bytes() == b"first junk"
    assert (tmp_path / (STORE_NAME + ".bad-2")).read_bytes() == b"second junk"
    assert first.kept == 0 and first.claimed is None and "damaged" in first.en


def test_a_digit_with_an_impossible_label_is_dropped_not_the_set(tmp_path):
    digits = some_digits(4)
    rows = digits.rows()
    rows[2, 0] = 200
    write_idx(tmp_path / STORE_NAME, rows)
    again, recovery = DigitSet.recover(tmp_path)
    assert again.labels.tolist() == np.delete(digits.labels, 2).tolist()
    assert recovery.kept == 3 and recovery.claimed == 4


def test_the_old_pair_is_moved_into_one_file_once(tmp_path):
    digits = some_digits(6)
    write_idx(tmp_path / IMAGES_NAME, digits.images)
    write_idx(tmp_path / LABELS_NAME, digits.labels)
    again, recovery = DigitSet.recover(tmp_path)
    assert recovery is None  # nothing was wrong: a quiet migration
    np.testing.assert_array_equal(again.images, digits.images)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [STORE_NAME, IMAGES_NAME + ".migrated", LABELS_NAME + ".migrated"])
    np.testing.assert_array_equal(DigitSet.load(tmp_path).labels, digits.labels)


def test_an_old_pair_with_mismatched_counts_keeps_the_digits_both_files_hold(tmp_path):
    """The data-loss case: the images were written, then the labels write failed."""
    digits = some_digits(7)
    write_idx(tmp_path / IMAGES_NAME, digits.images)        # 7 images (the new one included)
    write_idx(tmp_path / LABELS_NAME, digits.labels[:6])    # the labels of the 6 before it
    again, recovery = DigitSet.recover(tmp_path)
    np.testing.assert_array_equal(again.images, digits.images[:6])
    np.testing.assert_array_equal(again.labels, digits.labels[:6])
    assert recovery.kept == 6 and recovery.claimed == 7
    assert {p.name for p in recovery.set_aside} == {IMAGES_NAME + ".bad", LABELS_NAME + ".bad"}
    assert len(DigitSet.load(tmp_path)) == 6  # stored in the new file
