"""The network diagram on its own, as the step-through view will use it."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from nnlab import Network
from nnlab.paths import resource
from nnlab.spec import LayerSpec, NetworkSpec
from ui.widgets.network_diagram import MAX_NEURONS, NetworkDiagram, neuron_mode, value_colour


def spec_of(name: str) -> NetworkSpec:
    return NetworkSpec.from_json(resource("specs", f"{name}.nnlab.json"))


@pytest.fixture
def diagram(qtbot):
    widget = NetworkDiagram()
    widget.resize(900, 280)
    qtbot.addWidget(widget)
    return widget


def test_neurons_for_small_nets_blocks_for_large_ones():
    assert neuron_mode(spec_of("three_layer"))
    assert neuron_mode(spec_of("xor"))
    assert not neuron_mode(spec_of("mnist_mlp"))
    wide = NetworkSpec((2,), [LayerSpec("Affine", {"units": MAX_NEURONS + 1}),
                              LayerSpec("IdentityWithLoss")])
    assert not neuron_mode(wide)
    assert not neuron_mode(None)


def test_values_weights_and_highlight(diagram, qtbot):
    spec = spec_of("three_layer")
    net = Network(spec, seed=0, dtype="float64")
    diagram.set_spec(spec)
    diagram.set_params(net.params)
    x = np.array([1.0, 2.0])
    diagram.set_values({-1: x, 0: np.array([0.3, -0.2, 0.5])})
    diagram.highlight_layer(0, QColor("#e8a33d"))
    image = diagram.grab().toImage()
    assert diagram.highlighted_layer() == 0
    # The highlighted column is tinted with the highlight colour.
    rect = next(r for r, index in diagram._hit if index == 0)
    probe = image.pixelColor(int(rect.left()) + 6, int(rect.center().y()))
    assert probe.red() > probe.blue()
    # Every neuron is clickable through its column and has a tooltip with its value.
    with qtbot.waitSignal(diagram.layerClicked) as clicked:
        qtbot.mouseClick(diagram, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert clicked.args == [0]
    centre = next(c for c, _r, index, unit in diagram._nodes if index == -1 and unit == 1)
    assert "2" in diagram._tooltip_at(centre)
    diagram.clear_highlight()
    assert diagram.highlighted_layer() is None


def test_value_colours_are_blue_positive_orange_negative():
    assert value_colour(1.0, 1.0).blue() > value_colour(1.0, 1.0).red()
    assert value_colour(-1.0, 1.0).red() > value_colour(-1.0, 1.0).blue()
    assert value_colour(0.0, 1.0) == QColor("white")
    assert value_colour(float("nan"), 1.0) == QColor("white")


@pytest.mark.parametrize("spec", [
    NetworkSpec("abc", [LayerSpec("Affine", {"units": "many"}), LayerSpec(None)]),  # type: ignore[arg-type]
    NetworkSpec((1, 28, 28), [LayerSpec("Flatten"), LayerSpec("Affine", {"units": 10}),
                              LayerSpec("SoftmaxWithLoss")]),
    NetworkSpec((784,), []),
])
def test_broken_or_empty_specs_still_draw(diagram, spec):
    diagram.set_spec(spec)
    diagram.set_problem_layers([0, 1])
    diagram.grab()
    assert len(diagram._hit) == (len(spec.layers) + 1 if spec.layers else 0)


def test_mismatched_params_draw_grey_links(diagram):
    diagram.set_spec(spec_of("xor"))
    diagram.set_params({"layers.0.W": np.ones((5, 5))})  # wrong shape: ignored, not a crash
    diagram.grab()
    assert diagram.layer_at(QPointF(-10, -10)) is None
