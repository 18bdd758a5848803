"""Lesson 15 driven like a learner: predict the book's first convolution output, read
[[15, 16], [6, 15]] from the step view, switch to bias, padding and max pooling, compute output
sizes and im2col shapes with one's own numbers, and see the filters before training."""

from __future__ import annotations

import numpy as np
import pytest
from lesson_helpers import choose, guess, lessons_tab_on_screen
from PySide6.QtCore import Qt

from ui.i18n import set_language


@pytest.fixture
def tab(qtbot):
    yield from lessons_tab_on_screen(qtbot)


def forward(qtbot, view) -> None:
    assert view.controls.forward_button.isEnabled()
    qtbot.mouseClick(view.controls.forward_button, Qt.MouseButton.LeftButton)


def test_predict_then_read_the_books_convolution(qtbot, tab):
    page = choose(qtbot, tab, "convolution")
    view, box = page.view, page.view.predict.box
    forward(qtbot, view)
    assert view.array_view("out").texts() == [["?", "?"], ["?", "?"]] and box.isVisible()
    guess(qtbot, box, "14")
    assert "✓" not in box.verdict.text()
    guess(qtbot, box, "15")
    assert "✓" in box.verdict.text()
    assert view.array_view("out").texts() == [["15", "16"], ["6", "15"]]
    assert "1·2 + 2·0 + 3·1" in view.panel.formula.text()
    assert view.conv_extras.model.col.shape == (4, 9)


def test_bias_padding_and_pooling_variants(qtbot, tab):
    page = choose(qtbot, tab, "convolution")
    view = page.view
    page.set_variant("bias")
    forward(qtbot, view)
    guess(qtbot, view.predict.box, "18")
    assert view.array_view("out").texts() == [["18", "19"], ["9", "18"]]
    page.set_variant("pad")
    forward(qtbot, view)
    guess(qtbot, view.predict.box, "7")
    assert view.array_view("out").texts() == [["7", "12", "10", "2"], ["4", "15", "16", "10"],
                                              ["10", "6", "15", "6"], ["8", "10", "4", "3"]]
    page.set_variant("stride")
    forward(qtbot, view)
    assert view.array_view("out").shape == (1, 1, 3, 3)
    assert "(7 + 2·0 − 3) / 2 + 1 = 3" in view.panel.formula.text()
    page.set_variant("pool")
    forward(qtbot, view)
    guess(qtbot, view.predict.box, "4")
    assert view.array_view("out").texts() == [["2", "3"], ["4", "2"]]
    assert len(view.array_view("x").maps._winners) == 4
    assert tab.progress("convolution") in ("opened", "finished")


def test_output_size_and_im2col_with_ones_own_numbers(qtbot, tab):
    page = choose(qtbot, tab, "convolution")
    calc = page.calculator
    page.tabs.setCurrentIndex(1)
    for key, value in {"H": 7, "P": 0, "FH": 5, "S": 1, "C": 3, "N": 1}.items():
        calc.spins[key].setValue(value)
    assert calc.col_shape == (9, 75) and "(9, 75)" in calc.result.text()
    calc.spins["N"].setValue(10)
    assert calc.col_shape == (90, 75)
    for key, value in {"H": 6, "P": 1, "FH": 2, "S": 1}.items():
        calc.spins[key].setValue(value)
    assert calc.oh == 7 and "= <b>7</b>" in calc.result.text()
    calc.spins["S"].setValue(4)  # (6 + 2 − 2) / 4 + 1 = 2.5
    assert calc.col_shape is None and "Not a whole number" in calc.result.text()


def test_filters_before_training_are_shown_as_images(qtbot, tab):
    page = choose(qtbot, tab, "convolution")
    page.tabs.setCurrentIndex(2)
    assert page.filters.before.map_count() == 30
    page.set_variant("simple")
    forward(qtbot, view := page.view)
    assert view.array_view("out").shape == (1, 30, 24, 24) and view.array_view("out").is_maps()


