"""The design as a document: its file, whether it has unsaved changes, New / Open / Save.

Opening never loses the current design: a file that is not JSON, not an object with a layer
stack, or not an NN Lab network shows an error naming the file and the reason, and the design
stays as it was. A file that parses but has problems opens, and the problems show on its layers.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from nnlab.safe_write import SaveError
from nnlab.spec import NetworkSpec, SpecError

from ..file_dialogs import last_folder, open_file, save_file
from ..i18n import current_language
from .model import LayerStackModel, empty_spec
from .templates import load_template, template_title

SUFFIX = ".nnlab.json"


class DesignFileError(Exception):
    """A design file that cannot be opened; the message is already in the UI language."""


class DesignDocument(QObject):
    """Owns the file behind the model; every dialog the designer's file commands need."""

    changed = Signal()  # path, name or modified state changed: update the title
    fileUsed = Signal(str)  # a file was opened or saved (for Open Recent)

    def __init__(self, model: LayerStackModel, window: QWidget):
        super().__init__(window)
        self.model = model
        self._window = window
        self.path: str | None = None
        self._dirty = False  # unsaved changes restored from the last session
        model.undo_stack.cleanChanged.connect(lambda _clean: self.changed.emit())
        model.specChanged.connect(lambda _spec: self.changed.emit())

    # ---- state --------------------------------------------------------------------------------
    def is_modified(self) -> bool:
        return self._dirty or not self.model.undo_stack.isClean()

    def display_name(self) -> str:
        name = self.model.spec.name
        if isinstance(name, str) and name.strip():
            return name.strip()
        return Path(self.path).name if self.path else self.tr("Untitled")

    def _start(self, spec: NetworkSpec, path: str | None, dirty: bool = False) -> None:
        self.path = path
        self._dirty = dirty
        self.model.load_spec(spec)
        self.changed.emit()

    # ---- commands -----------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self._start(empty_spec(self.tr("Untitled")), None)
        return True

    def start_from_template(self, key: str) -> None:
        """A fresh, unmodified document holding a template (the first launch's design)."""
        self._start(load_template(key), None)

    def load_template(self, key: str) -> bool:
        """Replace the design by a bundled template, undoably; the result is a new, unsaved file."""
        try:
            spec = load_template(key)
        except (KeyError, OSError, SpecError) as e:
            self._error(self.tr("New from Template"), self.tr("The template could not be loaded: %1")
                        .replace("%1", str(e)))
            return False
        if not self.maybe_save():
            return False
        self.path = None
        self.model.replace_spec(spec, lambda: self.tr("Load template “%1”")
                                .replace("%1", template_title(key)))
        self.changed.emit()
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        path = open_file(self._window, self.tr("Open Design"), self._filter(), self._folder())
        return bool(path) and self.open_path(path, ask=False)

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open ``path``; on any error say why and keep the current design."""
        if ask and not self.maybe_save():
            return False
        try:
            spec = read_design(path)
        except DesignFileError as e:
            self._error(self.tr("Open Design"), self.tr("Could not open “%1”.").replace(
                "%1", Path(path).name) + "\n\n" + str(e))
            return False
        self._start(spec, str(Path(path).resolve()))
        self.fileUsed.emit(self.path)
        return True

    def save(self) -> bool:
        return self.save_to(self.path) if self.path else self.save_as()

    def save_as(self) -> bool:
        path = save_file(self._window, self.tr("Save Design As"),
                         _safe_name(self.display_name()) + SUFFIX, self._filter(), self.path)
        if not path:
            return False
        if not path.endswith(".json"):
            path += SUFFIX
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the design to ``path`` atomically (nnlab.safe_write: a crash never leaves half a
        file, a symlink is written through, a device or folder is refused)."""
        try:
            self.model.spec.to_json(path)
        except OSError as e:  # SaveError says why in both languages
            reason = e.reason(current_language()) if isinstance(e, SaveError) else str(e)
            self._error(self.tr("Save Design"), self.tr("Could not save “%1”: %2")
                        .replace("%1", path).replace("%2", reason))
            return False
        self.path = str(Path(path).resolve())
        self._dirty = False
        self.model.undo_stack.setClean()
        self.changed.emit()
        self.fileUsed.emit(self.path)
        return True

    def maybe_save(self, closing: bool = False) -> bool:
        """Ask about unsaved changes. True means go on (saved or discarded), False means cancel."""
        if not self.is_modified():
            return True
        text = self.tr("The design “%1” has unsaved changes. Save them?").replace(
            "%1", self.display_name())
        if closing:
            text += "\n\n" + self.tr("If you don't, NN Lab still restores the design next time, "
                                     "but the file is not updated.")
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.warning(self._window, self.tr("Unsaved Changes"), text, buttons,
                                     QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ---- session ------------------------------------------------------------------------------
    def session_state(self) -> dict:
        return {"spec": self.model.spec.dumps(), "path": self.path or "",
                "modified": self.is_modified()}

    def restore_session(self, state: dict) -> bool:
        """Bring back the design of the last run (even unsaved); False if there was none."""
        text = state.get("spec")
        if not isinstance(text, str) or not text.strip():
            return False
        try:
            spec = NetworkSpec.loads(text)
        except SpecError:
            return False
        path = state.get("path") or None
        modified = state.get("modified") in (True, "true", "1", 1)
        self._start(spec, path if isinstance(path, str) else None, dirty=modified)
        return True

    # ---- helpers ------------------------------------------------------------------------------
    def _folder(self) -> str:
        if self.path:
            return str(Path(self.path).parent)
        return last_folder()

    def _filter(self) -> str:
        return self.tr("NN Lab designs (*.nnlab.json);;JSON files (*.json);;All files (*)")

    def _error(self, title: str, text: str) -> None:
        QMessageBox.critical(self._window, title, text)


def read_design(path: str | Path) -> NetworkSpec:
    """Read a design file, or raise DesignFileError with the reason in the UI language."""
    lang = current_language()
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except OSError as e:
        raise DesignFileError(QCoreApplication.translate(
            "DesignDocument", "The file cannot be read: %1").replace("%1", e.strerror or str(e))) from e
    except UnicodeDecodeError as e:
        raise DesignFileError(QCoreApplication.translate(
            "DesignDocument", "It is not a text file (it cannot be read as UTF-8).")) from e
    try:
        spec = NetworkSpec.loads(text)
    except SpecError as e:
        raise DesignFileError("\n".join(pr.message(lang) for pr in e.problems)) from e
    data = json.loads(text.removeprefix("\ufeff"))  # parsed above: cannot fail
    fmt = data.get("format")
    if "layers" not in data and not (isinstance(fmt, str) and fmt.startswith("nnlab.")):
        raise DesignFileError(QCoreApplication.translate(
            "DesignDocument", 'It is not an NN Lab network: it has neither a "layers" list nor '
            '"format": "nnlab.network/1".'))
    return spec


def _safe_name(name: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_ " else "_" for c in name).strip()
    return keep.replace(" ", "_") or "design"
