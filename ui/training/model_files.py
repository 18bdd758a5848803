"""Opening and saving models from the Train tab (Network.load / Network.save), with clear errors.

A model that cannot be read (ModelFileError names the file and the reason) or written (an
OSError) ends in a message on the tab's banner, never in an exception.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from nnlab import ModelFileError, Network

from ..file_dialogs import open_file, save_file


class ModelFiles(QObject):
    """File dialogs and the two file operations; reports through signals."""

    opened = Signal(object, object)  # Network, Path
    saved = Signal(object)           # Path
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
        """Write the model with its meta (dataset, epochs, test accuracy, …) atomically."""
        try:
            net.save(path)
        except OSError as e:
            reason = f"{path}: {e.strerror or e}"
            self.failed.emit(lambda: self.tr("The model could not be saved"), lambda: reason)
            return False
        self.saved.emit(Path(path))
        return True
