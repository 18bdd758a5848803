"""Lessons that check understanding, driven like a learner: predict before a value is shown, answer
the 確認テスト, read the code beside a step, and see lesson 6 say what a dead network did."""

from __future__ import annotations

import numpy as np
import pytest
from lesson_helpers import choose, guess, lessons_tab_on_screen
from PySide6.QtCore import QPoint, Qt

from ui.context import AppContext
from ui.i18n import set_language
from ui.lessons.lessons_tab import LessonsTab


@pytest.fixture
def tab(qtbot):
    yield from lessons_tab_on_screen(qtbot)


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer_quiz(qtbot, tab: LessonsTab, lesson_id: str) -> None:
    frame = tab.frame(lesson_id)
    bar = frame.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    for card in frame.quiz.cards:
        q = card.question
        if q.kind == "choice":
            for i in q.right:
                button = card.buttons[i]  # on its indicator: a wide button's right end is no hit
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                                 pos=QPoint(8, button.height() // 2))
        elif q.kind == "number":
            qtbot.keyClicks(card.edit, repr(q.answer))
        else:
            rect = card.code_list.visualItemRect(card.code_list.item(q.lines[0] - 1))
            qtbot.mouseClick(card.code_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        click(qtbot, card.check_button)
        assert card.right, q.id
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())


# ---- progress ----------------------------------------------------------------------------------------

def test_progress_survives_recreating_the_tab(qtbot):
    context = AppContext()
    first = LessonsTab(context)
    qtbot.addWidget(first)
    first.show()
    choose(qtbot, first, "perceptron")
    answer_quiz(qtbot, first, "perceptron")  # lesson 1 has no predictions: the quiz finishes it
    choose(qtbot, first, "activations")
    first.shutdown()
    first.close()

    second = LessonsTab(context)
    qtbot.addWidget(second)
    second.show()
    assert second.current_id == "activations"  # the lesson open last is open again
    assert second.progress("perceptron") == "finished"
    assert second.progress("activations") == "opened"
    assert second.progress("three_layer") == ""
    rows = {second.list.item(r).data(Qt.ItemDataRole.UserRole): second.list.item(r)
            for r in range(second.list.count())}
    assert rows["perceptron"].toolTip().endswith("Finished")
    assert "quiz 3/3" in rows["perceptron"].text()
    assert rows["three_layer"].toolTip().endswith("Not started")
    choose(qtbot, second, "perceptron")
    assert all(card.right for card in second.frame("perceptron").quiz.cards)  # answered before
    second.shutdown()


# ---- predict, then reveal ---------------------------------------------------------------------------

def test_lesson_2_goal_is_met_only_by_a_right_prediction(qtbot, tab):
    page = choose(qtbot, tab, "input_hidden")
    answer_quiz(qtbot, tab, "input_hidden")
    assert tab.progress("input_hidden") == "opened"  # the quiz alone is not the goal
    view, box = page.view, page.view.predict.box
    click(qtbot, view.controls.forward_button)
    assert view.array_view("out").texts() == [["?", "?", "?"]] and box.isVisible()
    assert view.panel.formula.text().count("?") == 0  # only the general formula so far
    guess(qtbot, box, "1.2")  # wrong
    assert view.array_view("out").texts() == [["?", "?", "?"]]
    assert "off by 0.2" in box.verdict.text()
    assert "= <b>?</b>" in view.panel.formula.text()  # the numbers, not the result
    assert tab.progress("input_hidden") == "opened" and not tab.goal.text().startswith("✓")
    click(qtbot, view.controls.forward_button)  # stepping on waits for the guess
    assert len(view.stepper.records) == 1 and "Predict the highlighted value first" in \
        view.panel.message.text()
    guess(qtbot, box, "1.4")  # right
    assert view.array_view("out").texts() == [["1.4", "2.2", "3"]]
    assert "✓" in box.verdict.text() and "1.4" in view.panel.formula.text()
    assert tab.progress("input_hidden") == "finished" and tab.goal.text().startswith("✓")
    assert "✎ 1/1" in tab.list.currentItem().text() and "quiz 5/5" in tab.list.currentItem().text()


def test_reveal_shows_the_value_without_counting_and_asks_again_next_time(qtbot, tab):
    page = choose(qtbot, tab, "three_layer")
    view = page.view
    click(qtbot, view.controls.run_button)  # stops at the output layer's Affine: y₁ is predicted
    assert view.predict.pending.id == "y1" and len(view.stepper.records) == 5
    assert view.array_view("out").texts() == [["?", "?"]]
    assert 4 not in view.diagram._values  # the circles do not give it away
    click(qtbot, view.predict.box.reveal_button)
    assert view.array_view("out").texts() == [["1.56", "3.222"]]
    assert "y1" not in view.predict.solved and "✎ 0/1" in tab.list.currentItem().text()
    click(qtbot, view.controls.undo_button)
    click(qtbot, view.controls.forward_button)
    assert view.predict.pending.id == "y1"  # revealed is not predicted: asked again
    guess(qtbot, view.predict.box, "1.56")
    assert "y1" in view.predict.solved and "✎ 1/1" in tab.list.currentItem().text()


def test_lesson_9_predicts_the_sign_of_delta2(qtbot, tab):
    view = choose(qtbot, tab, "backprop_two_layer").view
    click(qtbot, view.controls.run_button)
    assert view.predict.pending.step == ("backward", 3)
    guess(qtbot, view.predict.box, "+")
    assert "Not that sign" in view.predict.box.verdict.text()
    guess(qtbot, view.predict.box, "-")  # typed with the keyboard's minus (keyClicks cannot type −)
    assert view.array_view("dx").texts() == [["−3.818"]]


def test_your_design_predicts_only_when_switched_on(qtbot, tab):
    from nnlab import NetworkSpec
    from nnlab.paths import resource

    page = choose(qtbot, tab, "your_design")
    tab.context.set_spec(NetworkSpec.from_json(resource("specs", "xor.nnlab.json")))
    view = page.view
    assert not view.predict.enabled
    click(qtbot, view.controls.forward_button)
    assert "?" not in str(view.array_view("out").texts())
    click(qtbot, view.predict.toggle)
    click(qtbot, view.controls.forward_button)
    assert view.predict.pending is not None and view.array_view("out").texts()[0][0] == "?"
    value = view.stepper.records[-1].out[0, 0]
    guess(qtbot, view.predict.box, f"{value:.6f}")
    assert view.predict.pending is None and "✓" in view.predict.box.verdict.text()


def test_lesson_5_cross_entropy_for_label_7_is_predicted_first(qtbot, tab):
    page = choose(qtbot, tab, "output_loss")
    # The table under "Predict E for the correct label 7" is set to label 7 while the guess waits.
    assert "label 7" in page.predict_box.prompt.text()
    assert page.label_spin.value() == 7 and page.loss_table.item(1, 7).text() == "1"
    assert page.loss_table.item(2, 10).text() == "?" and "2.303" not in page.loss_result.text()
    click(qtbot, page.y_reset)  # Reset keeps the predicted label while the guess waits
    assert page.label_spin.value() == 7 and page.loss_table.item(2, 10).text() == "?"
    guess(qtbot, page.predict_box, "2.3")
    assert page.loss_table.item(2, 10).text() == "2.303" and "−log(0.1)" in \
        page.predict_box.verdict.text()
    assert "✎ 1/1" in tab.list.currentItem().text()


# ---- the 確認テスト -------------------------------------------------------------------------------------

def test_a_quiz_answer_is_checked_and_the_notes_corrected(qtbot, tab):
    choose(qtbot, tab, "output_loss")
    frame = tab.frame("output_loss")
    card = frame.quiz.card("notes_mse")
    frame.show_quiz()
    qtbot.keyClicks(card.edit, "0.0975")  # the book's sum of squares, not the notes' function
    click(qtbot, card.check_button)
    assert not card.right and "Not quite" in card.verdict.text()
    assert not card.correction.isVisible() and card.explain_button.isVisible()
    click(qtbot, card.explain_button)
    assert card.correction.isVisible() and "ノートの訂正" in card.correction.text()
    assert "0.00975" in card.correction.text() and "0.0975" in card.explanation.text()
    card.edit.clear()
    qtbot.keyClicks(card.edit, "0.00975")
    qtbot.keyClick(card.edit, Qt.Key.Key_Return)
    assert card.right and not card.check_button.isEnabled()
    assert "確認テスト) 1/8" in frame.tabs.tabText(1)
    set_language("ja")
    assert "t[2]" in frame.quiz.card("label_index").prompt.text() or \
        "正解" in frame.quiz.card("label_index").prompt.text()
    assert card.correction.text().startswith("<b>ノートの訂正</b>")
    assert "np.mean は出力の数でも割ります" in card.correction.text()


def test_code_questions_are_answered_by_clicking_a_line(qtbot, tab):
    choose(qtbot, tab, "backprop_two_layer")
    frame = tab.frame("backprop_two_layer")
    frame.show_quiz()
    card = frame.quiz.card("gradW2_line")
    wrong = card.question.code_lines.index("    grad['W1'] = np.dot(x.T, delta1)")  # the notes' answer
    card.pick_line(wrong + 1)
    click(qtbot, card.check_button)
    assert not card.right
    click(qtbot, card.explain_button)
    assert "grad['W2']" in card.correction.text()
    card.pick_line(card.question.lines[0])
    click(qtbot, card.check_button)
    assert card.right


# ---- the code beside the step ---------------------------------------------------------------------------

def test_each_step_shows_the_book_style_numpy_line(qtbot, tab):
    view = choose(qtbot, tab, "three_layer").view
    click(qtbot, view.predict.toggle)  # no predictions: step straight through
    click(qtbot, view.controls.forward_button)
    assert view.code_panel.isVisible() and view.code_panel.lines == ("u = np.dot(x, W) + b",)
    click(qtbot, view.controls.forward_button)
    assert view.code_panel.lines[-1] == "z[mask] = 0"
    click(qtbot, view.controls.run_button)
    view.show_record(len(view.stepper.records) - 1)  # the first layer's backward step (Affine)
    assert "dW = np.dot(x.T, dout)" in view.code_panel.lines
    view = choose(qtbot, tab, "backprop_two_layer").view  # the lesson that updates the weights
    click(qtbot, view.predict.toggle)
    click(qtbot, view.controls.run_button)
    click(qtbot, view.controls.update_button)
    assert view.code_panel.lines == ("params[key] -= lr * grads[key]",)
    click(qtbot, view.code_panel.toggle)
    assert not view.code_panel.isVisible()


# ---- lesson 6: dying ReLU -----------------------------------------------------------------------------

def test_lesson_6_lr_half_reports_dead_units_and_plots_the_flat_fit(qtbot, tab):
    page = choose(qtbot, tab, "gradient_descent")
    click(qtbot, page.findChild(type(page.presets[0]), "descentPreset_0.5"))
    assert page.lr_spin.value() == pytest.approx(0.5)
    page.advance(1000)
    assert page.run.finished and not page.run.diverged
    text = page.message.text()
    assert "all 10 ReLU units are dead" in text and "dying ReLU" in text
    assert "fell from" not in text
    assert "dead ReLU units: 10 of 10" in page.status.text()
    fx, y = page.fit_points.getData()
    assert np.ptp(y) == 0 and np.ptp(fx) == pytest.approx(5.0)  # a flat line against f(x)
    set_language("ja")
    assert "dying ReLU" in page.message.text() and "死んでいます" in page.message.text()


def test_lesson_6_compares_batch_minibatch_and_stochastic(qtbot, tab):
    page = choose(qtbot, tab, "gradient_descent")
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.modes.traces is not None)
    sizes = {m: len(c.getData()[0]) for m, c in page.modes.curves.items()}
    assert sizes == {"batch": 21, "minibatch": 201, "stochastic": 2001}
    assert "Online learning" in page.modes.learning.text()


