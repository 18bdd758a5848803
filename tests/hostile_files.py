"""Builders of hostile files for tests/engine/test_hostile_inputs.py: each writes one bad file
into a folder and returns its path. Nothing hostile is committed; every file is made on the fly."""

from __future__ import annotations

import gzip
import io
import json
import os
import stat
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image

from nnlab.data.idx_write import idx_bytes
from nnlab.paths import resource

MLP = resource("specs", "mnist_mlp.nnlab.json")
MODEL = resource("models", "mnist_default.npz")


def spec_text(layers, input_shape=(784,)) -> str:
    return json.dumps({"format": "nnlab.network/1", "name": "hostile",
                       "input_shape": list(input_shape), "layers": layers})


def mlp_layers(hidden: int = 100) -> list[dict]:
    return [{"type": "Affine", "units": hidden}, {"type": "ReLU"},
            {"type": "Affine", "units": 10}, {"type": "SoftmaxWithLoss"}]


# ---- specs -----------------------------------------------------------------------------------

def spec_file(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


SPECS = {
    "digits-5000": lambda: spec_text(mlp_layers()).replace('"units": 100', '"units": ' + "1" * 5000),
    "duplicate-key": lambda: spec_text(mlp_layers()).replace('"name"', '"layers": [], "name"', 1),
    "latin-1": lambda: spec_text(mlp_layers()).replace("hostile", "café").encode("latin-1"),
    "binary": lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "nested": lambda: "[" * 100_000 + "]" * 100_000,
    "not-an-object": lambda: "[1, 2, 3]",
    "init-1e300": lambda: spec_text([{"type": "Affine", "units": 100, "init": 1e300},
                                     *mlp_layers()[1:]]),
    "units-1e999": lambda: spec_text(mlp_layers()).replace('"units": 100', '"units": 1e999'),
    "wide-784-200000-10": lambda: spec_text(mlp_layers(200_000)),
    "relu-100000": lambda: spec_text([{"type": "Affine", "units": 100},
                                      *[{"type": "ReLU"}] * 100_000,
                                      {"type": "Affine", "units": 10}, {"type": "SoftmaxWithLoss"}]),
    "17-MB": lambda: spec_text(mlp_layers()) + " " * (17 << 20),
}


# ---- models ----------------------------------------------------------------------------------

def npy_bytes(array: np.ndarray) -> bytes:
    out = io.BytesIO()
    np.save(out, array, allow_pickle=True)
    return out.getvalue()


def npy_header_claiming(shape: tuple[int, ...], dtype: str = "<f4") -> bytes:
    """A .npy header for ``shape`` followed by only a few bytes of data."""
    out = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        out, {"descr": dtype, "fortran_order": False, "shape": shape})
    return out.getvalue() + b"\0" * 64


def model_members(spec: str | None = None) -> dict[str, bytes]:
    """The members of a real model file (the bundled default model), spec replaceable."""
    with np.load(MODEL) as f:
        members = {k: npy_bytes(f[k]) for k in f.files}
    if spec is not None:
        members["spec"] = npy_bytes(np.array(spec))
    return members


def write_zip(path: Path, members: dict[str, bytes], compressed: bool = False) -> Path:
    method = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", method) as z:
        for key, data in members.items():
            z.writestr(key + ".npy", data)
    return path


def model_claiming_terabytes(folder: Path) -> Path:
    """layers.0.W's header claims 784 × 1.2e9 float32 values (3.4 TiB) in a few bytes."""
    members = model_members()
    members["layers.0.W"] = npy_header_claiming((784, 1_200_000_000))
    return write_zip(folder / "terabytes.npz", members)


def model_with_huge_spec(folder: Path) -> Path:
    """A spec whose layer needs 3.6 TiB: refused by the size budget before any weight is read."""
    members = model_members(spec_text(mlp_layers(1_200_000_000)))
    members["layers.0.W"] = npy_header_claiming((784, 1_200_000_000))
    return write_zip(folder / "huge-spec.npz", members)


def model_zip_bomb(folder: Path) -> Path:
    """784-5000-10 of zeros, deflated 1000:1: the right shapes, but no real model compresses so."""
    spec = spec_text(mlp_layers(5000))
    members = {"spec": npy_bytes(np.array(spec)), "meta": npy_bytes(np.array("{}")),
               "layers.0.W": npy_bytes(np.zeros((784, 5000), np.float32)),
               "layers.0.b": npy_bytes(np.zeros(5000, np.float32)),
               "layers.2.W": npy_bytes(np.zeros((5000, 10), np.float32)),
               "layers.2.b": npy_bytes(np.zeros(10, np.float32))}
    return write_zip(folder / "bomb.npz", members, compressed=True)


