"""What the step-through view's buttons and keys do: step, run, update, undo, reset, auto-play.

A mixin of ``StepView`` (kept apart so each file stays about one thing). Every action calls the
stepper and redraws from its records; a step the stepper refuses becomes a message on screen,
never an exception.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication as Q

from nnlab.optimizers import make_optimizer
from nnlab.stepper import Phase, StepperError

from ..i18n import error_text

_log = logging.getLogger(__name__)


class ActionMixin:
    """Stepping actions for StepView (uses its stepper, controls, timer and ``stepped`` signal)."""

    def step_forward(self) -> None:
        s = self._stepper
        if s is None or self._predict_first():
            return
        if self.inference_over():
            self._refuse(Q.translate("StepView", "Inference ends with the forward pass: Reset to "
                                                 "step it again."))
            return
        if s.position.phase in (Phase.UPDATE, Phase.DONE):
            self._new_pass()
        self._act(s.forward_step)

    def step_backward(self) -> None:
        s = self._stepper
        if s is not None and self._predict_first():
            return
        if s is not None and self._until == Phase.BACKWARD:
            self._refuse(Q.translate("StepView", "This is inference: the network only computes "
                                                 "forward, there is no backward pass."))
            return
        if s is None or not s.can_backward:
            self._refuse(Q.translate("StepView", "Finish the forward pass first: step forward to "
                                                 "the output layer.")
                         if s is not None and s.position.phase == Phase.FORWARD else "")
            return
        self._act(s.backward_step)

    def run_to_end(self) -> None:
        s = self._stepper
        if s is None or self._predict_first() or self.inference_over():
            return
        if self._until == Phase.BACKWARD:  # inference: the rest of the forward pass only
            while s.position.phase == Phase.FORWARD and not self.predict.blocks():
                if self._act(s.forward_step, emit=False) is None:
                    break
            self.stepped.emit(s.records[-1] if s.records else None)
            return
        if s.position.phase in (Phase.UPDATE, Phase.DONE):
            self._new_pass()
            self._act(s.forward_step, emit=False)
        if self.predict.stops_ahead():  # one step at a time, stopping where a guess is asked
            while s.position.phase in (Phase.FORWARD, Phase.BACKWARD) and not self.predict.blocks():
                step = s.forward_step if s.position.phase == Phase.FORWARD else s.backward_step
                if self._act(step, emit=False) is None:
                    break
        else:
            self._act(s.run_to_end, emit=False)
        self.stepped.emit(s.records[-1] if s.records else None)

    def apply_update(self) -> None:
        s = self._stepper
        if s is None or self._until != Phase.DONE or self._predict_first():
            return
        if not s.can_update:
            if s is not None and s.position.phase in (Phase.FORWARD, Phase.BACKWARD):
                self._refuse(Q.translate("StepView", "Finish the backward pass first: the update "
                                                     "needs every gradient."))
            return
        name, lr = self.controls.optimizer_name(), float(self.controls.lr_spin.value())
        if self._optimizer is None or self._optimizer_name != name:
            self._optimizer = make_optimizer(name, lr)
            self._optimizer_name = name
        self._optimizer.lr = lr
        record = self._act(lambda: s.apply_update(self._optimizer), emit=False)
        if record is not None:
            self.stepped.emit(record)

    def undo(self) -> None:
        s = self._stepper
        if s is None or not s.can_undo:
            return
        self._generation += 1
        self._act(s.undo, emit=False)
        self.stepped.emit(None)

    def reset(self) -> None:
        s = self._stepper
        if s is None:
            return
        self.stop_autoplay()
        self._generation += 1
        self._optimizer = None
        self._act(s.reset, emit=False)
        self.stepped.emit(None)

    # ---- auto-play ------------------------------------------------------------------------------
    def toggle_autoplay(self) -> None:
        if self.timer.isActive():
            self.stop_autoplay()
        elif self._stepper is not None and not self.inference_over():
            self.timer.start()
            self._sync_controls()

    def stop_autoplay(self) -> None:
        self.timer.stop()
        self._sync_controls()

    def _autoplay_tick(self) -> None:
        s = self._stepper
        if s is None or self.inference_over():
            self.stop_autoplay()
            return
        if s.position.phase == Phase.BACKWARD:
            self.step_backward()
        else:
            self.step_forward()
        if s.position.phase in (Phase.UPDATE, Phase.DONE) or self.predict.blocks() \
                or self.inference_over():
            self.stop_autoplay()

    # ---- running one ----------------------------------------------------------------------------
    def _new_pass(self) -> None:
        self._generation += 1
        self.checks.clear()
        self.predict.new_pass()

    def _predict_first(self) -> bool:
        """A value waits for the learner's prediction: say so instead of stepping on."""
        if not self.predict.blocks():
            return False
        self.stop_autoplay()
        self._refuse(self.predict.block_message())
        return True

    def _act(self, fn, emit: bool = True):
        """Run a stepper action; a refusal becomes a message, never an exception."""
        try:
            result = fn()
        except StepperError as e:
            self._refuse(error_text(e))
            return None
        except (ValueError, IndexError, FloatingPointError) as e:  # never crash on odd data
            _log.exception("step failed")
            self._refuse(Q.translate("StepView", "This step could not be computed: %1").replace(
                "%1", str(e)))
            return None
        self._selected = None
        self._set_message("")
        self.predict.observe(result)
        self.refresh()
        if emit:
            self.stepped.emit(result)
        return result

    def _refuse(self, text: str) -> None:
        if text:
            self._set_message(text)
            self._render_record()