# ---- the other panels ---------------------------------------------------------------------------------

def test_lesson_2_weight_presets_set_w_and_recompute(qtbot, tab):
    page = choose(qtbot, tab, "input_hidden")
    view = page.view
    click(qtbot, view.predict.toggle)
    click(qtbot, view.controls.forward_button)
    click(qtbot, page.corner.buttons["ones"])
    assert view.array_view("W").texts() == [["1", "1", "1"]] * 4
    assert view.array_view("out").texts() == [["7.1", "7.2", "7.3"]]
    click(qtbot, page.corner.buttons["zeros"])
    assert view.array_view("out").texts() == [["0.1", "0.2", "0.3"]]  # u = b
    click(qtbot, page.corner.buttons["rand"])
    w = view.stepper.net.params["layers.0.W"]
    assert w.min() >= 0 and w.max() < 1
    page.corner.matrix.spins[0].setValue(1)
    page.corner.matrix.spins[1].setValue(2)
    assert "(5, 11, 17)" in page.corner.matrix.result.text()


def test_lesson_5_loss_vs_accuracy_and_binary_panels(qtbot, tab):
    page = choose(qtbot, tab, "output_loss")
    page.tabs.setCurrentIndex(1)
    page.signal_panel.slider.setValue(40)
    point = page.signal_panel.show_w()
    assert point.accuracy_slope == 0 and point.loss_slope != 0
    assert "(slope 0)" in page.signal_panel.readout.text()
    page.tabs.setCurrentIndex(2)
    page.binary_panel.u_spin.setValue(0.0)
    page.binary_panel.t_combo.setCurrentIndex(1)
    assert "0.6931" in page.binary_panel.result.text() and "−0.5" in page.binary_panel.result.text()


def test_lesson_4_shows_affine_layers_collapse(qtbot, tab):
    page = choose(qtbot, tab, "activations")
    page.tabs.setCurrentIndex(1)
    c = page.collapse.update_plot()
    np.testing.assert_allclose(c.two_layers, c.one_layer)
    assert not np.allclose(c.with_relu, c.two_layers)
    click(qtbot, page.collapse.new_button)
    c2 = page.collapse.update_plot()
    assert not np.allclose(c2.W, c.W) and not np.allclose(c2.with_relu, c2.two_layers, atol=0.05)


def test_lesson_8_local_computation(qtbot, tab):
    page = choose(qtbot, tab, "computation_graph")
    page.set_variant("local")
    click(qtbot, page.controls.run_button)
    forward = {f for f, _ in page.view.shown().values() if f}
    assert {"4000", "4200", "4620"} <= forward
