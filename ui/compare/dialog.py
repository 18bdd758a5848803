"""The Train tab's Compare…: several short runs of the current design that differ in one setting.

The learner picks the setting (optimizer, learning rate, initial weights, BatchNorm on/off,
weight decay, Dropout), how many training images (the first N) and epochs; the runs start from
the Train tab's settings and train one after another in the background (ComparisonView). Every
finished comparison stays in the list on the right, to be shown again, saved as JSON or opened.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nnlab.compare import (
    SETTING_NAMES,
    SETTINGS,
    Comparison,
    ComparisonResult,
    load_comparison,
    one_setting,
    save_comparison,
)
from nnlab.errors import NNLabError
from nnlab.trainer import TrainConfig

from ..i18n import bilingual, current_language, error_text
from ..widgets.factories import hint_label
from .view import ComparisonView

TEST_LIMIT = 2000
FILTER = "NN Lab comparison (*.nnlab-compare.json *.json)"


class CompareDialog(QDialog):
    """Setting, images, epochs, Run; the comparison's view; the finished comparisons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.base: tuple[dict, TrainConfig, Path | None] | None = None
        self.kept: list[ComparisonResult] = []
        self.setting = QComboBox()
        self.setting.setObjectName("compareSetting")
        for key in SETTINGS:
            self.setting.addItem("", key)
        self.images = QSpinBox()
        self.images.setObjectName("compareImages")
        self.images.setRange(100, 60_000)
        self.images.setSingleStep(500)
        self.images.setValue(2000)
        self.images.setGroupSeparatorShown(True)
        self.epochs = QSpinBox()
        self.epochs.setObjectName("compareEpochs")
        self.epochs.setRange(1, 500)
        self.epochs.setValue(5)
        self.run_button = QPushButton()
        self.run_button.setObjectName("compareRun")
        self.run_button.setDefault(True)
        self.labels = [QLabel() for _ in range(3)]
        self.variants = hint_label()
        self.variants.setObjectName("compareVariants")
        self.view = ComparisonView()
        self.view.finished.connect(self._keep)
        self.list = QListWidget()
        self.list.setObjectName("compareList")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self.show_kept)
        self.save_button, self.open_button = QPushButton(), QPushButton()
        self.list_title = QLabel()
        self.list_title.setObjectName("caption")
        self.note = hint_label()
        self._build()
        self.setting.currentIndexChanged.connect(self._preview)
        self.run_button.clicked.connect(self.run)
        self.save_button.clicked.connect(self.save_current)
        self.open_button.clicked.connect(self.open_file)
        self.resize(980, 620)
        self.retranslateUi()

    def _build(self) -> None:
        row = QHBoxLayout()
        for label, widget in zip(self.labels, (self.setting, self.images, self.epochs)):
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.run_button)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list_title)
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        column.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.variants)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)

    # ---- what to compare ------------------------------------------------------------------------
    def set_base(self, spec: dict, config: TrainConfig, folder: Path | None = None) -> None:
        """The design and the Train tab's settings every run starts from."""
        self.base = (spec, config, folder)
        self._preview()

    def comparison(self) -> Comparison | None:
        if self.base is None:
            return None
        spec, config, _folder = self.base
        config = dataclasses.replace(config, epochs=self.epochs.value())
        setting = self.setting.currentData()
        title, variants = one_setting(setting, config)
        return Comparison(title, spec, config, variants, setting,
                          train_limit=self.images.value(), test_limit=TEST_LIMIT)

    def run(self) -> None:
        comparison = self.comparison()
        if comparison is None or self.view.running:
            return
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.view.start(comparison, self.base[2])

    def _preview(self) -> None:
        c = self.comparison()
        lang = current_language()
        if c is None:
            self.variants.setText(self.tr("Open the Train tab's design first."))
            return
        self.variants.setText(self.tr("Runs: %1").replace(
            "%1", " · ".join(v.text(lang) for v in c.variants)))

    # ---- finished comparisons -------------------------------------------------------------------
    def _keep(self, result: ComparisonResult) -> None:
        self.kept.append(result)
        self.list.blockSignals(True)
        self.list.addItem(QListWidgetItem(self._item_text(len(self.kept) - 1)))
        self.list.setCurrentRow(len(self.kept) - 1)
        self.list.blockSignals(False)

    def _item_text(self, index: int) -> str:
        r = self.kept[index]
        c = r.comparison
        images = f"{c.train_limit:,}" if c.train_limit else self.tr("all")
        text = (f"{index + 1}. {c.text(current_language())} — "
                + self.tr("%1 images, %2 epochs").replace("%1", images)
                .replace("%2", str(c.config.epochs)))
        failed = sum(v.failed for v in r.results)
        if r.stopped:
            text += " · " + self.tr("stopped")
        if failed:
            text += " · " + self.tr("%1 failed").replace("%1", str(failed))
        return text

    def show_kept(self, row: int) -> None:
        if 0 <= row < len(self.kept) and not self.view.running:
            self.view.show_result(self.kept[row])

    def save_current(self) -> None:
        result = self.view.result
        if result is None or not result.done:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save comparison"),
                                              "comparison.nnlab-compare.json", FILTER)
        if path:
            try:
                save_comparison(result, path)
            except (NNLabError, OSError) as e:
                self.note.setText(error_text(e))

    def open_file(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open comparison"), "", FILTER)
        if not path or self.view.running:
            return False
        try:
            result = load_comparison(path)
        except NNLabError as e:
            self.note.setText(e.message(current_language()))
            return False
        self._keep(result)
        self.view.show_result(result)
        return True

    # ---- closing and language -------------------------------------------------------------------
    def shutdown(self) -> None:
        self.view.shutdown()

    def done(self, result: int) -> None:
        """Closing (✕, Esc, Close) stops a running comparison: hidden, it would keep the cores
        busy with nothing on screen saying so, and slow a Train-tab run started next."""
        self.view.shutdown()
        super().done(result)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Compare runs"))
        for i, key in enumerate(SETTINGS):
            self.setting.setItemText(i, bilingual(SETTING_NAMES[key]))
        for label, text in zip(self.labels, (self.tr("Compare"), self.tr("Training images"),
                                             self.tr("Epochs"))):
            label.setText(text)
        self.images.setToolTip(self.tr("The first N training images"))
        self.run_button.setText(self.tr("Run the comparison ▶"))
        self.list_title.setText(self.tr("Finished comparisons"))
        self.save_button.setText(self.tr("Save…"))
        self.open_button.setText(self.tr("Open…"))
        self.note.setText(self.tr(
            "Every run starts from the Train tab's design and settings and changes only this one "
            "setting; they train one after another. Test accuracy: the first %1 test images.")
            .replace("%1", f"{TEST_LIMIT:,}"))
        for i in range(len(self.kept)):
            self.list.item(i).setText(self._item_text(i))
        self._preview()

