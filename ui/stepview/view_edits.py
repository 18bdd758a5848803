"""The step-through view's live edits and numerical gradient checks.

A mixin of ``StepView``. Double-clicking an input, a weight or the target and typing a number sets
it in the stepper, which recomputes everything after it; "Check with numerical gradient" compares
the backward step on screen with central differences (``CheckRunner``). Either bumps the view's
*generation*, so a check result never outlives the numbers it describes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from nnlab.stepper import Phase, StepperError

from .numbers import format_number
from .session import edit_refusal, new_target


class EditMixin:
    """Edits and checks for StepView (uses its stepper, slots, ``checks`` and messages)."""

    # ---- live edits -----------------------------------------------------------------------------
    def _edit(self, key: str, index: tuple, value: float) -> None:
        s = self._stepper
        slot = next((sl for sl in self._slots if sl.key == key), None)
        if s is None or slot is None or slot.edit is None or not self._editable:
            return
        index = tuple(int(i) for i in index)
        try:
            if slot.edit == "input":
                x = s.x.copy()
                x[index] = value
                s.set_input(x)
            elif slot.edit == "target":
                s.set_target(new_target(s, index, value))
            else:
                s.set_param(slot.edit, value, index)
        except (StepperError, ValueError) as e:
            self._set_message(edit_refusal(e))
            self._render_record()
            return
        self._generation += 1
        self.checks.clear()
        name = f"{slot.name}[{', '.join(str(i) for i in index)}]"
        self._set_message(Q.translate(
            "StepView", "%1 is now %2: every value after it was recomputed.").replace(
            "%1", name).replace("%2", format_number(value)), info=True)
        self.refresh()
        self.valuesEdited.emit()

    def _edit_rejected(self, text: str) -> None:
        self._set_message(Q.translate(
            "StepView", "“%1” is not a number. Type a value such as 0.5, −2 or 1e-3.").replace(
            "%1", text))
        self._render_record()

    def _set_message(self, text: str, info: bool = False) -> None:
        self._message = (text, info)

    # ---- numerical check ------------------------------------------------------------------------
    def check_numerical(self) -> None:
        """Compare backprop with central differences for the backward step on screen."""
        s, record = self._stepper, self.current_record
        if s is None or record is None or record.kind != Phase.BACKWARD:
            return
        self.checks.run(s, record.index, self._generation)

    def cancel_check(self) -> None:
        """Stop a check running in the background."""
        self.checks.cancel()
        self._render_record(arrays=False)

    def check_running(self) -> bool:
        return self.checks.is_running()

    @property
    def check_result(self) -> dict | None:
        """The numerical check of the record on screen: {name: (backprop, numerical, error)}."""
        record = self.current_record
        if record is None or record.kind != Phase.BACKWARD:
            return None
        return self.checks.result(record.index, self._generation)
