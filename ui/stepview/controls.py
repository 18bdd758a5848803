"""The step-through view's buttons, the optimizer settings, and the keyboard shortcuts.

    → / F  step forward      ← / B  step backward      U / Backspace  undo
    E      run to the end of the pass                   A  apply the update
    R      reset              Space  auto-play           N  check with the numerical gradient

The shortcuts are single keys that act whenever the view is visible in the active window (also
with the focus in the lesson list beside it); a text field that has focus — a cell editor, the
prediction box, the learning-rate box — keeps its keys.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nnlab.optimizers import OPTIMIZERS

from ..widgets.elided_label import ElidedLabel
from ..widgets.flow_layout import FlowLayout

SHORTCUTS: dict[str, tuple[str, ...]] = {
    "forward": ("Right", "F"),
    "backward": ("Left", "B"),
    "undo": ("U", "Backspace"),
    "run": ("E",),
    "update": ("A",),
    "reset": ("R",),
    "play": ("Space",),
    "check": ("N",),
}

OPTIMIZER_NAMES = tuple(n for n in ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
                        if n in OPTIMIZERS)


def key_text(action: str) -> str:
    """"→ / F" for the tooltip, in the platform's key names."""
    names = []
    for key in SHORTCUTS[action]:
        text = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        names.append({"Right": "→", "Left": "←"}.get(key, text))
    return " / ".join(names)


class StepControls(QWidget):
    """Two rows: stepping buttons and the update settings; then where the pass stands."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepControls")
        self._unit = "layer"  # what one step moves: a network's layer, or a graph's node
        self.backward_button = self._button("backwardButton")
        self.forward_button = self._button("forwardButton")
        self.run_button = self._button("runButton")
        self.play_button = self._button("playButton")
        self.play_button.setCheckable(True)
        self.undo_button = self._button("undoButton")
        self.reset_button = self._button("resetButton")
        self.update_button = self._button("updateButton")
        self.forward_button.setDefault(True)

        self.optimizer_label = QLabel()
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.setObjectName("optimizerCombo")
        for name in OPTIMIZER_NAMES:
            self.optimizer_combo.addItem(_optimizer_title(name), name)
        self.lr_label = QLabel()
        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setObjectName("learningRateSpin")
        self.lr_spin.setDecimals(4)
        self.lr_spin.setRange(0.0001, 10.0)
        self.lr_spin.setSingleStep(0.01)
        self.lr_spin.setValue(0.1)
        self.lr_spin.setKeyboardTracking(False)
        self.lr_spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)

        self.position_label = QLabel()
        self.position_label.setObjectName("positionLabel")
        self.position_label.setTextFormat(Qt.TextFormat.RichText)
        self.next_label = ElidedLabel()  # one line whatever the state: nothing below jumps
        self.next_label.setObjectName("hint")
        self.loss_label = QLabel()
        self.loss_label.setObjectName("lossLabel")
        self.loss_label.setTextFormat(Qt.TextFormat.RichText)

        row = FlowLayout(spacing=6, row_spacing=4)  # wraps on a narrow screen, never clipped
        for w in (self.backward_button, self.forward_button, self.run_button, self.play_button):
            row.addWidget(w)
        row.addWidget(_separator())
        row.addWidget(self.undo_button)
        row.addWidget(self.reset_button)
        self.update_separator = _separator()
        row.addWidget(self.update_separator)
        row.addWidget(self.optimizer_label)
        row.addWidget(self.optimizer_combo)
        row.addWidget(self.lr_label)
        row.addWidget(self.lr_spin)
        row.addWidget(self.update_button)
        status = QHBoxLayout()
        status.setSpacing(14)
        status.addWidget(self.position_label)
        status.addWidget(self.next_label, 1)
        status.addWidget(self.loss_label)
        self._status = status
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addLayout(status)
        self.retranslateUi()

    @staticmethod
    def _button(name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return button

    def hasHeightForWidth(self) -> bool:
        # The wrapping row sets this widget's height itself (resizeEvent): a height-for-width
        # child would make every layout pass of the whole tab ask it again and again.
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        height = self.layout().heightForWidth(self.width())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def add_status_widget(self, widget: QWidget) -> None:
        """A small widget at the end of the status line (the view's diagram toggle)."""
        self._status.addWidget(widget)

    def set_update_visible(self, visible: bool) -> None:
        """The optimizer, ε and Apply update, only where a lesson updates the weights; they sit
        last in the row, so the stepping buttons stay where they are either way."""
        for w in (self.update_separator, self.optimizer_label, self.optimizer_combo, self.lr_label,
                  self.lr_spin, self.update_button):
            w.setVisible(visible)

    def set_step_unit(self, unit: str) -> None:
        """Name the step buttons after what one step moves: ``"layer"`` (networks) or ``"node"``
        (lesson 8's computation graph, where a step reveals one node's value)."""
        self._unit = unit
        self.retranslateUi()

    def _step_texts(self) -> tuple[str, str]:
        if self._unit == "node":
            return self.tr("◀ Backward one node"), self.tr("Forward one node ▶")
        return self.tr("◀ Backward one layer"), self.tr("Forward one layer ▶")

    def optimizer_name(self) -> str:
        return str(self.optimizer_combo.currentData())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        backward, forward = self._step_texts()
        texts = {
            "backward": (self.backward_button, backward,
                         self.tr("Send the gradient back through the next layer")),
            "forward": (self.forward_button, forward,
                        self.tr("Run the next layer forward (after a finished pass: start a new "
                                "one)")),
            "run": (self.run_button, self.tr("Run to end"),
                    self.tr("Finish this pass: the rest of the forward and every backward step")),
            "play": (self.play_button, self.tr("Auto-play"),
                     self.tr("Step slowly by itself until the end of the pass")),
            "undo": (self.undo_button, self.tr("Undo"), self.tr("Take back the last step or edited value exactly")),
            "reset": (self.reset_button, self.tr("Reset"),
                      self.tr("Back to the start, with the weights the session began with")),
            "update": (self.update_button, self.tr("Apply update"),
                       self.tr("Move every weight against its gradient with this optimizer and "
                               "learning rate")),
        }
        for action, (button, text, tip) in texts.items():
            button.setText(text)
            button.setToolTip(f"{tip} ({key_text(action)})")
        # "Auto-play" becomes "Pause" while playing: one width for both, so nothing after moves.
        fm = self.play_button.fontMetrics()
        widest = max(fm.horizontalAdvance(t) for t in (
            self.tr("Auto-play"), QCoreApplication.translate("StepView", "Pause")))
        self.play_button.setMinimumWidth(widest + 28)
        # "layer" (networks) or "node" (lesson 8): one width, so every lesson's toolbar lines up.
        units = (self.tr("◀ Backward one node"), self.tr("Forward one node ▶"),
                 self.tr("◀ Backward one layer"), self.tr("Forward one layer ▶"))
        for button, texts in ((self.backward_button, units[0::2]), (self.forward_button, units[1::2])):
            button.setMinimumWidth(max(fm.horizontalAdvance(t) for t in texts) + 28)
        self.optimizer_label.setText(self.tr("Optimizer"))
        self.lr_label.setText(self.tr("ε (learning rate)"))
        self.lr_spin.setToolTip(self.tr("ε in W ← W − ε ∂L/∂W"))
        for i, name in enumerate(OPTIMIZER_NAMES):
            self.optimizer_combo.setItemText(i, _optimizer_title(name))


def _optimizer_title(name: str) -> str:
    return {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov", "adagrad": "AdaGrad",
            "rmsprop": "RMSprop", "adam": "Adam"}.get(name, name)


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
