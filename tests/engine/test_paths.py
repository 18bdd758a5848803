"""Where NN Lab keeps the learner's data: one folder named "NN Lab", not "NNLab/NN Lab"."""

from __future__ import annotations

import sys

import pytest

from nnlab.paths import data_dir


def test_nnlab_data_dir_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "mine"))
    assert data_dir() == tmp_path / "mine"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG is the Linux convention")
def test_the_folder_is_nn_lab_in_xdg_data_home_once(monkeypatch, tmp_path):
    monkeypatch.delenv("NNLAB_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert data_dir() == tmp_path / "NN Lab"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/is/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert data_dir() == tmp_path / "home" / ".local" / "share" / "NN Lab"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG is the Linux convention")
def test_the_folder_of_earlier_versions_is_moved_once(monkeypatch, tmp_path):
    monkeypatch.delenv("NNLAB_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    old = tmp_path / "NNLab" / "NN Lab" / "my_digits"
    old.mkdir(parents=True)
    (old / "t10k-labels-idx1-ubyte").write_bytes(b"kept")
    folder = data_dir()
    assert (folder / "my_digits" / "t10k-labels-idx1-ubyte").read_bytes() == b"kept"
    assert not (tmp_path / "NNLab").exists()
    (tmp_path / "NNLab" / "NN Lab").mkdir(parents=True)  # an old version ran again: left alone
    assert data_dir() == folder and (tmp_path / "NNLab" / "NN Lab").is_dir()
