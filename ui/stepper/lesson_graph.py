"""Lesson 8: the computation graph — apples, oranges and tax, and the chain rule z = t².

The graph is drawn with its forward value ABOVE each edge (blue) and its backward value BELOW it
(vermillion): ∂(result)/∂(that value). "Step" reveals the forward values edge by edge from left
to right, then the backward values from right to left; every input can be edited and the whole
graph is recomputed at once (nnlab.lessons.graph: the book's MulLayer and AddLayer).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons import graph as G

from .. import theme
from ..i18n import bilingual
from ..theme import BACKWARD, FORWARD
from .lesson_page import LessonPage
from .numbers import format_number

# (key, default, minimum, maximum, decimals) of each variant's inputs, in the book's order.
INPUTS: dict[str, tuple[tuple[str, float, float, float, int], ...]] = {
    "apple": (("apple", 100, 0, 100000, 0), ("apple_num", 2, 0, 1000, 0), ("tax", 1.1, 0, 10, 2)),
    "apple_orange": (("apple", 100, 0, 100000, 0), ("apple_num", 2, 0, 1000, 0),
                     ("orange", 150, 0, 100000, 0), ("orange_num", 3, 0, 1000, 0),
                     ("tax", 1.1, 0, 10, 2)),
    "chain": (("x", 1.0, -100, 100, 2), ("y", 2.0, -100, 100, 2)),
}
VARIANTS = tuple(INPUTS)
ROW_SPACING = 130.0  # pixels between graph rows at full size


class GraphView(QWidget):
    """Paints a ``nnlab.lessons.graph.Graph`` with the first ``revealed`` steps' values shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("computationGraph")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.graph: G.Graph | None = None
        self.revealed = 0

    def set_graph(self, graph: G.Graph, revealed: int) -> None:
        self.graph = graph
        self.revealed = max(0, min(revealed, graph.steps))
        self.update()

    # ---- what is shown ---------------------------------------------------------------------------
    def shown(self) -> dict[int, tuple[str | None, str | None]]:
        """Edge index -> (forward text or None, backward text or None) as currently drawn."""
        g = self.graph
        if g is None:
            return {}
        forward = set(g.forward_order[: self.revealed])
        backward = set(g.backward_order[: max(0, self.revealed - len(g.forward_order))])
        return {i: (format_number(e.forward) if i in forward else None,
                    format_number(e.backward) if i in backward else None)
                for i, e in enumerate(g.edges)}

    def last_revealed(self) -> tuple[int, str] | None:
        """(edge index, "forward" | "backward") of the newest value, or None."""
        g = self.graph
        if g is None or self.revealed == 0:
            return None
        n = len(g.forward_order)
        if self.revealed <= n:
            return g.forward_order[self.revealed - 1], "forward"
        return g.backward_order[self.revealed - n - 1], "backward"

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(520, 260)

    # ---- painting --------------------------------------------------------------------------------
    def _layout(self) -> tuple[dict[str, QPointF], float]:
        g = self.graph
        cols = max(n.col for n in g.nodes) or 1
        rows = max(n.row for n in g.nodes) or 1
        margin_x, margin_top, margin_bottom = 90.0, 88.0, 40.0  # the legend sits above the graph
        w = max(1.0, self.width() - 2 * margin_x)
        h = max(1.0, self.height() - margin_top - margin_bottom)
        scale = min(1.0, h / (rows * ROW_SPACING)) if rows else 1.0
        used_h = rows * ROW_SPACING * scale
        top = margin_top + (h - used_h) / 2
        pos = {n.id: QPointF(margin_x + w * n.col / cols, top + used_h * n.row / rows) for n in g.nodes}
        return pos, scale

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.WHITE)
        if self.graph is None:
            return
        pos, _ = self._layout()
        g = self.graph
        base = QFont(self.font())
        base.setPointSizeF(max(10.0, base.pointSizeF() * 1.1))
        value_font = QFont(base)
        value_font.setBold(True)
        value_font.setPointSizeF(base.pointSizeF() * 1.15)
        shown = self.shown()
        newest = self.last_revealed()
        shapes = {n.id: self._node_rect(n, pos[n.id], base) for n in g.nodes}
        for i, e in enumerate(g.edges):
            a = self._exit_point(shapes[e.src], g, e.src, pos[e.dst])
            b = self._exit_point(shapes[e.dst], g, e.dst, pos[e.src])
            hot = newest is not None and newest[0] == i
            colour = (FORWARD if newest[1] == "forward" else BACKWARD) if hot else theme.MUTED
            self._paint_edge(painter, a, b, colour, 3.2 if hot else 1.6)
            fwd, bwd = shown[i]
            # Edges from the inputs converge on their node: label them where they are still apart.
            where = 0.36 if next(n.kind for n in g.nodes if n.id == e.src) == "input" else 0.5
            self._paint_values(painter, a, b, where, fwd, bwd, value_font, hot and newest[1])
        for n in g.nodes:
            self._paint_node(painter, n, shapes[n.id], base)
        self._paint_legend(painter, base)

    def _node_rect(self, node: G.Node, centre: QPointF, font: QFont) -> QRectF:
        if node.kind == "op":
            r = 24.0
            return QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
        fm = QFontMetricsF(font)
        w = max(70.0, fm.horizontalAdvance(bilingual(node.label)) + 24)
        return QRectF(centre.x() - w / 2, centre.y() - 18, w, 36)

    @staticmethod
    def _exit_point(rect: QRectF, g: G.Graph, node_id: str, towards: QPointF) -> QPointF:
        """Where the line from the node's centre towards ``towards`` leaves the node's outline."""
        c = rect.center()
        dx, dy = towards.x() - c.x(), towards.y() - c.y()
        length = math.hypot(dx, dy) or 1.0
        kind = next(n.kind for n in g.nodes if n.id == node_id)
        if kind == "op":
            r = rect.width() / 2
            return QPointF(c.x() + dx / length * r, c.y() + dy / length * r)
        sx = (rect.width() / 2) / abs(dx) if dx else math.inf
        sy = (rect.height() / 2) / abs(dy) if dy else math.inf
        s = min(sx, sy)
        return QPointF(c.x() + dx * s, c.y() + dy * s)

    @staticmethod
    def _paint_edge(painter: QPainter, a: QPointF, b: QPointF, colour: QColor, width: float) -> None:
        painter.setPen(QPen(colour, width))
        painter.drawLine(a, b)
        angle = math.atan2(b.y() - a.y(), b.x() - a.x())
        size = 9 + width
        left = QPointF(b.x() - size * math.cos(angle - 0.4), b.y() - size * math.sin(angle - 0.4))
        right = QPointF(b.x() - size * math.cos(angle + 0.4), b.y() - size * math.sin(angle + 0.4))
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(QPolygonF([b, left, right]))

    def _paint_values(self, painter: QPainter, a: QPointF, b: QPointF, where: float,
                      fwd: str | None, bwd: str | None, font: QFont, hot: str | bool) -> None:
        mid = QPointF(a.x() + (b.x() - a.x()) * where, a.y() + (b.y() - a.y()) * where)
        slope = abs((b.y() - a.y()) / (b.x() - a.x())) if b.x() != a.x() else 0.0
        fm = QFontMetricsF(font)
        painter.setFont(font)
        for text, colour, above, phase in ((fwd, FORWARD, True, "forward"),
                                           (bwd, BACKWARD, False, "backward")):
            shown = text if text is not None else "?"
            w = fm.horizontalAdvance(shown) + 12
            h = fm.height() + 4
            gap = 5.0 + slope * w / 2  # clear the line across the whole width of the box
            y = mid.y() - gap - h if above else mid.y() + gap
            box = QRectF(mid.x() - w / 2, y, w, h)
            if text is None:
                painter.setPen(theme.PENDING)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
                continue
            fill = QColor(colour)
            fill.setAlpha(40 if hot == phase else 18)
            painter.setBrush(fill)
            painter.setPen(QPen(colour, 1.6 if hot == phase else 0.8))
            painter.drawRoundedRect(box, 5, 5)
            painter.setPen(colour.darker(115))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)

    @staticmethod
    def _paint_node(painter: QPainter, node: G.Node, rect: QRectF, font: QFont) -> None:
        painter.setFont(font)
        painter.setPen(QPen(theme.TEXT_SOFT, 1.6))
        if node.kind == "op":
            painter.setBrush(theme.PANEL)
            painter.drawEllipse(rect)
            op_font = QFont(font)
            op_font.setBold(True)
            op_font.setPointSizeF(font.pointSizeF() * (1.3 if len(node.label[0]) == 1 else 0.95))
            painter.setFont(op_font)
        else:
            painter.setBrush(theme.WARNING_BG if node.kind == "output" else theme.pale(FORWARD, 0.93))
            path = QPainterPath()
            path.addRoundedRect(rect, 8, 8)
            painter.drawPath(path)
        painter.setPen(theme.TEXT)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, bilingual(node.label))

    def _paint_legend(self, painter: QPainter, font: QFont) -> None:
        legend = QFont(font)
        legend.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(legend)
        fm = QFontMetricsF(legend)
        x, y = 12.0, 10.0
        for colour, text in ((FORWARD, self.tr("forward value (above each edge) →")),
                             (BACKWARD, self.tr("← backward: ∂result/∂value (below each edge)"))):
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(QRectF(x, y + 3, 12, 12), 3, 3)
            painter.setPen(colour.darker(120))
            painter.drawText(QPointF(x + 18, y + fm.ascent()), text)
            y += fm.height() + 4


