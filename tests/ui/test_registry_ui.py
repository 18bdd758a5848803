"""A made-up layer type in a test-only registry appears in the Designer with its options, and
the step-through view steps it forward and backward with its symbols, numbers and formulas.

(The engine side — validate, build, gradients, stepping — is tests/engine/test_registry.py.)
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox

from nnlab.network import Network
from nnlab.spec import NetworkSpec
from tests.made_up_layer import softplus_registry
from ui.context import AppContext
from ui.designer.designer_tab import DesignerTab
from ui.i18n import set_language
from ui.stepview.numbers import format_number
from ui.stepview.step_view import StepView


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


def _shown(view: StepView, key: str) -> list[list[str]]:
    table = view.array_view(key)
    assert table is not None and table.is_table(), key
    return table.texts()


def _as_texts(values) -> list[list[str]]:
    return [[format_number(v) for v in row] for row in np.atleast_2d(values)]


def test_the_made_up_type_steps_forward_and_backward_in_the_step_view(qtbot):
    beta = 2.0
    net = Network(NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "softplus", "input_shape": [3],
        "layers": [{"type": "Affine", "units": 4}, {"type": "Softplus", "beta": beta},
                   {"type": "Affine", "units": 2}, {"type": "SoftmaxWithLoss"}]}),
        seed=3, dtype="float64", registry=softplus_registry())
    x, t = np.array([[0.5, -1.0, 2.0]]), np.array([1])
    view = StepView()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    view.set_session(net, x, t)
    c = view.controls

    for _ in range(2):
        qtbot.mouseClick(c.forward_button, Qt.MouseButton.LeftButton)
    assert view.step_list.item(1).text() == "→ 2 Softplus  1×4"  # with the shape it computed
    assert "Softplus" in view.panel.header.text()
    u = x @ net.params["layers.0.W"] + net.params["layers.0.b"]
    z = np.logaddexp(0, beta * u) / beta
    # An activation by its category: u in, z out, and no parameters.
    assert view.array_view("x").title.text().startswith("u")
    assert view.array_view("out").title.text().startswith("z")
    assert _shown(view, "x") == _as_texts(u)
    assert _shown(view, "out") == _as_texts(z)
    assert view.array_view("W") is None
    # No builder for its formula key: the general z = f(u), worked for the chosen element.
    formula = view.panel.formula.text()
    assert "z = f(u)" in formula
    assert f"f({format_number(u[0, 0])})" in formula and format_number(z[0, 0]) in formula
    table = view.array_view("out").table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 2)).center())
    assert view.focus == ("out", (0, 2))
    formula = view.panel.formula.text()
    assert f"f({format_number(u[0, 2])})" in formula and format_number(z[0, 2]) in formula
    assert "Activation function" in view.narration_view.toPlainText()

    for _ in range(2):
        qtbot.mouseClick(c.forward_button, Qt.MouseButton.LeftButton)
    for _ in range(3):
        qtbot.mouseClick(c.backward_button, Qt.MouseButton.LeftButton)
    record = view.current_record
    assert (record.kind, record.index) == ("backward", 1)
    delta = record.dout
    du = delta / (1 + np.exp(-beta * u))  # δ ⊙ σ(βu)
    assert view.array_view("dout").title.text().startswith("δ = ∂L/∂z")
    assert _shown(view, "dout") == _as_texts(delta)
    assert _shown(view, "x") == _as_texts(u)  # what the layer kept: backward_shows ("x",)
    assert view.array_view("dx").title.text().startswith("∂L/∂u")
    assert _shown(view, "dx") == _as_texts(du)
    expected = net.copy().gradient(x, t)
    assert "∂L/∂u = δ ⊙ f′(u)" in view.panel.formula.text()
    assert format_number(du[0, 0]) in view.panel.formula.text()

    qtbot.mouseClick(view.panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.check_result is not None)
    assert view.check_result["x"][2] < 1e-7
    assert "∂L/∂u" in view.panel.numerical.result.text()
    qtbot.mouseClick(c.backward_button, Qt.MouseButton.LeftButton)
    assert _shown(view, "grad.W") == _as_texts(expected["layers.0.W"])
    view.shutdown()
