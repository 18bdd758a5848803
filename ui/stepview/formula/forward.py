"""Forward formulas, by the layer's forward formula key (``LayerType.formula[0]``).

    Affine      u = xW + b                    Sigmoid   z = 1 / (1 + e^−u)
    ReLU        z = max(0, u)                 Tanh      z = tanh(u)
    LeakyReLU   z = u (u > 0), αu (u ≤ 0)     Step      z = 1 (u > 0), 0 (u ≤ 0)
    Dropout     z = u ⊙ m                      BatchNorm z = γ x̂ + β, x̂ = (x − μ)/√(σ² + ε)
    SoftmaxWithLoss   y = softmax(u), L = −(1/N) Σ t log y
    SigmoidWithLoss   y = σ(u),       L = −(1/N) Σ [t log y + (1 − t) log(1 − y)]
    IdentityWithLoss  y = u,          L = (1/N) Σ ½ Σₖ (y − t)²
    any other key     z = f(u), with the chosen element's input and output
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication as Q

from ..numbers import format_number
from ..slots import XHAT
from .conv import conv_forward, pool_forward
from .writer import Formula, Writer, line, lines, terms


def build(key: str, record, a: dict[str, np.ndarray], focus, w: Writer, layer,
          train: bool) -> Formula:
    """The forward formula ``key`` worked out for element ``focus`` of the output."""
    idx = tuple(focus[1]) if focus else (0,) * a["out"].ndim
    builder = BUILDERS.get(key, _general)
    return builder(record, a, idx, w, layer, train)


def _general(record, a, idx, w: Writer, layer, train) -> Formula:
    """z = f(u) for a key without a builder: the element's output, and its input if aligned."""
    s_in, s_out = w.symbols
    sub = w.element(idx)
    z = float(a["out"][idx])
    x = a.get("x")
    if x is not None and x.shape == a["out"].shape:
        worked = line(w.hl(w.sub(s_out, sub)), f"f({w.sub(s_in, sub)})", f"f({w.num(x[idx])})",
                      w.hl(w.num(z)))
        involved = {"x": [idx]}
    else:
        worked, involved = line(w.hl(w.sub(s_out, sub)), w.hl(w.num(z))), {}
    loss = line("L", w.hl(_loss_value(record))) if record.loss is not None else ""
    return Formula(f"{s_out} = f({s_in})", lines(worked, loss), involved)


def _affine(record, a, idx, w: Writer, layer, train) -> Formula:
    n, j = idx
    x, W, b = a["x"], a["W"], a["b"]
    general = (f"u = xW + b &nbsp;&nbsp;&nbsp; {w.sub('u', w.n('n', 'j'))} = "
               f"Σ<sub>i</sub> {w.sub('x', w.n('n', 'i'))}·W<sub>ij</sub> + b<sub>j</sub>")
    sym, nums = terms(x.shape[1],
                      lambda i: f"{w.sub('x', w.n(n, i))}·{w.sub('W', (i, j))}",
                      lambda i: f"{w.opnd(x[n, i])}·{w.opnd(W[i, j])}",
                      prefer=np.flatnonzero(x[n] * W[:, j]).tolist())  # not the 0·w terms
    out = a["out"][n, j]
    worked = line(w.hl(w.sub("u", w.n(n, j))), f"{sym} + {w.sub('b', (j,))}",
                  f"{nums} + {w.opnd(b[j])}", w.hl(w.num(out)))
    involved = {"x": [(n, i) for i in range(x.shape[1])], "W": [(i, j) for i in range(W.shape[0])],
                "b": [(j,)]}
    return Formula(general, worked, involved)


def _elementwise(general, worked_rhs):
    """A formula z = f(u) applied to one element: ``general()`` is the formula's text,
    ``worked_rhs(u, z, layer, writer, u_symbol)`` the middle parts of the worked line."""

    def build_one(record, a, idx, w: Writer, layer, train) -> Formula:
        s_in, s_out = w.symbols
        u = float(a["x"][idx])
        z = float(a["out"][idx])
        sub = w.element(idx)
        parts = worked_rhs(u, z, layer, w, w.sub(s_in, sub))
        worked = line(w.hl(w.sub(s_out, sub)), *parts, w.hl(w.num(z)))
        return Formula(general(), worked, {"x": [idx]})

    return build_one


def _relu_rhs(u, z, layer, w, u_sym):
    return [f"max(0, {u_sym})", f"max(0, {w.num(u)})"]


def _leaky_rhs(u, z, layer, w, u_sym):
    alpha = getattr(layer, "alpha", 0.01)
    if u > 0:
        why = Q.translate("StepFormula", "(because %1 > 0)").replace("%1", w.num(u))
        return [f"{u_sym} {why}"]
    return [f"α·{u_sym}", f"{w.num(alpha)}·{w.opnd(u)}"]


def _sigmoid_rhs(u, z, layer, w, u_sym):
    return [f"1 / (1 + e<sup>−{u_sym}</sup>)", f"1 / (1 + e<sup>{w.num(-u)}</sup>)"]


def _tanh_rhs(u, z, layer, w, u_sym):
    return [f"tanh({u_sym})", f"tanh({w.num(u)})"]


