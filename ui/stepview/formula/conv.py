"""Convolution and max pooling formulas, worked out for one element (the book's ch. 7).

    Convolution  u[f, i, j] = Σ_{c, p, q} x̃[c, iS + p, jS + q] · W[f, c, p, q] + b[f]
                 = 1·2 + 2·0 + 3·1 + 0·0 + 1·1 + 2·2 + 3·1 + 0·0 + 1·2 = 15
    backward     ∂L/∂W[f, c, p, q] = Σ_{n, i, j} δ[n, f, i, j] · x̃[n, c, iS + p, jS + q]
                 ∂L/∂b[f] = Σ_{n, i, j} δ[n, f, i, j]
                 ∂L/∂x[n, c, h, w] = Σ δ[n, f, i, j] · W[f, c, p, q] over h + P = iS + p, w + P = jS + q
    Pooling      z[c, i, j] = max of the window;  ∂L/∂x = δ at the window's maximum, 0 elsewhere

x̃ is x with P zeros of padding around it; the elements of the sum (the receptive field) come from
``nnlab.receptive_field`` and are the ones the step view lights up.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication as Q

from nnlab.receptive_field import (
    conv_dw_terms,
    conv_dx_terms,
    pool_window,
    pool_winner,
    receptive_field,
)

from ...theme import HINT
from .writer import Formula, Writer, line, terms

DELTA = "δ"
FULL_TERMS = 12  # sums up to this long are written out in full (a 3×3 window, a 2×2×3 one)


def conv_geometry(layer) -> tuple[int, int]:
    """(stride, pad) of a Convolution or Pooling layer."""
    return int(getattr(layer, "stride", 1)), int(getattr(layer, "pad", 0))


def pool_size(layer) -> tuple[int, int]:
    h = int(getattr(layer, "pool_h", getattr(layer, "size", 2)))
    return h, int(getattr(layer, "pool_w", h))


def sum_of(count: int, symbolic, numeric, join: str = " + ", zero=None) -> tuple[str, str]:
    """Every term when there are few (the learner checks them by hand), else ``terms`` — of the
    nonzero terms only when ``zero(k)`` says which are 0 (a blank image has many)."""
    if count <= FULL_TERMS:
        return join.join(symbolic(k) for k in range(count)), join.join(numeric(k) for k in range(count))
    if zero is not None:
        ks = [k for k in range(count) if not zero(k)]
        if not ks:
            return "0", "0"
        sym, nums = terms(len(ks), lambda i: symbolic(ks[i]), lambda i: numeric(ks[i]), join)
        left = count - len(ks)
        note = Q.translate("StepFormula", "(%n zero terms left out)", None, left) if left else ""
        return sym, f"{nums} <span style='color:{HINT.name()}'>{note}</span>" if note else nums
    return terms(count, symbolic, numeric, join)


def _out_sub(w: Writer, idx: tuple[int, ...]) -> tuple[int, ...]:
    return idx if w.batch > 1 else idx[1:]


def _size_line(x_shape, fh: int, stride: int, pad: int) -> str:
    h = x_shape[2]
    oh = (h + 2 * pad - fh) // stride + 1
    return (f"OH = (H + 2P − FH) / S + 1 = ({h} + 2·{pad} − {fh}) / {stride} + 1 = {oh}")


def conv_forward(record, a, idx, w: Writer, layer, train) -> Formula:
    x, W, b, out = a["x"], a["W"], a["b"], a["out"]
    stride, pad = conv_geometry(layer)
    s_out = w.symbols[1]
    pairs = receptive_field(x.shape, W.shape, stride, pad, idx)
    f = idx[1]

    def value(k):
        xi = pairs[k][0]
        return 0.0 if xi is None else x[xi]

    _, nums = sum_of(len(pairs), lambda k: "",
                     lambda k: f"{w.opnd(value(k))}·{w.opnd(W[pairs[k][1]])}",
                     zero=lambda k: value(k) == 0 or W[pairs[k][1]] == 0)
    bias = f" + {w.opnd(b[f])}" if b[f] != 0 else ""
    general = (f"{s_out}<sub>f,i,j</sub> = Σ<sub>c,p,q</sub> x<sub>c, iS+p, jS+q</sub>·"
               f"W<sub>f,c,p,q</sub> + b<sub>f</sub> &nbsp; (S = {stride}, P = {pad})"
               f"<br>{_size_line(x.shape, W.shape[2], stride, pad)}")
    worked = line(w.hl(w.sub(s_out, _out_sub(w, idx))), nums + bias, w.hl(w.num(out[idx])))
    involved = {"x": [xi for xi, _ in pairs if xi is not None], "W": [wi for _, wi in pairs],
                "b": [(f,)]}
    return Formula(general, worked, involved)


def pool_forward(record, a, idx, w: Writer, layer, train) -> Formula:
    x, out = a["x"], a["out"]
    stride, pad = conv_geometry(layer)
    ph, pw = pool_size(layer)
    window = pool_window(x.shape, ph, pw, stride, pad, idx)
    winner = pool_winner(x, ph, pw, stride, pad, idx)
    values = ", ".join(w.num(-np.inf if k is None else x[k]) for k in window)
    general = (f"z<sub>c,i,j</sub> = max<sub>p,q</sub> x<sub>c, iS+p, jS+q</sub> &nbsp; "
               f"({ph}×{pw}, S = {stride}, P = {pad})<br>{_size_line(x.shape, ph, stride, pad)}")
    worked = line(w.hl(w.sub("z", _out_sub(w, idx))), f"max({values})", w.hl(w.num(out[idx])))
    if winner is not None:
        where = ", ".join(str(i) for i in (winner if w.batch > 1 else winner[1:]))
        worked += " &nbsp; " + Q.translate("StepFormula", "(the maximum is x[%1], marked with a dot)") \
            .replace("%1", where)
    return Formula(general, worked, {"x": [k for k in window if k is not None]})


_CONV_BACK = ["∂L/∂x = Σ δ·W", "∂L/∂W = Σ<sub>n,i,j</sub> δ·x̃", "∂L/∂b = Σ<sub>n,i,j</sub> δ"]


def _parts(chosen: int, w: Writer) -> str:
    return " , &nbsp; ".join(w.hl(g) if i == chosen else g for i, g in enumerate(_CONV_BACK))


def conv_backward(record, a, slot, idx, w: Writer, layer) -> Formula:
    dout, x, W = a["dout"], a.get("x"), a["W"]
    stride, pad = conv_geometry(layer)
    if slot == "grad.b":
        (f,) = idx
        cells = list(np.ndindex(dout.shape[0], dout.shape[2], dout.shape[3]))
        def db_term(k):
            return dout[cells[k][0], f, cells[k][1], cells[k][2]]

        _, nums = sum_of(len(cells), lambda k: "", lambda k: w.opnd(db_term(k)),
                         zero=lambda k: db_term(k) == 0)
        worked = line(w.hl(w.sub("∂L/∂b", (f,))), nums, w.hl(w.num(a["grad.b"][f])))
        return Formula(_parts(2, w), worked, {"dout": [(n, f, i, j) for n, i, j in cells]})
    if slot == "grad.W" and x is not None:
        pairs = conv_dw_terms(x.shape, dout.shape, stride, pad, idx)
        def xv(k):
            return 0.0 if pairs[k][1] is None else x[pairs[k][1]]

        _, nums = sum_of(len(pairs), lambda k: "",
                         lambda k: f"{w.opnd(dout[pairs[k][0]])}·{w.opnd(xv(k))}",
                         zero=lambda k: dout[pairs[k][0]] == 0 or xv(k) == 0)
        worked = line(w.hl(w.sub("∂L/∂W", idx)), nums, w.hl(w.num(a["grad.W"][idx])))
        involved = {"dout": [d for d, _ in pairs], "x": [xi for _, xi in pairs if xi is not None]}
        return Formula(_parts(1, w), worked, involved)
    if slot == "dx":
        pairs = conv_dx_terms(a["dx"].shape, W.shape, dout.shape[2:], stride, pad, idx)
        _, nums = sum_of(len(pairs), lambda k: "",
                         lambda k: f"{w.opnd(dout[pairs[k][0]])}·{w.opnd(W[pairs[k][1]])}",
                         zero=lambda k: dout[pairs[k][0]] == 0 or W[pairs[k][1]] == 0)
        worked = line(w.hl(w.sub("∂L/∂x", _out_sub(w, idx))), nums or "0", w.hl(w.num(a["dx"][idx])))
        return Formula(_parts(0, w), worked, {"dout": [d for d, _ in pairs], "W": [k for _, k in pairs]})
    return Formula(_parts(1, w))


def pool_backward(record, a, slot, idx, w: Writer, layer) -> Formula:
    dout, x, dx = a["dout"], a.get("x"), a["dx"]
    stride, pad = conv_geometry(layer)
    ph, pw = pool_size(layer)
    general = "∂L/∂x = δ " + Q.translate(
        "StepFormula", "at the maximum of each window, 0 everywhere else (the gradient goes only "
                       "to the element that won)")
    if x is None or slot != "dx":
        return Formula(general)
    won = [o for o in np.ndindex(*dout.shape)
           if o[:2] == idx[:2] and pool_winner(x, ph, pw, stride, pad, o) == tuple(idx)]
    lhs = w.hl(w.sub("∂L/∂x", _out_sub(w, idx)))
    if not won:
        note = Q.translate("StepFormula", "(x[%1] is not the maximum of any window)").replace(
            "%1", ", ".join(map(str, _out_sub(w, idx))))
        return Formula(general, line(lhs, w.hl("0")) + " &nbsp; " + note)
    sym = " + ".join(w.sub(DELTA, _out_sub(w, o)) for o in won)
    nums = " + ".join(w.opnd(dout[o]) for o in won)
    worked = line(lhs, sym, nums if len(won) > 1 else "", w.hl(w.num(dx[idx])))
    return Formula(general, worked, {"dout": won, "x": [tuple(idx)]})
