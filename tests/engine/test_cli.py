"""python -m nnlab train | eval | predict | gradcheck | bench: JSON for scripts, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from nnlab import Network, load_mnist
from nnlab.cli import main
from nnlab.paths import resource

ROOT = Path(__file__).resolve().parents[2]
MLP = str(resource("specs", "mnist_mlp.nnlab.json"))
DEFAULT_MODEL = resource("models", "mnist_default.npz")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def mnist():
    return load_mnist(dtype="uint8", flatten=False)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A model from `train --train-subset 2000 --epochs 1 --threads 1 --json`."""
    out = tmp_path_factory.mktemp("model") / "m.npz"
    code = main(["train", MLP, "--train-subset", "2000", "--epochs", "1", "--threads", "1",
                 "--json", "--out", str(out)])
    assert code == 0
    return out


@pytest.fixture(scope="module")
def tiny_mnist(tmp_path_factory, mnist):
    """A folder in MNIST's IDX format holding 600 training and 200 test images."""
    folder = tmp_path_factory.mktemp("tiny-mnist")
    (x, t), (xt, tt) = mnist
    for split, images, labels in (("train", x[:600], t[:600]), ("t10k", xt[:200], tt[:200])):
        images = images.reshape(-1, 28, 28)
        header = bytes([0, 0, 8, 3]) + np.array(images.shape, ">u4").tobytes()
        (folder / f"{split}-images-idx3-ubyte").write_bytes(header + images.tobytes())
        header = bytes([0, 0, 8, 1]) + np.array([len(labels)], ">u4").tobytes()
        labels = labels.astype(np.uint8).tobytes()
        (folder / f"{split}-labels-idx1-ubyte").write_bytes(header + labels)
    return folder


def test_train_json_prints_an_epoch_line_and_a_summary_and_saves_the_model(capsys, tmp_path):
    out = tmp_path / "m.npz"
    code, stdout, err = run(capsys, "train", MLP, "--train-subset", "2000", "--epochs", "2",
                            "--json", "--out", out, "--seed", "3")
    assert code == 0, err
    lines = json_lines(stdout)
    assert [line["event"] for line in lines] == ["epoch", "epoch", "finished"]
    for i, line in enumerate(lines[:2], start=1):
        assert line["epoch"] == i
        assert {"loss", "train_acc", "test_acc", "seconds", "samples_per_s"} <= set(line)
        assert 0.5 < line["test_acc"] <= 1 and line["loss"] > 0
    summary = lines[-1]
    assert summary["test_acc"] == lines[1]["test_acc"] and summary["out"] == str(out)
    assert 0 < summary["peak_rss_mb"] < 1000

    net = Network.load(out)
    assert net.meta["dataset"] == "mnist" and net.meta["epochs"] == 2
    assert net.meta["accuracy"] == net.meta["test_acc"] == summary["test_acc"]
    assert net.meta["created"]
    assert net.meta["command"] == (f"python -m nnlab train {MLP} --train-subset 2000 --epochs 2 "
                                   f"--json --out {out} --seed 3")


def test_eval_reports_the_accuracy_the_training_ended_with(capsys, trained):
    meta = Network.load(trained).meta
    code, stdout, _ = run(capsys, "eval", trained, "--json")
    assert code == 0
    (row,) = json_lines(stdout)
    assert row["n_test"] == 10_000 and row["test_acc"] == meta["test_acc"]
    code, stdout, _ = run(capsys, "eval", trained)
    assert code == 0 and f"{100 * meta['test_acc']:.2f}%" in stdout


def test_eval_and_train_on_a_dataset_folder(capsys, trained, tiny_mnist, tmp_path):
    code, stdout, _ = run(capsys, "eval", trained, "--dataset", tiny_mnist, "--json")
    assert code == 0 and json_lines(stdout)[0]["n_test"] == 200
    code, stdout, _ = run(capsys, "train", MLP, "--dataset", tiny_mnist, "--epochs", "1", "--json",
                          "--optimizer", "momentum", "--momentum", "0.8", "--lr", "0.05",
                          "--augment", "--weight-decay", "1e-4")
    assert code == 0
    assert json_lines(stdout)[-1]["event"] == "finished"