class GraphPage(LessonPage):
    """Variant choice, the inputs, the graph, and Step / Show all / Reset."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        self.variant = "apple"
        self.revealed = 0
        self.variant_label = QLabel()
        self.variant_combo = QComboBox()
        self.variant_combo.setObjectName("graphVariant")
        for key in VARIANTS:
            self.variant_combo.addItem("", key)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.spin_labels: dict[str, QLabel] = {}
        self.inputs_row = QHBoxLayout()
        self.inputs_row.setSpacing(6)
        self.view = GraphView()
        self.step_button = QPushButton()
        self.step_button.setObjectName("graphStep")
        self.all_button = QPushButton()
        self.all_button.setObjectName("graphShowAll")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("graphReset")
        self.status = QLabel()
        self.status.setObjectName("graphStatus")
        self.summary = QLabel()
        self.summary.setObjectName("graphSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.variant_label)
        top.addWidget(self.variant_combo)
        top.addSpacing(16)
        top.addLayout(self.inputs_row)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.step_button, self.all_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addSpacing(12)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)

        self.variant_combo.currentIndexChanged.connect(self._variant_changed)
        self.step_button.clicked.connect(self.step)
        self.all_button.clicked.connect(self.show_all)
        self.reset_button.clicked.connect(self.reset)
        self._build_inputs()
        self.retranslateUi()

    # ---- inputs ------------------------------------------------------------------------------------
    def _build_inputs(self) -> None:
        while self.inputs_row.count():
            item = self.inputs_row.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().setParent(None)
        self.spins.clear()
        self.spin_labels.clear()
        for key, default, lo, hi, decimals in INPUTS[self.variant]:
            label = QLabel()
            spin = QDoubleSpinBox()
            spin.setObjectName(f"graphInput_{key}")
            spin.setDecimals(decimals)
            spin.setRange(lo, hi)
            spin.setSingleStep(0.1 if decimals else 1)
            spin.setValue(default)
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._recompute)
            self.spins[key] = spin
            self.spin_labels[key] = label
            self.inputs_row.addWidget(label)
            self.inputs_row.addWidget(spin)
        self._label_inputs()
        self._recompute()

    def _label_inputs(self) -> None:
        names = {
            "apple": self.tr("Apple price"), "apple_num": self.tr("Apples"),
            "orange": self.tr("Orange price"), "orange_num": self.tr("Oranges"),
            "tax": self.tr("Tax"), "x": "x", "y": "y",
        }
        for key, label in self.spin_labels.items():
            label.setText(names[key])

    def set_variant(self, variant: str) -> None:
        self.variant_combo.setCurrentIndex(VARIANTS.index(variant))

    def set_input(self, key: str, value: float) -> None:
        self.spins[key].setValue(value)

    def _variant_changed(self) -> None:
        self.variant = self.variant_combo.currentData()
        self.revealed = 0
        self._build_inputs()

    def build_graph(self) -> G.Graph:
        values = {key: spin.value() for key, spin in self.spins.items()}
        return G.GRAPHS[self.variant](**values)

    # ---- stepping ----------------------------------------------------------------------------------
    def step(self) -> None:
        self.revealed = min(self.revealed + 1, self.view.graph.steps)
        self._refresh()

    def show_all(self) -> None:
        self.revealed = self.view.graph.steps
        self._refresh()

    def reset(self) -> None:
        self.revealed = 0
        self._refresh()

    def _recompute(self) -> None:
        self.view.set_graph(self.build_graph(), self.revealed)
        self._refresh()

    def _refresh(self) -> None:
        g = self.view.graph
        self.view.set_graph(g, self.revealed)
        n_fwd = len(g.forward_order)
        if self.revealed < n_fwd:
            self.status.setText(self.tr("Forward: %1 of %2 values").replace("%1", str(self.revealed))
                                .replace("%2", str(n_fwd)))
            self.step_button.setText(self.tr("Step forward ▶"))
        elif self.revealed < g.steps:
            done = self.revealed - n_fwd
            self.status.setText(self.tr("Backward: %1 of %2 derivatives").replace("%1", str(done))
                                .replace("%2", str(len(g.backward_order))))
            self.step_button.setText(self.tr("◀ Step backward"))
        else:
            self.status.setText(self.tr("Every value is shown: forward above, backward below."))
            self.step_button.setText(self.tr("Done ✓"))
        self.step_button.setEnabled(self.revealed < g.steps)
        self._update_summary()
        if self.revealed >= g.steps:
            self.mark_finished()

    def _update_summary(self) -> None:
        g = self.view.graph
        shown = self.view.shown()
        output = next(n for n in g.nodes if n.kind == "output")
        out_edge = next(i for i, e in enumerate(g.edges) if e.dst == output.id)
        result = shown[out_edge][0] or "?"
        parts = [f"<b>{bilingual(output.label)} = "
                 f"<span style='color:{FORWARD.name()}'>{result}</span></b>"]
        for i, e in enumerate(g.edges):
            src = next(n for n in g.nodes if n.id == e.src)
            if src.kind != "input":
                continue
            value = shown[i][1] or "?"
            parts.append(f"{bilingual(e.name)} = <span style='color:{BACKWARD.name()}'><b>{value}</b></span>")
        self.summary.setText(" &nbsp;·&nbsp; ".join(parts))

    def retranslateUi(self) -> None:
        self.variant_label.setText(self.tr("Example"))
        titles = {"apple": self.tr("Apples (book 5.4)"), "apple_orange": self.tr("Apples and oranges"),
                  "chain": self.tr("Chain rule: z = t², t = x + y")}
        for i, key in enumerate(VARIANTS):
            self.variant_combo.setItemText(i, titles[key])
        self.all_button.setText(self.tr("Show all"))
        self.reset_button.setText(self.tr("Hide values"))
        self.step_button.setToolTip(self.tr("Reveal the next value: forward left to right, then "
                                            "backward right to left"))
        self._label_inputs()
        if self.view.graph is not None:
            self._refresh()
        self.view.update()