def _step_rhs(u, z, layer, w, u_sym):
    rel = ">" if u > 0 else "≤"
    return [f"[{u_sym} > 0]", f"[{w.num(u)} {rel} 0]"]


def _dropout_rhs(u, z, layer, w, u_sym):
    kept = z != 0 or u == 0
    note = Q.translate("StepFormula", "kept") if kept else Q.translate("StepFormula", "dropped")
    return [f"{u_sym}·m", f"{w.opnd(u)}·{1 if kept else 0} ({note})"]


def _batchnorm(record, a, idx, w: Writer, layer, train) -> Formula:
    n, j = idx
    x = a["x"][:, j]
    eps = getattr(layer, "eps", 1e-7)
    gamma, beta = a["gamma"][j], a["beta"][j]
    if train:
        mu, var = float(x.mean()), float(x.var())
        stats = Q.translate("StepFormula", "batch mean and variance")
    else:
        mu = float(layer.buffers["running_mean"][j])
        var = float(layer.buffers["running_var"][j])
        stats = Q.translate("StepFormula", "running mean and variance")
    xhat = (x[n] - mu) / math.sqrt(var + eps)
    general = (f"{XHAT} = (x − μ) / √(σ² + ε), &nbsp; z = γ{XHAT} + β &nbsp; "
               f"<i>({stats})</i>")
    first = line(f"{w.sub('μ', (j,))} = {w.num(mu)}, &nbsp; {w.sub('σ²', (j,))} = {w.num(var)}")
    second = line(w.hl(w.sub("z", w.n(n, j))),
                  f"{w.sub('γ', (j,))}·({w.sub('x', w.n(n, j))} − {w.sub('μ', (j,))}) / "
                  f"√({w.sub('σ²', (j,))} + ε) + {w.sub('β', (j,))}",
                  f"{w.num(gamma)}·({w.num(x[n])} − {w.opnd(mu)}) / √({w.num(var)} + {eps:g})"
                  f" + {w.opnd(beta)}",
                  f"{w.num(gamma)}·{w.opnd(xhat)} + {w.opnd(beta)}",
                  w.hl(w.num(a["out"][n, j])))
    involved = {"x": [(k, j) for k in range(a["x"].shape[0])], "gamma": [(j,)], "beta": [(j,)]}
    return Formula(general, lines(first, second), involved)


def _flatten(record, a, idx, w: Writer, layer, train) -> Formula:
    n, k = idx
    shape = a["x"].shape
    src = (n, *np.unravel_index(k, shape[1:]))
    general = "z = reshape(x): (N, " + "·".join("CHW"[: len(shape) - 1]) + ")"
    worked = line(w.hl(w.sub("z", (n, k))), w.sub("x", tuple(int(i) for i in src)),
                  w.hl(w.num(a["out"][n, k])))
    return Formula(general, worked, {"x": [tuple(int(i) for i in src)]})


# ---- heads -------------------------------------------------------------------------------------
def _loss_value(record) -> str:
    return format_number(record.loss) if record.loss is not None else "?"


def _softmax(record, a, idx, w: Writer, layer, train) -> Formula:
    n, k = idx
    u = a["x"]
    y = a["out"]
    K = u.shape[1]
    general = ("y<sub>k</sub> = e<sup>u<sub>k</sub></sup> / "
               "Σ<sub>j</sub> e<sup>u<sub>j</sub></sup>, &nbsp; "
               "L = −(1/N) Σ<sub>n</sub> Σ<sub>k</sub> t<sub>nk</sub> log y<sub>nk</sub>")
    row = u[n]
    shift = float(row.max()) if np.max(np.abs(row)) > 30 else 0.0
    shown = (lambda j: w.num(row[j] - shift)) if shift else (lambda j: w.num(row[j]))
    sym, nums = terms(K, lambda j: f"e<sup>{w.sub('u', w.n(n, j))}</sup>",
                      lambda j: f"e<sup>{shown(j)}</sup>")
    top = f"e<sup>{shown(k)}</sup>"
    y_line = line(w.hl(w.sub("y", w.n(n, k))), f"e<sup>{w.sub('u', w.n(n, k))}</sup> / ({sym})",
                  f"{top} / ({nums})", w.hl(w.num(y[n, k])))
    if shift:
        y_line += "<br>" + Q.translate(
            "StepFormula", "(computed as e<sup>u − C</sup> with C = max u = %1, so nothing "
                           "overflows)").replace("%1", w.num(shift))
    t = a.get("t")
    loss = _softmax_loss_line(t, y, w, record)
    involved = {"x": [(n, j) for j in range(K)]}
    if t is not None:
        involved["t"] = [(n,)] if t.ndim == 1 else [(n, j) for j in range(K)]
    return Formula(general, lines(y_line, loss), involved)


