"""Which arrays a step shows, under which symbols, and what editing each of them changes.

A forward step shows its input, its parameters and its output; a backward step the δ that arrives,
what the layer kept from its forward step (x, u, z, the mask…), its parameters, and what it
computes: ∂L/∂x passed down and ∂L/∂θ. The update shows one parameter before, its gradient and
after. Symbols are the curriculum's, local to the layer: Affine x → u, activations u → z, the other
layers x → z, the head u → y (and the loss L).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication

from nnlab.layers import BatchNorm, Dropout
from nnlab.stepper import Stepper, StepRecord

ACTIVATIONS = frozenset({"ReLU", "LeakyReLU", "Sigmoid", "Tanh", "Step"})
HEADS = frozenset({"SoftmaxWithLoss", "SigmoidWithLoss", "IdentityWithLoss"})
PARAM_SYMBOLS = {"W": "W", "b": "b", "gamma": "γ", "beta": "β"}


@dataclass
class Slot:
    """One array on screen."""

    key: str  # unique in the record: "x", "W", "out", "t", "dout", "dx", "grad.W", "param", "new"
    role: str  # "in" | "param" | "out" (only "out" elements can be chosen for the formula)
    symbol: str  # rich-text title, e.g. "∂L/∂W"
    name: str  # plain name for tooltips and hover text
    array: np.ndarray
    edit: str | None = None  # what an edit sets: "input", "target" or a key such as "layers.0.W"


def symbols(layer_type: str) -> tuple[str, str]:
    """The layer's (input, output) symbols."""
    if layer_type == "Affine":
        return "x", "u"
    if layer_type in ACTIVATIONS:
        return "u", "z"
    if layer_type in HEADS:
        return "u", "y"
    return "x", "z"


def d(symbol: str) -> str:
    """∂L/∂symbol."""
    return f"∂L/∂{symbol}"


def forward_record_of(stepper: Stepper, index: int) -> StepRecord | None:
    return next((r for r in stepper.records if r.kind == "forward" and r.index == index), None)


def param_symbol(name: str) -> str:
    return PARAM_SYMBOLS.get(name, name)


def slots_for(record: StepRecord, stepper: Stepper, update_key: str | None = None) -> list[Slot]:
    """The arrays of ``record`` in display order (inputs, parameters, outputs)."""
    if record.kind == "forward":
        return _forward_slots(record)
    if record.kind == "backward":
        return _backward_slots(record, stepper)
    return _update_slots(record, update_key)


def _param_slots(record: StepRecord, names=None) -> list[Slot]:
    return [Slot(n, "param", param_symbol(n), param_symbol(n), v, f"layers.{record.index}.{n}")
            for n, v in record.params.items() if names is None or n in names]


def _forward_slots(r: StepRecord) -> list[Slot]:
    s_in, s_out = symbols(r.layer_type)
    slots = [Slot("x", "in", s_in, s_in, r.x, "input" if r.index == 0 else None)]
    if r.t is not None:
        slots.append(Slot("t", "in", "t", "t", r.t, "target"))
    slots += _param_slots(r)
    slots.append(Slot("out", "out", s_out, s_out, r.out))
    return slots


def _backward_slots(r: StepRecord, stepper: Stepper) -> list[Slot]:
    s_in, s_out = symbols(r.layer_type)
    fwd = forward_record_of(stepper, r.index)
    t = r.layer_type
    if t in HEADS:
        dout = Slot("dout", "in", "∂L/∂L", "∂L/∂L", r.dout)
    else:
        dout = Slot("dout", "in", f"δ = {d(s_out)}", "δ", r.dout)
    slots = [dout]
    if fwd is not None:
        x_edit = "input" if r.index == 0 else None
        if t in ("Affine", "ReLU", "LeakyReLU", "Step"):
            slots.append(Slot("x", "in", s_in, s_in, fwd.x, x_edit))
        elif t in ("Sigmoid", "Tanh"):
            slots.append(Slot("out", "in", s_out, s_out, fwd.out))
        elif t in HEADS:
            slots.append(Slot("out", "in", "y", "y", fwd.out))
            slots.append(Slot("t", "in", "t", "t", fwd.t, "target"))
        elif t == "Dropout":
            layer = stepper.net.layers[r.index]
            mask = getattr(layer, "mask", None) if isinstance(layer, Dropout) else None
            if mask is None or mask.shape != fwd.x.shape:
                mask = (fwd.out != 0) | (fwd.x == 0)
            slots.append(Slot("mask", "in", "m", "m", mask.astype(float)))
        elif t == "BatchNorm":
            hat = "<span style=\"font-family:'DejaVu Serif','Noto Serif',serif\">x̂</span>"
            slots.append(Slot("xhat", "in", hat, "x̂", batchnorm_xhat(fwd.x, stepper, r.index)))
    if t == "Affine":
        slots += _param_slots(r, ("W",))
    elif t == "BatchNorm":
        slots += _param_slots(r, ("gamma",))
    slots.append(Slot("dx", "out", d(s_in), d(s_in), r.dx))
    for name, g in r.grads.items():
        sym = d(param_symbol(name))
        slots.append(Slot(f"grad.{name}", "out", sym, sym, g))
    return slots


def batchnorm_xhat(x: np.ndarray, stepper: Stepper, index: int) -> np.ndarray:
    """x̂ = (x − μ)/√(σ² + ε) as the layer computed it (batch statistics when training)."""
    layer = stepper.net.layers[index]
    eps = layer.eps if isinstance(layer, BatchNorm) else 1e-7
    if stepper.train:
        mu, var = x.mean(axis=0), x.var(axis=0)
    else:
        mu, var = layer.buffers["running_mean"], layer.buffers["running_var"]
    return (x - mu) / np.sqrt(var + eps)


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
    """The element the formula explains first: the first output (∂L/∂W for Affine backward)."""
    outs = {s.key: s for s in slots if s.role == "out"}
    for key in ("grad.W", "grad.gamma", "out", "dx", "new"):
        if key in outs:
            return key, (0,) * outs[key].array.ndim
    return None


def valid_focus(focus, slots: list[Slot]) -> bool:
    if focus is None:
        return False
    key, index = focus
    slot = next((s for s in slots if s.key == key and s.role == "out"), None)
    if slot is None or len(index) != slot.array.ndim:
        return False
    return all(0 <= i < n for i, n in zip(index, slot.array.shape, strict=True))
