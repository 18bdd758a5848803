"""Backward formulas: δ arrives from above, the layer passes ∂L/∂x down and keeps ∂L/∂θ.

    heads       ∂L/∂u = (y − t) / N
    Affine      ∂L/∂x = δ·Wᵀ,  ∂L/∂W = xᵀ·δ,  ∂L/∂b = Σₙ δ
    ReLU        ∂L/∂u = δ ⊙ [u > 0]           Sigmoid   ∂L/∂u = δ ⊙ (1 − z) z
    LeakyReLU   ∂L/∂u = δ ⊙ (1 or α)          Tanh      ∂L/∂u = δ ⊙ (1 − z²)
    Step        ∂L/∂u = δ ⊙ 0 = 0             Dropout   ∂L/∂x = δ ⊙ m
    BatchNorm   ∂L/∂β = Σδ, ∂L/∂γ = Σ δ⊙x̂, ∂L/∂x = (N·d − Σd − x̂·Σ(d⊙x̂)) / (N√(σ² + ε)), d = γδ
    Flatten     ∂L/∂x = reshape(δ)
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication as Q

from ..slots import HEADS
from .writer import DHAT, XHAT, Formula, Writer, line, terms

DELTA = "δ"


def build(record, a: dict[str, np.ndarray], focus, w: Writer, layer) -> Formula:
    t = record.layer_type
    key, idx = focus if focus else ("dx", (0,) * a["dx"].ndim)
    idx = tuple(idx)
    if t in HEADS:
        return _head(record, a, idx, w)
    if t == "Affine":
        return _affine(a, key, idx, w)
    if t == "BatchNorm":
        return _batchnorm(a, key, idx, w, layer)
    if t == "Flatten":
        return _flatten(a, idx, w)
    if t in _ELEMENTWISE:
        return _elementwise(t, a, idx, w, layer)
    return Formula(Q.translate("StepFormula", "%1: no formula to show").replace("%1", t))


def _parts(general: list[str], chosen: int, w: Writer) -> str:
    """The layer's formulas side by side, the one being worked out in the phase colour."""
    return " , &nbsp; ".join(w.hl(g) if i == chosen else g for i, g in enumerate(general))


def _head(record, a, idx, w: Writer) -> Formula:
    y, dx = a["out"], a["dx"]
    N = y.shape[0]
    t = a.get("t")
    sub = w.n(*idx)
    if t is not None and t.ndim == 1 and y.ndim == 2 and record.layer_type == "SoftmaxWithLoss":
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


def _affine(a, key, idx, w: Writer) -> Formula:
    dout, x, W = a["dout"], a["x"], a["W"]
    N = dout.shape[0]
    general = ["∂L/∂x = δ·W<sup>T</sup>", "∂L/∂W = x<sup>T</sup>·δ", "∂L/∂b = Σ<sub>n</sub> δ"]
    if key == "grad.W":
        i, j = idx
        sym, nums = terms(N, lambda n: f"{w.sub('x', w.n(n, i))}·{w.sub(DELTA, w.n(n, j))}",
                          lambda n: f"{w.opnd(x[n, i])}·{w.opnd(dout[n, j])}")
        worked = line(w.hl(w.sub("∂L/∂W", (i, j))), sym, nums, w.hl(w.num(a["grad.W"][i, j])))
        involved = {"x": [(n, i) for n in range(N)], "dout": [(n, j) for n in range(N)]}
        return Formula(_parts(general, 1, w), worked, involved)
    if key == "grad.b":
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


_ELEMENTWISE = {"ReLU", "LeakyReLU", "Sigmoid", "Tanh", "Step", "Dropout"}


