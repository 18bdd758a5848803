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
    QFrame,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnlab.spec import DESCRIPTIONS, HEADS, INITS, LAYER_TYPES

from ..i18n import bilingual, current_language
from ..widgets.layer_style import format_shape
from .model import LayerStackModel

MAX_UNITS = 100_000
_SHAPE_SPLIT = re.compile(r"\s*[×xX*,]\s*|\s+")


def parse_shape(text: str) -> tuple[int, ...] | None:
    """"784" -> (784,), "1×28×28" / "1x28x28" / "1, 28, 28" -> (1, 28, 28); None if not valid."""
    parts = [p for p in _SHAPE_SPLIT.split(text.strip()) if p]
    if not parts or not all(p.isdigit() for p in parts):
        return None
    shape = tuple(int(p) for p in parts)
    return shape if all(0 < n <= 10_000_000 for n in shape) and len(shape) <= 4 else None


def _spin(box: QAbstractSpinBox) -> QAbstractSpinBox:
    # Apply on Enter, focus loss or a step, not on every keystroke ("1" of "100" is no edit).
    box.setKeyboardTracking(False)
    box.setAccelerated(True)
    box.setMinimumWidth(120)
    return box


class Card(QFrame):
    """A titled panel (a light frame instead of a QGroupBox, which styles poorly)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.title_label = QLabel()
        self.title_label.setObjectName("cardTitle")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 9, 12, 12)
        self.body.setSpacing(8)
        self.body.addWidget(self.title_label)

    def setTitle(self, title: str) -> None:
        self.title_label.setText(title)

    def title(self) -> str:
        return self.title_label.text()


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
        self.shape_hint = QLabel()
        self.shape_hint.setObjectName("hint")
        self.shape_hint.setWordWrap(True)
        self.network_form = QFormLayout()
        self.network_box.body.addLayout(self.network_form)
        self.network_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel()
        self.shape_label = QLabel()
        self.network_form.addRow(self.name_label, self.name_edit)
        self.network_form.addRow(self.shape_label, self.shape_edit)
        self.network_form.addRow(self.shape_hint)

        self.layer_box = Card()
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("hint")
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("hint")
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("typeCombo")
        self.units_spin = _spin(QSpinBox())
        self.units_spin.setObjectName("unitsSpin")
        self.units_spin.setRange(1, MAX_UNITS)
        self.init_combo = QComboBox()
        self.init_combo.setObjectName("initCombo")
        self.alpha_spin = _spin(QDoubleSpinBox())
        self.alpha_spin.setObjectName("alphaSpin")
        self.alpha_spin.setRange(0.0, 0.99)
        self.alpha_spin.setDecimals(3)
        self.alpha_spin.setSingleStep(0.01)
        self.ratio_spin = _spin(QDoubleSpinBox())
        self.ratio_spin.setObjectName("ratioSpin")
        self.ratio_spin.setRange(0.0, 0.95)
        self.ratio_spin.setDecimals(2)
        self.ratio_spin.setSingleStep(0.05)
        self.momentum_spin = _spin(QDoubleSpinBox())
        self.momentum_spin.setObjectName("momentumSpin")
        self.momentum_spin.setRange(0.0, 0.999)
        self.momentum_spin.setDecimals(3)
        self.momentum_spin.setSingleStep(0.01)
        self.layer_problems = QLabel()
        self.layer_problems.setObjectName("problemText")
        self.layer_problems.setWordWrap(True)
        self._labels = {w: QLabel() for w in (self.type_combo, self.units_spin, self.init_combo,
                                               self.alpha_spin, self.ratio_spin, self.momentum_spin)}
        self.layer_form = QFormLayout()
        self.layer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for widget, label in self._labels.items():
            self.layer_form.addRow(label, widget)
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
        self.tips = QLabel()
        self.tips.setObjectName("hint")
        self.tips.setWordWrap(True)
        column.addWidget(self.tips)

        self.name_edit.editingFinished.connect(self._name_edited)
        self.shape_edit.editingFinished.connect(self._shape_edited)
        self.shape_edit.textEdited.connect(lambda _text: self._flag_shape(False))
        self.type_combo.activated.connect(self._type_chosen)
        self.units_spin.valueChanged.connect(lambda v: self._set("units", int(v)))
        self.init_combo.activated.connect(self._init_chosen)
        self.alpha_spin.valueChanged.connect(lambda v: self._set("alpha", round(float(v), 6)))
        self.ratio_spin.valueChanged.connect(lambda v: self._set("ratio", round(float(v), 6)))
        self.momentum_spin.valueChanged.connect(lambda v: self._set("momentum", round(float(v), 6)))
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
        for widget in self._labels:
            self.layer_form.setRowVisible(widget, False)
        if not has_layer:
            self.layer_box.setTitle(self.tr("Layer"))
            return
        layer = self._model.layer(i)
        t = layer.type
        self.layer_box.setTitle(self.tr("Layer %1: %2").replace("%1", str(i)).replace("%2", str(t)))
        self.description.setText(bilingual(DESCRIPTIONS[t]) if t in DESCRIPTIONS else
                                 self.tr("Unknown layer type: remove it or pick a type below."))
        self._fill_types(t)
        self.layer_form.setRowVisible(self.type_combo, True)
        if t == "Affine":
            self._show_spin(self.units_spin, layer.get("units"))
            self._fill_inits(layer.get("init"))
            self.layer_form.setRowVisible(self.init_combo, True)
        elif t == "LeakyReLU":
            self._show_spin(self.alpha_spin, layer.get("alpha"))
        elif t == "Dropout":
            self._show_spin(self.ratio_spin, layer.get("ratio"))
        elif t == "BatchNorm":
            self._show_spin(self.momentum_spin, layer.get("momentum"))
        problems = self._model.problems_of(i)
        if problems:
            self.layer_problems.setText("\n".join("⚠ " + p.message(current_language())
                                                  for p in problems))
            self.layer_problems.setVisible(True)

    def _show_spin(self, box: QAbstractSpinBox, value: object) -> None:
        valid = isinstance(value, (int, float)) and not isinstance(value, bool) \
            and box.minimum() <= value <= box.maximum()
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            # An out-of-range value from a file shows as the nearest allowed one: the fix to make.
            nearest = min(max(value, box.minimum()), box.maximum())
            box.setValue(round(nearest) if isinstance(box, QSpinBox) else float(nearest))
        box.setProperty("invalid", not valid)
        box.setToolTip("" if valid else self.tr("The file's value %1 is not allowed here: "
                                                "choose a new one.").replace("%1", repr(value)))
        box.style().unpolish(box)
        box.style().polish(box)
        self.layer_form.setRowVisible(box, True)

    def _fill_types(self, current: object) -> None:
        is_head = current in HEADS
        types = [t for t in LAYER_TYPES if (t in HEADS) == is_head]
        self.type_combo.clear()
        for t in types:
            self.type_combo.addItem(t, t)
        if current not in types:
            self.type_combo.insertItem(0, str(current), None)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(current)))

    def _fill_inits(self, current: object) -> None:
        self.init_combo.clear()
        names = {"he": self.tr("He (for ReLU)"), "xavier": self.tr("Xavier (for sigmoid, tanh)"),
                 "std": self.tr("Gaussian, σ = 0.01")}
        for key in INITS:
            self.init_combo.addItem(names.get(key, key), key)
        if current not in INITS:
            self.init_combo.addItem(f"σ = {current}", current)
        self.init_combo.setCurrentIndex(max(0, self.init_combo.findData(current)))

    def _flag_shape(self, invalid: bool) -> None:
        self.shape_edit.setProperty("invalid", invalid)
        self.shape_edit.style().unpolish(self.shape_edit)
        self.shape_edit.style().polish(self.shape_edit)
        self.shape_hint.setProperty("invalid", invalid)
        self.shape_hint.style().unpolish(self.shape_hint)
        self.shape_hint.style().polish(self.shape_hint)

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

    def _init_chosen(self, row: int) -> None:
        value = self.init_combo.itemData(row)
        if value is not None:
            self._set("init", value)

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
        labels = {self.type_combo: self.tr("Type"), self.units_spin: self.tr("Units"),
                  self.init_combo: self.tr("Weight init"), self.alpha_spin: self.tr("Slope α"),
                  self.ratio_spin: self.tr("Drop ratio"), self.momentum_spin: self.tr("Momentum")}
        for widget, text in labels.items():
            self._labels[widget].setText(text)
        self.units_spin.setToolTip(self.tr("Number of neurons (outputs) of this layer"))
        self.alpha_spin.setToolTip(self.tr("Slope for negative inputs, 0 ≤ α < 1"))
        self.ratio_spin.setToolTip(self.tr("Fraction of units dropped while training"))
        self.momentum_spin.setToolTip(self.tr("How slowly the running mean and variance follow "
                                              "the batches"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

