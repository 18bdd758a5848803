"""Convolution and max pooling (book chapter 7, common/layers.py), by im2col (``nnlab.im2col``).

Both take and give images (N, C, H, W); OH = (H + 2P − FH) / S + 1 and OW likewise.
"""

from __future__ import annotations

import numpy as np

from ..im2col import col2im_k, col2im_t, im2col_k, out_size
from ..initializers import weight_std
from .base import Layer

#: Output positions per image from which dW is summed image by image (one product each) rather
#: than computed as one product over the reordered batch (measured: SimpleConvNet's 24×24 maps
#: vs 8×8 maps of a second layer, benchmarks/bench_cnn.py).
BIG_MAP = 256


class Convolution(Layer):
    """u = x ⊛ W + b with W (FN, C, FH, FW), b (FN,): u (N, FN, OH, OW).

    Forward (the book's lines)::

        col = im2col(x, FH, FW, stride, pad)     (N·OH·OW, C·FH·FW)
        col_W = W.reshape(FN, -1).T              (C·FH·FW, FN)
        out = col @ col_W + b                    (N·OH·OW, FN) → (N, FN, OH, OW)

    Backward, with δ = dout as (N·OH·OW, FN): db = Σ δ, dW = colᵀ·δ (reshaped to W's shape),
    dcol = δ·col_Wᵀ and dx = col2im(dcol).

    The arithmetic is the same with the columns kept as ``col_k`` (C·FH·FW, N, OH·OW) and viewed
    per image as ``col_t`` (N, C·FH·FW, OH·OW): ``W.reshape(FN, -1) @ col_t`` is already
    (N, FN, OH·OW), with no transpose of the output. ``col`` and ``col_W`` are the book's
    matrices, made from them when asked for (the step view's table).
    """

    def __init__(self, in_channels: int, filters: int, size: int, stride: int = 1, pad: int = 0,
                 init: str | float = "he", rng: np.random.Generator | None = None,
                 dtype=np.float64):
        super().__init__()
        rng = rng if rng is not None else np.random.default_rng(0)
        shape = (filters, in_channels, size, size)
        std = weight_std(init, in_channels * size * size)  # fan-in: C·FH·FW inputs per output
        self.params["W"] = (rng.standard_normal(shape) * std).astype(dtype)
        self.params["b"] = np.zeros(filters, dtype=dtype)
        self.stride, self.pad = stride, pad
        self.x: np.ndarray | None = None
        self.col_k: np.ndarray | None = None

    @property
    def col_t(self) -> np.ndarray | None:
        """The columns per image (N, C·FH·FW, OH·OW), a view of ``col_k``."""
        return None if self.col_k is None else self.col_k.transpose(1, 0, 2)

    @property
    def W(self) -> np.ndarray:
        return self.params["W"]

    @property
    def b(self) -> np.ndarray:
        return self.params["b"]

    @property
    def dW(self) -> np.ndarray | None:
        return self.grads.get("W")

    @property
    def db(self) -> np.ndarray | None:
        return self.grads.get("b")

    @property
    def col(self) -> np.ndarray | None:
        """The book's col: (N·OH·OW, C·FH·FW), row n·OH·OW + oh·OW + ow is that output's patch."""
        if self.col_t is None:
            return None
        return self.col_t.transpose(0, 2, 1).reshape(-1, self.col_t.shape[1])

    @property
    def col_W(self) -> np.ndarray:
        """The book's col_W = W.reshape(FN, -1).T: (C·FH·FW, FN), one column per filter."""
        return self.W.reshape(self.W.shape[0], -1).T

    def kept(self) -> dict[str, np.ndarray]:
        return {} if self.col_k is None else {"col": self.col}

    def output_hw(self, h: int, w: int) -> tuple[int, int]:
        fh, fw = self.W.shape[2:]
        return out_size(h, fh, self.stride, self.pad), out_size(w, fw, self.stride, self.pad)

    def forward(self, x, train=False):
        fn, _, fh, fw = self.W.shape
        n, _, h, w = x.shape
        oh, ow = self.output_hw(h, w)
        self.x = x
        self.col_k = im2col_k(x, fh, fw, self.stride, self.pad)
        out = np.matmul(self.W.reshape(fn, -1), self.col_t)  # (N, FN, OH·OW)
        out += self.b[:, np.newaxis]
        return out.reshape(n, fn, oh, ow)

    def backward(self, dout, need_dx=True):
        fn, c, fh, fw = self.W.shape
        n = dout.shape[0]
        delta = dout.reshape(n, fn, -1)  # (N, FN, OH·OW)
        p = delta.shape[2]
        self.grads["b"] = delta.sum(axis=(0, 2))
        delta_k = None  # δ as one (FN, N·OH·OW) matrix, made when a product needs it
        if p >= BIG_MAP:  # dW = Σₙ δₙ · col_tₙᵀ, one product per image, summed
            dW = np.matmul(delta, self.col_k.transpose(1, 2, 0)).sum(axis=0)
        else:  # the same sum as one product over the batch
            delta_k = np.ascontiguousarray(delta.transpose(1, 0, 2)).reshape(fn, n * p)
            dW = delta_k @ self.col_k.reshape(-1, n * p).T
        self.grads["W"] = dW.reshape(fn, c, fh, fw)
        if not need_dx:  # the first layer: nothing consumes dx
            return None
        if delta_k is None:
            delta_k = np.ascontiguousarray(delta.transpose(1, 0, 2)).reshape(fn, n * p)
        dcol_k = self.W.reshape(fn, -1).T @ delta_k  # dcol = δ·col_Wᵀ, as (C·FH·FW, N·OH·OW)
        return col2im_k(dcol_k, self.x.shape, fh, fw, self.stride, self.pad)


