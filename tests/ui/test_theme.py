"""One theme: every colour comes from ui/theme.py, and one style sheet styles every tab alike."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from nnlab.stepper import Phase
from ui import theme
from ui.app import create_window
from ui.designer.model import LayerStackModel, empty_spec
from ui.designer.properties import PropertiesPanel
from ui.i18n import set_language

UI = Path(theme.__file__).parent
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
COLOUR_CALLS = {"QColor", "mkPen", "mkBrush", "mkColor"}
CSS_COLOUR = re.compile(r":\s*(white|black|red|green|blue|gr[ae]y|orange|yellow)\b")


def ui_modules() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p != UI / "theme.py")


def colour_literals(source: str) -> list[str]:
    """Hex colours in string literals, colour names given to QColor/pyqtgraph, named colours in
    style sheets set in code."""
    found = [tok.string for tok in tokenize.generate_tokens(io.StringIO(source).readline)
             if tok.type == tokenize.STRING and HEX.search(tok.string)]
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        strings = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if name in COLOUR_CALLS:
            found += [f"{name}({s!r})" for s in strings if not HEX.search(s)]  # hex: counted
        if name == "setStyleSheet":
            found += [s for s in strings if CSS_COLOUR.search(s)]
    return found


def test_the_checker_finds_colour_literals():
    source = ('a = QColor("#1d232b")\nb = QColor("white")\nc = pg.mkPen("w", width=1)\n'
              'w.setStyleSheet("background: white;")\nd = f"<span style=\'color:#abc\'>"\n'
              'e = QColor(theme.TEXT)  # not "#123456" in a comment\n')
    assert colour_literals(source) == ['"#1d232b"', "f\"<span style='color:#abc'>\"",
                                       "QColor('white')", "mkPen('w')", "background: white;"]


@pytest.mark.parametrize("path", ui_modules(), ids=lambda p: str(p.relative_to(UI)))
def test_no_ui_module_but_the_theme_writes_a_colour(path):
    assert colour_literals(path.read_text(encoding="utf-8")) == []


def test_the_style_sheets_are_gone():
    assert not [p for p in UI.rglob("style.py")]


def polished_labels(widget, name: str) -> list[QLabel]:
    labels = widget.findChildren(QLabel, name)
    for label in labels:
        label.ensurePolished()
    return labels


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_tab_has_one_look_for_titles_and_hints(qtbot, lang):
    window = create_window(["--lang", lang])
    qtbot.addWidget(window)
    try:
        assert QApplication.instance().styleSheet() == theme.style_sheet()
        window.tabs["lessons"].open_lesson("three_layer")  # a step view, with its hints
        titles: dict[tuple[float, int], set[str]] = {}
        for key, tab in window.tabs.items():
            assert tab.styleSheet() == "", f"the {key} tab styles itself"
            for label in polished_labels(tab, "sectionTitle"):
                font = label.font()
                titles.setdefault((font.pointSizeF(), font.weight().value), set()).add(key)
            hints = polished_labels(tab, "hint")
            assert hints, key
            for label in hints:
                assert label.palette().color(QPalette.ColorRole.WindowText) == theme.HINT, (
                    key, label.text())
        # One font for every section title, and the three tabs that have them all use it.
        assert len(titles) == 1, titles
        assert set().union(*titles.values()) == {"designer", "train", "draw"}
    finally:
        window.designer.model.undo_stack.setClean()
        window.close()
        set_language("en")


def test_a_flagged_field_turns_red_and_back(qtbot):
    panel = PropertiesPanel(LayerStackModel(empty_spec()))
    qtbot.addWidget(panel)
    panel.show()
    edit: QLineEdit = panel.shape_edit
    hint = panel.shape_hint
    normal = hint.palette().color(QPalette.ColorRole.WindowText)
    edit.setText("28 q")
    edit.editingFinished.emit()
    assert edit.property("invalid") is True
    assert hint.palette().color(QPalette.ColorRole.WindowText) == theme.ERROR
    qtbot.keyClicks(edit, "x")  # typing again clears the flag
    assert hint.palette().color(QPalette.ColorRole.WindowText) == normal == theme.HINT


def test_colour_helpers():
    assert theme.mix(theme.WHITE, QColor(0, 0, 0), 0.5) == QColor(128, 128, 128)
    assert theme.pale(theme.BLUE, 1.0) == theme.WHITE
    assert theme.pale(theme.BLUE, 0.0) == theme.BLUE
    assert theme.tint(theme.FORWARD, 40).alpha() == 40 and theme.FORWARD.alpha() == 255
    assert theme.phase_colour(Phase.FORWARD) == theme.FORWARD
    assert theme.phase_colour(Phase.BACKWARD) == theme.BACKWARD
    assert theme.phase_colour(Phase.UPDATE) == theme.phase_colour(None) == theme.UPDATE
