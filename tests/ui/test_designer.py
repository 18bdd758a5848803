"""The Designer tab driven like a user: drags from the palette, keys, clicks, files."""

from __future__ import annotations

import json

import pytest
from designer_helpers import DialogRecorder, drop_on_stack
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnlab.paths import resource
from nnlab.spec import LayerSpec, NetworkSpec
from ui.app import create_window
from ui.designer.mime import layer_move_mime
from ui.i18n import set_language
from ui.widgets.icons import layer_icon, problem_icon

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, monkeypatch):
    """The real main window in English, active (so shortcuts work); never asks on close."""
    monkeypatch.setattr(QMessageBox, "warning", DialogRecorder(QMessageBox.StandardButton.Discard))
    w = create_window(["--lang", "en", "--tab", "designer"])
    qtbot.addWidget(w)
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    # The first launch opens the MNIST MLP; File > New (Ctrl+N) gives the empty page tests start from.
    assert [layer.type for layer in w.designer.model.spec.layers] == [
        "Affine", "ReLU", "Affine", "SoftmaxWithLoss"]
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert w.designer.model.spec.layers == [] and not w.designer.undo_stack.canUndo()
    yield w
    set_language("en")


def types(designer) -> list[str]:
    return [layer.type for layer in designer.model.spec.layers]


