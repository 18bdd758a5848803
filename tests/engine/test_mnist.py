"""MNIST: the bundled copy is the real thing, and every broken file is refused by name."""

from __future__ import annotations

import gzip
import shutil

import numpy as np
import pytest

from nnlab.data.mnist import MnistFormatError, load_mnist, read_idx
from nnlab.paths import resource

TRAIN_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
NAMES = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
         "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")


@pytest.fixture(scope="module")
def mnist_uint8():
    return load_mnist(dtype="uint8")


@pytest.fixture(scope="module")
def mnist_float():
    return load_mnist()


def idx_bytes(array: np.ndarray, code: int = 0x08) -> bytes:
    """An IDX file: 00 00, dtype code, ndim, big-endian uint32 dims, then the data."""
    header = bytes([0, 0, code, array.ndim]) + np.asarray(array.shape, dtype=">u4").tobytes()
    return header + array.tobytes()


def write_small_mnist(folder, n_train=12, n_test=5, gz=False, dotted=False):
    """A tiny, valid MNIST-format folder; returns the arrays written."""
    rng = np.random.default_rng(1)
    arrays = {
        "train-images-idx3-ubyte": rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8),
        "train-labels-idx1-ubyte": rng.integers(0, 10, n_train, dtype=np.uint8),
        "t10k-images-idx3-ubyte": rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8),
        "t10k-labels-idx1-ubyte": rng.integers(0, 10, n_test, dtype=np.uint8),
    }
    folder.mkdir(exist_ok=True)
    for name, array in arrays.items():
        data = idx_bytes(array)
        if dotted:
            name = name.replace("-idx", ".idx")
        if gz:
            (folder / f"{name}.gz").write_bytes(gzip.compress(data))
        else:
            (folder / name).write_bytes(data)
    return arrays


# --- the bundled copy --------------------------------------------------------------------------

def test_bundled_sizes_counts_and_first_labels(mnist_uint8):
    (x_train, t_train), (x_test, t_test) = mnist_uint8
    assert x_train.shape == (60000, 784) and t_train.shape == (60000,)
    assert x_test.shape == (10000, 784) and t_test.shape == (10000,)
    assert np.bincount(t_train, minlength=10).tolist() == TRAIN_COUNTS
    assert np.bincount(t_test, minlength=10).tolist() == TEST_COUNTS
    assert t_train[:5].tolist() == [5, 0, 4, 1, 9]
    assert t_test[:5].tolist() == [7, 2, 1, 0, 4]


def test_bundled_pixel_mean(mnist_uint8):
    (x_train, _), _ = mnist_uint8
    assert round(float(x_train.mean(dtype=np.float64)), 3) == 33.318


def test_uint8_dtype_and_range(mnist_uint8):
    (x_train, t_train), (x_test, t_test) = mnist_uint8
    for x, t in ((x_train, t_train), (x_test, t_test)):
        assert x.dtype == np.uint8 and t.dtype == np.int64
        assert x.min() == 0 and x.max() == 255
        assert t.min() == 0 and t.max() == 9


def test_float32_is_pixels_over_255(mnist_float, mnist_uint8):
    (x_train, t_train), (x_test, _) = mnist_float
    assert x_train.dtype == np.float32 and x_test.dtype == np.float32
    assert x_train.shape == (60000, 784) and t_train.dtype == np.int64
    assert x_train.min() == 0.0 and x_train.max() == 1.0
    raw = mnist_uint8[0][0]
    np.testing.assert_array_equal(x_train[:100], raw[:100].astype(np.float32) / 255)
    np.testing.assert_array_equal(t_train, mnist_uint8[0][1])


def test_flatten_false_gives_images(mnist_uint8):
    (x_train, t_train), (x_test, _) = load_mnist(dtype="uint8", flatten=False)
    assert x_train.shape == (60000, 1, 28, 28) and x_test.shape == (10000, 1, 28, 28)
    np.testing.assert_array_equal(x_train[7, 0].ravel(), mnist_uint8[0][0][7])
    assert t_train.shape == (60000,)


def test_bundled_files_are_gzip_idx():
    for name in NAMES:
        path = resource("mnist", f"{name}.gz")
        assert path.read_bytes()[:2] == b"\x1f\x8b"
    assert resource("mnist", "PROVENANCE.md").is_file()


def test_unknown_dtype_is_refused():
    with pytest.raises(ValueError, match="dtype"):
        load_mnist(dtype="int16")


# --- read_idx ----------------------------------------------------------------------------------

def test_read_idx_raw_and_gz_agree(tmp_path):
    gz = resource("mnist", "t10k-labels-idx1-ubyte.gz")
    raw = tmp_path / "labels-no-extension"
    raw.write_bytes(gzip.decompress(gz.read_bytes()))
    # gzip is detected by its magic bytes, not the name: a .gz name on raw data also works.
    misnamed = tmp_path / "raw-data.gz"
    shutil.copy(raw, misnamed)
    a, b, c = read_idx(gz), read_idx(raw), read_idx(misnamed)
    assert a.shape == (10000,) and a.dtype == np.uint8
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(a, c)


