"""How many threads the BLAS library (numpy's matrix products) may use while training.

Only the GEMMs of Affine layers (x·W, xᵀ·δ, δ·Wᵀ) run on more than one core; every other numpy
operation runs on the calling thread. The count is set for the duration of a ``with`` block
(threadpoolctl) and restored afterwards, so importing or using nnlab changes nothing
process-wide. Without threadpoolctl (an optional speed-up at run time) BLAS keeps its own default.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

try:
    from threadpoolctl import threadpool_limits
except ImportError:  # optional at run time: only speed depends on it
    threadpool_limits = None


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the OS tells, else all)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def app_threads() -> int:
    """Training threads for the desktop app: every core but one, so the window keeps its own."""
    return max(1, available_cores() - 1)


@contextmanager
def blas_threads(threads: int | None) -> Iterator[None]:
    """Let BLAS use ``threads`` threads (None: every available core) inside the block."""
    if threadpool_limits is None:
        yield
        return
    with threadpool_limits(limits=threads or available_cores(), user_api="blas"):
        yield
