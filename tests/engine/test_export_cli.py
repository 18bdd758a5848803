"""``python -m nnlab export``: files written where asked, weights found, one-line errors (exit 2)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from nnlab import Network, NetworkSpec
from nnlab.cli import main
from nnlab.paths import resource
from tests.engine.export_helpers import run_numpy_export, trained_looking

MLP = resource("specs", "mnist_mlp.nnlab.json")
XOR = resource("specs", "xor.nnlab.json")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_design_is_written_next_to_where_you_are(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "export", MLP, "--to", "pytorch")
    assert (code, err) == (0, "")
    written = tmp_path / "mnist_mlp_torch.py"
    assert out.strip() == ("wrote mnist_mlp_torch.py (PyTorch; no trained weights: it starts "
                           "from NN Lab's initialisation)")
    text = written.read_text(encoding="utf-8")
    assert "class MnistMlp(nn.Module):" in text and "NPZ_PATH = None" in text
    assert run(capsys, "export", MLP, "--to", "numpy")[0] == 0
    assert (tmp_path / "mnist_mlp_numpy.py").is_file()


def test_a_model_is_loaded_from_its_own_file_or_from_a_copy(capsys, tmp_path):
    net = trained_looking(NetworkSpec.from_json(XOR))
    model = tmp_path / "xor.npz"
    net.save(model)
    out_py = tmp_path / "code" / "xor_model.py"
    out_py.parent.mkdir()
    code, out, _ = run(capsys, "export", model, "--to", "numpy", "--out", out_py)
    assert code == 0 and f"weights from {model.resolve()}" in out
    assert f'NPZ_PATH = Path("{model.resolve()}")' in out_py.read_text(encoding="utf-8")

    copied = tmp_path / "code" / "xor_copy.py"
    code, out, _ = run(capsys, "export", model, "--to", "numpy", "--out", copied, "--copy-weights")
    assert code == 0 and "weights copied to" in out
    assert 'NPZ_PATH = Path(__file__).with_name("xor_copy.npz")' in copied.read_text(encoding="utf-8")
    assert (tmp_path / "code" / "xor_copy.npz").read_bytes() == model.read_bytes()
    model.unlink()  # the copy is what the file loads now
    x = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    result = run_numpy_export(copied, x, np.array([0.0, 1.0, 1.0, 0.0]), seed=0, tmp_path=tmp_path)
    np.testing.assert_allclose(result["y"], net.predict(x), atol=1e-12)


def test_the_training_settings_can_be_chosen(capsys):
    code, out, _ = run(capsys, "export", MLP, "--to", "pytorch", "--out", "-",
                       "--optimizer", "sgd", "--lr", "0.1")
    assert code == 0
    assert "optimizer = torch.optim.SGD(params, lr=0.1)" in out
    compile(out, "exported.py", "exec")


def test_the_bundled_model_exports_with_its_training_settings(capsys, tmp_path):
    code, _, _ = run(capsys, "export", resource("models", "mnist_default.npz"), "--to", "pytorch",
                     "--out", tmp_path / "default.py")
    assert code == 0
    text = (tmp_path / "default.py").read_text(encoding="utf-8")
    meta = Network.load(resource("models", "mnist_default.npz")).meta
    assert f"torch.optim.Adam(params, lr={meta['lr']!r}, eps=1e-7)" in text
    assert f"epochs={meta['epochs']}, batch_size={meta['batch_size']}" in text


def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path):
    bad_json = tmp_path / "bad.nnlab.json"
    bad_json.write_text("{not json", encoding="utf-8")
    invalid = tmp_path / "invalid.nnlab.json"
    invalid.write_text('{"input_shape": [3], "layers": [{"type": "Affine", "units": 0}, '
                       '{"type": "SoftmaxWithLoss"}]}', encoding="utf-8")
    not_model = tmp_path / "fake.npz"
    not_model.write_text("hello", encoding="utf-8")
    cases = [
        ((tmp_path / "missing.npz", "--to", "numpy"), "no such file"),
        ((tmp_path / "missing.nnlab.json", "--to", "numpy"), "no such file"),
        ((bad_json, "--to", "pytorch"), "not valid JSON"),
        ((invalid, "--to", "pytorch"), "layer 0"),
        ((not_model, "--to", "numpy"), "not an NN Lab model file"),
        ((XOR, "--to", "numpy", "--copy-weights"), "a design has no weights to copy"),
        ((XOR, "--to", "numpy", "--out", tmp_path / "nowhere" / "x.py"), "folder does not exist"),
        ((XOR, "--to", "numpy", "--out", tmp_path), "is a folder"),
        ((XOR, "--to", "tensorflow"), "invalid choice"),
        ((XOR,), "--to"),
    ]
    for argv, message in cases:
        code, out, err = run(capsys, "export", *argv)
        assert code == 2, argv
        assert out == "" and err.count("\n") == 1 and err.startswith("nnlab: "), err
        assert message in err, (argv, err)


def test_python_m_nnlab_export_runs(tmp_path):
    out = tmp_path / "xor.py"
    done = subprocess.run([sys.executable, "-m", "nnlab", "export", str(XOR), "--to", "numpy",
                           "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    ran = subprocess.run([sys.executable, str(out)], capture_output=True, text=True, timeout=120,
                         cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.count("[") >= 3  # the predictions for three made-up inputs



def test_a_model_knows_its_file_while_the_file_holds_its_weights(tmp_path):
    from nnlab.export import saved_file

    net = Network(NetworkSpec.from_json(XOR), seed=0)
    assert net.path is None and saved_file(net) is None  # in no file: the app writes the weights
    net.save(tmp_path / "a.npz")
    assert saved_file(net) == (tmp_path / "a.npz").resolve()
    loaded = Network.load(tmp_path / "a.npz")
    assert saved_file(loaded) == (tmp_path / "a.npz").resolve()
    assert loaded.copy().path is None
    loaded.params["layers.0.W"][0, 0] += 1  # changed since: the file no longer holds its weights
    assert saved_file(loaded) is None
    net.path.unlink()
    assert saved_file(net) is None


def test_a_model_in_no_file_gets_its_weights_written_next_to_the_code(tmp_path):
    from nnlab.export import export_to_file

    net = trained_looking(NetworkSpec.from_json(XOR))  # e.g. trained in the app, never saved
    done = export_to_file(net, "pytorch", tmp_path / "fresh.py")
    assert done.weights == tmp_path / "fresh.npz"
    np.testing.assert_array_equal(Network.load(done.weights).params["layers.0.W"],
                                  net.params["layers.0.W"])
    assert 'NPZ_PATH = Path(__file__).with_name("fresh.npz")' in done.code.read_text("utf-8")
