"""The trainer's health warnings: a loss that grows, units that died, and the advice on the learning rate."""

from __future__ import annotations

import math

import numpy as np
import pytest
from trainer_helpers import losses, regression_spec, small

from nnlab import Network, NetworkSpec, load_mnist
from nnlab.data.toy import linear_regression
from nnlab.events import (
    BatchEnd,
    DeadUnits,
    Diverged,
    Finished,
    LossGrowing,
)
from nnlab.health import DEAD_STEPS, lr_advice
from nnlab.paths import resource
from nnlab.trainer import TrainConfig, Trainer


@pytest.fixture(scope="module")
def mnist():
    return load_mnist(dtype="uint8")


@pytest.fixture(scope="module")
def mlp_spec():
    return NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json"))


def warnings_in(events):
    return [e for e in events if isinstance(e, (LossGrowing, DeadUnits))]


def test_a_learning_rate_far_too_high_warns_that_the_loss_grows(mnist, mlp_spec):
    train, test = small(mnist, 200)
    config = TrainConfig(epochs=1, train_subset=1000, batch_size=50, lr=100, report_every=1)
    events = list(Trainer(Network(mlp_spec, seed=0), train, test, config).run())

    (growing,) = warnings_in(events)
    assert isinstance(growing, LossGrowing)
    assert isinstance(events[-1], Finished)  # a warning does not end the run: its driver decides
    # The rule, recomputed from the batch losses: the bias-corrected moving average (β = 0.8 for
    # 20 batches an epoch) first exceeds twice its start after more than five steps.
    beta, m, smoothed = 0.8, 0.0, []
    for k, loss in enumerate(losses(events), start=1):
        m = beta * m + (1 - beta) * loss
        smoothed.append(m / (1 - beta ** k))
    step = next(k for k, s in enumerate(smoothed, start=1) if k > 5 and s > 2 * smoothed[0])
    assert growing.step == step and growing.epoch == 1
    assert growing.first == pytest.approx(smoothed[0]) and growing.now == pytest.approx(smoothed[step - 1])
    assert events[events.index(growing) - 1] == next(
        e for e in events if isinstance(e, BatchEnd) and e.step == step)  # right after its step
    # Adam at η = 100: a tenth would still be far too high, so the advice is Adam's usual rate.
    assert growing.lr == 100 and growing.suggested_lr == 0.001
    assert "too high" in growing.en and "Adam usually trains with 0.0001 to 0.01" in growing.en
    assert "学習率" in growing.ja and "0.001" in growing.ja

    normal = TrainConfig(epochs=1, train_subset=1000, batch_size=50, report_every=1)
    assert warnings_in(Trainer(Network(mlp_spec, seed=0), train, test, normal).run()) == []


def test_relu_units_killed_by_a_large_step_are_reported_as_dead(mnist, mlp_spec):
    """SGD at η = 10 pushes every input of the hidden ReLU layer below zero within a few dozen
    steps: the layer gives 0, nothing flows back to the first Affine, the loss sits near ln 10."""
    train, test = small(mnist, 200)
    config = TrainConfig(epochs=1, train_subset=5000, batch_size=50, optimizer="sgd", lr=10,
                         report_every=1)
    net = Network(mlp_spec, seed=0)
    events, at_death = [], None
    for event in Trainer(net, train, test, config).run():
        events.append(event)
        if isinstance(event, DeadUnits):  # the generator waits here: look at the last batch
            at_death = (net.layers[1].mask.copy(), {k: v.copy() for k, v in net.layers[0].grads.items()})

    growing, dead = warnings_in(events)  # the loss grew first; then the units died
    assert isinstance(growing, LossGrowing) and isinstance(dead, DeadUnits)
    assert dead.layer == 1 and dead.step > growing.step + DEAD_STEPS
    mask, grads = at_death
    assert not mask.any()  # every unit, every sample of the batch: 0
    assert not grads["W"].any() and not grads["b"].any()  # so the first layer learns nothing
    batch_losses = [e.loss for e in events if isinstance(e, BatchEnd) and e.step > dead.step]
    assert abs(np.mean(batch_losses) - math.log(10)) < 0.15  # guessing among 10 classes
    assert dead.loss == losses(events)[dead.step - 1]
    assert dead.suggested_lr == 1.0 and "ReLU" in dead.en and "ln 10 ≈ 2.30" in dead.en
    assert "ReLU" in dead.ja and "勾配" in dead.ja

    # LeakyReLU never switches off completely: the same step size makes no dead-unit warning.
    leaky = NetworkSpec.from_dict({**mlp_spec.to_dict(), "layers": [
        {"type": "Affine", "units": 100}, {"type": "LeakyReLU"}, {"type": "Affine", "units": 10},
        {"type": "SoftmaxWithLoss"}]})
    events = list(Trainer(Network(leaky, seed=0), train, test, config).run())
    assert not any(isinstance(e, DeadUnits) for e in events)


@pytest.mark.parametrize("optimizer, lr, suggested", [
    ("sgd", 10, 1.0), ("sgd", 1e6, 0.1), ("adam", 100, 0.001), ("adam", 0.05, 0.005),
    ("momentum", 0.5, 0.05), ("rmsprop", 1.0, 0.001),
])
def test_the_advice_is_a_tenth_unless_that_is_still_far_above_the_usual_range(optimizer, lr,
                                                                               suggested):
    advice = lr_advice(optimizer, lr)
    assert advice.lr == pytest.approx(suggested)
    assert f"{suggested:g}" in advice.en and f"{suggested:g}" in advice.ja
    tenth = suggested == pytest.approx(lr / 10)
    assert ("e.g." in advice.en) == tenth and ("even a tenth would be too high" in advice.en) == (not tenth)
    assert "usually trains with" in advice.en


def test_divergence_advice_follows_the_optimizer():
    x, t = linear_regression(2000, seed=0)
    config = TrainConfig(epochs=3, optimizer="adam", lr=1e30, batch_size=10, report_every=1)
    events = list(Trainer(Network(regression_spec(), seed=0), (x, t), None, config).run())
    diverged = events[-1]
    assert isinstance(diverged, Diverged) and diverged.suggested_lr == 0.001
    assert "Adam usually trains with" in diverged.en and "e.g." not in diverged.en
