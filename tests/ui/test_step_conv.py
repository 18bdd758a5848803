"""Stepping a CNN: feature maps, the receptive field and its sum of products, im2col, pooling's
winners, and every gradient on screen against ``Network.gradient`` (real engine, real MNIST)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from step_view_helpers import click, shown_view

from nnlab import Network, NetworkSpec
from nnlab.lessons.samples import mnist_test
from nnlab.paths import resource
from ui.stepview.numbers import format_number

BOOK_X = [[1, 2, 3, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 3, 0, 1]]
BOOK_W = [[2, 0, 1], [0, 1, 2], [1, 0, 2]]


@pytest.fixture
def view(qtbot):
    v = shown_view(qtbot)
    yield v
    v.shutdown()


def book_net(pad: int = 0, bias: float = 0.0) -> Network:
    spec = NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "book 7.2", "input_shape": [1, 4, 4],
        "layers": [{"type": "Convolution", "filters": 1, "size": 3, "pad": pad},
                   {"type": "Flatten"}, {"type": "SoftmaxWithLoss"}]})
    net = Network(spec, seed=0, dtype="float64")
    net.params["layers.0.W"][...] = BOOK_W
    net.params["layers.0.b"][...] = bias
    return net


def simple_convnet() -> tuple[Network, np.ndarray, int]:
    net = Network(NetworkSpec.from_json(resource("specs", "simple_convnet.nnlab.json")), seed=0,
                  dtype="float64")
    images, labels = mnist_test()
    return net, images[:1].reshape(1, 1, 28, 28) / 255.0, labels[:1]


def test_book_convolution_on_screen_with_its_sum_of_products(qtbot, view):
    view.set_session(book_net(), np.array(BOOK_X, float).reshape(1, 4, 4), [0])
    click(qtbot, view.controls.forward_button)
    out = view.array_view("out")
    assert out.is_maps() and out.texts() == [["15", "16"], ["6", "15"]]
    assert view.array_view("x").texts()[0] == ["1", "2", "3", "0"]
    formula = view.panel.formula.text()
    assert "1·2 + 2·0 + 3·1 + 0·0 + 1·1 + 2·2 + 3·1 + 0·0 + 1·2" in formula and ">15<" in formula
    # The receptive field of u[0, 0, 0] is the top-left 3×3 window of x, and row 0 of col.
    assert sorted(view.array_view("x").maps._involved) == [
        (0, 0, r, c) for r in range(3) for c in range(3)]
    assert view.conv_extras.isVisible() and view.conv_extras.model.col.shape == (4, 9)
    assert view.conv_extras.row == 0
    # Clicking u[0, 0, 1] (16) moves the window one to the right and marks row 1 of col.
    maps = out.maps
    qtbot.mouseClick(maps, Qt.MouseButton.LeftButton, pos=maps.cell_centre((0, 0, 0, 1)).toPoint())
    assert view.focus == ("out", (0, 0, 0, 1))
    assert "2·2 + 3·0 + 0·1" in view.panel.formula.text()
    assert sorted(view.array_view("x").maps._involved)[0] == (0, 0, 0, 1)
    assert view.conv_extras.row == 1
    assert view.conv_extras.model.texts(1) == ["2", "3", "0", "1", "2", "3", "0", "1", "2"]


def test_bias_and_padding(qtbot, view):
    view.set_session(book_net(bias=3), np.array(BOOK_X, float).reshape(1, 4, 4), [0])
    click(qtbot, view.controls.forward_button)
    assert view.array_view("out").texts() == [["18", "19"], ["9", "18"]]
    view.set_session(book_net(pad=1), np.array(BOOK_X, float).reshape(1, 4, 4), [0])
    click(qtbot, view.controls.forward_button)
    assert view.array_view("out").texts() == [["7", "12", "10", "2"], ["4", "15", "16", "10"],
                                              ["10", "6", "15", "6"], ["8", "10", "4", "3"]]


def test_simple_convnet_backward_shows_the_network_gradient(qtbot, view):
    net, x, t = simple_convnet()
    expected = net.copy().gradient(x, t, need_input_grad=True)
    view.set_session(net, x, t)
    while view.controls.forward_button.isEnabled() and view.stepper.position.phase == "forward":
        click(qtbot, view.controls.forward_button)
    seen = set()
    while view.controls.backward_button.isEnabled():
        click(qtbot, view.controls.backward_button)
        record = view.current_record
        for name in record.grads:
            key = f"layers.{record.index}.{name}"
            shown = view.array_view(f"grad.{name}")
            np.testing.assert_allclose(shown.array, expected[key], rtol=1e-10, atol=1e-14)
            seen.add(key)
        if record.layer_type == "Convolution":
            assert view.array_view("grad.W").is_maps()  # dW per filter, as images
            assert view.array_view("dout").is_maps()  # δ per feature map
    assert seen == {k for k in expected if k != "x"}
    assert view.current_record.index == 0
    np.testing.assert_allclose(view.array_view("dx").array, expected["x"], rtol=1e-10, atol=1e-14)
    # The worked ∂L/∂W of the chosen filter weight is the number shown for it.
    key, index = view.focus
    assert key == "grad.W"
    assert format_number(expected["layers.0.W"][index]) in view.panel.formula.text()


def test_pooling_marks_winners_and_routes_the_gradient_to_them(qtbot, view):
    net, x, t = simple_convnet()
    view.set_session(net, x, t)
    for _ in range(3):
        click(qtbot, view.controls.forward_button)
    record = view.current_record
    assert record.layer_type == "Pooling"
    winners = view.array_view("x").maps._winners
    assert len(winners) == record.out.size  # one winner per window (no padding here)
    for n, c, h, w in winners[:200]:
        window = record.x[n, c, h // 2 * 2:h // 2 * 2 + 2, w // 2 * 2:w // 2 * 2 + 2]
        assert record.x[n, c, h, w] == window.max()
        assert record.out[n, c, h // 2, w // 2] == window.max()
    view.run_to_end()
    pool_back = next(i for i, r in enumerate(view.stepper.records)
                     if r.kind == "backward" and r.layer_type == "Pooling")
    view.show_record(pool_back)
    dx = view.array_view("dx").array
    mask = np.zeros(dx.shape, bool)
    for k in view.array_view("dx").maps._winners:
        mask[k] = True
    assert np.all(dx[~mask] == 0)  # only the winners receive a gradient
    dout = view.stepper.records[pool_back].dout
    for n, c, h, w in view.array_view("dx").maps._winners:
        assert dx[n, c, h, w] == dout[n, c, h // 2, w // 2]  # δ of the window it won
    assert "∂L/∂x = δ" in view.panel.formula.text()
