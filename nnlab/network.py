"""A network built from a spec: the book's MultiLayerNet, driven by a layer list.

    predict(x) = head.activate(forward(x))       loss(x, t) = head.forward(forward(x), t)
    gradient(x, t): forward, then backward from ∂L/∂L = 1 through every layer in reverse.

Parameters are named ``layers.<i>.<name>`` (e.g. ``layers.0.W``) in ``params`` and in the
gradients; ``params`` holds the live arrays, so writing into them changes the network.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from . import evaluation
from . import layers as L
from .evaluation import as_input
from .model_file import ModelFileError, load_model  # noqa: F401  (ModelFileError: its old home)
from .registry import REGISTRY, Registry
from .safe_write import write_file
from .spec import NetworkSpec, SpecError


def build_layer(layer_spec, in_shape: tuple[int, ...], rng: np.random.Generator, dtype,
                registry: Registry | None = None) -> L.Layer:
    """The layer object for one validated LayerSpec with input shape ``in_shape``."""
    entry = (registry or REGISTRY)[layer_spec.type]
    return entry.build(entry.filled(layer_spec.options), in_shape, rng, dtype)


class Network:
    """Layers built from a NetworkSpec, with weights drawn from ``seed``."""

    def __init__(self, spec: NetworkSpec, seed: int | None = 0, dtype: str | np.dtype = "float32",
                 registry: Registry | None = None):
        self.registry = registry or REGISTRY
        problems = spec.validate(self.registry)
        if problems:
            raise SpecError(problems)
        self.spec = spec.copy()
        self.dtype = np.dtype(dtype)
        self.rng = np.random.default_rng(seed)
        self.meta: dict[str, Any] = {}
        #: The model file this network was loaded from or saved to last (None: in no file).
        self.path: Path | None = None
        self.layers: list[L.Layer] = []
        shape = tuple(spec.input_shape)
        for layer_spec, out_shape in zip(spec.layers, spec.output_shapes(self.registry)):
            self.layers.append(build_layer(layer_spec, shape, self.rng, self.dtype, self.registry))
            shape = out_shape
        self.head: L.Head = self.layers[-1]  # type: ignore[assignment]

    # ---- parameters ----------------------------------------------------------------------------
    @property
    def params(self) -> dict[str, np.ndarray]:
        """The live parameter arrays: ``{"layers.0.W": W, "layers.0.b": b, …}``."""
        return {f"layers.{i}.{k}": v for i, layer in enumerate(self.layers) for k, v in layer.params.items()}

    @property
    def buffers(self) -> dict[str, np.ndarray]:
        """Saved but untrained state (BatchNorm running statistics), named like params."""
        return {f"layers.{i}.{k}": v for i, layer in enumerate(self.layers) for k, v in layer.buffers.items()}

    def state(self) -> dict[str, np.ndarray]:
        """Copies of every parameter and buffer (what a model file holds)."""
        return {k: v.copy() for k, v in {**self.params, **self.buffers}.items()}

    def set_state(self, state: dict[str, np.ndarray]) -> None:
        """Copy values into the live arrays (shapes must match)."""
        live = {**self.params, **self.buffers}
        for k, v in state.items():
            live[k][...] = v

    @property
    def input_shape(self) -> tuple[int, ...]:
        return tuple(self.spec.input_shape)

    def _batch(self, x) -> tuple[np.ndarray, bool]:
        """x as a float batch; a single sample of the input shape becomes a batch of one.

        uint8 input is pixels 0–255 (MNIST as stored) and becomes x / 255, as in training. Rows
        of 784 pixels feed an image design as (N, 1, 28, 28), and 28×28 images a flat one: a
        reshape (a view, no copy) whenever the sizes agree.
        """
        x = np.asarray(x)
        shape, size = self.input_shape, math.prod(self.input_shape)
        batch = x.shape != shape and x.ndim >= 2 and math.prod(x.shape[1:]) == size
        single = not batch and x.size == size  # one sample: 784 pixels, 28×28 or 1×28×28
        if single:
            x = x.reshape(1, *shape)
        elif batch and x.shape[1:] != shape:
            x = x.reshape(len(x), *shape)
        return as_input(x, self.dtype), single

    # ---- computation ---------------------------------------------------------------------------
    def forward(self, x: np.ndarray, train: bool = False) -> np.ndarray:
        """The input of the head: every layer but the last, in order."""
        for layer in self.layers[:-1]:
            x = layer.forward(x, train)
        return x

    def predict(self, x: np.ndarray) -> np.ndarray:
        """y: probabilities for SoftmaxWithLoss/SigmoidWithLoss, values for IdentityWithLoss."""
        xb, single = self._batch(x)
        y = self.head.activate(self.forward(xb, train=False))
        return y[0] if single else y

    def loss(self, x: np.ndarray, t: np.ndarray, train: bool = False) -> float:
        """L for inputs x and targets t (labels (N,) or one-hot (N, K) for softmax)."""
        xb, single = self._batch(x)
        if single:
            t = np.asarray(t)[np.newaxis] if np.ndim(t) else np.asarray([t])
        return self.head.forward(self.forward(xb, train), t)

    def gradient(self, x: np.ndarray, t: np.ndarray, need_input_grad: bool = False) -> dict[str, np.ndarray]:
        """∂L/∂θ for every parameter by backpropagation (training mode, as the book's gradient())."""
        self.loss(x, t, train=True)
        return self.backward(need_input_grad)

    def backward(self, need_input_grad: bool = False) -> dict[str, np.ndarray]:
        """Backpropagate from the last ``loss(…, train=True)``: ∂L/∂L = 1 through every layer in reverse.

        Returns the gradients by parameter name (plus ``"x"``, ∂L/∂x, when asked for).
        """
        dout = self.head.backward(1.0)
        for i in range(len(self.layers) - 2, -1, -1):
            # Nothing consumes ∂L/∂x of the first layer unless asked for.
            dout = self.layers[i].backward(dout, need_dx=(i > 0 or need_input_grad))
        grads = {f"layers.{i}.{k}": v for i, layer in enumerate(self.layers) for k, v in layer.grads.items()}
        if need_input_grad:
            grads["x"] = dout
        return grads

    def accuracy(self, x: np.ndarray, t: np.ndarray, batch_size: int = 1000) -> float:
        """Fraction of correct predictions (argmax for softmax, y > 0.5 for sigmoid); the rule
        of nnlab.evaluation, which every accuracy in NN Lab goes through."""
        return evaluation.accuracy(self, x, t, batch_size)

    def copy(self) -> Network:
        """An independent network with the same spec, weights and buffers."""
        other = Network(self.spec, seed=0, dtype=self.dtype, registry=self.registry)
        other.set_state(self.state())
        other.meta = json.loads(json.dumps(self.meta))
        return other

    def astype(self, dtype) -> Network:
        """A copy computing in ``dtype`` (float64 for lessons, float32 for training)."""
        other = Network(self.spec, seed=0, dtype=dtype, registry=self.registry)
        other.set_state(self.state())
        other.meta = dict(self.meta)
        return other

    # ---- files ---------------------------------------------------------------------------------
    def save(self, path: str | Path, meta: dict[str, Any] | None = None) -> Path:
        """Write the model (.npz: spec, parameters, buffers, meta) atomically (nnlab.safe_write).

        Returns the file written (a symlink's target); raises SaveError, an OSError.
        """
        info = {**self.meta, **(meta or {})}
        info.setdefault("created", _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"))
        arrays = {"spec": np.array(self.spec.dumps()), "meta": np.array(json.dumps(info, ensure_ascii=False))}
        arrays.update(self.state())
        written = write_file(path, lambda stream: np.savez(stream, **arrays))
        self.meta = info
        self.path = written
        return written

    @classmethod
    def load(cls, path: str | Path, dtype: str | np.dtype | None = None) -> Network:
        """Read a model written by save(); every problem raises ModelFileError naming it.

        Headers are checked against the spec before any data is read (nnlab.model_file).
        """
        net = load_model(cls, path, dtype)
        net.path = Path(path).resolve()
        return net
