"""A made-up layer type in a test-only registry appears in the Designer with its options.

(The engine side — validate, build, gradients, stepping — is tests/engine/test_registry.py.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox

from nnlab.spec import NetworkSpec
from tests.made_up_layer import softplus_registry
from ui.context import AppContext
from ui.designer.designer_tab import DesignerTab
from ui.i18n import set_language


def test_the_made_up_type_is_in_the_palette_and_its_options_in_properties(qtbot):
    registry = softplus_registry()
    tab = DesignerTab(AppContext(), registry=registry)
    qtbot.addWidget(tab)
    tab.model.load_spec(NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "t", "input_shape": [3],
        "layers": [{"type": "Affine", "units": 4}, {"type": "SoftmaxWithLoss"}]}))
    card = tab.palette.card("Softplus")
    assert "log(1 + e^βu)" in card.description_label.text()
    qtbot.mouseDClick(card, Qt.MouseButton.LeftButton)
    assert [layer.type for layer in tab.model.spec.layers] == ["Affine", "Softplus", "SoftmaxWithLoss"]
    assert tab.model.spec.layers[1].options == {"beta": 1.0}
    assert tab.model.problems == []

    tab.properties.set_layer(1)
    spin = tab.properties.editor("beta")
    assert isinstance(spin, QDoubleSpinBox)
    assert (spin.minimum(), spin.maximum(), spin.value()) == (0.1, 19.99, 1.0)
    spin.setValue(2.5)
    assert tab.model.spec.layers[1].options == {"beta": 2.5}
    assert tab.model.settings_text(tab.model.spec.layers[1]) == "β = 2.5"
    tab.undo_stack.undo()
    assert tab.model.spec.layers[1].options == {"beta": 1.0}

    set_language("ja")
    try:
        assert tab.properties._labels[spin].text() == "鋭さ β"
    finally:
        set_language("en")
    assert tab.properties._labels[spin].text() == "Sharpness β"
