"""Writing IDX files: the inverse of :func:`nnlab.data.mnist.read_idx`.

The format (see mnist.py)::

    0x00 0x00  dtype code  ndim          0x08 unsigned byte, 0x09 signed byte, 0x0B int16,
                                         0x0C int32, 0x0D float32, 0x0E float64
    ndim × uint32 (big-endian)           the size of each dimension
    prod(dims) × itemsize bytes          the values, big-endian, last dimension fastest

A path ending in ``.gz`` is gzip-compressed, anything else is written raw, as MNIST's own
``t10k-images-idx3-ubyte`` is. The file is written by nnlab.safe_write (a temporary name, then a
rename), so a crash never leaves half an IDX file where a reader would find it.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np

from ..safe_write import write_file
from .mnist import IDX_DTYPES

# numpy dtype (native order) -> IDX dtype code.
_CODES: dict[np.dtype, int] = {dt.newbyteorder("="): code for code, dt in IDX_DTYPES.items()}


def idx_bytes(array: np.ndarray) -> bytes:
    """The IDX encoding of ``array``: header, then the values big-endian in C order.

    Raises ValueError for a dtype IDX cannot hold (e.g. uint16, int64) or an array with no
    dimensions, or with more than 255, or a dimension of 2³² or more.
    """
    array = np.asarray(array)
    code = _CODES.get(array.dtype.newbyteorder("="))
    if code is None:
        supported = ", ".join(str(dt.newbyteorder("=")) for dt in IDX_DTYPES.values())
        raise ValueError(f"IDX cannot hold {array.dtype} values (it holds {supported})")
    if not 1 <= array.ndim <= 255:
        raise ValueError(f"an IDX array has 1 to 255 dimensions, not {array.ndim}")
    if any(d >= 2**32 for d in array.shape):
        raise ValueError(f"an IDX dimension must be below 2**32, got shape {array.shape}")
    header = bytes((0, 0, code, array.ndim)) + np.asarray(array.shape, dtype=">u4").tobytes()
    big_endian = array.astype(array.dtype.newbyteorder(">"), copy=False)
    return header + np.ascontiguousarray(big_endian).tobytes()


def write_idx(path: str | Path, array: np.ndarray) -> Path:
    """Write ``array`` as one IDX file (gzip when ``path`` ends in .gz), atomically; the path."""
    path = Path(path)
    data = idx_bytes(array)

    def write(raw) -> None:
        if path.suffix == ".gz":
            # mtime=0: the same array always gives the same bytes.
            with gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as stream:
                stream.write(data)
        else:
            raw.write(data)

    write_file(path, write)
    return path