def _softmax_loss_line(t, y, w: Writer, record) -> str:
    if t is None:
        return ""
    N = y.shape[0]
    if t.ndim == 1:
        labels = t.astype(int)
    elif np.all((t == 0) | (t == 1)) and np.all(t.sum(axis=1) == 1):
        labels = t.argmax(axis=1)
    else:
        labels = None
    if labels is not None:
        sym, nums = terms(N, lambda m: f"log {w.sub('y', w.n(m, int(labels[m])))}",
                          lambda m: f"log {w.num(y[m, labels[m]])}")
        scale = "" if N == 1 else f"(1/{N})·"
        wrap = (lambda s: s) if N == 1 else (lambda s: f"({s})")
        return line("L", f"−{scale}{wrap(sym)}", f"−{scale}{wrap(nums)}", w.hl(_loss_value(record)))
    return line("L", "−(1/N) Σ t log y", w.hl(_loss_value(record)))


def _sigmoid_head(record, a, idx, w: Writer, layer, train) -> Formula:
    u, y = a["x"], a["out"]
    general = ("y = 1 / (1 + e<sup>−u</sup>), &nbsp; "
               "L = −(1/N) Σ [t log y + (1 − t) log(1 − y)]")
    sub = w.n(*idx)
    y_line = line(w.hl(w.sub("y", sub)), f"1 / (1 + e<sup>−{w.sub('u', sub)}</sup>)",
                  f"1 / (1 + e<sup>{w.num(-u[idx])}</sup>)", w.hl(w.num(y[idx])))
    t = a.get("t")
    loss = ""
    if t is not None:
        t = t.reshape(y.shape)
        flat = list(np.ndindex(*y.shape))
        sym, nums = terms(len(flat),
                          lambda m: f"[{w.sub('t', w.n(*flat[m]))} log "
                                    f"{w.sub('y', w.n(*flat[m]))} + "
                                    f"(1 − {w.sub('t', w.n(*flat[m]))}) log(1 − "
                                    f"{w.sub('y', w.n(*flat[m]))})]",
                          lambda m: f"[{w.num(t[flat[m]])}·log {w.num(y[flat[m]])} + "
                                    f"{w.num(1 - t[flat[m]])}·log {w.num(1 - y[flat[m]])}]")
        scale = "" if y.shape[0] == 1 else f"(1/{y.shape[0]})·"
        loss = line("L", f"−{scale}({sym})", f"−{scale}({nums})", w.hl(_loss_value(record)))
    involved = {"x": [idx]}
    if t is not None:
        involved["t"] = [idx] if a["t"].shape == y.shape else [(idx[0],)]
    return Formula(general, lines(y_line, loss), involved)


def _identity_head(record, a, idx, w: Writer, layer, train) -> Formula:
    u, y = a["x"], a["out"]
    general = ("y = u, &nbsp; L = (1/N) Σ<sub>n</sub> ½ Σ<sub>k</sub> "
               "(y<sub>nk</sub> − t<sub>nk</sub>)²")
    sub = w.n(*idx)
    y_line = line(w.hl(w.sub("y", sub)), w.sub("u", sub), w.hl(w.num(u[idx])))
    t = a.get("t")
    loss = ""
    if t is not None:
        t = t.reshape(y.shape)
        flat = list(np.ndindex(*y.shape))
        sym, nums = terms(len(flat),
                          lambda m: f"({w.sub('y', w.n(*flat[m]))} − {w.sub('t', w.n(*flat[m]))})²",
                          lambda m: f"({w.num(y[flat[m]])} − {w.opnd(t[flat[m]])})²")
        scale = "½" if y.shape[0] == 1 else f"(1/{y.shape[0]})·½"
        loss = line("L", f"{scale}[{sym}]", f"{scale}[{nums}]", w.hl(_loss_value(record)))
    involved = {"x": [idx]}
    if t is not None:
        involved["t"] = [idx] if a["t"].shape == y.shape else []
    return Formula(general, lines(y_line, loss), involved)


# Forward formula key (``LayerType.formula[0]``) → builder(record, arrays, index, writer, layer,
# train).
BUILDERS = {
    "Affine": _affine,
    "ReLU": _elementwise(lambda: "z = max(0, u)", _relu_rhs),
    "LeakyReLU": _elementwise(lambda: "z = u (u &gt; 0), &nbsp; z = αu (u ≤ 0)", _leaky_rhs),
    "Sigmoid": _elementwise(lambda: "z = σ(u) = 1 / (1 + e<sup>−u</sup>)", _sigmoid_rhs),
    "Tanh": _elementwise(lambda: "z = tanh(u) = (e<sup>u</sup> − e<sup>−u</sup>) / "
                                 "(e<sup>u</sup> + e<sup>−u</sup>)", _tanh_rhs),
    "Step": _elementwise(lambda: "z = 1 (u &gt; 0), &nbsp; z = 0 (u ≤ 0)", _step_rhs),
    "Dropout": _elementwise(lambda: "z = x ⊙ m &nbsp; " + Q.translate(
        "StepFormula", "(m = 1: kept, m = 0: dropped)"), _dropout_rhs),
    "BatchNorm": _batchnorm,
    "Flatten": _flatten,
    "Convolution": conv_forward,
    "Pooling": pool_forward,
    "SoftmaxWithLoss": _softmax,
    "SigmoidWithLoss": _sigmoid_head,
    "IdentityWithLoss": _identity_head,
}
