"""What the screens share: waiting on the real event loop, clicking, and answering predictions.

Nothing here sleeps blindly: ``wait_until`` turns the event loop until a condition holds, so a
worker's results arrive as they would for a learner.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea


class ScreenError(RuntimeError):
    """A screen could not reach the state it shows."""


def settle(ms: int = 150) -> None:
    """Let layouts, timers and plots catch up (event-loop turns for ``ms`` milliseconds)."""
    end = time.monotonic() + ms / 1000
    QApplication.processEvents()
    while time.monotonic() < end:
        time.sleep(0.01)
        QApplication.processEvents()


def wait_until(condition: Callable[[], bool], timeout: float = 60.0, what: str = "") -> None:
    """Run the event loop until ``condition()`` holds; ScreenError after ``timeout`` seconds.

    Events are processed in turns with a short time.sleep between them: the sleep releases
    Python's GIL (QTest.qWait appears not to: waiting with it, lesson 14 took 10× longer), so the
    worker threads being waited on can run.
    """
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise ScreenError(f"timed out after {timeout:.0f} s waiting for {what or condition}")
        QApplication.processEvents()
        time.sleep(0.02)


def click(button) -> None:
    if not button.isEnabled():
        raise ScreenError(f"button {button.objectName() or button.text()!r} is disabled")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    QApplication.processEvents()


def answer_prediction(view) -> bool:
    """Type the right value into a step view's pending prediction, as a learner who got it."""
    p = view.predict.pending
    if p is None:
        return False
    value = view.predict.value(p)
    verdict = view.predict.guess(f"{value:.6g}") if value is not None else None
    if verdict is None or not verdict.correct:
        view.predict.reveal()
    return True


def step(view, button_name: str, times: int = 1) -> None:
    """Press Step forward/backward ``times`` times, answering any prediction on the way."""
    for _ in range(times):
        button = getattr(view.controls, button_name)
        if not button.isEnabled():
            answer_prediction(view)
        if not button.isEnabled():
            return
        click(button)
        if answer_prediction(view):
            settle(30)


def forward_to_end(view, limit: int = 100) -> None:
    """Step forward until the forward pass is over (predictions answered)."""
    for _ in range(limit):
        s = view.stepper
        if s is None or s.position.phase != "forward" or not view.controls.forward_button.isEnabled():
            answer_prediction(view)
            if not view.controls.forward_button.isEnabled() or view.stepper.position.phase != "forward":
                return
        step(view, "forward_button")


def reveal(widget, top: int | None = None) -> None:
    """Scroll the scroll areas around ``widget`` (inside the tab) so that it is in view; with
    ``top``, so that its top edge sits ``top`` px below the area's top (a tall widget's start)."""
    if widget is None:
        return
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widgetResizable() and parent.widget():
            if top is None:
                parent.ensureWidgetVisible(widget, 0, 20)
            else:
                y = widget.mapTo(parent.widget(), QPoint(0, 0)).y()
                parent.verticalScrollBar().setValue(max(0, y - top))
        parent = parent.parentWidget()
    QApplication.processEvents()


def hide_explanation(window) -> None:
    """Lessons: "Hide explanation", as a learner does to give the page more room."""
    toggle = getattr(window.tabs["lessons"], "body_toggle", None)
    if toggle is not None and not toggle.isChecked():
        click(toggle)