def _elementwise(t, a, idx, w: Writer, layer) -> Formula:
    s_in = "x" if t == "Dropout" else "u"
    sub = w.n(*idx) if len(idx) == 2 else idx
    d_sym = w.sub(DELTA, sub)
    dv = float(a["dout"][idx])
    lhs = w.hl(w.sub(f"∂L/∂{s_in}", sub))
    result = w.hl(w.num(a["dx"][idx]))
    involved = {"dout": [idx]}
    if t == "ReLU":
        u = float(a["x"][idx])
        rel = ">" if u > 0 else "≤"
        general = "∂L/∂u = δ ⊙ [u &gt; 0]"
        worked = line(lhs, f"{d_sym}·[{w.sub('u', sub)} &gt; 0]",
                      f"{w.opnd(dv)}·[{w.num(u)} {rel} 0]", f"{w.opnd(dv)}·{int(u > 0)}", result)
        involved["x"] = [idx]
    elif t == "LeakyReLU":
        u = float(a["x"][idx])
        alpha = getattr(layer, "alpha", 0.01)
        general = "∂L/∂u = δ ⊙ (1 (u &gt; 0), α (u ≤ 0))"
        if u > 0:
            factor = ("1", Q.translate("StepFormula", "because %1 > 0").replace("%1", w.num(u)))
        else:
            why = Q.translate("StepFormula", "α, because %1 ≤ 0").replace("%1", w.num(u))
            factor = (w.num(alpha), why)
        worked = line(lhs, f"{d_sym}·{factor[0]} ({factor[1]})", result)
        involved["x"] = [idx]
    elif t == "Sigmoid":
        z = float(a["out"][idx])
        z_sym = w.sub("z", sub)
        general = "∂L/∂u = δ ⊙ (1 − z) z &nbsp; " + Q.translate(
            "StepFormula", "(σ′(u) = (1 − σ(u)) σ(u), at most 0.25)")
        worked = line(lhs, f"{d_sym}·(1 − {z_sym})·{z_sym}",
                      f"{w.opnd(dv)}·(1 − {w.opnd(z)})·{w.opnd(z)}", result)
        involved["out"] = [idx]
    elif t == "Tanh":
        z = float(a["out"][idx])
        z_sym = w.sub("z", sub)
        general = "∂L/∂u = δ ⊙ (1 − z²)"
        worked = line(lhs, f"{d_sym}·(1 − {z_sym}²)", f"{w.opnd(dv)}·(1 − {w.opnd(z)}²)", result)
        involved["out"] = [idx]
    elif t == "Step":
        general = "∂L/∂u = δ ⊙ 0 = 0 &nbsp; " + Q.translate(
            "StepFormula", "(the step function is flat)")
        worked = line(lhs, f"{d_sym}·0", f"{w.opnd(dv)}·0", result)
        involved["x"] = [idx]
    else:  # Dropout
        m = float(a["mask"][idx])
        general = "∂L/∂x = δ ⊙ m &nbsp; " + Q.translate(
            "StepFormula", "(the same units as in the forward pass)")
        worked = line(lhs, f"{d_sym}·{w.sub('m', sub)}", f"{w.opnd(dv)}·{m:g}", result)
        involved["mask"] = [idx]
    return Formula(general, worked, involved)


def _batchnorm(a, key, idx, w: Writer, layer) -> Formula:
    dout, xhat, gamma = a["dout"], a["xhat"], a["gamma"]
    N = dout.shape[0]
    general = [f"∂L/∂x = (N·{DHAT} − Σ{DHAT} − {XHAT}·Σ({DHAT}⊙{XHAT})) / (N√(σ² + ε)), "
               f"&nbsp; {DHAT} = γδ",
               f"∂L/∂γ = Σ<sub>n</sub> δ⊙{XHAT}", "∂L/∂β = Σ<sub>n</sub> δ"]
    if key in ("grad.gamma", "grad.beta"):
        (j,) = idx
        if key == "grad.gamma":
            sym, nums = terms(N, lambda n: f"{w.sub(DELTA, w.n(n, j))}·{w.sub(XHAT, w.n(n, j))}",
                              lambda n: f"{w.opnd(dout[n, j])}·{w.opnd(xhat[n, j])}")
            worked = line(w.hl(w.sub("∂L/∂γ", (j,))), sym, nums, w.hl(w.num(a[key][j])))
            involved = {"dout": [(n, j) for n in range(N)], "xhat": [(n, j) for n in range(N)]}
            return Formula(_parts(general, 1, w), worked, involved)
        sym, nums = terms(N, lambda n: w.sub(DELTA, w.n(n, j)), lambda n: w.opnd(dout[n, j]))
        worked = line(w.hl(w.sub("∂L/∂β", (j,))), sym, nums, w.hl(w.num(a[key][j])))
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


def _flatten(a, idx, w: Writer) -> Formula:
    shape = a["dx"].shape
    flat = int(np.ravel_multi_index(idx[1:], shape[1:]))
    src = (idx[0], flat)
    worked = line(w.hl(w.sub("∂L/∂x", idx)), w.sub(DELTA, src), w.hl(w.num(a["dx"][idx])))
    return Formula("∂L/∂x = reshape(δ)", worked, {"dout": [src]})
