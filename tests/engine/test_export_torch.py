"""``nnlab export --to pytorch``: an nn.Module that computes what NN Lab computes.

The code always compiles and imports torch and numpy only; where torch is installed (the
optional ``[torch]`` extra) the module is built and checked against NN Lab: predictions,
gradients, BatchNorm's running statistics and the training loop's optimizer step.
"""

from __future__ import annotations

import ast

import numpy as np
import pytest

from nnlab import Network
from nnlab.export import TORCH_LAYERS, export_code, export_to_file
from nnlab.export.torch_train import TORCH_HEADS
from nnlab.optimizers import make_optimizer
from nnlab.registry import REGISTRY
from tests.engine.export_helpers import (
    batch,
    design,
    designs,
    every_flat_layer,
    import_file,
    ruff_problems,
    trained_looking,
)


def exported(spec_or_net, tmp_path, name="exported", **kwargs):
    """(module, path) of the PyTorch export of a design, or of a network saved to a model file."""
    if isinstance(spec_or_net, Network):
        model = tmp_path / f"{name}.npz"
        spec_or_net.save(model)
        kwargs.setdefault("model_path", model)
    path = export_to_file(spec_or_net, "pytorch", tmp_path / f"{name}.py", **kwargs).code
    return path


def test_every_layer_type_has_an_entry():
    assert set(REGISTRY.names) <= set(TORCH_LAYERS) | set(TORCH_HEADS)


