"""A short SimpleConvNet training run for lesson 15's "filters after training" (figure 7-24).

The engine's Trainer runs in a QThread (float32, Adam 0.001, batch 100, the first ``subset``
shuffled training images for one epoch); the thread reports its progress through signals and
hands over a copy of the first layer's filters W (FN, C, FH, FW) at the end. A stop is a
threading.Event checked between batches; ``shutdown`` sets it and joins the thread.
"""

from __future__ import annotations

import logging
import threading

import numpy as np
from PySide6.QtCore import QThread, Signal

from nnlab import load_mnist
from nnlab.errors import NNLabError
from nnlab.events import BatchEnd
from nnlab.network import Network
from nnlab.spec import NetworkSpec
from nnlab.trainer import TrainConfig, Trainer

_log = logging.getLogger(__name__)
SUBSET = 6000


class FilterTraining(QThread):
    """Train SimpleConvNet briefly; ``filtersReady`` carries W of its first layer."""

    progressed = Signal(int, int, float)  # batches done, batches in all, the recent mean loss
    filtersReady = Signal(object)  # np.ndarray (FN, C, FH, FW), a copy
    failed = Signal(str)  # (en, ja) joined by the page through error_text

    def __init__(self, spec: NetworkSpec, subset: int = SUBSET, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.subset = subset
        self.stop_event = threading.Event()
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            (x, t), _ = load_mnist(dtype="uint8")
            net = Network(self.spec, seed=0, dtype="float32")
            config = TrainConfig(epochs=1, batch_size=100, optimizer="adam", lr=0.001, seed=0,
                                 train_subset=self.subset, report_every=5, evaluate_train=False)
            trainer = Trainer(net, (x, t), None, config, stop=self.stop_event)
            total = trainer.batches_per_epoch
            for event in trainer.run():
                if isinstance(event, BatchEnd):
                    self.progressed.emit(event.batch + 1, total, float(event.mean_loss))
            if not self.stop_event.is_set():
                self.filtersReady.emit(np.array(net.params["layers.0.W"], dtype=np.float64))
        except (NNLabError, OSError, ValueError, MemoryError) as e:  # a message, never a crash
            _log.warning("lesson 15 training failed: %s", e)
            self.error = e
            self.failed.emit(str(e))

    def shutdown(self) -> None:
        self.stop_event.set()
        self.wait()