def test_filters_after_a_short_training_run_in_the_background(qtbot, tab):
    page = choose(qtbot, tab, "convolution")
    filters = page.filters
    page.tabs.setCurrentIndex(2)
    filters.subset = 300  # three batches: enough to move the filters
    before = filters.before._a.copy()
    qtbot.mouseClick(filters.train_button, Qt.MouseButton.LeftButton)
    assert filters.is_training() and not filters.train_button.isEnabled()
    qtbot.waitUntil(lambda: not filters.is_training() and filters.source == "trained", timeout=120_000)
    assert filters.after.isVisible() and filters.after.map_count() == 30
    assert filters.after._a.shape == before.shape and not np.allclose(filters.after._a, before)
    assert "trained here" in filters.after_title.text()


def test_filters_after_training_are_the_bundled_simple_convnets(qtbot, tab):
    """Figure 7-24's "after": the bundled SimpleConvNet's 30 filters of 5×5, captioned from the
    model's meta; no repository path in what the learner reads (en and ja)."""
    from nnlab.network import Network
    from nnlab.paths import resource

    page = choose(qtbot, tab, "convolution")
    filters = page.filters
    page.tabs.setCurrentIndex(2)
    model = Network.load(resource("models", "simple_convnet.npz"))
    assert filters.source == "bundled" and filters.after.isVisible()
    assert filters.after.map_count() == 30 and filters.after._a.shape == (30, 1, 5, 5)
    assert np.allclose(filters.after._a, model.params["layers.0.W"])
    assert filters.after._a.shape == filters.before._a.shape
    epochs, acc = model.meta["epochs"], 100 * model.meta["test_acc"]
    title = filters.after_title.text()
    assert f"after {epochs} epochs of Adam" in title and f"{acc:.2f} %" in title
    for lang in ("en", "ja"):
        set_language(lang)
        for label in (filters.before_title, filters.after_title, filters.after_note):
            assert "resources/" not in label.text() and ".npz" not in label.text()
    assert f"{acc:.2f} %" in filters.after_title.text() and "エポック" in filters.after_title.text()


def test_the_goal_names_each_prediction_by_its_example(qtbot, tab):
    """Three examples predict a u₀₀: the goal line and the prediction box tell them apart."""
    page = choose(qtbot, tab, "convolution")
    goal = tab.goal.text()
    for name in ("u₀₀ (book)", "u₀₀ with bias", "u₀₀ with padding", "z₁₀ of pooling"):
        assert name in goal
    assert "u₀₀, u₀₀" not in goal
    page.set_variant("bias")
    forward(qtbot, page.view)
    assert "u₀₀ with bias" in page.view.predict.box.prompt.text()
    set_language("ja")
    goal = tab.goal.text()
    for name in ("本の例の u₀₀", "バイアスありの u₀₀", "パディングありの u₀₀", "プーリングの z₁₀"):
        assert name in goal


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("size", [(1366, 690), (1024, 622)])  # the tab in 1366×768 and 1024×700
def test_simple_convnet_diagram_shows_every_label_whole(qtbot, tab, lang, size):
    """SimpleConvNet's nine boxes: names and shapes whole ("Convolution", "1×28×28", "30×24×24")."""
    from PySide6.QtWidgets import QApplication

    set_language(lang)
    tab.resize(*size)
    qtbot.waitUntil(lambda: (tab.width(), tab.height()) == size)
    page = choose(qtbot, tab, "convolution")
    page.set_variant("simple")
    QApplication.processEvents()
    diagram = page.view.diagram
    assert diagram.width() < size[0] - 180
    diagram.repaint()
    labels = diagram.drawn_labels
    assert labels and not [t for t in labels if "…" in t], labels
    for text in ("Convolution", "Pooling", "Flatten", "1×28×28", "30×24×24", "30×12×12", "4320"):
        assert text in labels, (text, labels)
    assert "Softmax" in labels and "WithLoss" in labels and labels.count("ReLU") == 2
