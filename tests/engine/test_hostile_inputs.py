"""Hostile inputs, one table for every format NN Lab reads: spec, model, IDX, image, CLI flags.

Every bad file is built here, in a temporary folder. The whole table runs through the real
command line (``nnlab.cli.main``) in one subprocess whose address space is limited to 1 GiB, so a
case that tries to allocate what its file claims fails loudly instead of passing. Each case must
end with exit status 2, nothing on stdout, exactly one line on stderr naming the problem, no
traceback, and every file of its folder exactly as it was (nothing replaced, no temporary file
left). Add a row for every new format or flag.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import hostile_files as H

ROOT = Path(__file__).resolve().parents[2]
MODEL = str(H.MODEL)
MLP = str(H.MLP)
MEMORY_LIMIT = 1 << 30


@dataclass(frozen=True)
class Case:
    id: str
    argv: Callable[[Path], list | None]  # builds the hostile files in the folder; None: skip
    expect: str                          # a fragment of the one-line message (case-insensitive)
    unprivileged: bool = False           # run as nobody when root (permission cases)


def unreadable(path: Path) -> Path:
    path.chmod(0)
    return path


def spec_case(key: str, expect: str, command: str = "train") -> Case:
    return Case(f"spec-{command}-{key}", lambda d: [command, H.spec_file(d, "s.json", H.SPECS[key]())],
                expect)


def model_case(key: str, build, expect: str, **kw) -> Case:
    return Case(f"model-{key}", lambda d: ["eval", build(d)], expect, **kw)


def idx_case(key: str, build, expect: str, **kw) -> Case:
    return Case(f"idx-{key}", lambda d: ["eval", MODEL, "--dataset", build(d)], expect, **kw)


def image_case(key: str, build, expect: str, **kw) -> Case:
    return Case(f"image-{key}", lambda d: ["predict", MODEL, build(d)], expect, **kw)


def flag_case(key: str, argv: list, expect: str) -> Case:
    return Case(f"flag-{key}", lambda d: argv, expect)


def out_case(key: str, target: Callable[[Path], Path | str | None], expect: str, **kw) -> Case:
    def argv(d: Path):
        path = target(d)
        return None if path is None else ["train", MLP, "--epochs", "1", "--out", path]
    return Case(f"out-{key}", argv, expect, **kw)


def read_only_folder(d: Path) -> Path:
    (d / "ro").mkdir()
    (d / "ro").chmod(0o555)
    return d / "ro" / "m.npz"


CASES = [
    *[spec_case(k, e) for k, e in [
        ("digits-5000", "5,000 digits"), ("duplicate-key", 'key "layers" appears twice'),
        ("latin-1", "not utf-8 text"), ("binary", "not a text file"),
        ("nested", "nested too deeply"), ("not-an-object", "must be a json object"),
        ("init-1e300", "standard deviation of 1e+300 is far too large"),
        ("units-1e999", "whole number"), ("wide-784-200000-10", "gib"),
        ("relu-100000", "at most 1,000 layers"), ("17-MB", "too large to be a network spec")]],
    *[spec_case(k, e, "gradcheck") for k, e in [
        ("digits-5000", "5,000 digits"), ("duplicate-key", "appears twice"),
        ("wide-784-200000-10", "gib")]],
    Case("spec-unreadable", lambda d: ["train", unreadable(H.spec_file(d, "s.json", "{}"))],
         "permission denied", unprivileged=True),
    Case("spec-fifo", lambda d: ["train", H.fifo(d)], "not an ordinary file"),
    model_case("header-claims-terabytes", H.model_claiming_terabytes, "has shape (784, 1200000000)"),
    model_case("spec-needs-terabytes", H.model_with_huge_spec, "spec is invalid"),
    model_case("zip-bomb", H.model_zip_bomb, "zip bomb"),
    model_case("extra-entry-bomb", H.model_extra_bomb, "unexpected entries junk"),
    model_case("python-objects", H.model_with_objects, "python objects"),
    model_case("complex-weights", H.model_with_complex, "not floating-point"),
    model_case("spec-digits-5000", H.model_spec_digits, "5,000 digits"),
    model_case("spec-17-MB", H.model_spec_17_mb, "not a text entry"),
    model_case("truncated", H.model_truncated, "not an nn lab model file"),
    model_case("single-npy", H.single_npy, "a single array"),
    model_case("folder", lambda d: d, "is a folder"),
    model_case("fifo", H.fifo, "not an ordinary file"),
    model_case("unreadable", lambda d: unreadable(shutil.copy(H.MODEL, d / "m.npz")),
               "permission denied", unprivileged=True),
    Case("model-predict-terabytes", lambda d: ["predict", H.model_claiming_terabytes(d), d / "x.png"],
         "has shape"),
    idx_case("gzip-bomb", H.gzip_bomb, "can honestly hold"),
    idx_case("gzip-lying-header", H.gzip_lying_header, "can honestly hold"),
    idx_case("raw-lying-header", lambda d: H.idx_folder(
        d, H.idx_header(8, (60_000, 28, 28)) + bytes(784), H.good_labels()), "truncated"),
    idx_case("bad-magic", lambda d: H.idx_folder(d, b"\x1f\x00\x08\x03" + bytes(20),
                                                 H.good_labels()), "bad magic number"),
    idx_case("label-12", lambda d: H.idx_folder(d, H.good_images(), H.good_labels(label=12)),
             "digits 0–9"),
    idx_case("count-mismatch", lambda d: H.idx_folder(d, H.good_images(3), H.good_labels(2)),
             "count mismatch"),
    idx_case("8x8-images", lambda d: H.idx_folder(d, H.idx_header(8, (3, 8, 8)) + bytes(192),
                                                  H.good_labels()), "n×28×28"),
    idx_case("fifo-images", lambda d: (H.fifo(d).rename(d / "t10k-images-idx3-ubyte"),
                                       (d / "t10k-labels-idx1-ubyte").write_bytes(H.good_labels()),
                                       d)[-1], "not an ordinary file"),
    idx_case("unreadable", lambda d: (H.idx_folder(d, H.good_images(), H.good_labels()),
                                      unreadable(d / "t10k-images-idx3-ubyte"), d)[-1],
             "permission denied", unprivileged=True),
    idx_case("missing-folder", lambda d: d / "nowhere", "folder not found"),
    image_case("10000x10000", H.huge_png, "pixels"),
    image_case("nan-tiff", H.nan_tiff, "nan or infinite"),
    image_case("text-as-png", lambda d: H.spec_file(d, "x.png", "hello"), "cannot read"),
    image_case("truncated-png", H.truncated_png, "cannot read"),
    image_case("fifo", H.fifo, "not an ordinary file"),
    image_case("unreadable", lambda d: unreadable(H.spec_file(d, "x.png", "x")),
               "permission denied", unprivileged=True),
    flag_case("seed-minus-1", ["train", MLP, "--seed", "-1"], "at least 0"),
    flag_case("seed-1.5", ["gradcheck", MLP, "--seed", "1.5"], "not a whole number"),
    flag_case("batch-size-1e8", ["train", MLP, "--batch-size", "100000000"], "larger than the"),
    flag_case("momentum-2", ["train", MLP, "--optimizer", "momentum", "--momentum", "2"], "below 1"),
    flag_case("tol-nan", ["gradcheck", MLP, "--tol", "nan"], "≥ 0"),
    flag_case("tol-minus-1", ["gradcheck", MLP, "--tol", "-1"], "≥ 0"),
    flag_case("epochs-0", ["train", MLP, "--epochs", "0"], "must be positive"),
    flag_case("lr-nan", ["train", MLP, "--lr", "nan"], "must be positive"),
    flag_case("lr-inf", ["train", MLP, "--lr", "inf"], "must be positive"),
    flag_case("weight-decay-minus-1", ["train", MLP, "--weight-decay", "-1"], "≥ 0"),
    flag_case("gradcheck-batch-1e8", ["gradcheck", MLP, "--batch", "100000000"], "gib"),
    Case("flag-train-on-a-test-set", lambda d: [
        "train", MLP, "--dataset", H.idx_folder(d, H.good_images(), H.good_labels())],
        "only a test set"),
    out_case("fifo", H.fifo, "not an ordinary file"),
    out_case("device", H.char_device, "not an ordinary file"),
    out_case("folder", lambda d: d, "is a folder"),
    out_case("proc", lambda d: "/proc/nnlab-test.npz", "cannot be created"),
    out_case("missing-folder", lambda d: d / "no" / "m.npz", "folder does not exist"),
    out_case("read-only-folder", read_only_folder, "permission denied", unprivileged=True),
]

RUNNER = r"""
import contextlib, io, json, os, resource, sys, traceback
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[1]), int(sys.argv[1])))
import PIL.Image, PIL.ImageOps, tqdm  # loaded before any case may drop privileges
PIL.Image.init()
from nnlab.cli import main
results = {}
for case in json.loads(sys.stdin.read()):
    out, err = io.StringIO(), io.StringIO()
    drop = case["unprivileged"] and os.geteuid() == 0
    if drop:
        os.seteuid(65534)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(case["argv"])
    except BaseException:
        code, err = None, io.StringIO(traceback.format_exc())
    finally:
        if drop:
            os.seteuid(0)
    results[case["id"]] = {"code": code, "out": out.getvalue(), "err": err.getvalue()}
