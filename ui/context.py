"""What the tabs share: the current design, the current model, and requests to switch tab.

Tabs never reach into each other; they read and set these and listen to the signals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class AppContext(QObject):
    """The window-wide state every tab may read or change."""

    specChanged = Signal(object)  # nnlab.NetworkSpec: the designer's current design
    modelChanged = Signal(object)  # nnlab.Network or None: the model trained or opened last
    stepRequested = Signal(object)  # nnlab.Network: open it in the step-through view
    drawRequested = Signal(object)  # nnlab.Network: test it in the Draw tab
    designRequested = Signal(object)  # nnlab.NetworkSpec: make it the Designer's design (undoable)
    trainSettingsRequested = Signal(object)  # dict of nnlab.TrainConfig fields for the Train tab
    tabRequested = Signal(str)  # "designer" | "lessons" | "train" | "draw"
    statusMessage = Signal(str)  # a short message for the status bar

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.spec = None
        self.model = None
        # The Designer sets this to its "unsaved changes: save, discard or cancel?" question;
        # a design sent from elsewhere replaces the current one only when it returns True.
        self.may_replace_design: Callable[[], bool] = lambda: True

    def set_spec(self, spec) -> None:
        """The designer calls this on every edit (with a copy it will not mutate afterwards)."""
        self.spec = spec
        self.specChanged.emit(spec)

    def set_model(self, network) -> None:
        self.model = network
        self.modelChanged.emit(network)

    def open_in_stepper(self, network) -> None:
        self.stepRequested.emit(network)
        self.tabRequested.emit("lessons")

    def open_in_trainer(self, spec, settings: dict | None = None) -> bool:
        """A lesson hands over a network and the settings to train it with (e.g. the book's).

        False when the learner kept the current design (cancelled the unsaved-changes question)."""
        if not self.may_replace_design():
            return False
        self.designRequested.emit(spec)
        if settings:
            self.trainSettingsRequested.emit(dict(settings))
        self.tabRequested.emit("train")
        return True

    def open_in_draw(self, network) -> None:
        self.set_model(network)
        self.drawRequested.emit(network)
        self.tabRequested.emit("draw")
