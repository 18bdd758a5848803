"""Edit → Undo / Redo follow the visible tab: Ctrl+Z in a lesson undoes the step, never the design."""

from __future__ import annotations

import pytest
from designer_helpers import DialogRecorder
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.app import create_window
from ui.i18n import set_language

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", DialogRecorder(QMessageBox.StandardButton.Discard))
    w = create_window(["--lang", "en", "--tab", "designer"])
    qtbot.addWidget(w)
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    set_language("en")


def types(window) -> list[str]:
    return [layer.type for layer in window.designer.model.spec.layers]


def menu_texts(window) -> tuple[str, str]:
    """What the Edit menu shows when it opens (it is closed again afterwards)."""
    window.edit_menu.aboutToShow.emit()
    texts = window.undo_action.text(), window.redo_action.text()
    enabled[:] = [window.undo_action.isEnabled(), window.redo_action.isEnabled()]
    window.edit_menu.aboutToHide.emit()
    return texts


enabled: list[bool] = []  # the actions' states while the menu was open


def test_ctrl_z_on_the_lessons_tab_undoes_the_step_not_the_design(qtbot, window):
    window.designer.document.load_template("mnist_mlp")
    window.designer.model.remove_layer(0)  # the learner deletes the first Affine
    after_delete = types(window)
    assert after_delete == ["ReLU", "Affine", "SoftmaxWithLoss"]
    assert menu_texts(window)[0] == "&Undo Remove Affine"

    window.set_current_tab("lessons")
    lessons = window.tabs["lessons"]
    page = lessons.open_lesson("three_layer")
    view = page.view
    view.reset()
    view.step_forward()
    view.step_forward()
    stepped = len(view.stepper.records)
    assert stepped == 2
    assert menu_texts(window) == ("&Undo Forward Step through ReLU", "&Redo")
    assert enabled == [True, False]

    lessons.list.setFocus()  # where the focus is after picking a lesson
    qtbot.keyClick(lessons.list, Qt.Key.Key_Z, CTRL)
    assert len(view.stepper.records) == stepped - 1  # the step was taken back
    assert types(window) == after_delete  # the deleted Affine did not come back
    qtbot.keyClick(lessons.list, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(lessons.list, Qt.Key.Key_Z, CTRL)  # nothing left to undo: nothing happens
    assert len(view.stepper.records) == 0 and types(window) == after_delete
    assert menu_texts(window) == ("&Undo", "&Redo")

    window.set_current_tab("designer")  # back in the Designer, Ctrl+Z undoes the deletion
    window.designer.stack.setFocus()
    qtbot.keyClick(window.designer.stack, Qt.Key.Key_Z, CTRL)
    assert types(window) == ["Affine", "ReLU", "Affine", "SoftmaxWithLoss"]
    assert menu_texts(window)[1] == "&Redo Remove Affine"


def test_the_edit_menu_names_what_it_undoes_in_japanese(qtbot, window):
    set_language("ja")
    window.designer.document.load_template("mnist_mlp")
    window.designer.model.remove_layer(0)
    assert menu_texts(window)[0] == "元に戻す：Affine を削除(&U)"
    window.set_current_tab("train")  # the Train tab has nothing to undo
    assert menu_texts(window) == ("元に戻す(&U)", "やり直す(&R)")
    assert enabled == [False, False]
    assert not window.designer.delete_action.isVisible()  # layer commands only in the Designer
    window.set_current_tab("designer")
    set_language("en")  # an edit made in Japanese is named in English after the switch
    assert menu_texts(window)[0] == "&Undo Remove Affine"


def test_ctrl_z_on_the_draw_tab_removes_the_last_stroke_only(qtbot, window):
    window.designer.document.load_template("mnist_mlp")
    window.designer.model.remove_layer(0)
    window.set_current_tab("draw")
    canvas = window.tabs["draw"].canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=canvas.rect().center())
    qtbot.mouseMove(canvas, canvas.rect().center() + canvas.rect().topLeft() + (canvas.rect().center() / 2))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=canvas.rect().center() / 2)
    assert canvas.can_undo()
    assert menu_texts(window)[0] == "&Undo Stroke"
    window.undo_action.trigger()
    assert not canvas.can_undo() and types(window) == ["ReLU", "Affine", "SoftmaxWithLoss"]


def test_ctrl_z_in_a_lesson_takes_back_an_edited_value(qtbot, window):
    window.designer.document.load_template("mnist_mlp")
    design = window.designer.model.spec
    window.set_current_tab("lessons")
    lessons = window.tabs["lessons"]
    view = lessons.open_lesson("input_hidden").view
    view.reset()
    view.step_forward()
    w00 = float(view.stepper.net.params["layers.0.W"][0, 0])
    assert view.set_parameter("layers.0.W", 1.1, "W")  # the learner sets every weight to 1.1
    assert view.stepper.net.params["layers.0.W"][0, 0] == 1.1
    assert menu_texts(window)[0] == "&Undo Value Edit"
    lessons.list.setFocus()
    qtbot.keyClick(lessons.list, Qt.Key.Key_Z, CTRL)
    assert float(view.stepper.net.params["layers.0.W"][0, 0]) == w00  # the notes' W is back
    assert len(view.stepper.records) == 1  # the step stays
    assert window.designer.model.spec == design
    assert menu_texts(window)[0] == "&Undo Forward Step through Affine"
