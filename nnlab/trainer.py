"""Mini-batch training as a generator of small events (the book's train_neuralnet.py loop).

    for epoch in 1..E:  shuffle the training set (seeded)
        for each batch (x, t):  L = loss(x, t);  grads = ∂L/∂θ by backprop;  θ ← optimizer(θ, grads)
        evaluate loss and accuracy on (part of) the training set and on the test set

``Trainer.run()`` yields ``Started``, then ``BatchEnd`` every ``report_every`` batches and
``EpochEnd`` per epoch, and ends with exactly one of ``Finished``, ``Stopped`` or ``Diverged``
(``Paused``/``Resumed`` in between when the pause Event is set and cleared). Events are frozen
dataclasses of plain floats and ints, cheap to send to another thread. Stop and pause are
``threading.Event``s checked between batches.

Speed (design.md §3): MNIST stays uint8 and each batch is converted into one preallocated float
buffer; the thread that iterates the generator computes with denormals flushed to zero
(nnlab.fpmode), and while a run is under way BLAS uses up to ``config.threads`` threads (None:
every idle core; one for a network whose GEMMs are all too small to gain: nnlab.threads) — for the
whole process, since BLAS has no per-thread setting; the app asks for every core but one, so the
window keeps its own.

Divergence guard: the first NaN or infinite loss (checked every batch, free: it is one float) or
parameter (checked every ``GUARD_EVERY`` steps) ends the run with ``Diverged``, and the network
gets back the parameters of the last good step: the last parameters that were finite and gave a
finite loss on the next batch. Copying every parameter every step would cost a few per cent of
the step, so instead a checkpoint (parameters, buffers, optimizer state, random generator
states) is taken every ``GUARD_EVERY`` steps and at the start of each epoch, only after the
parameters were seen to be finite and to give a finite loss. On divergence the checkpoint is
restored and the few steps since are replayed exactly (same batches, same random numbers) up to
the last good one. The cost is one copy per ``GUARD_EVERY`` steps.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field

import numpy as np

from . import layers as L
from .augment import Augmenter
from .errors import NNLabError
from .fpmode import flush_denormals
from .network import Network
from .optimizers import make_optimizer
from .threads import blas_threads, training_threads

EVAL_BATCH = 1000
TRAIN_EVAL_LIMIT = 10_000


class TrainerError(NNLabError):
    """Settings or data the trainer cannot use; ``en``/``ja`` say what is wrong."""


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


# ---- events: epochs are 1-based; batch = batches done in the epoch, step = updates done in the run


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
    ``restored_step`` updates (the last good step). ``en``/``ja`` explain it and suggest a fix."""

    epoch: int
    batch: int
    step: int
    loss: float
    en: str
    ja: str
    restored_step: int = 0


@dataclass(frozen=True)
class Finished:
    epochs: int
    train_acc: float | None
    test_acc: float | None
    seconds: float
    samples_per_s: float


TrainEvent = Started | BatchEnd | EpochEnd | Paused | Resumed | Stopped | Diverged | Finished


def divergence_message(lr: float) -> tuple[str, str]:
    """The curriculum's explanation of a diverging run (lesson 6), in English and Japanese."""
    suggest = lr / 10
    en = (f"Training diverged: the loss or the weights became NaN or infinite. The learning rate "
          f"{lr:g} is too high, so each step overshoots the minimum and the weights grow without "
          "bound. The weights of the last good step were restored. Try a smaller learning rate, "
          f"e.g. {suggest:g}.")
    ja = ("学習が発散しました：損失または重みが NaN または無限大になりました。"
          f"学習率 {lr:g} が大きすぎるため、1 回の更新で最小値を飛び越え、"
          "重みが際限なく大きくなります。最後に正常だったステップの重みに戻しました。"
          f"学習率を小さくしてください（例：{suggest:g}）。")
    return en, ja


def has_accuracy(net: Network) -> bool:
    """Accuracy is defined for classification heads (softmax, sigmoid), not for regression."""
    return not isinstance(net.head, L.IdentityWithLoss)


