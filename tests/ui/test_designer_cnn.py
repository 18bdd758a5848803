"""The Designer with image layers: the palette offers them, rows show C×H×W and parameter counts,
the SimpleConvNet template loads, and a broken CNN says which layer is wrong and why."""

from __future__ import annotations

import pytest
from designer_helpers import DialogRecorder
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from nnlab.spec import LayerSpec
from ui.app import create_window
from ui.i18n import set_language


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", DialogRecorder(QMessageBox.StandardButton.Discard))
    w = create_window(["--lang", "en", "--tab", "designer"])
    qtbot.addWidget(w)
    qtbot.waitExposed(w)
    yield w
    set_language("en")


def cell(model, layer: int, column: int) -> str:
    return model.data(model.index(layer + 1, column))


def test_simple_convnet_template_shows_chw_and_parameter_counts(window):
    d = window.designer
    titles = [a.text() for a in d.template_menu.actions()]
    assert "SimpleConvNet (ch. 7)" in titles
    next(a for a in d.template_menu.actions() if a.data() == "simple_convnet").trigger()
    m = d.model
    assert [layer.type for layer in m.spec.layers][:4] == ["Convolution", "ReLU", "Pooling", "Flatten"]
    assert not m.problems
    outputs = [cell(m, i, m.COL_OUTPUT) for i in range(len(m.spec.layers))]
    assert outputs[:5] == ["30×24×24", "30×24×24", "30×12×12", "4320", "100"]
    assert cell(m, 0, m.COL_PARAMS).replace(",", "") == str(30 * 25 + 30)
    assert cell(m, 4, m.COL_PARAMS).replace(",", "") == str(4320 * 100 + 100)
    assert "30@5×5" in cell(m, 0, m.COL_SETTINGS)
    d.diagram.grab()  # paint: each box says what the layer makes
    labels = d.diagram.drawn_labels
    for text in ("30@5×5", "30×24×24", "780 params", "max 2×2/2", "30×12×12", "4320"):
        assert text in labels, (text, labels)
    set_language("ja")
    ja = [a.text() for a in d.template_menu.actions()]
    assert "SimpleConvNet（7章）" in ja


def test_palette_offers_convolution_and_pooling_with_options(window, qtbot):
    d = window.designer
    for name in ("Convolution", "Pooling"):
        qtbot.mouseClick(d.palette.card(name).add_button, Qt.MouseButton.LeftButton)
    kinds = [layer.type for layer in d.model.spec.layers]
    assert "Convolution" in kinds and "Pooling" in kinds
    d.stack.select_layer(kinds.index("Convolution"))
    for option in ("filters", "size", "stride", "pad", "init"):
        assert d.properties.editor(option).isVisible()
    d.stack.select_layer(kinds.index("Pooling"))
    for option in ("size", "stride", "pad"):
        assert d.properties.editor(option).isVisible()


def test_a_broken_cnn_names_the_layer_and_the_problem(window):
    d = window.designer
    next(a for a in d.template_menu.actions() if a.data() == "simple_convnet").trigger()
    spec = d.model.spec
    layers = list(spec.layers)
    layers[2] = LayerSpec("Pooling", {"size": 2, "stride": 3})  # (24 − 2) / 3 + 1 = 8.33…
    spec = spec.__class__(input_shape=spec.input_shape, layers=layers, name=spec.name)
    d.model.replace_spec(spec, "test")
    lines = d.problems.messages()
    assert any("Layer 2 (Pooling)" in line and "not a whole number" in line for line in lines), lines
