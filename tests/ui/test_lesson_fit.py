"""The stepping lessons as a new learner meets them: keys, the update's ε, lesson 10's batch, fit.

Driven through the real Lessons tab (clicks in the list, key presses, buttons) and read back from
the widgets.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnlab.lessons import get_lesson
from ui.context import AppContext
from ui.i18n import set_language
from ui.lessons.lessons_tab import LessonsTab


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def tab(qtbot):
    t = LessonsTab(AppContext())
    qtbot.addWidget(t)
    t.resize(1280, 800)
    t.show()
    qtbot.waitExposed(t)
    yield t
    t.shutdown()


def choose(qtbot, tab: LessonsTab, lesson_id: str):
    """Click the lesson in the list, as a learner would (the list keeps the focus)."""
    tab.activateWindow()
    for row in range(tab.list.count()):
        item = tab.list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == lesson_id:
            rect = tab.list.visualItemRect(item)
            qtbot.mouseClick(tab.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            break
    assert tab.current_id == lesson_id
    return tab.page(lesson_id)


@pytest.mark.parametrize("lesson_id", ["input_hidden", "three_layer", "backprop_two_layer"])
def test_the_update_after_run_to_end_shows_the_learning_rate_used(qtbot, tab, lesson_id):
    page = choose(qtbot, tab, lesson_id)
    view = page.view
    view.predict.configure((), enabled=False)  # the lesson's guesses are tested elsewhere
    lr = get_lesson(lesson_id).options.get("lr", view.controls.lr_spin.value())
    qtbot.mouseClick(view.controls.run_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.controls.update_button, Qt.MouseButton.LeftButton)
    assert view.current_record.kind == "update"
    header, formula = view.panel.header.text(), view.panel.formula.text()
    assert "nan" not in header + formula and "η" not in header + formula
    assert f"ε = {lr:g}" in header and f"(ε = {lr:g})" in formula
    assert f" − {lr:g}·" in formula  # the worked line uses the same ε


@pytest.mark.parametrize("key", [Qt.Key.Key_F, Qt.Key.Key_Right])
def test_step_keys_work_right_after_choosing_a_lesson_in_the_list(qtbot, tab, key):
    choose(qtbot, tab, "perceptron")
    page = choose(qtbot, tab, "three_layer")
    assert QApplication.focusWidget() is tab.list  # the click left the focus in the list
    s = page.view.stepper
    assert s.records == []
    qtbot.keyClick(tab.list, key)
    assert len(s.records) == 1 and s.records[0].kind == "forward"
    qtbot.keyClick(tab.list, Qt.Key.Key_U)  # the other step keys too
    assert s.records == []


def test_a_text_field_keeps_its_keys(qtbot, tab):
    page = choose(qtbot, tab, "three_layer")
    spin = page.view.controls.lr_spin
    spin.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is spin)
    qtbot.keyClick(spin, Qt.Key.Key_F)
    qtbot.keyClick(spin, Qt.Key.Key_Right)
    assert page.view.stepper.records == []
