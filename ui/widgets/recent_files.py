"""File > Open Recent: the last few files, kept in QSettings under ``recentFiles``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

SETTINGS_KEY = "recentFiles"
MAX_RECENT = 8


def recent_files() -> list[str]:
    value = QSettings().value(SETTINGS_KEY, [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    return [str(v) for v in (value or []) if v]


def _store(paths: list[str]) -> None:
    QSettings().setValue(SETTINGS_KEY, paths[:MAX_RECENT])


class RecentFilesMenu(QMenu):
    """Lists recent files (newest first); choosing one emits ``fileChosen``."""

    fileChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recentFilesMenu")
        self.aboutToShow.connect(self.rebuild)
        self.retranslateUi()

    def add(self, path: str) -> None:
        """Put ``path`` at the top of the list."""
        path = str(Path(path))
        paths = [p for p in recent_files() if p != path]
        _store([path, *paths])
        self.rebuild()

    def remove(self, path: str) -> None:
        _store([p for p in recent_files() if p != path])
        self.rebuild()

    def clear_all(self) -> None:
        _store([])
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        paths = recent_files()
        for n, path in enumerate(paths, start=1):
            # "&1" gives keyboard access; the folder makes equal file names distinguishable.
            action = self.addAction(f"&{n}  {Path(path).name}   —   {Path(path).parent}")
            action.setData(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.fileChosen.emit(p))
        if paths:
            self.addSeparator()
        clear = self.addAction(self.tr("&Clear Menu"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear_all)
        self.setEnabled(True)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Open &Recent"))
        self.rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
