"""Which input elements an output element of a convolution or pooling layer reads.

The step view and lesson 15 light up a receptive field and write out its sum of products; these
functions say which elements those are, with the book's index arithmetic (ch. 7):

    OH = (H + 2P − FH) / S + 1
    out[n, f, i, j] = Σ_{c, p, q} x̃[n, c, iS + p, jS + q] · W[f, c, p, q] + b[f]
    (x̃ is x padded with P zeros on every side: x̃[n, c, h + P, w + P] = x[n, c, h, w])

An index into the padding is reported as None (its value is 0). The im2col row of out[n, ·, i, j]
is n·OH·OW + i·OW + j: one row per output position, one column per (c, p, q).
"""

from __future__ import annotations

import numpy as np

Index = tuple[int, ...]


def _unpadded(n: int, c: int, hp: int, wp: int, h: int, w: int, pad: int) -> Index | None:
    """The x index of padded position (hp, wp), or None when it is padding."""
    r, col = hp - pad, wp - pad
    if 0 <= r < h and 0 <= col < w:
        return n, c, r, col
    return None


def receptive_field(x_shape: Index, w_shape: Index, stride: int, pad: int,
                    out_index: Index) -> list[tuple[Index | None, Index]]:
    """The (x index or None, W index) pairs whose products add up to out[n, f, i, j].

    In the order of the sum Σ_c Σ_p Σ_q (the order of an im2col row).
    """
    n, f, i, j = out_index
    _, channels, h, w = x_shape
    _, _, fh, fw = w_shape
    pairs = []
    for c in range(channels):
        for p in range(fh):
            for q in range(fw):
                pairs.append((_unpadded(n, c, i * stride + p, j * stride + q, h, w, pad), (f, c, p, q)))
    return pairs


def pool_window(x_shape: Index, pool_h: int, pool_w: int, stride: int, pad: int,
                out_index: Index) -> list[Index | None]:
    """The x indices (None for padding, which max pooling fills with −∞) of the window that
    out[n, c, i, j] is the maximum of."""
    n, c, i, j = out_index
    _, _, h, w = x_shape
    return [_unpadded(n, c, i * stride + p, j * stride + q, h, w, pad)
            for p in range(pool_h) for q in range(pool_w)]


def pool_winner(x: np.ndarray, pool_h: int, pool_w: int, stride: int, pad: int,
                out_index: Index) -> Index | None:
    """The element of the window that max pooling passes on (the first of equal maxima, as
    np.argmax and the book's ``arg_max``). Padding holds −∞ and never wins."""
    window = pool_window(x.shape, pool_h, pool_w, stride, pad, out_index)
    values = [x[k] if k is not None else -np.inf for k in window]
    return window[int(np.argmax(values))]


def pool_winners(x: np.ndarray, pool_h: int, pool_w: int, stride: int, pad: int,
                 out_shape: Index, limit: int = 20_000) -> list[Index]:
    """The winner of every window of the first samples (at most ``limit`` windows)."""
    winners = []
    for out_index in np.ndindex(*out_shape):
        if len(winners) >= limit:
            break
        k = pool_winner(x, pool_h, pool_w, stride, pad, out_index)
        if k is not None:
            winners.append(k)
    return winners


def winners_from_arg_max(arg_max: np.ndarray, pool_w: int, stride: int, pad: int,
                         x_shape: Index) -> np.ndarray:
    """The x indices (rows of n, c, h, w) of the winners the engine's ``arg_max`` names.

    arg_max[n, c, i, j] = p·pool_w + q picks x[n, c, iS + p − P, jS + q − P]; winners in the
    padding (only possible when a whole window is padding) are left out.
    """
    n, c, i, j = np.indices(arg_max.shape).reshape(4, -1)
    p, q = np.divmod(arg_max.reshape(-1).astype(np.intp), pool_w)
    h, w = i * stride + p - pad, j * stride + q - pad
    inside = (h >= 0) & (h < x_shape[2]) & (w >= 0) & (w < x_shape[3])
    return np.stack([n, c, h, w], axis=1)[inside]


def conv_dx_terms(x_shape: Index, w_shape: Index, out_hw: tuple[int, int], stride: int, pad: int,
                  x_index: Index) -> list[tuple[Index, Index]]:
    """The (dout index, W index) pairs with ∂L/∂x[n, c, h, w] = Σ dout[n, f, i, j] · W[f, c, p, q]
    over every output position (i, j) whose window covers x[n, c, h, w] (h + P = iS + p)."""
    n, c, h, w = x_index
    fn, _, fh, fw = w_shape
    oh, ow = out_hw
    pairs = []
    for f in range(fn):
        for i in range(oh):
            p = h + pad - i * stride
            if not 0 <= p < fh:
                continue
            for j in range(ow):
                q = w + pad - j * stride
                if 0 <= q < fw:
                    pairs.append(((n, f, i, j), (f, c, p, q)))
    return pairs


def conv_dw_terms(x_shape: Index, out_shape: Index, stride: int, pad: int,
                  w_index: Index) -> list[tuple[Index, Index | None]]:
    """The (dout index, x index or None) pairs with ∂L/∂W[f, c, p, q] =
    Σ_{n, i, j} dout[n, f, i, j] · x̃[n, c, iS + p, jS + q]."""
    f, c, p, q = w_index
    batch, _, oh, ow = out_shape
    _, _, h, w = x_shape
    return [((n, f, i, j), _unpadded(n, c, i * stride + p, j * stride + q, h, w, pad))
            for n in range(batch) for i in range(oh) for j in range(ow)]


def im2col_row(out_index: Index, out_hw: tuple[int, int]) -> int:
    """The row of the im2col matrix that out[n, ·, i, j] is computed from: n·OH·OW + i·OW + j."""
    n, _, i, j = out_index
    oh, ow = out_hw
    return (n * oh + i) * ow + j
