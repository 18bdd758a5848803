"""The runs of a session: what each was set to, what it drew, and how it ended (no Qt here).

A ``RunRecord`` takes the trainer's events as they come (``see``) and keeps a few kilobytes: the
per-epoch accuracies, the moving-average loss thinned to at most ``MAX_CURVE_POINTS``, the
warnings (nnlab.health.RunHealth) and the final status:

    running → finished | stopped          the run ended well (the model may be used)
            → diverged                    NaN/inf: the weights of the last good step were kept
            → loss_grew | dead_units      finished or stopped, but the run failed (RunHealth)
            → failed                      the run could not train at all (bad data, …)

``run_summary`` and ``run_meta`` describe a run's settings for the runs list and a model file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .events import DeadUnits, Diverged, EpochEnd, Finished, LossGrowing, Started, Stopped
from .health import RunHealth
from .trainer import TrainConfig

MAX_CURVE_POINTS = 2000
STATUSES = ("running", "finished", "stopped", "diverged", "loss_grew", "dead_units", "failed")
_ENDINGS = {Finished: "finished", Stopped: "stopped", Diverged: "diverged"}


@dataclass(frozen=True)
class TrainSettings:
    """Everything a run needs besides the network."""

    folder: Path | None      # None: the bundled MNIST
    dataset: str             # a name for the model's meta and the runs list
    config: TrainConfig
    init: str | None         # None: keep the design's init (or an opened model's weights)
    dropout: float | None    # None: keep the design's ratios


@dataclass
class RunRecord:
    """One training run: what it was set to, what it drew and how it ended."""

    number: int
    settings: dict                      # network, optimizer, lr, batch_size, epochs, dataset, summary
    status: str = "running"             # one of STATUSES
    loss_x: np.ndarray = field(default_factory=lambda: np.empty(0))   # epochs
    loss_y: np.ndarray = field(default_factory=lambda: np.empty(0))   # moving-average loss
    epochs: list[int] = field(default_factory=list)
    train_acc: list[float] = field(default_factory=list)
    test_acc: list[float] = field(default_factory=list)
    final_test_acc: float | None = None
    started: Started | None = None
    ending: str = ""                    # finished | stopped | diverged (the trainer) | failed
    health: RunHealth = field(default_factory=RunHealth)
    seconds: float = 0.0                # training time so far (pauses not counted by the trainer)
    steps: int = 0                      # updates done so far

    def see(self, event) -> None:
        """Keep what a trainer event says about the run."""
        self.health.update(event)
        if isinstance(event, Started):
            self.started = event
        elif isinstance(event, EpochEnd):
            self.epochs.append(event.epoch)
            self.train_acc.append(event.train_acc)
            self.test_acc.append(event.test_acc)
            if event.test_acc is not None:
                self.final_test_acc = event.test_acc
        elif type(event) in _ENDINGS:
            self.ending = _ENDINGS[type(event)]
        if isinstance(event, Finished):
            self.seconds = max(self.seconds, event.seconds)
            if self.started is not None:
                self.steps = self.started.total_batches
        elif isinstance(event, Stopped):
            self.seconds = max(self.seconds, event.elapsed)

    def note_progress(self, step: int, elapsed: float) -> None:
        """The latest BatchEnd's ``step`` and ``elapsed`` (BatchEnds are not ``see``n: too many)."""
        self.steps = max(self.steps, step)
        self.seconds = max(self.seconds, elapsed)

    @property
    def seconds_per_epoch(self) -> float | None:
        """Training time per epoch: seconds / (steps / batches per epoch); None before a step."""
        if self.started is None or not self.steps or not self.seconds:
            return None
        return self.seconds * self.started.batches_per_epoch / self.steps

    def fail(self) -> None:
        """The run could not train at all (unreadable data, …)."""
        self.ending = "failed"

    def end(self, test_accuracy: float | None = None) -> str:
        """The run is over: settle its status (``test_accuracy``: of the final weights)."""
        if test_accuracy is not None:
            self.final_test_acc = test_accuracy
        problem = self.health.problem
        if self.ending == "failed":
            self.status = "failed"
        elif self.ending != "diverged" and isinstance(problem, DeadUnits):
            self.status = "dead_units"
        elif self.ending != "diverged" and isinstance(problem, LossGrowing):
            self.status = "loss_grew"
        else:
            self.status = self.ending or "stopped"
        return self.status

    @property
    def succeeded(self) -> bool:
        """Ended well: its model may become the app's model."""
        return self.status in ("finished", "stopped")

    @property
    def warning(self) -> LossGrowing | DeadUnits | None:
        """The warning that made the run fail, or the one still open."""
        problem = self.health.problem
        return problem if isinstance(problem, (LossGrowing, DeadUnits)) else self.health.pending

    def set_curve(self, x: np.ndarray, y: np.ndarray) -> None:
        step = max(1, len(x) // MAX_CURVE_POINTS)
        self.loss_x = np.array(x[::step])
        self.loss_y = np.array(y[::step])

    def acc_curve(self) -> tuple[np.ndarray, np.ndarray]:
        """(epochs, test accuracy in %) of the epochs that have one."""
        pairs = [(e, a) for e, a in zip(self.epochs, self.test_acc) if a is not None]
        if not pairs:
            return np.empty(0), np.empty(0)
        e, a = zip(*pairs)
        return np.asarray(e, dtype=float), 100.0 * np.asarray(a, dtype=float)


class RunLog:
    """The session's runs, numbered from 1 in the order they started."""

    def __init__(self):
        self.records: list[RunRecord] = []

    def start(self, settings: TrainSettings, network_name: str) -> RunRecord:
        c = settings.config
        record = RunRecord(len(self.records) + 1, {
            "network": network_name, "optimizer": c.optimizer, "lr": c.lr,
            "batch_size": c.batch_size, "epochs": c.epochs, "dataset": settings.dataset,
            "summary": run_summary(settings)})
        self.records.append(record)
        return record

    def __iter__(self):
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, index: int) -> RunRecord:
        return self.records[index]


def run_summary(s: TrainSettings) -> str:
    """One line of the settings, for the runs list's tooltip (numbers and names only)."""
    c = s.config
    options = ", ".join(f"{k} {v:g}" for k, v in c.optimizer_options.items())
    parts = [s.dataset, f"{c.optimizer} ε={c.lr:g}" + (f" ({options})" if options else ""),
             f"batch {c.batch_size}", f"{c.epochs} epochs", f"seed {c.seed}"]
    if c.weight_decay:
        parts.append(f"λ={c.weight_decay:g}")
    if c.train_subset:
        parts.append(f"{c.train_subset:,} images")
    if c.augment:
        parts.append("augmented")
    if s.init:
        parts.append(f"init {s.init}")
    if s.dropout is not None:
        parts.append(f"dropout {s.dropout:g}")
    return " · ".join(parts)


def run_meta(s: TrainSettings, epochs_done: int, test_accuracy: float | None) -> dict:
    """What a saved model remembers of its training (design.md §2: dataset, epochs, accuracy)."""
    c = s.config
    meta = {"dataset": s.dataset, "epochs": epochs_done, "optimizer": c.optimizer, "lr": c.lr,
            "batch_size": c.batch_size, "seed": c.seed}
    if c.train_subset:
        meta["train_subset"] = c.train_subset
    if test_accuracy is not None:
        meta["accuracy"] = meta["test_accuracy"] = float(test_accuracy)
    return meta
