"""The Lessons tab, driven like a learner: choose lessons, click, type, and read the widgets back."""

from __future__ import annotations

import numpy as np
import pytest
from lesson_helpers import choose
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnlab import Network, NetworkSpec
from nnlab.lessons import get_lesson
from nnlab.lessons.numerical import GradientRace
from nnlab.paths import resource
from ui.context import AppContext
from ui.i18n import set_language
from ui.lessons.lessons_tab import DESIGN, LessonsTab


@pytest.fixture
def context():
    return AppContext()


def make_tab(qtbot, context) -> LessonsTab:
    tab = LessonsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def tab(qtbot, context):
    t = make_tab(qtbot, context)
    yield t
    t.shutdown()


def type_into(qtbot, spin, text: str) -> None:
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


# ---- lesson 8: the computation graph ---------------------------------------------------------------

def graph_values(page) -> tuple[set[str], set[str]]:
    """Every forward and backward value the graph currently draws."""
    shown = page.view.shown().values()
    return {f for f, _ in shown if f}, {b for _, b in shown if b}


def test_graph_lesson_shows_the_price_and_the_backward_values(qtbot, tab):
    page = choose(qtbot, tab, "computation_graph")
    qtbot.mouseClick(page.controls.run_button, Qt.MouseButton.LeftButton)
    forward, backward = graph_values(page)
    assert "220" in forward and "200" in forward
    assert {"1", "1.1", "2.2", "110", "200"} <= backward
    summary = page.summary.text()
    for text in ("220", "2.2", "110", "200"):
        assert f">{text}<" in summary


def test_graph_step_buttons_name_a_node_and_the_network_ones_a_layer(qtbot, tab):
    """Lesson 8 steps one node of the graph; the network lessons one layer — in both languages,
    with the same shortcuts in the tooltips."""
    page = choose(qtbot, tab, "computation_graph")
    c = page.controls
    assert (c.backward_button.text(), c.forward_button.text()) == ("◀ Backward one node", "Forward one node ▶")
    assert "(→ / F)" in c.forward_button.toolTip() or "→" in c.forward_button.toolTip()
    net = choose(qtbot, tab, "three_layer").view.controls
    assert (net.backward_button.text(), net.forward_button.text()) == ("◀ Backward one layer", "Forward one layer ▶")
    set_language("ja")
    QApplication.processEvents()
    assert (c.backward_button.text(), c.forward_button.text()) == ("◀ 逆伝播を 1 ノード", "順伝播を 1 ノード ▶")
    assert (net.backward_button.text(), net.forward_button.text()) == ("◀ 逆伝播を 1 層", "順伝播を 1 層 ▶")
    assert "←" in c.backward_button.toolTip()


def test_graph_lesson_with_oranges(qtbot, tab):
    page = choose(qtbot, tab, "computation_graph")
    page.variant_combo.setCurrentIndex(page.variant_combo.findData("apple_orange"))
    qtbot.mouseClick(page.controls.run_button, Qt.MouseButton.LeftButton)
    forward, backward = graph_values(page)
    assert {"715", "650", "450", "200"} <= forward
    assert {"2.2", "110", "3.3", "165", "650"} <= backward


def test_editing_a_graph_input_recomputes_everything(qtbot, tab):
    page = choose(qtbot, tab, "computation_graph")
    qtbot.mouseClick(page.controls.run_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.spins["apple"], "150")
    forward, backward = graph_values(page)
    assert "330" in forward  # 150 × 2 × 1.1
    assert "165" in backward  # ∂price/∂count = 150 × 1.1
    assert "300" in backward  # ∂price/∂tax = 150 × 2
    type_into(qtbot, page.spins["tax"], "1.08")
    forward, backward = graph_values(page)
    assert "324" in forward and "2.16" in backward


