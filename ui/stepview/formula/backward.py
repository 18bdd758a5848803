"""Backward formulas: δ arrives from above, the layer passes ∂L/∂x down and keeps ∂L/∂θ.

By the layer's backward formula key (``LayerType.formula[1]``):

    heads       ∂L/∂u = (y − t) / N
    Affine      ∂L/∂x = δ·Wᵀ,  ∂L/∂W = xᵀ·δ,  ∂L/∂b = Σₙ δ
    ReLU        ∂L/∂u = δ ⊙ [u > 0]           Sigmoid   ∂L/∂u = δ ⊙ (1 − z) z
    LeakyReLU   ∂L/∂u = δ ⊙ (1 or α)          Tanh      ∂L/∂u = δ ⊙ (1 − z²)
    Step        ∂L/∂u = δ ⊙ 0 = 0             Dropout   ∂L/∂x = δ ⊙ m
    BatchNorm   ∂L/∂β = Σδ, ∂L/∂γ = Σ δ⊙x̂, ∂L/∂x = (N·d − Σd − x̂·Σ(d⊙x̂)) / (N√(σ² + ε)), d = γδ
    Flatten     ∂L/∂x = reshape(δ)
    any other   ∂L/∂u = δ ⊙ f′(u), with the chosen element's numbers
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication as Q

from ..slots import XHAT, d, param_symbol
from .conv import conv_backward, pool_backward
from .writer import DHAT, Formula, Writer, line, terms

DELTA = "δ"


def build(key: str, record, a: dict[str, np.ndarray], focus, w: Writer, layer) -> Formula:
    """The backward formula ``key`` worked out for element ``focus`` (∂L/∂x or a ∂L/∂θ)."""
    slot, idx = focus if focus else ("dx", (0,) * a["dx"].ndim)
    builder = BUILDERS.get(key, _general)
    return builder(record, a, slot, tuple(idx), w, layer)


def _general(record, a, slot, idx, w: Writer, layer) -> Formula:
    """∂L/∂u = δ ⊙ f′(u) for a key without a builder: the element's numbers where they line up."""
    if slot != "dx":  # a parameter's gradient: its value
        name = d(param_symbol(slot.split(".", 1)[-1]))
        return Formula(name, line(w.hl(w.sub(name, idx)), w.hl(w.num(a[slot][idx]))))
    s_in = w.symbols[0]
    sub = w.element(idx)
    general = f"∂L/∂{s_in} = δ ⊙ f′({s_in})"
    lhs, result = w.hl(w.sub(d(s_in), sub)), w.hl(w.num(a["dx"][idx]))
    dout, x = a["dout"], a.get("x")
    if x is None or not x.shape == dout.shape == a["dx"].shape:
        return Formula(general, line(lhs, result))
    worked = line(lhs, f"{w.sub(DELTA, sub)}·f′({w.sub(s_in, sub)})",
                  f"{w.opnd(dout[idx])}·f′({w.num(x[idx])})", result)
    return Formula(general, worked, {"dout": [idx], "x": [idx]})


def _parts(general: list[str], chosen: int, w: Writer) -> str:
    """The layer's formulas side by side, the one being worked out in the phase colour."""
    return " , &nbsp; ".join(w.hl(g) if i == chosen else g for i, g in enumerate(general))


def _head(record, a, slot, idx, w: Writer, layer) -> Formula:
    y, dx = a["out"], a["dx"]
    N = y.shape[0]
    t = a.get("t")
    sub = w.n(*idx)
    if t is not None and t.ndim == 1 and y.ndim == 2 and y.shape[1] > 1:  # labels
        t_value = 1.0 if int(t[idx[0]]) == idx[1] else 0.0
        t_note = " " + Q.translate(
            "StepFormula", "(t is one-hot: 1 for the label %1, 0 elsewhere)").replace(
            "%1", str(int(t[idx[0]])))
        t_involved = [(idx[0],)]
    elif t is not None:
        t_value = float(t.reshape(y.shape)[idx])
        t_note = ""
        t_involved = [idx] if t.shape == y.shape else [(idx[0],)]
    else:
        t_value, t_note, t_involved = 0.0, "", []
    passed = Q.translate("StepFormula", "the head’s δ, passed down")
    general = f"∂L/∂u = (y − t) / N &nbsp; <i>({passed})</i>"
    worked = line(w.hl(w.sub("∂L/∂u", sub)),
                  f"({w.sub('y', sub)} − {w.sub('t', sub)}) / N",
                  f"({w.num(y[idx])} − {w.opnd(t_value)}) / {N}",
                  w.hl(w.num(dx[idx]))) + t_note
    return Formula(general, worked, {"out": [idx], "t": t_involved})