def select(qtbot, designer, index: int) -> None:
    """Click the layer's row in the stack."""
    view = designer.stack
    rect = view.visualRect(view.model().index(index + 1, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected_layer() == index


def type_into(qtbot, widget, text: str) -> None:
    """Select what the field holds, type ``text`` and press Enter."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_build_mnist_mlp_from_empty_design(window, qtbot, tmp_path, monkeypatch):
    d = window.designer
    assert d.model.spec.layers == []
    stack, palette = d.stack, d.palette

    # Drag an Affine from the palette onto the input row, then a ReLU below it.
    assert drop_on_stack(stack, palette.mime_data("Affine"), row=0)
    assert drop_on_stack(stack, palette.mime_data("ReLU"), row=1)
    # The output layer dropped into the empty space under the rows.
    assert drop_on_stack(stack, palette.mime_data("SoftmaxWithLoss"), row=None)
    assert types(d) == ["Affine", "ReLU", "SoftmaxWithLoss"]
    # A second Affine double-clicked in goes after the selection (the head), so above the head.
    qtbot.mouseDClick(palette.card("Affine"), Qt.MouseButton.LeftButton)
    assert types(d) == ["Affine", "ReLU", "Affine", "SoftmaxWithLoss"]
    # A Sigmoid added by its "+" button, then removed with the Delete key.
    qtbot.mouseClick(palette.card("Sigmoid").add_button, Qt.MouseButton.LeftButton)
    assert types(d) == ["Affine", "ReLU", "Affine", "Sigmoid", "SoftmaxWithLoss"]
    select(qtbot, d, 3)
    qtbot.keyClick(stack, Qt.Key.Key_Delete)
    assert types(d) == ["Affine", "ReLU", "Affine", "SoftmaxWithLoss"]

    # Reorder by drag: put the ReLU on top (upper half of the first Affine), then back below it.
    assert drop_on_stack(stack, layer_move_mime(1), row=1, half="upper")
    assert types(d) == ["ReLU", "Affine", "Affine", "SoftmaxWithLoss"]
    assert drop_on_stack(stack, layer_move_mime(0), row=2, half="lower")
    assert types(d) == ["Affine", "ReLU", "Affine", "SoftmaxWithLoss"]

    # Units by keyboard; the output Affine keeps its default 10 units but gets Xavier.
    select(qtbot, d, 0)
    type_into(qtbot, d.properties.editor("units"), "100")
    assert d.model.layer(0).options["units"] == 100
    select(qtbot, d, 2)
    assert d.properties.editor("units").value() == 10
    combo = d.properties.editor("init")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # he -> xavier
    assert d.model.layer(2).options["init"] == "xavier"
    type_into(qtbot, d.properties.name_edit, "MNIST MLP")
    type_into(qtbot, d.properties.shape_edit, "784")

    expected = NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json"))
    assert d.model.spec == expected

    # Undo the name and the init with Ctrl+Z, redo both with Ctrl+Shift+Z.
    d.stack.setFocus()
    qtbot.keyClick(d.stack, Qt.Key.Key_Z, CTRL)
    assert d.model.spec.name == "Untitled"
    qtbot.keyClick(d.stack, Qt.Key.Key_Z, CTRL)
    assert d.model.layer(2).options["init"] == "he"
    qtbot.keyClick(d.stack, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.keyClick(d.stack, Qt.Key.Key_Z, CTRL | SHIFT)
    assert d.model.spec == expected
    assert window.isWindowModified()

    # Save with Ctrl+S (Save As asks for the name), start a new design, reopen the file.
    target = tmp_path / "mine.nnlab.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(d.stack, Qt.Key.Key_S, CTRL)
    assert target.is_file()
    assert not window.isWindowModified()
    assert "MNIST MLP" in window.windowTitle()
    qtbot.keyClick(d.stack, Qt.Key.Key_N, CTRL)
    assert d.model.spec.layers == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(d.stack, Qt.Key.Key_O, CTRL)
    assert d.model.spec == expected
    assert NetworkSpec.from_json(target) == expected
    assert window.context.spec == expected


def test_every_edit_is_undoable(window, qtbot):
    d = window.designer
    m = d.model
    d.document.load_template("xor")  # undoable too
    xor = NetworkSpec.from_json(resource("specs", "xor.nnlab.json"))
    assert m.spec == xor
    select(qtbot, d, 1)
    qtbot.keyClick(d.stack, Qt.Key.Key_D, CTRL)  # duplicate the Sigmoid
    assert types(d) == ["Affine", "Sigmoid", "Sigmoid", "Affine", "SigmoidWithLoss"]
    m.move_layer(2, 0)
    m.set_layer_type(0, "ReLU")
    m.set_option(3, "units", 7)
    m.set_input_shape((3,))
    m.set_name("changed")
    for _ in range(6):
        m.undo_stack.undo()
    assert m.spec == xor
    m.undo_stack.undo()  # before the template: the empty design
    assert m.spec.layers == []
    for _ in range(7):
        m.undo_stack.redo()
    assert types(d) == ["ReLU", "Affine", "Sigmoid", "Affine", "SigmoidWithLoss"]
    assert m.layer(3).options["units"] == 7
    assert m.spec.input_shape == (3,) and m.spec.name == "changed"


def test_the_head_stays_last(window):
    m = window.designer.model
    m.load_spec(NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json")))
    notices = []
    m.notice.connect(notices.append)
    stack = window.designer.stack
    # A layer dropped below the head goes above it.
    assert drop_on_stack(stack, window.designer.palette.mime_data("Dropout"), row=None)
    assert types(window.designer) == ["Affine", "ReLU", "Affine", "Dropout", "SoftmaxWithLoss"]
    # The head cannot be dragged or moved up; a layer cannot move below it.
    assert m.move_layer(4, 0) is None
    assert m.move_layer(0, 10) == 3
    assert types(window.designer)[-1] == "SoftmaxWithLoss"
    # A second head replaces the first (said in the status bar); the same head is refused.
    assert m.append_layer("SigmoidWithLoss") == 4
    assert types(window.designer)[-1] == "SigmoidWithLoss"
    assert m.append_layer("SigmoidWithLoss") is None
    assert m.duplicate_layer(4) is None
    assert len(notices) >= 4 and "output layer" in " ".join(notices)
    assert m.layer_count == 5


def test_invalid_design_shows_the_problem_on_its_layer(window, qtbot):
    d = window.designer
    spec = NetworkSpec((4,), [LayerSpec("Affine", {"units": 0}), LayerSpec("ReLU")], name="bad")
    d.model.load_spec(spec)
    model = d.model
    row = model.index(1, model.COL_LAYER)  # layer 0
    icon = model.data(row, Qt.ItemDataRole.DecorationRole)
    assert icon.cacheKey() == problem_icon().cacheKey()
    assert "units must be at least 1" in model.data(row, Qt.ItemDataRole.ToolTipRole)
    relu = model.index(2, model.COL_LAYER)  # layer 1 is the last one but not a head
    assert "last layer must be an output layer" in model.data(relu, Qt.ItemDataRole.ToolTipRole)
    lines = d.problems.messages()
    assert lines == [
        "Layer 0 (Affine): units must be at least 1 (got 0)",
        "Layer 1 (ReLU): the last layer must be an output layer (SoftmaxWithLoss, "
        "SigmoidWithLoss or IdentityWithLoss)",
    ]
    # Clicking a problem selects its layer; the properties show its message too.
    item = d.problems.item(1)
    qtbot.mouseClick(d.problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=d.problems.visualItemRect(item).center())
    assert d.stack.selected_layer() == 1
    select(qtbot, d, 0)
    assert d.properties.layer_problems.isVisibleTo(d) and \
        "units must be at least 1" in d.properties.layer_problems.text()
    # Fixing it clears the problem and the icon.
    type_into(qtbot, d.properties.editor("units"), "3")
    assert model.data(row, Qt.ItemDataRole.DecorationRole).cacheKey() == layer_icon("Affine").cacheKey()
    assert d.problems.messages()[0].startswith("Layer 1 (ReLU)")
    # A network-level problem comes first, and in Japanese after a language switch.
    d.model.set_input_shape((0,))
    window.choose_language("ja")
    assert d.problems.messages()[0].startswith("ネットワーク")
    assert "正の整数" in d.problems.messages()[0]


def test_input_shape_field_flags_bad_entries(window, qtbot):
    d = window.designer
    before = d.model.spec
    type_into(qtbot, d.properties.shape_edit, "28x0")
    assert d.properties.shape_edit.property("invalid") is True
    assert d.model.spec == before
    type_into(qtbot, d.properties.shape_edit, "1×28×28")
    assert d.properties.shape_edit.property("invalid") is False
    assert d.model.spec.input_shape == (1, 28, 28)


@pytest.mark.parametrize("content, reason", [
    ("{ this is not json", "not valid JSON"),
    (json.dumps({"name": "left-pad", "version": "1.3.0"}), "not an NN Lab network"),
    (json.dumps([1, 2, 3]), "must be a JSON object"),
    (json.dumps({"layers": {"type": "ReLU"}}), '"layers" must be a list'),
    ('{"layers": [{"type": "Affine", "units": ' + "7" * 5000 + "}]}", "5,000 digits"),
    ('{"layers": [], "layers": [{"type": "ReLU"}]}', '"layers" appears twice'),
])
def test_opening_a_corrupt_or_foreign_file_keeps_the_design(window, tmp_path, monkeypatch,
                                                            content, reason):
    d = window.designer
    d.document.load_template("xor")
    before = d.model.spec
    errors = DialogRecorder()
    monkeypatch.setattr(QMessageBox, "critical", errors)
    bad = tmp_path / "broken.nnlab.json"
    bad.write_text(content, encoding="utf-8")
    assert not window.open_path(str(bad))
    assert len(errors.calls) == 1
    title, text = errors.calls[0]
    assert "broken.nnlab.json" in text and reason in text
    assert d.model.spec == before
    assert d.document.path is None


def test_a_design_with_a_byte_order_mark_opens(window, tmp_path):
    path = tmp_path / "bom.nnlab.json"
    text = NetworkSpec.from_json(resource("specs", "xor.nnlab.json")).dumps()
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert window.open_path(str(path))
    assert window.designer.model.spec == NetworkSpec.from_json(resource("specs", "xor.nnlab.json"))


def test_save_writes_through_a_link_and_refuses_a_fifo(window, tmp_path, monkeypatch):
    import os

    d = window.designer
    d.document.load_template("xor")
    (tmp_path / "real.nnlab.json").write_text("{}")
    (tmp_path / "link.nnlab.json").symlink_to(tmp_path / "real.nnlab.json")
    assert d.document.save_to(str(tmp_path / "link.nnlab.json"))
    assert (tmp_path / "link.nnlab.json").is_symlink()
    assert NetworkSpec.from_json(tmp_path / "real.nnlab.json") == d.model.spec
    errors = DialogRecorder()
    monkeypatch.setattr(QMessageBox, "critical", errors)
    os.mkfifo(tmp_path / "pipe.nnlab.json")
    assert not d.document.save_to(str(tmp_path / "pipe.nnlab.json"))
    (title, text), = errors.calls
    assert "pipe.nnlab.json" in text and "not an ordinary file" in text
    assert (tmp_path / "pipe.nnlab.json").is_fifo()


def test_a_file_with_problems_opens_and_shows_them(window, tmp_path):
    path = tmp_path / "odd.nnlab.json"
    path.write_text(json.dumps({"format": "nnlab.network/1", "input_shape": [2],
                                "layers": [{"type": "Affine", "units": 3, "colour": "red"},
                                           {"type": "Softplus"}]}), encoding="utf-8")
    assert window.open_path(str(path))
    lines = window.designer.problems.messages()
    assert any(line.startswith("Layer 0 (Affine)") and "colour" in line for line in lines)
    assert any('unknown layer type "Softplus"' in line for line in lines)


def test_diagram_draws_neurons_for_small_nets_and_follows_the_selection(window, qtbot):
    d = window.designer
    d.document.load_template("xor")
    diagram = d.diagram
    assert diagram.is_neuron_mode()
    assert set(diagram._params) == {"layers.0.W", "layers.0.b", "layers.2.W", "layers.2.b"}
    select(qtbot, d, 2)
    assert diagram.highlighted_layer() == 2
    d.document.load_template("mnist_mlp")
    assert not diagram.is_neuron_mode()
    diagram.grab()  # paint once, so the block areas are known
    # Clicking a block selects its layer in the stack.
    rect = next(r for r, index in diagram._hit if index == 3)
    qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert d.stack.selected_layer() == 3


def test_templates_menu_loads_every_bundled_design(window):
    d = window.designer
    for action in d.template_menu.actions():
        action.trigger()
        key = action.data()
        assert d.model.spec == NetworkSpec.from_json(resource("specs", f"{key}.nnlab.json"))
        assert not d.model.problems


def test_a_very_strange_file_still_opens_without_a_crash(window, tmp_path, qtbot):
    path = tmp_path / "strange.nnlab.json"
    path.write_text(json.dumps({"format": "nnlab.network/1", "input_shape": "abc", "name": 7,
                                "layers": [{"type": 5}, {"units": "x"},
                                           {"type": "Affine", "units": 2.5, "init": -1}]}),
                    encoding="utf-8")
    assert window.open_path(str(path))
    d = window.designer
    for index in range(3):
        select(qtbot, d, index)
    window.grab()
    lines = d.problems.messages()
    assert lines[0].startswith("Network:")
    assert any("Layer 2 (Affine)" in line and "whole number" in line for line in lines)
    # The properties offer a valid value; choosing it fixes the layer.
    type_into(qtbot, d.properties.editor("units"), "4")
    assert d.model.layer(2).options["units"] == 4
