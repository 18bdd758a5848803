"""Lesson 12: the optimizers on the book's f(x, y) = x²/20 + y² (book 6.1.7, figure 6-8).

Every path is made by the engine's own optimizers (nnlab.optimizers) updating one 2-element
parameter p = (x, y) with ∇f = (x/10, 2y): what the learner steps is what trains their networks.
Each update is kept as an ``UpdateRecord`` — the point before and after, the gradient and the
optimizer's state before and after — and ``update_lines`` writes the update as the formula with
those numbers, in the course's symbols (ε for the learning rate, 学習率):

    SGD       p ← p − ε∇f
    Momentum  v ← αv − ε∇f;  p ← p + v
    Nesterov  v ← αv − ε∇f;  p ← p + α²v − (1 + α)ε∇f            (the book's form)
    AdaGrad   h ← h + ∇f⊙∇f;  p ← p − ε∇f / (√h + δ)
    RMSprop   h ← ρh + (1 − ρ)∇f⊙∇f;  p ← p − ε∇f / (√h + δ)
    Adam      m ← β₁m + (1 − β₁)∇f;  v ← β₂v + (1 − β₂)∇f⊙∇f;
              m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ);  p ← p − ε m̂ / (√v̂ + δ)

(δ = 10⁻⁷ keeps the division finite. The engine's Adam computes ε√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m/(√v + δ),
the book's form; it equals the bias-corrected line above up to where δ sits, 10⁻⁷ here.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..optimizers import Optimizer, make_optimizer
from .lesson import fmt

START = (-7.0, 2.0)
UPDATES = 30
FAR = 0.5  # f above this after 30 updates: the path has not got near the minimum (book rates: ≤ 0.11)
KEY = "p"  # the one parameter, p = (x, y); not a weight, so weight decay never touches it

NAMES = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
TITLES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "AdaGrad",
          "rmsprop": "RMSprop", "adam": "Adam"}
# The book's rates for figure 6-8 (ch06/optimizer_compare_naive.py); RMSprop and Nesterov are
# not in the figure, so they get rates that reach the minimum in 30 updates the same way.
BOOK_RATES = {"sgd": 0.95, "momentum": 0.1, "nesterov": 0.1, "adagrad": 1.5, "rmsprop": 0.15,
              "adam": 0.3}
STATE = {"sgd": (), "momentum": ("v",), "nesterov": ("v",), "adagrad": ("h",),
         "rmsprop": ("h",), "adam": ("m", "v")}


def f(x, y):
    """f(x, y) = x²/20 + y²: twenty times steeper in y than in x."""
    return np.asarray(x) ** 2 / 20.0 + np.asarray(y) ** 2


def gradient(p: np.ndarray) -> np.ndarray:
    """∇f = (∂f/∂x, ∂f/∂y) = (x/10, 2y)."""
    return np.array([p[0] / 10.0, 2.0 * p[1]])


@dataclass(frozen=True)
class UpdateRecord:
    """One update t (1, 2, …): p and the optimizer's state before and after, and ∇f at p."""

    name: str
    t: int
    before: np.ndarray
    grad: np.ndarray
    after: np.ndarray
    state_before: dict[str, np.ndarray]
    state_after: dict[str, np.ndarray]
    settings: dict[str, float]  # ε and the optimizer's constants (α, ρ, β₁, β₂)


def _state(opt: Optimizer, name: str) -> dict[str, np.ndarray]:
    out = {}
    for field in STATE[name]:
        arrays = getattr(opt, field)
        out[field] = arrays[KEY].copy() if KEY in arrays else np.zeros(2)
    return out


def _settings(opt: Optimizer) -> dict[str, float]:
    names = ("lr", "momentum", "decay_rate", "beta1", "beta2")
    return {n: float(getattr(opt, n)) for n in names if hasattr(opt, n)}