def _affine(record, a, slot, idx, w: Writer, layer) -> Formula:
    dout, x, W = a["dout"], a["x"], a["W"]
    N = dout.shape[0]
    general = ["∂L/∂x = δ·W<sup>T</sup>", "∂L/∂W = x<sup>T</sup>·δ", "∂L/∂b = Σ<sub>n</sub> δ"]
    if slot == "grad.W":
        i, j = idx
        sym, nums = terms(N, lambda n: f"{w.sub('x', w.n(n, i))}·{w.sub(DELTA, w.n(n, j))}",
                          lambda n: f"{w.opnd(x[n, i])}·{w.opnd(dout[n, j])}")
        worked = line(w.hl(w.sub("∂L/∂W", (i, j))), sym, nums, w.hl(w.num(a["grad.W"][i, j])))
        involved = {"x": [(n, i) for n in range(N)], "dout": [(n, j) for n in range(N)]}
        return Formula(_parts(general, 1, w), worked, involved)
    if slot == "grad.b":
        (j,) = idx
        sym, nums = terms(N, lambda n: w.sub(DELTA, w.n(n, j)), lambda n: w.opnd(dout[n, j]))
        worked = line(w.hl(w.sub("∂L/∂b", (j,))), sym, nums if N > 1 else "",
                      w.hl(w.num(a["grad.b"][j])))
        return Formula(_parts(general, 2, w), worked, {"dout": [(n, j) for n in range(N)]})
    n, i = idx
    J = dout.shape[1]
    sym, nums = terms(J, lambda j: f"{w.sub(DELTA, w.n(n, j))}·{w.sub('W', (i, j))}",
                      lambda j: f"{w.opnd(dout[n, j])}·{w.opnd(W[i, j])}")
    worked = line(w.hl(w.sub("∂L/∂x", w.n(n, i))), sym, nums, w.hl(w.num(a["dx"][n, i])))
    involved = {"dout": [(n, j) for j in range(J)], "W": [(i, j) for j in range(J)]}
    return Formula(_parts(general, 0, w), worked, involved)


def _pointwise(general, worked_rhs, reads: str = "x"):
    """∂L/∂u = δ ⊙ f′(u) for one element: ``general()`` is the formula's text,
    ``worked_rhs(dv, v, layer, writer, δ symbol, sub)`` the middle parts of the worked line, where
    v is the element of the forward value the derivative ``reads`` ("x", "out" or "mask")."""

    def build_one(record, a, slot, idx, w: Writer, layer) -> Formula:
        sub = w.element(idx)
        v = float(a[reads][idx])
        parts = worked_rhs(float(a["dout"][idx]), v, layer, w, w.sub(DELTA, sub), sub)
        worked = line(w.hl(w.sub(f"∂L/∂{w.symbols[0]}", sub)), *parts,
                      w.hl(w.num(a["dx"][idx])))
        return Formula(general(), worked, {"dout": [idx], reads: [idx]})

    return build_one


def _relu_rhs(dv, u, layer, w, d_sym, sub):
    rel = ">" if u > 0 else "≤"
    return [f"{d_sym}·[{w.sub('u', sub)} &gt; 0]", f"{w.opnd(dv)}·[{w.num(u)} {rel} 0]",
            f"{w.opnd(dv)}·{int(u > 0)}"]


def _leaky_rhs(dv, u, layer, w, d_sym, sub):
    if u > 0:
        factor = ("1", Q.translate("StepFormula", "because %1 > 0").replace("%1", w.num(u)))
    else:
        alpha = getattr(layer, "alpha", 0.01)
        why = Q.translate("StepFormula", "α, because %1 ≤ 0").replace("%1", w.num(u))
        factor = (w.num(alpha), why)
    return [f"{d_sym}·{factor[0]} ({factor[1]})"]


def _sigmoid_rhs(dv, z, layer, w, d_sym, sub):
    z_sym = w.sub("z", sub)
    return [f"{d_sym}·(1 − {z_sym})·{z_sym}", f"{w.opnd(dv)}·(1 − {w.opnd(z)})·{w.opnd(z)}"]


def _tanh_rhs(dv, z, layer, w, d_sym, sub):
    z_sym = w.sub("z", sub)
    return [f"{d_sym}·(1 − {z_sym}²)", f"{w.opnd(dv)}·(1 − {w.opnd(z)}²)"]


def _step_rhs(dv, u, layer, w, d_sym, sub):
    return [f"{d_sym}·0", f"{w.opnd(dv)}·0"]


def _dropout_rhs(dv, m, layer, w, d_sym, sub):
    return [f"{d_sym}·{w.sub('m', sub)}", f"{w.opnd(dv)}·{m:g}"]