def evaluate(net: Network, x: np.ndarray, t: np.ndarray, limit: int | None = None,
             batch_size: int = EVAL_BATCH,
             buffer: np.ndarray | None = None) -> tuple[float, float | None]:
    """(mean loss, accuracy) of ``net`` on the first ``limit`` samples, in inference mode.

    x may be uint8 (0–255, scaled by 1/255 per chunk) or float; accuracy is argmax for softmax,
    u > 0 (y > 0.5) for sigmoid, None for regression.
    """
    n = len(x) if limit is None else min(limit, len(x))
    if n == 0:
        return float("nan"), None
    shape = net.input_shape
    head = net.head
    if buffer is None or len(buffer) < min(batch_size, n):
        buffer = np.empty((min(batch_size, n), *shape), dtype=net.dtype)
    total_loss, correct, count = 0.0, 0, 0
    for start in range(0, n, batch_size):
        stop = min(start + batch_size, n)
        xb = _into(buffer[:stop - start], x[start:stop])
        tb = t[start:stop]
        u = net.forward(xb, train=False)
        total_loss += head.forward(u, tb) * (stop - start)
        if isinstance(head, L.SoftmaxWithLoss):
            labels = tb.argmax(axis=1) if tb.ndim == 2 else tb
            correct += int(np.count_nonzero(u.argmax(axis=1) == labels))
            count += stop - start
        elif isinstance(head, L.SigmoidWithLoss):
            correct += int(np.count_nonzero((u > 0) == (np.reshape(tb, u.shape) > 0.5)))
            count += u.size
    acc = correct / count if has_accuracy(net) else None
    return total_loss / n, acc


def _into(buf: np.ndarray, x: np.ndarray) -> np.ndarray:
    """x as the network's input, written into ``buf`` (uint8 pixels scaled to [0, 1])."""
    x = x.reshape(buf.shape)
    if x.dtype == np.uint8:
        np.multiply(x, buf.dtype.type(1 / 255), out=buf)
    else:
        buf[...] = x
    return buf


