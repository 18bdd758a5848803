"""``nnlab export --to numpy``: a standalone book-style file that computes what NN Lab computes.

Each exported file runs in a fresh Python process from another folder, with its own default
NPZ_PATH, and must import neither nnlab nor torch.
"""

from __future__ import annotations

import ast

import numpy as np
import pytest

from nnlab import Network
from nnlab.export import NUMPY_LAYERS, ExportError, export_code, export_to_file
from nnlab.registry import REGISTRY
from tests.engine.export_helpers import (
    batch,
    design,
    designs,
    every_flat_layer,
    ruff_problems,
    run_numpy_export,
    trained_looking,
)
from tests.made_up_layer import softplus_registry


def shared_dropout_rng(net: Network, seed: int) -> None:
    """NN Lab's Dropout layers draw from one generator, as the exported file's do."""
    rng = np.random.default_rng(seed)
    for layer in net.layers:
        if hasattr(layer, "ratio"):
            layer.rng = rng


def assert_same(result: dict, net: Network, x, t) -> None:
    expected_y = net.predict(x)
    np.testing.assert_allclose(result["y"], expected_y, rtol=0, atol=1e-6)
    grads = net.gradient(x, t)
    got = {k.removeprefix("grad/"): v for k, v in result.items() if k.startswith("grad/")}
    assert sorted(got) == sorted(grads)
    for key, value in grads.items():
        np.testing.assert_allclose(got[key], value, rtol=0, atol=1e-6, err_msg=key)
    assert str(result["foreign"]) == ""


@pytest.mark.parametrize("spec", designs())
def test_an_exported_model_predicts_and_differentiates_as_nn_lab(spec, tmp_path):
    net = trained_looking(spec)
    model = tmp_path / "model.npz"
    net.save(model)
    code = export_to_file(net, "numpy", tmp_path / "exported.py", model_path=model).code
    x, t = batch(net)
    result = run_numpy_export(code, x, t, seed=5, tmp_path=tmp_path)
    shared_dropout_rng(net, 5)
    assert_same(result, net, x, t)


@pytest.mark.parametrize("spec", designs())
def test_an_exported_design_starts_from_nn_labs_initial_weights(spec, tmp_path):
    code = export_to_file(spec, "numpy", tmp_path / "design.py").code
    assert "NPZ_PATH = None" in code.read_text(encoding="utf-8")
    net = Network(spec, seed=3, dtype="float64")
    init = {k: v.copy() for k, v in {**net.params, **net.buffers}.items()}
    x, t = batch(net)
    result = run_numpy_export(code, x, t, seed=3, tmp_path=tmp_path)
    for key, value in init.items():
        np.testing.assert_array_equal(result[f"init/{key}"], value, err_msg=key)
    # Dropout's masks come from the generator after the weights, in NN Lab and in the file.
    assert_same(result, net, x, t)


def test_exported_files_pass_ruff_and_import_numpy_only(tmp_path):
    paths = []
    for i, param in enumerate(designs()):
        spec = param.values[0]
        if spec is None:
            continue
        net = trained_looking(spec)
        net.save(tmp_path / f"m{i}.npz")
        paths.append(export_to_file(net, "numpy", tmp_path / f"model_{i}.py",
                                    model_path=tmp_path / f"m{i}.npz").code)
        paths.append(export_to_file(spec, "numpy", tmp_path / f"design_{i}.py").code)
    assert ruff_problems(*paths) == ""
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                    if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                     if isinstance(node, ast.ImportFrom)}
        assert imported <= {"numpy", "pathlib"}, (path.name, imported)


def test_the_file_reads_like_the_book():
    code = export_code(every_flat_layer("SoftmaxWithLoss", 4), "numpy")
    for name in ("class Affine:", "class Relu:", "class BatchNorm:", "class Dropout:",
                 "class SoftmaxWithLoss:", "def backward(self, dout):", "def predict(self, x):",
                 "def gradient(self, x, t):", "def load_network(npz_path=NPZ_PATH",
                 "self.last_layer = SoftmaxWithLoss()", "class Adam:"):
        assert name in code, name
    # Only the classes the design uses are copied in.
    assert "class Convolution" not in code and "def im2col" not in code
    assert "IdentityWithLoss" not in code


