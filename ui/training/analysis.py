"""What the Train tab shows about a network, computed with numpy in the worker thread.

Everything here returns small, fresh arrays (a few kilobytes), so handing them to the GUI thread
copies nothing large and shares nothing the trainer is still writing to.

- ``histogram``: counts of values in equal-width bins, h_k = #{v : e_k ≤ v < e_(k+1)}, over
  the central 99.8 % of the values.
- ``layer_histograms``: for every Affine layer, its weights W, its gradient ∂L/∂W and the
  activations it passes on (the input x of the next Affine, or the head's output y).
- ``weight_tiles``: the first layer's weight columns W[:, j] as 28×28 images, each scaled by
  its own max |w| so that the pattern a unit looks for is visible.

The test set's results (accuracy, the confusion matrix, the mistakes) come from the engine's one
evaluation path, nnlab.evaluation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnlab import layers as L
from nnlab.data.mnist import PIXELS, SIDE

BINS = 40
# More values than this are subsampled (with a stride) before binning: the shape is the same.
MAX_VALUES = 20_000


@dataclass(frozen=True)
class Histogram:
    """Bin edges (bins + 1) and counts (bins). Exact zeros are counted apart when they dominate."""

    edges: np.ndarray
    counts: np.ndarray
    zero_fraction: float  # share of values exactly 0 (ReLU's switched-off units)
    mean: float
    std: float


@dataclass(frozen=True)
class LayerHistograms:
    """One weighted layer (Affine or Convolution): its index in the network, its shape and the
    three histograms (a Convolution's n_in is C·FH·FW per filter, n_out its FN filters)."""

    index: int
    n_in: int
    n_out: int
    weights: Histogram
    gradients: Histogram | None  # None before the first backward pass
    activations: Histogram | None
    output: bool  # activations are the head's output y (this is the last Affine layer)
    kind: str = "Affine"  # the layer type, for the column's title
    shape: tuple[int, ...] = ()  # W's shape: (n_in, n_out), or a Convolution's (FN, C, FH, FW)


def histogram(values: np.ndarray, bins: int = BINS) -> Histogram | None:
    """Counts of the finite values in ``bins`` equal bins between their 0.1 and 99.9 percentiles
    (None if no value is finite).

    When more than 10 % of the values are exactly 0, they are left out of the bins and reported
    as ``zero_fraction`` instead, so that ReLU's spike at 0 does not flatten everything else.
    """
    v = np.asarray(values).ravel()
    if v.size > MAX_VALUES:
        v = v[:: math.ceil(v.size / MAX_VALUES)]
    v = v[np.isfinite(v)]
    if v.size == 0:
        return None
    zeros = float(np.count_nonzero(v == 0)) / v.size
    mean, std = float(v.mean()), float(v.std())
    if zeros > 0.1:
        v = v[v != 0]
    if v.size == 0:
        edges = np.linspace(-1.0, 1.0, bins + 1)
        return Histogram(edges, np.zeros(bins), zeros, mean, std)
    # The central 99.8 %: a handful of outliers would squeeze everything else into two bins.
    lo, hi = (float(q) for q in np.percentile(v, (0.1, 99.9)))
    if hi - lo < 1e-12:
        lo, hi = lo - 0.5, hi + 0.5
    counts, edges = np.histogram(v, bins=bins, range=(lo, hi))
    return Histogram(edges.astype(np.float64), counts.astype(np.float64), zeros, mean, std)


def affine_indices(net) -> list[int]:
    """Indices of the network's weighted layers (Affine and Convolution), in order."""
    return [i for i, layer in enumerate(net.layers) if isinstance(layer, (L.Affine, L.Convolution))]


def _sizes(W: np.ndarray) -> tuple[int, int]:
    """(inputs, outputs) of a weight array: Affine (in, out); Convolution (FN, C, FH, FW) has
    C·FH·FW inputs per filter and FN outputs."""
    if W.ndim == 4:
        return int(np.prod(W.shape[1:])), int(W.shape[0])
    return int(W.shape[0]), int(W.shape[1])


def layer_histograms(net) -> list[LayerHistograms]:
    """Histograms of every Affine layer's W, ∂L/∂W and the activations it passes on.

    Reads what the last training step left in the layers (``Affine.x`` is the layer's input,
    i.e. the previous layer's activation; ``grads`` the last gradient), so it must run in the
    thread that trains, between steps.
    """
    indices = affine_indices(net)
    result = []
    for k, i in enumerate(indices):
        layer = net.layers[i]
        W = layer.params["W"]
        last = k == len(indices) - 1
        if last:
            passed = getattr(net.head, "y", None)
        else:
            passed = net.layers[indices[k + 1]].x
        grad = layer.grads.get("W")
        n_in, n_out = _sizes(W)
        result.append(LayerHistograms(
            index=i, n_in=n_in, n_out=n_out,
            weights=histogram(W) or _empty(),
            gradients=histogram(grad) if grad is not None else None,
            activations=histogram(passed) if passed is not None else None,
            output=last,
            kind=type(layer).__name__,
            shape=tuple(int(s) for s in W.shape),
        ))
    return result


def _empty() -> Histogram:
    return Histogram(np.linspace(-1.0, 1.0, BINS + 1), np.zeros(BINS), 0.0, 0.0, 0.0)


def weight_tiles(W: np.ndarray, max_units: int = 100, gap: int = 1) -> np.ndarray | None:
    """The columns of a 784-input weight matrix as a grid of 28×28 tiles, values in [−1, 1].

    Tile j is W[:, j] / max|W[:, j]| (0 where a column is all zero); ``gap`` pixels of 0 separate
    the tiles. The grid is as square as possible: cols = ⌈√n⌉, rows = ⌈n / cols⌉ for the first
    n = min(units, max_units) units. None when the layer does not take 28×28 images.
    """
    if W.ndim != 2 or W.shape[0] != PIXELS:
        return None
    n = min(W.shape[1], max_units)
    cols = math.ceil(math.sqrt(n))
    rows = math.ceil(n / cols)
    w = np.asarray(W[:, :n], dtype=np.float32).T  # (n, 784)
    scale = np.abs(w).max(axis=1, keepdims=True)
    scale[~np.isfinite(scale) | (scale == 0)] = 1.0
    w = np.nan_to_num(w / scale).reshape(n, SIDE, SIDE)
    step = SIDE + gap
    image = np.zeros((rows * step - gap, cols * step - gap), dtype=np.float32)
    for j in range(n):
        r, c = divmod(j, cols)
        image[r * step:r * step + SIDE, c * step:c * step + SIDE] = w[j]
    return image


def filter_tiles(W: np.ndarray, max_filters: int = 100, gap: int = 1) -> np.ndarray:
    """A convolution's filters W (FN, C, FH, FW) as a grid of FH×FW tiles, values in [−1, 1].

    Each filter (its first channel) is scaled by its own max |w|, the book's figure 7-24."""
    n = min(W.shape[0], max_filters)
    fh, fw = W.shape[2], W.shape[3]
    w = np.asarray(W[:n, 0], dtype=np.float32)
    scale = np.abs(w).reshape(n, -1).max(axis=1)[:, None, None]
    scale[~np.isfinite(scale) | (scale == 0)] = 1.0
    w = np.nan_to_num(w / scale)
    cols = math.ceil(math.sqrt(n))
    rows = math.ceil(n / cols)
    image = np.zeros((rows * (fh + gap) - gap, cols * (fw + gap) - gap), dtype=np.float32)
    for j in range(n):
        r, c = divmod(j, cols)
        image[r * (fh + gap):r * (fh + gap) + fh, c * (fw + gap):c * (fw + gap) + fw] = w[j]
    return image


def first_layer_tiles(net) -> np.ndarray | None:
    """The first weighted layer's weights as images: a Convolution's filters (filter_tiles), or
    an Affine's 784 weights per unit (weight_tiles) when the network takes 28×28 images."""
    indices = affine_indices(net)
    if not indices:
        return None
    W = net.layers[indices[0]].params["W"]
    if W.ndim == 4:
        return filter_tiles(W)
    if math.prod(net.input_shape) != PIXELS:
        return None
    return weight_tiles(W)