def test_step_reveals_forward_then_backward_and_stops_for_the_predictions(qtbot, tab):
    page = choose(qtbot, tab, "computation_graph")
    assert graph_values(page) == (set(), set())
    c = page.controls  # the step view's toolbar
    assert not c.backward_button.isEnabled()
    for _ in range(5):
        qtbot.mouseClick(c.forward_button, Qt.MouseButton.LeftButton)
    forward, backward = graph_values(page)
    assert "220" in forward and backward == set()
    assert not c.forward_button.isEnabled()
    for _ in range(3):  # 1, 1.1, then ∂price/∂tax is to be predicted
        qtbot.mouseClick(c.backward_button, Qt.MouseButton.LeftButton)
    assert graph_values(page)[1] == {"1", "1.1"} and page.pending.id == "tax"
    assert not c.backward_button.isEnabled() and page.view.asking is not None
    qtbot.keyClicks(page.predict_box.edit, "200")
    qtbot.keyClick(page.predict_box.edit, Qt.Key.Key_Return)
    assert "200" in graph_values(page)[1] and "4 × 200" not in page.predict_box.verdict.text()
    assert "1 × 200" in page.predict_box.verdict.text()  # what arrives × the other input
    for _ in range(2):
        qtbot.mouseClick(c.backward_button, Qt.MouseButton.LeftButton)
    assert page.pending.id == "apple_num" and "110" not in graph_values(page)[1]
    page.predict_box.edit.setText("100")
    qtbot.mouseClick(page.predict_box.check_button, Qt.MouseButton.LeftButton)
    assert page.pending is not None and "off by 10" in page.predict_box.verdict.text()
    page.predict_box.edit.setText("110")
    qtbot.mouseClick(page.predict_box.check_button, Qt.MouseButton.LeftButton)
    assert {"2.2", "110", "200"} <= graph_values(page)[1]
    assert not c.backward_button.isEnabled() and not c.forward_button.isEnabled()
    assert tab.progress("computation_graph") == "opened"  # the 確認テスト is still to come
    assert "✎ 2/2" in tab.list.currentItem().text()


# ---- lesson 1: gates ----------------------------------------------------------------------------------

def test_editing_a_perceptron_weight_updates_the_truth_table(qtbot, tab):
    page = choose(qtbot, tab, "perceptron")
    assert page.gate == "AND" and page.outputs() == (0, 0, 0, 1)
    type_into(qtbot, page.b, "-0.2")  # AND's weights with OR's bias
    assert page.outputs() == (0, 1, 1, 1)
    assert page.table.item(1, 2).text() == "0.3"  # w·x + b for (0, 1)
    assert "✗" in {page.table.item(r, 5).text() for r in range(4)}


def test_xor_fails_with_one_perceptron_and_works_with_two(qtbot, tab):
    page = choose(qtbot, tab, "perceptron")
    page.target_combo.setCurrentText("XOR")
    assert page.outputs() == (0, 1, 1, 1)
    assert "No weights can fix this" in page.verdict.text()
    assert page.xor_outputs() == (0, 1, 1, 0)
    assert page.is_tried and tab.progress("perceptron") == "opened"
    type_into(qtbot, page.layer_spins["AND"][2], "-0.2")  # layer 2 becomes OR: no longer XOR
    assert page.xor_outputs() == (1, 1, 1, 1)


# ---- progress ----------------------------------------------------------------------------------------

# ---- stepping lessons ----------------------------------------------------------------------------------

def test_lesson_2_steps_to_the_total_input_once_it_is_predicted(qtbot, tab):
    page = choose(qtbot, tab, "input_hidden")
    forward = page.view.controls.forward_button
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    np.testing.assert_allclose(page.view.stepper.records[-1].out[0], [1.4, 2.2, 3.0])
    assert page.view.array_view("out").texts() == [["?", "?", "?"]]
    assert "1.4" not in page.view.narration_view.toPlainText()
    page.view.predict.box.edit.setText("1.4")
    qtbot.mouseClick(page.view.predict.box.check_button, Qt.MouseButton.LeftButton)
    assert "[1.4, 2.2, 3]" in page.view.narration_view.toPlainText()
    assert tab.progress("input_hidden") == "opened"
    for _ in range(2):
        qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    assert page.is_tried and tab.progress("input_hidden") == "opened"  # steps are not the goal


def test_editing_a_weight_in_lesson_2_recomputes_u(qtbot, tab):
    from step_view_helpers import open_editor

    page = choose(qtbot, tab, "input_hidden")
    view = page.view
    qtbot.mouseClick(view.predict.toggle, Qt.MouseButton.LeftButton)  # predict-then-reveal off
    assert not view.predict.enabled
    qtbot.mouseClick(view.controls.forward_button, Qt.MouseButton.LeftButton)
    assert view.array_view("out").texts() == [["1.4", "2.2", "3"]]
    editor = open_editor(qtbot, view, "W", 1, 2)  # W₁₂: input 5 into unit 2
    qtbot.keyClicks(editor, "0.6")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # u₂ = 1·0.3 + 5·0.6 + 2·0.5 + (−1)·0.6 + 0.3 = 4.0
    qtbot.waitUntil(lambda: view.array_view("out").texts() == [["1.4", "2.2", "4"]])


