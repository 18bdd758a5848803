"""The trainer: a generator of events that learns, stops, pauses, survives divergence, repeats,
and warns when the learning rate makes the loss grow or kills the ReLU units."""

from __future__ import annotations

import dataclasses
import math
import threading

import numpy as np
import pytest
from trainer_helpers import losses, regression_spec, small

from nnlab import Network, NetworkSpec, load_mnist
from nnlab.data.toy import linear_regression
from nnlab.evaluation import evaluate
from nnlab.events import (
    BatchEnd,
    Diverged,
    EpochEnd,
    Finished,
    Paused,
    Resumed,
    Started,
    Stopped,
)
from nnlab.fpmode import flush_denormals, get_mxcsr, supported
from nnlab.paths import resource
from nnlab.trainer import TrainConfig, Trainer, TrainerError


@pytest.fixture(scope="module")
def mnist():
    return load_mnist(dtype="uint8")


@pytest.fixture(scope="module")
def mlp_spec():
    return NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json"))



def test_a_small_mnist_slice_reaches_90_percent(mnist, mlp_spec):
    train, test = small(mnist)
    net = Network(mlp_spec, seed=0)
    config = TrainConfig(epochs=3, train_subset=10_000, report_every=40)
    events = list(Trainer(net, train, test, config).run())

    assert isinstance(events[0], Started) and isinstance(events[-1], Finished)
    assert events[0] == Started(3, 100, 300, 10_000, 1000)
    epochs = [e for e in events if isinstance(e, EpochEnd)]
    assert [e.epoch for e in epochs] == [1, 2, 3]
    assert events[-1].test_acc == epochs[-1].test_acc >= 0.90
    assert epochs[2].train_loss < epochs[1].train_loss < epochs[0].train_loss
    batches = [e for e in events if isinstance(e, BatchEnd)]
    # Every 40 steps, counted across epochs: batch 40 and 80 of epoch 1, 20 of epoch 2, …
    assert [b.step for b in batches] == list(range(40, 281, 40))
    assert [(b.epoch, b.batch) for b in batches[:3]] == [(1, 40), (1, 80), (2, 20)]
    assert all(b.samples_per_s > 0 and math.isfinite(b.mean_loss) for b in batches)
    # What the trainer reports is what the network now does.
    loss, acc = evaluate(net, *test)
    assert acc == events[-1].test_acc
    assert acc == pytest.approx(net.accuracy(test[0] / np.float32(255), test[1]), abs=1e-3)


def test_events_are_small_and_frozen(mnist, mlp_spec):
    train, test = small(mnist, 200)
    config = TrainConfig(epochs=1, train_subset=500)
    events = list(Trainer(Network(mlp_spec), train, test, config).run())
    for event in events:
        for f in dataclasses.fields(event):
            value = getattr(event, f.name)
            assert isinstance(value, (int, float, str, type(None))), (event, f.name)
        with pytest.raises(dataclasses.FrozenInstanceError):
            event.epochs = 3  # type: ignore[misc]


def test_same_seed_same_losses_different_seed_different(mnist, mlp_spec):
    train, test = small(mnist, 200)

    def run(seed, augment=False):
        config = TrainConfig(epochs=2, train_subset=600, report_every=1, seed=seed, augment=augment)
        return losses(Trainer(Network(mlp_spec, seed=0), train, test, config).run())

    assert run(0) == run(0)
    assert run(0) != run(1)
    assert run(3, augment=True) == run(3, augment=True) != run(3)


def test_stop_ends_the_run_between_batches(mnist, mlp_spec):
    train, test = small(mnist, 200)
    config = TrainConfig(epochs=3, train_subset=1000, report_every=3)
    trainer = Trainer(Network(mlp_spec), train, test, config)
    events = []
    for event in trainer.run():
        events.append(event)
        if isinstance(event, BatchEnd) and event.step == 6:
            trainer.stop.set()
    assert events[-1] == Stopped(1, 6, events[-1].elapsed)
    assert not any(isinstance(e, (EpochEnd, Finished)) for e in events)


def test_pause_and_resume_give_the_same_run(mnist, mlp_spec):
    train, test = small(mnist, 200)
    config = TrainConfig(epochs=2, train_subset=1000, report_every=2)
    plain_net = Network(mlp_spec)
    plain = list(Trainer(plain_net, train, test, config).run())

    net = Network(mlp_spec)
    pause = threading.Event()
    trainer = Trainer(net, train, test, config, pause=pause)
    run = trainer.run()
    events = []
    for event in run:
        events.append(event)
        if isinstance(event, BatchEnd) and event.step == 4:
            pause.set()
        elif isinstance(event, Paused):
            assert event == Paused(1, 4)
            pause.clear()
        elif isinstance(event, Resumed):
            assert event == Resumed(1, 4)
    kinds = [type(e) for e in events]
    assert kinds.index(Paused) + 1 == kinds.index(Resumed)
    assert losses(events) == losses(plain)
    for key, value in plain_net.params.items():
        np.testing.assert_array_equal(net.params[key], value)


