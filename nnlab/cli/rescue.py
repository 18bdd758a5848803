"""What keeps a long ``train`` run's work: Ctrl-C stops cleanly, and a failed save is rescued.

- The first Ctrl-C sets the trainer's stop Event: the run ends after the current batch, the
  model trained so far is saved (``--out``) with where it stopped in its meta, and the command
  exits 130. A second Ctrl-C aborts at once (KeyboardInterrupt; nothing is saved, and a save
  under way leaves the old file as it was).
- ``save_or_rescue``: when ``--out`` cannot be written after all (checked before training, but
  a disk can fill up or a folder vanish in an hour), the model goes to ``rescued-models`` in
  NN Lab's data folder, else to the temporary folder, and the caller says where.
"""

from __future__ import annotations

import datetime as _dt
import os
import signal
import tempfile
import threading
from pathlib import Path
from typing import Any

from ..paths import data_dir
from ..safe_write import SaveError

RESCUE_FOLDER = "rescued-models"


class CtrlC:
    """A context: SIGINT sets ``stop`` the first time and raises KeyboardInterrupt the second."""

    def __init__(self, stop: threading.Event,
                 notice: str = "nnlab: stopping after this batch (Ctrl-C again to abort)"):
        self.stop = stop
        self.notice = notice
        self._previous = None

    def __enter__(self) -> CtrlC:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._interrupted)
        return self

    def __exit__(self, *exc) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None

    def _interrupted(self, signum, frame) -> None:
        if self.stop.is_set():
            raise KeyboardInterrupt
        self.stop.set()
        # os.write, not print: a handler that prints into a half-written buffered line fails.
        os.write(2, (self.notice + "\n").encode())


def save_or_rescue(net, out: Path, meta: dict[str, Any]) -> tuple[Path, SaveError | None]:
    """Save to ``out``; if that fails, to the rescue folder. (the file written, the first error
    or None). Raises the first SaveError when the model could be saved nowhere."""
    try:
        return net.save(out, meta=meta), None
    except SaveError as e:
        first = e
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for folder in (data_dir() / RESCUE_FOLDER, Path(tempfile.gettempdir()) / f"nnlab-{RESCUE_FOLDER}"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return net.save(folder / f"{out.stem}-{stamp}{out.suffix or '.npz'}", meta=meta), first
        except OSError:
            continue
    raise first
