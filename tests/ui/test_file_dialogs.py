"""File dialogs: Qt's own texts in Japanese, the last folder used (or Documents) as the start,
and files saved or exported with normal permissions."""

from __future__ import annotations

import os
import stat

import pytest
from designer_helpers import DialogRecorder
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from ui.app import create_window
from ui.file_dialogs import documents_folder, last_folder
from ui.i18n import set_language


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", DialogRecorder(QMessageBox.StandardButton.Discard))
    monkeypatch.setattr(QMessageBox, "information", DialogRecorder())
    w = create_window(["--lang", "en"])
    qtbot.addWidget(w)
    yield w
    set_language("en")


class Answers:
    """Stands in for Qt's static file dialogs: records where each started, answers ``path``."""

    def __init__(self, monkeypatch):
        self.starts: list[str] = []
        self.path = ""
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _file(self, parent, title, start, filters, *args, **kwargs):
        self.starts.append(start)
        return self.path, filters

    def _folder(self, parent, title, start, *args, **kwargs):
        self.starts.append(start)
        return self.path


def test_qt_file_dialog_labels_follow_the_language(qtbot, window):
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)

    def labels():
        return {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}

    set_language("ja")
    assert labels()["lookInLabel"] == "場所(&L):"
    assert labels()["fileTypeLabel"] == "ファイルの種類(&T):"
    assert labels()["fileNameLabel"] == "ファイル名(&N):"
    set_language("en")
    assert labels()["lookInLabel"] == "&Look in:"


def test_dialogs_start_in_documents_then_in_the_last_folder(qtbot, window, monkeypatch, tmp_path):
    answers = Answers(monkeypatch)
    monkeypatch.chdir(tmp_path)  # the current directory is never where a dialog starts
    (tmp_path / "work").mkdir()
    window.designer.document.new()
    window.open_action.trigger()  # cancelled
    assert answers.starts[-1] == documents_folder() == last_folder()
    assert answers.starts[-1] != str(tmp_path)

    answers.path = str(tmp_path / "work" / "net.nnlab.json")
    window.save_as_action.trigger()
    assert answers.starts[-1].endswith("Untitled.nnlab.json")
    assert last_folder() == str(tmp_path / "work")

    answers.path = ""
    window.tabs["train"].files.choose_and_save(None)  # the Train tab's Save model
    assert answers.starts[-1] == str(tmp_path / "work" / "model.npz")
    window.tabs["draw"]._ask_open_model()
    assert answers.starts[-1] == str(tmp_path / "work")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saved_and_exported_files_get_normal_permissions(qtbot, window, monkeypatch, tmp_path):
    answers = Answers(monkeypatch)
    old = os.umask(0o022)
    try:
        answers.path = str(tmp_path / "net.nnlab.json")
        window.save_as_action.trigger()
        answers.path = str(tmp_path / "net_torch.py")
        window.export_menu.export("pytorch")
    finally:
        os.umask(old)
    for name in ("net.nnlab.json", "net_torch.py"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