@dataclass
class _Checkpoint:
    """Everything needed to replay the run from step ``step``: batch ``batch`` of the epoch next."""

    step: int
    batch: int
    perm: np.ndarray
    state: dict[str, np.ndarray]
    optimizer: dict
    rngs: tuple


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
        for name, ja in (("epochs", "エポック数"), ("batch_size", "バッチサイズ"),
                         ("report_every", "報告間隔")):
            value = getattr(cfg, name)
            if not isinstance(value, int) or value < 1:
                raise TrainerError(f"{name} must be a positive whole number, not {value!r}",
                                   f"{ja}は正の整数でなければなりません（{value!r}）")
        if not (isinstance(cfg.lr, (int, float)) and cfg.lr > 0 and math.isfinite(cfg.lr)):
            raise TrainerError(f"the learning rate must be a positive number, not {cfg.lr!r}",
                               f"学習率は正の数でなければなりません（{cfg.lr!r}）")
        if cfg.threads is not None and (not isinstance(cfg.threads, int) or cfg.threads < 1):
            raise TrainerError(f"threads must be a positive whole number, not {cfg.threads!r}",
                               f"スレッド数は正の整数でなければなりません（{cfg.threads!r}）")
        if not cfg.weight_decay >= 0:
            raise TrainerError(f"weight decay must be ≥ 0, not {cfg.weight_decay!r}",
                               "荷重減衰（weight decay）は 0 以上でなければなりません"
                               f"（{cfg.weight_decay!r}）")
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
        if cfg.train_subset is not None:
            if cfg.train_subset < 1:
                raise TrainerError(f"train_subset must be ≥ 1, not {cfg.train_subset!r}",
                                   "訓練データの件数は 1 以上でなければなりません"
                                   f"（{cfg.train_subset!r}）")
            if cfg.train_subset < len(x):
                order = np.random.default_rng(seeds[0]).permutation(len(x))
                keep = np.sort(order[:cfg.train_subset])
                x, t = x[keep], t[keep]
        self.x_train, self.t_train = x, t
        self.x_test, self.t_test = (None, None) if test is None else self._checked("test", *test)
        self.augmenter = None
        if cfg.augment:
            if int(np.prod(net.input_shape)) != 28 * 28:
                raise TrainerError(
                    f"augmentation shifts, turns and scales 28×28 images; this network's input is "
                    f"{net.input_shape}",
                    "データ拡張は 28×28 の画像を移動・回転・拡大縮小します。"
                    f"このネットワークの入力は {net.input_shape} です")
            self.augmenter = Augmenter(np.random.default_rng(seeds[2]))
        n = len(self.x_train)
        self.batches_per_epoch = -(-n // cfg.batch_size)
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
            raise TrainerError(f"{what} data is empty", f"{ja}データが空です")
        if x.shape[1:] != shape:
            if int(np.prod(x.shape[1:])) != int(np.prod(shape)):
                raise TrainerError(
                    f"{what} data has samples of shape {x.shape[1:]}, but the network takes "
                    f"{shape}",
                    f"{ja}データのサンプルの形は {x.shape[1:]} ですが、"
                    f"ネットワークの入力は {shape} です")
            x = x.reshape(len(x), *shape)
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
            yield from self._run()

    def _run(self) -> Iterator[TrainEvent]:
        cfg, net = self.config, self.net
        x, t = self.x_train, self.t_train
        n, bs = len(x), cfg.batch_size
        nb = self.batches_per_epoch
        n_test = 0 if self.x_test is None else len(self.x_test)
        yield Started(cfg.epochs, nb, cfg.epochs * nb, n, n_test)

        params = net.params
        xbuf = np.empty((bs, *net.input_shape), dtype=net.dtype)
        ubuf = np.empty((bs, *x.shape[1:]), dtype=x.dtype)
        self._eval_buf = np.empty((min(EVAL_BATCH, max(n, n_test)), *net.input_shape), net.dtype)
        self._checkpoint = None
        self._state_buf = {k: np.empty_like(v) for k, v in {**net.params, **net.buffers}.items()}
        guard = self.GUARD_EVERY
        clock = _Clock()  # .trained counts only the time spent in training steps
        step = 0
        window_loss, window_count, window_samples, window_start = 0.0, 0, 0, 0.0
        acc_train = acc_test = None
        for epoch in range(1, cfg.epochs + 1):
            epoch_start, epoch_trained = clock.now(), clock.trained
            epoch_loss = 0.0
            perm = self._shuffle_rng.permutation(n)
            clock.start()
            for b in range(nb):
                if self.pause.is_set() or self.stop.is_set():
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
                        return
                    clock.start()
                checkpoint = step % guard == 0 or b == 0
                if checkpoint:
                    rngs = self._rng_states()  # before this batch draws from them
                    # and before its forward pass moves BatchNorm's running statistics
                    buffers = {k: v.copy() for k, v in self.net.buffers.items()}
                idx = perm[b * bs:(b + 1) * bs]
                xb = self._batch(x, idx, xbuf[:len(idx)], ubuf)
                loss = self._forward_backward(xb, t[idx])
                if not math.isfinite(loss):
                    yield self._diverged(epoch, b + 1, step + 1, loss, bad=step)
                    return
                if checkpoint:
                    if not self._params_finite():
                        yield self._diverged(epoch, b + 1, step + 1, loss, bad=step)
                        return
                    self._save_checkpoint(step, b, perm, rngs, buffers)
                self.optimizer.update(params, self._grads())
                step += 1
                epoch_loss += loss
                window_loss += loss
                window_count += 1
                window_samples += len(idx)
                if step % cfg.report_every == 0:
                    clock.lap()
                    rate = window_samples / max(clock.trained - window_start, 1e-9)
                    yield BatchEnd(epoch, b + 1, step, loss, window_loss / window_count, rate,
                                   clock.now())
                    window_loss, window_count, window_samples = 0.0, 0, 0
                    window_start = clock.trained
                    clock.start()
            clock.lap()
            if not self._params_finite():
                yield self._diverged(epoch, nb, step, float("nan"), bad=step)
                return

            if cfg.evaluate_train:
                loss_train, acc_train = evaluate(net, x, t, TRAIN_EVAL_LIMIT, buffer=self._eval_buf)
            else:
                loss_train, acc_train = epoch_loss / nb, None
            loss_test = acc_test = None
            if self.x_test is not None:
                loss_test, acc_test = evaluate(net, self.x_test, self.t_test, buffer=self._eval_buf)
            yield EpochEnd(epoch, loss_train, acc_train, loss_test, acc_test,
                           clock.now() - epoch_start, n / max(clock.trained - epoch_trained, 1e-9))
        yield Finished(cfg.epochs, acc_train, acc_test, clock.now(),
                       cfg.epochs * n / max(clock.trained, 1e-9))

    def _batch(self, x, idx, xb, ubuf) -> np.ndarray:
        """The batch x[idx] as floats in xb (augmented when configured)."""
        m = len(idx)
        if x.dtype == xb.dtype and self.augmenter is None:
            return np.take(x, idx, axis=0, out=xb)
        # Gather in the data's own type (uint8 MNIST: a quarter of the bytes), then convert.
        u = np.take(x, idx, axis=0, out=ubuf[:m])
        if self.augmenter is not None:
            self.augmenter.augment(u.reshape(m, -1), out=xb.reshape(m, -1))
            return xb
        return _into(xb, u)

    def _forward_backward(self, x, t) -> float:
        """L for the batch, leaving ∂L/∂θ in every layer's grads."""
        loss = self.net.loss(x, t, train=True)
        self.net.backward()
        return loss

    def _grads(self) -> dict[str, np.ndarray]:
        return {key: layer.grads[k] for key, layer, k in self._grad_refs}

    # ---- divergence guard ----------------------------------------------------------------------
    def _params_finite(self) -> bool:
        return all(np.isfinite(v).all() for v in self.net.params.values())

    def _rng_states(self) -> tuple:
        aug = self.augmenter.rng.bit_generator.state if self.augmenter is not None else None
        return (self.net.rng.bit_generator.state, aug)

    def _save_checkpoint(self, step: int, batch: int, perm: np.ndarray, rngs: tuple,
                         buffers: dict[str, np.ndarray]) -> None:
        for k, v in {**self.net.params, **buffers}.items():
            np.copyto(self._state_buf[k], v)
        self._checkpoint = _Checkpoint(step, batch, perm, self._state_buf,
                                       self.optimizer.state_dict(), rngs)

    def _restore_checkpoint(self) -> None:
        c = self._checkpoint
        self.net.set_state(c.state)
        self.optimizer.load_state_dict(c.optimizer)
        self.net.rng.bit_generator.state = c.rngs[0]
        if self.augmenter is not None:
            self.augmenter.rng.bit_generator.state = c.rngs[1]

    def _diverged(self, epoch: int, batch: int, step: int, loss: float, bad: int) -> Diverged:
        """Restore the last good step before ``bad`` (the number of updates behind the first bad
        parameters) and describe what happened."""
        target = self._replay(bad - 1)
        en, ja = divergence_message(self.config.lr)
        return Diverged(epoch, batch, step, float(loss), en, ja, target)

    def _replay(self, target: int) -> int:
        """Put the network back to the parameters after ``target`` updates (≥ the checkpoint's),
        replaying from the checkpoint, which lies in the current epoch. Returns the step reached."""
        c = self._checkpoint
        if c is None:  # diverged before any checkpoint: keep the weights as they are
            return 0
        self._restore_checkpoint()
        x, t, bs = self.x_train, self.t_train, self.config.batch_size
        xbuf = np.empty((bs, *self.net.input_shape), dtype=self.net.dtype)
        ubuf = np.empty((bs, *x.shape[1:]), dtype=x.dtype)
        params = self.net.params
        step, b = c.step, c.batch
        while step < target:
            idx = c.perm[b * bs:(b + 1) * bs]
            xb = self._batch(x, idx, xbuf[:len(idx)], ubuf)
            self._forward_backward(xb, t[idx])
            self.optimizer.update(params, self._grads())
            step += 1
            b += 1
        if not self._params_finite():  # cannot happen with a deterministic BLAS; be safe anyway
            self._restore_checkpoint()
            return c.step
        return step


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
