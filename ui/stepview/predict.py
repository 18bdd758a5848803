"""Predict, then reveal: the step view hides a step's value until the learner guesses it.

A lesson names its predictions (``nnlab.lessons.predict.Prediction``: the step, the array, the
element). When that step is taken, the array shows "?", the element is outlined with the numbers
that feed it, and a box under the header asks for a guess; stepping on waits. A right guess (within
tolerance, or the right sign) reveals the value with the formula worked out in numbers; a wrong one
says how far off it was, shows the formula with its numbers but not its result, and lets the
learner try again or reveal. Without lesson predictions ("Your design") the option asks for the
highlighted element of every step except the output layer's forward step.

The view calls: ``observe(result)`` after every action, ``blocks()`` before stepping on,
``stops_ahead()`` before running to the end, ``hidden(record)`` while drawing, ``new_pass()``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from nnlab.lessons.predict import Prediction, Verdict, judge, parse_guess
from nnlab.stepper import Phase, StepRecord

from ..i18n import bilingual, current_language
from ..theme import set_state
from .numbers import format_number
from .slots import default_focus, layer_entry, slots_for

GENERIC_TOLERANCE = 0.005


class PredictBox(QFrame):
    """One row: what to predict, a line to type the guess in, Check and Reveal, the verdict.
    (The long prompt goes where the step's narration would be: that would give the value away.)"""

    guessed = Signal(str)
    revealRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("predictBox")
        self.prompt = QLabel()
        self.prompt.setObjectName("predictPrompt")
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        self.edit = QLineEdit()
        self.edit.setObjectName("predictEdit")
        self.edit.setMaximumWidth(130)
        self.check_button = QPushButton()
        self.check_button.setObjectName("predictCheck")
        self.reveal_button = QPushButton()
        self.reveal_button.setObjectName("predictReveal")
        self.verdict = QLabel()
        self.verdict.setObjectName("predictVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 10, 5)
        layout.setSpacing(6)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.check_button)
        layout.addWidget(self.reveal_button)
        layout.addWidget(self.verdict, 1)
        self.check_button.clicked.connect(lambda: self.guessed.emit(self.edit.text()))
        self.edit.returnPressed.connect(lambda: self.guessed.emit(self.edit.text()))
        self.reveal_button.clicked.connect(self.revealRequested)
        self.setVisible(False)
        self.retranslateUi()

    def ask(self, prompt: str, placeholder: str) -> None:
        """Show the question with the input (keeps what was typed and the last verdict)."""
        self.prompt.setText(prompt)
        self.edit.setPlaceholderText(placeholder)
        for w in (self.edit, self.check_button, self.reveal_button):
            w.setVisible(True)
        self.setVisible(True)

    def tell(self, text: str, kind: str) -> None:
        """Show a verdict: "right", "wrong" or "shown" (revealed without a right guess)."""
        set_state(self.verdict, "verdict", kind)
        self.verdict.setText(text)
        self.verdict.setVisible(bool(text))

    def settle(self, prompt: str) -> None:
        """The value is out: keep the prompt and the verdict, drop the input."""
        self.prompt.setText(prompt)
        for w in (self.edit, self.check_button, self.reveal_button):
            w.setVisible(False)
        self.setVisible(True)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.check_button.setText(self.tr("Check"))
        self.reveal_button.setText(self.tr("Reveal"))
        self.reveal_button.setToolTip(self.tr("Show the value without a right guess"))


class PredictController(QObject):
    """Which step of the view is hidden until predicted, and how each guess went."""

    predicted = Signal(str, bool)  # a lesson prediction was guessed: its id, right

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.box = PredictBox()
        self.toggle = QToolButton()
        self.toggle.setObjectName("predictToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._toggled)
        self.predictions: tuple[Prediction, ...] = ()
        self.solved: set[str] = set()
        self.released: set[str] = set()  # asked and settled in this pass
        self.pending: Prediction | None = None
        self.last: tuple[Prediction, Verdict | None, bool] | None = None  # (p, verdict, settled)
        self.box.guessed.connect(self.guess)
        self.box.revealRequested.connect(self.reveal)
        self.retranslateUi()

    # ---- configuration --------------------------------------------------------------------------
    def configure(self, predictions=(), enabled: bool = False, solved=()) -> None:
        """The lesson's predictions (empty: every step when enabled) and those already right."""
        self.predictions = tuple(predictions)
        self.solved = set(solved)
        self.toggle.blockSignals(True)
        self.toggle.setChecked(enabled)
        self.toggle.blockSignals(False)
        self.reset()

    @property
    def enabled(self) -> bool:
        return self.toggle.isChecked()

    def set_enabled(self, on: bool) -> None:
        self.toggle.setChecked(on)

    def reset(self) -> None:
        """A new session, a reset or a new pass: nothing pending, nothing settled."""
        self.pending, self.last = None, None
        self.released.clear()
        self.box.edit.clear()
        self.box.tell("", "")
        self.box.setVisible(False)

    def new_pass(self) -> None:
        self.released.clear()
        self.last = None

    def _toggled(self, on: bool) -> None:
        if not on and self.pending is not None:
            self.pending = None
        self.view.refresh()

    # ---- which step is hidden -------------------------------------------------------------------
    def _for(self, record: StepRecord) -> Prediction | None:
        """The prediction asked at ``record``'s step, if one is still to be made."""
        if not self.enabled or record.kind == Phase.UPDATE:
            return None
        if self.predictions:
            for p in self.predictions:
                if p.step == (record.kind, record.index) and p.id not in self.solved \
                        and p.id not in self.released:
                    return p
            return None
        return self._generic(record)

    def _generic(self, record: StepRecord) -> Prediction | None:
        stepper = self.view.stepper
        entry = layer_entry(stepper, record.index)
        key = f"{record.kind}:{record.index}"
        if key in self.released or (record.kind == Phase.FORWARD and entry is not None
                                    and entry.is_head):
            return None
        focus = default_focus(record, slots_for(record, stepper))
        if focus is None:
            return None
        prompt = (Q.translate("Predict", "Predict the highlighted value before it is shown."),) * 2
        return Prediction(key, "", prompt, 0.0, GENERIC_TOLERANCE, step=(record.kind, record.index),
                          slot=focus[0], element=tuple(focus[1]))

    def observe(self, result) -> None:
        """After an action: a new step may be hidden; an undone one is no longer."""
        stepper = self.view.stepper
        if isinstance(result, StepRecord) and result.kind != Phase.UPDATE:
            p = self._for(result)
            if p is not None:
                self.pending, self.last = p, None
                self.box.edit.clear()
                self.box.tell("", "")
            return
        if stepper is None:
            return
        made = {(r.kind, r.index) for r in stepper.records}
        if self.pending is not None and self.pending.step not in made:
            self.pending = None
        self.released = {i for i in self.released if self._step_of(i) in made}
        if self.last is not None and self.last[0].step not in made:
            self.last = None

    def _step_of(self, prediction_id: str) -> tuple[str, int] | None:
        p = next((p for p in self.predictions if p.id == prediction_id), None)
        if p is not None:
            return p.step
        kind, _, index = prediction_id.partition(":")
        return (kind, int(index)) if index.lstrip("-").isdigit() else None

    def blocks(self) -> bool:
        return self.pending is not None

    def stops_ahead(self) -> bool:
        """Whether running to the end would pass a step that asks for a prediction."""
        if not self.enabled:
            return False
        if not self.predictions:
            return True
        made = {(r.kind, r.index) for r in self.view.stepper.records}
        return any(p.step not in made and p.id not in self.solved for p in self.predictions
                   if p.step is not None)

    def hidden(self, record: StepRecord | None) -> Prediction | None:
        """The prediction whose value ``record`` must not show yet."""
        p = self.pending
        if p is None or record is None or (record.kind, record.index) != p.step:
            return None
        return p

    def block_message(self) -> str:
        return Q.translate("Predict", "Predict the highlighted value first (or press Reveal).")

    # ---- guessing ------------------------------------------------------------------------------
    def value(self, p: Prediction) -> float | None:
        stepper = self.view.stepper
        record = next((r for r in (stepper.records if stepper else ())
                       if (r.kind, r.index) == p.step), None)
        if record is None:
            return None
        slot = next((s for s in slots_for(record, stepper) if s.key == p.slot), None)
        return None if slot is None else float(slot.array[p.element])

    def guess(self, text: str) -> Verdict | None:
        """Judge the text typed for the pending prediction."""
        p = self.pending
        if p is None:
            return None
        value = self.value(p)
        number = parse_guess(text, sign=p.sign)
        if value is None or number is None:
            self.box.tell(self._unreadable(p), "wrong")
            return None
        verdict = judge(p, number, value)
        if self.predictions:
            self.predicted.emit(p.id, verdict.correct)
        if verdict.correct:
            self.solved.add(p.id)
            self._settle(p, verdict)
        else:
            self.last = (p, verdict, False)
            self.view.refresh()
        return verdict

    def reveal(self) -> None:
        p = self.pending
        if p is not None:
            verdict = self.last[1] if self.last is not None and self.last[0] is p else None
            self._settle(p, verdict, shown=True)

    def _settle(self, p: Prediction, verdict: Verdict | None, shown: bool = False) -> None:
        self.released.add(p.id)
        self.pending = None
        self.last = (p, verdict, True)
        self.view.refresh()

    def _unreadable(self, p: Prediction) -> str:
        if p.sign:
            return Q.translate("Predict", "Type + or − (or a number with that sign).")
        return Q.translate("Predict", "Type a number, e.g. 1.4 or −0.25.")

    # ---- drawing -------------------------------------------------------------------------------
    def render(self, record: StepRecord | None, panel, formula) -> None:
        """Hide what ``record`` must not show yet, and fill the box (called on every redraw)."""
        p = self.hidden(record)
        if p is not None:
            view = panel.view(p.slot)
            if view is not None:
                view.set_hidden(True)
            panel.formula.setText(self._hint(p, formula))
            self.box.ask(self._prompt(p), self._placeholder(p))
            wrong = self.last if self.last is not None and self.last[0] is p else None
            self.box.tell(self._wrong_text(p, wrong[1]) if wrong else "", "wrong")
            return
        last = self.last
        if last is not None and last[2] and record is not None and \
                (record.kind, record.index) == last[0].step:
            p, verdict, _ = last
            right = verdict is not None and verdict.correct
            self.box.settle(self._prompt(p))
            self.box.tell(self._settled_text(p, verdict), "right" if right else "shown")
            return
        self.box.setVisible(False)

    def narration(self, record: StepRecord | None) -> str:
        """What the narration pane says while the value is hidden: the lesson's prompt."""
        p = self.hidden(record)
        text = bilingual(p.prompt) if p is not None else self.block_message()
        return "<p><b>" + html.escape(Q.translate("Predict", "Predict, then reveal")) + \
            "</b></p><p>" + html.escape(text) + "</p>"

    def _prompt(self, p: Prediction) -> str:
        what = p.title(current_language()) or Q.translate("Predict", "the highlighted value")
        return "<b>✎ " + html.escape(Q.translate("Predict", "Predict %1:").replace("%1", what)) + "</b>"

    @staticmethod
    def _placeholder(p: Prediction) -> str:
        if p.sign:
            return Q.translate("Predict", "+ or −")
        return Q.translate("Predict", "your guess")

    def _hint(self, p: Prediction, formula) -> str:
        """The general formula; after a wrong guess also its numbers, the result left as "?"."""
        text = formula.general
        if self.last is not None and self.last[0] is p and formula.worked:
            first = formula.worked.split("<br>")[0]
            head, sep, _ = first.rpartition(" = ")
            if sep:
                text += "<div style='margin-top:6px'>" + head + " = <b>?</b></div>"
        return text

    def _wrong_text(self, p: Prediction, verdict: Verdict) -> str:
        if p.sign:
            return Q.translate("Predict", "✗ Not that sign. Look at the numbers it is computed "
                                          "from, then try again — or press Reveal.")
        return Q.translate("Predict", "✗ %1 is off by %2. The formula below has the numbers: "
                                      "try again, or press Reveal.").replace(
            "%1", format_number(verdict.guess)).replace("%2", format_number(verdict.error))

    def _settled_text(self, p: Prediction, verdict: Verdict | None) -> str:
        value = self.value(p)
        shown = format_number(value) if value is not None else "?"
        if verdict is not None and verdict.correct:
            if p.sign:
                return Q.translate("Predict", "✓ Right: the value is %1.").replace("%1", shown)
            return Q.translate("Predict", "✓ Right: the value is %1 — your guess %2 is within "
                                          "tolerance.").replace("%1", shown).replace(
                "%2", format_number(verdict.guess))
        text = Q.translate("Predict", "The value is %1.").replace("%1", shown)
        if verdict is not None:
            text += " " + Q.translate("Predict", "Your last guess was %1.").replace(
                "%1", format_number(verdict.guess))
        return text

    def retranslateUi(self) -> None:
        self.toggle.setText(Q.translate("Predict", "✎ Predict"))
        self.toggle.setToolTip(Q.translate("Predict", "Predict, then reveal: hide each value until "
                                                      "you have typed a guess"))