def test_a_learning_rate_that_makes_the_loss_grow_fails_with_the_reason(capsys, tmp_path):
    """Issue 17: --lr 1e6 used to end with loss 6.8e5, 12.7 %, exit 0 and a saved model."""
    out = tmp_path / "m.npz"
    code, stdout, err = run(capsys, "train", MLP, "--lr", "1e6", "--train-subset", "1000",
                            "--epochs", "3", "--out", out)
    assert code == 1 and not out.exists()
    assert err.startswith("nnlab: training failed (epoch 1, step ") and err.count("\n") == 1
    assert "too high" in err and "The model was not saved." in err
    assert "Adam usually trains with 0.0001 to 0.01" in err and "try 0.001" in err
    assert stdout.count("epoch 1/3") == 1 and "epoch 2/3" not in stdout  # stopped after epoch 1

    code, stdout, err = run(capsys, "train", MLP, "--lr", "1e6", "--train-subset", "1000",
                            "--epochs", "1", "--json")
    assert code == 1
    *epochs, failure = json_lines(stdout)
    assert [e["event"] for e in epochs] == ["epoch"]
    assert failure["event"] == "loss_growing" and failure["suggested_lr"] == 0.001
    assert failure["loss"] > 2 * failure["first_loss"] and "too high" in failure["message"]


def test_relu_units_killed_by_the_learning_rate_are_named(capsys):
    code, stdout, err = run(capsys, "train", MLP, "--optimizer", "sgd", "--lr", "10",
                            "--train-subset", "5000", "--batch-size", "50", "--epochs", "2",
                            "--json")
    assert code == 1 and err.count("\n") == 1
    assert "Every unit of layer 1 (ReLU) outputs 0" in err and "e.g. 1" in err
    failure = json_lines(stdout)[-1]
    assert failure["event"] == "dead_units" and failure["layer"] == 1
    assert failure["epoch"] == 1 and failure["suggested_lr"] == 1.0
    assert "epoch" not in [line["event"] for line in json_lines(stdout)]  # stopped at once


def digit_png(path: Path, image28: np.ndarray, paper: bool = True) -> Path:
    """An MNIST digit drawn 10× larger, dark ink on white paper (as a scan would be)."""
    big = Image.fromarray(image28).resize((280, 280), Image.BILINEAR)
    if paper:
        big = Image.eval(big, lambda v: 255 - v).convert("RGB")
    big.save(path)
    return path


def test_predict_reads_images_like_the_draw_tab(capsys, tmp_path, mnist):
    _, (xt, tt) = mnist
    picks = [0, 1, 2, 3, 4]
    paths = [digit_png(tmp_path / f"d{i}.png", xt[i, 0], paper=i % 2 == 0) for i in picks]
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(blank)
    code, stdout, err = run(capsys, "predict", DEFAULT_MODEL, *paths, blank, "--json")
    assert code == 0, err
    rows = json_lines(stdout)
    assert [r["image"] for r in rows] == [str(p) for p in paths] + [str(blank)]
    for row, i in zip(rows, picks):
        assert not row["empty"]
        assert row["label"] == tt[i]
        assert row["probability"] == pytest.approx(max(row["probabilities"]), abs=1e-6)
        assert sum(row["probabilities"]) == pytest.approx(1, abs=1e-4)
    assert rows[-1]["empty"] and rows[-1]["label"] is None

    code, stdout, _ = run(capsys, "predict", DEFAULT_MODEL, paths[0], "--top", "2")
    assert code == 0 and stdout.startswith(f"{paths[0]}: {tt[0]}  ")


def test_the_default_model_is_accurate_and_documents_its_recipe(capsys):
    net = Network.load(DEFAULT_MODEL)
    assert net.meta["test_acc"] >= 0.98 and net.meta["dataset"] == "mnist"
    assert net.meta["command"].startswith("python -m nnlab train ")
    assert net.meta["command"] in (resource("models", "README.md")).read_text(encoding="utf-8")
    code, stdout, _ = run(capsys, "eval", DEFAULT_MODEL, "--json")
    assert code == 0 and json_lines(stdout)[0]["test_acc"] == net.meta["test_acc"]


def test_gradcheck_json(capsys):
    spec = resource("specs", "three_layer.nnlab.json")
    code, stdout, _ = run(capsys, "gradcheck", spec, "--json")
    assert code == 0
    row = json.loads(stdout)
    assert row["ok"] is True and row["max_relative_error"] < row["tolerance"]
    assert row["params"]["layers.0.W"]["checked"] == row["params"]["layers.0.W"]["size"] == 6


