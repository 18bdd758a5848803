"""Which arrays a step shows, under which symbols, and what editing each of them changes.

A forward step shows its input, its parameters and its output; a backward step the δ that arrives,
what the layer kept from its forward step (x, u, z, the mask…), its parameters, and what it
computes: ∂L/∂x passed down and ∂L/∂θ. The update shows one parameter before, its gradient and
after. Everything about a layer type comes from its registry entry (``stepper.net.registry``):
its (input, output) symbols — Affine x → u, activations u → z, the head u → y, the rest x → z —
which of its forward values a backward step shows (``backward_shows``) and which parameters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication

from nnlab.registry import LayerType
from nnlab.stepper import Phase, Stepper, StepRecord

PARAM_SYMBOLS = {"W": "W", "b": "b", "gamma": "γ", "beta": "β"}
# Some sans-serif fonts (DejaVu Sans among them) drop a combining circumflex, so BatchNorm's x̂
# is set in a serif face, which places it.
XHAT = "<span style=\"font-family:'DejaVu Serif','Noto Serif',serif\">x̂</span>"


@dataclass
class Slot:
    """One array on screen."""

    key: str  # unique in the record: "x", "W", "out", "t", "dout", "dx", "grad.W", "param", "new"
    role: str  # "in" | "param" | "out" (only "out" elements can be chosen for the formula)
    symbol: str  # rich-text title, e.g. "∂L/∂W"
    name: str  # plain name for tooltips and hover text
    array: np.ndarray
    edit: str | None = None  # what an edit sets: "input", "target" or a key such as "layers.0.W"


def layer_entry(stepper: Stepper, index: int) -> LayerType | None:
    """The registry entry of layer ``index`` (None for the update, or a type the registry lacks)."""
    net = stepper.net
    if not 0 <= index < len(net.spec.layers):
        return None
    return net.registry.get(net.spec.layers[index].type)


def symbols(entry: LayerType | None) -> tuple[str, str]:
    """The layer's (input, output) symbols."""
    return entry.io_symbols() if entry is not None else ("x", "z")


def is_head(entry: LayerType | None) -> bool:
    return entry is not None and entry.is_head


def d(symbol: str) -> str:
    """∂L/∂symbol."""
    return f"∂L/∂{symbol}"


def forward_record_of(stepper: Stepper, index: int) -> StepRecord | None:
    return next((r for r in stepper.records if r.kind == Phase.FORWARD and r.index == index), None)


def param_symbol(name: str) -> str:
    return PARAM_SYMBOLS.get(name, name)


def slots_for(record: StepRecord, stepper: Stepper, update_key: str | None = None) -> list[Slot]:
    """The arrays of ``record`` in display order (inputs, parameters, outputs)."""
    if record.kind == Phase.FORWARD:
        return _forward_slots(record, layer_entry(stepper, record.index))
    if record.kind == Phase.BACKWARD:
        return _backward_slots(record, stepper)
    return _update_slots(record, update_key)


def _param_slots(record: StepRecord, names=None) -> list[Slot]:
    return [Slot(n, "param", param_symbol(n), param_symbol(n), v, f"layers.{record.index}.{n}")
            for n, v in record.params.items() if names is None or n in names]


def _forward_slots(r: StepRecord, entry: LayerType | None) -> list[Slot]:
    s_in, s_out = symbols(entry)
    slots = [Slot("x", "in", s_in, s_in, r.x, "input" if r.index == 0 else None)]
    if r.t is not None:
        slots.append(Slot("t", "in", "t", "t", r.t, "target"))
    slots += _param_slots(r)
    slots.append(Slot("out", "out", s_out, s_out, r.out))
    return slots


def _backward_slots(r: StepRecord, stepper: Stepper) -> list[Slot]:
    entry = layer_entry(stepper, r.index)
    s_in, s_out = symbols(entry)
    fwd = forward_record_of(stepper, r.index)
    if is_head(entry):
        slots = [Slot("dout", "in", "∂L/∂L", "∂L/∂L", r.dout)]
    else:
        slots = [Slot("dout", "in", f"δ = {d(s_out)}", "δ", r.dout)]
    if fwd is not None:
        for shown in entry.backward_shows if entry is not None else ("x",):
            slots.append(_KEPT[shown](fwd, stepper, (s_in, s_out)))
    slots += _param_slots(r, entry.backward_params if entry is not None else ())
    slots.append(Slot("dx", "out", d(s_in), d(s_in), r.dx))
    for name, g in r.grads.items():
        sym = d(param_symbol(name))
        slots.append(Slot(f"grad.{name}", "out", sym, sym, g))
    return slots


def dropout_mask(fwd: StepRecord, stepper: Stepper) -> np.ndarray:
    """The units the forward step kept (1) and dropped (0)."""
    mask = getattr(stepper.net.layers[fwd.index], "mask", None)
    if mask is None or np.shape(mask) != fwd.x.shape:
        mask = (fwd.out != 0) | (fwd.x == 0)
    return np.asarray(mask).astype(float)


