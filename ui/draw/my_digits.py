"""My digits: the learner's own labelled drawings, kept on disk, and how the model reads them.

The set is an ``nnlab.my_digits.DigitSet`` saved after every change in ``my_digits`` of the data
folder (``nnlab.paths.data_dir()``: ``$NNLAB_DATA_DIR``, else e.g. ``~/.local/share/NN Lab``), as
one file written atomically; a damaged file is salvaged and the tab says what was kept. The current
model is evaluated on it whenever either changes: accuracy, the confusion matrix C[t, p], and the
misread digits as thumbnails.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.data.mnist import MnistFormatError
from nnlab.my_digits import (
    IMAGES_NAME,
    LABELS_NAME,
    DigitSet,
    Evaluation,
    Recovery,
    labels_path_for,
)
from nnlab.paths import data_dir

from ..file_dialogs import choose_folder, open_file
from ..i18n import current_language
from ..theme import set_state
from ..widgets.factories import hint_label, section_title
from .confusion_grid import ConfusionMatrix
from .images import grey_image

_log = logging.getLogger(__name__)
THUMB = 44


def my_digits_folder() -> Path:
    return data_dir() / "my_digits"


class MyDigitsPanel(QWidget):
    """Add the drawing with a label; see how the model does on the whole set; import/export.

    ``addRequested(label)`` asks the tab for the current 28×28 image; the tab calls ``add``.
    """

    addRequested = Signal(int)
    setChanged = Signal()

    def __init__(self, folder: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = Path(folder) if folder is not None else my_digits_folder()
        self.digits = DigitSet()
        self.network = None
        self.evaluation: Evaluation | None = None
        self.recovery: Recovery | None = None  # what loading a damaged set did
        self._notice: tuple[str, bool, bool] = ("", False, False)  # text, is an error, is recovery

        self.title = section_title()
        self.intro = hint_label()
        self.label_buttons: list[QToolButton] = []
        buttons = QHBoxLayout()
        buttons.setSpacing(3)
        self.add_as = QLabel()  # on its own line: the ten buttons alone fill a narrow column
        for k in range(10):
            button = QToolButton()
            button.setText(str(k))
            button.setObjectName("labelButton")
            button.setMinimumSize(26, 28)
            button.clicked.connect(lambda _checked=False, k=k: self.addRequested.emit(k))
            self.label_buttons.append(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("digitsResult")
        self.result_label.setWordWrap(True)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setObjectName("notice")
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_label.hide()
        self.confusion = ConfusionMatrix()
        self.misread_title = hint_label()
        self.misread = QListWidget()
        self.misread.setObjectName("misreadList")
        self.misread.setViewMode(QListWidget.ViewMode.IconMode)
        self.misread.setIconSize(QSize(THUMB, THUMB))
        self.misread.setGridSize(QSize(THUMB + 22, THUMB + 22))
        self.misread.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.misread.setMovement(QListWidget.Movement.Static)
        self.misread.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.misread.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.misread.setMinimumHeight(THUMB + 30)
        self.remove_last_button = QPushButton()
        self.remove_last_button.clicked.connect(self.remove_last)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self._ask_clear)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._ask_import)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._ask_export)

        self.folder_label = hint_label()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.misread.setMaximumHeight(self.confusion.height() - 24)

        middle = QHBoxLayout()
        middle.setSpacing(10)
        middle.addWidget(self.confusion, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.misread_title)
        right.addWidget(self.misread)
        right.addStretch(1)  # keeps the title at the top while the list is hidden
        middle.addLayout(right, 1)
        files = QGridLayout()
        files.setSpacing(6)
        files.addWidget(self.remove_last_button, 0, 0)
        files.addWidget(self.clear_button, 0, 1)
        files.addWidget(self.import_button, 1, 0)
        files.addWidget(self.export_button, 1, 1)

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(6)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addWidget(self.add_as)
        column.addLayout(buttons)
        column.addWidget(self.notice_label)
        column.addWidget(self.count_label)
        column.addWidget(self.result_label)
        column.addLayout(middle)
        column.addSpacing(4)
        column.addLayout(files)
        column.addWidget(self.folder_label)
        column.addStretch(1)

        self._load()
        self.set_drawing_available(False)
        self.retranslateUi()

    # ---- the set -------------------------------------------------------------------------------
    def _load(self) -> None:
        """The saved set; a damaged one keeps every digit that can be read (``recovery`` says)."""
        self.digits, self.recovery = DigitSet.recover(self.folder)
        if self.recovery is not None:
            _log.warning("my digits: %s", self.recovery.en)

    def _save(self) -> bool:
        try:
            self.digits.save(self.folder)
        except OSError as exc:
            reason = exc.message(current_language()) if hasattr(exc, "message") else str(exc)
            self._set_notice(self.tr("Could not save your digits in %1: %2")
                             .replace("%1", str(self.folder)).replace("%2", reason), True)
            return False
        return True

    def set_drawing_available(self, available: bool) -> None:
        """Enable the label buttons only while there is a drawing to add."""
        for button in self.label_buttons:
            button.setEnabled(available)

    def add(self, image: np.ndarray, label: int) -> None:
        """Add a 28×28 image (preprocess_digit's output) with its label, and save the set."""
        self.digits.add(image, label)
        self._changed()
        text = self.tr("Added as an %1.") if label == 8 else self.tr("Added as a %1.")
        self._set_notice(text.replace("%1", str(label)), False)

    def remove_last(self) -> None:
        if len(self.digits):
            self.digits.remove(len(self.digits) - 1)
            self._changed()

    def clear_set(self) -> None:
        self.digits.clear()
        self._changed()

    def _changed(self) -> None:
        self._save()
        self.evaluate()
        self.setChanged.emit()

    # ---- evaluation ----------------------------------------------------------------------------
    def set_model(self, network) -> None:
        self.network = network
        self.evaluate()

    def evaluate(self) -> Evaluation | None:
        """Evaluate the current model on the whole set (None without a model or digits)."""
        if self.network is None or not len(self.digits):
            self.evaluation = None
        else:
            self.evaluation = self.digits.evaluate(self.network)
        self._show_evaluation()
        return self.evaluation

    def _show_evaluation(self) -> None:
        counts = self.digits.counts()
        n = len(self.digits)
        if n:
            per = "  ".join(f"{k}:{c}" for k, c in enumerate(counts) if c)
            # One string per number form: English says "1 digit" but "2 digits".
            text = (self.tr("1 digit in your set (label: count) %2") if n == 1
                    else self.tr("%1 digits in your set (label: count) %2"))
            self.count_label.setText(text.replace("%1", str(n)).replace("%2", per))
        else:
            self.count_label.setText(self.tr("Your set is empty."))
        ev = self.evaluation
        self.misread.clear()
        self.misread.setVisible(ev is not None and bool(np.any(ev.predictions != self.digits.labels)))
        if ev is None:
            self.confusion.set_matrix(None)
            self.result_label.setText(self.tr("No model to evaluate.") if n and self.network is None
                                      else "")
            self.misread_title.setText("")
        else:
            self.confusion.set_matrix(ev.confusion)
            self.result_label.setText(self.tr("The model reads <b>%1 of %2</b> correctly (%3).")
                                      .replace("%1", str(ev.correct)).replace("%2", str(ev.total))
                                      .replace("%3", f"{100 * ev.accuracy:.1f}%"))
            wrong = np.flatnonzero(ev.predictions != self.digits.labels)
            self.misread_title.setText(
                self.tr("Misread (label → read as):") if len(wrong) else self.tr("None misread."))
            for i in wrong:
                item = QListWidgetItem(self._thumbnail(self.digits.images[i]),
                                       f"{self.digits.labels[i]} → {ev.predictions[i]}")
                item.setToolTip(self.tr("Labelled %1, read as %2 (%3)")
                                .replace("%1", str(self.digits.labels[i]))
                                .replace("%2", str(ev.predictions[i]))
                                .replace("%3", f"{100 * ev.probabilities[i].max():.0f}%"))
                self.misread.addItem(item)
        self.remove_last_button.setEnabled(bool(n))
        self.clear_button.setEnabled(bool(n))
        self.export_button.setEnabled(bool(n))

    @staticmethod
    def _thumbnail(image: np.ndarray) -> QIcon:
        pixmap = QPixmap.fromImage(grey_image(image)).scaled(
            THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
        return QIcon(pixmap)

    # ---- files ---------------------------------------------------------------------------------
    def export_to(self, folder: str | Path, compress: bool = False) -> tuple[Path, Path]:
        """Write the set into ``folder`` as t10k-images-idx3-ubyte / t10k-labels-idx1-ubyte
        (MNIST's own names, read by load_mnist and read_idx), with .gz when ``compress``."""
        folder = Path(folder)
        suffix = ".gz" if compress else ""
        images, labels = folder / (IMAGES_NAME + suffix), folder / (LABELS_NAME + suffix)
        self.digits.write(images, labels)
        text = (self.tr("Exported 1 digit to %2.") if len(self.digits) == 1
                else self.tr("Exported %1 digits to %2."))
        self._set_notice(text.replace("%1", str(len(self.digits))).replace("%2", str(folder)),
                         False)
        return images, labels

    def import_from(self, images_path: str | Path, labels_path: str | Path | None = None) -> bool:
        """Add the digits of an IDX pair to the set; a bad pair leaves the set as it was."""
        labels_path = labels_path_for(images_path) if labels_path is None else labels_path
        try:
            more = DigitSet.read(images_path, labels_path)
        except MnistFormatError as exc:
            self._set_notice(self.tr("Import failed, your set is unchanged: %1")
                             .replace("%1", exc.message(current_language())), True)
            return False
        self.digits = DigitSet(np.concatenate([self.digits.images, more.images]),
                               np.concatenate([self.digits.labels, more.labels]))
        self._changed()
        text = self.tr("Imported 1 digit.") if len(more) == 1 else self.tr("Imported %1 digits.")
        self._set_notice(text.replace("%1", str(len(more))), False)
        return True

    def _ask_export(self) -> None:
        folder = choose_folder(self, self.tr("Export my digits to a folder"))
        if not folder:
            return
        existing = [n for n in (IMAGES_NAME, LABELS_NAME) if (Path(folder) / n).exists()]
        if existing and QMessageBox.question(
                self, self.tr("Replace files?"),
                self.tr("%1 already exists in this folder. Replace it?")
                .replace("%1", " / ".join(existing))) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.export_to(folder)
        except OSError as exc:
            self._set_notice(self.tr("Export failed: %1").replace("%1", str(exc)), True)

    def _ask_import(self) -> None:
        path = open_file(
            self, self.tr("Import digits: choose the images file (…-images-idx3-ubyte)"),
            self.tr("IDX images (*idx3-ubyte *idx3-ubyte.gz);;All files (*)"))
        if not path:
            return
        labels = labels_path_for(path)
        if not labels.is_file() or labels == Path(path):
            labels_str = open_file(
                self, self.tr("Choose the matching labels file (…-labels-idx1-ubyte)"),
                self.tr("IDX labels (*idx1-ubyte *idx1-ubyte.gz);;All files (*)"),
                str(Path(path).parent))
            if not labels_str:
                return
            labels = Path(labels_str)
        self.import_from(path, labels)

    def _ask_clear(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Clear my digits?"),
            (self.tr("Remove the one digit of your set? This cannot be undone.")
             if len(self.digits) == 1 else
             self.tr("Remove all %1 digits from your set? This cannot be undone."))
            .replace("%1", str(len(self.digits))))
        if answer == QMessageBox.StandardButton.Yes:
            self.clear_set()

    def _set_notice(self, text: str, error: bool, recovery: bool = False) -> None:
        self._notice = (text, error, recovery)
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))
        set_state(self.notice_label, "error", error)

    # ---- language ------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.title.setText(self.tr("My digits"))
        self.intro.setText(self.tr(
            "Build your own test set: draw a digit, then click its label to add the 28×28 image "
            "the network sees. Export it as an MNIST-style IDX pair to test a model in the Train "
            "tab."))
        self.folder_label.setText(self.tr("Saved in %1").replace("%1", str(self.folder)))
        self.add_as.setText(self.tr("Add as:"))
        for k, button in enumerate(self.label_buttons):
            button.setToolTip(self.tr("Add the drawing to my digits, labelled %1").replace("%1", str(k)))
        self.confusion.row_title = self.tr("label")
        self.confusion.column_title = self.tr("read as")
        self.confusion.update()
        self.remove_last_button.setText(self.tr("Remove Last"))
        self.clear_button.setText(self.tr("Clear Set…"))
        self.import_button.setText(self.tr("Import IDX…"))
        self.export_button.setText(self.tr("Export IDX…"))
        if self.recovery is not None and (not self._notice[0] or self._notice[2]):
            self._set_notice(self.recovery.message(current_language()), True, recovery=True)
        self._show_evaluation()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
