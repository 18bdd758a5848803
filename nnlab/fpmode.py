"""Flush denormals to zero while training: a per-thread switch numpy does not have.

Adam's state v ← v + (1 − β₂)(g² − v) decays towards zero for weights that stop receiving
gradient (dead ReLU units, always-black MNIST border pixels). In float32 those values drift below
1.2e-38 into denormal numbers, which x86 CPUs handle up to ~100× slower: a 784-100-10 run lost
18–21 % of its speed by epoch 5. The SSE control register MXCSR has two bits that make the
hardware treat denormals as zero instead:

    FTZ (0x8000)  flush-to-zero: a denormal result is written as 0
    DAZ (0x0040)  denormals-are-zero: a denormal input is read as 0

glibc (2.25+) exposes the whole floating-point mode as ``femode_t``; on x86-64 it is
``{uint16 control word (x87); uint16 reserved; uint32 mxcsr}``. MXCSR belongs to a thread, so the
switch must be thrown in the thread that trains. Anywhere else (not x86-64 Linux, no glibc) this
is a no-op: the numbers are the same, only slower.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import platform
import sys
from collections.abc import Iterator
from contextlib import contextmanager

FTZ = 0x8000
DAZ = 0x0040


class _FeMode(ctypes.Structure):
    """glibc's femode_t on x86-64."""

    _fields_ = [("cw", ctypes.c_uint16), ("reserved", ctypes.c_uint16), ("mxcsr", ctypes.c_uint32)]


def _libm():
    if not sys.platform.startswith("linux"):
        return None
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return None
    try:
        libm = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
        getter, setter = libm.fegetmode, libm.fesetmode
    except (OSError, AttributeError):  # not glibc, or glibc older than 2.25
        return None
    getter.argtypes = setter.argtypes = [ctypes.POINTER(_FeMode)]
    getter.restype = setter.restype = ctypes.c_int
    return libm


_LIBM = _libm()


def supported() -> bool:
    """Whether this platform lets us switch flush-to-zero on (x86-64 Linux with glibc)."""
    return _LIBM is not None


def get_mxcsr() -> int | None:
    """The calling thread's MXCSR register, or None where unsupported."""
    if _LIBM is None:
        return None
    mode = _FeMode()
    if _LIBM.fegetmode(ctypes.byref(mode)) != 0:
        return None
    return int(mode.mxcsr)


@contextmanager
def flush_denormals() -> Iterator[bool]:
    """Within the block, this thread computes with FTZ and DAZ set; the old mode comes back after.

    Yields whether the switch took effect (False where unsupported).
    """
    if _LIBM is None:
        yield False
        return
    old = _FeMode()
    if _LIBM.fegetmode(ctypes.byref(old)) != 0:
        yield False
        return
    new = _FeMode(old.cw, old.reserved, old.mxcsr | FTZ | DAZ)
    ok = _LIBM.fesetmode(ctypes.byref(new)) == 0
    try:
        yield ok
    finally:
        if ok:
            _LIBM.fesetmode(ctypes.byref(old))
