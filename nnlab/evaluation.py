"""How well a network does on a labelled set: the one place for uint8 → float, accuracy and the
confusion matrix (the trainer, ``Network.accuracy``, the CLI and the Train tab all use it).

    x = pixel / 255                             uint8 MNIST, converted one chunk at a time
    L = (1/N) Σ_chunks L_chunk · n_chunk        the head's loss, in inference mode
    softmax: correct ⇔ argmax_k u_nk = t_n      (u: the head's input; softmax keeps the order)
    sigmoid: correct ⇔ (u_nk > 0) = (t_nk > 0.5)   per output, so accuracy = correct / (N·K)
    C[t, p] = #{n : t_n = t, argmax_k u_nk = p}    the confusion matrix, rows = true class

Regression (IdentityWithLoss) has no accuracy. Nothing here holds the whole set as floats: a
chunk of ``EVAL_BATCH`` samples is converted into one reused buffer (design.md §3).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from . import layers as L
from .data.mnist import SIDE

EVAL_BATCH = 1000


def as_input(x: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """x as a float array of ``dtype``: uint8 pixels 0–255 become x / 255, floats are cast."""
    x = np.asarray(x)
    if x.dtype == np.uint8:
        return np.multiply(x, dtype.type(1 / 255), dtype=dtype)
    return x if x.dtype == dtype else x.astype(dtype)


def into_input(buf: np.ndarray, x: np.ndarray) -> np.ndarray:
    """x written into ``buf`` as the network's input (uint8 pixels scaled to [0, 1]): no allocation."""
    x = x.reshape(buf.shape)
    if x.dtype == np.uint8:
        np.multiply(x, buf.dtype.type(1 / 255), out=buf)
    else:
        buf[...] = x
    return buf


def has_accuracy(net) -> bool:
    """Accuracy is defined for classification heads (softmax, sigmoid), not for regression."""
    return not isinstance(net.head, L.IdentityWithLoss)


def count_correct(head: L.Head, u: np.ndarray, t: np.ndarray) -> tuple[int, int]:
    """(right answers, answers) in one chunk: argmax u for softmax, u > 0 for sigmoid."""
    if isinstance(head, L.SoftmaxWithLoss):
        labels = t.argmax(axis=1) if t.ndim == 2 else t
        return int(np.count_nonzero(u.argmax(axis=1) == labels)), len(u)
    if isinstance(head, L.SigmoidWithLoss):
        return int(np.count_nonzero((u > 0) == (np.reshape(t, u.shape) > 0.5))), u.size
    return 0, 0


def chunks(net, x: np.ndarray, limit: int | None = None, batch_size: int = EVAL_BATCH,
           buffer: np.ndarray | None = None) -> Iterator[tuple[int, int, np.ndarray]]:
    """(start, stop, u) for consecutive chunks of the first ``limit`` samples: u is the head's
    input for x[start:stop], computed in inference mode from a reused float buffer."""
    n = len(x) if limit is None else min(limit, len(x))
    size = min(batch_size, n)
    if buffer is None or len(buffer) < size:
        buffer = np.empty((size, *net.input_shape), dtype=net.dtype)
    for start in range(0, n, batch_size):
        stop = min(start + batch_size, n)
        yield start, stop, net.forward(into_input(buffer[:stop - start], x[start:stop]))


def evaluate(net, x: np.ndarray, t: np.ndarray, limit: int | None = None,
             batch_size: int = EVAL_BATCH,
             buffer: np.ndarray | None = None) -> tuple[float, float | None]:
    """(mean loss, accuracy) of ``net`` on the first ``limit`` samples, in inference mode.

    x may be uint8 (0–255) or float, of shape (N, *input_shape) or flat; accuracy is None for
    regression. ``buffer`` (optional) is reused for the float chunks.
    """
    n = len(x) if limit is None else min(limit, len(x))
    if n == 0:
        return float("nan"), None
    total_loss, correct, count = 0.0, 0, 0
    for start, stop, u in chunks(net, x, limit, batch_size, buffer):
        tb = t[start:stop]
        total_loss += net.head.forward(u, tb) * (stop - start)
        right, seen = count_correct(net.head, u, tb)
        correct, count = correct + right, count + seen
    return total_loss / n, (correct / count if has_accuracy(net) else None)


def accuracy(net, x: np.ndarray, t: np.ndarray, batch_size: int = EVAL_BATCH) -> float:
    """The fraction of right answers (``evaluate``'s rule); regression raises ValueError."""
    if not has_accuracy(net):
        raise ValueError("accuracy is not defined for a regression (IdentityWithLoss) network")
    t = np.asarray(t)
    if len(x) == 0:
        return 0.0
    correct = count = 0
    for start, stop, u in chunks(net, np.asarray(x), None, batch_size):
        right, seen = count_correct(net.head, u, t[start:stop])
        correct, count = correct + right, count + seen
    return correct / max(count, 1)


def confusion_matrix(labels: np.ndarray, predictions: np.ndarray, k: int) -> np.ndarray:
    """C[t, p] = #{n : t_n = t, p_n = p}, a (k, k) int64 array (rows: the true class)."""
    labels = np.asarray(labels, dtype=np.int64).reshape(-1)
    predictions = np.asarray(predictions, dtype=np.int64).reshape(-1)
    return np.bincount(labels * k + predictions, minlength=k * k).reshape(k, k)


@dataclass(frozen=True)
class Evaluation:
    """A classifier's results over a labelled set (normally the test set)."""

    n: int
    correct: int
    confusion: np.ndarray        # (K, K) int64, rows = true class, columns = predicted class
    wrong_images: np.ndarray     # (m, side, side) uint8, the most confident mistakes first
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


def evaluate_classes(net, x: np.ndarray, t: np.ndarray, max_wrong: int = 60,
                     batch_size: int = EVAL_BATCH, side: int = SIDE) -> Evaluation:
    """Classify every sample of ``x`` (uint8 0–255 or float 0–1) and tally the results: the
    confusion matrix and the ``max_wrong`` surest mistakes (as side × side uint8 images when the
    samples are such images)."""
    t = np.asarray(t).astype(np.int64).reshape(-1)
    n = len(x)
    preds = np.empty(n, dtype=np.int64)
    conf = np.empty(n, dtype=np.float64)
    k = int(t.max(initial=0)) + 1
    for start, stop, u in chunks(net, x, None, batch_size):
        y = net.head.activate(u)
        k = max(k, y.shape[1])
        p = u.argmax(axis=1)
        preds[start:stop] = p
        conf[start:stop] = y[np.arange(len(p)), p]
    wrong = np.flatnonzero(preds != t)
    wrong = wrong[np.argsort(-conf[wrong], kind="stable")][:max_wrong]
    if x.ndim > 1 and math.prod(x.shape[1:]) == side * side:
        images = np.asarray(x[wrong]).reshape(len(wrong), side, side)
        if images.dtype != np.uint8:
            images = np.clip(np.rint(images * 255), 0, 255).astype(np.uint8)
    else:
        images = np.zeros((0, side, side), dtype=np.uint8)
    return Evaluation(
        n=n, correct=int(np.sum(preds == t)), confusion=confusion_matrix(t, preds, k),
        wrong_images=images.copy(), wrong_true=t[wrong].copy(), wrong_pred=preds[wrong],
        wrong_confidence=conf[wrong], wrong_index=wrong.astype(np.int64),
    )
