"""How many BLAS threads training uses: every core by default, one for networks of small GEMMs."""

import threading

import pytest

from nnlab import Network, NetworkSpec
from nnlab.data.toy import linear_regression
from nnlab.paths import resource
from nnlab.threads import (
    MIN_THREADED_GEMM,
    app_threads,
    available_cores,
    blas_threads,
    blas_threads_in_force,
    gemm_sizes,
    idle_cores,
    training_threads,
)
from nnlab.trainer import TrainConfig, Trainer

threadpoolctl = pytest.importorskip("threadpoolctl")


def blas_threads_now() -> int:
    return next(i["num_threads"] for i in threadpoolctl.threadpool_info()
                if i["user_api"] == "blas")


def mlp() -> Network:
    return Network(NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json")))


def small() -> Network:
    return Network(NetworkSpec.from_dict({
        "format": "nnlab.network/1", "input_shape": [2],
        "layers": [{"type": "Affine", "units": 10}, {"type": "ReLU"},
                   {"type": "Affine", "units": 1}, {"type": "IdentityWithLoss"}]}))


def test_gemm_sizes_are_batch_times_outputs_times_fan_in():
    assert gemm_sizes(mlp(), 100) == [100 * 784 * 100, 100 * 100 * 10]
    image = Network(NetworkSpec.from_dict({
        "format": "nnlab.network/1", "input_shape": [1, 3, 3],
        "layers": [{"type": "Flatten"}, {"type": "Affine", "units": 4},
                   {"type": "Affine", "units": 2}, {"type": "SoftmaxWithLoss"}]}))
    assert gemm_sizes(image, 5) == [5 * 4 * 9, 5 * 2 * 4]


def test_small_networks_train_on_one_thread_and_large_ones_on_what_was_asked():
    assert training_threads(4, small(), 100) == 1
    assert training_threads(4, mlp(), 100) == 4
    assert 1 <= training_threads(None, mlp(), 100) <= available_cores()
    # The same network at a tiny batch: 5·784·100 multiply-adds are below the threshold.
    assert 5 * 784 * 100 < MIN_THREADED_GEMM and training_threads(4, mlp(), 5) == 1
    assert 1 <= app_threads() <= max(1, available_cores() - 1)


@pytest.mark.parametrize("cores, load, idle", [
    (2, 0.0, 2), (2, 0.4, 2), (2, 0.6, 1), (2, 1.0, 1), (2, 9.0, 1),
    (8, 0.3, 8), (8, 2.2, 6), (8, 7.8, 1),
])
def test_idle_cores_leave_out_what_other_programs_keep_busy(cores, load, idle):
    assert idle_cores(cores, load) == idle


def test_a_small_network_trains_on_one_blas_thread_even_when_more_are_allowed():
    x, t = linear_regression(200)
    seen = {blas_threads_now()
            for _ in Trainer(small(), (x, t), None, TrainConfig(epochs=1, batch_size=20,
                                                                report_every=1, threads=2)).run()}
    assert seen == {1}


def test_blas_threads_is_a_context_that_restores_the_count():
    before = blas_threads_now()
    with blas_threads(1):
        assert blas_threads_now() == 1
    assert blas_threads_now() == before


def _hold(threads: int, entered, leave, seen: list) -> None:
    """A thread that keeps ``blas_threads(threads)`` until ``leave`` is set."""
    with blas_threads(threads):
        entered.set()
        leave.wait()
    seen.append(blas_threads_in_force())


@pytest.mark.parametrize("first, second", [(1, 2), (2, 1)])
def test_limits_from_two_threads_ending_out_of_order_restore_the_count(first, second):
    """A lesson step (1 thread) and a training run (2 threads) overlap in two threads and end in
    the order they began, not LIFO: the run keeps its count while it lasts, the process's
    count comes back when the last one ends (not the count one of them saw on entry).

    The count in force is read from nnlab (what it asked threadpoolctl for): OpenBLAS 0.3.31
    reports a count set from one thread inconsistently when read from another."""

    before = blas_threads_now()
    events = [(threading.Event(), threading.Event()) for _ in range(2)]
    seen_a: list = []
    seen_b: list = []
    a = threading.Thread(target=_hold, args=(first, *events[0], seen_a))
    b = threading.Thread(target=_hold, args=(second, *events[1], seen_b))
    a.start()
    events[0][0].wait()
    b.start()
    events[1][0].wait()
    try:
        during = blas_threads_in_force()
        events[0][1].set()                  # the first one ends while the second still runs
        a.join()
        after_first = seen_a[0]
    finally:                                # a failed check must not leave a thread waiting
        for _entered, leave in events:
            leave.set()
        a.join()
        b.join()
    assert during == 2                      # the run's count, whichever began first
    assert after_first == second            # the second's count is in force, not the first's save
    assert blas_threads_now() == before     # the last one out restores the process's count
