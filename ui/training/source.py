"""Which network the Train tab trains: the Designer's current design or a model opened from a file.

The Designer's design is trained as a copy (the designer stays editable while a run goes on); an
opened model continues from its trained weights. ``dataset_problems`` says why a valid design
cannot learn MNIST-format data (784 pixels in, 10 classes out), in both languages.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
)

from nnlab.data.mnist import CLASSES, PIXELS
from nnlab.spec import SpecError

from ..i18n import current_language

DESIGNER = "designer"
MODEL = "model"


def dataset_problems(spec) -> list[tuple[str, str]]:
    """(English, Japanese) reasons a valid spec cannot be trained on 28×28 images of 10 classes."""
    problems = []
    shape = tuple(spec.input_shape)
    if math.prod(shape) != PIXELS:
        problems.append((
            f"the input shape is {'×'.join(map(str, shape))}, but MNIST images have 784 pixels "
            "(set the input shape to 784 or 1×28×28)",
            f"入力の形が {'×'.join(map(str, shape))} ですが、MNIST の画像は 784 画素です"
            "（入力の形を 784 か 1×28×28 にしてください）"))
    head = spec.head
    if head is not None and head.type != "SoftmaxWithLoss":
        problems.append((
            f"MNIST has 10 classes: the output layer must be SoftmaxWithLoss, not {head.type}",
            f"MNIST は 10 クラスの分類なので、出力層は {head.type} ではなく SoftmaxWithLoss に"
            "してください"))
    out = spec.output_shapes()[-1] if spec.layers else None
    if out is not None and tuple(out) != (CLASSES,):
        problems.append((
            f"the output has {'×'.join(map(str, out))} values, but MNIST has 10 classes "
            "(give the last Affine layer 10 units)",
            f"出力が {'×'.join(map(str, out))} 個ですが、MNIST は 10 クラスです"
            "（最後の Affine 層を 10 ユニットにしてください）"))
    return problems


#: Layers whose output shape the one-line summary shows (activations, Flatten, BatchNorm and
#: Dropout keep the values' number, so they would only repeat it).
SHAPING = ("Affine", "Convolution", "Pooling")


def describe(spec) -> str:
    """"784 → 100 → 10", "1×28×28 → 30×24×24 → 30×12×12 → 100 → 10": the input and the output
    shape of every Affine, Convolution and Pooling layer."""
    sizes = ["×".join(map(str, spec.input_shape))]
    sizes += ["×".join(map(str, shape)) for layer, shape in zip(spec.layers, spec.output_shapes())
              if layer.type in SHAPING]
    return " → ".join(sizes)


class ElidedCombo(QComboBox):
    """A combo box that shows its current text elided in the middle when it does not fit
    ("Design: Simple…(ch. 7)"): the start and the end of a name both stay readable."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def shown_text(self) -> str:
        """The text as painted: the current text, elided in the middle to the edit field."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideMiddle,
                                             field.width())

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class NetworkSource(QGroupBox):
    """A choice between the design and the opened model, "Open model…", and a one-line summary."""

    sourceChanged = Signal()
    openModelRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.spec = None
        self.model = None
        self.model_path: Path | None = None
        self.combo = ElidedCombo()
        self.combo.setObjectName("sourceCombo")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openModelButton")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.combo, 1)
        row.addWidget(self.open_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(9, 6, 9, 7)
        column.setSpacing(4)
        column.addLayout(row)
        column.addWidget(self.summary)
        self.combo.currentIndexChanged.connect(self._changed)
        self.open_button.clicked.connect(self.openModelRequested)
        self.retranslateUi()

    def source(self) -> str:
        return self.combo.currentData() or DESIGNER

    def set_design(self, spec) -> None:
        self.spec = spec
        self._fill()

    def set_model(self, model, path: Path | None) -> None:
        """Offer an opened model and select it."""
        self.model, self.model_path = model, path
        self._fill()
        self.combo.setCurrentIndex(self.combo.findData(MODEL))

    def current_spec(self):
        return self.model.spec if self.source() == MODEL and self.model is not None else self.spec

    def has_dropout(self) -> bool:
        spec = self.current_spec()
        return spec is not None and any(layer.type == "Dropout" for layer in spec.layers)

    def _fill(self) -> None:
        current = self.source()
        self.combo.blockSignals(True)
        self.combo.clear()
        name = getattr(self.spec, "name", None) or self.tr("(empty)")
        self.combo.addItem(self.tr("Design: %1").replace("%1", str(name)), DESIGNER)
        if self.model is not None:
            label = self.model_path.name if self.model_path else self.model.spec.name
            self.combo.addItem(self.tr("Model: %1").replace("%1", label), MODEL)
        index = self.combo.findData(current)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._update_summary()
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        """The whole name first (the combo may show it elided), then what the choice means."""
        self.combo.setToolTip(self.combo.currentText() + "\n" + self.tr(
            "Train the Designer's current design (a copy: you can keep editing it) or the "
            "opened model"))

    def _changed(self) -> None:
        self._update_summary()
        self._update_tooltip()
        self.sourceChanged.emit()

    def _update_summary(self) -> None:
        spec = self.current_spec()
        if spec is None:
            self.summary.setText(self.tr("No design yet: build one in the Designer tab, or open "
                                         "a model."))
            return
        try:
            problems = spec.validate()
        except SpecError:
            problems = [None]
        if problems:
            self.summary.setText(self.tr("⚠ The design has %n problem(s): fix them in the "
                                         "Designer.", "", len(problems)))
            return
        lang = current_language()
        issues = dataset_problems(spec)
        text = self.tr("%1 · %2 weights and biases").replace("%1", describe(spec)) \
            .replace("%2", f"{spec.total_params:,}")
        if issues:
            text += "\n⚠ " + (issues[0][1] if lang == "ja" else issues[0][0])
        elif self.source() == MODEL and self.model is not None:
            acc = self.model.meta.get("accuracy")
            if isinstance(acc, (int, float)):
                text += "\n" + self.tr("test accuracy when saved: %1%").replace(
                    "%1", f"{100 * acc:.2f}")
        self.summary.setText(text)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Network"))
        self.open_button.setText(self.tr("Open model…"))
        self.open_button.setToolTip(self.tr("Open a trained model (.npz) to train it further, "
                                            "evaluate it or test it"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
