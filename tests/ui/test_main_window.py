"""The main window: options, tabs, menus, language, settings across restarts, closing."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from designer_helpers import DialogRecorder
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from nnlab.paths import resource
from nnlab.spec import NetworkSpec
from ui.app import ErrorReporter, create_window, parse_args
from ui.context import AppContext
from ui.i18n import current_language, set_language
from ui.main_window import TAB_KEYS, MainWindow, tab_factories


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    set_language("en")


@pytest.fixture
def no_prompt(monkeypatch):
    """Answer "Discard" to the unsaved-changes question and record that it was asked."""
    recorder = DialogRecorder(QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", recorder)
    return recorder


def open_window(qtbot, *args: str) -> MainWindow:
    window = create_window(list(args))
    qtbot.addWidget(window)
    return window


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def language_action(window: MainWindow, lang: str):
    return next(a for a in window.language_menu.actions() if a.data() == lang)


def test_tabs_and_menus(qtbot, no_prompt):
    window = open_window(qtbot, "--lang", "en")
    assert tab_titles(window) == ["Designer", "Lessons", "Train", "Draw"]
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Language", "&Help"]
    # 1280×800, or less on a smaller screen (the offscreen one is 800×800): tests/ui/test_window_fit.py
    available = window.screen().availableGeometry()
    assert window.width() == min(1280, available.width() - 48)
    assert window.height() == min(800, available.height() - 48)
    assert [type(window.tabs[k]).__name__ for k in ("designer", "lessons", "train", "draw")] == [
        "DesignerTab", "LessonsTab", "TrainTab", "DrawTab"]
    # The View menu switches tabs, and the context can ask for a tab too.
    next(a for a in window.view_menu.actions() if a.data() == "train").trigger()
    assert window.current_tab() == "train"
    window.context.tabRequested.emit("draw")
    assert window.current_tab() == "draw"
    window.context.statusMessage.emit("hello")
    assert window.statusBar().currentMessage() == "hello"
    assert "CC BY-SA 3.0" in window.about_text() and "Yann LeCun" in window.about_text()


def test_language_menu_switches_tabs_and_menus(qtbot, no_prompt):
    window = open_window(qtbot, "--lang", "en")
    language_action(window, "ja").trigger()
    assert current_language() == "ja"
    assert tab_titles(window) == ["デザイナー", "レッスン", "学習", "手描き"]
    assert menu_titles(window) == ["ファイル(&F)", "編集(&E)", "表示(&V)", "言語(&L)", "ヘルプ(&H)"]
    assert language_action(window, "ja").isChecked()
    assert window.designer.palette.title.text() == "層パレット"
    language_action(window, "en").trigger()
    assert tab_titles(window) == ["Designer", "Lessons", "Train", "Draw"]
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Language", "&Help"]
    assert language_action(window, "en").isChecked()
    assert QSettings().value("language") == "en"


def test_translation_catalogue_is_complete():
    tree = ET.parse(resource("i18n", "nnlab_ja.ts"))
    def translated(t) -> bool:  # plain text, or every plural form of a %n message
        forms = t.findall("numerusform")
        return all((f.text or "").strip() for f in forms) if forms else bool((t.text or "").strip())

    unfinished = [m.findtext("source") for m in tree.getroot().iter("message")
                  if m.find("translation") is None
                  or m.find("translation").get("type") == "unfinished"
                  or not translated(m.find("translation"))]
    assert unfinished == []
    assert resource("i18n", "nnlab_ja.qm").is_file()


def test_settings_survive_a_restart(qtbot, no_prompt):
    window = open_window(qtbot, "--lang", "en")
    window.designer.document.load_template("xor")  # unsaved
    window.designer.model.set_name("my XOR")
    window.set_current_tab("train")
    language_action(window, "ja").trigger()
    # Only the height: restoreGeometry clamps the width to the offscreen screen (800 px).
    window.resize(window.width(), 700)
    assert window.close()
    assert len(no_prompt.calls) == 1  # it asked about the unsaved design
    set_language("en")

    again = open_window(qtbot)
    assert current_language() == "ja"
    assert again.current_tab() == "train"
    assert again.height() == 700
    expected = NetworkSpec.from_json(resource("specs", "xor.nnlab.json"))
    expected.name = "my XOR"
    assert again.designer.model.spec == expected
    assert again.isWindowModified() and "my XOR" in again.windowTitle()
    assert again.context.spec == expected


def test_recent_files_are_remembered(qtbot, tmp_path, no_prompt):
    window = open_window(qtbot, "--lang", "en")
    window.designer.document.load_template("mnist_mlp")
    path = tmp_path / "a.nnlab.json"
    assert window.designer.document.save_to(str(path))
    window.close()
    again = open_window(qtbot, "--lang", "en")
    again.recent_menu.rebuild()
    entries = [a for a in again.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(path.resolve())]
    again.designer.document.new()
    entries[0].trigger()
    assert again.designer.model.spec.name == "MNIST MLP"


def test_command_line_options(qtbot, no_prompt):
    window = open_window(qtbot, "--lang", "ja", "--tab", "train")
    assert current_language() == "ja"
    assert window.current_tab() == "train"
    assert tab_titles(window)[0] == "デザイナー"


def test_model_option_opens_a_design(qtbot, no_prompt):
    path = str(resource("specs", "three_layer.nnlab.json"))
    window = open_window(qtbot, "--lang", "en", "--model", path)
    assert window.designer.model.spec == NetworkSpec.from_json(path)


def test_model_option_loads_a_trained_model(qtbot, no_prompt, tmp_path):
    from nnlab import Network

    path = tmp_path / "m.npz"
    Network(NetworkSpec.from_json(resource("specs", "xor.nnlab.json")), seed=0).save(path)
    window = open_window(qtbot, "--lang", "en", "--model", str(path), "--tab", "draw")
    assert window.context.model is not None
    assert window.current_tab() == "draw"


def test_model_option_with_a_broken_model_says_why(qtbot, no_prompt, tmp_path, monkeypatch):
    errors = DialogRecorder()
    monkeypatch.setattr(QMessageBox, "critical", errors)
    path = tmp_path / "broken.npz"
    path.write_bytes(b"not a zip file")
    window = open_window(qtbot, "--lang", "en", "--model", str(path))
    assert window.isVisible() and window.context.model is None
    assert len(errors.calls) == 1 and "broken.npz" in errors.calls[0][1]


def test_every_ui_string_in_the_source_has_a_japanese_translation(tmp_path):
    """Extract the tr() strings of ui/ as they are now: none may be missing from the catalogue."""
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    fresh = tmp_path / "fresh_ja.ts"
    tool.extract(sorted((path.parents[1] / "ui").rglob("*.py")), fresh)
    in_code = {key for key, _ in tool._messages(ET.parse(fresh))}
    translated = {key for key, m in tool._messages(ET.parse(resource("i18n", "nnlab_ja.ts")))
                  if tool._finished(m)}
    assert len(in_code) > 500
    assert sorted(in_code - translated) == []


def digits_5000(tmp_path) -> str:
    path = tmp_path / "x.json"
    path.write_text('{"layers": [{"type": "Affine", "units": ' + "1" * 5000 + "}]}")
    return str(path)


@pytest.mark.parametrize("argv, message", [
    (lambda p: ["--lang", "fr"], "invalid choice: 'fr'"),
    (lambda p: ["--tab", "settings"], "invalid choice: 'settings'"),
    (lambda p: ["--model", "/no/such/model.npz"], "no such file"),
    (lambda p: ["--colour"], "unrecognized arguments"),
    (lambda p: ["--model", digits_5000(p)], "5,000 digits"),
])
def test_bad_options_give_a_clean_error(argv, message, capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(argv(tmp_path))
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert err.startswith("nnlab: ") and err.count("\n") == 1


def test_main_py_with_an_unreadable_design_fails_in_one_line(tmp_path):
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "main.py", "--model", digits_5000(tmp_path)], cwd=root,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "5,000 digits" in done.stderr


def test_pyside6_lupdate_is_found_beside_the_running_python(monkeypatch):
    """A venv's bin/ is often not on PATH: the tool must still be found."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[2] / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    monkeypatch.setenv("PATH", "")
    found = Path(tool._tool("pyside6-lupdate"))
    assert found.parent in (Path(sys.executable).parent, Path(sys.executable).resolve().parent)