def model_extra_bomb(folder: Path) -> Path:
    """A real model plus an entry that is not in its spec, 16 MB of zeros deflated."""
    members = model_members()
    members["junk"] = npy_bytes(np.zeros(4 << 20, np.float32))
    return write_zip(folder / "extra.npz", members, compressed=True)


def model_with_objects(folder: Path) -> Path:
    members = model_members()
    members["layers.0.b"] = npy_bytes(np.array([{"pickle": 1}] * 100, dtype=object))
    return write_zip(folder / "objects.npz", members)


def model_with_complex(folder: Path) -> Path:
    members = model_members()
    with np.load(MODEL) as f:
        members["layers.0.b"] = npy_bytes(f["layers.0.b"].astype(np.complex64))
    return write_zip(folder / "complex.npz", members)


def model_spec_digits(folder: Path) -> Path:
    return write_zip(folder / "digits.npz", model_members(SPECS["digits-5000"]()))


def model_spec_17_mb(folder: Path) -> Path:
    return write_zip(folder / "long-spec.npz", model_members(SPECS["17-MB"]()))


def model_truncated(folder: Path) -> Path:
    data = MODEL.read_bytes()
    path = folder / "cut.npz"
    path.write_bytes(data[: len(data) // 2])
    return path


def single_npy(folder: Path) -> Path:
    path = folder / "array.npz"
    path.write_bytes(npy_bytes(np.zeros(3)))
    return path


# ---- IDX ---------------------------------------------------------------------------------------

def idx_folder(folder: Path, images: bytes, labels: bytes, gz: bool = False) -> Path:
    """A dataset folder holding only the test pair (an evaluation set)."""
    suffix = ".gz" if gz else ""
    (folder / f"t10k-images-idx3-ubyte{suffix}").write_bytes(images)
    (folder / f"t10k-labels-idx1-ubyte{suffix}").write_bytes(labels)
    return folder


def idx_header(code: int, dims: tuple[int, ...]) -> bytes:
    return bytes([0, 0, code, len(dims)]) + np.asarray(dims, ">u4").tobytes()


def good_images(n: int = 3) -> bytes:
    return idx_bytes(np.zeros((n, 28, 28), np.uint8))


def good_labels(n: int = 3, label: int = 1) -> bytes:
    return idx_bytes(np.full(n, label, np.uint8))


def gzip_bomb(folder: Path) -> Path:
    """31 MB of zero pixels, gzip-compressed about 1000:1 (a bigger bomb is refused the same way)."""
    n = 40_000
    images = gzip.compress(idx_header(8, (n, 28, 28)) + bytes(n * 784), 9)
    return idx_folder(folder, images, gzip.compress(good_labels(n)), gz=True)


def gzip_lying_header(folder: Path) -> Path:
    """A 100-byte gzip file whose header promises 4 billion images."""
    images = gzip.compress(idx_header(8, (4_000_000_000, 28, 28)) + bytes(10))
    return idx_folder(folder, images, gzip.compress(good_labels()), gz=True)


# ---- images ------------------------------------------------------------------------------------

def huge_png(folder: Path) -> Path:
    path = folder / "huge.png"
    Image.new("1", (10_000, 10_000)).save(path, optimize=False)
    return path


def nan_tiff(folder: Path) -> Path:
    path = folder / "nan.tiff"
    Image.fromarray(np.full((40, 40), np.nan, np.float32), "F").save(path)
    return path


def truncated_png(folder: Path) -> Path:
    out = io.BytesIO()
    Image.new("L", (64, 64), 200).save(out, "PNG")
    path = folder / "cut.png"
    path.write_bytes(out.getvalue()[:60])
    return path


# ---- places that must not be replaced --------------------------------------------------------

def fifo(folder: Path) -> Path:
    path = folder / "fifo"
    os.mkfifo(path)
    return path


def char_device(folder: Path) -> Path | None:
    """A /dev/null-like device node inside the test folder (root only; None otherwise)."""
    path = folder / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        return None
    return path
