"""The properties panel: the network's name and input shape, and the selected layer's settings.

Every field only offers valid values (spin boxes with the ranges nnlab.spec accepts, combo boxes
for choices); the input shape, which is typed, is checked and flagged before it is applied. Every
change goes through the model, so it is undoable.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnlab.registry import INIT_LABELS, INITS, Option

from ..i18n import bilingual, current_language
from ..theme import set_state
from ..widgets.factories import Card, hint_label
from ..widgets.layer_style import format_shape
from .model import LayerStackModel

_SHAPE_SPLIT = re.compile(r"\s*[×xX*,]\s*|\s+")


def parse_shape(text: str) -> tuple[int, ...] | None:
    """"784" -> (784,), "1×28×28" / "1x28x28" / "1, 28, 28" -> (1, 28, 28); None if not valid."""
    parts = [p for p in _SHAPE_SPLIT.split(text.strip()) if p]
    if not parts or not all(p.isdigit() for p in parts):
        return None
    shape = tuple(int(p) for p in parts)
    return shape if all(0 < n <= 10_000_000 for n in shape) and len(shape) <= 4 else None


def _combo(name: str) -> QComboBox:
    # Sized to a dozen characters, not to its longest item ("Xavier: σ = √(1/n)…"), so the panel
    # fits a laptop's narrow right column; the list itself still shows every item whole.
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.setMinimumWidth(120)
    return combo


def _spin(box: QAbstractSpinBox) -> QAbstractSpinBox:
    # Apply on Enter, focus loss or a step, not on every keystroke ("1" of "100" is no edit).
    box.setKeyboardTracking(False)
    box.setAccelerated(True)
    box.setMinimumWidth(120)
    return box


class PropertiesPanel(QWidget):
    """Edits the model's network settings and its selected layer."""

    def __init__(self, model: LayerStackModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self._model = model
        self._index: int | None = None
        self._updating = False

        self.network_box = Card()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(120)
        self.shape_edit = QLineEdit()
        self.shape_edit.setObjectName("shapeEdit")
        self.shape_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[0-9×xX*, ]*"), self.shape_edit))
        self.shape_hint = hint_label()
        self.network_form = QFormLayout()
        self.network_box.body.addLayout(self.network_form)
        self.network_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel()
        self.shape_label = QLabel()
        self.network_form.addRow(self.name_label, self.name_edit)
        self.network_form.addRow(self.shape_label, self.shape_edit)
        self.network_form.addRow(self.shape_hint)

        self.layer_box = Card()
        self.description = hint_label()
        self.empty_label = hint_label()
        self.type_combo = _combo("typeCombo")
        self.layer_problems = QLabel()
        self.layer_problems.setObjectName("problemText")
        self.layer_problems.setWordWrap(True)
        self._type_label = QLabel()
        self._editors: dict[Option, QWidget] = {}  # one editor per option, made when first shown
        self._labels: dict[QWidget, QLabel] = {}
        self.layer_form = QFormLayout()
        self.layer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layer_form.addRow(self._type_label, self.type_combo)
        layer_column = self.layer_box.body
        layer_column.addWidget(self.empty_label)
        layer_column.addWidget(self.description)
        layer_column.addLayout(self.layer_form)
        layer_column.addWidget(self.layer_problems)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.network_box)
        column.addWidget(self.layer_box)
        column.addStretch(1)
        self.tips = hint_label()
        column.addWidget(self.tips)

        self.name_edit.editingFinished.connect(self._name_edited)
        self.shape_edit.editingFinished.connect(self._shape_edited)
        self.shape_edit.textEdited.connect(lambda _text: self._flag_shape(False))
        self.type_combo.activated.connect(self._type_chosen)
        model.modelReset.connect(self.refresh)
        self.retranslateUi()

    # ---- showing ------------------------------------------------------------------------------
    def set_layer(self, index: int | None) -> None:
        """Show layer ``index`` (-1 or None: no layer, only the network settings)."""
        self._index = index if index is not None and 0 <= index < self._model.layer_count else None
        self.refresh()

    def refresh(self) -> None:
        if self._index is not None and self._index >= self._model.layer_count:
            self._index = None
        self._updating = True
        try:
            self._show_network()
            self._show_layer()
        finally:
            self._updating = False

    def _show_network(self) -> None:
        spec = self._model.spec
        if not self.name_edit.hasFocus():
            self.name_edit.setText(str(spec.name))
        if not self.shape_edit.hasFocus():
            self.shape_edit.setText(format_shape(spec.input_shape)
                                    if isinstance(spec.input_shape, tuple) else "")
            self._flag_shape(bool(self._model.problems_of(None))
                             and parse_shape(self.shape_edit.text()) is None)

    def _show_layer(self) -> None:
        i = self._index
        has_layer = i is not None
        self.empty_label.setVisible(not has_layer)
        self.description.setVisible(has_layer)
        self.layer_problems.setVisible(False)
        self.layer_form.setRowVisible(self.type_combo, has_layer)
        for widget in self._labels:
            self.layer_form.setRowVisible(widget, False)
        if not has_layer:
            self.layer_box.setTitle(self.tr("Layer"))
            return
        layer = self._model.layer(i)
        t = layer.type
        entry = self._model.registry.get(t)
        self.layer_box.setTitle(self.tr("Layer %1: %2").replace("%1", str(i)).replace("%2", str(t)))
        self.description.setText(bilingual(entry.description) if entry is not None else
                                 self.tr("Unknown layer type: remove it or pick a type below."))
        self._fill_types(t)
        for option in entry.options if entry is not None else ():
            editor = self._editor(option)
            value = layer.options.get(option.name, option.default)
            if option.kind == "init":
                self._fill_inits(editor, value)
            else:
                self._show_spin(editor, value, bilingual(option.tip))
            self.layer_form.setRowVisible(editor, True)
        problems = self._model.problems_of(i)
        if problems:
            self.layer_problems.setText("\n".join("⚠ " + p.message(current_language())
                                                  for p in problems))
            self.layer_problems.setVisible(True)

    def editor(self, name: str) -> QWidget:
        """The visible editor of the selected layer's option ``name`` (for scripts and tests)."""
        for option, widget in self._editors.items():
            if option.name == name and self.layer_form.isRowVisible(widget):
                return widget
        raise KeyError(name)

    def _editor(self, option: Option) -> QWidget:
        """The spin box or combo box for ``option``, made the first time it is needed."""
        widget = self._editors.get(option)
        if widget is not None:
            return widget
        if option.kind == "init":
            widget = _combo(f"{option.name}Combo")
            widget.activated.connect(lambda row, w=widget, o=option: self._choice(o, w, row))
        else:
            is_int = option.kind == "int"
            widget = _spin(QSpinBox() if is_int else QDoubleSpinBox())
            widget.setObjectName(f"{option.name}Spin")
            low = option.low if option.low is not None else -1e9
            high = option.ui_high
            if high is None:  # a float's upper bound is open: stop one step of the last decimal short
                high = 1e9 if option.high is None else option.high - (0 if is_int else 10.0 ** -option.decimals)
            if is_int:
                widget.setRange(int(low), int(high))
                widget.valueChanged.connect(lambda v, o=option: self._set(o.name, int(v)))
            else:
                widget.setDecimals(option.decimals)
                widget.setRange(float(low), float(high))
                widget.setSingleStep(option.step)
                widget.valueChanged.connect(
                    lambda v, o=option: self._set(o.name, round(float(v), 6)))
        label = QLabel()
        self._editors[option] = widget
        self._labels[widget] = label
        self.layer_form.addRow(label, widget)
        self._label_editor(option, widget)
        return widget

    def _label_editor(self, option: Option, widget: QWidget) -> None:
        self._labels[widget].setText(bilingual(option.label))
        widget.setToolTip(bilingual(option.tip))

    def _show_spin(self, box: QAbstractSpinBox, value: object, tip: str) -> None:
        valid = isinstance(value, (int, float)) and not isinstance(value, bool) \
            and box.minimum() <= value <= box.maximum()
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            # An out-of-range value from a file shows as the nearest allowed one: the fix to make.
            nearest = min(max(value, box.minimum()), box.maximum())
            box.setValue(round(nearest) if isinstance(box, QSpinBox) else float(nearest))
        set_state(box, "invalid", not valid)
        box.setToolTip(tip if valid else self.tr("The file's value %1 is not allowed here: "
                                                           "choose a new one.").replace("%1", repr(value)))

    def _fill_types(self, current: object) -> None:
        registry = self._model.registry
        is_head = registry.category(current) == "head"
        types = [t.name for t in registry if t.is_head == is_head]
        self.type_combo.clear()
        for t in types:
            self.type_combo.addItem(t, t)
        if current not in types:
            self.type_combo.insertItem(0, str(current), None)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(current)))

    def _fill_inits(self, combo: QComboBox, current: object) -> None:
        combo.clear()
        for key in INITS:
            combo.addItem(bilingual(INIT_LABELS[key]), key)
        if current not in INITS:
            combo.addItem(f"σ = {current}", current)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _flag_shape(self, invalid: bool) -> None:
        set_state(self.shape_edit, "invalid", invalid)
        set_state(self.shape_hint, "invalid", invalid)

    # ---- editing ------------------------------------------------------------------------------
    def _set(self, key: str, value: object) -> None:
        if not self._updating and self._index is not None:
            self._model.set_option(self._index, key, value)

    def _name_edited(self) -> None:
        if not self._updating:
            self._model.set_name(self.name_edit.text().strip())

    def _shape_edited(self) -> None:
        if self._updating:
            return
        shape = parse_shape(self.shape_edit.text())
        if shape is None:
            self._flag_shape(True)
            return
        self._flag_shape(False)
        if not self._model.set_input_shape(shape):
            self.shape_edit.setText(format_shape(shape))

    def _type_chosen(self, row: int) -> None:
        t = self.type_combo.itemData(row)
        if self._index is not None and isinstance(t, str):
            self._model.set_layer_type(self._index, t)

    def _choice(self, option: Option, combo: QComboBox, row: int) -> None:
        value = combo.itemData(row)
        if value is not None:
            self._set(option.name, value)

    # ---- language -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.network_box.setTitle(self.tr("Network"))
        self.tips.setText(self.tr("Tips: drag rows to reorder them · Delete removes a layer · "
                                  "Ctrl+D duplicates it · Ctrl+Z undoes any edit."))
        self.name_label.setText(self.tr("Name"))
        self.shape_label.setText(self.tr("Input shape"))
        self.shape_edit.setPlaceholderText(self.tr("e.g. 784"))
        self.shape_hint.setText(self.tr("Numbers per sample: 784 for MNIST as a vector, "
                                        "1×28×28 as an image."))
        self.empty_label.setText(self.tr("Select a layer in the stack to edit its settings."))
        self._type_label.setText(self.tr("Type"))
        for option, widget in self._editors.items():
            self._label_editor(option, widget)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

