"""Runs the numerical gradient checks of a step-through session and keeps their results.

A check is done at once when it is light, else in a ``CheckThread`` (one at a time; a new one
cancels the old). Results are kept per layer with the *generation* of the records they were
computed for: the view bumps its generation whenever records may change (an edit, an undo, a new
pass), so a result never outlives the numbers it describes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from nnlab.stepper import Stepper, StepperError

from ..i18n import error_text
from .numerical import SYNC_LIMIT, CheckThread, NumericalPanel, check_size, check_work


class CheckRunner(QObject):
    """Starts, cancels and joins checks; ``changed`` asks the view to redraw."""

    changed = Signal()  # a check started, finished or was cancelled
    failed = Signal(str)  # why a check could not run

    def __init__(self, panel: NumericalPanel, parent: QObject | None = None):
        super().__init__(parent)
        self.panel = panel
        self._results: dict[int, tuple[int, dict]] = {}
        self._current: CheckThread | None = None
        self._threads: list[CheckThread] = []  # started and not yet finished (shutdown joins them)

    # ---- running --------------------------------------------------------------------------------
    def run(self, stepper: Stepper, index: int, generation: int) -> None:
        """Check layer ``index`` (after its backward step) for the records of ``generation``."""
        if check_work(stepper, index) <= SYNC_LIMIT:
            self.cancel()
            try:
                self._results[index] = (generation, stepper.numerical_check(index))
            except StepperError as e:
                self.failed.emit(error_text(e))
            self.changed.emit()
            return
        self.cancel()
        thread = CheckThread(stepper, index, self)
        thread.progressed.connect(self.panel.set_progress)
        thread.checked.connect(lambda result, t=thread, g=generation: self._done(t, g, result))
        thread.failed.connect(self.failed)
        thread.finished.connect(lambda t=thread: self._finished(t))
        self._current = thread
        self._threads.append(thread)
        self.panel.show_running(check_size(stepper, index))
        thread.start()
        self.changed.emit()

    def _done(self, thread: CheckThread, generation: int, result: dict) -> None:
        if thread.index is not None:
            self._results[thread.index] = (generation, result)
        if self._current is thread:  # show it now; the thread is only returning
            self._current = None
            self.changed.emit()

    def _finished(self, thread: CheckThread) -> None:
        if thread in self._threads:
            self._threads.remove(thread)
        thread.deleteLater()
        if self._current is thread:  # failed: nothing was shown yet
            self._current = None
            self.changed.emit()

    def cancel(self) -> None:
        """Stop the running check (if any) and wait for its thread."""
        thread, self._current = self._current, None
        if thread is not None:
            thread.cancel()
            thread.wait()
            self.panel.setVisible(False)

    def shutdown(self) -> None:
        """Cancel, then join every thread still returning."""
        self.cancel()
        for thread in list(self._threads):
            thread.wait()

    # ---- state ----------------------------------------------------------------------------------
    @property
    def running_index(self) -> int | None:
        """The layer being checked in the background, or None."""
        return self._current.index if self._current is not None else None

    def is_running(self) -> bool:
        return self._current is not None

    def result(self, index: int, generation: int) -> dict | None:
        """{name: (backprop, numerical, relative error)} for layer ``index``, if still current."""
        kept = self._results.get(index)
        return kept[1] if kept is not None and kept[0] == generation else None

    def clear(self) -> None:
        self._results.clear()
