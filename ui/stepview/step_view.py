"""The step-through view: one sample (or a small batch) goes through the network layer by layer.

Step forward and every number a layer computes appears with the formula that computed it, worked
out for one element; step backward and the gradient comes back the same way; apply the update and
the weights move. The view is a thin face over ``nnlab.Stepper``: every action calls the stepper
and redraws from its records, so edits, undo and reset are exactly the engine's.

    view = StepView(context)
    view.set_session(net, x, t, title=("Three layers", "3 層"), narration=fn, editable=True,
                     until="done")   # "update": no weight update; "backward": forward only
    view.step_forward(); view.step_backward(); view.undo(); view.run_to_end()
    view.apply_update(); view.reset(); view.toggle_autoplay(); view.check_numerical()
    view.stepped.connect(...)      # the StepRecord just made, or None after undo/reset

``narration(position, record)`` is called with the stepper's position and the record on screen
(None before the first step) and returns an (English, Japanese) pair of plain or rich text (HTML),
or None for the view's own short explanation of the step. ``until`` is how far a pass goes:
"done" (forward, backward, update), "update" (forward and backward: the optimizer and Apply update
are hidden) or "backward" (inference: the pass stops once the forward pass is done). A float64 ``net`` is stepped in place
(an update changes its weights); any other is copied to float64 first.

The class is the widgets, the session and what is on screen; where they sit is ``view_layout``,
what the buttons do ``view_actions``, edits and numerical checks ``view_edits``, drawing
``view_render``. What a layer
type shows (symbols, arrays, formulas, narration) comes from ``stepper.net.registry``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QTextBrowser,
    QWidget,
)

from nnlab.network import Network
from nnlab.stepper import Phase, Position, Stepper, StepperError, StepRecord

from ..context import AppContext
from ..i18n import error_text
from ..widgets.network_diagram import NetworkDiagram
from .check_runner import CheckRunner
from .code_panel import CodePanel
from .controls import SHORTCUTS, StepControls
from .formula import Formula
from .im2col_view import ConvExtras
from .predict import PredictController
from .record_panel import RecordPanel
from .session import session_problem
from .step_list import StepList
from .view_actions import ActionMixin
from .view_edits import EditMixin
from .view_layout import LayoutMixin
from .view_render import RenderMixin

_log = logging.getLogger(__name__)
AUTOPLAY_MS = 800
Narration = Callable[[Position, StepRecord | None], tuple[str, str] | None]


class StepView(LayoutMixin, ActionMixin, EditMixin, RenderMixin, QWidget):
    """Diagram, controls, the steps so far, and the record of the step on screen."""

    stepped = Signal(object)  # the StepRecord just made (or None after undo/reset)
    valuesEdited = Signal()  # an input, weight or target was changed and everything recomputed

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepView")
        self.context = context
        self._stepper: Stepper | None = None
        self._title: tuple[str, str] | None = None
        self._narration: Narration | None = None
        self._editable = True
        self._until = Phase.DONE  # how far a pass goes in this session
        self._selected: int | None = None  # a record the learner chose; None follows the newest
        self._focus: tuple[str, tuple] | None = None
        self._focus_record: tuple[str, int] = ("", -2)  # the record the focus was chosen in
        self._update_key: str | None = None
        self._optimizer = None
        self._optimizer_name = ""
        self._generation = 0  # bumped whenever records may change, to drop stale check results
        self._slots = []
        self._formula = Formula("")
        self._message = ("", False)

        self.title_label = QLabel()
        self.title_label.setObjectName("sessionTitle")
        self.title_label.setVisible(False)
        self.controls = StepControls()
        self.diagram = NetworkDiagram()
        self.diagram.setMinimumHeight(150)
        self.diagram_caption = QLabel()
        self.diagram_caption.setObjectName("hint")
        self.diagram_caption.setWordWrap(True)  # inside the diagram's strip: nothing below moves
        self.narration_view = QTextBrowser()
        self.narration_view.setObjectName("narration")
        self.narration_view.setOpenExternalLinks(False)
        self.step_list = StepList()
        self.steps_caption = QLabel()
        self.steps_caption.setObjectName("caption")
        self.panel = RecordPanel()
        self.checks = CheckRunner(self.panel.numerical, self)
        self.predict = PredictController(self)  # predict, then reveal (off until a page asks)
        self.code_panel = CodePanel()  # the book-style NumPy lines of the step
        self.panel.add_header_widget(self.predict.toggle)
        self.panel.add_header_widget(self.code_panel.toggle)
        self.panel.add_above_formula(self.predict.box)
        self.panel.add_below_formula(self.code_panel)
        self.conv_extras = ConvExtras()  # im2col of a convolution step; pooling's winners
        self.panel.add_below_arrays(self.conv_extras)
        self._build_layout()
        self._build_actions()
        self.timer = QTimer(self)
        self.timer.setInterval(AUTOPLAY_MS)
        self.timer.timeout.connect(self._autoplay_tick)

        c = self.controls
        c.forward_button.clicked.connect(self.step_forward)
        c.backward_button.clicked.connect(self.step_backward)
        c.undo_button.clicked.connect(self.undo)
        c.run_button.clicked.connect(self.run_to_end)
        c.update_button.clicked.connect(self.apply_update)
        c.reset_button.clicked.connect(self.reset)
        c.play_button.clicked.connect(self.toggle_autoplay)
        c.optimizer_combo.currentIndexChanged.connect(self._optimizer_changed)
        c.lr_spin.valueChanged.connect(self._lr_changed)
        self.panel.check_button.clicked.connect(self.check_numerical)
        self.panel.focusChosen.connect(self._focus_chosen)
        self.panel.editRequested.connect(self._edit)
        self.panel.editRejected.connect(self._edit_rejected)
        self.panel.updateKeyChosen.connect(self._update_key_chosen)
        self.panel.numerical.cancelRequested.connect(self.cancel_check)
        self.checks.changed.connect(lambda: self._render_record(arrays=False))
        self.checks.failed.connect(lambda text: self._set_message(text))
        self.step_list.recordChosen.connect(self.show_record)
        self.diagram.layerClicked.connect(self._layer_clicked)
        self.retranslateUi()

    # ---- building -------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        slots = {"forward": self.step_forward, "backward": self.step_backward, "undo": self.undo,
                 "run": self.run_to_end, "update": self.apply_update, "reset": self.reset,
                 "play": self.toggle_autoplay, "check": self.check_numerical}
        self.actions_by_name: dict[str, QAction] = {}
        for name, slot in slots.items():
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in SHORTCUTS[name]])
            # Single keys, active whenever this view is visible (a shortcut's widget must be
            # visible, so never from another tab or a hidden lesson) — also when the focus is in
            # the lesson list beside it. A text field that has focus keeps its keys: it accepts
            # the ShortcutOverride for them.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action

    # ---- session --------------------------------------------------------------------------------
    def set_session(self, net: Network, x, t, *, title: tuple[str, str] | None = None,
                    narration: Narration | None = None, editable: bool = True,
                    until: str = "done") -> None:
        """Step ``net`` on inputs ``x`` and targets ``t`` (a float32 net is copied to float64)."""
        self.stop_autoplay()
        self._until = Phase(until)
        self.controls.set_update_visible(self._until == Phase.DONE)
        self.checks.cancel()
        self._title, self._narration, self._editable = title, narration, editable
        self._selected, self._focus, self._update_key = None, None, None
        self.checks.clear()
        self.predict.reset()
        self._optimizer = None
        self._generation += 1
        self._set_message("")
        try:
            if np.dtype(net.dtype) != np.float64:
                net = net.astype("float64")
            problem = session_problem(net, x, t)
            if problem is None:
                self._stepper = Stepper(net, x, t)
        except (StepperError, ValueError, TypeError) as e:
            problem = error_text(e)
        if problem is not None:
            self._stepper = None
            self.diagram.set_spec(None)
            self._set_message(self.tr("Cannot step this network with this data: %1").replace(
                "%1", problem))
            _log.warning("step-through session refused: %s", problem)
            self.refresh()
            return
        self.diagram.set_spec(net.spec)
        self.diagram.set_params(net.params if self.diagram.is_neuron_mode() else None)
        if not self._user_sized:
            self.default_split()
        self._fit_position_label()
        self.refresh()

    @property
    def stepper(self) -> Stepper | None:
        return self._stepper

    @property
    def until(self) -> Phase:
        """How far a pass goes: DONE (with the update), UPDATE (no update), BACKWARD (forward only)."""
        return self._until

    def inference_over(self) -> bool:
        """A forward-only session whose forward pass is done: nothing more to step."""
        s = self._stepper
        return s is not None and self._until == Phase.BACKWARD and s.position.phase != Phase.FORWARD

    @property
    def current_record(self) -> StepRecord | None:
        """The record on screen: the one chosen in the list or diagram, else the newest."""
        s = self._stepper
        if s is None or not s.records:
            return None
        if self._selected is not None and self._selected < len(s.records):
            return s.records[self._selected]
        return s.records[-1]

    @property
    def current_index(self) -> int | None:
        s = self._stepper
        if s is None or not s.records:
            return None
        return self._selected if self._selected is not None and self._selected < len(s.records) \
            else len(s.records) - 1

    @property
    def focus(self) -> tuple[str, tuple] | None:
        """(slot key, element index) the formula is worked out for."""
        return self._focus

    def array_view(self, key: str):
        """The ArrayView showing slot ``key`` of the record on screen (or None)."""
        return self.panel.view(key)

    # ---- choosing what to look at ---------------------------------------------------------------
    def show_record(self, index: int) -> None:
        """Show record ``index`` (0 = the first step) instead of the newest."""
        s = self._stepper
        if s is None or not 0 <= index < len(s.records):
            return
        self._selected = None if index == len(s.records) - 1 else index
        self.refresh()

    def _layer_clicked(self, index: int) -> None:
        s = self._stepper
        if s is None:
            return
        layer = max(index, 0)
        matches = [i for i, r in enumerate(s.records) if r.index == layer]
        if not matches:
            self._set_message(self.tr("Layer %1 has not been computed yet.").replace(
                "%1", str(layer + 1)), info=True)
            self._render_record()
            return
        if index < 0:  # the input: the first layer's forward step shows x
            matches = [i for i in matches if s.records[i].kind == Phase.FORWARD]
        self.show_record(matches[-1])

    def _focus_chosen(self, key: str, index: tuple) -> None:
        self._focus = (key, tuple(int(i) for i in index))
        self._render_record(arrays=False)

    def _update_key_chosen(self, key: str) -> None:
        self._update_key = key
        self._render_record()

    def shutdown(self) -> None:
        """Stop auto-play and any running check, and join its thread (call before closing)."""
        self.stop_autoplay()
        self.checks.shutdown()

    # ---- drawing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Redraw everything from the stepper."""
        s = self._stepper
        self._render_title()
        self._render_diagram()
        if s is None:
            self.step_list.set_records([], 0, None)
        else:
            self.step_list.set_records(s.records, s.n_layers, self.current_index)
        self._render_record()
        self._sync_controls()

    def _optimizer_changed(self) -> None:
        self._optimizer = None  # a different rule starts with fresh state

    def _lr_changed(self, value: float) -> None:
        if self._optimizer is not None:
            self._optimizer.lr = float(value)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