def test_lesson_9_uses_the_notes_rate_and_narrates_delta2(qtbot, tab):
    page = choose(qtbot, tab, "backprop_two_layer")
    view = page.view
    assert view.controls.lr_spin.value() == pytest.approx(0.07)
    qtbot.mouseClick(view.controls.run_button, Qt.MouseButton.LeftButton)
    assert view.predict.pending.id == "delta2_sign"  # run to end stops at the prediction
    assert len(view.stepper.records) == 5 and view.array_view("dx").texts() == [["?"]]
    view.predict.box.edit.setText("−")
    qtbot.keyClick(view.predict.box.edit, Qt.Key.Key_Return)
    assert view.predict.pending is None and "delta2_sign" in view.predict.solved
    qtbot.mouseClick(view.controls.run_button, Qt.MouseButton.LeftButton)
    view.show_record(4)  # four forward steps, then the head's backward step
    assert "delta2 = ∂E/∂y = y − d = [−3.818]" in view.narration_view.toPlainText()
    qtbot.mouseClick(view.controls.update_button, Qt.MouseButton.LeftButton)
    assert page.is_tried and "✎ 1/1" in tab.list.currentItem().text()


def test_lesson_10_predicts_the_batch_after_the_forward_pass(qtbot, tab):
    page = choose(qtbot, tab, "mnist_batch")
    assert page.view.stepper.x.shape == (100, 784)
    assert page.predictions() is None
    while page.view.stepper.position.phase == "forward":  # however many layers the model has
        qtbot.mouseClick(page.view.controls.forward_button, Qt.MouseButton.LeftButton)
    predicted = page.predictions()
    assert predicted.shape == (100,)
    assert page.strip.predicted is not None and len(page.strip.predicted) == 16
    assert "of all 100 correct" in page.caption.text()
    assert page.is_tried


# ---- lesson 11: hand-off ---------------------------------------------------------------------------------

def test_lesson_11_hands_the_network_and_the_books_settings_to_the_train_tab(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.app import create_window

    # Closing asks to save the now-changed design: answer "Discard" instead of blocking.
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = create_window(["--lang", "en", "--tab", "lessons"])
    qtbot.addWidget(window)
    lessons = window.tabs["lessons"]
    controls = window.tabs["train"].controls
    # An earlier quick run left a small subset and weight decay: the book's run uses neither.
    controls.subset_spin.setValue(600)
    controls.decay_spin.setValue(0.1)
    controls.augment_check.setChecked(True)
    controls.init_combo.setCurrentIndex(controls.init_combo.findData("he"))
    page = choose(qtbot, lessons, "train_mnist")
    assert "60,000" in [value.text() for _, value in page.rows][-1]  # the page says so, too
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    expected = get_lesson("train_mnist").network_spec()
    assert window.current_tab() == "train"
    assert window.designer.model.spec == expected  # the Designer shows it (undoably)
    assert window.context.spec == expected
    assert window.designer.undo_stack.canUndo()
    settings = controls.settings()
    assert (controls.optimizer(), settings.config.batch_size, settings.config.epochs) == ("sgd", 100, 17)
    assert settings.config.train_subset is None  # all 60,000 training images
    assert settings.config.weight_decay == 0.0 and not settings.config.augment
    assert controls.init_combo.currentData() == ""  # the initial weights the design says
    assert controls.lr_spin.value() == pytest.approx(0.1)
    assert lessons.page("train_mnist").is_tried
    window.close()


# ---- "Your design" ---------------------------------------------------------------------------------------

def test_your_design_refuses_an_invalid_spec_with_its_problems(qtbot, tab, context):
    bad = NetworkSpec.from_dict({"format": "nnlab.network/1", "name": "bad", "input_shape": [784],
                                 "layers": [{"type": "Affine", "units": 0}, {"type": "ReLU"}]})
    context.set_spec(bad)
    page = choose(qtbot, tab, DESIGN)
    assert not page.stepping
    assert page.message.isVisible() and not page.view.isVisible()
    assert "units must be at least 1" in page.message.text()
    assert "output layer" in page.message.text()
    set_language("ja")
    assert "ユニット数は 1 以上にしてください" in page.message.text()


def test_your_design_steps_a_valid_spec_on_an_mnist_image(qtbot, tab, context):
    page = choose(qtbot, tab, DESIGN)
    assert not page.stepping and "no design yet" in page.message.text()
    context.set_spec(NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json")))
    assert page.stepping and not page.message.isVisible()
    assert page.view.stepper.x.shape == (1, 784)
    assert page.view.stepper.t.tolist() == [7]
    assert "MNIST test image #0" in page.sample_label.text()
    qtbot.mouseClick(page.view.controls.run_button, Qt.MouseButton.LeftButton)
    assert page.view.stepper.position.phase == "update"


def test_step_requests_open_the_network_in_your_design(qtbot, tab, context):
    choose(qtbot, tab, "perceptron")
    net = Network(NetworkSpec.from_json(resource("specs", "xor.nnlab.json")), seed=3, dtype="float32")
    context.open_in_stepper(net)
    assert tab.current_id == DESIGN
    page = tab.page(DESIGN)
    assert page.stepping
    stepper = page.view.stepper
    assert stepper.net.dtype == np.float64 and stepper.x.shape == (1, 2)
    np.testing.assert_allclose(stepper.net.params["layers.0.W"], net.params["layers.0.W"], rtol=1e-6)


# ---- the other pages ---------------------------------------------------------------------------------------

def test_gradient_descent_learns_then_diverges_with_a_large_rate(qtbot, tab):
    page = choose(qtbot, tab, "gradient_descent")
    page.advance(1000)
    assert page.run.finished and not page.run.diverged and page.completed
    assert "Done" in page.message.text()
    type_into(qtbot, page.lr_spin, "5")
    assert page.run.step == 0  # a new rate starts a new run
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.run.finished, timeout=5000)
    assert page.run.diverged and not page.running
    assert "diverge" in page.message.text()
    assert all(np.all(np.isfinite(p)) for p in page.run.net.params.values())
    assert page.is_tried


def test_shutdown_stops_a_running_descent(qtbot, tab):
    page = choose(qtbot, tab, "gradient_descent")
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.running
    tab.shutdown()
    assert not page.running


def test_numerical_lesson_compares_and_times_both(qtbot, tab):
    page = choose(qtbot, tab, "numerical_vs_backprop")
    spec = NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "small", "input_shape": [4],
        "layers": [{"type": "Affine", "units": 3}, {"type": "ReLU"},
                   {"type": "Affine", "units": 2}, {"type": "SoftmaxWithLoss"}]})
    race = GradientRace(Network(spec, seed=0, dtype="float64"),
                        np.random.default_rng(0).random((2, 4)), np.array([0, 1]))
    page.start(race)
    qtbot.waitUntil(lambda: race.finished and page.compare_button.isEnabled(), timeout=5000)
    assert page.table.rowCount() == 4
    assert float(page.table.item(0, 3).text()) < 1e-6
    assert "times slower" in page.timing.text()
    assert page.is_tried


