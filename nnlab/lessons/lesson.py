"""A lesson as data: its texts in both languages, and for stepping lessons the network it steps.

A stepping lesson carries a spec, its weights (fixed values from the notes, or a seed), the sample
x and target t, and a narrative: one text (English, Japanese) per step, keyed by
``(phase, layer index)``, with a fallback per ``(phase, layer type)``. Texts are templates:
``{out}``, ``{dx}``, ``{W}``… are replaced by the values the step computed (see ``step_values``).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..network import Network
from ..spec import NetworkSpec
from ..stepper import Phase
from .predict import Prediction

Text = tuple[str, str]  # (English, Japanese)

KINDS = ("gates", "step", "activations", "output", "descent", "numerical", "graph", "mnist_batch",
         "train_handoff", "optimizers", "initialisation", "regularisation", "convolution")


@dataclass(frozen=True, eq=False)
class Narrative:
    """What to say after each step.

    ``steps[(kind, index)]`` is the text after the step of that kind through layer ``index``
    (kind "forward"/"backward", or ("update", -1)); ``by_type[(kind, layer type)]`` is the
    fallback; ``intro`` is shown before the first step and ``done`` after the pass is over.
    """

    intro: Text | None = None
    steps: Mapping[tuple[str, int], Text] = field(default_factory=dict)
    by_type: Mapping[tuple[str, str], Text] = field(default_factory=dict)
    done: Text | None = None


@dataclass(frozen=True, eq=False)
class Lesson:
    """One lesson of the curriculum (design.md §5).

    ``kind`` says which page presents it: "step" lessons are stepped layer by layer; the others
    ("gates", "activations", "output", "descent", "numerical", "graph", "mnist_batch",
    "train_handoff") have a page of their own. ``finish_phase`` is the stepper phase at which a
    stepping lesson counts as finished ("backward": the forward pass is done; "update": the
    backward pass is done).
    """

    id: str
    number: int
    title: Text
    summary: Text
    kind: str
    body: Text = ("", "")
    spec: Mapping[str, Any] | None = None
    params: Mapping[str, Any] | None = None  # {"layers.0.W": nested lists, ...}
    seed: int | None = 0
    x: Any = None
    t: Any = None
    data: str | None = None  # "mnist_test": x/t are bundled MNIST test images
    batch_size: int = 1
    model: str | None = None  # a bundled model (resources/models/...) used when present
    narrative: Narrative | None = None
    finish_phase: Phase = Phase.UPDATE
    goal: Text | None = None  # what to try on the page
    # e.g. "lr" (the update's ε), "panels", "until": how far a pass goes in the step view —
    # "done" (with the update), "update" (no update), "backward" (inference: forward only)
    options: Mapping[str, Any] = field(default_factory=dict)
    predictions: tuple[Prediction, ...] = ()  # predict, then reveal

    def __post_init__(self) -> None:
        object.__setattr__(self, "finish_phase", Phase(self.finish_phase))  # "backward" → Phase

    @property
    def has_network(self) -> bool:
        return self.spec is not None

    def network_spec(self) -> NetworkSpec:
        if self.spec is None:
            raise ValueError(f"lesson {self.id!r} has no network")
        return NetworkSpec.from_dict(dict(self.spec))


def build_network(lesson: Lesson) -> Network:
    """The lesson's network in float64, its weights set exactly to ``lesson.params``.

    Parameters the lesson does not fix are drawn from ``lesson.seed`` by the spec's initialisers.
    A lesson with a ``model`` file uses it instead when the file exists and fits the spec's
    input and output sizes (lesson 10's trained MNIST model).
    """
    spec = lesson.network_spec()
    if lesson.model:
        from .samples import bundled_model

        net = bundled_model(lesson.model, spec)
        if net is not None:
            return net
    net = Network(spec, seed=lesson.seed, dtype="float64")
    live = net.params
    for key, value in (lesson.params or {}).items():
        if key not in live:
            raise KeyError(f"lesson {lesson.id!r} sets {key!r}, which its network does not have")
        array = np.asarray(value, dtype=np.float64)
        if array.shape != live[key].shape:
            raise ValueError(f"lesson {lesson.id!r}: {key} has shape {array.shape}, "
                             f"the network needs {live[key].shape}")
        live[key][...] = array
    return net


def lesson_sample(lesson: Lesson) -> tuple[np.ndarray, np.ndarray]:
    """The input batch x and target t the lesson steps (float64 x)."""
    if lesson.data == "mnist_test":
        from .samples import mnist_test

        images, labels = mnist_test()
        n = lesson.batch_size
        return images[:n].reshape(n, -1).astype(np.float64) / 255.0, labels[:n].copy()
    if lesson.x is None:
        raise ValueError(f"lesson {lesson.id!r} has no sample")
    x = np.asarray(lesson.x, dtype=np.float64)
    t = np.asarray(lesson.t, dtype=np.float64)
    if x.ndim == 1:
        x, t = x[np.newaxis], t.reshape(1, -1) if t.ndim <= 1 else t
    return x, t


# ---- numbers in texts ----------------------------------------------------------------------------

def fmt(v: float) -> str:
    """One number as the lessons write it: four significant digits, a true minus sign."""
    v = float(v)
    if not np.isfinite(v):
        return "NaN" if np.isnan(v) else ("∞" if v > 0 else "−∞")
    a = abs(v)
    text = "0" if a == 0 else (f"{v:.4g}" if 1e-3 <= a < 1e5 else f"{v:.2e}")
    if text in ("-0", "0", "-0.0"):
        return "0"
    return text.replace("-", "−") if text.startswith("-") else text


def fmt_array(a: Any, max_items: int = 20) -> str:
    """[1.4, 2.2, 3] for a small array (a batch of one loses its batch axis); a shape otherwise."""
    a = np.asarray(a, dtype=np.float64)
    if a.ndim >= 1 and a.shape[0] == 1:
        a = a[0]
    while a.ndim > 2 and a.shape[0] == 1:  # one image of one channel: its H×W map
        a = a[0]
    if a.ndim == 0:
        return fmt(a)
    if a.size > max_items:
        return fmt_shape(a.shape)
    if a.ndim == 1:
        return "[" + ", ".join(fmt(v) for v in a) + "]"
    if a.ndim == 2 and a.shape[1] == 1:  # a column, e.g. W2 (10×1): written as a transposed row
        return fmt_array(a[:, 0][np.newaxis], max_items) + "ᵀ"
    return "[" + ", ".join(fmt_array(row[np.newaxis], max_items) for row in a) + "]"


def fmt_shape(shape: tuple[int, ...]) -> str:
    return "×".join(str(n) for n in shape) if len(shape) else "1×1"


def step_values(record: Any) -> dict[str, str]:
    """Template fields for one ``StepRecord``: every array both as values and as a shape."""
    arrays = {
        "x": record.x, "out": record.out, "y": record.out, "t": record.t,
        "dout": record.dout, "dx": record.dx,
    }
    for name, value in record.params.items():
        arrays[name] = value
    for name, value in record.grads.items():
        arrays["d" + name] = value
    fields: dict[str, str] = {"layer": record.layer_type, "index": str(record.index),
                              "n": str(record.index + 1)}
    for name, value in arrays.items():
        if value is None:
            continue
        value = np.asarray(value)
        fields[name] = fmt_array(value)
        fields[name + "_shape"] = fmt_shape(value.shape)
    if record.loss is not None:
        fields["loss"] = fmt(record.loss)
    if record.x is not None and record.out is not None:
        x, out = np.asarray(record.x), np.asarray(record.out)
        fields["x1"] = fmt(x.reshape(-1)[0])
        fields["out1"] = fmt(out.reshape(-1)[0])
        if record.layer_type == "Affine" and x.ndim == 2 and x.shape[1] <= 8:
            fields["terms"] = affine_terms(x[0], record.params["W"][:, 0], record.params["b"][0])
    return fields


def _signed(v: float) -> str:
    text = fmt(v)
    return f"({text})" if text.startswith("−") else text


def affine_terms(x: np.ndarray, w: np.ndarray, b: float) -> str:
    """The first unit's total input written out: "1·0.1 + 5·0.2 + 0.1 = 1.2"."""
    total = float(np.dot(x, w) + b)
    parts = [f"{_signed(xi)}·{_signed(wi)}" for xi, wi in zip(x, w)]
    return " + ".join([*parts, _signed(b)]) + f" = {fmt(total)}"


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, fields: Mapping[str, str]) -> str:
    """``template`` with ``{name}`` replaced; unknown names stay as written."""
    return string.Formatter().vformat(template, (), _Fields(fields))


