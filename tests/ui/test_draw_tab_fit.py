"""The Draw tab on a laptop screen and its small bugs (issue 14): real mouse strokes on the real
canvas, read by the real model (conftest's ``tab`` fixture)."""

from __future__ import annotations

import numpy as np
import pytest
from drawn_digits import DIGITS, Placement, draw_digit
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF

from ui.context import AppContext
from ui.draw.draw_tab import DrawTab
from ui.draw.my_digits import MyDigitsPanel
from ui.i18n import set_language

FIT = QSize(1024, 640)


def test_clear_can_be_undone_and_redone_by_key_button_and_stack(tab, qtbot):
    draw_digit(tab.canvas, DIGITS[7][1], Placement())
    drawn = tab.canvas.ink_array()
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert tab.canvas.is_blank() and tab.predicted_digit() is None
    stack = tab.undo_stack
    assert stack.canUndo() and stack.undoText() == "Clear Drawing"
    assert tab.undo_button.isEnabled()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    np.testing.assert_array_equal(tab.canvas.ink_array(), drawn)
    assert tab.predicted_digit() == 7 and len(tab.canvas.strokes()) == 2
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tab.canvas.is_blank()  # redone
    stack.undo()  # what the window's Edit menu calls
    assert tab.predicted_digit() == 7
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)  # then the strokes, one by one
    assert len(tab.canvas.strokes()) == 1 and stack.undoText() == "Stroke"


def test_the_eraser_on_an_empty_canvas_changes_nothing(tab, qtbot):
    qtbot.mouseClick(tab.eraser_button, Qt.MouseButton.LeftButton)
    events = []
    tab.canvas.drawingChanged.connect(lambda: events.append("drawing"))
    tab.canvas.inkChanged.connect(lambda: events.append("ink"))
    tab.predictionUpdated.connect(lambda p: events.append("prediction"))
    draw_digit(tab.canvas, DIGITS[1][0], Placement())
    assert events == [] and tab.canvas.is_blank() and not tab.undo_stack.canUndo()
    assert not tab.undo_button.isEnabled() and not tab.clear_button.isEnabled()


def test_a_small_digit_asks_to_be_drawn_bigger(tab):
    draw_digit(tab.canvas, DIGITS[7][0], Placement(size=0.25))
    assert tab.digit_is_small()
    assert "bigger" in tab.canvas_hint.text() and tab.canvas_hint.property("warning") is True
    tab.canvas.clear()
    draw_digit(tab.canvas, DIGITS[7][0], Placement(size=0.75))
    assert not tab.digit_is_small()
    assert "Ctrl+Z" in tab.canvas_hint.text() and tab.canvas_hint.property("warning") is False


def test_an_8_and_1_digit_are_written_as_english_writes_them(tab, tmp_path, qtbot):
    tab.examples.show_digit(8)
    assert tab.examples.title.text().startswith("How MNIST writes an 8 ")
    tab.examples.show_digit(7)
    assert tab.examples.title.text().startswith("How MNIST writes a 7 ")
    panel = MyDigitsPanel(tmp_path / "mine")
    qtbot.addWidget(panel)
    panel.add(np.zeros((28, 28), np.float32), 8)
    assert panel.count_label.text().startswith("1 digit in your set")
    assert panel.notice_label.text() == "Added as an 8."
    panel.add(np.zeros((28, 28), np.float32), 3)
    assert panel.count_label.text().startswith("2 digits in your set")


def _middle_geometry(tab):
    return [w.geometry() for w in (tab.prediction, tab.prediction.chart, tab.preprocess)]


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("size", [FIT, QSize(1280, 700)])
def test_the_tab_fits_and_nothing_is_cut_or_moves(qtbot, model_path, lang, size):
    set_language(lang)
    try:
        tab = DrawTab(AppContext())
        qtbot.addWidget(tab)
        hint = tab.minimumSizeHint()
        assert hint.width() <= FIT.width() and hint.height() <= FIT.height(), hint
        tab.resize(size)
        tab.show()
        qtbot.waitExposed(tab)
        assert tab.open_model_file(model_path)
        empty = _middle_geometry(tab)
        words = tab.prediction.confidence_label  # "draw a digit…" whole beside the big label
        assert words.heightForWidth(words.width()) <= words.height(), words.text()
        draw_digit(tab.canvas, DIGITS[7][0], Placement(size=0.75))
        assert _middle_geometry(tab) == empty  # captions and numbers never move the column
        draw_digit(tab.canvas, DIGITS[1][0], Placement(size=0.2, cx=0.8))
        assert _middle_geometry(tab) == empty
        # The bars and their 0–9 labels get their room; every caption line fits its column.
        chart = tab.prediction.chart
        assert chart.height() >= chart.minimumHeight()
        for label in (*tab.preprocess.captions, *tab.preprocess.details):
            metrics = QFontMetricsF(label.font())
            widest = max(metrics.horizontalAdvance(t) for t in label.text().split("\n"))
            assert widest <= label.width(), label.text()
        # Look inside scrolls down only, and its text is as wide as the column.
        scroll = tab.side_tabs.widget(0)
        assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert tab.inside_view.width() <= scroll.viewport().width()
        assert tab.inside_view.minimumSizeHint().width() <= scroll.viewport().width()
    finally:
        set_language("en")