def test_gradcheck_samples_large_tensors_and_says_how_many_entries(capsys):
    spec = resource("specs", "mnist_deep.nnlab.json")
    code, stdout, _ = run(capsys, "gradcheck", spec)
    assert code == 0 and "OK" in stdout
    assert "30 of 200,704" in stdout and "10 of 10" in stdout and "--all" in stdout
    code, stdout, _ = run(capsys, "gradcheck", spec, "--json")
    row = json.loads(stdout)
    assert row["ok"] and row["sample"] == 30
    assert row["params"]["layers.0.W"] == {**row["params"]["layers.0.W"], "checked": 30,
                                           "size": 784 * 256}


def test_gradcheck_all_checks_every_entry(capsys):
    code, stdout, _ = run(capsys, "gradcheck", resource("specs", "xor.nnlab.json"), "--all",
                          "--json")
    row = json.loads(stdout)
    assert code == 0 and row["sample"] is None
    assert all(p["checked"] == p["size"] for p in row["params"].values())


def test_bench_json_one_line_per_network(capsys, tiny_mnist):
    code, stdout, _ = run(capsys, "bench", "--dataset", tiny_mnist, "--repeats", "1", "--json")
    assert code == 0
    rows = json_lines(stdout)
    assert [r["arch"] for r in rows] == ["784-100-10", "784-256-128-10", "SimpleConvNet"]
    assert all(r["samples_per_s"] > 0 and 0 <= r["test_acc"] <= 1 for r in rows)


def test_bench_one_network(capsys, tiny_mnist):
    code, stdout, _ = run(capsys, "bench", "--dataset", tiny_mnist, "--repeats", "1", "--json",
                          "--net", "SimpleConvNet")
    assert code == 0 and [r["arch"] for r in json_lines(stdout)] == ["SimpleConvNet"]


def bad_model(tmp_path: Path) -> Path:
    path = tmp_path / "broken.npz"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    return path


def regression_spec(tmp_path: Path) -> Path:
    path = tmp_path / "xy.nnlab.json"
    path.write_text(json.dumps({"format": "nnlab.network/1", "input_shape": [2], "layers": [
        {"type": "Affine", "units": 1}, {"type": "IdentityWithLoss"}]}))
    return path


@pytest.mark.parametrize("argv, expected", [
    (lambda p: ["train", p / "missing.nnlab.json"], "no such file"),
    (lambda p: ["train", p], "is a folder"),
    (lambda p: ["train", regression_spec(p)], "28×28"),
    (lambda p: ["train", MLP, "--epochs", "0"], "must be positive"),
    (lambda p: ["train", MLP, "--lr", "fast"], "not a number"),
    (lambda p: ["train", MLP, "--threads", "0"], "must be positive"),
    (lambda p: ["train", MLP, "--out", p / "no" / "such" / "m.npz"], "folder does not exist"),
    (lambda p: ["train", MLP, "--momentum", "0.9"], "--momentum"),
    (lambda p: ["train", MLP, "--dataset", p / "nowhere"], "folder not found"),
    (lambda p: ["eval", bad_model(p)], "not an NN Lab model file"),
    (lambda p: ["eval", p / "missing.npz"], "no such file"),
    (lambda p: ["predict", DEFAULT_MODEL, p / "missing.png"], "not found"),
    (lambda p: ["predict", bad_model(p), p / "x.png"], "not an NN Lab model file"),
    (lambda p: ["gradcheck", p / "missing.nnlab.json"], "no such file"),
    (lambda p: ["frobnicate"], "invalid choice"),
])
def test_user_errors_print_one_line_and_exit_2(capsys, tmp_path, argv, expected):
    code, stdout, err = run(capsys, *argv(tmp_path))
    assert code == 2
    assert stdout == ""
    assert err.startswith("nnlab: ") and err.count("\n") == 1, err
    assert expected in err


def test_a_missing_argument_is_one_line_and_help_is_not_an_error(capsys):
    code, _, err = run(capsys, "train")
    assert code == 2 and err.count("\n") == 1 and "spec" in err
    code, stdout, _ = run(capsys, "train", "--help")
    assert code == 0 and "--augment" in stdout


def test_python_m_nnlab_train_runs_from_the_checkout(tmp_path):
    """The README's command, as a fresh clone runs it (a subset keeps the test fast)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "nnlab", "train", "resources/specs/mnist_mlp.nnlab.json",
         "--epochs", "1", "--train-subset", "1000", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = json_lines(done.stdout)
    assert lines[0]["epoch"] == 1 and lines[-1]["event"] == "finished"
    assert done.stderr == ""  # no progress bar when stderr is not a terminal
