"""Image-shaped designs through every engine path: MNIST as (N, 1, 28, 28) views, training with
augmentation, evaluation, the stepper, the Draw tab's look inside, predict, gradcheck (CLI,
sampled and every entry), and the freezing of pieces that makes a check of a CNN meaningful."""

import io
import json
import subprocess
import sys

import numpy as np
import pytest

from nnlab import Network, NetworkSpec, gradient_check, load_mnist
from nnlab.evaluation import evaluate, evaluate_classes
from nnlab.inside import look_inside
from nnlab.paths import resource
from nnlab.stepper import Stepper
from nnlab.trainer import TrainConfig, Trainer


@pytest.fixture(scope="module")
def mnist():
    return load_mnist(dtype="uint8")


def simple_convnet(dtype="float32", seed=0):
    return Network(NetworkSpec.from_json(resource("specs", "simple_convnet.nnlab.json")), seed=seed,
                   dtype=dtype)


def tiny_cnn():
    return NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "tiny", "input_shape": [1, 28, 28],
        "layers": [{"type": "Convolution", "filters": 4, "size": 4, "stride": 2, "pad": 1},
                   {"type": "ReLU"}, {"type": "Pooling", "size": 2, "stride": 2},
                   {"type": "Flatten"}, {"type": "Affine", "units": 10}, {"type": "SoftmaxWithLoss"}]})


def test_mnist_feeds_an_image_design_as_a_view_and_trains_with_augmentation(mnist):
    (x, t), (xt, tt) = mnist
    net = Network(tiny_cnn(), seed=0)
    trainer = Trainer(net, (x[:2000], t[:2000]), (xt[:500], tt[:500]),
                      TrainConfig(epochs=2, batch_size=50, lr=0.005, augment=True,
                                  evaluate_train=False))
    assert trainer.x_train.shape == (2000, 1, 28, 28)
    assert np.shares_memory(trainer.x_train, x)  # a reshape, not a copy of the data set
    events = list(trainer.run())
    assert events[-1].test_acc > 0.7  # 2,000 images, 2 epochs: far above chance (0.1)
    _, accuracy = evaluate(net, xt[:500], tt[:500])
    assert accuracy == pytest.approx(events[-1].test_acc)
    classes = evaluate_classes(net, xt[:500], tt[:500])  # the Train tab's confusion and mistakes
    assert classes.confusion.sum() == 500 and classes.wrong_images.shape[1:] == (28, 28)


def test_stepping_simplecovnet_backward_shows_network_gradient(mnist):
    _, (xt, tt) = mnist
    net = simple_convnet("float64", seed=1)
    reference = net.copy()
    image = xt[0].reshape(1, 28, 28) / 255.0
    stepper = Stepper(net, image, tt[0])
    stepper.run_to_end()
    grads = reference.gradient(image[np.newaxis], tt[:1])
    shown = {f"layers.{r.index}.{k}": v for r in stepper.records if r.kind == "backward"
             for k, v in r.grads.items()}
    assert set(shown) == set(grads)
    for key in grads:
        np.testing.assert_allclose(shown[key], grads[key], rtol=1e-12, atol=1e-15)
    conv = next(r for r in stepper.records if r.kind == "forward" and r.index == 0)
    pool = next(r for r in stepper.records if r.kind == "forward" and r.index == 2)
    assert conv.kept["col"].shape == (24 * 24, 25) and pool.kept["arg_max"].shape == (1, 30, 12, 12)
    checks = stepper.numerical_check(0, sample=20)
    assert max(err for _, _, err in checks.values()) < 1e-6


