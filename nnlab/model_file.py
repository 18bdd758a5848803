"""The model file (.npz) read with every check made before any array is read.

A model file is a zip archive of ``.npy`` members (design.md §2): ``spec`` (the JSON text),
``meta`` (JSON) and ``layers.<i>.<name>`` for every parameter and buffer. Reading trusts
nothing the file says about itself::

    open the zip (its directory only)            missing, unreadable, not a zip: say which
    read each member's .npy header (≤ 10 kB)     shape, dtype, and how many bytes it claims
    spec and meta: 0-d text, at most 16 MiB      then the spec is validated (size budget too)
    every parameter and buffer of that spec:     present, nothing else present, the spec's
                                                 shape, floating point, as many bytes in the
                                                 archive as the header claims, compressed at
                                                 most MAX_RATIO : 1 (zip bombs)
    only then read the data, convert it to the network's dtype, check it is finite

so a 7 kB file whose header claims terabytes, or a zip bomb that unpacks to gigabytes, is
refused in milliseconds with one message. Weights stored as float16, long double or big-endian
are converted to the network's dtype (float64 when every weight was stored with at least 8 bytes,
else float32), never computed in the stored type.
"""

from __future__ import annotations

import json
import math
import zipfile
from pathlib import Path
from typing import IO, Any

import numpy as np

from .errors import NNLabError, not_a_file
from .spec import NetworkSpec, SpecError

#: A member unpacking to more than this many bytes per stored byte is refused (weights, being
#: noise, do not compress at all; NN Lab stores them uncompressed).
MAX_RATIO = 200
#: Below this size a member's compression ratio does not matter.
RATIO_FREE_BYTES = 1 << 20
#: The spec and meta texts (a spec of 1,000 layers is about 50 kB).
MAX_TEXT_BYTES = 16 << 20
_NPY_MAGIC = b"\x93NUMPY"


class ModelFileError(NNLabError):
    """A model file that cannot be loaded: missing, truncated, foreign, or not matching its spec."""

    def __init__(self, name: str, en: str, ja: str):
        super().__init__(f"{name}: {en}", f"{name}: {ja}")


class _Member:
    """One ``.npy`` member's header: what it claims, before its data is read."""

    def __init__(self, info: zipfile.ZipInfo, shape: tuple[int, ...], dtype: np.dtype,
                 data_offset: int):
        self.info, self.shape, self.dtype = info, shape, dtype
        self.nbytes = math.prod(shape) * dtype.itemsize
        self.data_offset = data_offset


def load_model(cls, path: str | Path, dtype=None):
    """``cls`` (Network) built from the model file at ``path``; ModelFileError for any problem."""
    path = Path(path)
    name = path.name
    with _open_zip(path) as archive:
        members = _headers(archive, name)
        if "spec" not in members:
            raise ModelFileError(name, "not an NN Lab model file (no 'spec' entry)",
                                 "NN Lab のモデルファイルではありません（'spec' がありません）")
        spec = _read_spec(archive, members["spec"], name)
        meta = _read_meta(archive, members.get("meta"), name)
        weights = {k: m for k, m in members.items() if k not in ("spec", "meta")}
        try:
            net = cls(spec, seed=0, dtype=dtype or _network_dtype(weights.values()))
        except SpecError as e:
            raise _spec_error(name, e) from None
        expected = {**net.params, **net.buffers}
        _check_members(name, weights, expected)
        for key, live in expected.items():
            live[...] = _read_weight(archive, weights[key], key, live.dtype, name)
    net.meta = meta
    return net


def _open_zip(path: Path) -> zipfile.ZipFile:
    name = path.name
    kind = not_a_file(path)
    if kind is not None:  # a FIFO would block the read forever
        raise ModelFileError(name, kind[0], kind[1])
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ModelFileError(name, "no such file", "ファイルがありません") from None
    except PermissionError:
        raise ModelFileError(name, "permission denied: you may not read this file",
                             "アクセス権がないため読み込めません") from None
    except IsADirectoryError:
        raise ModelFileError(name, "is a folder, not a model file",
                             "フォルダです（モデルファイルではありません）") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        pass
    try:
        with open(path, "rb") as f:
            single = f.read(len(_NPY_MAGIC)) == _NPY_MAGIC
    except OSError:
        single = False
    if single:
        raise ModelFileError(name, "not an NN Lab model file (a single array, not an .npz archive)",
                             "NN Lab のモデルファイルではありません（.npz ではなく配列 1 つです）")
    raise ModelFileError(name, "not an NN Lab model file (not a NumPy .npz archive)",
                         "NN Lab のモデルファイルではありません（NumPy の .npz 形式ではありません）")


def _damaged(name: str, detail: str) -> ModelFileError:
    return ModelFileError(name, f"the file is damaged or truncated ({detail})",
                          f"ファイルが壊れているか途中で切れています（{detail}）")


def _headers(archive: zipfile.ZipFile, name: str) -> dict[str, _Member]:
    """Every member's .npy header, by key (the member name without ``.npy``)."""
    members = {}
    for info in archive.infolist():
        key = info.filename.removesuffix(".npy")
        try:
            with archive.open(info) as f:
                shape, dtype = _npy_header(f)
                members[key] = _Member(info, shape, dtype, f.tell())
        except (ValueError, OSError, zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError) as e:
            raise _damaged(name, f"{key}: {e}") from None
    return members


