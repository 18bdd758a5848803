"""The CLI keeps a run's work: Ctrl-C once saves what was trained, twice aborts; a save that fails
at the end is rescued; a Ctrl-C during start-up is one line. Real processes, real signals: each
test reads the process's output to know when to act (no sleeps)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np

from nnlab import Network
from nnlab.cli import main
from nnlab.data.idx_write import write_idx
from nnlab.paths import resource

ROOT = Path(__file__).resolve().parents[2]
MLP = str(resource("specs", "mnist_mlp.nnlab.json"))
MODEL = resource("models", "mnist_default.npz")


def start(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "nnlab", *map(str, args)], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_the_first_ctrl_c_stops_after_the_batch_and_saves_what_was_trained(tmp_path):
    out = tmp_path / "m.npz"
    run = start("train", MLP, "--train-subset", "2000", "--epochs", "1000", "--json", "--out", out)
    first = json.loads(run.stdout.readline())  # the first progress line: epoch 1 is done
    assert first["event"] == "epoch" and first["epoch"] == 1
    run.send_signal(signal.SIGINT)
    stdout, stderr = run.communicate(timeout=120)
    assert run.returncode == 130, stderr
    lines = stderr.splitlines()
    assert lines[0] == "nnlab: stopping after this batch (Ctrl-C again to abort)"
    assert len(lines) == 2 and lines[1].startswith("nnlab: stopped by Ctrl-C at epoch ")
    assert f"saved the model trained so far to {out}" in lines[1] and "Traceback" not in stderr
    stopped = json.loads(stdout.splitlines()[-1])
    assert stopped["event"] == "stopped" and stopped["out"] == str(out)
    net = Network.load(out)
    where = net.meta["stopped"]
    assert (where["epoch"], where["batch"]) == (stopped["epoch"], stopped["batch"])
    assert where["epoch"] >= 2 and where["batches_per_epoch"] == 20
    assert net.meta["epochs"] == where["epoch"] - 1 and net.meta["test_acc"] == stopped["test_acc"]
    assert stopped["test_acc"] > 0.5  # the model trained so far, not a fresh one
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]


def test_a_second_ctrl_c_aborts_without_saving(tmp_path):
    out = tmp_path / "m.npz"
    out.write_bytes(b"the previous model")
    # One batch of 60,000 images takes about a second: long enough for a second Ctrl-C to
    # arrive while it runs, after the first one was answered.
    run = start("train", MLP, "--batch-size", "60000", "--epochs", "1000", "--json", "--out", out)
    assert json.loads(run.stdout.readline())["epoch"] == 1
    run.send_signal(signal.SIGINT)
    assert run.stderr.readline() == "nnlab: stopping after this batch (Ctrl-C again to abort)\n"
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 130
    assert stderr == "nnlab: aborted by a second Ctrl-C; nothing was saved\n"
    assert out.read_bytes() == b"the previous model"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]


def test_ctrl_c_while_numpy_loads_is_one_line(tmp_path):
    """A SIGINT delivered during the start-up imports (as soon as numpy is looked for)."""
    code = ("import os, signal, sys, runpy\n"
            "class Interrupt:\n"
            "    def find_spec(self, name, path=None, target=None):\n"
            "        if name == 'numpy':\n"
            "            os.kill(os.getpid(), signal.SIGINT)\n"
            "        return None\n"
            "sys.meta_path.insert(0, Interrupt())\n"
            "sys.argv = ['nnlab', 'train', sys.argv[1]]\n"
            "runpy.run_module('nnlab', run_name='__main__', alter_sys=True)\n")
    done = subprocess.run([sys.executable, "-c", code, MLP], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.returncode == 130
    assert done.stderr == "nnlab: interrupted\n" and done.stdout == ""


def test_a_save_that_fails_at_the_end_is_rescued_into_the_data_folder(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    data = tmp_path / "data"
    run = start("train", MLP, "--train-subset", "1000", "--epochs", "8", "--json",
                "--out", folder / "m.npz", env={"NNLAB_DATA_DIR": str(data)})
    assert json.loads(run.stdout.readline())["epoch"] == 1
    shutil.rmtree(folder)  # the output folder disappears during the run (an unplugged disk)
    stdout, stderr = run.communicate(timeout=120)
    assert run.returncode == 1
    (rescued,) = (data / "rescued-models").iterdir()
    assert rescued.name.startswith("m-") and rescued.suffix == ".npz"
    assert stderr.count("\n") == 1 and "folder does not exist" in stderr
    assert f"the model was saved to {rescued} instead" in stderr
    assert json.loads(stdout.splitlines()[-1])["out"] == str(rescued)
    assert Network.load(rescued).meta["epochs"] == 8


def test_a_folder_of_only_a_test_pair_is_an_evaluation_set(tmp_path, capsys):
    """What My digits exports: t10k-* files and nothing else."""
    from nnlab import load_mnist

    _, (x, t) = load_mnist(dtype="uint8")
    write_idx(tmp_path / "t10k-images-idx3-ubyte", x[:300].reshape(-1, 28, 28))
    write_idx(tmp_path / "t10k-labels-idx1-ubyte", t[:300].astype(np.uint8))
    assert main(["eval", str(MODEL), "--dataset", str(tmp_path), "--json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["n_test"] == 300 and row["test_acc"] > 0.9
    (x_train, t_train), (x_test, _) = load_mnist(tmp_path)
    assert x_train.shape == (0, 784) and t_train.shape == (0,) and x_test.shape == (300, 784)
