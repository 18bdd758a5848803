"""What the Train tab shows about a network, computed with numpy in the worker thread.

Everything here returns small, fresh arrays (a few kilobytes), so handing them to the GUI thread
copies nothing large and shares nothing the trainer is still writing to.

- ``histogram``: counts of values in equal-width bins, h_k = #{v : e_k ≤ v < e_(k+1)}, over
  the central 99.8 % of the values.
- ``layer_histograms``: for every Affine layer, its weights W, its gradient ∂L/∂W and the
  activations it passes on (the input x of the next Affine, or the head's output y).
- ``weight_tiles``: the first layer's weight columns W[:, j] as 28×28 images, each scaled by
  its own max |w| so that the pattern a unit looks for is visible.
- ``evaluate``: accuracy, the confusion matrix C[t, p] = #{n : t_n = t, argmax y_n = p},
  per-class accuracy C[k, k] / Σ_p C[k, p], and the most confident mistakes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnlab import layers as L

BINS = 40
# More values than this are subsampled (with a stride) before binning: the shape is the same.
MAX_VALUES = 20_000
SIDE = 28


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
    """One Affine layer: its index in the network, its shape and the three histograms."""

    index: int
    n_in: int
    n_out: int
    weights: Histogram
    gradients: Histogram | None  # None before the first backward pass
    activations: Histogram | None
    output: bool  # activations are the head's output y (this is the last Affine layer)


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
    """Indices of the network's Affine layers, in order."""
    return [i for i, layer in enumerate(net.layers) if isinstance(layer, L.Affine)]


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
        result.append(LayerHistograms(
            index=i, n_in=W.shape[0], n_out=W.shape[1],
            weights=histogram(W) or _empty(),
            gradients=histogram(grad) if grad is not None else None,
            activations=histogram(passed) if passed is not None else None,
            output=last,
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
    if W.ndim != 2 or W.shape[0] != SIDE * SIDE:
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


def first_layer_tiles(net) -> np.ndarray | None:
    """weight_tiles of the network's first Affine layer when the network takes 28×28 images."""
    if math.prod(net.input_shape) != SIDE * SIDE:
        return None
    indices = affine_indices(net)
    return weight_tiles(net.layers[indices[0]].params["W"]) if indices else None


@dataclass(frozen=True)
class Evaluation:
    """A network's results over a labelled set (normally the test set)."""

    n: int
    correct: int
    confusion: np.ndarray        # (K, K) int64, rows = true class, columns = predicted class
    wrong_images: np.ndarray     # (m, 28, 28) uint8, the most confident mistakes first
    wrong_true: np.ndarray       # (m,) int64
    wrong_pred: np.ndarray       # (m,) int64
    wrong_confidence: np.ndarray  # (m,) float64, the predicted class's probability
    wrong_index: np.ndarray      # (m,) int64, position in the set

    @property
    def accuracy(self) -> float:
        return self.correct / max(self.n, 1)

    @property
    def per_class(self) -> np.ndarray:
        """C[k, k] / Σ_p C[k, p] for every class (NaN for a class with no samples)."""
        totals = self.confusion.sum(axis=1).astype(np.float64)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.diag(self.confusion) / totals


def evaluate(net, x: np.ndarray, t: np.ndarray, max_wrong: int = 60,
             batch_size: int = 1000) -> Evaluation:
    """Predict every sample of ``x`` (uint8 0–255 or float 0–1) in batches and tally the results."""
    t = np.asarray(t).astype(np.int64).reshape(-1)
    n = len(x)
    preds = np.empty(n, dtype=np.int64)
    conf = np.empty(n, dtype=np.float64)
    k = int(t.max(initial=0)) + 1
    for start in range(0, n, batch_size):
        xb = x[start:start + batch_size]
        if xb.dtype == np.uint8:
            xb = np.multiply(xb, np.float32(1 / 255), dtype=np.float32)
        y = net.predict(xb)
        k = max(k, y.shape[1])
        p = y.argmax(axis=1)
        preds[start:start + len(p)] = p
        conf[start:start + len(p)] = y[np.arange(len(p)), p]
    confusion = np.bincount(t * k + preds, minlength=k * k).reshape(k, k)
    wrong = np.flatnonzero(preds != t)
    wrong = wrong[np.argsort(-conf[wrong], kind="stable")][:max_wrong]
    if x.ndim > 1 and math.prod(x.shape[1:]) == SIDE * SIDE:
        images = np.asarray(x[wrong]).reshape(len(wrong), SIDE, SIDE)
        if images.dtype != np.uint8:
            images = np.clip(np.rint(images * 255), 0, 255).astype(np.uint8)
    else:
        images = np.zeros((0, SIDE, SIDE), dtype=np.uint8)
    return Evaluation(
        n=n, correct=int(np.sum(preds == t)), confusion=confusion,
        wrong_images=images.copy(), wrong_true=t[wrong].copy(), wrong_pred=preds[wrong],
        wrong_confidence=conf[wrong], wrong_index=wrong.astype(np.int64),
    )
