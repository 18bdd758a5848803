"""What a training run reports: small frozen dataclasses of plain floats, ints and strings.

``Trainer.run()`` yields ``Started``, then ``BatchEnd`` every ``report_every`` batches and
``EpochEnd`` per epoch, and ends with exactly one of ``Finished``, ``Stopped`` or ``Diverged``
(``Paused``/``Resumed`` in between when the pause Event is set and cleared). ``LossGrowing`` and
``DeadUnits`` are warnings (at most one of each per run): the run goes on, and whoever drives it
decides whether to stop (the Train tab offers a button, the CLI stops; see nnlab.health).

Epochs are 1-based; ``batch`` counts the batches done in the epoch, ``step`` the updates done in
the run. Texts ``en``/``ja`` explain a problem in both languages and suggest a fix.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Started:
    epochs: int
    batches_per_epoch: int
    total_batches: int
    n_train: int
    n_test: int


@dataclass(frozen=True)
class BatchEnd:
    """``loss`` of this batch; ``mean_loss`` and ``samples_per_s`` over the last report_every."""

    epoch: int
    batch: int
    step: int
    loss: float
    mean_loss: float
    samples_per_s: float
    elapsed: float


@dataclass(frozen=True)
class EpochEnd:
    """Accuracies are None for a regression head (and train_acc when evaluate_train is off)."""

    epoch: int
    train_loss: float
    train_acc: float | None
    test_loss: float | None
    test_acc: float | None
    seconds: float
    samples_per_s: float


@dataclass(frozen=True)
class Paused:
    epoch: int
    batch: int


@dataclass(frozen=True)
class Resumed:
    epoch: int
    batch: int


@dataclass(frozen=True)
class Stopped:
    epoch: int
    batch: int
    elapsed: float


@dataclass(frozen=True)
class Diverged:
    """The loss or a parameter became NaN/inf at ``step``; the network holds the parameters after
    ``restored_step`` updates (the last good step). ``suggested_lr``: the learning rate to try."""

    epoch: int
    batch: int
    step: int
    loss: float
    en: str
    ja: str
    restored_step: int = 0
    suggested_lr: float = 0.0


@dataclass(frozen=True)
class LossGrowing:
    """The moving-average loss ``now`` reached twice the ``first`` one (after more than five
    steps): the learning rate ``lr`` is probably too high; ``suggested_lr`` is what to try."""

    epoch: int
    step: int
    first: float
    now: float
    lr: float
    suggested_lr: float
    en: str
    ja: str


@dataclass(frozen=True)
class DeadUnits:
    """Every unit of the ReLU layer ``layer`` (its index in the network) gave 0 for every sample
    of the last batches: no gradient reaches the layers before it, so they stop learning and the
    loss stays where it is (ln K for K classes when the output can only guess)."""

    epoch: int
    step: int
    layer: int
    loss: float
    lr: float
    suggested_lr: float
    en: str
    ja: str


@dataclass(frozen=True)
class Finished:
    epochs: int
    train_acc: float | None
    test_acc: float | None
    seconds: float
    samples_per_s: float


TrainEvent = (Started | BatchEnd | EpochEnd | Paused | Resumed | Stopped | Diverged | LossGrowing
              | DeadUnits | Finished)
RunWarning = LossGrowing | DeadUnits  # the warnings a run can go on after
