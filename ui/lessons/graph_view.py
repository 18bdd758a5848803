"""Lesson 8's drawing: a computation graph with its forward value above each edge (blue) and its
backward value ∂(result)/∂(that value) below it (vermillion), the newest one emphasised."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnlab.lessons import graph as G

from .. import theme
from ..i18n import bilingual
from ..stepview.numbers import format_number
from ..theme import BACKWARD, FORWARD

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