def _batchnorm(record, a, slot, idx, w: Writer, layer) -> Formula:
    dout, xhat, gamma = a["dout"], a["xhat"], a["gamma"]
    N = dout.shape[0]
    general = [f"∂L/∂x = (N·{DHAT} − Σ{DHAT} − {XHAT}·Σ({DHAT}⊙{XHAT})) / (N√(σ² + ε)), "
               f"&nbsp; {DHAT} = γδ",
               f"∂L/∂γ = Σ<sub>n</sub> δ⊙{XHAT}", "∂L/∂β = Σ<sub>n</sub> δ"]
    if slot in ("grad.gamma", "grad.beta"):
        (j,) = idx
        if slot == "grad.gamma":
            sym, nums = terms(N, lambda n: f"{w.sub(DELTA, w.n(n, j))}·{w.sub(XHAT, w.n(n, j))}",
                              lambda n: f"{w.opnd(dout[n, j])}·{w.opnd(xhat[n, j])}")
            worked = line(w.hl(w.sub("∂L/∂γ", (j,))), sym, nums, w.hl(w.num(a[slot][j])))
            involved = {"dout": [(n, j) for n in range(N)], "xhat": [(n, j) for n in range(N)]}
            return Formula(_parts(general, 1, w), worked, involved)
        sym, nums = terms(N, lambda n: w.sub(DELTA, w.n(n, j)), lambda n: w.opnd(dout[n, j]))
        worked = line(w.hl(w.sub("∂L/∂β", (j,))), sym, nums, w.hl(w.num(a[slot][j])))
        return Formula(_parts(general, 2, w), worked, {"dout": [(n, j) for n in range(N)]})
    n, j = idx
    dhat = gamma[j] * dout[:, j]
    s1, s2 = float(dhat.sum()), float(np.sum(dhat * xhat[:, j]))
    eps = getattr(layer, "eps", 1e-7)
    # σ from x̂ is not recoverable when N = 1; the layer keeps it, so ask the layer.
    std = getattr(layer, "std", None)
    known = std is not None and np.ndim(std) == 1 and j < len(std)
    std_j = float(std[j]) if known else float("nan")
    worked = line(w.hl(w.sub("∂L/∂x", w.n(n, j))),
                  f"({N}·{w.opnd(dhat[n])} − {w.opnd(s1)} − {w.opnd(xhat[n, j])}·{w.opnd(s2)})"
                  f" / ({N}·{w.num(std_j)})",
                  w.hl(w.num(a["dx"][n, j])))
    sizes = Q.translate("StepFormula", "(√(σ² + ε) = %1, ε = %2)")
    worked += " &nbsp; " + sizes.replace("%1", w.num(std_j)).replace("%2", f"{eps:g}")
    involved = {"dout": [(k, j) for k in range(N)], "xhat": [(k, j) for k in range(N)],
                "gamma": [(j,)]}
    return Formula(_parts(general, 0, w), worked, involved)


def _flatten(record, a, slot, idx, w: Writer, layer) -> Formula:
    shape = a["dx"].shape
    flat = int(np.ravel_multi_index(idx[1:], shape[1:]))
    src = (idx[0], flat)
    worked = line(w.hl(w.sub("∂L/∂x", idx)), w.sub(DELTA, src), w.hl(w.num(a["dx"][idx])))
    return Formula("∂L/∂x = reshape(δ)", worked, {"dout": [src]})


# Backward formula key (``LayerType.formula[1]``) → builder(record, arrays, focused slot, index,
# writer, layer).
BUILDERS = {
    "Affine": _affine,
    "ReLU": _pointwise(lambda: "∂L/∂u = δ ⊙ [u &gt; 0]", _relu_rhs),
    "LeakyReLU": _pointwise(lambda: "∂L/∂u = δ ⊙ (1 (u &gt; 0), α (u ≤ 0))", _leaky_rhs),
    "Sigmoid": _pointwise(lambda: "∂L/∂u = δ ⊙ (1 − z) z &nbsp; " + Q.translate(
        "StepFormula", "(σ′(u) = (1 − σ(u)) σ(u), at most 0.25)"), _sigmoid_rhs, reads="out"),
    "Tanh": _pointwise(lambda: "∂L/∂u = δ ⊙ (1 − z²)", _tanh_rhs, reads="out"),
    "Step": _pointwise(lambda: "∂L/∂u = δ ⊙ 0 = 0 &nbsp; " + Q.translate(
        "StepFormula", "(the step function is flat)"), _step_rhs),
    "Dropout": _pointwise(lambda: "∂L/∂x = δ ⊙ m &nbsp; " + Q.translate(
        "StepFormula", "(the same units as in the forward pass)"), _dropout_rhs, reads="mask"),
    "BatchNorm": _batchnorm,
    "Flatten": _flatten,
    "Convolution": conv_backward,
    "Pooling": pool_backward,
    "SoftmaxWithLoss": _head,
    "SigmoidWithLoss": _head,
    "IdentityWithLoss": _head,
}
