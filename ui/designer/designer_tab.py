"""The Designer tab: palette | layer stack + problems | properties, and the diagram below.

Everything the learner does here is an undoable edit of one LayerStackModel; the tab hands a copy
of the spec to the AppContext after every change, so the other tabs always see the current design.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.network import Network
from nnlab.registry import Registry

from ..context import AppContext
from ..widgets.factories import hint_label, section_title
from ..widgets.icons import arrow_icon, duplicate_icon, remove_icon
from ..widgets.network_diagram import NetworkDiagram, neuron_mode
from .document import DesignDocument
from .model import LayerStackModel, empty_spec
from .palette import LayerPalette
from .problems import ProblemsList
from .properties import PropertiesPanel
from .stack_view import LayerStackView
from .templates import TEMPLATES, template_title

_log = logging.getLogger(__name__)


def initial_params(spec, registry: Registry | None = None) -> dict | None:
    """The weights a fresh ``nnlab.Network(spec, seed=0, dtype="float64")`` starts with."""
    try:
        return dict(Network(spec, seed=0, dtype="float64", registry=registry).params)
    except Exception:  # a picture must never take the designer down
        _log.exception("could not build the network for the diagram")
        return None


class DesignerTab(QWidget):
    """Build a network: drag layers in, set their options, see problems and the diagram."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 registry: Registry | None = None):
        super().__init__(parent)
        self.setObjectName("designerTab")
        self.context = context
        self.model = LayerStackModel(empty_spec(), self, registry)
        self.undo_stack = self.model.undo_stack
        self.document = DesignDocument(self.model, self)

        self.palette = LayerPalette(registry=self.model.registry)
        self.stack = LayerStackView(self.model)
        self.problems = ProblemsList(self.model)
        self.properties = PropertiesPanel(self.model)
        self.diagram = NetworkDiagram()
        self._build_actions()
        self._build_layout()

        self.palette.addRequested.connect(self.add_layer)
        self.stack.layerSelected.connect(self._layer_selected)
        self.problems.layerActivated.connect(self.stack.select_layer)
        self.diagram.layerClicked.connect(self.stack.select_layer)
        self.model.specChanged.connect(self._spec_changed)
        self.model.notice.connect(self.context.statusMessage)
        self.context.designRequested.connect(self.take_design)
        self.context.may_replace_design = self.document.maybe_save
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        for signal in (self.undo_stack.canUndoChanged, self.undo_stack.canRedoChanged,
                       self.undo_stack.undoTextChanged, self.undo_stack.redoTextChanged):
            signal.connect(self._stack_changed)
        self._kept_selection: int | None = None
        self.retranslateUi()
        self._spec_changed(self.model.spec)
        self.stack.select_layer(-1)

    # ---- building -----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        ctrl_shift_z = QKeySequence(QKeyCombination(
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z))
        if ctrl_shift_z not in redo_keys:
            redo_keys.append(ctrl_shift_z)
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(self.undo_stack.redo)

        def stack_action(key, slot) -> QAction:
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            # Only while the stack has focus: Delete must keep working in text fields elsewhere.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.stack.addAction(action)
            return action

        self.duplicate_action = stack_action("Ctrl+D", self.duplicate_selected)
        self.delete_action = stack_action(QKeySequence.StandardKey.Delete, self.remove_selected)
        self.move_up_action = stack_action("Ctrl+Up", lambda: self.move_selected(-1))
        self.move_down_action = stack_action("Ctrl+Down", lambda: self.move_selected(+1))

        self.template_menu = QMenu(self)
        self._template_actions = []
        for key, _file in TEMPLATES:
            action = self.template_menu.addAction(template_title(key))
            action.setData(key)
            action.triggered.connect(lambda _checked=False, k=key: self.document.load_template(k))
            self._template_actions.append(action)

    def _build_layout(self) -> None:
        self.stack_title = section_title()
        self.template_button = QToolButton()
        self.template_button.setMenu(self.template_menu)
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_button.setObjectName("templateButton")
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.stack_title)
        buttons.addStretch(1)
        self._tool_buttons = []
        icons = {self.move_up_action: arrow_icon("up"), self.move_down_action: arrow_icon("down"),
                 self.duplicate_action: duplicate_icon(), self.delete_action: remove_icon()}
        for action, icon in icons.items():
            action.setIcon(icon)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setIconSize(QSize(18, 18))
            buttons.addWidget(button)
            self._tool_buttons.append(button)
        buttons.addSpacing(8)
        buttons.addWidget(self.template_button)

        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.problems_title = section_title()

        center = QWidget()
        center_column = QVBoxLayout(center)
        center_column.setContentsMargins(0, 0, 0, 0)
        center_column.setSpacing(6)
        center_column.addLayout(buttons)
        center_column.addWidget(self.stack, 1)
        center_column.addWidget(self.total_label)
        center_column.addSpacing(2)
        center_column.addWidget(self.problems_title)
        center_column.addWidget(self.problems)

        self.properties_title = section_title()
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(6)
        right_column.addWidget(self.properties_title)
        # A layer with many settings (Convolution: six) is taller than a laptop's top half:
        # it scrolls instead of squashing its spin boxes.
        self.properties_scroll = QScrollArea()
        self.properties_scroll.setObjectName("propertiesScroll")
        self.properties_scroll.setWidgetResizable(True)
        self.properties_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.properties_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.properties_scroll.setWidget(self.properties)
        right_column.addWidget(self.properties_scroll, 1)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        top.addWidget(self.palette)
        top.addWidget(center)
        top.addWidget(right)
        top.setStretchFactor(1, 1)
        top.setSizes([250, 680, 320])  # _fit_side_panes narrows the sides on a laptop
        self.palette.setMinimumWidth(190)
        right.setMinimumWidth(285)

        self.diagram_title = section_title()
        self.diagram_legend = hint_label(wrap=False)
        bottom = QWidget()
        bottom.setObjectName("diagramPanel")
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 6, 0, 0)
        bottom_column.setSpacing(2)
        header = QHBoxLayout()
        header.addWidget(self.diagram_title)
        header.addSpacing(12)
        header.addWidget(self.diagram_legend, 1)
        bottom_column.addLayout(header)
        bottom_column.addWidget(self.diagram, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([500, 220])
        self.splitter, self.top_splitter = split, top
        self._side_widths_chosen = False  # the learner dragged a handle: keep their widths
        top.splitterMoved.connect(lambda *_: setattr(self, "_side_widths_chosen", True))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(split)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._side_widths_chosen:
            self._fit_side_panes()

    def _fit_side_panes(self) -> None:
        """On a laptop (< 1200 px) the palette and properties take their minimum widths, so the
        layer stack's Settings column keeps room; wider, they get comfortable ones."""
        sizes = self.top_splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        palette, right = (190, 285) if self.width() < 1200 else (250, 320)
        self.top_splitter.setSizes([palette, max(total - palette - right, 200), right])

    # ---- commands (the menus and buttons call these) ------------------------------------------
    def add_layer(self, layer_type: str) -> None:
        """Insert after the selected layer (or at the end, above the output layer)."""
        selected = self.stack.selected_layer()
        position = self.model.layer_count if selected is None else selected + 1
        self.model.insert_layer(position, layer_type)
        self.stack.setFocus()

    def remove_selected(self) -> None:
        index = self.stack.selected_layer()
        if index is not None and index >= 0:
            self.model.remove_layer(index)

    def duplicate_selected(self) -> None:
        index = self.stack.selected_layer()
        if index is not None and index >= 0:
            self.model.duplicate_layer(index)

    def move_selected(self, step: int) -> None:
        index = self.stack.selected_layer()
        if index is not None and index >= 0:
            self.model.move_layer(index, index + step)

    def spec(self):
        return self.model.spec

    def take_design(self, spec) -> None:
        """Another tab (a lesson) sends a network: it becomes the design, as one undoable edit."""
        self.document.path = None
        self.model.replace_spec(spec.copy(), lambda: self.tr("Design from a lesson: %1")
                                .replace("%1", spec.name))
        self.document.changed.emit()

    # ---- reactions ----------------------------------------------------------------------------
    def _spec_changed(self, spec) -> None:
        self.context.set_spec(spec)
        self.diagram.set_spec(spec)
        self.diagram.set_problem_layers(p.index for p in self.model.problems if p.index is not None)
        small = neuron_mode(spec) and not self.model.problems
        self.diagram.set_params(initial_params(spec, self.model.registry) if small else None)
        self._update_total()
        self._update_legend()
        self._update_actions()

    def _layer_selected(self, index: int) -> None:
        self.properties.set_layer(index)
        self.diagram.highlight_layer(index)
        # The selection model may not have caught up with the current row yet: use the signal's.
        self._update_actions(index)

    def _remember_selection(self) -> None:
        self._kept_selection = self.stack.selected_layer()

    def _restore_selection(self) -> None:
        if self._kept_selection is not None:
            self.stack.select_layer(min(self._kept_selection, self.model.layer_count - 1))

    def _update_total(self) -> None:
        self.total_label.setText(self.tr("Total: %1 trainable parameters (weights and biases)")
                                 .replace("%1", f"{self.model.total_params:,}"))

    def _update_legend(self) -> None:
        if neuron_mode(self.model.spec):
            self.diagram_legend.setText(self.tr(
                "Initial weights (seed 0): blue positive, orange negative, thicker = larger |w|. "
                "Click a layer to select it."))
        else:
            self.diagram_legend.setText(self.tr(
                "One box per layer; its height grows with the size of its output. "
                "Click a layer to select it."))

    def _stack_changed(self, *_args) -> None:
        # QUndoStack also signals while it is being destroyed with the tab.
        if shiboken6.isValid(self.undo_stack) and shiboken6.isValid(self.undo_action):
            self._update_actions()

    def _update_actions(self, selected: int | None = None) -> None:
        stack = self.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip()
                                 if stack.canUndo() else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip()
                                 if stack.canRedo() else self.tr("&Redo"))
        index = self.stack.selected_layer() if selected is None else selected
        is_layer = index is not None and 0 <= index < self.model.layer_count
        movable = is_layer and index != self.model.head_index()
        self.duplicate_action.setEnabled(movable)
        self.delete_action.setEnabled(is_layer)
        self.move_up_action.setEnabled(movable and index > 0)
        head = self.model.head_index()
        last_movable = (self.model.layer_count - 1) if head is None else head - 1
        self.move_down_action.setEnabled(movable and index < last_movable)

    # ---- language -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.stack_title.setText(self.tr("Layer stack"))
        self.problems_title.setText(self.tr("Problems"))
        self.properties_title.setText(self.tr("Properties"))
        self.diagram_title.setText(self.tr("Diagram"))
        self.template_button.setText(self.tr("New from Template") + "  ▾")
        self.template_menu.setTitle(self.tr("New from &Template"))
        for action in self._template_actions:
            action.setText(template_title(action.data()))
        self.duplicate_action.setText(self.tr("&Duplicate Layer"))
        self.duplicate_action.setToolTip(self.tr("Duplicate the selected layer (Ctrl+D)"))
        self.delete_action.setText(self.tr("&Remove Layer"))
        self.delete_action.setToolTip(self.tr("Remove the selected layer (Delete)"))
        self.move_up_action.setText(self.tr("Move &Up"))
        self.move_up_action.setToolTip(self.tr("Move the selected layer up (Ctrl+Up)"))
        self.move_down_action.setText(self.tr("Move &Down"))
        self.move_down_action.setToolTip(self.tr("Move the selected layer down (Ctrl+Down)"))
        self._update_total()
        self._update_legend()
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
