"""Every file dialog of the app: they start in the folder used last (or Documents), not the
current directory, and remember where the learner went.

    path = open_file(parent, title, filters)              # "" when cancelled
    path = save_file(parent, title, "model.npz", filters)  # the name, in the last folder
    folder = choose_folder(parent, title)

``start=`` overrides the starting place (e.g. the design's own file). The folder is kept in
QSettings (``files/lastFolder``) when a dialog returns a path. The dialogs are Qt's static
functions, looked up when called, so that tests can answer them with monkeypatch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

KEY = "files/lastFolder"


def documents_folder() -> str:
    """The learner's Documents folder, else their home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


def last_folder() -> str:
    """The folder of the last file chosen in any dialog, if it still exists; else Documents."""
    folder = QSettings().value(KEY, "", str)
    return folder if folder and Path(folder).is_dir() else documents_folder()


def remember(path: str) -> None:
    """Keep the folder of ``path`` (a file, or a folder itself) for the next dialog."""
    if not path:
        return
    target = Path(path)
    folder = target if target.is_dir() else target.parent
    QSettings().setValue(KEY, str(folder))


def open_file(parent: QWidget | None, title: str, filters: str, start: str | None = None) -> str:
    """An existing file chosen by the learner, or ""."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start or last_folder(), filters)
    remember(path)
    return path


def save_file(parent: QWidget | None, title: str, name: str, filters: str,
              start: str | None = None) -> str:
    """Where to save: ``name`` suggested in ``start`` (a folder or a whole path) or the last folder."""
    if start and not Path(start).is_dir():
        suggested = start
    else:
        suggested = str(Path(start or last_folder()) / name)
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    remember(path)
    return path


def choose_folder(parent: QWidget | None, title: str, start: str | None = None) -> str:
    """An existing folder, or ""."""
    folder = QFileDialog.getExistingDirectory(parent, title, start or last_folder())
    remember(folder)
    return folder
