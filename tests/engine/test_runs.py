"""Run bookkeeping without Qt: a RunRecord follows a real run's events to an honest status."""

from __future__ import annotations

from pathlib import Path

import pytest

from nnlab import Network, NetworkSpec, load_mnist
from nnlab.data.toy import linear_regression
from nnlab.events import LossGrowing
from nnlab.paths import resource
from nnlab.runs import RunLog, TrainSettings, run_meta, run_summary
from nnlab.trainer import TrainConfig, Trainer


@pytest.fixture(scope="module")
def data():
    (x, t), (xt, tt) = load_mnist(dtype="uint8")
    return (x, t), (xt[:500], tt[:500])


@pytest.fixture(scope="module")
def mlp_spec():
    return NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json"))


def record_run(spec, data, stop_on=None, **config):
    """Train with ``config`` and let a RunRecord see every event (stop at a ``stop_on`` event)."""
    settings = TrainSettings(None, "mnist", TrainConfig(report_every=1, **config), None, None)
    record = RunLog().start(settings, spec.name)
    trainer = Trainer(Network(spec, seed=0), *data, settings.config)
    for event in trainer.run():
        record.see(event)
        if stop_on is not None and isinstance(event, stop_on):
            trainer.stop.set()
    return record


def test_a_good_run_finishes_and_keeps_its_epochs(mlp_spec, data):
    record = record_run(mlp_spec, data, epochs=2, train_subset=1000, batch_size=50)
    assert record.end() == "finished" and record.succeeded
    assert record.epochs == [1, 2] and record.final_test_acc == record.test_acc[-1] > 0.6
    assert record.warning is None
    assert record.end(test_accuracy=0.5) == "finished" and record.final_test_acc == 0.5


def test_a_growing_loss_that_stays_high_fails_the_run(mlp_spec, data):
    record = record_run(mlp_spec, data, epochs=1, train_subset=1000, batch_size=50, lr=100)
    assert record.end() == "loss_grew" and not record.succeeded
    assert isinstance(record.warning, LossGrowing) and record.warning.suggested_lr == 0.001


def test_a_spike_that_comes_back_down_is_not_a_failure(mlp_spec, data):
    # Adam at η = 0.1: the loss jumps in the first steps, then falls well below where it started.
    record = record_run(mlp_spec, data, epochs=1, train_subset=2000, batch_size=50, lr=0.1)
    assert record.health.problem is None and record.health.pending is None
    assert record.end() == "finished"


def test_stopping_while_the_loss_grows_is_a_failure(mlp_spec, data):
    record = record_run(mlp_spec, data, stop_on=LossGrowing, epochs=3, train_subset=1000,
                        batch_size=50, lr=100)
    assert record.ending == "stopped" and record.end() == "loss_grew"


def test_dead_relu_units_fail_the_run(mlp_spec, data):
    record = record_run(mlp_spec, data, epochs=1, train_subset=5000, batch_size=50,
                        optimizer="sgd", lr=10)
    assert record.end() == "dead_units" and record.warning.layer == 1


def test_divergence_stays_divergence_and_a_failed_start_stays_failed():
    spec = NetworkSpec.from_dict({"format": "nnlab.network/1", "input_shape": [2], "layers": [
        {"type": "Affine", "units": 10}, {"type": "ReLU"}, {"type": "Affine", "units": 1},
        {"type": "IdentityWithLoss"}]})
    record = record_run(spec, (linear_regression(2000, seed=0), None), epochs=3,
                        optimizer="sgd", lr=10.0, batch_size=10)
    assert record.end() == "diverged"  # even though the loss grew and the ReLUs died first
    failed = RunLog().start(TrainSettings(None, "mnist", TrainConfig(), None, None), "x")
    failed.fail()
    assert failed.end() == "failed" and not failed.succeeded


def test_the_log_numbers_runs_and_describes_their_settings():
    config = TrainConfig(epochs=3, batch_size=32, optimizer="momentum", lr=0.05,
                         optimizer_options={"momentum": 0.8}, weight_decay=1e-4, seed=2,
                         augment=True, train_subset=1500)
    settings = TrainSettings(Path("/data/fashion"), "fashion", config, "xavier", 0.3)
    log = RunLog()
    first, second = log.start(settings, "net A"), log.start(settings, "net B")
    assert [r.number for r in log] == [1, 2] and len(log) == 2 and log[-1] is second
    assert first.status == "running" and first.settings["network"] == "net A"
    assert run_summary(settings) == ("fashion · momentum ε=0.05 (momentum 0.8) · batch 32 · "
                                     "3 epochs · seed 2 · λ=0.0001 · 1,500 images · augmented · "
                                     "init xavier · dropout 0.3")
    assert run_meta(settings, 3, 0.91) == {
        "dataset": "fashion", "epochs": 3, "optimizer": "momentum", "lr": 0.05,
        "batch_size": 32, "seed": 2, "train_subset": 1500, "accuracy": 0.91,
        "test_accuracy": 0.91}
