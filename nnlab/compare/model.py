"""What a comparison is: one base run and variants that each change one setting.

    Comparison(title, setting, spec, config, variants, train_limit, test_limit, iterations)
    Variant(label=("Adam lr 0.001", "Adam 学習率 0.001"), changes={"optimizer": "adam", "lr": 0.001})

A variant's ``changes`` are applied to the base by ``variant_setup`` (nnlab.compare.setup):
TrainConfig fields (optimizer, lr, weight_decay, batch_size, epochs, seed, optimizer_options…)
change the config; ``init``, ``weight_scale``, ``batchnorm``, ``dropout``, ``activation`` and
``spec`` change the network. The data are the first ``train_limit`` training images (all when
None) and the first ``test_limit`` test images; ``iterations`` (None: ``config.epochs`` whole
epochs) ends every run after that many updates.

A run's results (``VariantResult``) are plain lists, so a finished comparison is a few kilobytes
of JSON (nnlab.compare.store) and can be shown again without training.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..trainer import TrainConfig

Text = tuple[str, str]  # (English, Japanese)

#: Settings a variant may change: what the Train tab's Compare… offers (nnlab.compare.setup).
SETTINGS = ("optimizer", "lr", "init", "batchnorm", "weight_decay", "dropout")
STATUSES = ("pending", "running", "finished", "stopped", "failed")


@dataclass(frozen=True)
class Variant:
    """One run of a comparison: its legend label (en, ja) and what it changes in the base."""

    label: Text
    changes: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        return self.label[1] if lang == "ja" else self.label[0]


@dataclass(frozen=True)
class Comparison:
    """A base run (network spec as a dict, TrainConfig, data slice) and its variants."""

    title: Text
    spec: dict[str, Any]
    config: TrainConfig
    variants: tuple[Variant, ...]
    setting: str = ""                  # the setting the variants differ in ("optimizer", …)
    train_limit: int | None = None     # the first N training images; None: all
    test_limit: int | None = None      # the first N test images; None: all; 0: none
    iterations: int | None = None      # end each run after this many updates; None: epochs
    validation: int = 0                # > 0: the last N images of the training slice are held
                                       # out and scored instead of test images (validation data)

    def text(self, lang: str = "en") -> str:
        return self.title[1] if lang == "ja" else self.title[0]


@dataclass
class VariantResult:
    """What one variant's run drew and how it ended.

    ``steps``/``losses``: the mini-batch loss after those updates (1-based, thinned to at most
    a few thousand points); ``epochs`` with ``train_loss``, ``train_acc``, ``test_loss``,
    ``test_acc`` per epoch (accuracies as fractions; None for a regression head);
    ``final_train_acc``/``final_test_acc``: of the final weights on the run's data slice.
    """

    label: Text
    status: str = "pending"
    message: Text = ("", "")
    steps: list[int] = field(default_factory=list)
    losses: list[float] = field(default_factory=list)
    epochs: list[float] = field(default_factory=list)
    train_loss: list[float] = field(default_factory=list)
    train_acc: list[float | None] = field(default_factory=list)
    test_loss: list[float | None] = field(default_factory=list)
    test_acc: list[float | None] = field(default_factory=list)
    final_train_acc: float | None = None
    final_test_acc: float | None = None
    seconds: float = 0.0

    def text(self, lang: str = "en") -> str:
        return self.label[1] if lang == "ja" else self.label[0]

    @property
    def failed(self) -> bool:
        return self.status == "failed"

    @property
    def done(self) -> bool:
        return self.status in ("finished", "stopped", "failed")

    @property
    def gap(self) -> float | None:
        """Train − test accuracy of the final weights (the overfitting gap), or None."""
        if self.failed or self.final_train_acc is None or self.final_test_acc is None:
            return None
        return self.final_train_acc - self.final_test_acc

    def final_loss(self, last: int = 10) -> float | None:
        """The mean of the last ``last`` reported batch losses (None before any, or failed)."""
        tail = [v for v in self.losses[-last:] if math.isfinite(v)]
        return None if self.failed or not tail else sum(tail) / len(tail)

    def smoothed(self, window: int | None = None) -> list[float]:
        """The batch losses as a trailing moving average over ``window`` points (default: a
        fiftieth of the run, at least 1), as the book smooths its loss curves. A NaN or ∞ loss
        is NaN where it falls and leaves the window as it passes (a running sum never would)."""
        n = len(self.losses)
        w = max(1, n // 50) if window is None else max(1, window)
        values = np.asarray(self.losses, dtype=float)
        finite = np.isfinite(values)
        sums = np.concatenate(([0.0], np.cumsum(np.where(finite, values, 0.0))))
        bad = np.concatenate(([0], np.cumsum(~finite)))
        ends = np.arange(1, n + 1)
        starts = np.maximum(0, ends - w)
        mean = (sums[ends] - sums[starts]) / (ends - starts)
        return np.where(bad[ends] - bad[starts] > 0, np.nan, mean).tolist()

    def snapshot(self) -> VariantResult:
        """A copy whose lists the caller may keep while this one grows (sent between threads)."""
        return VariantResult(
            self.label, self.status, self.message, list(self.steps), list(self.losses),
            list(self.epochs), list(self.train_loss), list(self.train_acc), list(self.test_loss),
            list(self.test_acc), self.final_train_acc, self.final_test_acc, self.seconds)


@dataclass
class ComparisonResult:
    """A comparison and its variants' results (in the variants' order)."""

    comparison: Comparison
    results: list[VariantResult]
    created: str = ""  # ISO time the comparison finished (set by the runner)

    @classmethod
    def empty(cls, comparison: Comparison) -> ComparisonResult:
        return cls(comparison, [VariantResult(v.label) for v in comparison.variants])

    @property
    def done(self) -> bool:
        return all(r.done for r in self.results)

    @property
    def stopped(self) -> bool:
        return any(r.status in ("stopped", "pending") for r in self.results)

    def result(self, label_en: str) -> VariantResult:
        """The result whose English label is ``label_en`` (KeyError names the labels)."""
        for r in self.results:
            if r.label[0] == label_en:
                return r
        raise KeyError(f"no variant {label_en!r}; known: {[r.label[0] for r in self.results]}")
