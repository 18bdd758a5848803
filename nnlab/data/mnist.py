"""MNIST in its original IDX format: the bundled copy or any folder in the same format.

An IDX file is a header, then the data as big-endian numbers::

    0x00 0x00  dtype code  ndim          dtype code 0x08 = unsigned byte (MNIST's only one)
    ndim × uint32 (big-endian)           the size of each dimension
    prod(dims) × itemsize bytes          the values, last dimension fastest

so MNIST's images are magic 0x00000803 (ubyte, 3 dims: N, 28, 28) and its labels 0x00000801
(ubyte, 1 dim: N). Fashion-MNIST and KMNIST use the same four file names and format, so a folder
holding them loads the same way. Every problem raises :class:`MnistFormatError` naming the file.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import numpy as np

from ..errors import NNLabError
from ..paths import resource

GZIP_MAGIC = b"\x1f\x8b"
# IDX dtype codes -> big-endian numpy dtypes.
IDX_DTYPES: dict[int, np.dtype] = {
    0x08: np.dtype("u1"),
    0x09: np.dtype("i1"),
    0x0B: np.dtype(">i2"),
    0x0C: np.dtype(">i4"),
    0x0D: np.dtype(">f4"),
    0x0E: np.dtype(">f8"),
}
# Deflate cannot shrink data by more than about 1032:1, so a gzip file claiming more than this
# many bytes per compressed byte is truncated (or lying) and is refused before allocating.
MAX_GZIP_RATIO = 1100
LOAD_DTYPES = ("float32", "float64", "uint8")
SIDE = 28              # an MNIST image is SIDE × SIDE pixels
PIXELS = SIDE * SIDE   # 784: the inputs of a flat MNIST network
CLASSES = 10           # the digits 0–9
SPLITS = ("train", "t10k")


class MnistFormatError(NNLabError):
    """A dataset file that cannot be used. ``path`` is the file (or folder); the message names it."""

    def __init__(self, path: str | Path, en: str, ja: str):
        self.path = Path(path)
        super().__init__(f"{self.path}: {en}", f"{self.path}: {ja}")


def read_idx(path: str | Path) -> np.ndarray:
    """Read one IDX file, gzip-compressed (recognised by its magic bytes 1f 8b) or raw.

    Returns an array of shape ``dims`` in native byte order, whose size matches the header exactly:
    a file that ends early or carries bytes past the data raises :class:`MnistFormatError`.
    """
    path = Path(path)
    if not path.is_file():
        raise MnistFormatError(path, "file not found", "ファイルが見つかりません")
    try:
        with open(path, "rb") as raw:
            compressed = raw.read(2) == GZIP_MAGIC
            raw.seek(0)
            if compressed:
                with gzip.GzipFile(fileobj=raw, mode="rb") as stream:
                    return _read_idx_stream(stream, path, path.stat().st_size * MAX_GZIP_RATIO)
            return _read_idx_stream(raw, path, path.stat().st_size)
    except MnistFormatError:
        raise
    except EOFError as exc:
        raise MnistFormatError(path, "truncated: the gzip data ends early",
                               "途中で切れています：gzip データが途中で終わっています") from exc
    except (zlib.error, gzip.BadGzipFile) as exc:
        raise MnistFormatError(path, f"damaged gzip data ({exc})",
                               f"gzip データが壊れています（{exc}）") from exc
    except OSError as exc:
        raise MnistFormatError(path, f"cannot be read ({exc.strerror or exc})",
                               f"読み込めません（{exc.strerror or exc}）") from exc


def _read_idx_stream(stream, path: Path, max_bytes: int) -> np.ndarray:
    """Header, then exactly prod(dims) items, then end of file. ``max_bytes`` bounds the claim."""
    head = stream.read(4)
    if len(head) < 4 or head[0] != 0 or head[1] != 0 or head[2] not in IDX_DTYPES:
        found = head.hex() if len(head) == 4 else f"{len(head)} bytes"
        raise MnistFormatError(
            path, f"bad magic number {found}: not an IDX file (expected 0000 08 ..)",
            f"マジックナンバー {found} が不正です：IDX ファイルではありません（0000 08 .. のはず）")
    dtype, ndim = IDX_DTYPES[head[2]], head[3]
    if ndim == 0:
        raise MnistFormatError(path, "the header declares 0 dimensions",
                               "ヘッダーの次元数が 0 です")
    dims_raw = stream.read(4 * ndim)
    if len(dims_raw) < 4 * ndim:
        raise MnistFormatError(path, "truncated: the file ends inside its header",
                               "途中で切れています：ヘッダーの途中でファイルが終わっています")
    dims = tuple(int(d) for d in np.frombuffer(dims_raw, dtype=">u4"))
    nbytes = int(np.prod(dims, dtype=object)) * dtype.itemsize
    if 4 + 4 * ndim + nbytes > max_bytes:
        raise MnistFormatError(
            path, f"truncated: the header promises {_shape(dims)} ({nbytes:,} bytes of data), "
            "more than the file holds",
            f"途中で切れています：ヘッダーは {_shape(dims)}（データ {nbytes:,} バイト）ですが、"
            "ファイルにそれだけのデータがありません")
    data = np.empty(nbytes, dtype=np.uint8)
    got = stream.readinto(memoryview(data))
    # gzip streams may return short reads; keep reading until the data or the file runs out.
    while got < nbytes:
        more = stream.readinto(memoryview(data)[got:])
        if not more:
            break
        got += more
    if got < nbytes:
        raise MnistFormatError(
            path, f"truncated: {got:,} of {nbytes:,} data bytes for {_shape(dims)}",
            f"途中で切れています：{_shape(dims)} に必要な {nbytes:,} バイトのうち {got:,} バイトしか"
            "ありません")
    if stream.read(1):
        raise MnistFormatError(
            path, f"wrong size: extra bytes after the {nbytes:,} data bytes of {_shape(dims)}",
            f"サイズが不正です：{_shape(dims)} のデータ {nbytes:,} バイトの後に余分なバイトがあります")
    array = data.view(dtype).reshape(dims)
    return array if dtype.itemsize == 1 else array.astype(dtype.newbyteorder("="))


def _shape(dims: tuple[int, ...]) -> str:
    return "×".join(str(d) for d in dims)


def _find(folder: Path, split: str, kind: str) -> Path:
    """``train-images-idx3-ubyte`` (or ``train-images.idx3-ubyte``), raw or ``.gz``."""
    n = 3 if kind == "images" else 1
    names = [f"{split}-{kind}{sep}idx{n}-ubyte{gz}" for sep in "-." for gz in ("", ".gz")]
    for name in names:
        if (folder / name).is_file():
            return folder / name
    raise MnistFormatError(
        folder / names[0], f"missing file (looked for {', '.join(names)})",
        f"ファイルがありません（{', '.join(names)} を探しました）")


def _read_split(folder: Path, split: str) -> tuple[np.ndarray, np.ndarray]:
    """Images (N, 28, 28) and labels (N,), both uint8, checked against each other."""
    return read_idx_pair(_find(folder, split, "images"), _find(folder, split, "labels"))


def read_idx_pair(images_path: str | Path, labels_path: str | Path,
                  allow_empty: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """An IDX pair as MNIST's: images uint8 N×28×28, labels uint8 N in 0–9, the same N.

    Raises MnistFormatError naming the file for anything else (and for N = 0 unless allowed).
    """
    images_path, labels_path = Path(images_path), Path(labels_path)
    images, labels = read_idx(images_path), read_idx(labels_path)
    if images.dtype != np.uint8 or images.ndim != 3 or images.shape[1:] != (SIDE, SIDE):
        raise MnistFormatError(
            images_path, f"images must be unsigned bytes of shape N×28×28, found {images.dtype} "
            f"{_shape(images.shape)}",
            f"画像は N×28×28 の符号なしバイトのはずですが、{images.dtype} {_shape(images.shape)} です")
    if labels.dtype != np.uint8 or labels.ndim != 1:
        raise MnistFormatError(
            labels_path, f"labels must be unsigned bytes of shape N, found {labels.dtype} "
            f"{_shape(labels.shape)}",
            f"ラベルは長さ N の符号なしバイトのはずですが、{labels.dtype} {_shape(labels.shape)} です")
    if len(images) != len(labels):
        raise MnistFormatError(
            labels_path, f"count mismatch: {len(labels):,} labels for {len(images):,} images in "
            f"{images_path.name}",
            f"件数が一致しません：{images_path.name} の画像 {len(images):,} 枚に対してラベルが "
            f"{len(labels):,} 個です")
    if len(images) == 0:
        if allow_empty:
            return images, labels
        raise MnistFormatError(images_path, "holds no images", "画像が 1 枚もありません")
    if labels.max() > CLASSES - 1:
        raise MnistFormatError(
            labels_path, f"labels must be digits 0–9, found {int(labels.max())}",
            f"ラベルは 0〜9 のはずですが、{int(labels.max())} があります")
    return images, labels


def load_mnist(
    folder: str | Path | None = None, *, dtype: str | np.dtype = "float32", flatten: bool = True
) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """``((x_train, t_train), (x_test, t_test))`` from the bundled MNIST or a user folder.

    ``folder`` None is the copy shipped with NN Lab; otherwise a folder holding
    ``train-images-idx3-ubyte``, ``train-labels-idx1-ubyte``, ``t10k-images-idx3-ubyte`` and
    ``t10k-labels-idx1-ubyte`` (each raw or ``.gz``; ``train-images.idx3-ubyte`` also works),
    e.g. Fashion-MNIST or KMNIST.

    ``dtype`` "float32" (or "float64"): x = pixel / 255 in [0, 1]; "uint8": the raw 0–255 pixels
    (the trainer keeps these and converts each batch). ``flatten`` True gives x of shape (N, 784),
    False (N, 1, 28, 28). Labels t are int64 of shape (N,).
    """
    try:
        name = np.dtype(dtype).name
    except TypeError:
        name = None
    if name not in LOAD_DTYPES:
        raise ValueError(f"dtype must be one of {', '.join(LOAD_DTYPES)}, not {dtype!r}")
    root = resource("mnist") if folder is None else Path(folder)
    if not root.is_dir():
        raise MnistFormatError(root, "folder not found", "フォルダが見つかりません")
    result = []
    for split in SPLITS:
        images, labels = _read_split(root, split)
        x = (images.reshape(len(images), PIXELS) if flatten
             else images.reshape(len(images), 1, SIDE, SIDE))
        if name != "uint8":
            x = np.divide(x, 255, dtype=name)  # one pass: cast and scale together
        result.append((x, labels.astype(np.int64)))
    return result[0], result[1]
