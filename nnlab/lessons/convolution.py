"""Lesson 15: convolution and pooling with the book's numbers (chapter 7.2–7.4), computed by the
engine's own layers (``nnlab.layers.Convolution``, ``Pooling``) and ``nnlab.im2col``.

    [[1,2,3,0],[0,1,2,3],[3,0,1,2],[2,3,0,1]] ⊛ [[2,0,1],[0,1,2],[1,0,2]] = [[15,16],[6,15]]
    with bias 3: [[18,19],[9,18]];  with padding 1: 4×4;  OH = (H + 2P − FH) / S + 1
    stride 2 over figure 7-7's 7×7 input: 3×3, starting 15, 17
    im2col of one 3×7×7 image, 5×5 filter: (9, 75); of ten: (90, 75)
    max pooling 2×2, stride 2, of [[1,2,1,0],[0,1,2,3],[3,0,1,2],[2,4,0,1]] = [[2,3],[4,2]]

The page shows these arrays and texts; it computes nothing itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..im2col import im2col
from ..layers.conv import Convolution, Pooling
from .lesson import fmt

BOOK_INPUT = ((1, 2, 3, 0), (0, 1, 2, 3), (3, 0, 1, 2), (2, 3, 0, 1))
BOOK_FILTER = ((2, 0, 1), (0, 1, 2), (1, 0, 2))
BOOK_BIAS = 3.0
POOL_INPUT = ((1, 2, 1, 0), (0, 1, 2, 3), (3, 0, 1, 2), (2, 4, 0, 1))
#: Figure 7-7's 7×7 input for stride 2: the 4×4 input's pattern continued, x[i][j] = (j − i + 1) mod 4.
STRIDE_INPUT = tuple(tuple((j - i + 1) % 4 for j in range(7)) for i in range(7))


def _image(a) -> np.ndarray:
    """A 2-D array as one image of one channel: (1, 1, H, W), float64."""
    return np.asarray(a, dtype=np.float64)[np.newaxis, np.newaxis]


def conv_layer(filter_2d, bias: float = 0.0, stride: int = 1, pad: int = 0) -> Convolution:
    """A Convolution layer of one filter (1 channel in, 1 out) holding ``filter_2d`` and ``bias``."""
    f = np.asarray(filter_2d, dtype=np.float64)
    conv = Convolution(1, 1, f.shape[0], stride, pad, dtype=np.float64)
    conv.params["W"][...] = f
    conv.params["b"][...] = bias
    return conv


def convolve(x_2d=BOOK_INPUT, filter_2d=BOOK_FILTER, bias: float = 0.0, stride: int = 1,
             pad: int = 0) -> np.ndarray:
    """x ⊛ W + b for one channel and one filter, by the engine's Convolution: (OH, OW).

    Raises ValueError (en, ja) when OH or OW is not a whole number (check ``output_size`` first).
    """
    x, f = np.asarray(x_2d), np.asarray(filter_2d)
    for side in (x.shape[0], x.shape[1]):
        size = output_size(side, f.shape[0], stride, pad)
        if not size.whole:
            raise ValueError(f"the output size {size.text} is not a whole number",
                             f"出力サイズ {size.text} が整数になりません")
    return conv_layer(filter_2d, bias, stride, pad).forward(_image(x_2d))[0, 0]


@dataclass(frozen=True)
class OutputSize:
    """OH = (H + 2P − FH) / S + 1 with the numbers; ``whole`` says whether the layer can exist."""

    size: int
    pad: int
    filter_size: int
    stride: int

    @property
    def value(self) -> float:
        return (self.size + 2 * self.pad - self.filter_size) / self.stride + 1

    @property
    def whole(self) -> bool:
        return self.filter_size <= self.size + 2 * self.pad and float(self.value).is_integer()

    @property
    def text(self) -> str:
        """"(4 + 2·1 − 3) / 1 + 1 = 4"."""
        return (f"({self.size} + 2·{self.pad} − {self.filter_size}) / {self.stride} + 1 = "
                f"{fmt(self.value)}")


def output_size(size: int, filter_size: int, stride: int = 1, pad: int = 0) -> OutputSize:
    """The output-size formula for the learner's own H, FH, S, P."""
    return OutputSize(size, pad, filter_size, stride)


