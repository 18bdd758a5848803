"""The Train tab's settings: data, optimizer, learning rate, batch size, epochs and the rest.

``TrainControls.settings()`` turns the fields into a ``TrainSettings`` (the engine's TrainConfig
plus what the tab does before training: which dataset, weight initialisation and dropout ratio).
Every field offers only valid values; the values are remembered between sessions (QSettings).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nnlab.health import OPTIMIZER_NAMES, USUAL_LR
from nnlab.runs import TrainSettings
from nnlab.threads import app_threads
from nnlab.trainer import TrainConfig

from ..file_dialogs import choose_folder
from .spinboxes import CompactSpinBox, LogSpinBox

OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
# A learning rate that works for MNIST with each optimizer (lesson 12): the usual one.
DEFAULT_LR = {key: usual for key, (_low, usual, _high) in USUAL_LR.items()}
# optimizer -> [(option name, default, minimum, maximum)] passed to make_optimizer.
OPTIMIZER_OPTIONS: dict[str, list[tuple[str, float, float, float]]] = {
    "sgd": [], "adagrad": [],
    "momentum": [("momentum", 0.9, 0.0, 0.999)],
    "nesterov": [("momentum", 0.9, 0.0, 0.999)],
    "rmsprop": [("decay_rate", 0.99, 0.0, 0.9999)],
    "adam": [("beta1", 0.9, 0.0, 0.9999), ("beta2", 0.999, 0.0, 0.99999)],
}
INITS = ("", "he", "xavier", "std")  # "" = as the design says
BUNDLED = ""
CHOOSE = "\0choose"


def _spin(box):
    box.setKeyboardTracking(False)
    box.setMinimumWidth(96)
    return box


class TrainControls(QWidget):
    """The settings panel (data, optimizer, training) of the Train tab."""

    datasetChanged = Signal()
    datasetFolderRequested = Signal()  # "Other folder…" was picked (the tab may show a dialog)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trainControls")
        self._has_dropout = False
        self._from_model = False
        self._folder: Path | None = None
        self._dataset_index = 0

        # Data.
        self.data_box = QGroupBox()
        self.dataset_combo = QComboBox()
        self.dataset_combo.setObjectName("datasetCombo")
        self.subset_spin = _spin(QSpinBox())
        self.subset_spin.setObjectName("subsetSpin")
        self.subset_spin.setRange(0, 1_000_000)
        self.subset_spin.setSingleStep(1000)
        self.subset_spin.setGroupSeparatorShown(True)
        self.data_form = QFormLayout(self.data_box)
        self.dataset_label, self.subset_label = QLabel(), QLabel()
        self.data_form.addRow(self.dataset_label, self.dataset_combo)
        self.data_form.addRow(self.subset_label, self.subset_spin)

        # Optimizer.
        self.optimizer_box = QGroupBox()
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.setObjectName("optimizerCombo")
        for key in OPTIMIZERS:
            self.optimizer_combo.addItem(OPTIMIZER_NAMES[key], key)
        self.lr_spin = _spin(LogSpinBox(1e-6, 100.0))
        self.lr_spin.setObjectName("lrSpin")
        self.option_spins: list[QDoubleSpinBox] = []
        self.option_labels: list[QLabel] = []
        for _ in range(2):
            spin = _spin(CompactSpinBox())
            spin.setDecimals(5)
            spin.setSingleStep(0.01)
            self.option_spins.append(spin)
            self.option_labels.append(QLabel())
        self.decay_spin = _spin(LogSpinBox(1e-6, 1.0, zero_allowed=True))
        self.decay_spin.setObjectName("weightDecaySpin")
        self.optimizer_form = QFormLayout(self.optimizer_box)
        self.optimizer_label, self.lr_label, self.decay_label = QLabel(), QLabel(), QLabel()
        self.optimizer_form.addRow(self.optimizer_label, self.optimizer_combo)
        self.optimizer_form.addRow(self.lr_label, self.lr_spin)
        for label, spin in zip(self.option_labels, self.option_spins):
            self.optimizer_form.addRow(label, spin)
        self.optimizer_form.addRow(self.decay_label, self.decay_spin)

        # Training.
        self.training_box = QGroupBox()
        self.epochs_spin = _spin(QSpinBox())
        self.epochs_spin.setObjectName("epochsSpin")
        self.epochs_spin.setRange(1, 1000)
        self.batch_spin = _spin(QSpinBox())
        self.batch_spin.setObjectName("batchSpin")
        self.batch_spin.setRange(1, 10_000)
        self.init_combo = QComboBox()
        self.init_combo.setObjectName("initCombo")
        for key in INITS:
            self.init_combo.addItem("", key)
        self.dropout_spin = _spin(QDoubleSpinBox())
        self.dropout_spin.setObjectName("dropoutSpin")
        self.dropout_spin.setRange(0.0, 0.95)
        self.dropout_spin.setSingleStep(0.05)
        self.dropout_spin.setDecimals(2)
        self.augment_check = QCheckBox()
        self.augment_check.setObjectName("augmentCheck")
        self.seed_spin = _spin(QSpinBox())
        self.seed_spin.setObjectName("seedSpin")
        self.seed_spin.setRange(0, 2**31 - 1)
        self.training_form = QFormLayout(self.training_box)
        self.epochs_label, self.batch_label, self.init_label = QLabel(), QLabel(), QLabel()
        # Epochs and batch size with the data, at the top: at 1024×700 they are seen unscrolled.
        self.data_form.addRow(self.epochs_label, self.epochs_spin)
        self.data_form.addRow(self.batch_label, self.batch_spin)
        self.dropout_label, self.seed_label = QLabel(), QLabel()
        self.training_form.addRow(self.init_label, self.init_combo)
        self.training_form.addRow(self.dropout_label, self.dropout_spin)
        self.training_form.addRow(self.seed_label, self.seed_spin)
        self.training_form.addRow(self.augment_check)

        for form in (self.data_form, self.optimizer_form, self.training_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            form.setHorizontalSpacing(10)
            form.setVerticalSpacing(5)
            form.setContentsMargins(9, 6, 9, 7)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.data_box)
        layout.addWidget(self.optimizer_box)
        layout.addWidget(self.training_box)
        layout.addStretch(1)

        self._fill_datasets()
        self.optimizer_combo.currentIndexChanged.connect(self._optimizer_changed)
        self.dataset_combo.activated.connect(self._dataset_activated)
        self._restore()
        self._show_options(keep_values=True)
        self.retranslateUi()

    # ---- values --------------------------------------------------------------------------------
    def optimizer(self) -> str:
        return self.optimizer_combo.currentData()

    def set_optimizer(self, key: str, lr: float | None = None) -> None:
        self.optimizer_combo.setCurrentIndex(OPTIMIZERS.index(key))
        if lr is not None:
            self.lr_spin.setValue(lr)

    def apply(self, settings: dict) -> None:
        """Set what a lesson asks for (names of nnlab.TrainConfig's fields); the rest stays."""
        if "optimizer" in settings:
            self.set_optimizer(settings["optimizer"], settings.get("lr"))
        elif "lr" in settings:
            self.lr_spin.setValue(settings["lr"])
        for key, spin, kind in (("batch_size", self.batch_spin, int), ("epochs", self.epochs_spin, int),
                                ("weight_decay", self.decay_spin, float),
                                ("train_subset", self.subset_spin, int)):  # subset 0: all
            if key in settings:
                spin.setValue(kind(settings[key] or 0))
        if "augment" in settings:
            self.augment_check.setChecked(bool(settings["augment"]))
        if "init" in settings:  # "" or None: as in the design
            self.init_combo.setCurrentIndex(INITS.index(settings["init"]) if settings["init"] in INITS else 0)

    def folder(self) -> Path | None:
        return self._folder if self.dataset_combo.currentData() not in (BUNDLED, None) else None

    def dataset_name(self) -> str:
        folder = self.folder()
        return "mnist" if folder is None else folder.name

    def set_dataset_folder(self, folder: str | Path | None) -> None:
        """Use MNIST-format files in ``folder`` (None: the bundled MNIST)."""
        self._folder = None if folder is None else Path(folder)
        self._fill_datasets()
        self.dataset_combo.setCurrentIndex(0 if folder is None else 1)
        self._dataset_index = self.dataset_combo.currentIndex()
        self.datasetChanged.emit()

    def set_design_has_dropout(self, has: bool) -> None:
        self._has_dropout = has
        self.dropout_spin.setEnabled(has)
        self._update_dropout_tip()

    def settings(self) -> TrainSettings:
        key = self.optimizer()
        options = {name: spin.value()
                   for (name, *_), spin in zip(OPTIMIZER_OPTIONS[key], self.option_spins)}
        subset = self.subset_spin.value()
        config = TrainConfig(
            epochs=self.epochs_spin.value(), batch_size=self.batch_spin.value(), optimizer=key,
            lr=self.lr_spin.value(), optimizer_options=options,
            weight_decay=self.decay_spin.value(), seed=self.seed_spin.value(),
            augment=self.augment_check.isChecked(), train_subset=subset or None,
            report_every=1, evaluate_train=True, threads=app_threads())
        init = self.init_combo.currentData() or None
        dropout = self.dropout_spin.value() if self._has_dropout else None
        return TrainSettings(self.folder(), self.dataset_name(), config, init, dropout)

    def set_running(self, running: bool) -> None:
        """Settings cannot change under a running trainer."""
        for box in (self.data_box, self.optimizer_box, self.training_box):
            box.setEnabled(not running)

    # ---- reactions -----------------------------------------------------------------------------
    def _optimizer_changed(self) -> None:
        self._show_options(keep_values=False)
        self.lr_spin.setValue(DEFAULT_LR[self.optimizer()])

    def _show_options(self, keep_values: bool) -> None:
        options = OPTIMIZER_OPTIONS[self.optimizer()]
        for k, (label, spin) in enumerate(zip(self.option_labels, self.option_spins)):
            used = k < len(options)
            label.setVisible(used)
            spin.setVisible(used)
            if used:
                _name, default, lo, hi = options[k]
                spin.setRange(lo, hi)
                if not keep_values:
                    spin.setValue(default)
        self._option_texts()

    def _option_texts(self) -> None:
        names = {"momentum": self.tr("Momentum α"), "decay_rate": self.tr("Decay rate ρ"),
                 "beta1": self.tr("β₁"), "beta2": self.tr("β₂")}
        tips = {"momentum": self.tr("v ← αv − ε∂L/∂W: how much of the last step is kept"),
                "decay_rate": self.tr("h ← ρh + (1 − ρ)(∂L/∂W)²: how fast old gradients fade"),
                "beta1": self.tr("Decay of the gradient's moving average m"),
                "beta2": self.tr("Decay of the squared gradient's moving average v")}
        for (name, *_), label, spin in zip(OPTIMIZER_OPTIONS[self.optimizer()], self.option_labels,
                                          self.option_spins):
            label.setText(names[name])
            spin.setToolTip(tips[name])
            label.setToolTip(tips[name])

    def _fill_datasets(self) -> None:
        combo = self.dataset_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("MNIST (bundled)"), BUNDLED)
        if self._folder is not None:
            combo.addItem(self._folder.name or str(self._folder), str(self._folder))
            combo.setItemData(1, str(self._folder), Qt.ItemDataRole.ToolTipRole)
        combo.addItem(self.tr("Other folder…"), CHOOSE)
        combo.setItemData(combo.count() - 1, self.tr(
            "A folder with train-images-idx3-ubyte, train-labels-idx1-ubyte, "
            "t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte (raw or .gz), e.g. Fashion-MNIST"),
            Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(min(self._dataset_index, combo.count() - 2))
        combo.blockSignals(False)

    def _dataset_activated(self, index: int) -> None:
        if self.dataset_combo.itemData(index) == CHOOSE:
            self.dataset_combo.setCurrentIndex(self._dataset_index)
            folder = choose_folder(self, self.tr("Folder with MNIST-format files"),
                                   str(self._folder) if self._folder else None)
            if folder:
                self.set_dataset_folder(folder)
            return
        self._dataset_index = index
        self.datasetChanged.emit()

    def _update_dropout_tip(self) -> None:
        if self._has_dropout:
            self.dropout_spin.setToolTip(self.tr(
                "The share of units every Dropout layer switches off while training"))
        else:
            self.dropout_spin.setToolTip(self.tr("This network has no Dropout layer"))

    # ---- persistence ---------------------------------------------------------------------------
    def save(self) -> None:
        s = QSettings()
        s.beginGroup("train")
        s.setValue("optimizer", self.optimizer())
        s.setValue("lr", self.lr_spin.value())
        for k, spin in enumerate(self.option_spins):
            s.setValue(f"option{k}", spin.value())
        s.setValue("weight_decay", self.decay_spin.value())
        s.setValue("epochs", self.epochs_spin.value())
        s.setValue("batch_size", self.batch_spin.value())
        s.setValue("init", self.init_combo.currentData())
        s.setValue("dropout", self.dropout_spin.value())
        s.setValue("augment", self.augment_check.isChecked())
        s.setValue("seed", self.seed_spin.value())
        s.setValue("subset", self.subset_spin.value())
        s.setValue("folder", str(self._folder) if self._folder else "")
        s.setValue("use_folder", self.folder() is not None)
        s.endGroup()

    def _restore(self) -> None:
        s = QSettings()
        s.beginGroup("train")

        def get(key, default, kind):
            try:
                return kind(s.value(key, default))
            except (TypeError, ValueError):
                return default

        key = get("optimizer", "adam", str)
        key = key if key in OPTIMIZERS else "adam"
        self.optimizer_combo.blockSignals(True)
        self.optimizer_combo.setCurrentIndex(OPTIMIZERS.index(key))
        self.optimizer_combo.blockSignals(False)
        self.lr_spin.setValue(get("lr", DEFAULT_LR[key], float))
        options = OPTIMIZER_OPTIONS[key]
        for k, spin in enumerate(self.option_spins):
            if k < len(options):
                spin.setRange(options[k][2], options[k][3])
                spin.setValue(get(f"option{k}", options[k][1], float))
        self.decay_spin.setValue(get("weight_decay", 0.0, float))
        self.epochs_spin.setValue(get("epochs", 5, int))
        self.batch_spin.setValue(get("batch_size", 100, int))
        init = get("init", "", str)
        self.init_combo.setCurrentIndex(INITS.index(init) if init in INITS else 0)
        self.dropout_spin.setValue(get("dropout", 0.5, float))
        self.augment_check.setChecked(get("augment", "false", str).lower() == "true")
        self.seed_spin.setValue(get("seed", 0, int))
        self.subset_spin.setValue(get("subset", 0, int))
        folder = get("folder", "", str)
        if folder and get("use_folder", "false", str).lower() == "true":
            self._folder = Path(folder)
            self._dataset_index = 1
        s.endGroup()

    # ---- language ------------------------------------------------------------------------------
    def set_model_mode(self, from_model: bool) -> None:
        """An opened model keeps its trained weights unless another initialisation is chosen."""
        self._from_model = from_model
        self._init_texts()

    def _init_texts(self) -> None:
        first = (self.tr("Keep the model's weights") if self._from_model
                 else self.tr("As in the design"))
        texts = [first, self.tr("He: σ = √(2/n)"), self.tr("Xavier: σ = √(1/n)"),
                 self.tr("Gaussian: σ = 0.01")]
        for k, text in enumerate(texts):
            self.init_combo.setItemText(k, text)

    def retranslateUi(self) -> None:
        self.data_box.setTitle(self.tr("Data"))
        self.dataset_label.setText(self.tr("Dataset"))
        self.subset_label.setText(self.tr("Training images"))
        self.subset_spin.setSpecialValueText(self.tr("all"))
        self.subset_spin.setToolTip(self.tr(
            "Train on only this many images (picked at random with the seed) for a quick "
            "experiment; the test set is always complete"))
        self._fill_datasets()
        self.optimizer_box.setTitle(self.tr("Optimizer"))
        self.optimizer_label.setText(self.tr("Method"))
        self.lr_label.setText(self.tr("ε (learning rate)"))
        self.lr_spin.setToolTip(self.tr("W ← W − ε ∂L/∂W: the size of each step"))
        self.decay_label.setText(self.tr("Weight decay λ"))
        self.decay_spin.setSpecialValueText(self.tr("off"))
        self.decay_spin.setToolTip(self.tr("Adds ½λ‖W‖² to the loss: keeps the weights small "
                                           "against overfitting"))
        self._option_texts()
        self.training_box.setTitle(self.tr("Training"))
        self.epochs_label.setText(self.tr("Epochs"))
        self.batch_label.setText(self.tr("Batch size"))
        self.init_label.setText(self.tr("Initial weights"))
        self._init_texts()
        self.dropout_label.setText(self.tr("Dropout ratio"))
        self._update_dropout_tip()
        self.augment_check.setText(self.tr("Augment images (shift, rotate, scale)"))
        self.augment_check.setToolTip(self.tr(
            "Each training image is moved, turned and resized a little at random, every epoch "
            "anew: helps with digits drawn by hand"))
        self.seed_label.setText(self.tr("Random seed"))
        self.seed_spin.setToolTip(self.tr("The same seed gives the same initial weights, "
                                          "batches and result"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
