"""The one safe writer: atomic, through symlinks, never over a device, FIFO or folder, normal
permissions, no temporary file left by a crash; check_writable answers before work starts."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest

from nnlab import Network, NetworkSpec
from nnlab.data.idx_write import write_idx
from nnlab.paths import resource
from nnlab.safe_write import SaveError, check_writable, keep_aside, write_bytes, write_file

NOBODY = 65534


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "model.npz"
    target.write_bytes(b"old")
    link = tmp_path / "link.npz"
    link.symlink_to(target)
    net = Network(NetworkSpec.from_json(resource("specs", "xor.nnlab.json")), seed=1)
    assert net.save(link) == target
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert Network.load(link).spec == net.spec and Network.load(target).spec == net.spec
    assert names(tmp_path / "real") == ["model.npz"]  # the temporary file was beside the target


@pytest.mark.parametrize("kind", ["fifo", "device", "folder", "link to a fifo"])
def test_what_is_not_an_ordinary_file_is_refused_and_left_alone(tmp_path, kind):
    path = tmp_path / "target"
    if kind in ("fifo", "link to a fifo"):
        os.mkfifo(tmp_path / "fifo")
        path = tmp_path / "fifo" if kind == "fifo" else path
        if kind == "link to a fifo":
            path.symlink_to(tmp_path / "fifo")
    elif kind == "device":
        try:  # a /dev/null-like node inside the test folder: /dev itself is never touched
            os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("creating a device node needs root")
    else:
        path.mkdir()
    before = {p.name: p.lstat().st_mode for p in tmp_path.iterdir()}
    for attempt in (lambda: write_bytes(path, b"x"), lambda: check_writable(path)):
        with pytest.raises(SaveError) as info:
            attempt()
        assert isinstance(info.value, OSError)  # callers catching OSError see it too
        assert ("folder" if kind == "folder" else "not an ordinary file") in str(info.value)
        assert info.value.message("ja") != info.value.message("en")
    assert {p.name: p.lstat().st_mode for p in tmp_path.iterdir()} == before


def test_new_files_get_0644_minus_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    old = os.umask(0o027)
    try:
        write_idx(tmp_path / "a-idx1-ubyte", np.arange(3, dtype=np.uint8))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a-idx1-ubyte").stat().st_mode) == 0o640
    (tmp_path / "b").write_bytes(b"old")
    (tmp_path / "b").chmod(0o600)
    write_bytes(tmp_path / "b", b"new")
    assert stat.S_IMODE((tmp_path / "b").stat().st_mode) == 0o600
    assert (tmp_path / "b").read_bytes() == b"new"


def test_an_interrupted_write_leaves_the_old_file_and_no_temporary(tmp_path):
    (tmp_path / "m.npz").write_bytes(b"old")

    def interrupted(stream):
        stream.write(b"half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_file(tmp_path / "m.npz", interrupted)
    assert names(tmp_path) == ["m.npz"] and (tmp_path / "m.npz").read_bytes() == b"old"


def test_temporary_files_of_a_crashed_writer_are_removed_on_the_next_write(tmp_path):
    # A writer that was killed: its process is gone and its file older than this process.
    dead = tmp_path / ".m.npz.nnlab-999999999-0a1b2c3d.tmp"
    legacy = tmp_path / "m.npz.x7_ab3kq.tmp"  # mkstemp's name in earlier versions
    alive = tmp_path / f".m.npz.nnlab-{os.getppid()}-0a1b2c3d.tmp"  # a live process: its own
    fresh = tmp_path / ".other.nnlab-999999999-ffffffff.tmp"  # newer than this process
    mine = tmp_path / "notes.tmp"  # not ours at all
    for path in (dead, legacy, alive, fresh, mine):
        path.write_bytes(b"x")
    an_hour_ago = time.time() - 3600
    for path in (dead, legacy, alive, mine):
        os.utime(path, (an_hour_ago, an_hour_ago))
    write_bytes(tmp_path / "m.npz", b"model")
    assert names(tmp_path) == sorted([alive.name, fresh.name, "m.npz", mine.name])


def test_check_writable_refuses_proc_and_a_missing_folder_before_any_work(tmp_path):
    with pytest.raises(SaveError, match="cannot be created"):
        check_writable("/proc/nnlab-test.npz")
    with pytest.raises(SaveError, match="folder does not exist"):
        check_writable(tmp_path / "no" / "m.npz")
    assert check_writable(tmp_path / "m.npz") == tmp_path / "m.npz"
    assert names(tmp_path) == []  # the probe file is gone


@pytest.fixture
def open_folder():
    """A temporary folder every user may enter (pytest's own is closed to all but its owner)."""
    folder = Path(tempfile.mkdtemp(prefix="nnlab-test-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


@contextlib.contextmanager
def unprivileged():
    """Run as nobody when root (root may write anywhere); as the user otherwise."""
    as_root = os.geteuid() == 0
    if as_root:
        os.seteuid(NOBODY)
    try:
        yield
    finally:
        if as_root:
            os.seteuid(0)


def test_check_writable_says_permission_denied_for_a_read_only_folder(open_folder):
    (open_folder / "ro").mkdir(mode=0o555)
    (open_folder / "ro").chmod(0o555)
    (open_folder / "rw").mkdir()
    (open_folder / "rw").chmod(0o777)
    with unprivileged():
        check_writable(open_folder / "rw" / "m.npz")  # the way there is open: only "ro" is shut
        with pytest.raises(SaveError, match="permission denied") as info:
            check_writable(open_folder / "ro" / "m.npz")
    assert "アクセス権" in info.value.message("ja")
    assert names(open_folder / "ro") == [] and names(open_folder / "rw") == []


def test_keep_aside_numbers_copies_and_never_replaces_one(tmp_path):
    for content in (b"one", b"two", b"three"):
        (tmp_path / "set").write_bytes(content)
        keep_aside(tmp_path / "set", "bad")
    assert names(tmp_path) == ["set.bad", "set.bad-2", "set.bad-3"]
    assert (tmp_path / "set.bad").read_bytes() == b"one"
    assert (tmp_path / "set.bad-3").read_bytes() == b"three"


def test_a_spec_is_saved_through_the_safe_writer(tmp_path):
    spec = NetworkSpec.from_json(resource("specs", "xor.nnlab.json"))
    os.mkfifo(tmp_path / "pipe.json")
    with pytest.raises(SaveError, match="not an ordinary file"):
        spec.to_json(tmp_path / "pipe.json")
    assert spec.to_json(tmp_path / "x.nnlab.json") == tmp_path / "x.nnlab.json"
    assert NetworkSpec.from_json(tmp_path / "x.nnlab.json") == spec
