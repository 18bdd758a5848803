"""A picture of a network: neurons and weights for small nets, labelled blocks for large ones.

Small nets (the input and every layer at most ``MAX_NEURONS`` units) are drawn like TensorFlow
Playground: one column of neurons per layer, Affine connections coloured by the sign of the
weight (blue positive, orange negative) with width proportional to ``|w| / max|w|`` of that
layer. Element-wise layers (activations, Dropout, BatchNorm, the head) connect one-to-one.
Larger nets are drawn as blocks ("Affine 784→100", "ReLU", "SoftmaxWithLoss 10").

API for the designer and the step-through view::

    diagram.set_spec(spec)                      # nnlab.NetworkSpec or None
    diagram.set_params(net.params)              # {"layers.<i>.W": (n_in, n_out), "layers.<i>.b": ...}
    diagram.set_values({-1: x, 0: u, 1: z})     # per-layer outputs of one sample (-1 is the input)
    diagram.highlight_layer(2, theme.BACKWARD)  # any QColor
    diagram.clear_highlight()
    diagram.layerClicked.connect(...)           # layer index, -1 for the input
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..theme import ACCENT, ERROR, FAINT, NEGATIVE, POSITIVE, TEXT, WHITE, mix, tint
from .diagram_blocks import BlockPainter, fit_text
from .layer_style import colour, format_count, format_shape, input_shape

MAX_NEURONS = 16
INPUT = -1


def neuron_mode(spec) -> bool:
    """True when every shape is known and has at most MAX_NEURONS units."""
    if spec is None or not spec.layers:
        return False
    shapes = [input_shape(spec)] + spec.output_shapes()
    return all(s is not None and 0 < math.prod(s) <= MAX_NEURONS for s in shapes)


def value_colour(v: float, scale: float) -> QColor:
    """Blue for positive, orange for negative, fading to white at zero."""
    t = 0.0 if scale <= 0 or not math.isfinite(v) else min(1.0, abs(v) / scale)
    base = POSITIVE if v >= 0 else NEGATIVE
    return mix(WHITE, base, t)


class NetworkDiagram(QWidget):
    """Draws a NetworkSpec; highlight a layer, show weights and per-neuron values."""

    layerClicked = Signal(int)  # layer index, -1 for the input

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("networkDiagram")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._spec = None
        self._params: dict[str, np.ndarray] = {}
        self._values: dict[int, np.ndarray] = {}
        self._highlight: int | None = None
        self._highlight_colour = QColor(ACCENT)
        self._problems: set[int] = set()
        self._hit: list[tuple[QRectF, int]] = []  # layer areas from the last paint
        self._nodes: list[tuple[QPointF, float, int, int]] = []  # centre, radius, layer, unit
        self.drawn_labels: list[str] = []  # every label of the last paint, as drawn

    # ---- API ----------------------------------------------------------------------------------
    def set_spec(self, spec) -> None:
        """Draw ``spec`` (a NetworkSpec; None draws an empty hint). Keeps params and values."""
        self._spec = spec.copy() if spec is not None else None
        self.update()

    def set_params(self, params: Mapping[str, np.ndarray] | None) -> None:
        """Weights to draw ("layers.<i>.W" of shape (n_in, n_out)); copies are kept."""
        self._params = {k: np.array(v, dtype=float) for k, v in (params or {}).items()}
        self.update()

    def set_values(self, values: Mapping[int, np.ndarray] | None) -> None:
        """Per-neuron values of one sample by layer index (-1 = input), drawn as fill colours."""
        self._values = {int(k): np.asarray(v, dtype=float).ravel() for k, v in (values or {}).items()}
        self.update()

    def highlight_layer(self, index: int | None, colour: QColor | str | None = None) -> None:
        """Mark one layer (-1 the input, None nothing) with ``colour``."""
        self._highlight = index
        if colour is not None:
            self._highlight_colour = QColor(colour)
        self.update()

    def clear_highlight(self) -> None:
        self.highlight_layer(None)

    def set_problem_layers(self, indices: Iterable[int]) -> None:
        """Layers drawn with a red dashed outline (they have validation problems)."""
        self._problems = set(indices)
        self.update()

    def highlighted_layer(self) -> int | None:
        return self._highlight

    def is_neuron_mode(self) -> bool:
        return neuron_mode(self._spec)

    def layer_at(self, pos: QPointF) -> int | None:
        for rect, index in self._hit:
            if rect.contains(pos):
                return index
        return None

    # ---- Qt -----------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(720, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 160)

    def mousePressEvent(self, event) -> None:
        index = self.layer_at(event.position())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.layerClicked.emit(index)
        super().mousePressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._hit = []
        self._nodes = []
        self.drawn_labels = []
        area = QRectF(self.rect()).adjusted(12, 10, -12, -10)
        spec = self._spec
        if spec is None or not spec.layers:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                             self.tr("Add layers to see the network here."))
        elif neuron_mode(spec):
            self._paint_neurons(painter, area, spec)
        else:
            blocks = BlockPainter(painter, self.font(), self._highlight, self._highlight_colour,
                                  self._problems)
            self._hit = blocks.paint(area, spec)
            self.drawn_labels = blocks.drawn
        painter.end()

    # ---- neuron mode --------------------------------------------------------------------------
    def _paint_neurons(self, painter: QPainter, area: QRectF, spec) -> None:
        shapes = [input_shape(spec)] + spec.output_shapes()
        counts = [math.prod(s) for s in shapes]
        kinds = ["Input"] + [str(layer.type) for layer in spec.layers]
        column_w = area.width() / len(counts)
        # Column titles whole: one font for all, "IdentityWithLoss" on two lines when narrow.
        titles = [self._title(k) for k in kinds]
        fitted = [fit_text(self.font(), t, [], column_w - 8, 999) for t in titles]
        size = min(f[0].pointSizeF() for f in fitted)
        label_font = QFont(self.font())
        label_font.setBold(True)
        label_font.setPointSizeF(size)
        fm = QFontMetricsF(label_font)
        title_lines = [[t] if fm.horizontalAdvance(t) <= column_w - 8 else f[2]
                       for t, f in zip(titles, fitted, strict=True)]
        n_title = max(len(t) for t in title_lines)
        top = area.top() + fm.height() * n_title + 10
        bottom = area.bottom() - fm.height() - 8
        height = max(20.0, bottom - top)
        radius = max(4.0, min(20.0, height / (max(counts) * 2.7), column_w * 0.16))
        columns = []
        for c, n in enumerate(counts):
            x = area.left() + column_w * (c + 0.5)
            step = min(height / n, radius * 3.2)
            y0 = (top + bottom) / 2 - step * (n - 1) / 2
            columns.append([QPointF(x, y0 + k * step) for k in range(n)])
        # Titles sit just above the tallest column and shapes just below it, not at the edges.
        title_y = min(col[0].y() for col in columns) - radius - fm.height() * n_title - 10
        shape_y = max(col[-1].y() for col in columns) + radius + 8
        for c, nodes in enumerate(columns):
            x = nodes[0].x()
            rect = QRectF(x - column_w / 2 + 3, title_y - 6, column_w - 6,
                          shape_y + fm.height() + 12 - title_y)
            self._hit.append((rect, c - 1))
        for rect, index in self._hit:
            self._paint_column_frame(painter, rect, index)
        for c in range(1, len(columns)):
            self._paint_links(painter, c - 1, kinds[c], columns[c - 1], columns[c], radius)
        painter.setFont(label_font)
        for c, nodes in enumerate(columns):
            index = c - 1
            ring = QColor(FAINT) if index == INPUT else colour(kinds[c])
            values = self._values.get(index)
            scale = float(np.max(np.abs(values))) if values is not None and values.size else 0.0
            is_head = index == len(spec.layers) - 1 and spec.layers[-1].is_head
            for k, centre in enumerate(nodes):
                fill = QColor(WHITE)
                if values is not None and k < values.size:
                    fill = value_colour(float(values[k]), scale)
                painter.setPen(QPen(ring, 2.0))
                painter.setBrush(fill)
                if is_head:
                    painter.drawRoundedRect(QRectF(centre.x() - radius, centre.y() - radius,
                                                   2 * radius, 2 * radius), radius * 0.35, radius * 0.35)
                else:
                    painter.drawEllipse(centre, radius, radius)
                self._nodes.append((centre, radius, index, k))
                if values is not None and k < values.size and radius >= 13:
                    self._paint_value(painter, centre, radius, float(values[k]))
            x = nodes[0].x()
            painter.setFont(label_font)
            painter.setPen(ring.darker(115))
            lines = title_lines[c]
            y = title_y + fm.height() * (n_title - len(lines))  # the last line sits lowest
            for line in lines:
                shown = fm.elidedText(line, Qt.TextElideMode.ElideRight, column_w - 8)
                self.drawn_labels.append(shown)
                painter.drawText(QRectF(x - column_w / 2, y, column_w, fm.height() + 4),
                                 Qt.AlignmentFlag.AlignCenter, shown)
                y += fm.height()
            painter.setFont(self.font())
            painter.setPen(self.palette().placeholderText().color())
            shape_rect = QRectF(x - column_w / 2, shape_y, column_w, fm.height() + 2)
            painter.drawText(shape_rect, Qt.AlignmentFlag.AlignCenter, format_shape(shapes[c]))
            self.drawn_labels.append(format_shape(shapes[c]))
            painter.setFont(label_font)

    def _title(self, kind: str) -> str:
        return self.tr("Input") if kind == "Input" else kind

    def _paint_column_frame(self, painter: QPainter, rect: QRectF, index: int) -> None:
        if index == self._highlight:
            fill = QColor(self._highlight_colour)
            fill.setAlpha(36)
            painter.setPen(QPen(self._highlight_colour, 2))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 8, 8)
        if index in self._problems:
            painter.setPen(QPen(ERROR, 1.6, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 8, 8)

    def _paint_links(self, painter: QPainter, layer: int, kind: str, src: list[QPointF],
                     dst: list[QPointF], radius: float) -> None:
        if kind == "Affine":
            W = self._params.get(f"layers.{layer}.W")
            if W is not None and W.shape == (len(src), len(dst)) and np.all(np.isfinite(W)):
                scale = float(np.max(np.abs(W))) or 1.0
                order = np.argsort(np.abs(W), axis=None)  # strongest drawn last, on top
                for flat in order:
                    j, k = divmod(int(flat), len(dst))
                    w = float(W[j, k])
                    pen_colour = QColor(POSITIVE if w >= 0 else NEGATIVE)
                    pen_colour.setAlphaF(0.35 + 0.6 * abs(w) / scale)
                    painter.setPen(QPen(pen_colour, 0.6 + 4.4 * abs(w) / scale))
                    painter.drawLine(self._edge(src[j], dst[k], radius))
                return
            painter.setPen(QPen(tint(FAINT, 112), 1.0))
            for a in src:
                for b in dst:
                    painter.drawLine(self._edge(a, b, radius))
            return
        if len(src) == len(dst):
            painter.setPen(QPen(tint(FAINT, 158), 1.2, Qt.PenStyle.DashLine))
            for a, b in zip(src, dst, strict=True):
                painter.drawLine(self._edge(a, b, radius))

    @staticmethod
    def _edge(a: QPointF, b: QPointF, radius: float):
        from PySide6.QtCore import QLineF

        line = QLineF(a, b)
        length = line.length()
        if length <= 2 * radius:
            return line
        t = radius / length
        return QLineF(line.pointAt(t), line.pointAt(1 - t))

    def _paint_value(self, painter: QPainter, centre: QPointF, radius: float, v: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, min(9.0, radius * 0.5)))
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(TEXT if abs(v) < 1e9 else ERROR)
        text = f"{v:.2f}" if abs(v) < 100 else f"{v:.0e}"
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         Qt.AlignmentFlag.AlignCenter, text)

    def layer_tooltip(self, index: int) -> str:
        """A layer's name, shapes and parameter count, whole (the box may show them smaller)."""
        spec = self._spec
        if spec is None or not -1 <= index < len(spec.layers):
            return ""
        shapes = [input_shape(spec)] + spec.output_shapes()
        if index == INPUT:
            return self.tr("Input: %1").replace("%1", format_shape(shapes[0]))
        kind = str(spec.layers[index].type)
        head = self.tr("Layer %1: %2").replace("%1", str(index + 1)).replace("%2", kind)
        lines = [f"{head}  {format_shape(shapes[index])} → {format_shape(shapes[index + 1])}"]
        try:
            count = spec.param_counts()[index]
        except (ValueError, TypeError, IndexError):
            count = 0
        if count:
            lines.append(self.tr("%1 parameters").replace("%1", format_count(count)))
        return "\n".join(lines)

    def _tooltip_at(self, pos: QPointF) -> str:
        for centre, radius, index, unit in self._nodes:
            if (centre - pos).manhattanLength() <= radius * 1.5:
                where = self.tr("input %1").replace("%1", str(unit)) if index == INPUT else \
                    self.tr("layer %1, unit %2").replace("%1", str(index + 1)).replace("%2", str(unit))
                lines = [where]
                values = self._values.get(index)
                if values is not None and unit < values.size:
                    lines.append(self.tr("value: %1").replace("%1", f"{values[unit]:.4g}"))
                b = self._params.get(f"layers.{index}.b")
                if b is not None and unit < b.size:
                    lines.append(self.tr("bias b: %1").replace("%1", f"{b.ravel()[unit]:.4g}"))
                return "\n".join(lines)
        index = self.layer_at(pos)
        return "" if index is None else self.layer_tooltip(index)