@pytest.mark.parametrize("code, dtype, scale", [
    (0x08, "u1", 1), (0x09, "i1", 10), (0x0B, ">i2", 1000), (0x0C, ">i4", 100_000),
    (0x0D, ">f4", 1000.5), (0x0E, ">f8", 1e300)])
def test_read_idx_every_dtype_code(tmp_path, code, dtype, scale):
    values = np.arange(24) if dtype == "u1" else np.arange(-12, 12)
    array = (values * scale).reshape(2, 3, 4).astype(dtype)
    path = tmp_path / "x.idx"
    path.write_bytes(idx_bytes(array, code))
    out = read_idx(path)
    assert out.shape == (2, 3, 4) and out.dtype.isnative
    np.testing.assert_array_equal(out, array)


# --- broken files: each refused with the file named ---------------------------------------------

def corrupt(folder, name, data: bytes):
    """Replace one file of a valid folder and return its path."""
    path = folder / name
    path.write_bytes(data)
    return path


def test_bad_magic(tmp_path):
    write_small_mnist(tmp_path)
    data = bytearray((tmp_path / "train-images-idx3-ubyte").read_bytes())
    data[2] = 0x42
    path = corrupt(tmp_path, "train-images-idx3-ubyte", bytes(data))
    with pytest.raises(MnistFormatError, match="magic") as info:
        load_mnist(tmp_path)
    assert info.value.path == path and path.name in str(info.value)
    assert "マジックナンバー" in info.value.message("ja")