def test_look_inside_and_predict_read_a_drawing_with_a_cnn(tmp_path):
    net = simple_convnet()
    image = np.zeros((28, 28), np.float32)
    image[6:22, 13:16] = 1.0  # a "1"
    inside = look_inside(net, image)
    assert inside.shapes[0] == (30, 24, 24) and inside.activations[0].size == 30 * 24 * 24
    assert inside.saliency.shape == (28, 28) and np.isclose(inside.probabilities.sum(), 1)
    model = tmp_path / "cnn.npz"
    net.save(model)
    from PIL import Image

    picture = tmp_path / "one.png"
    Image.fromarray((image * 255).astype(np.uint8)).resize((140, 140)).save(picture)
    out = subprocess.run([sys.executable, "-m", "nnlab", "predict", str(model), str(picture), "--json"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["label"] in range(10)


def test_gradcheck_cli_passes_on_simpleconvnet_sampled():
    out = subprocess.run([sys.executable, "-m", "nnlab", "gradcheck",
                          str(resource("specs", "simple_convnet.nnlab.json")), "--json"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    report = json.loads(out.stdout)
    assert report["ok"] and report["sample"] == 30
    assert report["params"]["layers.0.W"]["checked"] == 30 and report["params"]["layers.0.W"]["size"] == 750


def test_gradcheck_cli_checks_every_entry_of_a_small_cnn(tmp_path):
    spec = tmp_path / "small.nnlab.json"
    spec.write_text(json.dumps({
        "format": "nnlab.network/1", "name": "small", "input_shape": [2, 8, 8],
        "layers": [{"type": "Convolution", "filters": 3, "size": 3, "pad": 1},
                   {"type": "ReLU"}, {"type": "Pooling", "size": 2, "stride": 2},
                   {"type": "Convolution", "filters": 2, "size": 2, "stride": 2},
                   {"type": "Flatten"}, {"type": "Affine", "units": 3}, {"type": "SoftmaxWithLoss"}]}))
    out = subprocess.run([sys.executable, "-m", "nnlab", "gradcheck", str(spec), "--all", "--json"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    report = json.loads(out.stdout)
    assert report["params"]["layers.0.W"]["checked"] == 54 and report["ok"]


def test_frozen_pieces_let_a_check_straddle_a_pooling_tie():
    """Two values of a window 1e-6 apart: a step of h = 1e-4 swaps the winner and the central
    difference straddles the corner; frozen, the check differentiates the winner backprop used."""
    spec = NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "tie", "input_shape": [1, 2, 2],
        "layers": [{"type": "Pooling", "size": 2, "stride": 2}, {"type": "Flatten"},
                   {"type": "Affine", "units": 2}, {"type": "SoftmaxWithLoss"}]})
    net = Network(spec, dtype="float64")
    net.params["layers.2.W"][...] = [[1.0, -1.0]]
    x = np.array([[[[0.5, 0.5 + 1e-6], [0.1, 0.2]]]])
    result = gradient_check(net, x, np.array([0]), check_input=True, sample=None)
    assert result.max_relative_error < 1e-8
    assert net.layers[0].frozen is None  # released afterwards
    pool = net.layers[0]
    pool.forward(x)
    np.testing.assert_array_equal(pool.arg_max, [[[[1]]]])


def test_a_model_file_whose_filters_do_not_match_its_spec_is_refused_before_reading(tmp_path):
    """A CNN model whose W was saved as (30, 1, 5, 5) but whose spec says 20 filters."""
    import zipfile

    from nnlab.model_file import ModelFileError

    net = simple_convnet()
    path = net.save(tmp_path / "cnn.npz")
    loaded = Network.load(path)
    np.testing.assert_array_equal(loaded.params["layers.0.W"], net.params["layers.0.W"])
    spec = json.loads(net.spec.dumps())
    spec["layers"][0]["filters"] = 20
    bad = tmp_path / "bad.npz"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "spec.npy":
                buffer = io.BytesIO()
                np.save(buffer, np.array(json.dumps(spec)))
                data = buffer.getvalue()
            dst.writestr(item, data)
    with pytest.raises(ModelFileError) as e:
        Network.load(bad)
    assert "layers.0.W has shape (30, 1, 5, 5) but the spec needs (20, 1, 5, 5)" in str(e.value.en)