def batchnorm_xhat(x: np.ndarray, stepper: Stepper, index: int) -> np.ndarray:
    """x̂ = (x − μ)/√(σ² + ε) as the layer computed it (batch statistics when training)."""
    layer = stepper.net.layers[index]
    eps = getattr(layer, "eps", 1e-7)
    if stepper.train:
        mu, var = x.mean(axis=0), x.var(axis=0)
    else:
        mu, var = layer.buffers["running_mean"], layer.buffers["running_var"]
    return (x - mu) / np.sqrt(var + eps)


# What a backward step can show of its forward step (``LayerType.backward_shows``), by name.
_KEPT: dict[str, Callable[[StepRecord, Stepper, tuple[str, str]], Slot]] = {
    "x": lambda f, s, sym: Slot("x", "in", sym[0], sym[0], f.x, "input" if f.index == 0 else None),
    "out": lambda f, s, sym: Slot("out", "in", sym[1], sym[1], f.out),
    "y": lambda f, s, sym: Slot("out", "in", "y", "y", f.out),
    "t": lambda f, s, sym: Slot("t", "in", "t", "t", f.t, "target"),
    "mask": lambda f, s, sym: Slot("mask", "in", "m", "m", dropout_mask(f, s)),
    "xhat": lambda f, s, sym: Slot("xhat", "in", XHAT, "x̂", batchnorm_xhat(f.x, s, f.index)),
}


def _update_slots(r: StepRecord, key: str | None) -> list[Slot]:
    if not r.grads:
        return []
    key = key if key in r.grads else update_keys(r)[0]
    name = param_symbol(key.rsplit(".", 1)[-1])
    before = QCoreApplication.translate("StepSlots", "before the update")
    after = QCoreApplication.translate("StepSlots", "after the update")
    return [
        Slot("param", "in", f"{name} <span style='font-weight:400'>({before})</span>", name,
             r.params[key]),
        Slot("grad", "in", d(name), d(name), r.grads[key]),
        Slot("new", "out", f"{name} <span style='font-weight:400'>({after})</span>", name,
             r.new_params[key]),
    ]


def update_keys(r: StepRecord) -> list[str]:
    """The updated parameters in layer order (layers.0.W, layers.0.b, layers.2.W, …)."""
    return sorted(r.grads, key=lambda k: (int(k.split(".")[1]), k.split(".")[2] != "W", k))


def default_focus(record: StepRecord, slots: list[Slot]) -> tuple[str, tuple[int, ...]] | None:
    """The element the formula explains first: in the first output (∂L/∂W for Affine backward),
    the first one whose number is not (nearly) zero — a worked line "0·(−3.818) = 0" or a softmax
    output of 3e-10 teaches nothing. An update judges by the gradient (W ← W − ε·0 moves
    nothing)."""
    outs = {s.key: s for s in slots if s.role == "out"}
    grad = next((s for s in slots if s.key == "grad"), None)
    for key in ("grad.W", "grad.gamma", "out", "dx", "new"):
        if key in outs:
            judged = grad.array if key == "new" and grad is not None else outs[key].array
            return key, telling_element(np.asarray(judged, dtype=float),
                                        np.shape(outs[key].array))
    return None


def telling_focus(focus, slots: list[Slot]) -> bool:
    """Whether the followed element's number is worth working out (not nearly zero)."""
    key, index = focus
    slot = next((s for s in slots if s.key == key and s.role == "out"), None)
    if slot is None:
        return False
    values = np.abs(np.asarray(slot.array, dtype=float))
    top = float(np.nanmax(values)) if values.size else 0.0
    return top == 0.0 or float(values[tuple(index)]) >= 0.01 * top


def telling_element(values: np.ndarray, shape: tuple[int, ...]) -> tuple[int, ...]:
    """The first index (row by row) whose |value| is at least 1 % of the largest; (0, …, 0) when
    every value is zero or the shapes differ."""
    if values.shape != tuple(shape) or values.size == 0:
        return (0,) * len(shape)
    size = np.where(np.isfinite(values), np.abs(values), 0.0)
    top = float(size.max())
    if top == 0.0:
        return (0,) * len(shape)
    flat = int(np.argmax(size.ravel() >= 0.01 * top))
    return tuple(int(i) for i in np.unravel_index(flat, shape))


def valid_focus(focus, slots: list[Slot]) -> bool:
    if focus is None:
        return False
    key, index = focus
    slot = next((s for s in slots if s.key == key and s.role == "out"), None)
    if slot is None or len(index) != slot.array.ndim:
        return False
    return all(0 <= i < n for i, n in zip(index, slot.array.shape, strict=True))