@pytest.mark.parametrize("spec", designs())
def test_the_code_compiles_and_imports_torch_and_numpy_only(spec, tmp_path):
    path = exported(trained_looking(spec), tmp_path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    compile(tree, str(path), "exec")
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= {"numpy", "torch", "pathlib"}
    assert ruff_problems(path, exported(spec, tmp_path, "design")) == ""


@pytest.mark.parametrize("spec", designs())
def test_load_model_predicts_as_nn_lab_in_float32_and_float64(spec, tmp_path):
    torch = pytest.importorskip("torch")
    net = trained_looking(spec, dtype="float32")
    module = import_file(exported(net, tmp_path))
    x, _ = batch(net, n=9)
    model = module.load_model()  # the model file it was exported from, float32, eval mode
    assert not model.training
    got = module.predict(model, torch.from_numpy(x.astype(np.float32))).numpy()
    np.testing.assert_allclose(got, net.predict(x), rtol=0, atol=1e-5)
    if spec.layers[-1].type == "SoftmaxWithLoss":  # the contract: softmax of the module's output
        logits = model(torch.from_numpy(x.astype(np.float32)))
        np.testing.assert_allclose(torch.softmax(logits, 1).detach().numpy(), net.predict(x),
                                   rtol=0, atol=1e-5)
    model64 = module.load_model(dtype=torch.float64)
    got = module.predict(model64, torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(got, net.astype("float64").predict(x), rtol=0, atol=1e-6)


@pytest.mark.parametrize("spec", designs())
def test_an_exported_design_starts_from_nn_labs_initial_weights(spec, tmp_path):
    torch = pytest.importorskip("torch")
    module = import_file(exported(spec, tmp_path))
    net = Network(spec, seed=2, dtype="float64")
    x, _ = batch(net)
    model = module.load_model(dtype=torch.float64, seed=2)
    np.testing.assert_allclose(module.predict(model, torch.from_numpy(x)).numpy(), net.predict(x),
                               rtol=0, atol=1e-6)


def torch_grads(module, model, x, t, spec) -> dict[str, np.ndarray]:
    """NN Lab's names for the gradients of the exported module after one training-mode pass."""
    torch = pytest.importorskip("torch")
    model.train()
    loss_fn = {"SoftmaxWithLoss": torch.nn.CrossEntropyLoss(),
               "SigmoidWithLoss": getattr(module, "sigmoid_cross_entropy", None),
               "IdentityWithLoss": getattr(module, "sum_squared_error", None)}[spec.layers[-1].type]
    if loss_fn is None:
        loss_fn = torch.nn.BCEWithLogitsLoss()
    target = torch.from_numpy(t)
    loss = loss_fn(model(torch.from_numpy(x)), target if t.dtype.kind == "i" else target.double())
    loss.backward()
    names = {"weight": "W", "bias": "b"}
    grads = {}
    for i, layer in enumerate(model.layers):
        for attr, param in layer.named_parameters():
            is_bn = isinstance(layer, torch.nn.BatchNorm1d)
            name = {"weight": "gamma", "bias": "beta"}[attr] if is_bn else names[attr]
            g = np.zeros(param.shape) if param.grad is None else param.grad.numpy()
            grads[f"layers.{i}.{name}"] = g.T if isinstance(layer, torch.nn.Linear) and attr == "weight" else g
    return grads


@pytest.mark.parametrize("spec", [p for p in designs() if p.values[0] is None or not any(
    layer.type == "Dropout" for layer in p.values[0].layers)] + [  # Dropout's masks are torch's
    pytest.param(every_flat_layer(head, k, step=False, dropout=False), id=f"every-but-dropout-{k}")
    for head, k in (("SoftmaxWithLoss", 4), ("SigmoidWithLoss", 3), ("IdentityWithLoss", 2))])
def test_training_mode_gradients_are_nn_labs(spec, tmp_path):
    torch = pytest.importorskip("torch")
    net = trained_looking(spec)
    module = import_file(exported(net, tmp_path))
    model = module.load_model(dtype=torch.float64)
    x, t = batch(net)
    got = torch_grads(module, model, x, t, spec)
    expected = net.gradient(x, t)
    assert sorted(got) == sorted(expected)
    for key, value in expected.items():
        np.testing.assert_allclose(got[key], value, rtol=0, atol=1e-6, err_msg=key)


def test_batchnorm_keeps_nn_labs_running_statistics(tmp_path):
    torch = pytest.importorskip("torch")
    spec = design("bn", [4], [{"type": "Affine", "units": 5}, {"type": "BatchNorm", "momentum": 0.7},
                              {"type": "Affine", "units": 2}, {"type": "IdentityWithLoss"}])
    net = trained_looking(spec)
    module = import_file(exported(net, tmp_path))
    model = module.load_model(dtype=torch.float64)
    x, _ = batch(net, n=6)
    model.train()
    model(torch.from_numpy(x))
    net.forward(x, train=True)
    bn = model.layers[1]
    np.testing.assert_allclose(bn.running_mean.numpy(), net.buffers["layers.1.running_mean"], atol=1e-12)
    np.testing.assert_allclose(bn.running_var.numpy(), net.buffers["layers.1.running_var"], atol=1e-12)
    assert bn.eps == pytest.approx(1e-6)


def test_dropout_is_the_books(tmp_path):
    torch = pytest.importorskip("torch")
    spec = design("drop", [50], [{"type": "Dropout", "ratio": 0.3}, {"type": "Affine", "units": 2},
                                 {"type": "SoftmaxWithLoss"}])
    module = import_file(exported(spec, tmp_path))
    dropout = module.load_model(dtype=torch.float64).layers[0]
    x = torch.from_numpy(np.random.default_rng(0).uniform(1, 2, (40, 50)))
    np.testing.assert_allclose(dropout(x).numpy(), 0.7 * x.numpy())  # eval: scaled by 1 − ratio
    dropout.train()
    z = dropout(x).numpy()
    kept = z != 0
    np.testing.assert_allclose(z[kept], x.numpy()[kept], rtol=1e-12)  # training: not rescaled
    assert 0.6 < kept.mean() < 0.8


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adagrad", "rmsprop", "adam"])
def test_the_training_loop_takes_nn_labs_step(optimizer, tmp_path):
    """train() over one full batch moves every parameter as NN Lab's optimizer does (weight decay
    on the Ws only; BatchNorm in training mode)."""
    torch = pytest.importorskip("torch")
    spec = design("step", [5], [{"type": "Affine", "units": 6}, {"type": "BatchNorm"},
                                {"type": "Tanh"}, {"type": "Affine", "units": 3},
                                {"type": "SoftmaxWithLoss"}])
    net = trained_looking(spec)
    net.meta = {"optimizer": optimizer, "lr": 0.05, "weight_decay": 0.1}
    module = import_file(exported(net, tmp_path))
    model = module.load_model(dtype=torch.float64)
    x, t = batch(net, n=8)
    steps = 1 if optimizer == "adam" else 2
    module.train(model, torch.from_numpy(x), torch.from_numpy(t), epochs=steps, batch_size=8)
    opt = make_optimizer(optimizer, 0.05, weight_decay=0.1)
    smallest = {}
    for _ in range(steps):
        grads = net.gradient(x, t)
        for key, g in grads.items():
            g = g + 0.1 * net.params[key] if key.endswith(".W") else g
            smallest[key] = np.minimum(smallest.get(key, np.inf), np.abs(g))
        opt.update(net.params, grads)
    state = {k: v.numpy() for k, v in model.state_dict().items()}
    for ours, theirs, transposed in (("layers.0.weight", "layers.0.W", True),
                                     ("layers.1.weight", "layers.1.gamma", False),
                                     ("layers.3.weight", "layers.3.W", True),
                                     ("layers.3.bias", "layers.3.b", False)):
        expected = net.params[theirs].T if transposed else net.params[theirs]
        tol = 1e-9
        if optimizer == "adam":
            # NN Lab adds ε to √v, PyTorch to √v/√(1 − β₂ᵗ) (the code says so): the first step
            # is η·g/(|g| + ε/√(1 − β₂)) against η·g/(|g| + ε), at most η·3.2e-6/|g| apart.
            g = smallest[theirs].T if transposed else smallest[theirs]
            tol = 1.01 * 0.05 * 1e-7 / np.sqrt(1 - 0.999) / g + 1e-12
        assert np.all(np.abs(state[ours] - expected) <= tol), ours
    np.testing.assert_allclose(state["layers.1.running_var"], net.buffers["layers.1.running_var"],
                               atol=1e-9)


def test_the_code_says_where_nn_lab_differs():
    code = export_code(every_flat_layer("SoftmaxWithLoss", 4), "pytorch")
    assert "class BookDropout(nn.Dropout):" in code and "BookDropout(p=0.3)" in code
    assert "BookBatchNorm1d(8, eps=10e-7, momentum=1 - 0.8)" in code
    assert "nn.LeakyReLU(negative_slope=0.2)" in code and "class Step(nn.Module):" in code
    assert "torch.optim.Adam(params, lr=0.001, eps=1e-7)" in code
    assert "nn.CrossEntropyLoss()" in code and "weight = NN Lab's Wᵀ" in code
    assert ".T))" in code  # Affine's W is copied transposed
    nesterov = Network(every_flat_layer("SoftmaxWithLoss", 4))
    nesterov.meta = {"optimizer": "nesterov", "lr": 0.2}
    text = export_code(nesterov, "pytorch")
    assert "nesterov=True" in text and "Not exactly NN Lab's" in text


def test_a_regression_head_keeps_nn_labs_loss():
    code = export_code(every_flat_layer("IdentityWithLoss", 2), "pytorch")
    assert "loss_fn = sum_squared_error" in code and "def sum_squared_error(y, t):" in code
    one = export_code(every_flat_layer("SigmoidWithLoss", 1), "pytorch")
    assert "nn.BCEWithLogitsLoss()" in one and "sigmoid_cross_entropy" not in one