def test_not_idx_at_all(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not MNIST")
    with pytest.raises(MnistFormatError, match="magic") as info:
        read_idx(path)
    assert "notes.txt" in str(info.value)


def test_truncated_raw(tmp_path):
    write_small_mnist(tmp_path)
    data = (tmp_path / "t10k-images-idx3-ubyte").read_bytes()
    corrupt(tmp_path, "t10k-images-idx3-ubyte", data[:-100])
    with pytest.raises(MnistFormatError, match="truncated") as info:
        load_mnist(tmp_path)
    assert "t10k-images-idx3-ubyte" in str(info.value)


def test_truncated_gzip(tmp_path):
    write_small_mnist(tmp_path, gz=True)
    data = (tmp_path / "train-labels-idx1-ubyte.gz").read_bytes()
    corrupt(tmp_path, "train-labels-idx1-ubyte.gz", data[: len(data) // 2])
    with pytest.raises(MnistFormatError, match="truncated") as info:
        load_mnist(tmp_path)
    assert "train-labels-idx1-ubyte.gz" in str(info.value)


def test_gzip_of_short_data_is_truncated(tmp_path):
    path = tmp_path / "short.gz"
    path.write_bytes(gzip.compress(idx_bytes(np.zeros((3, 28, 28), np.uint8))[:-1]))
    with pytest.raises(MnistFormatError, match="truncated") as info:
        read_idx(path)
    assert "short.gz" in str(info.value)


def test_header_claiming_huge_size_is_refused_without_allocating(tmp_path):
    path = tmp_path / "huge"
    path.write_bytes(bytes([0, 0, 8, 3]) + np.array([4_000_000_000, 4_000_000_000, 28],
                                                    dtype=">u4").tobytes())
    with pytest.raises(MnistFormatError, match="truncated"):
        read_idx(path)
    path.write_bytes(gzip.compress(path.read_bytes()))
    with pytest.raises(MnistFormatError, match="more than this gzip file .* can honestly hold"):
        read_idx(path)


def test_truncated_inside_header(tmp_path):
    path = tmp_path / "stub"
    path.write_bytes(bytes([0, 0, 8, 3, 0, 0]))
    with pytest.raises(MnistFormatError, match="header"):
        read_idx(path)


@pytest.mark.parametrize("gz", [False, True])
def test_over_long(tmp_path, gz):
    write_small_mnist(tmp_path)
    data = (tmp_path / "train-labels-idx1-ubyte").read_bytes() + b"\x00\x01"
    name = "train-labels-idx1-ubyte"
    if gz:
        (tmp_path / name).unlink()
        data, name = gzip.compress(data), name + ".gz"
    corrupt(tmp_path, name, data)
    with pytest.raises(MnistFormatError, match="wrong size") as info:
        load_mnist(tmp_path)
    assert name in str(info.value)


def test_damaged_gzip(tmp_path):
    path = tmp_path / "damaged.gz"
    data = bytearray(gzip.compress(idx_bytes(np.arange(200, dtype=np.uint8))))
    data[12:20] = b"\xff" * 8
    path.write_bytes(bytes(data))
    with pytest.raises(MnistFormatError) as info:
        read_idx(path)
    assert "damaged.gz" in str(info.value)


def test_count_mismatch(tmp_path):
    write_small_mnist(tmp_path, n_train=12)
    corrupt(tmp_path, "train-labels-idx1-ubyte", idx_bytes(np.zeros(11, np.uint8)))
    with pytest.raises(MnistFormatError, match="count mismatch") as info:
        load_mnist(tmp_path)
    message = str(info.value)
    assert "train-labels-idx1-ubyte" in message and "train-images-idx3-ubyte" in message
    assert "11" in message and "12" in message


def test_images_not_28x28(tmp_path):
    write_small_mnist(tmp_path)
    corrupt(tmp_path, "t10k-images-idx3-ubyte", idx_bytes(np.zeros((5, 32, 32), np.uint8)))
    with pytest.raises(MnistFormatError, match="28") as info:
        load_mnist(tmp_path)
    assert "t10k-images-idx3-ubyte" in str(info.value) and "32×32" in str(info.value)


def test_labels_beyond_nine(tmp_path):
    write_small_mnist(tmp_path)
    corrupt(tmp_path, "t10k-labels-idx1-ubyte", idx_bytes(np.full(5, 26, np.uint8)))
    with pytest.raises(MnistFormatError, match="0–9") as info:
        load_mnist(tmp_path)
    assert "t10k-labels-idx1-ubyte" in str(info.value)


def test_missing_file(tmp_path):
    write_small_mnist(tmp_path)
    (tmp_path / "t10k-labels-idx1-ubyte").unlink()
    with pytest.raises(MnistFormatError, match="missing") as info:
        load_mnist(tmp_path)
    assert "t10k-labels-idx1-ubyte" in str(info.value)
    assert "ありません" in info.value.message("ja")


def test_missing_folder(tmp_path):
    with pytest.raises(MnistFormatError, match="folder not found") as info:
        load_mnist(tmp_path / "nowhere")
    assert "nowhere" in str(info.value)


def test_missing_file_for_read_idx(tmp_path):
    with pytest.raises(MnistFormatError, match="not found"):
        read_idx(tmp_path / "absent-idx1-ubyte")


# --- user folders ------------------------------------------------------------------------------

@pytest.mark.parametrize("gz, dotted", [(False, False), (True, False), (False, True)])
def test_user_folder(tmp_path, gz, dotted):
    arrays = write_small_mnist(tmp_path / "fashion", gz=gz, dotted=dotted)
    (x_train, t_train), (x_test, t_test) = load_mnist(tmp_path / "fashion", dtype="uint8")
    assert x_train.shape == (12, 784) and x_test.shape == (5, 784)
    np.testing.assert_array_equal(x_train, arrays["train-images-idx3-ubyte"].reshape(12, 784))
    np.testing.assert_array_equal(t_test, arrays["t10k-labels-idx1-ubyte"])
    assert t_train.dtype == np.int64
    (x_train, _), _ = load_mnist(str(tmp_path / "fashion"), flatten=False)
    assert x_train.shape == (12, 1, 28, 28) and x_train.dtype == np.float32
    assert 0.0 <= x_train.min() and x_train.max() <= 1.0


def test_salvage_reads_the_whole_items_of_a_file_cut_short(tmp_path):
    from nnlab.data.mnist import read_idx_salvage

    images = np.arange(5 * 28 * 28, dtype=np.uint32).astype(np.uint8).reshape(5, 28, 28)
    data = idx_bytes(images)
    (tmp_path / "cut").write_bytes(data[:-784 - 10])  # the last image lost, the fourth cut
    kept, claimed = read_idx_salvage(tmp_path / "cut")
    assert claimed == 5 and kept.shape == (3, 28, 28)
    np.testing.assert_array_equal(kept, images[:3])
    with pytest.raises(MnistFormatError, match="truncated"):
        read_idx(tmp_path / "cut")
    (tmp_path / "junk").write_bytes(b"junk")
    with pytest.raises(MnistFormatError, match="magic"):
        read_idx_salvage(tmp_path / "junk")


def test_a_gzip_file_claiming_more_than_image_data_compresses_to_is_refused_unread(tmp_path):
    """A decompression bomb: 31 MB of zero pixels in 31 kB. Real MNIST compresses about 5:1."""
    n = 40_000
    header = bytes([0, 0, 8, 3]) + np.array([n, 28, 28], ">u4").tobytes()
    (tmp_path / "bomb.gz").write_bytes(gzip.compress(header + bytes(n * 784), 9))
    with pytest.raises(MnistFormatError, match="can honestly hold"):
        read_idx(tmp_path / "bomb.gz")
    small = tmp_path / "small.gz"  # a small sparse file may compress that well: it is read
    small.write_bytes(gzip.compress(idx_bytes(np.zeros((100, 28, 28), np.uint8)), 9))
    assert read_idx(small).shape == (100, 28, 28)
