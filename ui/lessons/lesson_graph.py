"""Lesson 8: the computation graph — apples, oranges and tax, and the chain rule z = t².

The graph is drawn with its forward value ABOVE each edge (blue) and its backward value BELOW it
(vermillion): ∂(result)/∂(that value). "Step" reveals the forward values edge by edge from left
to right, then the backward values from right to left; every input can be edited and the whole
graph is recomputed at once (nnlab.lessons.graph: the book's MulLayer and AddLayer).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons import graph as G

from ..i18n import bilingual
from ..theme import BACKWARD, FORWARD
from .graph_view import GraphView
from .lesson_page import LessonPage

# (key, default, minimum, maximum, decimals) of each variant's inputs, in the book's order.
INPUTS: dict[str, tuple[tuple[str, float, float, float, int], ...]] = {
    "apple": (("apple", 100, 0, 100000, 0), ("apple_num", 2, 0, 1000, 0), ("tax", 1.1, 0, 10, 2)),
    "apple_orange": (("apple", 100, 0, 100000, 0), ("apple_num", 2, 0, 1000, 0),
                     ("orange", 150, 0, 100000, 0), ("orange_num", 3, 0, 1000, 0),
                     ("tax", 1.1, 0, 10, 2)),
    "chain": (("x", 1.0, -100, 100, 2), ("y", 2.0, -100, 100, 2)),
}
VARIANTS = tuple(INPUTS)


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