class Pooling(Layer):
    """Max pooling: z[n, c, oh, ow] = max of the pool_h × pool_w window at (oh·S, ow·S) of the
    padded input (padding cells hold −∞, so they never win).

    ``arg_max`` (N, C, OH, OW) is the winner's index inside its window, i·pool_w + j (the first of
    equal values, as the book's argmax). Backward routes each δ to its window's winner only:
    dx[n, c, oh·S + i, ow·S + j] += dout[n, c, oh, ow] where arg_max = i·pool_w + j.
    """

    def __init__(self, pool_h: int, pool_w: int, stride: int = 2, pad: int = 0):
        super().__init__()
        self.pool_h, self.pool_w, self.stride, self.pad = pool_h, pool_w, stride, pad
        self.x: np.ndarray | None = None
        self.arg_max: np.ndarray | None = None
        self.frozen: np.ndarray | None = None  # winners kept by freeze()

    def kept(self) -> dict[str, np.ndarray]:
        return {} if self.arg_max is None else {"arg_max": self.arg_max.copy()}

    def freeze(self) -> None:
        self.frozen = None if self.arg_max is None else self.arg_max.copy()

    def unfreeze(self) -> None:
        self.frozen = None

    def output_hw(self, h: int, w: int) -> tuple[int, int]:
        return (out_size(h, self.pool_h, self.stride, self.pad),
                out_size(w, self.pool_w, self.stride, self.pad))

    def _tiles(self, h: int, w: int) -> bool:
        """Windows side by side covering the image exactly: the data need only be reordered."""
        return (self.pad == 0 and self.stride == self.pool_h == self.pool_w
                and h % self.pool_h == 0 and w % self.pool_w == 0)

    def _planes(self, x: np.ndarray, oh: int, ow: int) -> np.ndarray:
        """The windows' values as pool_h·pool_w planes: planes[k] is (N, C, OH, OW), the cell
        k = i·pool_w + j of every window. Non-overlapping windows: one reordering copy of x;
        otherwise im2col of the −∞-padded input."""
        n, c, h, w = x.shape
        ph, pw = self.pool_h, self.pool_w
        if self._tiles(h, w):
            return np.ascontiguousarray(
                x.reshape(n, c, oh, ph, ow, pw).transpose(3, 5, 0, 1, 2, 4)).reshape(ph * pw, n, c, oh, ow)
        col_k = im2col_k(x, ph, pw, self.stride, self.pad, fill=-np.inf)  # (C·PH·PW, N, OH·OW)
        return col_k.reshape(c, ph * pw, n, oh, ow).transpose(1, 2, 0, 3, 4)

    def forward(self, x, train=False):
        oh, ow = self.output_hw(*x.shape[2:])
        planes = self._planes(x, oh, ow)
        if self.frozen is not None and self.frozen.shape == (x.shape[0], x.shape[1], oh, ow):
            self.x, self.arg_max = x, self.frozen  # the kept winners (Layer.freeze)
            return np.take_along_axis(planes, self.frozen[np.newaxis].astype(np.intp), axis=0)[0]
        # One pass per window cell, over every window at once. A strictly larger value takes
        # over, so the first of equal values stays the winner (as argmax); since k only grows,
        # "k where it took over, else the old index" is max(old, k·took_over).
        out = planes[0].copy()
        dtype = np.uint8 if len(planes) <= 256 else np.int64
        arg_max = np.zeros(out.shape, dtype=dtype)
        took, index = np.empty(out.shape, dtype=bool), np.empty(out.shape, dtype=dtype)
        for k in range(1, len(planes)):
            np.greater(planes[k], out, out=took)
            np.maximum(out, planes[k], out=out)
            np.multiply(took, dtype(k), out=index)
            np.maximum(arg_max, index, out=arg_max)
        self.x, self.arg_max = x, arg_max
        return out

    def backward(self, dout, need_dx=True):
        if not need_dx:
            return None
        n, c, h, w = self.x.shape
        oh, ow = dout.shape[2:]
        ph, pw = self.pool_h, self.pool_w
        if self._tiles(h, w):  # every input cell is in exactly one window: write each once
            dx = np.empty(self.x.shape, dtype=dout.dtype)
            for k in range(ph * pw):  # δ where cell k = i·pool_w + j won its window, else 0
                i, j = divmod(k, pw)
                np.multiply(dout, self.arg_max == k, out=dx[:, :, i::ph, j::pw])
            return dx
        dplanes = np.empty((ph * pw, *dout.shape), dtype=dout.dtype)
        for k in range(ph * pw):
            np.multiply(dout, self.arg_max == k, out=dplanes[k])
        dcol_t = dplanes.transpose(1, 2, 0, 3, 4).reshape(n, c * ph * pw, oh * ow)
        return col2im_t(dcol_t, self.x.shape, ph, pw, self.stride, self.pad)
