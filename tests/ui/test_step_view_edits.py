"""Live edits in the step-through view: a learner double-clicks an input, a weight or the target,
types a value, and everything after it is recomputed — or is told why not.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from step_view_helpers import (
    T3,
    X3,
    click,
    open_editor,
    section1_net,
    shown_view,
    three_layer_net,
)


@pytest.fixture
def view(qtbot):
    v = shown_view(qtbot)
    yield v
    v.shutdown()


def test_editing_a_weight_recomputes_u(qtbot, view):
    view.set_session(section1_net(), [1, 5, 2, -1], [0, 0, 0])
    click(qtbot, view.controls.forward_button)
    assert view.array_view("out").texts() == [["1.4", "2.2", "3"]]
    editor = open_editor(qtbot, view, "W", 0, 0)
    qtbot.keyClicks(editor, "0.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # u₀ = 1·0.5 + 5·0.2 + 2·0.3 + (−1)·0.4 + 0.1
    qtbot.waitUntil(lambda: view.array_view("out").texts() == [["1.8", "2.2", "3"]])
    assert view.array_view("W").texts()[0][0] == "0.5"
    assert view.stepper.net.params["layers.0.W"][0, 0] == 0.5
    assert "1.8" in view.panel.formula.text()


def test_bad_text_is_refused_with_a_message(qtbot, view):
    view.set_session(section1_net(), [1, 5, 2, -1], [0, 0, 0])
    click(qtbot, view.controls.forward_button)
    editor = open_editor(qtbot, view, "x", 0, 1)
    qtbot.keyClicks(editor, "five")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.panel.message.isVisible())
    assert "five" in view.panel.message.text()
    assert view.array_view("x").texts() == [["1", "5", "2", "−1"]]
    assert view.array_view("out").texts() == [["1.4", "2.2", "3"]]


def test_editing_the_input_and_the_target(qtbot, view):
    view.set_session(three_layer_net(), X3, T3)
    click(qtbot, view.controls.run_button)
    view.show_record(5)  # the output layer's forward step shows t
    assert view.current_record.kind == "forward"
    view.array_view("t").editRequested.emit((0, 1), 3.0)
    assert view.array_view("t").texts() == [["0", "3"]]
    assert view.stepper.loss == pytest.approx(0.5 * (1.56**2 + 0.222**2))
    view.show_record(0)
    view.array_view("x").editRequested.emit((0, 0), 2.0)
    assert view.array_view("out").texts() == [["0.7", "1.6", "2.5"]]  # 2·W₀ + 2·W₁ + b


def test_edits_are_refused_after_the_update(qtbot, view):
    view.set_session(three_layer_net(), X3, T3)
    click(qtbot, view.controls.run_button)
    click(qtbot, view.controls.update_button)
    view.show_record(0)
    assert not view.array_view("W").table.array_model.editable
    assert "updated" in view.panel.hint.text()
    view.array_view("W").editRequested.emit((0, 0), 9.0)  # even if an edit got through
    assert view.stepper.net.params["layers.0.W"][0, 0] != 9.0
