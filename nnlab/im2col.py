"""im2col and col2im (book chapter 7.4, common/util.py): a convolution as one matrix product.

im2col lays every filter-sized patch of the (padded) images out as one row::

    x: (N, C, H, W)  →  col: (N·OH·OW, C·FH·FW)     OH = (H + 2P − FH) / S + 1, OW likewise

so that the convolution is ``col @ W.reshape(FN, -1).T``. col2im is its way back: each row's values
are *added* into the image positions they came from (a pixel in several patches collects from each).

The layers keep the same numbers as ``col_k`` (C·FH·FW, N, OH·OW) (``im2col_k``): viewed per image,
``W (FN, C·FH·FW) @ col_t`` comes out as (N, FN, OH·OW), already in image layout, with no transpose
of the output; as one (C·FH·FW, N·OH·OW) matrix it gives dW in one product. Both build the columns
with one strided copy per filter position (FH·FW copies), never a Python loop over samples or
output positions.
"""

from __future__ import annotations

import numpy as np


def out_size(size: int, filter_size: int, stride: int = 1, pad: int = 0) -> int:
    """OH = (H + 2P − FH) // S + 1 (the caller checks that the division is exact)."""
    return (size + 2 * pad - filter_size) // stride + 1


def pad_images(x: np.ndarray, pad: int, value: float = 0.0) -> np.ndarray:
    """x with ``pad`` cells of ``value`` around each image (x itself when pad is 0)."""
    if pad == 0:
        return x
    return np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), constant_values=value)


def im2col_k(x: np.ndarray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0,
             fill: float = 0.0) -> np.ndarray:
    """The columns with the filter cell first: (C·FH·FW, N, OH·OW), contiguous,
    col_k[(c, i, j), n, (oh, ow)] = x_padded[n, c, oh·S + i, ow·S + j].

    This order makes each of the FH·FW copies write one contiguous block per channel, and
    ``col_k.reshape(K, N·OH·OW)`` is one matrix for a single product over the whole batch.
    ``fill`` is the padding value (−∞ for max pooling).
    """
    n, c, h, w = x.shape
    oh, ow = out_size(h, filter_h, stride, pad), out_size(w, filter_w, stride, pad)
    img = pad_images(x, pad, fill).transpose(1, 0, 2, 3)  # (C, N, H + 2P, W + 2P), a view
    col = np.empty((c, filter_h, filter_w, n, oh, ow), dtype=x.dtype)
    for i in range(filter_h):
        for j in range(filter_w):
            col[:, i, j] = img[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride]
    return col.reshape(c * filter_h * filter_w, n, oh * ow)


def im2col_t(x: np.ndarray, filter_h: int, filter_w: int, stride: int = 1, pad: int = 0,
             fill: float = 0.0) -> np.ndarray:
    """The columns per image: (N, C·FH·FW, OH·OW) (a view of ``im2col_k``'s array)."""
    return im2col_k(x, filter_h, filter_w, stride, pad, fill).transpose(1, 0, 2)


def col2im_t(col_t: np.ndarray, input_shape, filter_h: int, filter_w: int, stride: int = 1,
             pad: int = 0) -> np.ndarray:
    """im2col_t's way back: (N, C·FH·FW, OH·OW) → (N, C, H, W), overlapping patches summed."""
    n, c, h, w = input_shape
    oh, ow = out_size(h, filter_h, stride, pad), out_size(w, filter_w, stride, pad)
    col = col_t.reshape(n, c, filter_h, filter_w, oh, ow)
    img = np.zeros((n, c, h + 2 * pad + stride - 1, w + 2 * pad + stride - 1), dtype=col_t.dtype)
    for i in range(filter_h):
        for j in range(filter_w):
            img[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride] += col[:, :, i, j]
    return img[:, :, pad:h + pad, pad:w + pad]


def col2im_k(col_k: np.ndarray, input_shape, filter_h: int, filter_w: int, stride: int = 1,
             pad: int = 0) -> np.ndarray:
    """im2col_k's way back: (C·FH·FW, N, OH·OW) → (N, C, H, W), overlapping patches summed.
    The result is a view of an image array kept as (C, N, H, W)."""
    n, c, h, w = input_shape
    oh, ow = out_size(h, filter_h, stride, pad), out_size(w, filter_w, stride, pad)
    col = col_k.reshape(c, filter_h, filter_w, n, oh, ow)
    img = np.zeros((c, n, h + 2 * pad + stride - 1, w + 2 * pad + stride - 1), dtype=col_k.dtype)
    for i in range(filter_h):
        for j in range(filter_w):
            img[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride] += col[:, i, j]
    return img[:, :, pad:h + pad, pad:w + pad].transpose(1, 0, 2, 3)


def im2col(input_data: np.ndarray, filter_h: int, filter_w: int, stride: int = 1,
           pad: int = 0) -> np.ndarray:
    """The book's im2col: (N, C, H, W) → col (N·OH·OW, C·FH·FW), one row per filter position."""
    col_t = im2col_t(input_data, filter_h, filter_w, stride, pad)
    return col_t.transpose(0, 2, 1).reshape(-1, col_t.shape[1])


def col2im(col: np.ndarray, input_shape, filter_h: int, filter_w: int, stride: int = 1,
           pad: int = 0) -> np.ndarray:
    """The book's col2im: col (N·OH·OW, C·FH·FW) → (N, C, H, W), overlapping patches summed."""
    n = input_shape[0]
    col_t = col.reshape(n, -1, col.shape[1]).transpose(0, 2, 1)
    return col2im_t(col_t, input_shape, filter_h, filter_w, stride, pad)