def test_activation_readout_and_goal(qtbot, tab):
    page = choose(qtbot, tab, "activations")
    assert page.key == "sigmoid"
    assert page.read_at(0.0) == pytest.approx((0.5, 0.25))
    assert "0.25" in page.readout.text()
    for key in ("step", "relu", "tanh", "leaky_relu"):
        page.choose(key)
    assert page.is_tried and tab.progress("activations") == "opened"


def test_output_lesson_shows_overflow_and_the_losses(qtbot, tab):
    page = choose(qtbot, tab, "output_loss")
    page.label_spin.setValue(2)  # the book's example (the table starts at the predicted label 7)
    naive = [page.softmax_table.item(2, c).text() for c in range(3)]
    assert naive == ["NaN", "NaN", "NaN"]
    assert page.softmax_table.item(5, 0).text() == "1"
    assert "0.5108" in page.loss_result.text() and "0.0975" in page.loss_result.text()
    page.a_edit.setText("1, 2, 3")
    qtbot.keyClick(page.a_edit, Qt.Key.Key_Return)
    assert page.softmax_table.item(2, 2).text() == "0.6652"
    assert "both ways agree" in page.softmax_message.text()
    assert page.is_tried


def test_language_switch_retranslates_the_lesson(qtbot, tab):
    choose(qtbot, tab, "three_layer")
    set_language("ja")
    QApplication.processEvents()
    assert tab.title.text() == "3. 3 層ニューラルネットワークの順伝播"
    assert tab.list.item(7).text().startswith("8. 計算グラフ\n")
    assert "確認テスト0/4" in tab.list.item(7).text()
    set_language("en")
    assert tab.title.text() == "3. Three-layer forward pass"


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("size", [(1366, 768), (1024, 700), (1280, 900)])
def test_the_explanation_box_shows_whole_lines_only(qtbot, context, lang, size):
    """The box's text area is a whole number of lines tall, so its last visible line is never
    cut in half; a long explanation scrolls by whole lines."""
    set_language(lang)
    tab = make_tab(qtbot, context)
    tab.resize(*size)
    for lesson_id in ("perceptron", "gradient_descent", "optimizers"):
        choose(qtbot, tab, lesson_id)
        qtbot.waitUntil(lambda: tab.body_scroll.isVisible())
        scroll, line = tab.body_scroll, tab.body.fontMetrics().lineSpacing()
        qtbot.waitUntil(lambda s=scroll: s.height() == s.maximumHeight())  # laid out
        shown = scroll.viewport().height()
        assert shown % line == 0 and shown >= line, (lesson_id, shown, line)
        if tab.body.height() > shown:  # it scrolls: a wheel notch moves whole lines
            assert scroll.verticalScrollBar().singleStep() == line
    tab.shutdown()