def im2col_shape(n: int = 1, channels: int = 3, size: int = 7, filter_size: int = 5,
                 stride: int = 1, pad: int = 0) -> tuple[int, int]:
    """The shape of im2col's matrix for N images of C×size×size, found by running im2col:
    (N·OH·OW, C·FH·FW) — (9, 75) for one 3×7×7 image with a 5×5 filter, (90, 75) for ten."""
    x = np.zeros((n, channels, size, size))
    return im2col(x, filter_size, filter_size, stride, pad).shape


def max_pool(x_2d=POOL_INPUT, size: int = 2, stride: int = 2, pad: int = 0
             ) -> tuple[np.ndarray, np.ndarray]:
    """(pooled (OH, OW), arg_max (OH, OW)) by the engine's Pooling; arg_max = i·size + j."""
    pool = Pooling(size, size, stride, pad)
    out = pool.forward(_image(x_2d))
    return out[0, 0], pool.arg_max[0, 0].astype(int)


def _term(a: float, b: float) -> str:
    """"3·1", with a negative factor in parentheses: "(−1)·2"."""
    return "·".join(f"({fmt(v)})" if v < 0 else fmt(v) for v in (a, b))


@dataclass(frozen=True)
class ReceptiveField:
    """Where output (row, col) looks and what it adds up.

    ``top``, ``left`` are the window's first input row and column (negative or past the edge
    where it covers padding); ``patch`` the padded input under it; ``products`` patch ⊙ filter.
    """

    row: int
    col: int
    top: int
    left: int
    patch: np.ndarray
    filter: np.ndarray
    bias: float
    value: float
    input_shape: tuple[int, int] = (0, 0)

    @property
    def products(self) -> np.ndarray:
        return self.patch * self.filter

    @property
    def text(self) -> str:
        """"1·2 + 2·0 + 3·1 + … = 15" with every term (and "+ 3" for a bias)."""
        terms = [_term(a, b) for a, b in zip(self.patch.ravel(), self.filter.ravel())]
        if self.bias:
            terms.append(f"({fmt(self.bias)})" if self.bias < 0 else fmt(self.bias))
        return " + ".join(terms) + f" = {fmt(self.value)}"

    def cells(self) -> list[tuple[int, int]]:
        """The input cells (row, col) inside the image that the window covers."""
        fh, fw = self.filter.shape
        h, w = self.input_shape
        return [(self.top + i, self.left + j) for i in range(fh) for j in range(fw)
                if 0 <= self.top + i < h and 0 <= self.left + j < w]


def receptive_field(row: int, col: int, x_2d=BOOK_INPUT, filter_2d=BOOK_FILTER, bias: float = 0.0,
                    stride: int = 1, pad: int = 0) -> ReceptiveField:
    """Output element (row, col) of x ⊛ W + b: its window, the products and their sum.

    The window is row ``row`` of im2col's matrix (the engine's col), reshaped to the filter.
    """
    f = np.asarray(filter_2d, dtype=np.float64)
    conv = conv_layer(f, bias, stride, pad)
    x = _image(x_2d)
    out = conv.forward(x)[0, 0]
    patch = conv.col[row * out.shape[1] + col].reshape(f.shape)
    return ReceptiveField(row, col, row * stride - pad, col * stride - pad, patch, f, float(bias),
                          float(out[row, col]), x.shape[2:])


def pool_window_text(row: int, col: int, x_2d=POOL_INPUT, size: int = 2, stride: int = 2) -> str:
    """"max(1, 2, 0, 1) = 2" for pooled element (row, col)."""
    x = np.asarray(x_2d, dtype=np.float64)
    window = x[row * stride:row * stride + size, col * stride:col * stride + size]
    return f"max({', '.join(fmt(v) for v in window.ravel())}) = {fmt(window.max())}"
