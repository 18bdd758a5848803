"""Inside a digit classifier: one forward pass kept layer by layer, and the saliency map from one
backward pass (what the Draw tab shows for a 28×28 image).

    h₀ = x,  hₗ = layerₗ(hₗ₋₁) (inference mode),  u = h_L (the head's input, the class scores),
    y = softmax(u),  c = argmax y

Saliency (Simonyan, Vedaldi, Zisserman 2014): how much each input pixel moves the score of the
predicted class,

    S = ∂u_c/∂x = backward through every layer, in reverse, of dout = e_c (one-hot of c)

fed in where the head's input u is. For an Affine-ReLU-Affine net that is
S = ((e_c W₂ᵀ) ⊙ [u₁ > 0]) W₁ᵀ: a pixel with S > 0 would raise u_c if it held more ink.
The score u_c rather than the probability y_c, because ∂y_c/∂x = y_c (∂u_c/∂x − Σₖ yₖ ∂uₖ/∂x)
fades to 0 as y_c → 1: a confident answer would show an empty map.

Each layer's own ``backward`` does the work (after an inference-mode forward, Dropout's is
1 − ratio and BatchNorm's γ/√(running var + ε)), except Affine's ∂L/∂x = δ·Wᵀ, taken directly
because its backward also computes ∂L/∂W = xᵀ·δ, an outer product nobody looks at here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import layers as L
from .data.mnist import CLASSES, SIDE
from .data.mnist import PIXELS as INPUT_PIXELS
from .errors import NNLabError
from .threads import blas_threads


class DrawModelError(NNLabError):
    """A network that cannot read drawn digits; ``en``/``ja`` say why."""


def check_model(network) -> None:
    """Raise DrawModelError unless the network takes 784 pixels and ends in SoftmaxWithLoss(10)."""
    shape = tuple(network.input_shape)
    pixels = int(np.prod(shape)) if shape else 0
    if pixels != INPUT_PIXELS:
        text = "×".join(map(str, shape)) or "?"
        raise DrawModelError(
            f"its input is {text}, but a drawn digit is 28×28 = 784 pixels",
            f"入力が {text} ですが、手書き数字は 28×28 = 784 ピクセルです")
    head = network.layers[-1] if network.layers else None
    if not isinstance(head, L.SoftmaxWithLoss):
        name = type(head).__name__ if head is not None else "none"
        raise DrawModelError(
            f"its output layer is {name}; reading digits needs SoftmaxWithLoss over 10 classes",
            f"出力層が {name} です。数字の認識には 10 クラスの SoftmaxWithLoss が必要です")
    shapes = network.spec.output_shapes()
    classes = shapes[-1][0] if shapes and shapes[-1] else None
    if classes != CLASSES:
        raise DrawModelError(
            f"it has {classes} outputs; reading digits needs 10 (one per digit 0–9)",
            f"出力が {classes} 個です。数字の認識には 10 個（0〜9 の各数字に 1 つ）が必要です")


@dataclass(frozen=True)
class Inside:
    """One image through the network.

    names          the non-head layers' types, in order
    activations    each non-head layer's output for the image, flattened (float64 copies)
    shapes         each non-head layer's output shape for one image, e.g. (30, 24, 24)
    scores         u, the head's input (10,)
    probabilities  y = softmax(u) (10,)
    predicted      c = argmax y
    saliency       ∂u_c/∂x as a 28×28 array
    """

    names: list[str]
    activations: list[np.ndarray]
    scores: np.ndarray
    probabilities: np.ndarray
    predicted: int
    saliency: np.ndarray
    shapes: list[tuple[int, ...]] = field(default_factory=list)


def look_inside(network, image: np.ndarray) -> Inside:
    """Forward ``image`` (28×28, ink bright on dark, 0–1) layer by layer, then the saliency map.

    Uses the layers' own state, so give it a network nothing else is running (the Draw tab keeps
    its own copy). One BLAS thread: the products of one image are far too small to share, and a
    second thread waiting for a busy core made a CNN's pass 20 times slower (bench_cnn.py).
    """
    with blas_threads(1):
        return _look_inside(network, image)


def _look_inside(network, image: np.ndarray) -> Inside:
    h = np.asarray(image, dtype=network.dtype).reshape(1, *network.input_shape)
    hidden = network.layers[:-1]
    activations, shapes = [], []
    for layer in hidden:
        h = layer.forward(h, train=False)
        activations.append(np.asarray(h, dtype=np.float64).reshape(-1).copy())
        shapes.append(tuple(h.shape[1:]))
    scores = np.asarray(h, dtype=np.float64)
    probabilities = network.head.activate(scores)[0]
    predicted = int(np.argmax(probabilities))

    dout = np.zeros_like(h)
    dout[0, predicted] = 1
    for layer in reversed(hidden):
        dout = _inference_backward(layer, dout)
    return Inside(
        names=[type(layer).__name__ for layer in hidden],
        activations=activations,
        scores=scores[0],
        probabilities=probabilities,
        predicted=predicted,
        saliency=np.asarray(dout, dtype=np.float64).reshape(SIDE, SIDE),
        shapes=shapes,
    )


def _inference_backward(layer, dout: np.ndarray) -> np.ndarray:
    """∂/∂(layer input) of the inference-mode forward (module docstring)."""
    if isinstance(layer, L.Affine):
        return dout @ layer.params["W"].T
    return layer.backward(dout)
