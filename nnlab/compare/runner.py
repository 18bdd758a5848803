"""Running a comparison: each variant trains in turn through the one Trainer, its events kept.

    runner = ComparisonRunner(comparison, data)      # data = ((x_train, t_train), (x_test, t_test))
    for index, event in runner.events():             # in the thread that should train
        ...                                          # runner.result.results[index] grows
    runner.result                                    # ComparisonResult

or ``run_comparison(comparison, data)`` for the whole thing. ``runner.stop`` (a threading.Event)
ends the current variant between two batches and skips the rest (they stay "pending").

A variant ends as:
    finished   every epoch (or ``iterations`` updates) done
    stopped    the learner stopped it
    failed     NaN/inf (the trainer's Diverged), a loss that grew to twice its first value
               (LossGrowing: it diverges), or it could not start (a bad setting): its curve is
               kept up to the failure, and ``message`` says why in both languages. (DeadUnits
               is not a failure here: a run that does not learn is what some comparisons show.)
The final train and test accuracy are those of the final weights on the comparison's data slice
(``evaluate``), so an iteration-limited run that ends mid-epoch has them too.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
import threading
import time
from collections.abc import Callable, Iterator

import numpy as np

from ..errors import NNLabError
from ..evaluation import evaluate
from ..events import BatchEnd, Diverged, EpochEnd, Finished, LossGrowing, Stopped
from ..network import Network
from ..trainer import Trainer
from .model import Comparison, ComparisonResult, Variant, VariantResult
from .setup import variant_setup

MAX_POINTS = 4000  # loss points kept per variant


def comparison_data(comparison: Comparison, data) -> tuple[tuple, tuple]:
    """The comparison's slice: the first ``train_limit`` training and ``test_limit`` test images
    (``test_limit`` 0: no test set, as figure 6-19 measures the training data only); with
    ``validation`` N, the last N images of the training slice are the evaluation set instead."""
    (x_train, t_train), (x_test, t_test) = data
    n, m, v = comparison.train_limit, comparison.test_limit, comparison.validation
    if v:  # hyperparameters are chosen on data the network never trains on, and not the test set
        x, t = x_train[:n], t_train[:n]
        return (x[:-v], t[:-v]), (x[-v:], t[-v:])
    return (x_train[:n], t_train[:n]), (None if m == 0 else (x_test[:m], t_test[:m]))


def report_every(comparison: Comparison, n_train: int, batch_size: int, epochs: int) -> int:
    """Report every k-th batch loss so that a run keeps at most MAX_POINTS of them."""
    total = comparison.iterations or epochs * -(-n_train // max(batch_size, 1))
    return max(1, -(-total // MAX_POINTS))


class ComparisonRunner:
    """Trains a comparison's variants one after another (module docstring)."""

    def __init__(self, comparison: Comparison, data, stop: threading.Event | None = None):
        self.comparison = comparison
        self.train, self.test = comparison_data(comparison, data)
        self.stop = stop if stop is not None else threading.Event()
        self.result = ComparisonResult.empty(comparison)

    def events(self) -> Iterator[tuple[int, object]]:
        """(variant index, trainer event) for every variant in turn; results fill as they come."""
        for index, variant in enumerate(self.comparison.variants):
            if self.stop.is_set():
                break
            yield from ((index, e) for e in self._variant(index, variant))
        self.result.created = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")

    def _variant(self, index: int, variant: Variant) -> Iterator[object]:
        result = self.result.results[index]
        result.status = "running"
        start = time.perf_counter()
        try:
            spec, config = variant_setup(self.comparison, variant)
            n_train = len(self.train[0])
            config = _limited(self.comparison, config, n_train)
            net = Network(spec, seed=config.seed, dtype="float32")
            local_stop = threading.Event()
            trainer = Trainer(net, self.train, self.test, config, stop=local_stop)
        except NNLabError as e:
            _fail(result, (e.en, e.ja))
            return
        except (ValueError, TypeError, KeyError) as e:  # a setting no check knew of
            _fail(result, (f"cannot train this variant: {e}", f"この条件では学習できません：{e}"))
            return
        limit = self.comparison.iterations
        for event in trainer.run():
            _keep(result, event)
            yield event
            step = getattr(event, "step", 0)
            if self.stop.is_set() or (limit is not None and step >= limit):
                local_stop.set()
            if isinstance(event, (Diverged, LossGrowing)):
                _fail(result, (event.en, event.ja))
                local_stop.set()  # a loss that keeps growing is divergence too: no result
        result.seconds = time.perf_counter() - start
        if result.failed:
            return
        result.status = "stopped" if self.stop.is_set() else "finished"
        self._final_accuracy(net, trainer, result)

    def _final_accuracy(self, net: Network, trainer: Trainer, result: VariantResult) -> None:
        _loss, train_acc = evaluate(net, trainer.x_train, trainer.t_train)
        result.final_train_acc = train_acc
        if trainer.x_test is not None and len(trainer.x_test):
            _loss, result.final_test_acc = evaluate(net, trainer.x_test, trainer.t_test)
        if not all(_finite(v) for v in (result.final_train_acc, result.final_test_acc)):
            _fail(result, ("the final weights give NaN", "最終的な重みで NaN になりました"))


def _limited(comparison: Comparison, config, n_train: int):
    """The config with enough epochs for ``iterations`` updates and a thinned loss report."""
    epochs = config.epochs
    if comparison.iterations is not None:
        per_epoch = -(-n_train // config.batch_size)
        epochs = max(1, -(-comparison.iterations // per_epoch))
    every = report_every(comparison, n_train, config.batch_size, epochs)
    return dataclasses.replace(config, epochs=epochs, report_every=every, train_subset=None)


def _finite(v) -> bool:
    return v is None or math.isfinite(v)


def _fail(result: VariantResult, message: tuple[str, str]) -> None:
    result.status = "failed"
    result.message = message


def _keep(result: VariantResult, event) -> None:
    """Keep what one trainer event says in the variant's series."""
    if isinstance(event, BatchEnd):
        result.steps.append(event.step)
        result.losses.append(float(event.loss))
    elif isinstance(event, EpochEnd):
        result.epochs.append(event.epoch)
        result.train_loss.append(float(event.train_loss))
        result.train_acc.append(event.train_acc)
        result.test_loss.append(event.test_loss)
        result.test_acc.append(event.test_acc)
    elif isinstance(event, (Finished, Stopped)):
        result.seconds = event.seconds if isinstance(event, Finished) else event.elapsed


def run_comparison(comparison: Comparison, data, stop: threading.Event | None = None,
                   on_event: Callable[[int, object], None] | None = None) -> ComparisonResult:
    """Train every variant (module docstring) and return the result."""
    runner = ComparisonRunner(comparison, data, stop)
    for index, event in runner.events():
        if on_event is not None:
            on_event(index, event)
    return runner.result


def accuracy_array(values: list[float | None]) -> np.ndarray:
    """Accuracies as floats with NaN where there is none (for plotting)."""
    return np.array([np.nan if v is None else v for v in values], dtype=float)
