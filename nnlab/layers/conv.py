"""Convolution and max pooling (book chapter 7, common/layers.py), by im2col (``nnlab.im2col``).

Both take and give images (N, C, H, W); OH = (H + 2P − FH) / S + 1 and OW likewise.
"""

from __future__ import annotations

import numpy as np

from ..im2col import col2im_t, im2col_t, out_size, pad_images
from ..initializers import weight_std
from .base import Layer


class Convolution(Layer):
    """u = x ⊛ W + b with W (FN, C, FH, FW), b (FN,): u (N, FN, OH, OW).

    Forward (the book's lines)::

        col = im2col(x, FH, FW, stride, pad)     (N·OH·OW, C·FH·FW)
        col_W = W.reshape(FN, -1).T              (C·FH·FW, FN)
        out = col @ col_W + b                    (N·OH·OW, FN) → (N, FN, OH, OW)

    Backward, with δ = dout as (N·OH·OW, FN): db = Σ δ, dW = colᵀ·δ (reshaped to W's shape),
    dcol = δ·col_Wᵀ and dx = col2im(dcol).

    The arithmetic is the same with the columns kept per image, ``col_t`` (N, C·FH·FW, OH·OW):
    ``W.reshape(FN, -1) @ col_t`` is already (N, FN, OH·OW). ``col`` and ``col_W`` are the book's
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
        self.col_t: np.ndarray | None = None

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

    def output_hw(self, h: int, w: int) -> tuple[int, int]:
        fh, fw = self.W.shape[2:]
        return out_size(h, fh, self.stride, self.pad), out_size(w, fw, self.stride, self.pad)

    def forward(self, x, train=False):
        fn, _, fh, fw = self.W.shape
        n, _, h, w = x.shape
        oh, ow = self.output_hw(h, w)
        self.x = x
        self.col_t = im2col_t(x, fh, fw, self.stride, self.pad)
        out = np.matmul(self.W.reshape(fn, -1), self.col_t)  # (N, FN, OH·OW)
        out += self.b[:, np.newaxis]
        return out.reshape(n, fn, oh, ow)

    def backward(self, dout, need_dx=True):
        fn, c, fh, fw = self.W.shape
        n = dout.shape[0]
        delta = dout.reshape(n, fn, -1)  # (N, FN, OH·OW)
        self.grads["b"] = delta.sum(axis=(0, 2))
        # dW = Σₙ δₙ · col_tₙᵀ: one (FN, C·FH·FW) product per image, summed.
        self.grads["W"] = np.matmul(delta, self.col_t.transpose(0, 2, 1)).sum(axis=0).reshape(
            fn, c, fh, fw)
        if not need_dx:  # the first layer: nothing consumes dx
            return None
        dcol_t = np.matmul(self.W.reshape(fn, -1).T, delta)  # (N, C·FH·FW, OH·OW)
        return col2im_t(dcol_t, self.x.shape, fh, fw, self.stride, self.pad)


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

    def _offsets(self):
        return [(i, j) for i in range(self.pool_h) for j in range(self.pool_w)]

    def _window(self, img: np.ndarray, i: int, j: int, oh: int, ow: int) -> np.ndarray:
        s = self.stride
        return img[:, :, i:i + s * oh:s, j:j + s * ow:s]

    def output_hw(self, h: int, w: int) -> tuple[int, int]:
        return (out_size(h, self.pool_h, self.stride, self.pad),
                out_size(w, self.pool_w, self.stride, self.pad))

    def forward(self, x, train=False):
        oh, ow = self.output_hw(*x.shape[2:])
        img = pad_images(x, self.pad, -np.inf)
        # One pass per window position (pool_h·pool_w of them), each over every window at once:
        # a strictly larger value takes over, so the first of equal values stays the winner.
        out = self._window(img, 0, 0, oh, ow).copy()
        dtype = np.uint8 if self.pool_h * self.pool_w <= 256 else np.int64
        arg_max = np.zeros(out.shape, dtype=dtype)
        for k, (i, j) in enumerate(self._offsets()[1:], start=1):
            value = self._window(img, i, j, oh, ow)
            better = value > out
            np.copyto(out, value, where=better)
            arg_max[better] = k
        self.x, self.arg_max = x, arg_max
        return out

    def backward(self, dout, need_dx=True):
        if not need_dx:
            return None
        n, c, h, w = self.x.shape
        oh, ow = dout.shape[2:]
        p = self.pad
        if self._tiles(h, w, oh, ow):  # windows tile the image exactly: a reshape, no additions
            dwin = np.zeros((n, c, oh, ow, self.pool_h * self.pool_w), dtype=dout.dtype)
            np.put_along_axis(dwin, self.arg_max[..., np.newaxis].astype(np.intp),
                              dout[..., np.newaxis], axis=-1)
            dwin = dwin.reshape(n, c, oh, ow, self.pool_h, self.pool_w)
            return dwin.transpose(0, 1, 2, 4, 3, 5).reshape(n, c, h, w)
        dimg = np.zeros((n, c, h + 2 * p + self.stride - 1, w + 2 * p + self.stride - 1),
                        dtype=dout.dtype)
        for k, (i, j) in enumerate(self._offsets()):
            self._window(dimg, i, j, oh, ow)[...] += np.where(self.arg_max == k, dout, 0)
        return dimg[:, :, p:p + h, p:p + w]

    def _tiles(self, h: int, w: int, oh: int, ow: int) -> bool:
        return (self.pad == 0 and self.stride == self.pool_h == self.pool_w
                and oh * self.pool_h == h and ow * self.pool_w == w)
