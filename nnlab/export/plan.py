"""What both exporters need to know about a network, worked out once from its spec.

An ``ExportPlan`` holds every layer with its options (defaults filled), its input and output shape
and its parameter shapes, the head, where the generated file finds the weights, and the training
settings the learner used (from a model's ``meta``; NN Lab's defaults for a design).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import NNLabError
from ..initializers import DEFAULT_STD
from ..registry import REGISTRY, Registry
from ..spec import NetworkSpec

Shape = tuple[int, ...]


class ExportError(NNLabError):
    """A network that cannot be exported (invalid, or a layer type the exporter does not know)."""


@dataclass(frozen=True)
class LayerInfo:
    """One layer of the design: ``layers.<index>`` in NN Lab's parameter names."""

    index: int
    type: str
    options: dict[str, Any]
    in_shape: Shape
    out_shape: Shape
    params: dict[str, Shape] = field(default_factory=dict)
    buffers: dict[str, Shape] = field(default_factory=dict)

    def key(self, name: str) -> str:
        return f"layers.{self.index}.{name}"

    @property
    def fan_in(self) -> int:
        """Inputs per unit of W: n for Affine's (n, units), C·FH·FW for a filter (FN, C, FH, FW)."""
        shape = self.params["W"]
        if len(shape) == 2:
            return shape[0]
        n = 1
        for d in shape[1:]:
            n *= d
        return n


@dataclass(frozen=True)
class Training:
    """How the learner trained (or NN Lab's defaults): what the exported training loop uses."""

    optimizer: str = "adam"
    lr: float = 0.001
    batch_size: int = 100
    epochs: int = 5
    weight_decay: float = 0.0
    momentum: float = 0.9
    augment: bool = False
    from_model: bool = False

    @classmethod
    def from_meta(cls, meta: dict[str, Any] | None) -> Training:
        meta = meta or {}
        found = {}
        for name, kind in (("optimizer", str), ("lr", float), ("batch_size", int),
                           ("epochs", int), ("weight_decay", float), ("momentum", float)):
            value = meta.get(name)
            if isinstance(value, (int, float, str)) and not isinstance(value, bool):
                try:
                    found[name] = kind(value)
                except ValueError:
                    continue
        if found.get("optimizer", "adam").lower() not in OPTIMIZER_NAMES:
            found.pop("optimizer")
        if "optimizer" in found:
            found["optimizer"] = found["optimizer"].lower()
        return cls(**found, augment=meta.get("augment") is True, from_model="optimizer" in found)


OPTIMIZER_NAMES = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")


@dataclass(frozen=True)
class ExportPlan:
    """Everything an exporter writes about one network.

    ``npz_path`` is where the file loads its weights by default: None (no weights: the network
    starts from NN Lab's initial weights), a file name next to the exported file (``beside``), or
    an absolute path.
    """

    name: str
    class_name: str
    input_shape: Shape
    layers: tuple[LayerInfo, ...]
    head: LayerInfo
    training: Training
    npz_path: str | None = None
    beside: bool = False
    about: str = ""

    @property
    def output_shape(self) -> Shape:
        return self.head.in_shape

    def types(self) -> set[str]:
        return {layer.type for layer in self.layers}


def class_name(name: str) -> str:
    """A CamelCase Python class name for a design name: "MNIST MLP" → "MnistMlp"."""
    words = re.findall(r"[A-Za-z0-9]+", name)
    text = "".join(w[:1].upper() + (w[1:].lower() if w.isupper() else w[1:]) for w in words)
    if not text or text[0].isdigit():
        text = "Net" + text
    return text[:48]


def module_name(name: str) -> str:
    """A snake_case file name for a design name: "MNIST MLP" → "mnist_mlp" ("network" if none)."""
    words = re.findall(r"[A-Za-z0-9]+", name)
    text = "_".join(w.lower() for w in words)[:48]
    return text if text and not text[0].isdigit() else f"network{'_' + text if text else ''}"


def safe_text(text: str) -> str:
    """One line of text that can sit in a docstring or a comment unchanged."""
    text = " ".join(str(text).split())
    return text.replace("\\", "/").replace('"""', "'''") or "Untitled"


def init_text(init: Any, fan_in: int) -> tuple[str, str]:
    """(σ as code, comment) for NN Lab's initialisation of a W with ``fan_in`` inputs per unit."""
    if init == "he":
        return f"np.sqrt(2 / {fan_in})", "He: σ = √(2/n)"
    if init == "xavier":
        return f"np.sqrt(1 / {fan_in})", "Xavier: σ = √(1/n)"
    if init == "std":
        return repr(DEFAULT_STD), "the book's σ = 0.01"
    return repr(float(init)), f"σ = {init}"


def make_plan(spec: NetworkSpec, *, meta: dict[str, Any] | None = None,
              npz_path: str | Path | None = None, beside: bool = False, about: str = "",
              training: Training | None = None, registry: Registry | None = None) -> ExportPlan:
    """The plan for ``spec``; raises ExportError (both languages) when the spec has problems."""
    registry = registry or REGISTRY
    problems = spec.validate(registry)
    if problems:
        where = "; ".join(str(p) for p in problems)
        where_ja = "；".join((f"層 {p.index}：" if p.index is not None else "") + p.ja
                            for p in problems)
        raise ExportError(f"the network cannot be exported: {where}",
                          f"このネットワークはエクスポートできません：{where_ja}")
    shapes = [tuple(spec.input_shape), *spec.output_shapes(registry)]
    infos = []
    for i, layer in enumerate(spec.layers):
        entry = registry[layer.type]
        opts = entry.filled(layer.options)
        infos.append(LayerInfo(i, layer.type, opts, shapes[i], shapes[i + 1],
                               dict(entry.param_shapes(opts, shapes[i])),
                               dict(entry.buffer_shapes(opts, shapes[i]))))
    name = safe_text(spec.name if isinstance(spec.name, str) else json.dumps(spec.name))
    path = None if npz_path is None else (Path(npz_path).name if beside else str(Path(npz_path).resolve()))
    return ExportPlan(name=name, class_name=class_name(name), input_shape=tuple(spec.input_shape),
                      layers=tuple(infos[:-1]), head=infos[-1],
                      training=training or Training.from_meta(meta), npz_path=path,
                      beside=beside and npz_path is not None, about=safe_text(about) if about else "")


def check_known(plan: ExportPlan, known: dict[str, Any], target: str) -> None:
    """ExportError naming the first layer type ``known`` (an exporter's table) lacks."""
    for layer in (*plan.layers, plan.head):
        if layer.type not in known:
            raise ExportError(
                f"layer {layer.index} ({layer.type}): NN Lab cannot export {layer.type} layers "
                f"to {target} yet",
                f"層 {layer.index}（{layer.type}）：{layer.type} 層はまだ {target} に"
                "エクスポートできません")
