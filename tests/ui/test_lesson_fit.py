"""The stepping lessons as a new learner meets them: keys, the update's ε, lesson 10's batch, fit.

Driven through the real Lessons tab (clicks in the list, key presses, buttons) and read back from
the widgets.
"""

from __future__ import annotations

import re

import pytest
from lesson_helpers import choose, lessons_tab_on_screen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnlab.lessons import get_lesson
from ui.i18n import set_language


@pytest.fixture
def tab(qtbot):
    yield from lessons_tab_on_screen(qtbot)


@pytest.mark.parametrize("lesson_id", ["backprop_two_layer"])
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
    page = choose(qtbot, tab, "backprop_two_layer")
    spin = page.view.controls.lr_spin
    spin.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is spin)
    qtbot.keyClick(spin, Qt.Key.Key_F)
    qtbot.keyClick(spin, Qt.Key.Key_Right)
    assert page.view.stepper.records == []


def test_lesson_10_is_inference_and_stops_after_the_forward_pass(qtbot, tab):
    page = choose(qtbot, tab, "mnist_batch")
    view, c = page.view, page.view.controls
    assert not c.update_button.isVisible() and not c.optimizer_combo.isVisible()
    assert view.array_view("x").shape == (100, 784)
    assert "100×784" in view.narration_view.toPlainText()
    while c.forward_button.isEnabled():
        qtbot.keyClick(tab.list, Qt.Key.Key_F)
    s = view.stepper
    shapes = ["×".join(map(str, r.out.shape)) for r in s.records]
    assert shapes == ["100×50", "100×50", "100×100", "100×100", "100×10", "100×10"]
    titles = [view.step_list.item(i).text() for i in range(view.step_list.count())]
    assert [t.split()[-1] for t in titles] == shapes  # the list reads as the chain of shapes
    assert [t.split()[2] for t in titles] == [
        "Affine", "Sigmoid", "Affine", "Sigmoid", "Affine", "SoftmaxWithLoss"]
    assert view.array_view("out").shape == (100, 10)
    assert page.is_tried and page.predictions().shape == (100,)
    # … and it stops there: no backward step, no update, by button, key or run to end
    assert not c.backward_button.isEnabled() and not c.run_button.isEnabled()
    for key in (Qt.Key.Key_F, Qt.Key.Key_Left, Qt.Key.Key_E, Qt.Key.Key_A):
        qtbot.keyClick(tab.list, key)
    assert len(s.records) == 6 and s.records[-1].kind == "forward"
    assert "inference" in c.next_label.text()
    view.reset()
    qtbot.mouseClick(c.run_button, Qt.MouseButton.LeftButton)  # run to end = the forward pass
    assert len(s.records) == 6 and s.records[-1].kind == "forward"


def test_update_controls_only_where_the_lesson_updates_the_weights(qtbot, tab):
    for lesson_id, shown in (("input_hidden", False), ("three_layer", False),
                             ("backprop_two_layer", True)):
        c = choose(qtbot, tab, lesson_id).view.controls
        assert c.update_button.isVisible() is shown and c.lr_spin.isVisible() is shown
        assert c.forward_button.isVisible() and c.backward_button.isVisible()


# ---- what is on screen: labels whole, plots, the worked element, room for the step ------------------

def lessons_at(qtbot, tab, width: int, height: int) -> None:
    tab.resize(width, height)
    qtbot.waitUntil(lambda: tab.width() == width and tab.height() == height)
    QApplication.processEvents()


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("size", [(1366, 690), (1024, 622)])  # in 1366×768, 1024×700
@pytest.mark.parametrize("lesson_id", ["three_layer", "backprop_two_layer", "mnist_batch"])
def test_diagram_labels_are_whole(qtbot, tab, lang, size, lesson_id):
    set_language(lang)
    lessons_at(qtbot, tab, *size)
    view = choose(qtbot, tab, lesson_id).view
    diagram = view.diagram
    diagram.repaint()
    labels = diagram.drawn_labels
    assert labels and not [t for t in labels if "…" in t], labels
    spec = view.stepper.net.spec
    kinds = [layer.type for layer in spec.layers]
    joined = " ".join(labels)
    for kind in kinds:  # every name whole, on one line or split in two ("Softmax" / "WithLoss")
        assert kind in labels or any(a + b == kind for a, b in zip(labels, labels[1:])), kind
    if lesson_id == "mnist_batch":
        for count in ("39,250", "5,100", "1,010"):  # the parameter counts whole
            assert count in joined
    for index in range(-1, len(kinds)):  # every box has a tooltip naming it
        tip = diagram.layer_tooltip(index)
        assert tip and (index == -1 or kinds[index] in tip)


def test_lesson_plots_have_no_auto_range_button(qtbot, tab):
    import pyqtgraph as pg

    from nnlab.lessons import LESSONS
    from ui.widgets.plots import plot_items

    seen = 0
    for lesson in LESSONS:
        choose(qtbot, tab, lesson.id)
        frame = tab.frames[lesson.id]
        for item in plot_items(frame):
            assert isinstance(item, pg.PlotItem)
            assert item.buttonsHidden and not item.autoBtn.isVisible(), lesson.id
            seen += 1
    assert seen >= 5  # lessons 4, 5 and 6 have plots


