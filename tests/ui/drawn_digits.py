"""Hand-drawn digits for the Draw tab's tests: strokes in unit coordinates, drawn with real mouse
events on the real canvas, in different sizes, places, slants and pen widths.

A digit is a list of strokes; a stroke is a polyline in the unit box (x right, y down, 0–1).
``curve`` turns a few key points into a smooth stroke (a Catmull-Rom spline through them), as a
hand moves; ``line`` keeps the corners (the bar of a 7, the stem of a 4).

Mouse drags offscreen: ``QTest.mouseMove`` carries no buttons, so the moves are sent as
``QMouseEvent(MouseMove, pos, global, NoButton, LeftButton, NoModifier)``, which is what a real
drag with the left button held delivers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

Stroke = list[tuple[float, float]]


def line(*points: tuple[float, float]) -> Stroke:
    return [tuple(map(float, p)) for p in points]


def curve(*points: tuple[float, float], closed: bool = False, samples: int = 10) -> Stroke:
    """A Catmull-Rom spline through ``points``, ``samples`` points per span."""
    pts = [np.asarray(p, float) for p in points]
    if closed:
        pts = [pts[-1], *pts, pts[0], pts[1]]
    else:
        pts = [2 * pts[0] - pts[1], *pts, 2 * pts[-1] - pts[-2]]
    out: Stroke = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for t in np.linspace(0, 1, samples, endpoint=False):
            q = 0.5 * ((2 * p1) + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
                       + (-p0 + 3 * p1 - 3 * p2 + p3) * t**3)
            out.append((float(q[0]), float(q[1])))
    out.append(tuple(map(float, pts[-2])))
    return out


def ellipse(cx: float, cy: float, rx: float, ry: float, start: float = 0.0,
            turn: float = 1.05) -> Stroke:
    """An oval drawn from angle ``start`` (0 = top) for ``turn`` turns, counter-clockwise."""
    angles = start - np.linspace(0, 2 * np.pi * turn, 48)
    return [(cx + rx * math.sin(a), cy - ry * math.cos(a)) for a in angles]


# Two to four ways to write each digit.
DIGITS: dict[int, list[list[Stroke]]] = {
    0: [[ellipse(0.5, 0.5, 0.3, 0.5)],
        [ellipse(0.5, 0.5, 0.36, 0.48, start=0.5, turn=1.0)]],
    1: [[line((0.5, 0.0), (0.5, 1.0))],
        [line((0.3, 0.2), (0.55, 0.0), (0.55, 1.0))],  # a long flag: half-way to a 7
        [line((0.42, 0.12), (0.56, 0.0), (0.56, 1.0))],
        [line((0.6, 0.0), (0.45, 1.0))]],
    2: [[curve((0.2, 0.25), (0.45, 0.02), (0.75, 0.15), (0.7, 0.45), (0.2, 1.0)),
         line((0.2, 1.0), (0.85, 0.98))],
        [curve((0.15, 0.2), (0.5, 0.0), (0.8, 0.25), (0.55, 0.6), (0.15, 0.98), (0.5, 0.92),
               (0.9, 0.98))]],
    3: [[curve((0.2, 0.12), (0.5, 0.0), (0.78, 0.15), (0.72, 0.38), (0.42, 0.48), (0.75, 0.58),
               (0.82, 0.82), (0.5, 1.0), (0.18, 0.88))],
        [curve((0.22, 0.05), (0.78, 0.05), (0.45, 0.42), (0.8, 0.62), (0.7, 0.92), (0.4, 1.0),
               (0.2, 0.9))]],
    4: [[line((0.6, 0.0), (0.15, 0.65), (0.85, 0.65)), line((0.66, 0.3), (0.66, 1.0))],
        [line((0.2, 0.0), (0.2, 0.55), (0.82, 0.55)), line((0.72, 0.0), (0.72, 1.0))]],
    5: [[line((0.8, 0.0), (0.28, 0.0), (0.24, 0.45)),
         curve((0.24, 0.45), (0.55, 0.38), (0.8, 0.6), (0.72, 0.9), (0.45, 1.0), (0.18, 0.9))],
        [curve((0.28, 0.02), (0.24, 0.45), (0.6, 0.4), (0.8, 0.68), (0.6, 0.97), (0.2, 0.92)),
         line((0.28, 0.02), (0.82, 0.0))]],
    6: [[curve((0.72, 0.0), (0.4, 0.2), (0.22, 0.6), (0.35, 0.95), (0.65, 0.95), (0.75, 0.68),
               (0.5, 0.5), (0.25, 0.65))],
        [curve((0.65, 0.02), (0.3, 0.35), (0.22, 0.75), (0.5, 1.0), (0.78, 0.8), (0.6, 0.55),
               (0.3, 0.62))]],
    7: [[line((0.12, 0.0), (0.85, 0.0), (0.38, 1.0))],
        [line((0.15, 0.05), (0.88, 0.0), (0.5, 1.0)), line((0.35, 0.52), (0.78, 0.48))],
        [line((0.12, 0.12), (0.18, 0.0), (0.85, 0.02), (0.45, 1.0))]],
    8: [[curve((0.7, 0.12), (0.5, 0.0), (0.28, 0.12), (0.32, 0.32), (0.5, 0.47), (0.76, 0.64),
               (0.72, 0.9), (0.5, 1.0), (0.26, 0.9), (0.26, 0.64), (0.5, 0.47), (0.68, 0.32),
               (0.7, 0.12))],
        [curve((0.5, 0.48), (0.25, 0.25), (0.5, 0.0), (0.75, 0.25), (0.5, 0.48), (0.22, 0.75),
               (0.5, 1.0), (0.78, 0.75), (0.5, 0.48))]],
    9: [[curve((0.75, 0.22), (0.5, 0.0), (0.25, 0.18), (0.32, 0.42), (0.6, 0.45), (0.75, 0.22)),
         line((0.75, 0.22), (0.7, 1.0))],
        [curve((0.72, 0.1), (0.45, 0.02), (0.25, 0.25), (0.45, 0.48), (0.72, 0.35), (0.75, 0.08),
               (0.72, 0.6), (0.6, 1.0))]],
}


@dataclass(frozen=True)
class Placement:
    """Where and how a digit is drawn: height as a fraction of the canvas, centre (fractions),
    slant (x shifts by slant·(½ − y), leaning right for slant > 0), width/height ``aspect``
    relative to the model strokes, a hand's ``wobble`` (amplitude in unit coordinates of a slow
    wave added to every point, phase from ``seed``) and pen width (ink pixels; None keeps it)."""

    size: float = 0.7
    cx: float = 0.5
    cy: float = 0.5
    slant: float = 0.0
    pen: float | None = None
    aspect: float = 1.0
    wobble: float = 0.0
    seed: int = 0


def place(strokes: list[Stroke], placement: Placement) -> list[Stroke]:
    """Strokes in canvas fractions (0–1 of the drawing area)."""
    rng = np.random.default_rng(placement.seed)
    out = []
    for stroke in strokes:
        phase = rng.uniform(0, 2 * np.pi, 4)
        moved = []
        for i, (x, y) in enumerate(stroke):
            s = i / max(len(stroke) - 1, 1)
            x += placement.wobble * (math.sin(5 * s + phase[0]) + 0.5 * math.sin(11 * s + phase[1]))
            y += placement.wobble * (math.sin(4 * s + phase[2]) + 0.5 * math.sin(13 * s + phase[3]))
            x = 0.5 + (x - 0.5) * placement.aspect + placement.slant * (0.5 - y)
            moved.append((placement.cx + (x - 0.5) * placement.size,
                          placement.cy + (y - 0.5) * placement.size))
        out.append(moved)
    return out


def densify(stroke: Stroke, step: float) -> Stroke:
    """Points no more than ``step`` apart, as a mouse reports a drag."""
    out = [stroke[0]]
    for (x0, y0), (x1, y1) in zip(stroke, stroke[1:]):
        n = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / step))
        out.extend((x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n) for i in range(1, n + 1))
    return out


def _send(widget, kind: QEvent.Type, pos: QPointF, button, buttons) -> None:
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(canvas, points: list[tuple[float, float]]) -> None:
    """Press at the first point, move through the rest with the left button held, release."""
    left = Qt.MouseButton.LeftButton
    pts = [QPointF(x, y) for x, y in points]
    _send(canvas, QEvent.Type.MouseButtonPress, pts[0], left, left)
    for p in pts[1:]:
        _send(canvas, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, left)
    _send(canvas, QEvent.Type.MouseButtonRelease, pts[-1], left, Qt.MouseButton.NoButton)


def draw_digit(canvas, strokes: list[Stroke], placement: Placement = Placement(),
               step_px: float = 5.0) -> None:
    """Draw a digit on a DrawingCanvas with mouse events (the canvas must have its size)."""
    if placement.pen is not None:
        canvas.set_pen_width(placement.pen)
    rect = canvas.drawing_rect()
    for stroke in place(strokes, placement):
        widget_points = [(rect.left() + x * rect.width(), rect.top() + y * rect.height())
                         for x, y in stroke]
        drag(canvas, densify(widget_points, step_px))


def varied_set(seed: int = 0, per_variant: int = 4) -> list[tuple[int, list[Stroke], Placement]]:
    """Every way of writing every digit, each ``per_variant`` times at random sizes, places,
    slants, widths, wobbles and pens (seeded: the same set every run)."""
    rng = np.random.default_rng(seed)
    out = []
    for digit, variants in DIGITS.items():
        for strokes in variants:
            for _ in range(per_variant):
                size = float(rng.uniform(0.45, 0.85))
                room = (1 - size) / 2 * 0.9
                out.append((digit, strokes, Placement(
                    size=size,
                    cx=float(0.5 + rng.uniform(-room, room)),
                    cy=float(0.5 + rng.uniform(-room, room)),
                    slant=float(rng.uniform(-0.15, 0.3)),
                    pen=float(rng.choice([16, 20, 23, 27, 30])),
                    aspect=float(rng.uniform(0.75, 1.25)),
                    wobble=float(rng.uniform(0.0, 0.03)),
                    seed=int(rng.integers(1 << 30)),
                )))
    return out
