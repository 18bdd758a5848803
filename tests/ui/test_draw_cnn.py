"""The Draw tab with a CNN: the bundled CNN is the default when it is shipped (the MLP stays a
choice in the model bar), a drawing is read by the CNN, and "inside" shows its feature maps."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from drawn_digits import DIGITS, Placement, draw_digit

from nnlab.inside import look_inside
from nnlab.network import Network
from nnlab.paths import resource
from nnlab.spec import NetworkSpec
from ui.context import AppContext
from ui.draw import model_bar
from ui.draw.draw_tab import DrawTab


@pytest.fixture
def cnn_path(tmp_path):
    """SimpleConvNet (seeded weights) saved as a model file, as the bundled CNN would be."""
    net = Network(NetworkSpec.from_json(resource("specs", "simple_convnet.nnlab.json")), seed=0)
    path = tmp_path / "mnist_cnn.npz"
    net.save(path, meta={"dataset": "mnist", "epochs": 0})
    return path


@pytest.fixture
def models_dir(tmp_path, cnn_path, monkeypatch):
    """A resources/models folder holding the CNN and the MLP."""
    folder = tmp_path / "models"
    folder.mkdir()
    shutil.copy(cnn_path, folder / "mnist_cnn.npz")
    mlp = resource("models", "mnist_default.npz")
    if mlp.is_file():
        shutil.copy(mlp, folder / "mnist_default.npz")
    monkeypatch.setattr(model_bar, "resource", lambda *parts: folder.joinpath(*parts[1:]))
    return folder


def make_tab(qtbot) -> DrawTab:
    tab = DrawTab(AppContext())
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_bundled_cnn_is_the_default_and_the_mlp_stays_selectable(qtbot, models_dir):
    tab = make_tab(qtbot)
    assert tab.use_bundled_model()
    assert tab.model_path == models_dir / "mnist_cnn.npz"
    assert tab.network.spec.layers[0].type == "Convolution"
    if (models_dir / "mnist_default.npz").is_file():
        actions = tab.model_bar.bundled_menu.actions()
        assert [a.data() for a in actions] == ["cnn", "mlp"]
        assert tab.model_bar.bundled_button.menu() is tab.model_bar.bundled_menu
        actions[1].trigger()
        assert tab.model_path == models_dir / "mnist_default.npz"
        assert tab.network.spec.layers[0].type == "Affine"
        assert not tab.inside_view.has_feature_maps()
        actions[0].trigger()
        assert tab.network.spec.layers[0].type == "Convolution"


def test_a_drawing_is_read_by_the_cnn_with_its_feature_maps(qtbot, cnn_path):
    tab = make_tab(qtbot)
    assert tab.open_model_file(cnn_path)
    draw_digit(tab.canvas, DIGITS[7][0], Placement(size=0.75, cx=0.5, cy=0.5))
    image = tab.steps.centred
    expected = Network.load(cnn_path).predict(image.reshape(1, 1, 28, 28))[0]
    np.testing.assert_allclose(tab.prediction.chart.probabilities, expected, rtol=1e-5, atol=1e-7)
    assert tab.predicted_digit() == int(expected.argmax())
    view = tab.inside_view
    assert view.has_feature_maps() and view.maps.isVisible()
    assert view.maps.map_count() == 30
    inside = look_inside(Network.load(cnn_path), image)
    assert inside.shapes[0] == (30, 24, 24)
    np.testing.assert_allclose(view.maps._a[0], inside.activations[0].reshape(30, 24, 24), rtol=1e-5,
                               atol=1e-6)
