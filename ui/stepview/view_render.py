"""How the step-through view draws itself from the stepper: texts, diagram, record, controls.

A mixin of ``StepView`` (kept apart so each file stays about one thing): everything here reads
the stepper and the view's choices (record on screen, chosen element) and never changes them,
except to fall back to a valid element when the chosen one no longer exists.
"""

from __future__ import annotations

import html
import logging

import numpy as np
from PySide6.QtCore import QCoreApplication as Q

from nnlab.stepper import Phase

from ..i18n import bilingual
from ..theme import FORWARD, MUTED, phase_colour
from .formula import Formula, formula_for
from .narration import default_narration
from .numbers import format_number
from .numerical import result_html
from .slots import (
    Slot,
    default_focus,
    layer_entry,
    param_symbol,
    slots_for,
    symbols,
    telling_focus,
    update_keys,
    valid_focus,
)

_log = logging.getLogger(__name__)
UPDATE_NAMES = ("SGD", "Momentum", "Nesterov", "AdaGrad", "RMSprop", "Adam")  # optimizer classes


class RenderMixin:
    """Drawing for StepView (uses its widgets and state)."""

    # ---- texts ----------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.steps_caption.setText(Q.translate("StepView", "Steps"))
        self._fit_position_label()
        self._retranslate_toggle()
        self.narration_view.setPlaceholderText(
            Q.translate("StepView", "What this step does"))
        self.refresh()

    def _layer_text(self, index: int, layer_type: str) -> str:
        n = self._stepper.n_layers if self._stepper is not None else 0
        text = Q.translate("StepView", "layer %1 of %2: %3")
        return text.replace("%1", str(index + 1)).replace("%2", str(n)).replace("%3", layer_type)

    def _phase_name(self, phase: Phase) -> str:
        return {Phase.FORWARD: Q.translate("StepView", "Forward"),
                Phase.BACKWARD: Q.translate("StepView", "Backward"),
                Phase.UPDATE: Q.translate("StepView", "Update")}.get(phase, str(phase))

    def _record_header(self, record) -> str:
        if record.kind == Phase.UPDATE:
            lr = record.lr if record.lr is not None else float("nan")
            text = Q.translate("StepView", "Update · %1, ε = %2")
            return text.replace("%1", record.layer_type).replace("%2", format_number(lr))
        where = self._layer_text(record.index, record.layer_type)
        text = f"{self._phase_name(record.kind)} · {where}"
        if record.loss is not None:
            text += f" · L = {format_number(record.loss)}"
        return text

    def _next_text(self) -> str:
        p = self._stepper.position
        if self.inference_over():
            return Q.translate("StepView", "Done: inference ends with the forward pass (Reset to "
                                           "step it again)")
        if p.phase == Phase.UPDATE and self._until == Phase.UPDATE:
            return Q.translate("StepView", "Done: every gradient is known. Step forward to start "
                                           "a new pass")
        if p.phase == Phase.FORWARD:
            layer = type(self._stepper.net.layers[p.index]).__name__
            return Q.translate("StepView", "Next: forward through layer %1 (%2)").replace(
                "%1", str(p.index + 1)).replace("%2", layer)
        if p.phase == Phase.BACKWARD:
            layer = type(self._stepper.net.layers[p.index]).__name__
            return Q.translate("StepView", "Next: backward through layer %1 (%2)").replace(
                "%1", str(p.index + 1)).replace("%2", layer)
        if p.phase == Phase.UPDATE:
            return Q.translate(
                "StepView", "Next: apply the update (or step forward for a new pass without it)")
        return Q.translate(
            "StepView", "Next: step forward to start a new pass with the new weights")

    def _render_title(self) -> None:
        self.title_label.setVisible(self._title is not None)
        if self._title is not None:
            self.title_label.setText(bilingual(self._title))

    # ---- diagram --------------------------------------------------------------------------------
    def _render_diagram(self) -> None:
        s, record = self._stepper, self.current_record
        if s is None:
            self.diagram.clear_highlight()
            self.diagram_caption.setText("")
            return
        if record is None or record.kind == Phase.UPDATE:
            self.diagram.highlight_layer(None)
        else:
            self.diagram.highlight_layer(record.index, phase_colour(record.kind))
        if not self.diagram.is_neuron_mode():
            self.diagram_caption.setText(Q.translate("StepView", "Click a layer to see its step."))
            return
        self.diagram.set_params(s.net.params)
        backward = record is not None and record.kind == Phase.BACKWARD
        values: dict[int, np.ndarray] = {}
        if backward:
            for r in s.records:
                if r.kind == Phase.BACKWARD and r.dx is not None:
                    values[r.index - 1] = np.asarray(r.dx)[0]
            caption = Q.translate(
                "StepView", "Circles: the gradients that have come back so far (sample 1). "
                            "Click a layer to see its step.")
        else:
            values[-1] = s.x[0]
            for r in s.records:
                if r.kind == Phase.FORWARD:
                    values[r.index] = np.asarray(r.out)[0]
        hidden = self.predict.hidden(record)
        if hidden is not None:  # the circles would give the prediction away
            values.pop(record.index - 1 if backward else record.index, None)
        if not backward:
            caption = Q.translate(
                "StepView", "Circles: the values of sample 1 (blue positive, orange negative); "
                            "lines: the weights. Click a layer to see its step.")
        self.diagram.set_values(values)
        self.diagram_caption.setText(caption)

    # ---- the record on screen -------------------------------------------------------------------
    def _render_record(self, arrays: bool = True) -> None:
        s, record, panel = self._stepper, self.current_record, self.panel
        if s is None:
            self._slots, self._formula = [], Formula("")
            none = Q.translate("StepView", "No network")
            panel.show_record(none, FORWARD, [], Formula(""), None, False)
            panel.check_button.setEnabled(False)
            panel.set_note("")
            panel.set_update_keys(None, None)
            panel.numerical.setVisible(False)
            panel.set_message(*self._message)
            panel.hint.setText("")
            self._render_narration()
            return
        if record is None:
            slots = [Slot("x", "in", "x", "x", s.x, "input"),
                     Slot("t", "in", "t", "t", s.t, "target")]
            header, colour = Q.translate("StepView", "Ready · the input and the target"), FORWARD
            formula = Formula(Q.translate(
                "StepView", "Press <b>Forward one layer</b> (→ or F) to compute the first layer."))
            focus = None
        else:
            slots = slots_for(record, s, self._update_key)
            # Forward, the chosen unit is followed from layer to layer (u₁ → z₁ → …); anywhere
            # else a new step starts from its most telling element.
            shown = (record.kind, record.index)
            same = shown == self._focus_record
            follow = same or (
                record.kind == Phase.FORWARD and self._focus_record[0] == Phase.FORWARD)
            # A followed unit whose number is nearly zero here gives way to a telling one; an
            # element the learner clicked in this record stays.
            if not follow or not valid_focus(self._focus, slots) or (
                    not same and not telling_focus(self._focus, slots)):
                self._focus = default_focus(record, slots)
            hidden = self.predict.hidden(record)
            if hidden is not None and valid_focus((hidden.slot, hidden.element), slots):
                self._focus = (hidden.slot, tuple(hidden.element))  # the element to predict
            self._focus_record = shown
            focus = self._focus
            colour = phase_colour(record.kind)
            layer = s.net.layers[record.index] if record.index >= 0 else None
            formula = formula_for(record, slots, focus, entry=layer_entry(s, record.index),
                                  layer=layer, colour=colour, train=s.train)
            header = self._record_header(record)
        self._slots, self._formula = slots, formula
        editable = self._editable and s.position.phase != Phase.DONE
        if arrays:
            panel.show_record(header, colour, slots, formula, focus, editable)
        else:
            panel.show_record_formula(formula, focus, colour)
        layer = s.net.layers[record.index] if record is not None and record.index >= 0 else None
        self.conv_extras.show_step(record, layer, focus, colour, panel)
        self.predict.render(record, panel, formula)
        self.code_panel.show_code(record, layer_entry(s, record.index) if record else None)
        self._render_extras(record, editable)
        self._render_narration()

    def _render_extras(self, record, editable: bool) -> None:
        panel, s = self.panel, self._stepper
        backward = record is not None and record.kind == Phase.BACKWARD
        panel.check_button.setVisible((record is None or record.kind != Phase.UPDATE)
                                      and self._until != Phase.BACKWARD)  # inference: no gradients
        panel.check_button.setEnabled(backward and not self.check_running())
        self.actions_by_name["check"].setEnabled(backward and not self.check_running())
        panel.set_note(bilingual(record.note) if backward and record.note else "")
        if record is not None and record.kind == Phase.UPDATE:
            items = []
            for key in update_keys(record):
                value = record.grads[key]
                _, i, name = key.split(".")
                title = Q.translate("StepView", "layer %1: %2 %3").replace(
                    "%1", str(int(i) + 1)).replace("%2", param_symbol(name)).replace(
                    "%3", "×".join(map(str, value.shape)))
                items.append((title, key))
            current = self._update_key if self._update_key in record.grads else items[0][1]
            panel.set_update_keys(items, current)
        else:
            panel.set_update_keys(None, None)
        running = self.checks.running_index
        if running is not None:  # progress shows only beside the layer being checked
            panel.numerical.setVisible(backward and record.index == running)
        else:
            result = self.checks.result(record.index, self._generation) if backward else None
            if result is not None:
                s_in = symbols(layer_entry(s, record.index))[0]
                panel.numerical.show_html(result_html(result, s_in, self._focus, record.note))
            else:
                panel.numerical.setVisible(False)
        panel.set_message(*self._message)
        if self._editable and s.position.phase == Phase.DONE:
            hint = Q.translate(
                "StepView", "The weights were just updated, so values cannot be edited now: undo "
                            "the update, or step forward to start a new pass with the new weights.")
        elif self._editable:
            hint = Q.translate(
                "StepView", "Click a computed value to see how it is computed. Double-click an "
                            "input, a weight or the target to change it: everything after it is "
                            "recomputed.")
        else:
            hint = Q.translate("StepView", "Click a computed value to see how it is computed.")
        panel.hint.setText(hint)

    def _render_narration(self) -> None:
        s, record = self._stepper, self.current_record
        position = s.position if s is not None else None
        text = None
        entry = layer_entry(s, record.index) if record is not None else None
        # The hint (what can be clicked and edited) closes the text beside the record.
        hint = self.panel.hint.text()
        tail = (f"<p style='color:{MUTED.name()}'><small>{html.escape(hint)}</small></p>"
                if hint else "")
        if self.predict.hidden(record) is not None:  # the lesson's text would give it away
            self.narration_view.setHtml(self.predict.narration(record) + tail)
            return
        if self._narration is not None and position is not None:
            try:
                pair = self._narration(position, record)
            except Exception:  # a lesson's text must never break the view
                _log.exception("narration callback failed")
                pair = None
            if pair:
                text = bilingual(pair)
        self.narration_view.setHtml((text or default_narration(position, record, entry)) + tail)

    # ---- controls -------------------------------------------------------------------------------
    def _fit_position_label(self) -> None:
        """One width for "Backward · layer 3 of 4: Affine" whatever the step, so the line after
        it never moves: the widest text this session can show."""
        s, label = self._stepper, self.controls.position_label
        texts = [Q.translate("StepView", "Ready: nothing computed yet")]
        if s is not None:
            for i, layer in enumerate(s.net.layers):
                for phase in (Phase.FORWARD, Phase.BACKWARD):
                    texts.append(f"{self._phase_name(phase)} · "
                                 f"{self._layer_text(i, type(layer).__name__)}")
            texts += [f"{self._phase_name(Phase.UPDATE)} · {name}" for name in UPDATE_NAMES]
        label.ensurePolished()
        width = max(label.fontMetrics().horizontalAdvance(t) for t in texts) + 12
        label.setFixedWidth(min(width, 460))

    def _sync_controls(self) -> None:
        s, c = self._stepper, self.controls
        has = s is not None
        over = self.inference_over()
        states = {
            "forward": has and s.can_forward and not over,
            "backward": has and s.can_backward and self._until != Phase.BACKWARD,
            "run": has and not over,
            "update": has and s.can_update and self._until == Phase.DONE,
            "undo": has and s.can_undo,
            "reset": has and (s.can_undo or bool(s.records)),
            "play": has and not over,
        }
        buttons = {"forward": c.forward_button, "backward": c.backward_button, "run": c.run_button,
                   "update": c.update_button, "undo": c.undo_button, "reset": c.reset_button,
                   "play": c.play_button}
        for name, enabled in states.items():
            buttons[name].setEnabled(enabled)
            self.actions_by_name[name].setEnabled(enabled)
        playing = self.timer.isActive()
        c.play_button.setChecked(playing)
        pause, play = Q.translate("StepView", "Pause"), Q.translate("StepControls", "Auto-play")
        c.play_button.setText(pause if playing else play)
        if not has:
            c.position_label.setText("")
            c.next_label.setText("")
            c.loss_label.setText("")
            return
        last = s.records[-1] if s.records else None
        if last is None:
            c.position_label.setText(Q.translate("StepView", "Ready: nothing computed yet"))
        else:
            colour = phase_colour(last.kind).name()
            where = (self._layer_text(last.index, last.layer_type) if last.kind != Phase.UPDATE
                     else last.layer_type)
            c.position_label.setText(f"<span style='color:{colour}'>{self._phase_name(last.kind)}"
                                     f"</span> · {where}")
        c.next_label.setText(self._next_text())
        loss = s.loss
        if loss is None:
            c.loss_label.setText("")
        else:
            word = Q.translate("StepView", "loss")
            c.loss_label.setText(f"{word} L = <b>{format_number(loss)}</b>")