def test_stop_while_paused_stops_without_resuming(mnist, mlp_spec):
    train, test = small(mnist, 200)
    trainer = Trainer(Network(mlp_spec), train, test, TrainConfig(epochs=1, train_subset=500))
    trainer.pause.set()
    run = trainer.run()
    assert isinstance(next(run), Started)
    assert next(run) == Paused(1, 0)
    trainer.stop.set()
    assert isinstance(next(run), Stopped)
    assert next(run, None) is None


def test_a_training_thread_waits_while_paused_and_stops_on_request(mnist, mlp_spec):
    train, test = small(mnist, 200)
    trainer = Trainer(Network(mlp_spec), train, test, TrainConfig(epochs=50, train_subset=500))
    paused = threading.Event()
    seen = []

    def work():
        for event in trainer.run():
            seen.append(event)
            if isinstance(event, BatchEnd):
                trainer.pause.set()
            if isinstance(event, Paused):
                paused.set()

    thread = threading.Thread(target=work)
    thread.start()
    assert paused.wait(10)
    trainer.stop.set()  # the thread is waiting in the paused loop: the stop must reach it
    thread.join(10)
    assert not thread.is_alive()
    assert isinstance(seen[-1], Stopped) and isinstance(seen[-2], Paused)


@pytest.mark.parametrize("batchnorm", [False, True], ids=["plain", "batchnorm"])
@pytest.mark.parametrize("guard_every", [1, 3, 50])
def test_divergence_restores_the_weights_of_the_last_good_step(monkeypatch, guard_every, batchnorm):
    monkeypatch.setattr(Trainer, "GUARD_EVERY", guard_every)
    x, t = linear_regression(2000, seed=0)
    config = TrainConfig(epochs=3, optimizer="sgd", lr=10.0, batch_size=10, report_every=1)
    net = Network(regression_spec(batchnorm), seed=0)
    events = list(Trainer(net, (x, t), None, config).run())

    diverged = events[-1]
    assert isinstance(diverged, Diverged)
    assert not math.isfinite(diverged.loss)
    assert diverged.restored_step == diverged.step - 2  # the step before gave a finite loss, on
    assert "learning rate" in diverged.en and "学習率" in diverged.ja  # weights already overflowing
    assert all(np.isfinite(v).all() for v in net.params.values())
    assert all(math.isfinite(e.loss) for e in events if isinstance(e, BatchEnd))

    # The same run stopped after restored_step updates holds exactly these weights.
    again = Network(regression_spec(batchnorm), seed=0)
    trainer = Trainer(again, (x, t), None, config)
    for event in trainer.run():
        if isinstance(event, BatchEnd) and event.step == diverged.restored_step:
            trainer.stop.set()
    assert isinstance(event, Stopped)
    for key, value in {**again.params, **again.buffers}.items():  # BatchNorm's statistics too
        np.testing.assert_array_equal(net.state()[key], value)
    assert math.isfinite(net.loss(x[:100], t[:100]))


def test_a_learning_rate_that_works_does_not_trip_the_guard():
    x, t = linear_regression(2000, seed=0)
    config = TrainConfig(epochs=3, optimizer="sgd", lr=0.1, batch_size=10)
    events = list(Trainer(Network(regression_spec(), seed=0), (x, t), None, config).run())
    assert isinstance(events[-1], Finished)
    last_epoch = [e for e in events if isinstance(e, EpochEnd)][-1]
    assert last_epoch.train_loss < 0.01
    assert last_epoch.train_acc is None and last_epoch.test_acc is None  # regression: no accuracy


def test_weight_decay_keeps_weights_smaller(mnist, mlp_spec):
    train, _ = small(mnist)

    def norm(weight_decay):
        net = Network(mlp_spec)
        config = TrainConfig(epochs=1, train_subset=1000, optimizer="sgd", lr=0.1,
                             weight_decay=weight_decay, evaluate_train=False)
        list(Trainer(net, train, None, config).run())
        return float(np.sum(net.params["layers.0.W"] ** 2))

    assert norm(0.1) < 0.9 * norm(0.0)


def test_float_inputs_train_like_uint8(mnist, mlp_spec):
    (x, t), _ = small(mnist)
    config = TrainConfig(epochs=1, train_subset=500, report_every=1)
    a = losses(Trainer(Network(mlp_spec), (x, t), None, config).run())
    b = losses(Trainer(Network(mlp_spec), (x / np.float32(255), t), None, config).run())
    np.testing.assert_allclose(a, b, rtol=1e-4)


