"""Opening and saving models from the Train tab (Network.load / Network.save), with clear errors.

A model that cannot be read (ModelFileError names the file and the reason) ends in a message on
the tab's banner, never in an exception. One that cannot be written where the learner asked (a
read-only folder, a full disk: nnlab.safe_write's SaveError says why) is written to the rescue
folder in NN Lab's data folder instead (nnlab.cli.rescue, as the CLI does), and the message
says where: a trained model is never lost to a save error.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from nnlab import ModelFileError, Network
from nnlab.cli.rescue import save_or_rescue
from nnlab.safe_write import SaveError

from ..file_dialogs import open_file, save_file
from ..i18n import current_language


class ModelFiles(QObject):
    """File dialogs and the two file operations; reports through signals."""

    opened = Signal(object, object)  # Network, Path
    saved = Signal(object)           # Path
    rescued = Signal(object)         # Path: saved in the rescue folder, not where asked
    failed = Signal(object, object)  # title(), text(): functions giving the current language

    def __init__(self, parent_widget: QWidget):
        super().__init__(parent_widget)
        self._widget = parent_widget

    def choose_and_open(self) -> None:
        path = open_file(self._widget, self.tr("Open model"), self.tr("NN Lab models (*.npz)"))
        if path:
            self.open(path)

    def open(self, path: str | Path) -> Network | None:
        try:
            net = Network.load(path)
        except ModelFileError as e:
            reason = str(e)
            self.failed.emit(lambda: self.tr("The model cannot be opened"), lambda: reason)
            return None
        self.opened.emit(net, Path(path))
        return net

    def choose_and_save(self, net: Network) -> None:
        path = save_file(self._widget, self.tr("Save model"), "model.npz",
                         self.tr("NN Lab models (*.npz)"))
        if path:
            if not path.endswith(".npz"):
                path += ".npz"
            self.save(net, path)

    def save(self, net: Network, path: str | Path) -> bool:
        """Write the model with its meta (dataset, epochs, test accuracy, …) atomically; if that
        fails, to the rescue folder. True when it was written where asked."""
        path = Path(path)
        try:
            written, error = save_or_rescue(net, path, {})
        except SaveError as e:
            nowhere = e  # ``e`` is gone after the except block; the message asks it later
            self.failed.emit(lambda: self.tr("The model could not be saved"),
                             lambda: nowhere.message(current_language()))
            return False
        except OSError as e:
            reason = f"{path}: {e.strerror or e}"
            self.failed.emit(lambda: self.tr("The model could not be saved"), lambda: reason)
            return False
        if error is not None:
            self.failed.emit(
                lambda: self.tr("The model could not be saved to %1").replace("%1", path.name),
                lambda: self.tr("%1: %2. It was saved in %3 instead.")
                .replace("%1", str(path)).replace("%2", error.reason(current_language()))
                .replace("%3", str(written)))
            self.rescued.emit(written)
            return False
        self.saved.emit(written)
        return True
