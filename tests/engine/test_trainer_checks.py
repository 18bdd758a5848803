"""What the trainer checks before a run: labels against the head, the batch against the data,
the size budget for the batch; and what it says when the loss is NaN before any update."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab import Network, NetworkSpec, load_mnist
from nnlab.paths import resource
from nnlab.trainer import Diverged, Finished, TrainConfig, Trainer, TrainerError


@pytest.fixture(scope="module")
def mnist():
    return load_mnist(dtype="uint8")


@pytest.fixture(scope="module")
def mlp_spec():
    return NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json"))


def small(mnist, n_test=1000):
    (x, t), (xt, tt) = mnist
    return (x, t), (xt[:n_test], tt[:n_test])


def five_classes():
    return NetworkSpec.from_dict({"format": "nnlab.network/1", "input_shape": [784], "layers": [
        {"type": "Affine", "units": 5}, {"type": "SoftmaxWithLoss"}]})


def test_labels_the_head_cannot_hold_are_refused_by_name(mnist):
    (x, t), _ = mnist
    with pytest.raises(TrainerError, match=r"labels run from 0 to 9, .* 5 classes .* 10 units") as e:
        Trainer(Network(five_classes()), (x[:500], t[:500]))
    assert "5 個" in e.value.message("ja")
    keep = t[:500] < 5
    Trainer(Network(five_classes()), (x[:500][keep], t[:500][keep]))  # labels 0–4 are fine
    with pytest.raises(TrainerError, match="outputs 5 values"):
        Trainer(Network(five_classes()), (x[:10], np.eye(10)[t[:10]]))  # one-hot of width 10


def test_a_batch_larger_than_the_data_is_the_whole_set_not_a_huge_buffer(mnist, mlp_spec):
    (x, t), _ = mnist
    trainer = Trainer(Network(mlp_spec), (x[:300], t[:300]), None,
                      TrainConfig(epochs=1, batch_size=100_000_000))
    assert trainer.batch_size == 300 and trainer.batches_per_epoch == 1
    events = list(trainer.run())
    assert isinstance(events[-1], Finished)


def test_a_run_over_the_size_budget_for_its_batch_is_refused_before_it_starts(mnist):
    wide = NetworkSpec.from_dict({"format": "nnlab.network/1", "input_shape": [784], "layers": [
        {"type": "Affine", "units": 4096}, {"type": "ReLU"}, {"type": "Affine", "units": 10},
        {"type": "SoftmaxWithLoss"}]})
    (x, t), _ = mnist
    with pytest.raises(TrainerError, match="in batches of 60,000"):
        Trainer(Network(wide), (x, t), None, TrainConfig(batch_size=60_000))


def test_a_loss_that_is_nan_before_any_update_does_not_blame_the_learning_rate(mlp_spec):
    x = np.full((200, 784), 1e38, np.float32)  # data so extreme the first forward overflows
    t = np.zeros(200, np.int64)
    events = list(Trainer(Network(mlp_spec), (x, t), None, TrainConfig(epochs=1)).run())
    assert isinstance(events[-1], Diverged) and events[-1].restored_step == 0
    assert "learning rate is not the cause" in events[-1].en and "学習率ではありません" in events[-1].ja


def test_a_finished_run_lets_go_of_its_buffers(mnist, mlp_spec):
    train, test = small(mnist)
    trainer = Trainer(Network(mlp_spec), train, test, TrainConfig(epochs=1, train_subset=500))
    list(trainer.run())
    assert trainer._eval_buf is None and trainer._xbuf is None and trainer._guard is None