def test_closing_asks_about_unsaved_changes(qtbot, monkeypatch):
    window = open_window(qtbot, "--lang", "en")
    window.designer.document.load_template("xor")
    ask = DialogRecorder(QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMessageBox, "warning", ask)
    assert not window.close()  # cancelled: the window stays
    assert window.isVisible() and len(ask.calls) == 1
    assert "XOR 2-2-1" in ask.calls[0][1]
    ask.answer = QMessageBox.StandardButton.Discard
    assert window.close()


def test_close_shuts_down_every_tab(qtbot, no_prompt):
    stopped = []

    class WorkerTab(QWidget):
        def __init__(self, context, parent=None):
            super().__init__(parent)

        def shutdown(self):
            stopped.append(self)

    factories = tab_factories()
    factories["train"] = WorkerTab
    window = MainWindow(AppContext(), factories)
    qtbot.addWidget(window)
    window.show()
    assert window.close()
    assert stopped == [window.tabs["train"]]
    assert set(window.tabs) == set(TAB_KEYS)


def test_unexpected_errors_show_a_dialog_instead_of_crashing(qtbot, no_prompt):
    window = open_window(qtbot, "--lang", "en")
    reporter = ErrorReporter(window)
    try:
        raise ValueError("boom")
    except ValueError as e:
        reporter.excepthook(type(e), e, e.__traceback__)
    qtbot.waitUntil(lambda: reporter._box is not None and reporter._box.isVisible())
    assert "ValueError: boom" in reporter._box.text()
    assert "Traceback" in reporter._box.detailedText()
    reporter._box.close()
