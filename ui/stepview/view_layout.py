"""Where the step-through view's widgets sit, and how the room is shared between them.

A mixin of ``StepView`` (kept apart so each file stays about one thing): the controls on top, then
a vertical splitter with the network diagram (a strip that hides with its toggle) over a
horizontal one — the narration, hint and steps beside the record of the step, which gets the
rest. The default split follows the view's size until the learner drags a handle.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QSplitter, QToolButton, QVBoxLayout, QWidget


class LayoutMixin:
    """Layout for StepView (uses its widgets: controls, diagram, narration, steps, panel)."""

    def _build_layout(self) -> None:
        """Controls, then the diagram (collapsible) over [narration, hint and steps | the record].

        The record — formula and arrays — gets the room: the diagram spans the width in a short
        strip (about a quarter of the height, 90–240 px, until the learner drags the splitter)
        and hides with its toggle; the lesson's text sits beside the record, not above it."""
        diagram_box = QWidget()
        box = QVBoxLayout(diagram_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.diagram, 1)
        box.addWidget(self.diagram_caption)
        self.diagram.setMinimumHeight(80)
        self.diagram_box = diagram_box
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.narration_view, 3)
        column.addWidget(self.steps_caption)
        column.addWidget(self.step_list, 2)
        self._side_column = column
        self.panel.take_hint().setVisible(False)  # its text ends the narration (view_render)
        self.narration_view.setMinimumHeight(50)
        self.step_list.setMinimumHeight(40)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(side)
        bottom.addWidget(self.panel)
        bottom.setStretchFactor(0, 0)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([280, 1000])
        bottom.setChildrenCollapsible(False)
        self.side_splitter = bottom
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(diagram_box)
        main.addWidget(bottom)
        main.setStretchFactor(1, 1)
        main.setCollapsible(0, True)
        main.setCollapsible(1, False)
        main.splitterMoved.connect(self._splitter_moved)
        self.splitter = main
        self._user_sized = False  # the default split follows the view's size until dragged
        self.diagram_toggle = QToolButton()
        self.diagram_toggle.setObjectName("diagramToggle")
        self.diagram_toggle.setCheckable(True)
        self.diagram_toggle.setChecked(True)
        self.diagram_toggle.setAutoRaise(True)
        self.diagram_toggle.toggled.connect(self._show_diagram)
        self.controls.add_status_widget(self.diagram_toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.controls)
        layout.addWidget(main, 1)

    def add_side_widget(self, widget: QWidget) -> None:
        """A page's own widget under the steps, beside the record (lesson 10's predictions)."""
        self._side_column.addWidget(widget)

    def default_split(self) -> None:
        """Diagram about a quarter of the height (a fifth for boxes; 80–240 px), the side column about a quarter of
        the width (190–320 px): the rest is the record's."""
        h, w = self.splitter.height(), self.side_splitter.width()
        if h > 0 and self.diagram_box.isVisible():
            # Boxes (a big network) read well lower than a column of neurons.
            share = 0.25 if self.diagram.is_neuron_mode() else 0.2
            d = int(min(240, max(80, share * h)))
            self.splitter.setSizes([d, max(1, h - d)])
        if w > 0:
            side = int(min(320, max(190, 0.25 * w)))
            self.side_splitter.setSizes([side, max(1, w - side)])

    def _splitter_moved(self, *_args) -> None:
        self._user_sized = True
        shown = self.splitter.sizes()[0] > 0
        if shown != self.diagram_toggle.isChecked():
            with QSignalBlocker(self.diagram_toggle):
                self.diagram_toggle.setChecked(shown)
            self._retranslate_toggle()

    def _show_diagram(self, on: bool) -> None:
        self.diagram_box.setVisible(on)
        if on and self.splitter.sizes()[0] == 0:  # collapsed by dragging: open it again
            self._user_sized = False
            self.default_split()
        self._retranslate_toggle()

    def _retranslate_toggle(self) -> None:
        on = self.diagram_toggle.isChecked()
        self.diagram_toggle.setText(Q.translate("StepView", "Diagram ▴") if on
                                    else Q.translate("StepView", "Diagram ▾"))
        self.diagram_toggle.setToolTip(
            Q.translate("StepView", "Hide the diagram to give the step more room") if on
            else Q.translate("StepView", "Show the network diagram"))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._user_sized:
            self.default_split()
