"""Help: the keyboard shortcuts dialog, the getting-started tour (once, skippable, reopenable),
and the About box's version, in both languages."""

from __future__ import annotations

from importlib.metadata import version as dist_version

import pytest
from designer_helpers import DialogRecorder
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

import nnlab
from ui.app import create_window
from ui.help import maybe_show_tour, show_shortcuts
from ui.help.shortcuts import key_names, menu_shortcuts
from ui.help.tour import SHOWN_KEY, pages
from ui.i18n import set_language


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", DialogRecorder(QMessageBox.StandardButton.Discard))
    w = create_window(["--lang", "en"])
    qtbot.addWidget(w)
    yield w
    set_language("en")


def help_entries(window) -> list[str]:
    return [a.text() for a in window.help_menu.actions() if not a.isSeparator()]


def test_the_help_menu(window):
    assert help_entries(window) == ["&Getting Started", "&Keyboard Shortcuts", "&About NN Lab",
                                    "About &Qt"]
    set_language("ja")
    assert help_entries(window)[:2] == ["はじめに(&G)", "キーボードショートカット(&K)"]


def test_the_shortcuts_dialog_lists_every_shortcut(qtbot, window):
    window.shortcuts_action.trigger()
    dialog = window._shortcuts_dialog
    assert dialog.isVisible()
    rows = dict(dialog.rows())
    # every menu shortcut of the window, by the menus themselves
    for menu in (window.file_menu, window.view_menu, window.help_menu):
        for what, keys in menu_shortcuts(menu):
            assert rows[what] == keys
    assert rows["Keyboard Shortcuts"] == "F1"
    assert rows["Undo"] == key_names(window.undo_action.shortcuts())
    assert "Ctrl+Z" in rows["Undo"] and "Ctrl+Shift+Z" in rows["Redo"]
    assert rows["Designer"] == "Ctrl+1" and rows["Draw"] == "Ctrl+4"
    assert rows["Remove Layer"] == "Del" and rows["Duplicate Layer"] == "Ctrl+D"
    assert rows["Step forward"] == "→ / F" and rows["Undo the last step"] == "U / Backspace"
    assert rows["Clear the canvas"] == "Del / Backspace / C"
    set_language("ja")
    rows = dict(dialog.rows())
    assert dialog.windowTitle() == "キーボードショートカット"
    assert rows["順伝播を 1 歩進める"] == "→ / F"
    assert rows["元に戻す"] == key_names(window.undo_action.shortcuts())
    assert dialog.tree.topLevelItem(0).text(0) == "どこでも"
    assert show_shortcuts(window) is dialog  # one dialog, brought back


def test_the_tour_shows_once_can_be_skipped_and_reopened(qtbot, window):
    assert not QSettings().value(SHOWN_KEY, False, type=bool)
    tour = maybe_show_tour(window)  # the first launch
    assert tour is not None and tour.isVisible() and tour.page == 0
    assert tour.title.text() == "Welcome to NN Lab"
    tour.next_button.click()
    assert tour.title.text().startswith("Designer") and window.current_tab() == "designer"
    tour.next_button.click()
    assert window.current_tab() == "lessons"
    tour.skip_button.click()
    assert not tour.isVisible()
    assert maybe_show_tour(window) is None  # never again by itself
    window.tour_action.trigger()  # …but from the Help menu, from the start
    assert tour.isVisible() and tour.page == 0
    set_language("ja")
    assert tour.title.text() == "NN Lab へようこそ" and tour.skip_button.text() == "ツアーをスキップ"
    for _ in range(len(pages()) - 1):
        tour.next_button.click()
    assert window.current_tab() == "draw" and tour.next_button.text() == "NN Lab を使い始める"
    assert not tour.skip_button.isVisible()
    tour.next_button.click()
    assert not tour.isVisible()


def test_about_shows_the_version(window):
    assert nnlab.__version__ == dist_version("nnlab")
    text = window.about_text()
    assert f"NN Lab {nnlab.__version__}" in text and f"Version {nnlab.__version__}" in text
    set_language("ja")
    assert f"バージョン {nnlab.__version__}" in window.about_text()