class OptimizerPath:
    """One optimizer walking f from ``START``; ``step()`` makes one update with the engine."""

    def __init__(self, name: str, lr: float | None = None, start=START, **options):
        if name not in NAMES:
            raise ValueError(f"unknown optimizer {name!r}; choose from {', '.join(NAMES)}")
        self.name = name
        self.lr = float(BOOK_RATES[name] if lr is None else lr)
        self.optimizer = make_optimizer(name, self.lr, **options)
        self.params = {KEY: np.array(start, dtype=np.float64)}
        self.points: list[np.ndarray] = [self.params[KEY].copy()]
        self.records: list[UpdateRecord] = []

    @property
    def t(self) -> int:
        return len(self.records)

    @property
    def point(self) -> np.ndarray:
        return self.points[-1]

    @property
    def diverged(self) -> bool:
        return not bool(np.all(np.isfinite(self.point))) or float(np.max(np.abs(self.point))) > 1e6

    def step(self) -> UpdateRecord | None:
        """One update p ← optimizer(p, ∇f(p)); None once the path has left the plane (diverged)."""
        if self.diverged:
            return None
        before = self.params[KEY].copy()
        grad = gradient(before)
        state_before = _state(self.optimizer, self.name)
        with np.errstate(over="ignore", invalid="ignore"):
            self.optimizer.update(self.params, {KEY: grad.copy()})
        record = UpdateRecord(self.name, self.t + 1, before, grad, self.params[KEY].copy(),
                              state_before, _state(self.optimizer, self.name),
                              _settings(self.optimizer))
        self.records.append(record)
        self.points.append(record.after)
        return record

    def run(self, updates: int = UPDATES) -> OptimizerPath:
        while self.t < updates and self.step() is not None:
            pass
        return self

    def xy(self) -> tuple[np.ndarray, np.ndarray]:
        pts = np.array(self.points)
        return pts[:, 0], pts[:, 1]


def all_paths(rates: dict[str, float] | None = None, updates: int = UPDATES) -> dict[str, OptimizerPath]:
    """Every optimizer's path, with the book's rates unless ``rates`` says otherwise."""
    rates = {**BOOK_RATES, **(rates or {})}
    return {name: OptimizerPath(name, rates[name]).run(updates) for name in NAMES}


# ---- the update written out with its numbers -----------------------------------------------------

def vec(a) -> str:
    """(−7, 2) — a 2-vector as the formula writes it."""
    return "(" + ", ".join(fmt(v) for v in np.asarray(a, dtype=np.float64)) + ")"


def update_lines(r: UpdateRecord) -> list[str]:
    """The update ``r`` as formula lines with its numbers (p = (x, y), ε = learning rate)."""
    s = r.settings
    eps = fmt(s["lr"])
    lines = [f"t = {r.t}:  ∇f(p) = (x/10, 2y) = {vec(r.grad)}"]
    g2 = r.grad * r.grad
    if r.name == "sgd":
        lines.append(f"p ← p − ε∇f = {vec(r.before)} − {eps}·{vec(r.grad)} = {vec(r.after)}")
    elif r.name in ("momentum", "nesterov"):
        a, v0, v1 = fmt(s["momentum"]), r.state_before["v"], r.state_after["v"]
        lines.append(f"v ← αv − ε∇f = {a}·{vec(v0)} − {eps}·{vec(r.grad)} = {vec(v1)}")
        if r.name == "momentum":
            lines.append(f"p ← p + v = {vec(r.before)} + {vec(v1)} = {vec(r.after)}")
        else:
            lines.append(f"p ← p + α²v − (1 + α)ε∇f = {vec(r.before)} + {fmt(s['momentum'] ** 2)}·"
                         f"{vec(v1)} − {fmt((1 + s['momentum']) * s['lr'])}·{vec(r.grad)} = {vec(r.after)}")
    elif r.name in ("adagrad", "rmsprop"):
        h0, h1 = r.state_before["h"], r.state_after["h"]
        if r.name == "adagrad":
            lines.append(f"h ← h + ∇f⊙∇f = {vec(h0)} + {vec(g2)} = {vec(h1)}")
        else:
            rho = fmt(s["decay_rate"])
            lines.append(f"h ← ρh + (1 − ρ)∇f⊙∇f = {rho}·{vec(h0)} + {fmt(1 - s['decay_rate'])}·"
                         f"{vec(g2)} = {vec(h1)}")
        lines.append(f"p ← p − ε∇f/(√h + δ) = {vec(r.before)} − {eps}·{vec(r.grad)}/{vec(np.sqrt(h1))}"
                     f" = {vec(r.after)}")
    else:
        lines.extend(_adam_lines(r, eps))
    return lines


def _adam_lines(r: UpdateRecord, eps: str) -> list[str]:
    s = r.settings
    b1, b2 = s["beta1"], s["beta2"]
    m0, m1 = r.state_before["m"], r.state_after["m"]
    v0, v1 = r.state_before["v"], r.state_after["v"]
    c1, c2 = 1.0 - b1 ** r.t, 1.0 - b2 ** r.t
    m_hat, v_hat = m1 / c1, v1 / c2
    return [
        f"m ← β₁m + (1 − β₁)∇f = {fmt(b1)}·{vec(m0)} + {fmt(1 - b1)}·{vec(r.grad)} = {vec(m1)}",
        f"v ← β₂v + (1 − β₂)∇f⊙∇f = {fmt(b2)}·{vec(v0)} + {fmt(1 - b2)}·{vec(r.grad * r.grad)}"
        f" = {vec(v1)}",
        f"m̂ = m/(1 − β₁ᵗ) = m/{fmt(c1)} = {vec(m_hat)},   v̂ = v/(1 − β₂ᵗ) = v/{fmt(c2)} = {vec(v_hat)}",
        f"p ← p − ε·m̂/(√v̂ + δ) = {vec(r.before)} − {eps}·{vec(m_hat)}/{vec(np.sqrt(v_hat))}"
        f" = {vec(r.after)}",
    ]


