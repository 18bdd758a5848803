"""File → Export: the design, or the Train tab's model, as PyTorch or NumPy code that runs.

Only the save dialog is replaced (it would wait for a person); the export itself is the engine's.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import numpy as np
import pytest
from designer_helpers import DialogRecorder
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nnlab import Network, NetworkSpec
from nnlab.paths import resource
from ui.app import create_window
from ui.i18n import set_language


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    set_language("en")


@pytest.fixture
def save_dialog(monkeypatch):
    """Answers the save dialog with ``answer.path``; records what it was asked."""
    class Answer:
        path = ""
        asked: list[tuple[str, str]] = []

    def fake(parent, title, suggested, filters, *args, **kwargs):
        Answer.asked.append((title, suggested))
        return Answer.path, filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return Answer


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", DialogRecorder(QMessageBox.StandardButton.Discard))
    w = create_window(["--lang", "en", "--tab", "designer"])
    qtbot.addWidget(w)
    return w


def export_action(window, target: str):
    """The File menu's Export submenu, and in it the action for ``target``, as a user finds them."""
    submenu = next(a.menu() for a in window.file_menu.actions() if a.menu() is not None
                   and a.menu().objectName() == "exportMenu")
    submenu.aboutToShow.emit()  # what opening the menu does: the texts follow the tab
    name = {"pytorch": "exportPyTorchAction", "numpy": "exportNumPyAction"}[target]
    return next(a for a in submenu.actions() if a.objectName() == name)

def run(path, tmp_path) -> str:
    done = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_design_exports_as_pytorch_and_runs(window, save_dialog, tmp_path, qtbot):
    window.open_path(str(resource("specs", "mnist_mlp.nnlab.json")))
    action = export_action(window, "pytorch")
    assert action.text() == "Design as &PyTorch…"
    save_dialog.path = str(tmp_path / "my_net")  # no suffix typed: .py is added
    action.trigger()
    written = tmp_path / "my_net.py"
    assert written.is_file()
    assert save_dialog.asked[-1][0] == "Export as PyTorch"
    assert save_dialog.asked[-1][1].endswith("mnist_mlp_torch.py")
    text = written.read_text(encoding="utf-8")
    assert "class MnistMlp(nn.Module):" in text and "NPZ_PATH = None" in text
    compile(text, str(written), "exec")  # valid Python even where torch is not installed
    if importlib.util.find_spec("torch") is None:
        pytest.skip("torch is not installed (pip install -e '.[torch]'): the code was written, not run")
    assert "tensor(" in run(written, tmp_path)  # predictions of NN Lab's initial weights
    assert window.statusBar().currentMessage() == (
        "Exported my_net.py (PyTorch); it starts from NN Lab's initial weights.")


def test_the_train_tabs_model_exports_with_its_weights(window, save_dialog, tmp_path):
    net = Network(NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json")), seed=4)
    model = tmp_path / "trained.npz"
    net.save(model)
    assert window.tabs["train"].open_model(model)
    window.set_current_tab("train")
    action = export_action(window, "numpy")
    assert action.text() == "Trained Model as &NumPy…"
    window.export_menu.copy_action.setChecked(True)
    save_dialog.path = str(tmp_path / "out" / "digits.py")
    (tmp_path / "out").mkdir()
    action.trigger()
    code, weights = tmp_path / "out" / "digits.py", tmp_path / "out" / "digits.npz"
    assert code.is_file() and weights.is_file()
    assert window.statusBar().currentMessage() == (
        "Exported digits.py (NumPy) with its weights in digits.npz.")
    model.unlink()  # the code loads the copy next to it
    out = run(code, tmp_path)
    x = np.random.default_rng(1).random((3, 784))  # what the file's own __main__ predicts
    first = net.astype("float64").predict(x)[0]
    printed = [float(v) for v in out.replace("[", " ").replace("]", " ").split()[:10]]
    np.testing.assert_allclose(printed, first, rtol=1e-6)


def test_without_the_option_the_code_loads_the_models_own_file(window, save_dialog, tmp_path):
    model = tmp_path / "xor.npz"
    Network(NetworkSpec.from_json(resource("specs", "xor.nnlab.json")), seed=1).save(model)
    window.tabs["train"].open_model(model)
    window.set_current_tab("train")
    window.export_menu.copy_action.setChecked(False)
    save_dialog.path = str(tmp_path / "xor_torch.py")
    export_action(window, "pytorch").trigger()
    assert not (tmp_path / "xor_torch.npz").exists()
    assert f'NPZ_PATH = Path("{model.resolve()}")' in (tmp_path / "xor_torch.py").read_text()
    assert "it loads the weights from" in window.statusBar().currentMessage()


def test_no_model_on_the_train_tab_is_said_and_asks_nothing(window, save_dialog, monkeypatch):
    info = DialogRecorder()
    monkeypatch.setattr(QMessageBox, "information", info)
    window.set_current_tab("train")
    export_action(window, "pytorch").trigger()
    assert len(info.calls) == 1 and "no trained model yet" in info.calls[0][1]
    assert save_dialog.asked == []


def test_a_design_with_problems_says_why(window, save_dialog, tmp_path, monkeypatch):
    errors = DialogRecorder()
    monkeypatch.setattr(QMessageBox, "critical", errors)
    window.designer.model.load_spec(NetworkSpec.from_dict(
        {"format": "nnlab.network/1", "name": "broken", "input_shape": [4],
         "layers": [{"type": "Affine", "units": 3}]}))  # no output layer
    save_dialog.path = str(tmp_path / "broken.py")
    export_action(window, "numpy").trigger()
    assert len(errors.calls) == 1 and "cannot be exported" in errors.calls[0][1]
    assert not (tmp_path / "broken.py").exists()


def test_the_menu_speaks_japanese(window, save_dialog, tmp_path, monkeypatch):
    set_language("ja")
    assert window.export_menu.title() == "エクスポート(&X)"
    action = export_action(window, "pytorch")
    assert action.text() == "デザインを PyTorch のコードに(&P)…"
    errors = DialogRecorder()
    monkeypatch.setattr(QMessageBox, "critical", errors)
    window.designer.model.load_spec(NetworkSpec.from_dict(
        {"format": "nnlab.network/1", "name": "b", "input_shape": [4], "layers": []}))
    save_dialog.path = str(tmp_path / "b.py")
    action.trigger()
    assert errors.calls[0][0] == "エクスポートできませんでした"
    assert "エクスポートできません" in errors.calls[0][1]
