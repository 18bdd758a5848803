"""Lesson 1: the perceptron — AND, OR, NAND with editable weights; XOR with one layer and two.

Left: one perceptron y = step(w₁x₁ + w₂x₂ + b) with its truth table (live as the weights change)
and the input plane with its line w₁x₁ + w₂x₂ + b = 0. Right: XOR = AND(NAND(x), OR(x)) with the
two layers' weights, equally editable, and its truth table.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons import gates as G

from ..stepview.numbers import format_number
from ..theme import ERROR, FAINT, FORWARD, MUTED, SELECTION_SOFT, SUCCESS, TEXT, WHITE
from ..widgets.factories import readonly_table
from .lesson_page import LessonPage
from .lesson_page import sentence_gap as _gap

GATES = ("AND", "OR", "NAND", "XOR")
OK_COLOUR = SUCCESS
BAD_COLOUR = ERROR
ONE_FILL = SELECTION_SOFT


def _spin(name: str, value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setRange(-2.0, 2.0)
    spin.setDecimals(2)
    spin.setSingleStep(0.1)
    spin.setValue(value)
    spin.setKeyboardTracking(False)
    return spin


def _table(rows: int, cols: int, name: str) -> QTableWidget:
    return readonly_table(name, rows, cols)


def _fit_height(table: QTableWidget) -> None:
    """Exactly as tall as its rows: no empty band under a four-row truth table."""
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height)


def _set(table: QTableWidget, row: int, col: int, text: str, colour: QColor | None = None,
         bold: bool = False) -> None:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    if colour is not None:
        item.setForeground(colour)
    if bold:
        f = item.font()
        f.setBold(True)
        item.setFont(f)
    table.setItem(row, col, item)


class DecisionPlane(QWidget):
    """The four inputs on the unit square, coloured by the target, with the perceptron's line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("decisionPlane")
        self.w, self.b, self.want = (0.5, 0.5), -0.7, G.target("AND")
        # 260 px where there is room, down to 200 so both panels fit a 1024-px window side by side
        self.setMinimumSize(200, 200)
        self.setMaximumSize(260, 260)

    def set_state(self, w: tuple[float, float], b: float, want: tuple[int, ...]) -> None:
        self.w, self.b, self.want = w, b, want
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 40
        ox, oy = (self.width() - side) / 2, (self.height() - side) / 2
        lo, hi = -0.5, 1.5  # the plotted range of x₁ and x₂

        def to_px(x1: float, x2: float) -> QPointF:
            return QPointF(ox + (x1 - lo) / (hi - lo) * side, oy + side - (x2 - lo) / (hi - lo) * side)

        frame = QRectF(ox, oy, side, side)
        p.fillRect(frame, WHITE)
        # Shade the half-plane where the perceptron outputs 1, by clipping a polygon.
        corners = [(lo, lo), (hi, lo), (hi, hi), (lo, hi)]
        w1, w2 = self.w
        inside = [c for c in _clip(corners, w1, w2, self.b)]
        if len(inside) >= 3:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(ONE_FILL)
            p.drawPolygon(QPolygonF([to_px(*c) for c in inside]))
        p.setPen(QPen(FAINT, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(frame)
        line = _line(w1, w2, self.b, lo, hi)
        if line is not None:
            p.save()
            p.setClipRect(frame)
            p.setPen(QPen(FORWARD, 2.2))
            p.drawLine(to_px(*line[0]), to_px(*line[1]))
            p.restore()
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        for (x1, x2), t in zip(G.INPUTS, self.want):
            c = to_px(x1, x2)
            p.setPen(QPen(TEXT, 1.4))
            p.setBrush(TEXT if t else WHITE)
            p.drawEllipse(c, 9, 9)
            p.setPen(WHITE if t else TEXT)
            p.drawText(QRectF(c.x() - 9, c.y() - 9, 18, 18), Qt.AlignmentFlag.AlignCenter, str(t))
        p.setPen(MUTED)
        p.setFont(self.font())
        p.drawText(QPointF(ox + side - 18, oy + side - 6), "x₁")
        p.drawText(QPointF(ox + 4, oy + 14), "x₂")


def _clip(poly: list[tuple[float, float]], w1: float, w2: float, b: float) -> list[tuple[float, float]]:
    """The part of ``poly`` where w₁x₁ + w₂x₂ + b > 0 (Sutherland–Hodgman against one line)."""
    def f(pt):
        return w1 * pt[0] + w2 * pt[1] + b

    out = []
    for i, cur in enumerate(poly):
        prev = poly[i - 1]
        fc, fp = f(cur), f(prev)
        if (fc > 0) != (fp > 0):
            s = fp / (fp - fc)
            out.append((prev[0] + s * (cur[0] - prev[0]), prev[1] + s * (cur[1] - prev[1])))
        if fc > 0:
            out.append(cur)
    return out


def _line(w1: float, w2: float, b: float, lo: float, hi: float):
    """Two points of w₁x₁ + w₂x₂ + b = 0 spanning the plot, or None when w = 0."""
    if abs(w2) > 1e-12:
        return (lo, -(w1 * lo + b) / w2), (hi, -(w1 * hi + b) / w2)
    if abs(w1) > 1e-12:
        return (-b / w1, lo), (-b / w1, hi)
    return None


class GatesPage(LessonPage):
    """One perceptron with a chosen target gate; the two-layer XOR beside it."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        (w1, w2), b = G.GATE_WEIGHTS["AND"]
        self.single_box = QGroupBox()
        self.target_label = QLabel()
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("gateTarget")
        self.target_combo.addItems(GATES)
        self.book_button = QPushButton()
        self.book_button.setObjectName("gateBookWeights")
        self.w1 = _spin("gateW1", w1)
        self.w2 = _spin("gateW2", w2)
        self.b = _spin("gateB", b)
        self.table = _table(4, 6, "gateTable")
        self.verdict = QLabel()
        self.verdict.setObjectName("gateVerdict")
        self.verdict.setWordWrap(True)
        self.plane = DecisionPlane()

        weights = QHBoxLayout()
        for label, spin in (("w₁", self.w1), ("w₂", self.w2), ("b", self.b)):
            weights.addWidget(QLabel(label))
            weights.addWidget(spin)
        weights.addStretch(1)
        target = QHBoxLayout()
        target.addWidget(self.target_label)
        target.addWidget(self.target_combo)
        target.addWidget(self.book_button)
        target.addStretch(1)
        left_col = QVBoxLayout()
        left_col.addLayout(target)
        left_col.addLayout(weights)
        left_col.addWidget(self.table)
        left_col.addWidget(self.verdict)
        left_col.addStretch(1)
        single = QHBoxLayout(self.single_box)
        single.addLayout(left_col, 3)
        single.addWidget(self.plane, 2, Qt.AlignmentFlag.AlignTop)

        self.two_box = QGroupBox()
        self.layer_spins: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox, QDoubleSpinBox]] = {}
        grid = QGridLayout()
        self.grid_headers = [QLabel("w₁"), QLabel("w₂"), QLabel("b")]
        for col, label in enumerate(self.grid_headers):
            grid.addWidget(label, 0, col)
        self.unit_labels: dict[str, QLabel] = {}
        # Each perceptron's name above its three weights, not beside them: the panel stays narrow
        # enough to sit beside the single perceptron in a 1024-px window.
        for k, gate in enumerate(("NAND", "OR", "AND")):
            (a1, a2), bias = G.GATE_WEIGHTS[gate]
            spins = (_spin(f"xor{gate}W1", a1), _spin(f"xor{gate}W2", a2), _spin(f"xor{gate}B", bias))
            self.layer_spins[gate] = spins
            self.unit_labels[gate] = QLabel()
            grid.addWidget(self.unit_labels[gate], 2 * k + 1, 0, 1, 3)
            for col, spin in enumerate(spins):
                grid.addWidget(spin, 2 * k + 2, col)
                spin.valueChanged.connect(self._update_two_layer)
        self.xor_table = _table(4, 6, "xorTable")
        for col in (0, 1, 5):  # x₁, x₂ and ✓ need little: the room goes to "s₁ = NAND" and the rest
            self.xor_table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.xor_verdict = QLabel()
        self.xor_verdict.setObjectName("xorVerdict")
        self.xor_verdict.setWordWrap(True)
        two = QVBoxLayout(self.two_box)
        two.addLayout(grid)
        two.addWidget(self.xor_table)
        two.addWidget(self.xor_verdict)
        two.addStretch(1)

        boxes = QHBoxLayout()
        boxes.addWidget(self.single_box, 11)
        boxes.addWidget(self.two_box, 9)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(boxes)
        layout.addStretch(1)

        for spin in (self.w1, self.w2, self.b):
            spin.valueChanged.connect(self._update_single)
        self.target_combo.currentTextChanged.connect(self._target_changed)
        self.book_button.clicked.connect(self.load_book_weights)
        self.retranslateUi()

    # ---- the single perceptron -----------------------------------------------------------------
    @property
    def gate(self) -> str:
        return self.target_combo.currentText()

    def weights(self) -> tuple[tuple[float, float], float]:
        return (self.w1.value(), self.w2.value()), self.b.value()

    def load_book_weights(self) -> None:
        (w1, w2), b = G.GATE_WEIGHTS.get(self.gate, G.XOR_SINGLE_START)
        for spin, value in ((self.w1, w1), (self.w2, w2), (self.b, b)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._update_single()

    def _target_changed(self) -> None:
        self.load_book_weights()
        if self.gate == "XOR":
            self.mark_tried()

    def outputs(self) -> tuple[int, ...]:
        """What the table shows in its y column."""
        return tuple(int(self.table.item(r, 3).text()) for r in range(4))

    def _update_single(self) -> None:
        w, b = self.weights()
        want = G.target(self.gate)
        rows = G.truth_table(w, b)
        wrong = 0
        for r, ((x1, x2), a, y) in enumerate(rows):
            ok = y == want[r]
            wrong += not ok
            _set(self.table, r, 0, str(x1))
            _set(self.table, r, 1, str(x2))
            _set(self.table, r, 2, format_number(a))
            _set(self.table, r, 3, str(y), bold=True)
            _set(self.table, r, 4, str(want[r]))
            _set(self.table, r, 5, "✓" if ok else "✗", OK_COLOUR if ok else BAD_COLOUR, bold=True)
        self.plane.set_state(w, b, want)
        if wrong == 0:
            text = self.tr("This perceptron is %1: every row matches.").replace("%1", self.gate)
            colour = OK_COLOUR
        elif self.gate == "XOR":
            text = self._wrong(wrong) + _gap() + self.tr(
                "No weights can fix this: XOR's ones and zeros sit on opposite corners, and no "
                "single straight line separates them. Two layers can — see the right.")
            colour = BAD_COLOUR
        else:
            text = self._wrong(wrong) + _gap() + self.tr(
                "Adjust w₁, w₂ or b: the line must separate the ones from the zeros.")
            colour = BAD_COLOUR
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {colour.name()}; font-weight: 600;")

    # ---- two layers ---------------------------------------------------------------------------------
    def _layer(self, gate: str) -> tuple[tuple[float, float], float]:
        a, b, c = self.layer_spins[gate]
        return (a.value(), b.value()), c.value()

    def _update_two_layer(self) -> None:
        rows = G.xor_two_layer(self._layer("NAND"), self._layer("OR"), self._layer("AND"))
        want = G.target("XOR")
        wrong = 0
        for r, ((x1, x2), s1, s2, y) in enumerate(rows):
            ok = y == want[r]
            wrong += not ok
            for col, text in enumerate((str(x1), str(x2), str(s1), str(s2))):
                _set(self.xor_table, r, col, text)
            _set(self.xor_table, r, 4, str(y), bold=True)
            _set(self.xor_table, r, 5, "✓" if ok else "✗", OK_COLOUR if ok else BAD_COLOUR, bold=True)
        if wrong == 0:
            text = self.tr("Two layers compute XOR: s₁ = NAND(x) and s₂ = OR(x) make a new "
                           "space in which one more perceptron, AND, separates the rows.")
            colour = OK_COLOUR
        else:
            text = self._wrong(wrong) + _gap() + self.tr(
                "The three perceptrons no longer make NAND, OR and AND.")
            colour = BAD_COLOUR
        self.xor_verdict.setText(text)
        self.xor_verdict.setStyleSheet(f"color: {colour.name()}; font-weight: 600;")

    def _wrong(self, n: int) -> str:
        if n == 1:
            return self.tr("Wrong on 1 row.")
        return self.tr("Wrong on %1 rows.").replace("%1", str(n))

    def xor_outputs(self) -> tuple[int, ...]:
        return tuple(int(self.xor_table.item(r, 4).text()) for r in range(4))

    # ---- texts ----------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.single_box.setTitle(self.tr("One perceptron: y = step(w₁x₁ + w₂x₂ + b)"))
        self.two_box.setTitle(self.tr("Two layers: XOR = AND(NAND(x), OR(x))"))
        self.target_label.setText(self.tr("Target gate"))
        self.book_button.setText(self.tr("Book's weights"))
        self.book_button.setToolTip(self.tr("Load the book's weights for this gate (for XOR: OR's, "
                                            "which get three rows of four)"))
        self.table.setHorizontalHeaderLabels(
            ["x₁", "x₂", self.tr("w·x + b"), "y", self.tr("target"), ""])
        self.xor_table.setHorizontalHeaderLabels(
            ["x₁", "x₂", "s₁ = NAND", "s₂ = OR", "y = AND", ""])
        self.unit_labels["NAND"].setText(self.tr("Layer 1: s₁ = NAND"))
        self.unit_labels["OR"].setText(self.tr("Layer 1: s₂ = OR"))
        self.unit_labels["AND"].setText(self.tr("Layer 2: y = AND(s₁, s₂)"))
        self.plane.setToolTip(self.tr("Filled dots should output 1, open dots 0. The blue line is "
                                      "w₁x₁ + w₂x₂ + b = 0; the shaded side outputs 1."))
        self._update_single()
        self._update_two_layer()
        _fit_height(self.table)
        _fit_height(self.xor_table)
