"""Mini-batch training as a generator of small events (the book's train_neuralnet.py loop).

    for epoch in 1..E:  shuffle the training set (seeded)
        for each batch (x, t):  L = loss(x, t);  grads = ∂L/∂θ by backprop;  θ ← optimizer(θ, grads)
        evaluate loss and accuracy on (part of) the training set and on the test set

``Trainer.run()`` yields ``Started``, then ``BatchEnd`` every ``report_every`` batches and
``EpochEnd`` per epoch, and ends with exactly one of ``Finished``, ``Stopped`` or ``Diverged``
(``Paused``/``Resumed`` in between when the pause Event is set and cleared). Events are frozen
dataclasses of plain floats and ints, cheap to send to another thread. Stop and pause are
``threading.Event``s checked between batches. ``LossGrowing`` and ``DeadUnits`` warn (once
each) that the learning rate is too high; the run goes on until its driver stops it.

Speed (design.md §3): MNIST stays uint8 and each batch is converted into one preallocated float
buffer; the thread that iterates the generator computes with denormals flushed to zero
(nnlab.fpmode), and while a run is under way BLAS uses up to ``config.threads`` threads (None:
every idle core; one for a network whose GEMMs are all too small to gain: nnlab.threads) — for the
whole process, since BLAS has no per-thread setting; the app asks for every core but one, so the
window keeps its own.

Events (nnlab.events), the divergence guard (nnlab.guard), the watch for a growing loss and dead
ReLU layers (nnlab.health) and evaluation (nnlab.evaluation) live in their own modules; this one
is the loop.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field

import numpy as np

from .augment import Augmenter
from .data.mnist import PIXELS
from .evaluation import evaluate, into_input
from .events import (
    BatchEnd,
    DeadUnits,
    Diverged,
    EpochEnd,
    Finished,
    LossGrowing,
    Paused,
    Resumed,
    Started,
    Stopped,
    TrainEvent,
)
from .fpmode import flush_denormals
from .guard import DivergenceGuard
from .health import RunWatch, divergence_message
from .network import Network
from .optimizers import make_optimizer
from .threads import blas_threads, training_threads
from .train_checks import TrainerError, check_budget, check_targets, first_loss_message

__all__ = [
    "BatchEnd", "DeadUnits", "Diverged", "EpochEnd", "Finished", "LossGrowing", "Paused",
    "Resumed", "Started", "Stopped", "TrainConfig", "TrainEvent", "Trainer", "TrainerError",
    "evaluate",
]

TRAIN_EVAL_LIMIT = 10_000


@dataclass(frozen=True)
class TrainConfig:
    """How to train. ``train_subset`` N uses the first N training samples after a seeded shuffle."""

    epochs: int = 5
    batch_size: int = 100
    optimizer: str = "adam"
    lr: float = 0.001
    optimizer_options: dict = field(default_factory=dict)  # e.g. {"momentum": 0.9}
    weight_decay: float = 0.0
    seed: int = 0
    augment: bool = False
    train_subset: int | None = None
    report_every: int = 10        # a BatchEnd every k batches
    evaluate_train: bool = True   # per-epoch train loss/accuracy (on up to 10,000 samples)
    threads: int | None = None    # at most this many BLAS threads; None: every idle core


def _check_config(cfg: TrainConfig) -> None:
    """Raise TrainerError (both languages) for a setting the loop cannot use."""
    for name, ja in (("epochs", "エポック数"), ("batch_size", "バッチサイズ"),
                     ("report_every", "報告間隔")):
        value = getattr(cfg, name)
        if not isinstance(value, int) or value < 1:
            raise TrainerError(f"{name} must be a positive whole number, not {value!r}",
                               f"{ja}は正の整数でなければなりません（{value!r}）")
    if not (isinstance(cfg.lr, (int, float)) and cfg.lr > 0 and math.isfinite(cfg.lr)):
        raise TrainerError(f"the learning rate must be a positive number, not {cfg.lr!r}",
                           f"学習率は正の数でなければなりません（{cfg.lr!r}）")
    if not cfg.weight_decay >= 0:
        raise TrainerError(f"weight decay must be ≥ 0, not {cfg.weight_decay!r}",
                           "荷重減衰（weight decay）は 0 以上でなければなりません"
                           f"（{cfg.weight_decay!r}）")
    if cfg.train_subset is not None and cfg.train_subset < 1:
        raise TrainerError(f"train_subset must be ≥ 1, not {cfg.train_subset!r}",
                           f"訓練データの件数は 1 以上でなければなりません（{cfg.train_subset!r}）")
    if cfg.threads is not None and (not isinstance(cfg.threads, int) or cfg.threads < 1):
        raise TrainerError(f"threads must be a positive whole number, not {cfg.threads!r}",
                           f"スレッド数は正の整数でなければなりません（{cfg.threads!r}）")


class Trainer:
    """Trains ``net`` in place on ``train`` = (x, t), evaluating on ``test`` = (x, t) or None.

    x is uint8 (0–255) or float in [0, 1], of shape (N, *input_shape) or (N, prod(input_shape));
    t holds labels (N,) or targets (N, K). ``stop`` and ``pause`` are threading.Events (created
    when not given; set ``trainer.stop`` to end the run between two batches).
    """

    GUARD_EVERY = 50

    def __init__(self, net: Network, train, test=None, config: TrainConfig | None = None,
                 stop: threading.Event | None = None, pause: threading.Event | None = None):
        self.net = net
        self.config = cfg = config or TrainConfig()
        self.stop = stop if stop is not None else threading.Event()
        self.pause = pause if pause is not None else threading.Event()
        _check_config(cfg)
        try:
            self.optimizer = make_optimizer(cfg.optimizer, cfg.lr, weight_decay=cfg.weight_decay,
                                            **cfg.optimizer_options)
        except TypeError as e:
            raise TrainerError(f"bad option for optimizer {cfg.optimizer!r}: {e}",
                               f"最適化手法 {cfg.optimizer} には使えない設定です：{e}") from None
        except ValueError as e:
            raise TrainerError(str(e), f"最適化手法 {cfg.optimizer!r} はありません") from None

        seeds = np.random.SeedSequence(cfg.seed).spawn(3)
        self._shuffle_rng = np.random.default_rng(seeds[1])
        x, t = self._checked("training", *train)
        if cfg.train_subset is not None and cfg.train_subset < len(x):
            order = np.random.default_rng(seeds[0]).permutation(len(x))
            keep = np.sort(order[:cfg.train_subset])
            x, t = x[keep], t[keep]
        self.x_train, self.t_train = x, t
        self.x_test, self.t_test = (None, None) if test is None else self._checked("test", *test)
        self.augmenter = None
        if cfg.augment:
            if int(np.prod(net.input_shape)) != PIXELS:
                raise TrainerError(
                    f"augmentation shifts, turns and scales 28×28 images; this network's input is "
                    f"{net.input_shape}",
                    "データ拡張は 28×28 の画像を移動・回転・拡大縮小します。"
                    f"このネットワークの入力は {net.input_shape} です")
            self.augmenter = Augmenter(np.random.default_rng(seeds[2]))
        self.batches_per_epoch = -(-len(self.x_train) // cfg.batch_size)
        # A batch larger than the data set is the whole set; the design must fit the size budget
        # (nnlab.budget) in batches of that size, and evaluation batches are sized to fit too.
        self.batch_size = min(cfg.batch_size, len(self.x_train))
        n_test = 0 if self.x_test is None else len(self.x_test)
        self.eval_batch = check_budget(net, self.batch_size, max(len(self.x_train), n_test))
        # Parameter keys and where their gradients appear after backward.
        self._grad_refs = [(f"layers.{i}.{k}", layer, k)
                           for i, layer in enumerate(net.layers) for k in layer.params]

    def _checked(self, what: str, x, t) -> tuple[np.ndarray, np.ndarray]:
        x, t = np.asarray(x), np.asarray(t)
        shape = self.net.input_shape
        ja = "訓練" if what == "training" else "テスト"
        n_x, n_t = len(np.atleast_1d(x)), len(np.atleast_1d(t))
        if x.ndim == 0 or n_x != n_t:
            raise TrainerError(f"{what} data: {n_x} inputs but {n_t} targets",
                               f"{ja}データ：入力 {n_x} 件に対して正解が {n_t} 件です")
        if len(x) == 0:
            raise TrainerError(f"{what} data is empty (a folder of only t10k-* files is a test "
                               "set: it can evaluate a model, not train one)",
                               f"{ja}データが空です（t10k-* だけのフォルダはテスト用で、"
                               "モデルの評価はできますが学習はできません）")
        if x.shape[1:] != shape:
            if int(np.prod(x.shape[1:])) != int(np.prod(shape)):
                raise TrainerError(
                    f"{what} data has samples of shape {x.shape[1:]}, but the network takes "
                    f"{shape}",
                    f"{ja}データのサンプルの形状は {x.shape[1:]} ですが、"
                    f"ネットワークの入力は {shape} です")
            x = x.reshape(len(x), *shape)
        check_targets(self.net, what, t)
        return x, t

    # ---- the loop ------------------------------------------------------------------------------
    def run(self) -> Iterator[TrainEvent]:
        """Train, yielding events (module docstring). Iterate it in the thread that should train."""
        with ExitStack() as stack:
            stack.enter_context(flush_denormals())
            # Overflow is how divergence starts; the guard reports it, numpy need not warn too.
            stack.enter_context(np.errstate(over="ignore", invalid="ignore", divide="ignore"))
            cfg = self.config
            stack.enter_context(blas_threads(training_threads(cfg.threads, self.net,
                                                              cfg.batch_size)))
            try:
                yield from self._run()
            finally:  # however the run ended, its buffers and checkpoint go with it
                self._xbuf = self._ubuf = self._eval_buf = self._guard = None

    def _run(self) -> Iterator[TrainEvent]:
        cfg, net = self.config, self.net
        n, nb = len(self.x_train), self.batches_per_epoch
        n_test = 0 if self.x_test is None else len(self.x_test)
        yield Started(cfg.epochs, nb, cfg.epochs * nb, n, n_test)

        # Buffers for at most one batch (a batch size beyond the data allocates no more).
        m = min(cfg.batch_size, n)
        self._xbuf = np.empty((m, *net.input_shape), dtype=net.dtype)
        self._ubuf = np.empty((m, *self.x_train.shape[1:]), dtype=self.x_train.dtype)
        self._eval_buf = np.empty((self.eval_batch, *net.input_shape), net.dtype)
        self._params = net.params
        self._guard = DivergenceGuard(net, self.optimizer, self.augmenter)
        self._watch = RunWatch(net, cfg.optimizer, cfg.lr, nb)
        self._clock = clock = _Clock()  # .trained counts only the time spent in training steps
        self._window = _Window()
        self._step = 0
        last = None
        for epoch in range(1, cfg.epochs + 1):
            epoch_start, epoch_trained = clock.now(), clock.trained
            epoch_loss = yield from self._epoch(epoch)
            if epoch_loss is None:  # stopped or diverged
                return
            last = self._epoch_end(epoch, epoch_loss, epoch_start, epoch_trained)
            yield last
        yield Finished(cfg.epochs, last.train_acc, last.test_acc, clock.now(),
                       cfg.epochs * n / max(clock.trained, 1e-9))

    def _epoch(self, epoch: int):
        """One pass over the shuffled training set, yielding its events; returns the sum of the
        batch losses, or None when the run has ended (Stopped or Diverged yielded)."""
        bs, clock, guard = self.config.batch_size, self._clock, self._guard
        perm = self._shuffle_rng.permutation(len(self.x_train))
        epoch_loss = 0.0
        clock.start()
        for b in range(self.batches_per_epoch):
            if self.pause.is_set() or self.stop.is_set():
                if (yield from self._hold(epoch, b)):
                    return None
            checkpoint = self._step % self.GUARD_EVERY == 0 or b == 0
            before = guard.before_batch() if checkpoint else None
            idx = perm[b * bs:(b + 1) * bs]
            loss = self._gradient(idx)
            if not math.isfinite(loss) or (checkpoint and not guard.params_finite()):
                yield self._diverged(epoch, b + 1, self._step + 1, loss, bad=self._step)
                return None
            if checkpoint:
                guard.save(self._step, b, perm, before)
            self.optimizer.update(self._params, self._grads())
            self._step += 1
            epoch_loss += loss
            yield from self._after_step(epoch, b + 1, loss, len(idx))
        clock.lap()
        if not guard.params_finite():
            yield self._diverged(epoch, self.batches_per_epoch, self._step, float("nan"),
                                 bad=self._step)
            return None
        return epoch_loss

    def _hold(self, epoch: int, b: int):
        """Wait while paused (yielding Paused, then Resumed); True once Stopped was yielded."""
        clock = self._clock
        clock.lap()
        if not self.stop.is_set():
            yield Paused(epoch, b)
            clock.pause()
            while self.pause.is_set() and not self.stop.is_set():
                self.stop.wait(0.05)
            clock.resume()
            if not self.stop.is_set():
                yield Resumed(epoch, b)
        if self.stop.is_set():
            yield Stopped(epoch, b, clock.now())
            return True
        clock.start()
        return False

    def _after_step(self, epoch: int, batch: int, loss: float, samples: int):
        """A BatchEnd every report_every steps, and the watch's warnings (outside the timing)."""
        clock, window, step = self._clock, self._window, self._step
        window.add(loss, samples)
        events = []
        if step % self.config.report_every == 0:
            clock.lap()
            rate = window.samples / max(clock.trained - window.start, 1e-9)
            events.append(BatchEnd(epoch, batch, step, loss, window.mean(), rate, clock.now()))
            window.reset(clock.trained)
        warning = self._watch.after_step(epoch, step, loss)
        if warning is not None:
            clock.lap()
            events.append(warning)
        if events:
            yield from events
            clock.start()

    def _epoch_end(self, epoch: int, epoch_loss: float, start: float, trained: float) -> EpochEnd:
        """Loss and accuracy on (up to 10,000 of) the training set and on the test set."""
        cfg, net, clock = self.config, self.net, self._clock
        if cfg.evaluate_train:
            loss_train, acc_train = evaluate(net, self.x_train, self.t_train, TRAIN_EVAL_LIMIT,
                                             self.eval_batch, buffer=self._eval_buf)
        else:
            loss_train, acc_train = epoch_loss / self.batches_per_epoch, None
        loss_test = acc_test = None
        if self.x_test is not None:
            loss_test, acc_test = evaluate(net, self.x_test, self.t_test, batch_size=self.eval_batch,
                                           buffer=self._eval_buf)
        return EpochEnd(epoch, loss_train, acc_train, loss_test, acc_test, clock.now() - start,
                        len(self.x_train) / max(clock.trained - trained, 1e-9))

    # ---- one step ------------------------------------------------------------------------------
    def _gradient(self, idx: np.ndarray) -> float:
        """L for the batch x[idx] (augmented when configured), leaving ∂L/∂θ in every layer."""
        x, m = self.x_train, len(idx)
        xb = self._xbuf[:m]
        if x.dtype == xb.dtype and self.augmenter is None:
            np.take(x, idx, axis=0, out=xb)
        else:
            # Gather in the data's own type (uint8 MNIST: a quarter of the bytes), then convert.
            u = np.take(x, idx, axis=0, out=self._ubuf[:m])
            if self.augmenter is not None:
                self.augmenter.augment(u.reshape(m, -1), out=xb.reshape(m, -1))
            else:
                into_input(xb, u)
        loss = self.net.loss(xb, self.t_train[idx], train=True)
        self.net.backward()
        return loss

    def _learn(self, idx: np.ndarray) -> float:
        """One whole update on the batch x[idx]: θ ← optimizer(θ, ∂L/∂θ). Returns L."""
        loss = self._gradient(idx)
        self.optimizer.update(self._params, self._grads())
        return loss

    def _grads(self) -> dict[str, np.ndarray]:
        return {key: layer.grads[k] for key, layer, k in self._grad_refs}

    def _diverged(self, epoch: int, batch: int, step: int, loss: float, bad: int) -> Diverged:
        """Restore the last good step before ``bad`` (the number of updates behind the first bad
        parameters) and describe what happened."""
        target = self._guard.replay(bad - 1, self.config.batch_size, self._learn)
        if bad == 0:  # NaN before any update: the initial weights or the data, not the rate
            return Diverged(epoch, batch, step, float(loss), *first_loss_message(), target, 0.0)
        en, ja, suggested = divergence_message(self.config.optimizer, self.config.lr)
        return Diverged(epoch, batch, step, float(loss), en, ja, target, suggested)


class _Window:
    """The batches since the last BatchEnd: their summed loss, count and samples."""

    def __init__(self):
        self.reset(0.0)

    def reset(self, start: float) -> None:
        self.loss, self.count, self.samples, self.start = 0.0, 0, 0, start

    def add(self, loss: float, samples: int) -> None:
        self.loss += loss
        self.count += 1
        self.samples += samples

    def mean(self) -> float:
        return self.loss / self.count


class _Clock:
    """Seconds since the run started, not counting pauses; ``trained``: seconds inside training
    steps only (between ``start()`` and ``lap()``), for samples per second."""

    def __init__(self):
        self._origin = time.perf_counter()
        self._paused_at: float | None = None
        self._segment: float | None = None
        self.trained = 0.0

    def now(self) -> float:
        return time.perf_counter() - self._origin

    def start(self) -> None:
        self._segment = time.perf_counter()

    def lap(self) -> None:
        if self._segment is not None:
            self.trained += time.perf_counter() - self._segment
            self._segment = None

    def pause(self) -> None:
        self._paused_at = time.perf_counter()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._origin += time.perf_counter() - self._paused_at
            self._paused_at = None