def test_the_training_loop_uses_the_models_optimizer_and_trains(tmp_path):
    spec = design("learns", [6], [{"type": "Affine", "units": 16}, {"type": "BatchNorm"},
                                  {"type": "ReLU"}, {"type": "Dropout", "ratio": 0.1},
                                  {"type": "Affine", "units": 3}, {"type": "SoftmaxWithLoss"}])
    net = trained_looking(spec)
    net.meta = {"optimizer": "momentum", "lr": 0.05, "batch_size": 8, "epochs": 2,
                "weight_decay": 0.01}
    net.save(tmp_path / "m.npz")
    code = export_to_file(net, "numpy", tmp_path / "m_numpy.py", model_path=tmp_path / "m.npz")
    text = code.code.read_text(encoding="utf-8")
    assert "optimizer = Momentum(lr=0.05, momentum=0.9)" in text
    assert "epochs=2, batch_size=8" in text and "0.01 * network.params[key]" in text
    namespace: dict = {"__file__": str(code.code), "__name__": "exported"}
    exec(compile(text, str(code.code), "exec"), namespace)
    network = namespace["load_network"]()
    rng = np.random.default_rng(0)
    x = rng.standard_normal((64, 6))
    t = (x[:, 0] > 0).astype(int) + (x[:, 1] > 0)
    before = network.loss(x, t)
    namespace["train"](network, x, t, epochs=20)
    assert network.loss(x, t) < 0.5 * before


def test_each_optimizer_is_nn_labs(tmp_path):
    """One update of the exported optimizer class equals one of nnlab.optimizers'."""
    from nnlab.export.snippets import snippet
    from nnlab.optimizers import make_optimizer

    rng = np.random.default_rng(0)
    for name, cls in (("sgd", "SGD"), ("momentum", "Momentum"), ("nesterov", "Nesterov"),
                      ("adagrad", "AdaGrad"), ("rmsprop", "RMSprop"), ("adam", "Adam")):
        namespace: dict = {"np": np}
        exec(snippet("numpy_optimizers", cls), namespace)
        ours, theirs = namespace[cls](lr=0.1), make_optimizer(name, 0.1)
        p1 = {"layers.0.W": rng.standard_normal((3, 2))}
        p2 = {k: v.copy() for k, v in p1.items()}
        for _ in range(3):
            g = {"layers.0.W": rng.standard_normal((3, 2))}
            ours.update(p1, g)
            theirs.update(p2, g)
        np.testing.assert_allclose(p1["layers.0.W"], p2["layers.0.W"], rtol=1e-12, err_msg=name)


def test_every_layer_type_has_an_entry():
    assert set(REGISTRY.names) <= set(NUMPY_LAYERS)


def test_a_layer_type_without_an_entry_is_a_clear_error():
    from nnlab import NetworkSpec

    spec = NetworkSpec.from_dict({"format": "nnlab.network/1", "name": "s", "input_shape": [3],
                                  "layers": [{"type": "Affine", "units": 4}, {"type": "Softplus"},
                                             {"type": "Affine", "units": 2},
                                             {"type": "SoftmaxWithLoss"}]})
    net = Network(spec, registry=softplus_registry())
    with pytest.raises(ExportError) as error:
        export_code(net, "numpy")
    assert "layer 1 (Softplus)" in error.value.en and "Softplus" in error.value.ja


def test_an_invalid_design_is_a_clear_error_in_both_languages():
    spec = every_flat_layer("SoftmaxWithLoss", 1)  # softmax over one output
    with pytest.raises(ExportError) as error:
        export_code(spec, "numpy")
    assert "cannot be exported" in error.value.en and "layer 13" in error.value.en
    assert "エクスポートできません" in error.value.ja