def _npy_header(f: IO[bytes]) -> tuple[tuple[int, ...], np.dtype]:
    version = np.lib.format.read_magic(f)
    if version == (1, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_1_0(f)
    elif version in ((2, 0), (3, 0)):
        shape, fortran, dtype = np.lib.format.read_array_header_2_0(f)
    else:
        raise ValueError(f"unknown .npy version {version}")
    if dtype.hasobject:
        raise ValueError("it holds Python objects")
    return tuple(shape), dtype


def _check_size(member: _Member, key: str, name: str) -> None:
    """The archive must hold the bytes the header claims, and not be a zip bomb."""
    info = member.info
    if info.file_size < member.data_offset + member.nbytes:
        raise _damaged(name, f"{key} claims {_shape(member.shape)} ({member.nbytes:,} bytes) but "
                             f"the archive holds {info.file_size:,} bytes for it")
    if info.file_size > RATIO_FREE_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        ratio = info.file_size / max(info.compress_size, 1)
        raise ModelFileError(
            name, f"{key} is compressed {ratio:,.0f}:1, more than any real model (a zip bomb?): "
            "refusing to unpack it",
            f"{key} の圧縮率が {ratio:,.0f}:1 で、実際のモデルではありえません（zip 爆弾？）。"
            "展開しません")


def _read_text(archive: zipfile.ZipFile, member: _Member, key: str, name: str) -> str:
    if member.dtype.kind not in "US" or member.shape != () or member.nbytes > MAX_TEXT_BYTES:
        raise ModelFileError(name, f"'{key}' is not a text entry ({member.dtype} {member.shape})",
                             f"'{key}' がテキストではありません（{member.dtype} {member.shape}）")
    _check_size(member, key, name)
    value = _read_array(archive, member, key, name)
    return value.item().decode("utf-8", "replace") if member.dtype.kind == "S" else str(value)


def _read_spec(archive: zipfile.ZipFile, member: _Member, name: str) -> NetworkSpec:
    try:
        return NetworkSpec.loads(_read_text(archive, member, "spec", name))
    except SpecError as e:
        raise _spec_error(name, e) from None


def _read_meta(archive: zipfile.ZipFile, member: _Member | None, name: str) -> dict[str, Any]:
    if member is None:
        return {}
    try:
        meta = json.loads(_read_text(archive, member, "meta", name))
    except (ValueError, RecursionError) as e:
        raise _damaged(name, f"meta: {e}") from None
    return meta if isinstance(meta, dict) else {}


def _spec_error(name: str, e: SpecError) -> ModelFileError:
    return ModelFileError(name, f"its network spec is invalid: {e.en}",
                          f"ネットワーク定義が正しくありません：{e.ja}")


def _network_dtype(members) -> str:
    """float64 when every weight was stored with at least 8 bytes, else float32."""
    floats = [m.dtype for m in members if m.dtype.kind == "f"]
    return "float64" if floats and all(d.itemsize >= 8 for d in floats) else "float32"


def _check_members(name: str, weights: dict[str, _Member], expected: dict[str, np.ndarray]) -> None:
    """Names, dtypes, shapes and sizes of every weight, before any of them is read."""
    missing = sorted(set(expected) - set(weights))
    extra = sorted(set(weights) - set(expected))
    if missing:
        raise ModelFileError(name, f"missing {', '.join(missing)} for its spec",
                             f"定義に必要な {', '.join(missing)} がありません")
    if extra:
        raise ModelFileError(name, f"unexpected entries {', '.join(extra)} not in its spec",
                             f"定義にない項目 {', '.join(extra)} があります")
    for key, live in expected.items():
        member = weights[key]
        if member.dtype.kind != "f":
            raise ModelFileError(name, f"{key} holds {member.dtype} values, not floating-point weights",
                                 f"{key} が浮動小数点の重みではなく {member.dtype} の値です")
        if member.shape != live.shape:
            raise ModelFileError(name, f"{key} has shape {member.shape} but the spec needs {live.shape}",
                                 f"{key} の形状が {member.shape} ですが、定義では {live.shape} です")
        _check_size(member, key, name)


def _read_array(archive: zipfile.ZipFile, member: _Member, key: str, name: str) -> np.ndarray:
    try:
        with archive.open(member.info) as f:
            return np.lib.format.read_array(f, allow_pickle=False)
    except (ValueError, OSError, zipfile.BadZipFile, EOFError) as e:
        raise _damaged(name, f"{key}: {e}") from None


def _read_weight(archive: zipfile.ZipFile, member: _Member, key: str, dtype: np.dtype,
                 name: str) -> np.ndarray:
    """The checked member's values in the network's dtype, all finite."""
    stored = _read_array(archive, member, key, name)
    with np.errstate(over="ignore", invalid="ignore"):
        values = stored.astype(dtype)
    if not np.all(np.isfinite(values)):
        beyond = bool(np.all(np.isfinite(stored)))
        raise ModelFileError(
            name, f"{key} holds " + (f"values beyond {dtype}'s range" if beyond
                                     else "NaN or infinite values"),
            f"{key} に " + (f"{dtype} の範囲を超える値" if beyond else "NaN か無限大の値") + "があります")
    return values


def _shape(shape: tuple[int, ...]) -> str:
    return "×".join(str(n) for n in shape) or "a scalar"