def test_without_train_evaluation_the_epoch_reports_the_mean_batch_loss(mnist, mlp_spec):
    train, _ = small(mnist)
    config = TrainConfig(epochs=1, train_subset=400, report_every=1, evaluate_train=False)
    events = list(Trainer(Network(mlp_spec), train, None, config).run())
    epoch = next(e for e in events if isinstance(e, EpochEnd))
    assert epoch.train_acc is None and epoch.test_loss is None
    assert epoch.train_loss == pytest.approx(np.mean(losses(events)))


def test_images_as_28x28_feed_a_flat_network(mnist, mlp_spec):
    (x, t), _ = small(mnist)
    config = TrainConfig(epochs=1, train_subset=300, report_every=1)
    a = losses(Trainer(Network(mlp_spec), (x, t), None, config).run())
    b = losses(Trainer(Network(mlp_spec), (x.reshape(-1, 1, 28, 28), t), None, config).run())
    assert a == b


@pytest.mark.parametrize("change, message", [
    ({"epochs": 0}, "epochs"), ({"batch_size": -1}, "batch_size"), ({"lr": 0.0}, "learning rate"),
    ({"optimizer": "lbfgs"}, "unknown optimizer"),
    ({"optimizer_options": {"momentum": 0.9}}, "option"),
    ({"train_subset": 0}, "train_subset"), ({"weight_decay": -1.0}, "weight decay"),
    ({"threads": 0}, "threads"), ({"threads": 1.5}, "threads"),
])
def test_bad_settings_are_refused_with_a_clear_message(mnist, mlp_spec, change, message):
    train, _ = small(mnist)
    with pytest.raises(TrainerError, match=message) as error:
        Trainer(Network(mlp_spec), train, None, TrainConfig(**change))
    assert isinstance(error.value, ValueError)
    assert error.value.message("ja") and error.value.message("ja") != error.value.message("en")


def blas_threads_now() -> int:
    from threadpoolctl import threadpool_info

    return next(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")


@pytest.mark.parametrize("threads", [1, 2])
def test_blas_uses_the_configured_threads_while_training_and_is_restored_after(
        mnist, mlp_spec, threads):
    pytest.importorskip("threadpoolctl")
    (x, t), _ = small(mnist)
    before = blas_threads_now()
    config = TrainConfig(epochs=1, train_subset=500, report_every=1, threads=threads)
    seen = {blas_threads_now() for _ in Trainer(Network(mlp_spec), (x, t), None, config).run()}
    assert seen == {threads}
    assert blas_threads_now() == before
    run = Trainer(Network(mlp_spec), (x, t), None, config).run()
    next(run)
    run.close()  # a run abandoned half-way restores BLAS too
    assert blas_threads_now() == before


def test_the_thread_count_does_not_change_what_is_learned(mnist, mlp_spec):
    (x, t), _ = small(mnist)
    runs = [losses(Trainer(Network(mlp_spec), (x, t), None,
                           TrainConfig(epochs=1, train_subset=1000, report_every=1,
                                       threads=threads)).run())
            for threads in (1, 2)]
    np.testing.assert_allclose(runs[0], runs[1], rtol=1e-5)


def test_data_that_does_not_fit_the_network_is_refused(mnist, mlp_spec):
    x, t = linear_regression(100)
    with pytest.raises(ValueError, match="shape"):
        Trainer(Network(mlp_spec), (x, t))
    with pytest.raises(ValueError, match="28×28"):
        Trainer(Network(regression_spec()), (x, t), config=TrainConfig(augment=True))
    with pytest.raises(ValueError, match="targets"):
        Trainer(Network(regression_spec()), (x, t[:50]))


@pytest.mark.skipif(not supported(), reason="flush-to-zero is switched on x86-64 Linux only")
def test_flush_denormals_switches_ftz_in_this_thread_only_and_restores_it():
    tiny = np.array([1e-38], dtype=np.float32)
    before = get_mxcsr()
    assert tiny * np.float32(0.01) != 0  # a denormal result
    # A thread started earlier keeps its own MXCSR (a new thread would inherit its creator's).
    go, other = threading.Event(), []
    thread = threading.Thread(target=lambda: (go.wait(10), other.append(get_mxcsr())))
    thread.start()
    with flush_denormals() as on:
        assert on
        assert get_mxcsr() & 0x8040 == 0x8040
        assert tiny * np.float32(0.01) == 0
        go.set()
        thread.join()
        assert other[0] & 0x8040 == 0
    assert get_mxcsr() & 0x8040 == before & 0x8040
    assert tiny * np.float32(0.01) != 0


# ---- warnings: a growing loss, dead ReLU units ----------------------------------------------------
