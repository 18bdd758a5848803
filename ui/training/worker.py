"""The training worker: nnlab's Trainer driven in a QThread, reported to the GUI in small pieces.

The trainer is a generator of events; this thread pulls them as fast as it can and forwards a
thinned-out stream (design.md §4):

- batch losses are gathered and sent together at most ``EMIT_HZ`` times a second, each as a few
  small arrays (steps, raw loss, smoothed loss) — never one signal per batch;
- histograms of the layers and the first layer's weight tiles are computed here, between two
  training steps, at most ``HISTOGRAM_HZ`` times a second;
- every other event (epoch ends, pauses, stops, divergence, warnings, the end) is forwarded as
  it comes (they are rare), by the signal ``EVENT_SIGNALS`` names for its type;
- after the run, the test set is evaluated here too (confusion matrix, mistakes).

Stop and pause are ``threading.Event`` objects the trainer polls between batches, so they work
while this thread is busy (a queued slot would wait for the whole run). The smoothed loss is
nnlab.health's moving average with bias correction, the one the loss-growth rule watches:

    m_k = β m_(k−1) + (1 − β) L_k,    s_k = m_k / (1 − βᵏ).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from nnlab import load_mnist
from nnlab.errors import NNLabError
from nnlab.evaluation import evaluate_classes
from nnlab.events import (
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
)
from nnlab.health import MovingAverage
from nnlab.runs import TrainSettings
from nnlab.trainer import Trainer

from .analysis import first_layer_tiles, layer_histograms

_log = logging.getLogger(__name__)

EMIT_HZ = 8
HISTOGRAM_HZ = 2
# Every event but BatchEnd (gathered into BatchPoints) -> the TrainingThread signal that carries it.
EVENT_SIGNALS = {
    Started: "runStarted", EpochEnd: "epochFinished", Paused: "runPaused", Resumed: "runResumed",
    Stopped: "runStopped", Diverged: "runDiverged", LossGrowing: "runWarned",
    DeadUnits: "runWarned", Finished: "runFinished",
}


class DatasetCache:
    """The dataset loaded last (uint8, as the trainer wants it), shared by every Train tab.

    Reading MNIST's gzip files takes about half a second; a learner starts many short runs.
    Holding one dataset keeps memory bounded (≈ 55 MB for MNIST).
    """

    _lock = threading.Lock()
    _key: str | None = None
    _data = None

    @classmethod
    def get(cls, folder: Path | None):
        """``((x_train, t_train), (x_test, t_test))`` of the bundled MNIST (None) or a folder."""
        key = "" if folder is None else str(Path(folder).resolve())
        with cls._lock:
            if cls._data is None or cls._key != key:
                cls._data = None  # let the old arrays go before the new ones arrive
                cls._data = load_mnist(folder, dtype="uint8")
                cls._key = key
            return cls._data


def _shaped(x: np.ndarray, input_shape: tuple[int, ...]) -> np.ndarray:
    """A view of flat images in the network's input shape (e.g. (N, 784) as (N, 1, 28, 28))."""
    return x if x.shape[1:] == input_shape else x.reshape((len(x),) + input_shape)


@dataclass(frozen=True)
class RunRequest:
    """What one run trains: the network (the worker's own copy), on which data, how."""

    net: object  # nnlab.Network
    settings: TrainSettings  # .folder (None: the bundled MNIST), .config, …


@dataclass(frozen=True)
class BatchPoints:
    """Batch losses since the last report (small copies) and the latest BatchEnd."""

    steps: np.ndarray     # global step numbers, 1-based
    losses: np.ndarray
    smoothed: np.ndarray
    last: BatchEnd