def narrate(narrative: Narrative | None, position: Any, record: Any | None) -> Text | None:
    """The (English, Japanese) text after a step: the lesson's own, else the layer type's.

    ``position`` is the stepper's next position, ``record`` the step just made (None at the
    start, after an undo or a reset).
    """
    from .narration import DEFAULT_BY_TYPE, NEXT_STEP

    n = narrative or Narrative()
    if record is None:
        if position is not None and position.phase == Phase.FORWARD and position.index == 0 and n.intro:
            return n.intro
        if position is None:
            return n.intro
        if position.phase in NEXT_STEP:
            en, ja = NEXT_STEP[position.phase]
            fields = {"n": str(position.index + 1)}
            return fill(en, fields), fill(ja, fields)
        return n.done
    key = (record.kind, record.index)
    text = n.steps.get(key) or n.by_type.get((record.kind, record.layer_type)) \
        or DEFAULT_BY_TYPE.get((record.kind, record.layer_type)) or DEFAULT_BY_TYPE.get((record.kind, "*"))
    if text is None:
        return None
    fields = step_values(record)
    en, ja = fill(text[0], fields), fill(text[1], fields)
    if record.note:
        en, ja = f"{en}\n\n{record.note[0]}", f"{ja}\n\n{record.note[1]}"
    if position is not None and position.phase in (Phase.UPDATE, Phase.DONE) and n.done and record.kind != Phase.UPDATE:
        en, ja = f"{en}\n\n{n.done[0]}", f"{ja}\n\n{n.done[1]}"
    return en, ja
