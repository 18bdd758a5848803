"""Lesson 8: the computation graph — apples, oranges and tax, and the chain rule z = t².

The graph is drawn with its forward value ABOVE each edge (blue) and its backward value BELOW it
(vermillion): ∂(result)/∂(that value). The step view's toolbar, in the same place and with the
same keys as in lessons 2, 3, 9 and 10: Step forward reveals the forward values edge by edge from
left to right, Step backward the backward values from right to left; Undo takes one back, Run to
end shows them all, Auto-play steps by itself. Every input can be edited and the whole graph is
recomputed at once (nnlab.lessons.graph: the book's MulLayer and AddLayer).

Predict, then reveal: before the lesson's predicted backward values (∂price/∂apples = 110 and
∂price/∂tax = 200 in the apples example) appear, Step stops, the edge's "?" is outlined, and the
learner types a guess; a right one (or Reveal) shows the value with how it was computed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons import graph as G
from nnlab.lessons.predict import Prediction, judge, parse_guess

from ..i18n import bilingual, current_language
from ..stepview.controls import SHORTCUTS, StepControls
from ..stepview.numbers import format_number
from ..stepview.predict import PredictBox
from ..theme import BACKWARD, FORWARD
from .graph_view import GraphView
from .lesson_page import LessonPage
from .progress import predictions_right

# (key, default, minimum, maximum, decimals) of each variant's inputs, in the book's order.
INPUTS: dict[str, tuple[tuple[str, float, float, float, int], ...]] = {
    "apple": (("apple", 100, 0, 100000, 0), ("apple_num", 2, 0, 1000, 0), ("tax", 1.1, 0, 10, 2)),
    "apple_orange": (("apple", 100, 0, 100000, 0), ("apple_num", 2, 0, 1000, 0),
                     ("orange", 150, 0, 100000, 0), ("orange_num", 3, 0, 1000, 0),
                     ("tax", 1.1, 0, 10, 2)),
    "local": (("apple", 100, 0, 100000, 0), ("apple_num", 2, 0, 1000, 0),
              ("other", 4000, 0, 1000000, 0), ("tax", 1.1, 0, 10, 2)),
    "chain": (("x", 1.0, -100, 100, 2), ("y", 2.0, -100, 100, 2)),
}
VARIANTS = tuple(INPUTS)
AUTOPLAY_MS = 800  # as the step view's auto-play


class GraphPage(LessonPage):
    """The step toolbar, variant choice, the inputs and the graph."""

    scrolls = False  # fits a 1024×700 screen itself (the graph scales)

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        self.variant = "apple"
        self.revealed = 0
        self.predictions = tuple(lesson.predictions) if lesson is not None else ()
        self.solved = predictions_right(lesson.id) if lesson is not None else set()
        self.released: set[str] = set()
        self.pending: Prediction | None = None
        self.last_guess: float | None = None
        self.predict_box = PredictBox()
        self.predict_box.guessed.connect(self.guess)
        self.predict_box.revealRequested.connect(self.reveal)
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
        self.controls = StepControls()  # the step view's toolbar: same buttons, place and keys
        self.controls.set_update_visible(False)  # a graph has no weights to update
        self.controls.set_step_unit("node")  # a step here reveals one node's value, not a layer
        self.status = self.controls.position_label
        self.summary = QLabel()
        self.summary.setObjectName("graphSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOPLAY_MS)
        self.timer.timeout.connect(self._autoplay_tick)

        top = QHBoxLayout()
        top.addWidget(self.variant_label)
        top.addWidget(self.variant_combo)
        top.addSpacing(16)
        top.addLayout(self.inputs_row)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.controls)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.predict_box)
        layout.addWidget(self.summary)

        self.variant_combo.currentIndexChanged.connect(self._variant_changed)
        c = self.controls
        slots = {"forward": self.step_forward, "backward": self.step_backward, "run": self.show_all,
                 "play": self.toggle_autoplay, "undo": self.undo, "reset": self.reset}
        buttons = {"forward": c.forward_button, "backward": c.backward_button, "run": c.run_button,
                   "play": c.play_button, "undo": c.undo_button, "reset": c.reset_button}
        self.actions_by_name: dict[str, QAction] = {}
        for name, slot in slots.items():
            buttons[name].clicked.connect(slot)
            action = QAction(self)  # the step view's keys, whenever this page shows
            action.setShortcuts([QKeySequence(k) for k in SHORTCUTS[name]])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action
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
            "tax": self.tr("Tax"), "other": self.tr("Something complicated"), "x": "x", "y": "y",
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
        self._clear_prediction(forget=True)
        self._build_inputs()

    def build_graph(self) -> G.Graph:
        values = {key: spin.value() for key, spin in self.spins.items()}
        return G.GRAPHS[self.variant](**values)

    # ---- stepping ----------------------------------------------------------------------------------
    def step_forward(self) -> None:
        if self.revealed < len(self.view.graph.forward_order):
            self.step()

    def step_backward(self) -> None:
        if len(self.view.graph.forward_order) <= self.revealed < self.view.graph.steps:
            self.step()

    def undo(self) -> None:
        """Take back the last value shown (or the question waiting for a guess)."""
        self.stop_autoplay()
        if self.pending is not None:
            self._clear_prediction()
        elif self.revealed > 0:
            self.revealed -= 1
        self._refresh()

    def toggle_autoplay(self) -> None:
        if self.timer.isActive():
            self.stop_autoplay()
        elif self.revealed < self.view.graph.steps and self.pending is None:
            self.timer.start()
            self._refresh()

    def stop_autoplay(self) -> None:
        self.timer.stop()
        self._refresh_controls()

    def _autoplay_tick(self) -> None:
        self.step()
        if self.pending is not None or self.revealed >= self.view.graph.steps:
            self.stop_autoplay()

    def shutdown(self) -> None:
        self.timer.stop()

    def step(self) -> None:
        if self.pending is not None:
            return  # the guess comes first (the box says so)
        p = self._prediction_at(self.revealed)
        if p is not None:
            self.pending, self.last_guess = p, None
            self.predict_box.edit.clear()
            self.predict_box.tell("", "")
            self._refresh()
            return
        self.revealed = min(self.revealed + 1, self.view.graph.steps)
        self._refresh()

    def show_all(self) -> None:
        self.timer.stop()
        self._clear_prediction()
        self.revealed = self.view.graph.steps
        self._refresh()

    def reset(self) -> None:
        self.timer.stop()
        self.revealed = 0
        self._clear_prediction(forget=True)
        self._refresh()

    # ---- predict, then reveal ----------------------------------------------------------------------
    def _edge_at(self, step: int) -> int | None:
        """The edge whose backward value step ``step`` (0-based) reveals, or None."""
        g = self.view.graph
        n = len(g.forward_order)
        return g.backward_order[step - n] if n <= step < g.steps else None

    def _prediction_at(self, step: int) -> Prediction | None:
        edge = self._edge_at(step)
        if edge is None:
            return None
        target = f"{self.variant}:{self.view.graph.edges[edge].src}"
        return next((p for p in self.predictions if p.target == target and p.id not in self.solved
                     and p.id not in self.released), None)

    def guess(self, text: str) -> bool:
        """Judge a guess for the value being predicted; True when it is right."""
        p = self.pending
        number = parse_guess(text)
        if p is None or number is None:
            if p is not None:
                self.predict_box.tell(self.tr("Type a number, e.g. 2.2."), "wrong")
            return False
        edge = self.view.graph.edges[self._edge_at(self.revealed)]
        verdict = judge(p, number, edge.backward)
        self.predicted.emit(p.id, verdict.correct)
        self.last_guess = number
        if verdict.correct:
            self.solved.add(p.id)
            self._settle(self.tr("✓ Right: %1").replace("%1", self._worked(edge)), "right")
        else:
            self.predict_box.tell(
                self.tr("✗ %1 is off by %2. A × node sends back what arrives from the right times "
                        "its other input: try again, or press Reveal.")
                .replace("%1", format_number(number)).replace("%2", format_number(verdict.error)),
                "wrong")
        return verdict.correct

    def reveal(self) -> None:
        if self.pending is not None:
            edge = self.view.graph.edges[self._edge_at(self.revealed)]
            self._settle(self._worked(edge), "shown")

    def _settle(self, text: str, kind: str) -> None:
        p = self.pending
        self.released.add(p.id)
        self.pending = None
        self.revealed += 1
        self._refresh()
        self.predict_box.settle(self._prompt(p))
        self.predict_box.tell(text, kind)

    def _worked(self, edge: G.Edge) -> str:
        """How the backward value was computed: what arrives × the other input (× node)."""
        g = self.view.graph
        out = next(e for e in g.edges if e.src == edge.dst)
        node = next(n for n in g.nodes if n.id == edge.dst)
        name = bilingual(edge.name)
        if node.label[0] == "×":
            other = next(e for e in g.edges if e.dst == edge.dst and e.src != edge.src)
            return (f"{name} = {format_number(out.backward)} × {format_number(other.forward)} = "
                    f"<b>{format_number(edge.backward)}</b>")
        return f"{name} = {format_number(out.backward)} = <b>{format_number(edge.backward)}</b>"

    def _prompt(self, p: Prediction) -> str:
        text = self.tr("Predict %1:").replace("%1", p.title(current_language()))
        return "<b>✎ " + text + "</b>"

    def _clear_prediction(self, forget: bool = False) -> None:
        self.pending = None
        if forget:
            self.released.clear()
        self.predict_box.setVisible(False)

    def _recompute(self) -> None:
        self.view.set_graph(self.build_graph(), self.revealed)
        self._refresh()

    def _refresh(self) -> None:
        g = self.view.graph
        self.view.asking = self._edge_at(self.revealed) if self.pending is not None else None
        self.view.set_graph(g, self.revealed)
        if self.pending is not None:
            self.predict_box.ask(self._prompt(self.pending), self.tr("your guess"))
        n_fwd = len(g.forward_order)
        if self.revealed < n_fwd:
            phase, colour = self.tr("Forward"), FORWARD
            where = self.tr("%1 of %2 values").replace("%1", str(self.revealed)).replace(
                "%2", str(n_fwd))
            following = self.tr("Next: the next value forward, left to right")
        elif self.revealed < g.steps:
            phase, colour = self.tr("Backward"), BACKWARD
            where = self.tr("%1 of %2 derivatives").replace(
                "%1", str(self.revealed - n_fwd)).replace("%2", str(len(g.backward_order)))
            following = self.tr("Next: the next derivative backward, right to left")
        else:
            phase, colour = self.tr("Done"), BACKWARD
            where = self.tr("every value is shown")
            following = self.tr("Forward above each edge, backward below it")
        self.status.setText(f"<span style='color:{colour.name()}'>{phase}</span> · {where}")
        self.controls.next_label.setText(bilingual(self.pending.prompt) if self.pending is not None
                                         else following)
        self._refresh_controls()
        self._update_summary()
        if self.revealed >= g.steps:
            self.mark_tried()

    def _refresh_controls(self) -> None:
        g, c = self.view.graph, self.controls
        n_fwd, free = len(g.forward_order), self.pending is None
        states = {"forward": free and self.revealed < n_fwd,
                  "backward": free and n_fwd <= self.revealed < g.steps,
                  "run": self.revealed < g.steps, "play": free and self.revealed < g.steps,
                  "undo": self.revealed > 0 or not free, "reset": self.revealed > 0 or not free}
        buttons = {"forward": c.forward_button, "backward": c.backward_button, "run": c.run_button,
                   "play": c.play_button, "undo": c.undo_button, "reset": c.reset_button}
        for name, enabled in states.items():
            buttons[name].setEnabled(enabled)
            self.actions_by_name[name].setEnabled(enabled)
        playing = self.timer.isActive()
        c.play_button.setChecked(playing)
        c.play_button.setText(Q.translate("StepView", "Pause") if playing
                              else Q.translate("StepControls", "Auto-play"))

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
        widest = [f"{self.tr('Backward')} · " + self.tr("%1 of %2 derivatives"),
                  f"{self.tr('Done')} · " + self.tr("every value is shown")]
        fm = self.status.fontMetrics()  # one width: the line after it never moves
        self.status.setFixedWidth(max(fm.horizontalAdvance(t) for t in widest) + 16)
        titles = {"apple": self.tr("Apples (book 5.4)"), "apple_orange": self.tr("Apples and oranges"),
                  "local": self.tr("Local computation: 4000 + 200"),
                  "chain": self.tr("Chain rule: z = t², t = x + y")}
        for i, key in enumerate(VARIANTS):
            self.variant_combo.setItemText(i, titles[key])
        self._label_inputs()
        if self.view.graph is not None:
            self._refresh()
        self.view.update()