def test_the_worked_element_is_not_a_zero(qtbot, tab):
    view = choose(qtbot, tab, "backprop_two_layer").view
    view.predict.configure((), enabled=False)
    view.run_to_end()
    for i, record in enumerate(view.stepper.records):
        view.show_record(i)
        key, index = view.focus
        assert abs(view.array_view(key).array[index]) > 0, (record.kind, record.index)
    view.apply_update()
    key, index = view.focus
    grad = view.current_record.grads[view.panel.param_combo.currentData()]
    assert grad[index] != 0  # W ← W − ε·0 would show nothing moving
    batch = choose(qtbot, tab, "mnist_batch").view
    batch.step_forward()  # u = xW + b over 784 pixels, most of them 0
    worked = batch.panel.formula.text().split("<div", 1)[1]
    assert not re.search(r"(?<![\d.])0·", worked)  # the sum shows pixels that are not 0
    while batch.controls.forward_button.isEnabled():
        batch.step_forward()
    key, index = batch.focus
    y = batch.current_record.out
    assert y[index] >= 0.01 * y.max()  # not a softmax output of 3e-10


def test_the_step_gets_the_room_on_a_laptop(qtbot, tab):
    lessons_at(qtbot, tab, 1366, 690)
    view = choose(qtbot, tab, "backprop_two_layer").view
    view.predict.configure((), enabled=False)
    view.run_to_end()
    view.apply_update()
    QApplication.processEvents()
    panel = view.panel
    arrays = panel.arrays_widget
    assert arrays.width() <= panel.scroll.viewport().width()  # wraps, never off to the right
    assert not panel.scroll.horizontalScrollBar().isVisible()
    assert 80 <= view.diagram_box.height() <= 240
    before = panel.scroll.viewport().height()
    qtbot.mouseClick(view.diagram_toggle, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not view.diagram_box.isVisible()
    assert panel.scroll.viewport().height() >= before + 80
    qtbot.mouseClick(view.diagram_toggle, Qt.MouseButton.LeftButton)
    assert view.diagram_box.isVisible()


def test_lesson_8_has_the_step_views_toolbar_and_keys(qtbot, tab):
    stepping = choose(qtbot, tab, "three_layer").view.controls
    page = choose(qtbot, tab, "computation_graph")
    c = page.controls
    names = ("backward_button", "forward_button", "run_button", "play_button", "undo_button",
             "reset_button")
    for name in names:  # the same buttons, with the same texts, in the same place
        mine, theirs = getattr(c, name), getattr(stepping, name)
        # the same texts, but a graph steps one node, a network one layer
        assert mine.isVisible() and mine.text() == theirs.text().replace("layer", "node"), name
        assert mine.mapTo(tab, mine.rect().topLeft()) == theirs.mapTo(tab, theirs.rect().topLeft())
    assert not c.update_button.isVisible()  # no weights in a graph
    for _ in range(5):
        qtbot.keyClick(tab.list, Qt.Key.Key_F)
    assert page.revealed == 5 and not c.forward_button.isEnabled()
    qtbot.keyClick(tab.list, Qt.Key.Key_B)
    assert page.revealed == 6
    qtbot.keyClick(tab.list, Qt.Key.Key_U)
    assert page.revealed == 5
    qtbot.mouseClick(c.reset_button, Qt.MouseButton.LeftButton)
    assert page.revealed == 0


def test_lesson_5_counts_classes_from_0(qtbot, tab):
    page = choose(qtbot, tab, "output_loss")
    table = page.softmax_table
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers[0] == "k = 0" and headers[-1] == f"k = {len(headers) - 1}"


@pytest.mark.parametrize("size", [(1366, 690), (1024, 622)])
def test_nothing_jumps_between_steps(qtbot, tab, size):
    lessons_at(qtbot, tab, *size)
    view = choose(qtbot, tab, "backprop_two_layer").view
    view.predict.configure((), enabled=False)

    def places():
        QApplication.processEvents()
        return [w.mapTo(tab, w.rect().topLeft()) for w in
                (view.controls.forward_button, view.controls.undo_button,
                 view.controls.next_label, view.diagram,
                 view.panel.scroll, view.step_list, view.narration_view)]

    first = places()
    view.toggle_autoplay()  # "Auto-play" reads "Pause" while playing: the same width
    assert view.timer.isActive() and places() == first
    view.stop_autoplay()
    while view.controls.forward_button.isEnabled() and view.stepper.position.phase == "forward":
        view.step_forward()
        assert places() == first
    while view.controls.backward_button.isEnabled():
        view.step_backward()
        assert places() == first
    view.apply_update()
    assert places() == first


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_lessons_1_and_6_fit_a_1024_px_window_without_sideways_scrolling(qtbot, lang, monkeypatch):
    """The perceptron's two panels side by side, and gradient descent's controls with both plots,
    need no more width than the Lessons tab gives a page in a 1024×700 window."""
    from designer_helpers import DialogRecorder
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QMessageBox

    from ui.app import create_window

    monkeypatch.setattr(QMessageBox, "warning", DialogRecorder(QMessageBox.StandardButton.Discard))
    window = create_window(["--lang", lang])
    qtbot.addWidget(window)
    window.resize(QSize(1024, 700))
    qtbot.waitUntil(lambda: window.size() == QSize(1024, 700))
    window.set_current_tab("lessons")
    tab, area = window.tabs["lessons"], window._pages["lessons"]
    for lesson_id in ("perceptron", "gradient_descent"):
        page = tab.open_lesson(lesson_id)
        room = page.parentWidget()  # the Lesson tab's page area
        qtbot.waitUntil(lambda p=page, r=room: p.width() <= r.width() and r.width() > 0)
        hint = page.minimumSizeHint().width()
        assert hint <= room.width(), f"{lesson_id} needs {hint} px, has {room.width()}"
        qtbot.waitUntil(lambda: tab.size() == area.viewport().size())
        assert not area.horizontalScrollBar().isVisible()
    if lang == "en":
        log = tab.page("gradient_descent").log_box  # the checkbox is whole and inside the page
        right = log.mapTo(tab.page("gradient_descent"), log.rect().topRight()).x()
        assert log.isVisible() and right <= tab.page("gradient_descent").width()