results["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(results))
"""


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder``: its kind and mode, and a regular file's content hash."""
    found = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        digest = None
        if stat.S_ISREG(info.st_mode) and info.st_mode & 0o444:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        found[str(path.relative_to(folder))] = (stat.S_IFMT(info.st_mode), info.st_mode, digest)
    return found


@pytest.fixture(scope="module")
def outcomes():
    """Build every case's files, run the whole table once; {id: (result, before, after)}."""
    # A folder anyone may enter, so that the permission cases fail on the file, not on the way.
    base = Path(tempfile.mkdtemp(prefix="nnlab-hostile-"))
    base.chmod(0o755)
    try:
        jobs, folders = [], {}
        for case in CASES:
            folder = base / case.id
            folder.mkdir()
            folder.chmod(0o755)
            argv = case.argv(folder)
            if argv is None:
                continue
            folders[case.id] = (folder, snapshot(folder))
            jobs.append({"id": case.id, "argv": [str(a) for a in argv],
                         "unprivileged": case.unprivileged})
        done = subprocess.run([sys.executable, "-c", RUNNER, str(MEMORY_LIMIT)],
                              input=json.dumps(jobs), capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=600)
        assert done.returncode == 0, done.stderr[-3000:]
        results = json.loads(done.stdout)
        yield {cid: (results[cid], before, snapshot(folder))
               for cid, (folder, before) in folders.items()} | {"peak": results["peak_rss_kb"]}
    finally:
        for path in base.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_hostile_input_ends_in_one_line_and_exit_2(outcomes, case):
    if case.id not in outcomes:
        pytest.skip("this case needs root (a device node)")
    result, before, after = outcomes[case.id]
    err = result["err"]
    assert "Traceback" not in err, err
    assert result["code"] == 2, err
    assert result["out"] == ""
    assert err.startswith("nnlab: ") and err.count("\n") == 1, err
    assert case.expect.lower() in err.lower(), err
    assert after == before  # nothing replaced, created or left behind


def test_the_whole_table_ran_in_under_1_gib(outcomes):
    assert outcomes["peak"] < 1024 * 1024
