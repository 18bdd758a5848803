"""Lesson 12 (a) and (c): the optimizers walking f(x, y) = x²/20 + y², one update at a time.

The contour plot holds every optimizer's path (nnlab.lessons.optimizer_paths, the engine's own
optimizers); the chosen one is stepped with Step, its learning rate ε edited, and the last update
is written out beside the plot with its numbers and the optimizer's state. "−∇f arrows" draws the
direction SGD moves at every point of a grid: mostly across the valley, hence the zigzag.
Predictions (lesson 12's ``predictions``, target "name:t:coordinate") stop the step they are
about until the learner guesses.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons import optimizer_paths as P
from nnlab.lessons.predict import Prediction, judge, parse_guess

from ...i18n import bilingual
from ...stepview.numbers import format_number
from ...stepview.predict import PredictBox
from ...theme import BLUE, FAINT, GREEN, MUTED, ORANGE, PURPLE, RUN_COLOURS, TEXT
from ..lesson_page import sentence_gap
from ..race_verdicts import plane_summary

COLOURS = {"sgd": ORANGE, "momentum": BLUE, "nesterov": RUN_COLOURS[4], "adagrad": GREEN,
           "rmsprop": RUN_COLOURS[3], "adam": PURPLE}
LEVELS = (0.25, 1.0, 2.5, 5.0, 10.0)  # f = c: the ellipses x²/(20c) + y²/c = 1


class OptimizerPlane(QWidget):
    """Choose an optimizer and ε; Step / Run to 30 / Run all six / Reset; formula beside."""

    predicted = Signal(str, bool)
    finished = Signal()  # every path has made its 30 updates (or left the plane)

    def __init__(self, predictions: tuple[Prediction, ...] = (), solved=(), parent=None):
        super().__init__(parent)
        self.predictions = tuple(predictions)
        self.solved = set(solved)
        self.pending: tuple[Prediction, str] | None = None
        self.running_all = False  # "Run all six" waits for a prediction, then goes on
        self.paths = {name: P.OptimizerPath(name) for name in P.NAMES}

        self.combo = QComboBox()
        self.combo.setObjectName("optimizerChoice")
        for name in P.NAMES:
            self.combo.addItem(P.TITLES[name], name)
        self.lr_label = QLabel()
        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setObjectName("optimizerRate")
        self.lr_spin.setDecimals(3)
        self.lr_spin.setRange(0.001, 20.0)
        self.lr_spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.presets = {key: QToolButton() for key in ("book", "small", "large")}
        self.step_button = QPushButton()
        self.step_button.setObjectName("optimizerStep")
        self.run_button = QPushButton()
        self.run_button.setObjectName("optimizerRun")
        self.all_button = QPushButton()
        self.all_button.setObjectName("optimizerRunAll")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("optimizerReset")
        self.arrows_box = QCheckBox()
        self.arrows_box.setObjectName("optimizerArrows")

        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("optimizerPlot")
        self.plot.setAspectLocked(False)
        self.plot.setXRange(-10, 10, padding=0.02)
        self.plot.setYRange(-5, 5, padding=0.02)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setMenuEnabled(False)
        for c in LEVELS:
            self.plot.plot(*P.contour(c), pen=pg.mkPen(FAINT, width=1))
        self.arrows = self.plot.plot(*P.arrow_segments(), connect="pairs",
                                     pen=pg.mkPen(MUTED, width=1))
        self.arrows.setVisible(False)
        self.plot.plot([0], [0], pen=None, symbol="+", symbolSize=14, symbolPen=pg.mkPen(TEXT, width=2))
        self.legend = self.plot.addLegend(offset=(-8, 8), labelTextSize="8pt",
                                          brush=pg.mkBrush(255, 255, 255, 210))
        self.curves = {name: self.plot.plot(
            pen=pg.mkPen(COLOURS[name], width=1.5), symbol="o", symbolSize=5,
            symbolBrush=COLOURS[name], symbolPen=None, name=P.TITLES[name]) for name in P.NAMES}

        self.predict_box = PredictBox()
        self.predict_box.prompt.setWordWrap(True)  # a long prompt must not widen the page
        self.predict_box.layout().setStretchFactor(self.predict_box.prompt, 1)
        self.predict_box.guessed.connect(self.guess)
        self.predict_box.revealRequested.connect(self.reveal)
        self.formula = QLabel()
        self.formula.setObjectName("optimizerFormula")
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.verdict = QLabel()
        self.verdict.setObjectName("optimizerVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)

        controls = QHBoxLayout()
        controls.addWidget(self.combo)
        controls.addWidget(self.lr_label)
        controls.addWidget(self.lr_spin)
        for button in self.presets.values():
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.arrows_box)
        buttons = QGridLayout()  # beside the formula they drive, two by two: fits 1024 px in Japanese
        buttons.addWidget(self.step_button, 0, 0)
        buttons.addWidget(self.run_button, 0, 1)
        buttons.addWidget(self.all_button, 1, 0)
        buttons.addWidget(self.reset_button, 1, 1)
        side = QVBoxLayout()
        side.addLayout(buttons)
        scroll = QScrollArea()  # Adam's four lines wrap a lot on a small screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.formula)
        side.addWidget(scroll, 1)
        body = QHBoxLayout()
        body.addWidget(self.plot, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.predict_box)
        layout.addLayout(body, 1)
        layout.addWidget(self.verdict)

        self.combo.currentIndexChanged.connect(self._chosen)
        self.lr_spin.valueChanged.connect(self._rate_changed)
        for key, times, over in (("book", 1, 1), ("small", 1, 10), ("large", 3, 1)):  # ε·times/over
            self.presets[key].clicked.connect(
                lambda _=False, m=times, d=over: self.lr_spin.setValue(P.BOOK_RATES[self.name] * m / d))
        self.step_button.clicked.connect(lambda: self.advance(self.name, 1))
        self.run_button.clicked.connect(lambda: self.advance(self.name, P.UPDATES))
        self.all_button.clicked.connect(self.run_all)
        self.reset_button.clicked.connect(self.reset)
        self.arrows_box.toggled.connect(self._arrows)
        self._chosen()

    # ---- state ------------------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.combo.currentData()

    @property
    def done(self) -> bool:
        return all(p.t >= P.UPDATES or p.diverged for p in self.paths.values())

    def choose(self, name: str) -> None:
        self.combo.setCurrentIndex(P.NAMES.index(name))

    def _chosen(self) -> None:
        self.lr_spin.blockSignals(True)
        self.lr_spin.setValue(self.paths[self.name].lr)
        self.lr_spin.blockSignals(False)
        self._cancel_pending()
        self.refresh()

    def _rate_changed(self, value: float) -> None:
        """A new ε starts that optimizer's path again."""
        self.paths[self.name] = P.OptimizerPath(self.name, value)
        self._cancel_pending()
        self.refresh()

    def reset(self) -> None:
        self.paths = {name: P.OptimizerPath(name, self.paths[name].lr) for name in P.NAMES}
        self._cancel_pending()
        self.refresh()

    # ---- stepping, stopped by a prediction ---------------------------------------------------------
    def _gate(self, name: str) -> Prediction | None:
        path = self.paths[name]
        for p in self.predictions:
            target, t, _ = p.target.split(":")
            if target == name and int(t) == path.t + 1 and p.id not in self.solved \
                    and abs(path.lr - P.BOOK_RATES[name]) < 1e-12:
                return p
        return None

    def advance(self, name: str, n: int) -> int:
        """Up to n updates of ``name`` (stopping at 30, at a prediction, or off the plane)."""
        path, made = self.paths[name], 0
        while made < n and path.t < P.UPDATES and not path.diverged:
            gate = self._gate(name)
            if gate is not None:
                self._ask(gate, name)
                break
            path.step()
            made += 1
        self.refresh()
        if self.done:
            self.finished.emit()
        return made

    def run_all(self) -> None:
        """Every method to 30 updates; a prediction asks first, and the run goes on after it."""
        self.running_all = True
        for name in P.NAMES:
            self.advance(name, P.UPDATES)
            if self.pending is not None:
                return
        self.running_all = False

    def _ask(self, prediction: Prediction, name: str) -> None:
        running_all = self.running_all
        if self.name != name:
            self.choose(name)  # (which cancels any pending question and the run)
        self.running_all = running_all
        self.pending = (prediction, name)
        self.predict_box.edit.clear()
        self.predict_box.tell(self.waiting_text() if running_all else "", "")
        self.predict_box.ask("<b>✎ " + html.escape(bilingual(prediction.prompt)) + "</b>",
                             self.tr("your guess"))
        self.refresh()
        if running_all:  # the learner answers at once, without looking for the box
            self.predict_box.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def waiting_text(self) -> str:
        return self.tr("Answer the prediction (or press Reveal) to run the rest of “Run all six”.")

    def _cancel_pending(self) -> None:
        self.pending = None
        self.running_all = False
        self.predict_box.setVisible(False)

    def _next_value(self, prediction: Prediction, name: str) -> float:
        trial = P.OptimizerPath(name, self.paths[name].lr)
        trial.run(self.paths[name].t + 1)
        return float(trial.point[int(prediction.target.split(":")[2])])

    def guess(self, text: str) -> bool:
        if self.pending is None:
            return False
        prediction, name = self.pending
        number = parse_guess(text)
        if number is None:
            self.predict_box.tell(self.tr("Type a number, e.g. −1.8."), "wrong")
            return False
        value = self._next_value(prediction, name)
        verdict = judge(prediction, number, value)
        self.predicted.emit(prediction.id, verdict.correct)
        if verdict.correct:
            self._settle(self.tr("✓ Right: %1").replace("%1", format_number(value)), "right")
        else:
            self.predict_box.tell(self.tr("✗ %1 is off by %2. Work out ∇f = (x/10, 2y) at (−7, 2) "
                                          "first, then the update rule. Try again, or press Reveal.")
                                  .replace("%1", format_number(number))
                                  .replace("%2", format_number(verdict.error)), "wrong")
        return verdict.correct

    def reveal(self) -> None:
        if self.pending is not None:
            value = self._next_value(*self.pending)
            self._settle(self.tr("The value: %1").replace("%1", format_number(value)), "shown")

    def _settle(self, text: str, kind: str) -> None:
        prediction, name = self.pending
        self.solved.add(prediction.id)  # asked once per step; the learner goes on either way
        self.pending = None
        self.paths[name].step()
        self.predict_box.settle("<b>✎ " + html.escape(bilingual(prediction.prompt)) + "</b>")
        self.predict_box.tell(text, kind)
        self.refresh()
        if self.running_all:
            self.run_all()  # the answer was what "Run all six" waited for

    # ---- drawing ----------------------------------------------------------------------------------
    def _arrows(self, on: bool) -> None:
        self.arrows.setVisible(on)
        self.refresh()

    def refresh(self) -> None:
        for name, curve in self.curves.items():
            x, y = self.paths[name].xy()
            keep = np.isfinite(x) & np.isfinite(y)
            curve.setData(x[keep], y[keep])
            pen = pg.mkPen(COLOURS[name], width=3 if name == self.name else 1.2)
            curve.setPen(pen)
            curve.setSymbolSize(7 if name == self.name else 4)
        self.formula.setText(self.formula_html())
        self.verdict.setText(self.verdict_text())

    def formula_html(self) -> str:
        path = self.paths[self.name]
        head = (f"<b>{P.TITLES[self.name]}</b>, ε = {format_number(path.lr)} · "
                + self.tr("update %1 of %2").replace("%1", str(path.t)).replace("%2", str(P.UPDATES)))
        if path.records:
            lines = P.update_lines(path.records[-1])
        else:  # "Press Step" only when Step is what comes next, not a pending question
            lines = P.rule_lines(self.name) + [self.tr("p = (x, y) starts at (−7, 2); the state starts at 0. Press Step.")
                                               if self.pending is None else
                                               self.tr("p = (x, y) starts at (−7, 2); the state starts at 0.")]
        if self.pending is not None:
            lines.append(self.tr("✎ Answer the prediction above first."))
        x, y = path.point
        lines.append(f"f(p) = x²/20 + y² = {format_number(float(P.f(x, y)))}")
        if path.diverged:
            lines.append(self.tr("The path has left the plane: ε is too large, the run diverged."))
        body = "<br>".join(html.escape(line) for line in lines)
        return (f"{head}<div style='font-family: DejaVu Sans Mono, monospace; font-size: 9.5pt'>"
                f"{body}</div>{self.history_html(path)}")

    def history_html(self, path: P.OptimizerPath) -> str:
        """Every update so far, newest first: t, the point, f there and the optimizer's state."""
        if not path.records:
            return ""
        names = P.STATE[path.name]
        head = "".join(f"<th align='left'>{h}</th>" for h in ("t", "(x, y)", "f", *names))
        rows = []
        for r in reversed(path.records):
            state = "".join(f"<td>{html.escape(P.vec(r.state_after[n]))}</td>" for n in names)
            rows.append(f"<tr><td>{r.t}</td><td>{html.escape(P.vec(r.after))}</td>"
                        f"<td>{format_number(float(P.f(*r.after)))}</td>{state}</tr>")
        return (f"<p style='margin-top:8px; color:{MUTED.name()}'>" + html.escape(self.tr("All updates so far:"))
                + "</p><table cellspacing='0' cellpadding='3' style='font-size: 8.5pt'>"
                + f"<tr>{head}</tr>" + "".join(rows) + "</table>")

    def verdict_text(self) -> str:
        """What the learner should see, and whether their own paths showed it."""
        parts = []
        if self.arrows_box.isChecked():
            sgd = self.paths["sgd"]
            x, y = sgd.point
            parts.append(self.tr("At SGD's point (%1, %2) the arrow −∇f points %3° away from the "
                                 "straight way to the minimum: it leads across the valley, not "
                                 "along it, so SGD zigzags.")
                         .replace("%1", format_number(x)).replace("%2", format_number(y))
                         .replace("%3", f"{P.angle_to_minimum(sgd.point):.0f}"))
        if self.done:
            parts.append(self.summary_text())
        return sentence_gap().join(parts)

    def summary_text(self) -> str:
        return plane_summary(self.paths)

    def retranslateUi(self) -> None:
        self.lr_label.setText(self.tr("ε (learning rate)"))
        self.lr_spin.setToolTip(self.tr("ε in the update rule; changing it starts this path again"))
        self.presets["book"].setText(self.tr("book"))
        self.presets["small"].setText(self.tr("÷10"))
        self.presets["large"].setText(self.tr("×3"))
        self.presets["book"].setToolTip(self.tr("The book's ε for this method"))
        self.presets["small"].setToolTip(self.tr("Too small: a tenth of the book's ε"))
        self.presets["large"].setToolTip(self.tr("Too large: three times the book's ε"))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("One update of the chosen method"))
        self.run_button.setText(self.tr("Run to 30"))
        self.all_button.setText(self.tr("Run all six"))
        self.reset_button.setText(self.tr("Reset"))
        self.arrows_box.setText(self.tr("−∇f arrows"))
        self.arrows_box.setToolTip(self.tr("The direction SGD moves at each point (why it zigzags)"))
        self.plot.setLabel("bottom", "x")
        self.plot.setLabel("left", "y")
        self.plot.setTitle(self.tr("f(x, y) = x²/20 + y², from (−7, 2)"))
        self.predict_box.retranslateUi()
        self.refresh()