class TrainingThread(QThread):
    """Trains ``request.net`` and reports; ``stop_event`` and ``pause_event`` steer it."""

    runStarted = Signal(object)       # Started
    batchesReported = Signal(object)  # BatchPoints
    epochFinished = Signal(object)    # EpochEnd
    histogramsReady = Signal(object)  # list[analysis.LayerHistograms]
    weightsReady = Signal(object)     # np.ndarray tile image (analysis.weight_tiles) or None
    runPaused = Signal(object)        # Paused
    runResumed = Signal(object)       # Resumed
    runStopped = Signal(object)       # Stopped
    runDiverged = Signal(object)      # Diverged
    runWarned = Signal(object)        # LossGrowing or DeadUnits
    runFinished = Signal(object)      # Finished
    evaluated = Signal(object)        # nnlab.evaluation.Evaluation of the test set, after the run
    failed = Signal(str, str)         # English, Japanese

    def __init__(self, request: RunRequest):
        # No parent: the tab joins the thread itself, so deleting the tab can never delete a
        # running QThread (which would abort the process).
        super().__init__()
        self.request = request
        self.stop_event = threading.Event()
        self.pause_event = threading.Event()
        self.closing = False  # the window is closing: skip the final evaluation
        self._steps: list[int] = []
        self._losses: list[float] = []
        self._smoothed: list[float] = []
        self._average = MovingAverage(1)
        self._last_batch: BatchEnd | None = None

    def request_stop(self, closing: bool = False) -> None:
        """Ask the trainer to stop at the next batch (works while paused, too)."""
        self.closing = self.closing or closing
        self.stop_event.set()
        self.pause_event.clear()

    def run(self) -> None:
        try:
            self._run()
        except NNLabError as e:  # bad data, a batch over the budget, labels vs the head, …
            self.failed.emit(e.message("en"), e.message("ja"))
        except MemoryError:
            self.failed.emit("Training failed: not enough memory for this network and batch "
                             "size. Try a smaller batch or fewer units.",
                             "学習に失敗しました：このネットワークとバッチサイズにはメモリが足りません。"
                             "バッチを小さくするか、ユニットを減らしてください。")
        except Exception as e:
            _log.exception("training failed")
            self.failed.emit(f"Training failed: {type(e).__name__}: {e}",
                             f"学習に失敗しました：{type(e).__name__}: {e}")

    def _run(self) -> None:
        request = self.request
        net = request.net
        (x_train, t_train), (x_test, t_test) = DatasetCache.get(request.settings.folder)
        if self.stop_event.is_set():
            return
        shape = tuple(net.input_shape)
        train = (_shaped(x_train, shape), t_train)
        test = (_shaped(x_test, shape), t_test)
        trainer = Trainer(net, train, test, request.settings.config, stop=self.stop_event,
                          pause=self.pause_event)
        self._average = MovingAverage(trainer.batches_per_epoch)
        self._send_histograms(net)
        next_emit = next_histogram = 0.0
        for event in trainer.run():
            if type(event) is BatchEnd:
                self._add_point(event)
                now = time.perf_counter()
                if now >= next_emit:
                    self._flush()
                    next_emit = now + 1.0 / EMIT_HZ
                if now >= next_histogram:
                    self._send_histograms(net)
                    next_histogram = time.perf_counter() + 1.0 / HISTOGRAM_HZ
                continue
            self._flush()  # every point before an event arrives before it
            getattr(self, EVENT_SIGNALS[type(event)]).emit(event)
        if not self.closing:
            self._send_histograms(net)
            self.evaluated.emit(evaluate_classes(net, *test))

    # ---- batch losses --------------------------------------------------------------------------
    def _add_point(self, event: BatchEnd) -> None:
        loss = float(event.loss)
        self._steps.append(event.step)
        self._losses.append(loss)
        self._smoothed.append(self._average.add(loss))
        self._last_batch = event

    def _flush(self) -> None:
        if not self._steps:
            return
        self.batchesReported.emit(BatchPoints(
            np.array(self._steps, dtype=np.int64), np.array(self._losses, dtype=np.float64),
            np.array(self._smoothed, dtype=np.float64), self._last_batch))
        self._steps, self._losses, self._smoothed = [], [], []

    def _send_histograms(self, net) -> None:
        self.histogramsReady.emit(layer_histograms(net))
        tiles = first_layer_tiles(net)
        if tiles is not None:
            self.weightsReady.emit(tiles)


class EvaluationThread(QThread):
    """Evaluates a network (its own copy) on the test set of a dataset, on demand."""

    evaluated = Signal(object)  # nnlab.evaluation.Evaluation
    failed = Signal(str, str)

    def __init__(self, net, folder: Path | None):
        super().__init__()
        self.net = net
        self.folder = folder

    def run(self) -> None:
        try:
            _train, (x_test, t_test) = DatasetCache.get(self.folder)
            x = _shaped(x_test, tuple(self.net.input_shape))
            self.evaluated.emit(evaluate_classes(self.net, x, t_test))
        except NNLabError as e:
            self.failed.emit(e.message("en"), e.message("ja"))
        except Exception as e:
            _log.exception("evaluation failed")
            self.failed.emit(f"Evaluation failed: {type(e).__name__}: {e}",
                             f"評価に失敗しました：{type(e).__name__}: {e}")


class Workers:
    """A tab's threads, kept apart from the tab so they can be joined when it is destroyed."""

    def __init__(self):
        self.training: TrainingThread | None = None
        self.evaluation: EvaluationThread | None = None
        self.finished: list = []  # threads done, kept until the next one (not deleted in a slot)

    def join_all(self) -> None:
        for thread in (self.training, self.evaluation, *self.finished):
            join(thread)

    def join_with(self, owner: QObject) -> None:
        """Join every thread when ``owner`` is destroyed or the application quits: joining
        must not depend on the main window remembering to call shutdown(). These functions
        hold the workers, not the owner, so they still work while it is destroyed."""
        app = QCoreApplication.instance()

        def on_quit() -> None:
            self.join_all()

        def on_destroyed(*_args) -> None:
            self.join_all()
            if app is not None:
                app.aboutToQuit.disconnect(on_quit)  # and let go of the workers

        owner.destroyed.connect(on_destroyed)
        if app is not None:
            app.aboutToQuit.connect(on_quit)

    def start_evaluation(self, net, folder: Path | None) -> EvaluationThread:
        """A thread evaluating ``net`` (a copy) on the test set of ``folder``; start it after
        connecting its signals. It is ``evaluation`` until ``evaluation_done``."""
        self.evaluation = EvaluationThread(net, folder)
        return self.evaluation

    def evaluation_done(self) -> bool:
        """Forget the evaluation thread that has finished (False if there was none)."""
        thread, self.evaluation = self.evaluation, None
        if thread is None:
            return False
        thread.wait()
        self.finished.append(thread)
        return True


def join(thread: QThread | None) -> None:
    """Stop (if it can be stopped) and wait for a worker thread; safe on None or a finished one."""
    # At interpreter exit Python may have deleted the C++ thread object first (it is finished then).
    if thread is None or not shiboken6.isValid(thread):
        return
    if isinstance(thread, TrainingThread):
        thread.request_stop(closing=True)
    thread.wait()
