"""A comparison trained in a QThread: nnlab.compare's runner, reported in small pieces.

Each variant's growing result goes to the window as a copy (``VariantResult.snapshot``) at most
``EMIT_HZ`` times a second, and once more when the variant ends; the stop is the runner's
``threading.Event`` (design.md §4), so Stop works while the thread is busy. Closing the window
joins the thread (``join``).
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QThread, Signal

from nnlab import MnistFormatError
from nnlab.compare import Comparison, ComparisonResult, ComparisonRunner

from ..training.worker import DatasetCache

_log = logging.getLogger(__name__)

EMIT_HZ = 8


class ComparisonThread(QThread):
    """Trains ``comparison`` on MNIST (``folder``; None: the bundled copy) or on ``data``."""

    variantStarted = Signal(int)
    progressed = Signal(int, object)       # index, VariantResult (a copy)
    variantFinished = Signal(int, object)  # index, VariantResult (a copy)
    comparisonFinished = Signal(object)    # ComparisonResult
    failed = Signal(str, str)              # English, Japanese

    def __init__(self, comparison: Comparison, folder: Path | None = None, data=None):
        super().__init__()  # no parent: its owner joins it (see join)
        self.comparison = comparison
        self.folder = folder
        self.data = data
        self.runner: ComparisonRunner | None = None
        self.stop_event = threading.Event()

    def request_stop(self) -> None:
        self.stop_event.set()

    def run(self) -> None:
        try:
            self._run()
        except MnistFormatError as e:
            self.failed.emit(e.message("en"), e.message("ja"))
        except Exception as e:
            _log.exception("comparison failed")
            self.failed.emit(f"The comparison failed: {type(e).__name__}: {e}",
                             f"比較に失敗しました：{type(e).__name__}: {e}")

    def _run(self) -> None:
        data = self.data if self.data is not None else DatasetCache.get(self.folder)
        if self.stop_event.is_set():  # stopped while MNIST loaded: still report, or views wait
            result = ComparisonResult.empty(self.comparison)
            for r in result.results:
                r.status = "stopped"
            self.comparisonFinished.emit(result)
            return
        self.runner = runner = ComparisonRunner(self.comparison, data, self.stop_event)
        self._started: set[int] = set()
        self._ended: set[int] = set()
        next_emit = 0.0
        for index, _event in runner.events():
            self._report()
            now = time.perf_counter()
            if now >= next_emit:
                self.progressed.emit(index, runner.result.results[index].snapshot())
                next_emit = now + 1.0 / EMIT_HZ
        self._report()
        self.comparisonFinished.emit(runner.result)

    def _report(self) -> None:
        """variantStarted / variantFinished for every variant whose state changed (a variant
        that cannot start fails without any event)."""
        for i, r in enumerate(self.runner.result.results):
            if r.status != "pending" and i not in self._started:
                self._started.add(i)
                self.variantStarted.emit(i)
            if r.done and i not in self._ended:
                self._ended.add(i)
                self.variantFinished.emit(i, r.snapshot())


def join(thread: ComparisonThread | None) -> None:
    """Stop and wait for a comparison thread; safe on None or one already gone."""
    if thread is None or not shiboken6.isValid(thread):
        return
    thread.request_stop()
    thread.wait()
