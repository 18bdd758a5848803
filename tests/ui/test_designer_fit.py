"""Issue 14's Designer fixes: the Input row's commands, the templates' inits and names, the palette's
descriptions whole at a laptop's width."""

from __future__ import annotations

import pytest
from designer_helpers import DialogRecorder
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.app import create_window
from ui.designer.templates import TEMPLATES, load_template
from ui.i18n import set_language


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", DialogRecorder(QMessageBox.StandardButton.Discard))
    w = create_window(["--lang", "en", "--tab", "designer"])
    qtbot.addWidget(w)
    w.resize(1024, 700)
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    set_language("en")


def click_row(qtbot, designer, row: int) -> None:
    view = designer.stack
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def enabled(d) -> dict[str, bool]:
    return {"duplicate": d.duplicate_action.isEnabled(), "delete": d.delete_action.isEnabled(),
            "up": d.move_up_action.isEnabled(), "down": d.move_down_action.isEnabled()}


def test_with_the_input_row_selected_the_layer_commands_are_disabled(qtbot, window):
    d = window.designer
    d.document.load_template("mnist_mlp")
    click_row(qtbot, d, 2)  # ReLU (row 0 is the input)
    assert d.stack.selected_layer() == 1
    assert enabled(d) == {"duplicate": True, "delete": True, "up": True, "down": True}
    click_row(qtbot, d, 0)
    assert d.stack.selected_layer() == -1
    assert enabled(d) == {"duplicate": False, "delete": False, "up": False, "down": False}
    assert not any(b.isEnabled() for b in d._tool_buttons)  # the buttons above the stack too
    before = d.model.spec
    qtbot.keyClick(d.stack, Qt.Key.Key_Delete)
    qtbot.keyClick(d.stack, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert d.model.spec == before
    click_row(qtbot, d, 1)  # the first Affine: it cannot move up
    assert enabled(d) == {"duplicate": True, "delete": True, "up": False, "down": True}


def test_templates_pair_sigmoid_and_tanh_with_xavier():
    for key, _file in TEMPLATES:
        layers = load_template(key).layers
        for affine, activation in zip(layers, layers[1:]):
            if affine.type == "Affine" and activation.type in ("Sigmoid", "Tanh"):
                assert affine.get("init") == "xavier", (key, activation.type)
    assert load_template("section1_single_layer").layers[0].get("init") == "xavier"


def test_template_names_follow_the_language(qtbot, window):
    set_language("ja")
    window.designer.document.load_template("three_layer")
    assert window.designer.model.spec.name == "3 層ニューラルネットワーク"
    assert window.designer.properties.name_edit.text() == "3 層ニューラルネットワーク"
    assert "3 層ニューラルネットワーク" in window.windowTitle()
    set_language("en")
    window.designer.document.load_template("section1_single_layer")
    assert window.designer.model.spec.name == "Section 1: input to hidden"


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_palette_descriptions_are_whole_at_1024(qtbot, window, lang):
    set_language(lang)
    palette = window.designer.palette
    cards = [palette.card(t) for t in ("BatchNorm", "Step", "LeakyReLU", "Affine", "Dropout")]

    def whole() -> None:
        for card in cards:
            label = card.description_label
            assert label.height() >= label.heightForWidth(label.width()), card.layer_type

    # the relayout of the new language's texts takes a few passes of the event loop
    qtbot.waitUntil(whole, timeout=5000)
    for card in cards:
        label = card.description_label
        assert card.height() >= card.heightForWidth(card.width())
        assert label.geometry().top() >= card.name_label.geometry().bottom()  # no overlap


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("template", ["mnist_deep", "section1_single_layer", "three_layer"])
def test_the_designer_diagram_shows_names_and_counts_whole(qtbot, window, lang, template):
    """At 1024×700, and with the palette and properties dragged wide, no label is cut ("…")."""
    set_language(lang)
    d = window.designer
    d.document.load_template(template)
    for width in (1024, 760):
        window.resize(width, 700)
        d.diagram.repaint()
        labels = d.diagram.drawn_labels
        assert labels, "nothing drawn"
        assert not [t for t in labels if t.endswith("…")], (width, labels)
    counts = [t for t in d.diagram.drawn_labels if any(ch.isdigit() for ch in t)]
    if template == "mnist_deep":
        assert any("200,960" in t for t in counts)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_convolution_properties_are_whole_at_1024(qtbot, window, lang):
    """At 1024×700 the six Convolution settings keep their full height and fit the column's width
    (the panel scrolls instead of squashing them); each can be scrolled into view."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    set_language(lang)
    d = window.designer
    d.document.load_template("simple_convnet")
    click_row(qtbot, d, 1)  # Convolution
    qtbot.wait(1)  # let the panel lay out the new layer's editors
    scroll = d.properties_scroll
    editors = [w for kind in (QAbstractSpinBox, QComboBox)
               for w in d.properties.findChildren(kind) if w.isVisible()]
    assert len(editors) >= 6  # type, weight init, filters, filter size, stride, padding
    for editor in editors:
        assert editor.height() >= editor.minimumSizeHint().height(), editor.objectName()
        right = editor.mapTo(scroll.viewport(), editor.rect().topRight()).x()
        assert right <= scroll.viewport().width(), (editor.objectName(), right)
        scroll.ensureWidgetVisible(editor)
        top = editor.mapTo(scroll.viewport(), editor.rect().topLeft()).y()
        assert 0 <= top and top + editor.height() <= scroll.viewport().height(), editor.objectName()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_stack_settings_column_has_room_and_a_tooltip_at_1024(qtbot, window, lang):
    from ui.designer.model import LayerStackModel

    set_language(lang)
    d = window.designer
    d.document.load_template("mnist_mlp")
    view, model = d.stack, d.model
    col = LayerStackModel.COL_SETTINGS
    text = model.data(model.index(1, col))  # the first Affine: "100 units · He"
    assert view.columnWidth(col) >= view.fontMetrics().horizontalAdvance(text) + 8, (
        view.columnWidth(col), text)
    d.document.load_template("simple_convnet")
    conv = model.index(1, col)
    assert model.data(conv) in model.data(conv, Qt.ItemDataRole.ToolTipRole)  # whole, when elided
