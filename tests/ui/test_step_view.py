"""The step-through view, driven like a learner drives it: buttons, keys, clicks and typed values.

Values are read back from the widget (the cell texts of its tables), never from the engine alone.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication
from step_view_helpers import (
    T3,
    X3,
    assert_shown,
    cell_rect,
    click,
    shown_view,
    three_layer_net,
    values,
)

from nnlab import Network, NetworkSpec
from nnlab.paths import resource
from ui.stepview.numbers import format_number


@pytest.fixture
def view(qtbot):
    v = shown_view(qtbot)
    yield v
    v.shutdown()


def test_forward_to_the_end_shows_y(qtbot, view):
    view.set_session(three_layer_net(), X3, T3)
    buttons = view.controls
    assert not buttons.backward_button.isEnabled() and not buttons.undo_button.isEnabled()
    for _ in range(6):
        click(qtbot, buttons.forward_button)
    assert view.array_view("out").texts() == [["1.56", "3.222"]]
    assert view.current_record.kind == "forward" and view.current_record.index == 5
    assert "6.407" in buttons.loss_label.text()
    assert "6.407" in view.panel.header.text()
    assert buttons.backward_button.isEnabled() and not buttons.update_button.isEnabled()


def test_every_shown_gradient_matches_network_gradient(qtbot, view):
    net = three_layer_net()
    expected = net.copy().gradient(X3, T3, need_input_grad=True)
    view.set_session(net, X3, T3)
    for _ in range(6):
        click(qtbot, view.controls.forward_button)
    seen = set()
    for _ in range(6):
        click(qtbot, view.controls.backward_button)
        record = view.current_record
        assert record.kind == "backward"
        for name in record.grads:
            key = f"layers.{record.index}.{name}"
            assert_shown(view, f"grad.{name}", expected[key])
            np.testing.assert_allclose(record.grads[name], expected[key], rtol=1e-12)
            seen.add(key)
    assert record.index == 0
    assert_shown(view, "dx", expected["x"])
    np.testing.assert_allclose(values(view, "dx"), expected["x"], rtol=1e-3)
    assert seen == {k for k in expected if k != "x"}
    assert view.controls.update_button.isEnabled()
    assert not view.controls.backward_button.isEnabled()


def test_undo_walks_back_to_the_start(qtbot, view):
    view.set_session(three_layer_net(), X3, T3)
    c = view.controls
    click(qtbot, c.run_button)
    click(qtbot, c.update_button)
    assert view.current_record.kind == "update"
    assert not c.update_button.isEnabled() and not c.backward_button.isEnabled()
    steps = 0
    while c.undo_button.isEnabled():
        click(qtbot, c.undo_button)
        steps += 1
    assert steps == 13  # 6 forward + 6 backward + the update
    assert view.stepper.records == [] and view.current_record is None
    assert c.forward_button.isEnabled()
    assert not c.backward_button.isEnabled() and not c.update_button.isEnabled()
    assert not c.reset_button.isEnabled()
    w1 = view.stepper.net.params["layers.0.W"]
    np.testing.assert_array_equal(w1, [[.1, .3, .5], [.2, .4, .6]])
    assert view.array_view("x").texts() == [["1", "2"]]  # the input waits on screen


def test_update_changes_the_weights_by_the_rule(qtbot, view):
    view.set_session(three_layer_net(), X3, T3)
    c = view.controls
    c.optimizer_combo.setCurrentIndex(c.optimizer_combo.findData("sgd"))
    c.lr_spin.setValue(0.1)
    click(qtbot, c.run_button)
    grads = {k: v.copy() for k, v in view.stepper.records[-1].grads.items()}
    click(qtbot, c.update_button)
    record = view.current_record
    w_new = 0.1 - 0.1 * grads["W"][0, 0]
    assert view.array_view("new").texts()[0][0] == format_number(w_new)
    assert format_number(w_new) in view.panel.formula.text()
    np.testing.assert_allclose(view.stepper.net.params["layers.0.W"][0, 0], w_new)
    assert record.new_params["layers.0.W"][0, 0] == pytest.approx(w_new)


def test_the_update_shows_the_learning_rate_it_used(qtbot, view):
    view.set_session(three_layer_net(), X3, T3)
    c = view.controls
    c.optimizer_combo.setCurrentIndex(c.optimizer_combo.findData("sgd"))
    c.lr_spin.setValue(0.1)
    click(qtbot, c.run_button)
    click(qtbot, c.update_button)
    assert "SGD, ε = 0.1" in view.panel.header.text()  # at once, not after the next redraw
    assert "(ε = 0.1)" in view.panel.formula.text() and "0.1 − 0.1·" in view.panel.formula.text()
    c.lr_spin.setValue(0.5)  # a new rate is for the next update, not this one
    view.show_record(0)
    view.show_record(len(view.stepper.records) - 1)
    assert "ε = 0.1" in view.panel.header.text()
    click(qtbot, c.undo_button)
    click(qtbot, c.update_button)
    assert "ε = 0.5" in view.panel.header.text()
    click(qtbot, c.forward_button)  # a new pass: the update leaves the records …
    click(qtbot, c.undo_button)  # … and comes back with its own ε
    assert view.current_record.kind == "update"
    assert "ε = 0.5" in view.panel.header.text()


def test_keyboard_shortcuts(qtbot, view):
    view.set_session(three_layer_net(), X3, T3)
    view.activateWindow()
    view.step_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.step_list)
    s = view.stepper
    qtbot.keyClick(view.step_list, Qt.Key.Key_F)
    qtbot.keyClick(view.step_list, Qt.Key.Key_Right)
    assert s.position.index == 2
    qtbot.keyClick(view.step_list, Qt.Key.Key_U)
    assert s.position.index == 1
    qtbot.keyClick(view.step_list, Qt.Key.Key_Backspace)
    assert s.position.index == 0
    qtbot.keyClick(view.step_list, Qt.Key.Key_E)
    assert s.position.phase == "update"
    qtbot.keyClick(view.step_list, Qt.Key.Key_B)  # nothing left to go back through: refused
    assert s.position.phase == "update"
    qtbot.keyClick(view.step_list, Qt.Key.Key_A)
    assert s.position.phase == "done"
    qtbot.keyClick(view.step_list, Qt.Key.Key_R)
    assert s.records == [] and s.position.phase == "forward"
    qtbot.keyClick(view.step_list, Qt.Key.Key_Space)
    assert view.timer.isActive() and view.controls.play_button.isChecked()
    with qtbot.waitSignal(view.stepped, timeout=5000):
        pass
    qtbot.keyClick(view.step_list, Qt.Key.Key_Space)
    assert not view.timer.isActive()
    for _ in range(6 - len(s.records)):
        qtbot.keyClick(view.step_list, Qt.Key.Key_F)
    qtbot.keyClick(view.step_list, Qt.Key.Key_Left)
    assert view.current_record.kind == "backward"
    qtbot.keyClick(view.step_list, Qt.Key.Key_N)
    assert view.check_result is not None


def test_autoplay_stops_at_the_end_of_the_pass(qtbot, view):
    view.set_session(three_layer_net(), X3, T3)
    view.timer.setInterval(1)  # the learner's pace is 0.8 s; the test need not wait for it
    click(qtbot, view.controls.play_button)
    qtbot.waitUntil(lambda: not view.timer.isActive(), timeout=10000)
    assert view.stepper.position.phase == "update"
    assert not view.controls.play_button.isChecked()


def test_clicking_an_output_chooses_the_worked_element(qtbot, view):
    view.set_session(three_layer_net(), X3, T3)
    click(qtbot, view.controls.forward_button)
    table, pos = cell_rect(view, "out", 0, 1)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.focus == ("out", (0, 1))
    text = view.panel.formula.text()
    assert "u<sub>1</sub>" in text and "1·0.3 + 2·0.4 + 0.2" in text and "1.3" in text
    w_marks = view.array_view("W").table.array_model
    assert w_marks.mark_of(0, 1) == "involved" and w_marks.mark_of(1, 1) == "involved"
    assert w_marks.mark_of(0, 0) is None
    assert view.array_view("out").table.array_model.mark_of(0, 1) == "focus"
    click(qtbot, view.controls.forward_button)  # the same unit stays chosen through ReLU
    assert view.focus == ("out", (0, 1))
    assert "max(0, 1.3)" in view.panel.formula.text()


def test_numerical_check_agrees_with_backprop(qtbot, view):
    view.set_session(three_layer_net(), X3, T3)
    assert not view.panel.check_button.isEnabled()
    click(qtbot, view.controls.run_button)
    click(qtbot, view.panel.check_button)
    result = view.check_result
    assert set(result) == {"x", "W", "b"}
    assert all(rel < 1e-7 for _, _, rel in result.values())
    assert view.panel.numerical.isVisible()
    assert "pass" in view.panel.numerical.result.text()


def test_step_layer_explains_its_zero_gradient(qtbot, view):
    spec = NetworkSpec.from_dict({"format": "nnlab.network/1", "name": "step", "input_shape": [2],
                                  "layers": [{"type": "Affine", "units": 2}, {"type": "Step"},
                                             {"type": "Affine", "units": 1},
                                             {"type": "IdentityWithLoss"}]})
    view.set_session(Network(spec, seed=1, dtype="float64"), [1.0, -1.0], [1.0])
    click(qtbot, view.controls.run_button)
    view.show_record(next(i for i, r in enumerate(view.stepper.records)
                          if r.kind == "backward" and r.layer_type == "Step"))
    assert view.panel.note.isVisible() and "Step" in view.panel.note.text()
    assert view.array_view("dx").texts() == [["0", "0"]]
    click(qtbot, view.panel.check_button)
    assert "Step" in view.panel.numerical.result.text()


def test_large_layers_are_heatmaps(qtbot, view):
    net = Network(NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json")), dtype="float32")
    x = np.random.default_rng(0).random(784)
    view.set_session(net, x, 3)
    assert view.stepper.net.dtype == np.float64  # the float32 model was copied for stepping
    click(qtbot, view.controls.forward_button)
    for key in ("x", "W", "b", "out"):
        assert view.array_view(key).is_heatmap() and not view.array_view(key).is_table(), key
    assert "(1, 784)" in view.array_view("x").title.text()
    assert "(784, 100)" in view.array_view("W").title.text()
    assert "more" in view.panel.formula.text()  # 784 terms are summarised
    heatmap = view.array_view("out").heatmap
    qtbot.waitUntil(lambda: heatmap.plot.sceneBoundingRect().width() > 50)
    centre = heatmap.plot.mapViewToScene(QPointF(7.5, 0.5))  # u is a strip of 100 cells
    heatmap.scene().sigMouseMoved.emit(centre)
    expected = f"u[0, 7] = {float(view.current_record.out[0, 7])!r}".replace("-", "−")
    assert view.array_view("out").footer.text() == expected
    heatmap.cellClicked.emit(*heatmap._cell_at(centre))
    assert view.focus == ("out", (0, 7))
    assert heatmap.focus_rect.isVisible() and heatmap.focus_rect.rect().x() == 7
    click(qtbot, view.controls.run_button)
    assert view.array_view("grad.W").is_heatmap()


def test_narration_follows_the_language(qtbot, view):
    from ui import i18n

    calls = []

    def narrate(position, record):
        calls.append((position.phase, record))
        return ("English story", "日本語の説明")

    view.set_session(three_layer_net(), X3, T3, title=("Title", "題名"), narration=narrate)
    assert "English story" in view.narration_view.toPlainText()
    assert view.title_label.text() == "Title"
    assert calls[-1] == ("forward", None)
    try:
        i18n.set_language("ja")  # Qt sends LanguageChange: the view retranslates by itself
        assert "日本語の説明" in view.narration_view.toPlainText()
        assert view.title_label.text() == "題名"
    finally:
        i18n.set_language("en")
    assert "English story" in view.narration_view.toPlainText()
    assert view.controls.forward_button.text() == "Forward one layer ▶"


def test_a_session_that_does_not_fit_is_a_message(qtbot, view):
    view.set_session(three_layer_net(), [1.0, 2.0, 3.0], [0, 0])
    assert view.stepper is None
    assert "(3,)" in view.panel.message.text() and "(2,)" in view.panel.message.text()
    assert not view.controls.forward_button.isEnabled()
    view.set_session(three_layer_net(), X3, [0, 0, 0])  # three targets for two outputs
    assert view.stepper is None and "t" in view.panel.message.text()
    view.set_session(three_layer_net(), X3, T3)
    assert view.stepper is not None and not view.panel.message.isVisible()


def wide_net(*hidden: int) -> Network:
    layers = []
    for units in hidden:
        layers += [{"type": "Affine", "units": units}, {"type": "Sigmoid"}]
    spec = NetworkSpec.from_dict({"format": "nnlab.network/1", "name": "wide", "input_shape": [784],
                                  "layers": [*layers, {"type": "Affine", "units": 3},
                                             {"type": "SoftmaxWithLoss"}]})
    return Network(spec, seed=0, dtype="float64")


def test_a_large_check_runs_in_the_background(qtbot, view):
    view.set_session(wide_net(256), np.random.default_rng(1).random(784), 2)
    view.run_to_end()
    assert view.current_record.index == 0  # 784·256 weights: each evaluation of L takes a while
    click(qtbot, view.panel.check_button)
    assert view.check_running() and not view.panel.check_button.isEnabled()
    click(qtbot, view.controls.undo_button)  # the learner may go on while it runs
    view.show_record(len(view.stepper.records) - 1)
    qtbot.waitUntil(lambda: not view.check_running(), timeout=60000)
    click(qtbot, view.controls.backward_button)
    assert view.check_result is None  # the records changed while it ran: the result is stale
    click(qtbot, view.panel.check_button)
    qtbot.waitUntil(lambda: view.check_result is not None, timeout=60000)
    assert all(rel < 1e-7 for _, _, rel in view.check_result.values())
    text = view.panel.numerical.result.text()
    assert "pass" in text
    assert "(30/200,704)" in text and "30 of them" in text  # W was checked on a sample


def test_a_background_check_can_be_cancelled(qtbot, view):
    view.set_session(wide_net(2048, 2048), np.random.default_rng(1).random(784), 2)
    view.run_to_end()
    click(qtbot, view.panel.check_button)
    assert view.check_running()
    click(qtbot, view.panel.numerical.cancel_button)
    assert not view.check_running() and view.check_result is None
    assert view.panel.check_button.isEnabled()