def rule_lines(name: str) -> list[str]:
    """The update rule in symbols (before any step has been taken)."""
    rules = {
        "sgd": ["p ← p − ε∇f"],
        "momentum": ["v ← αv − ε∇f", "p ← p + v"],
        "nesterov": ["v ← αv − ε∇f", "p ← p + α²v − (1 + α)ε∇f"],
        "adagrad": ["h ← h + ∇f⊙∇f", "p ← p − ε∇f/(√h + δ)"],
        "rmsprop": ["h ← ρh + (1 − ρ)∇f⊙∇f", "p ← p − ε∇f/(√h + δ)"],
        "adam": ["m ← β₁m + (1 − β₁)∇f", "v ← β₂v + (1 − β₂)∇f⊙∇f",
                 "m̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ)", "p ← p − ε·m̂/(√v̂ + δ)"],
    }
    return rules[name]


def gradient_field(x_range=(-10.0, 10.0), y_range=(-5.0, 5.0), n: int = 11) -> tuple[np.ndarray, ...]:
    """Grid points (x, y) and −∇f there (the direction SGD moves), for arrows (book figure 6-2):
    almost vertical except near y = 0, so SGD bounces across the valley instead of along it."""
    xs, ys = np.meshgrid(np.linspace(*x_range, n), np.linspace(*y_range, n))
    return xs.ravel(), ys.ravel(), -xs.ravel() / 10.0, -2.0 * ys.ravel()


def zigzag(path: OptimizerPath) -> int:
    """How many times the path crossed y = 0 (the valley floor): SGD's zigzag, counted."""
    _, y = path.xy()
    signs = np.sign(y[np.isfinite(y)])
    signs = signs[signs != 0]
    return int(np.sum(signs[1:] != signs[:-1]))


def verdict_numbers(paths: dict[str, OptimizerPath]) -> dict[str, tuple[float, float, int]]:
    """Per path: f at its last point, its distance to the minimum (0, 0), and its zigzags."""
    out = {}
    for name, path in paths.items():
        x, y = path.point
        out[name] = (float(f(x, y)), float(np.hypot(x, y)), zigzag(path))
    return out


def angle_to_minimum(point) -> float:
    """The angle in degrees between −∇f at ``point`` and the straight way to the minimum (0, 0):
    0° would lead straight there; at (−7, 2) it is 64°, so SGD's step goes mostly across."""
    p = np.asarray(point, dtype=np.float64)
    down, home = -gradient(p), -p
    norm = float(np.linalg.norm(down) * np.linalg.norm(home))
    if norm == 0 or not np.isfinite(norm):
        return 0.0
    return float(np.degrees(np.arccos(np.clip(np.dot(down, home) / norm, -1.0, 1.0))))


def contour(c: float, n: int = 181) -> tuple[np.ndarray, np.ndarray]:
    """The level line f = c: the ellipse x²/(20c) + y²/c = 1."""
    theta = np.linspace(0, 2 * np.pi, n)
    return np.sqrt(20 * c) * np.cos(theta), np.sqrt(c) * np.sin(theta)


def arrow_segments(scale: float = 0.35) -> tuple[np.ndarray, np.ndarray]:
    """``gradient_field``'s −∇f as line pairs to draw (a shaft and two head strokes per arrow);
    longer where the slope is steeper, capped so the arrows stay readable."""
    x, y, u, v = gradient_field()
    norm = np.hypot(u, v) + 1e-12
    length = scale * (0.4 + 0.6 * np.minimum(norm / 4.0, 1.0)) * 2.5
    dx, dy = u / norm * length, v / norm * length
    tx, ty = x + dx, y + dy
    xs, ys = [], []
    for sx, sy, ex, ey, ux, uy in zip(x, y, tx, ty, dx, dy):
        xs += [sx, ex]
        ys += [sy, ey]
        for turn in (2.6, -2.6):  # the head: two strokes turned back from the tip
            c, s = np.cos(turn), np.sin(turn)
            xs += [ex, ex + 0.3 * (c * ux - s * uy)]
            ys += [ey, ey + 0.3 * (s * ux + c * uy)]
    return np.array(xs), np.array(ys)
