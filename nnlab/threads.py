"""How many threads the BLAS library (numpy's matrix products) may use while training.

Only the GEMMs of Affine layers (x·W, xᵀ·δ, δ·Wᵀ) run on more than one core; every other numpy
operation runs on the calling thread. The count is set for the duration of a ``with`` block
(threadpoolctl) and restored afterwards, so importing or using nnlab changes nothing
process-wide. Without threadpoolctl (an optional speed-up at run time) BLAS keeps its own default.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# The smallest GEMM (M·K·N multiply-adds) a second thread speeds up. Measured with
# benchmarks/bench_gemm_threads.py on the 2-core development machine (OpenBLAS 0.3.31, float32,
# the fastest of 200 calls each): every GEMM below 524,288 ran exactly as fast on 2 threads as on
# 1 (0.98–1.01×, 48 GEMMs: OpenBLAS itself keeps a product on one thread until M·K·N reaches
# twice its 262,144 threshold), and from there on 2 threads were faster for most shapes (median
# 1.2–1.4× up to 8 M, 1.5–1.8× above). So the per-GEMM choice is OpenBLAS's own, and a network
# whose products are all below it trains on one thread.
MIN_THREADED_GEMM = 2 * 262_144

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


def idle_cores(cores: int | None = None, load: float | None = None) -> int:
    """Cores not taken by other programs: ``cores`` (default: this process's) minus the 1-minute
    load average (default: the system's, where the OS reports one), at least one.

    A BLAS thread on a core another program keeps busy stalls every product it shares: with the
    second of 2 cores busy, 2 threads trained 784-100-10 about 20 times slower than 1 (load
    average 8–10 on the development machine, benchmarks/bench_train.py).
    """
    cores = available_cores() if cores is None else cores
    if load is None:
        try:
            load = os.getloadavg()[0]
        except (AttributeError, OSError):  # Windows
            load = 0.0
    return max(1, min(cores, cores - int(load + 0.5)))


def gemm_sizes(net, batch_size: int) -> list[int]:
    """M·K·N of each layer's forward product for a batch (the backward products are the same
    size): batch × outputs per sample × fan-in, the fan-in being W's entries per bias entry (an
    Affine layer: n_in; a convolution: C·FH·FW)."""
    sizes = []
    for layer, shape in zip(net.layers, net.spec.output_shapes()):
        w, b = layer.params.get("W"), layer.params.get("b")
        if w is not None and b is not None and b.size:
            outputs = 1
            for n in shape:
                outputs *= n
            sizes.append(batch_size * outputs * (w.size // b.size))
    return sizes


def training_threads(threads: int | None, net, batch_size: int) -> int:
    """BLAS threads for training ``net``: at most ``threads`` (None: every idle core), and one
    when every GEMM of the network is too small to gain from more (``MIN_THREADED_GEMM``)."""
    threads = threads or idle_cores()
    if max(gemm_sizes(net, batch_size), default=0) < MIN_THREADED_GEMM:
        return 1
    return threads


def app_threads() -> int:
    """Training threads for the desktop app: every core but one, so the window keeps its own
    (and none that another program keeps busy), at least one."""
    return max(1, min(available_cores() - 1, idle_cores()))


class _Limits:
    """The BLAS limits in force, shared by every thread of the process.

    threadpoolctl sets one process-wide count (openblas_set_num_threads) and its ``with`` block
    restores the count it saw on entry. Blocks entered from different threads (a lesson step on
    the UI thread, a training run in a worker) do not end in LIFO order, so that restore could
    leave training on one thread for the rest of the session. Here every active block is
    counted under one lock: the count in force is the largest active one (a 1-thread block
    only asks that its own small products stay on one thread, which OpenBLAS does anyway below
    ``MIN_THREADED_GEMM``, so it need not slow a run in progress), and the count from before
    the first block comes back when the last one ends. This lock and table are module state on
    purpose: the setting they guard is process state already.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.active: dict[int, int] = {}  # block id → threads it asked for
        self.original = None              # threadpoolctl's saved count, while any block is active
        self.next_id = 0

    def enter(self, threads: int) -> int:
        with self.lock:
            self.next_id += 1
            self.active[self.next_id] = threads
            self._apply()
            return self.next_id

    def leave(self, block: int) -> None:
        with self.lock:
            self.active.pop(block, None)
            self._apply()

    def in_force(self) -> int | None:
        with self.lock:
            return max(self.active.values()) if self.active else None

    def _apply(self) -> None:
        if not self.active:
            if self.original is not None:
                self.original.restore_original_limits()
                self.original = None
            return
        limits = threadpool_limits(limits=max(self.active.values()), user_api="blas")
        if self.original is None:  # the first block: keep what it saved, to restore at the end
            self.original = limits


_LIMITS = _Limits()


def blas_threads_in_force() -> int | None:
    """The BLAS thread count the active ``blas_threads`` blocks ask for (None: no block)."""
    return _LIMITS.in_force()


@contextmanager
def blas_threads(threads: int | None) -> Iterator[None]:
    """Let BLAS use ``threads`` threads (None: every available core) inside the block; safe
    across threads (see ``_Limits``)."""
    if threadpool_limits is None:
        yield
        return
    block = _LIMITS.enter(threads or available_cores())
    try:
        yield
    finally:
        _LIMITS.leave(block)
