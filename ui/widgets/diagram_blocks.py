"""Block drawing for NetworkDiagram: one labelled box per layer, for nets too big for neurons.

A box's height grows with the logarithm of its output size (784 → 100 → 10 narrows visibly);
its colour is the layer's group (layers, activations, regularisation, output).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from ..theme import ERROR, FAINT, TEXT_SOFT, pale
from .icons import problem_icon
from .layer_style import category, colour, format_count, format_shape, input_shape

_WIDTH = {"Input": 0.95, "layers": 1.3, "output": 1.35}
_MAX_UNIT = 128.0  # px per width unit: blocks stop growing beyond this
_ARROW = 30.0


class BlockPainter:
    """Paints a spec as a left-to-right chain of boxes; returns their hit areas."""

    def __init__(self, painter: QPainter, font: QFont, highlight: int | None,
                 highlight_colour: QColor, problems: set[int]):
        self.p = painter
        self.font = QFont(font)
        self.highlight = highlight
        self.highlight_colour = highlight_colour
        self.problems = problems
        self.drawn: list[str] = []  # every label as painted (a cut one would end with "…")

    def paint(self, area: QRectF, spec) -> list[tuple[QRectF, int]]:
        shapes = [input_shape(spec)] + spec.output_shapes()
        counts = [0] + spec.param_counts()
        kinds = ["Input"] + [layer.type for layer in spec.layers]
        weights = [_WIDTH.get(k if k == "Input" else category(k), 1.0) for k in kinds]
        n = len(kinds)
        texts = [(self._title(i - 1, kind), self._lines(i - 1, kind, shapes, counts, spec))
                 for i, kind in enumerate(kinds)]
        need = [natural_width(self.font, title, lines) + 10 for title, lines in texts]
        widths, arrow = box_widths(area.width(), weights, need)
        total = sum(widths) + arrow * (n - 1)
        x = area.left() + max(0.0, (area.width() - total) / 2)
        sizes = [math.prod(s) if isinstance(s, tuple) and s else 0 for s in shapes]
        biggest = max([s for s in sizes if s] or [1])
        cy = area.center().y()
        min_h = min(area.height(), max(64.0, QFontMetricsF(self.font).height() * 3.6))
        max_h = area.height() - 16
        hits = []
        previous: QRectF | None = None
        for i, kind in enumerate(kinds):
            w = widths[i]
            size = sizes[i]
            frac = math.log(size + 1) / math.log(biggest + 1) if size and biggest > 1 else 0.5
            h = min_h + (max(min_h, max_h) - min_h) * frac
            rect = QRectF(x, cy - h / 2, w, h)
            if previous is not None:
                self._arrow(QPointF(previous.right() + 3, cy), QPointF(rect.left() - 3, cy))
            self._box(rect, i - 1, kind, *texts[i])
            hits.append((rect.adjusted(-4, -4, 4, 4), i - 1))
            previous = rect
            x += w + arrow
        return hits

    @staticmethod
    def _title(index: int, kind) -> str:
        return QCoreApplication.translate("NetworkDiagram", "Input") if index == -1 else str(kind)

    def _box(self, rect: QRectF, index: int, kind, title: str, lines: list[str]) -> None:
        p = self.p
        is_input = index == -1
        base = QColor(FAINT) if is_input else colour(kind)
        if index == self.highlight:
            glow = QColor(self.highlight_colour)
            glow.setAlpha(40)
            p.setPen(QPen(self.highlight_colour, 2.5))
            p.setBrush(glow)
            p.drawRoundedRect(rect.adjusted(-6, -6, 6, 6), 10, 10)
        is_head = not is_input and category(kind) == "output"
        p.setPen(QPen(base, 2.4 if is_head else 1.5))
        p.setBrush(pale(base, 0.78 if is_head else 0.86))
        p.drawRoundedRect(rect, 7, 7)
        if index in self.problems:
            p.setPen(QPen(ERROR, 1.8, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 8, 8)
            icon = problem_icon().pixmap(16, 16)
            p.drawPixmap(QPointF(rect.right() - 18, rect.top() + 3), icon)
        self._text(rect, title, lines, base)

    def _lines(self, index: int, kind, shapes, counts, spec) -> list[str]:
        shape = shapes[index + 1]
        if index == -1:
            return [format_shape(shape)]
        layer = spec.layers[index]
        if kind == "Affine":
            lines = [f"{format_shape(shapes[index])}→{format_shape(shape)}"]
            if counts[index + 1]:
                lines.append(QCoreApplication.translate("NetworkDiagram", "%1 params").replace("%1", format_count(counts[index + 1])))
            return lines
        if kind == "Convolution":  # "30@5×5", its C×H×W output and its parameters
            size = layer.get("size")
            lines = [f"{layer.get('filters')}@{size}×{size}", format_shape(shape)]
            if counts[index + 1]:
                lines.append(QCoreApplication.translate("NetworkDiagram", "%1 params").replace(
                    "%1", format_count(counts[index + 1])))
            return lines
        if kind == "Pooling":
            size = layer.get("size")
            text = QCoreApplication.translate("NetworkDiagram", "max %1×%1/%2")
            return [text.replace("%1", str(size)).replace("%2", str(layer.get("stride"))),
                    format_shape(shape)]
        if kind == "Dropout":
            return [f"p = {layer.get('ratio')}", format_shape(shape)]
        if kind == "LeakyReLU":
            return [f"α = {layer.get('alpha')}", format_shape(shape)]
        return [format_shape(shape)]

    def _text(self, rect: QRectF, title: str, lines: list[str], base: QColor) -> None:
        """Title and detail lines whole: at the usual size when they fit, else split into more
        lines ("Softmax" / "WithLoss", "パラメータ" / "200,960"), then a smaller font; elided only
        when nothing fits (the box's tooltip still has every word)."""
        p = self.p
        inner = rect.width() - 8
        bold, small, title_lines, detail = fit_text(self.font, title, lines, inner,
                                                    rect.height() - 6)
        fb, fs = QFontMetricsF(bold), QFontMetricsF(small)
        block_h = fb.height() * len(title_lines) + fs.height() * len(detail) + 2
        y = rect.center().y() - block_h / 2
        p.setFont(bold)
        p.setPen(base.darker(150))
        for t in title_lines:
            p.drawText(QRectF(rect.left() + 4, y, inner, fb.height()), Qt.AlignmentFlag.AlignCenter,
                       self._record(t, fb, inner))
            y += fb.height()
        y += 2
        p.setFont(small)
        p.setPen(TEXT_SOFT)
        for t in detail:
            p.drawText(QRectF(rect.left() + 4, y, inner, fs.height()), Qt.AlignmentFlag.AlignCenter,
                       self._record(t, fs, inner))
            y += fs.height()

    def _record(self, text: str, fm: QFontMetricsF, width: float) -> str:
        """The text as drawn (elided only if it cannot fit), noted for tests and tooltips."""
        shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
        self.drawn.append(shown)
        return shown

    def _arrow(self, a: QPointF, b: QPointF) -> None:
        p = self.p
        pen = QPen(FAINT, 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QLineF(a, QPointF(b.x() - 6, b.y())))
        p.setBrush(FAINT)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawPolygon(QPolygonF([b, QPointF(b.x() - 8, b.y() - 4.5), QPointF(b.x() - 8, b.y() + 4.5)]))


MIN_POINT_SIZE = 6.5
_MIN_ARROW = 14.0


def box_widths(avail: float, weights: list[float], need: list[float]) -> tuple[list[float], float]:
    """Each box's width and the arrow length between boxes, in ``avail`` px.

    Boxes are as wide as their group's weight says (Affine wider than ReLU), but never narrower
    than their own labels (``need``, "Convolution", "30×24×24") while the row has room: the arrows
    shorten first (down to _MIN_ARROW), then the spare width is shared by weight. Only when even
    that cannot hold every label are all boxes scaled down alike (and fit_text shrinks the font)."""
    n = len(weights)
    arrow = _ARROW
    if n > 1 and sum(need) + arrow * (n - 1) > avail:
        arrow = max(_MIN_ARROW, (avail - sum(need)) / (n - 1))
    free = avail - arrow * (n - 1)
    unit = max(24.0, min(free / sum(weights), _MAX_UNIT))
    widths = [max(unit * w, nd) for w, nd in zip(weights, need)]
    if sum(widths) <= free:
        return widths, arrow
    if sum(need) >= free:
        return [nd * free / sum(need) for nd in need], arrow
    extra = free - sum(need)
    return [nd + extra * w / sum(weights) for w, nd in zip(weights, need)], arrow


def natural_width(font: QFont, title: str, lines: list[str]) -> float:
    """The widest of a box's lines at the usual size: the title bold (a long one, such as
    "SoftmaxWithLoss", split in two as fit_text does; "ReLU" and "Convolution" whole), the detail
    lines half a point smaller."""
    size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
    bold = QFont(font)
    bold.setBold(True)
    bold.setPointSizeF(size)
    small = QFont(font)
    small.setPointSizeF(max(MIN_POINT_SIZE, size - 0.5))
    fb, fs = QFontMetricsF(bold), QFontMetricsF(small)
    options = [[title]] + ([split_title(title)] if len(title) > 12 else [])
    title_w = min(max(fb.horizontalAdvance(t) for t in parts) for parts in options)
    return max([title_w] + [fs.horizontalAdvance(t) for t in lines])


def split_title(title: str) -> list[str]:
    """"SoftmaxWithLoss" → ["Softmax", "WithLoss"]; "BatchNorm" → ["Batch", "Norm"]; a name with
    no capital inside stays one piece."""
    if "With" in title[1:]:
        head, tail = title.split("With", 1)
        if head:
            return [head, "With" + tail]
    caps = [i for i, ch in enumerate(title) if i > 0 and ch.isupper()]
    if not caps:
        return [title]
    cut = min(caps, key=lambda i: abs(i - len(title) / 2))
    return [title[:cut], title[cut:]]


def wrap_words(text: str, fm: QFontMetricsF, width: float) -> list[str]:
    """Greedy word wrap at spaces (a word wider than ``width`` keeps its own line)."""
    words = text.split(" ")
    lines = [words[0]]
    for word in words[1:]:
        trial = lines[-1] + " " + word
        if fm.horizontalAdvance(trial) <= width:
            lines[-1] = trial
        else:
            lines.append(word)
    return lines


def fit_text(font: QFont, title: str, lines: list[str], width: float,
             height: float) -> tuple[QFont, QFont, list[str], list[str]]:
    """Fonts and lines that show ``title`` (bold) and ``lines`` whole in width × height.

    Tries the usual size first, splitting a long title at "With" or a capital and wrapping detail
    lines at spaces; then steps the size down to MIN_POINT_SIZE. Returns the best found (at the
    smallest size, where the painter elides what still does not fit)."""
    size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
    while True:
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(size)
        small = QFont(font)
        small.setPointSizeF(max(MIN_POINT_SIZE, size - 0.5))
        fb, fs = QFontMetricsF(bold), QFontMetricsF(small)
        title_lines = [title] if fb.horizontalAdvance(title) <= width else split_title(title)
        detail = [part for t in lines for part in
                  ([t] if fs.horizontalAdvance(t) <= width else wrap_words(t, fs, width))]
        wide = max([fb.horizontalAdvance(t) for t in title_lines]
                   + [fs.horizontalAdvance(t) for t in detail])
        tall = fb.height() * len(title_lines) + fs.height() * len(detail) + 2
        if (wide <= width and tall <= height) or size <= MIN_POINT_SIZE:
            return bold, small, title_lines, detail
        size = max(MIN_POINT_SIZE, size - 0.5)
