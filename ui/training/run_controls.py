"""The left column's foot: the run's buttons and progress, and the model the tab holds.

- ``RunControls``: Start, Pause/Resume, Stop, the progress bar and its line of text, which says
  what the run is doing (loading, epoch and speed, paused, stopping) and how it ended.
- ``ResultBox``: the model a run produced (or that was opened), and Save / Draw / Step.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

TEXT_INTERVAL = 0.5  # seconds between two texts of the progress line (and the status bar)


def fmt_time(seconds: float) -> str:
    """"1:05" or "2:01:05"."""
    seconds = max(0, int(round(seconds)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def fmt_duration(seconds: float) -> str:
    """"4.2 s" under a minute, else "1:05" (fmt_time)."""
    return f"{seconds:.1f} s" if seconds < 59.95 else fmt_time(seconds)


def fixed_lines(label: QLabel, lines: int) -> None:
    """Give a wrapping label the height of ``lines`` lines whatever it says, so that the
    widgets below it never move when its text gets shorter or longer."""
    label.setWordWrap(True)
    label.setFixedHeight(lines * label.fontMetrics().lineSpacing() + 2)


class RunControls(QWidget):
    """Start / Pause-Resume / Stop and the progress of the run."""

    def __init__(self, parent=None):
        super().__init__(parent)
        icon = self.style().standardIcon
        self.start_button = QPushButton(icon(QStyle.StandardPixmap.SP_MediaPlay), "")
        self.start_button.setObjectName("startButton")
        self.pause_button = QPushButton(icon(QStyle.StandardPixmap.SP_MediaPause), "")
        self.pause_button.setObjectName("pauseButton")
        self.stop_button = QPushButton(icon(QStyle.StandardPixmap.SP_MediaStop), "")
        self.stop_button.setObjectName("stopButton")
        self.progress = QProgressBar()
        self.progress.setObjectName("trainProgress")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        fixed_lines(self.progress_label, 3)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.start_button, 3)
        buttons.addWidget(self.pause_button, 2)
        buttons.addWidget(self.stop_button, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.progress_label)
        self._paused = self._running = False
        self._rate = 0.0
        self._text_at = 0.0  # when the progress line was last written
        self._ended: tuple | None = None  # show_ended's arguments
        self.retranslateUi()

    def set_state(self, running: bool, can_pause: bool, paused: bool) -> None:
        """Start while idle; Pause/Resume once the run has started; Stop while it runs."""
        self._running = running
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running and can_pause)
        self.stop_button.setEnabled(running)
        self.set_paused(paused)

    def set_paused(self, paused: bool) -> None:
        """The middle button pauses, or resumes a paused run."""
        self._paused = paused
        pixmaps = QStyle.StandardPixmap
        pixmap = pixmaps.SP_MediaPlay if paused else pixmaps.SP_MediaPause
        self.pause_button.setIcon(self.style().standardIcon(pixmap))
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    # ---- what the line under the bar says ------------------------------------------------------
    def show_loading(self) -> None:
        self._ended, self._rate, self._text_at = None, 0.0, 0.0
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Loading the data…"))

    def show_started(self, event) -> None:
        """``event``: nnlab.events.Started."""
        self.progress.setRange(0, event.total_batches)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Training on %1 images…").replace(
            "%1", f"{event.n_train:,}"))

    def show_progress(self, last, started) -> str | None:
        """After the BatchEnd ``last`` of the run ``started``: the bar moves at once; the line
        (epoch, speed, time left) is rewritten at most every TEXT_INTERVAL and returned then,
        for the status bar: both show the same speed (None when the line did not change)."""
        rate = last.samples_per_s
        self._rate = rate if self._rate == 0 else 0.8 * self._rate + 0.2 * rate
        self.progress.setValue(last.step)
        now = time.monotonic()
        if now - self._text_at < TEXT_INTERVAL:
            return None
        self._text_at = now
        remaining = (started.total_batches - last.step) * last.elapsed / max(last.step, 1)
        text = (self.tr("Epoch %1/%2 · %3 images/s · %4 left")
                .replace("%1", str(last.epoch)).replace("%2", str(started.epochs))
                .replace("%3", f"{self._rate:,.0f}").replace("%4", fmt_time(remaining)))
        self.progress_label.setText(text)
        return text

    def show_paused(self, epoch: int | None = None, epochs: int | None = None) -> str:
        """The run waits in its pause (at ``epoch`` of ``epochs``); returns the status text."""
        self._text_at = 0.0  # the first report after Resume writes the line at once
        self.progress_label.setText(self.tr("Paused. Press Resume to go on."))
        if epoch is None or epochs is None:
            return self.tr("Training paused")
        return (self.tr("Training paused at epoch %1/%2")
                .replace("%1", str(epoch)).replace("%2", str(epochs)))

    def show_stopping(self) -> None:
        self.stop_button.setEnabled(False)
        self.progress_label.setText(self.tr("Stopping…"))

    def show_ended(self, status: str, accuracy: float | None, seconds: float | None = None,
                   per_epoch: float | None = None) -> str:
        """How the run ended (a RunRecord status), how long it took and per epoch; returns the
        text for the status bar."""
        self._ended = (status, accuracy, seconds, per_epoch)
        if status == "finished":
            self.progress.setValue(self.progress.maximum())
        text = self._ended_text(*self._ended)
        self.progress_label.setText(text)
        return text

    def _ended_text(self, status: str, accuracy: float | None, seconds: float | None = None,
                    per_epoch: float | None = None) -> str:
        text = self._status_text(status, accuracy)
        if seconds and status != "failed":
            took = (self.tr("%1 in all, %2 per epoch.") if per_epoch
                    else self.tr("%1 in all.")).replace("%1", fmt_duration(seconds))
            text = text + " " + took.replace("%2", fmt_duration(per_epoch or 0))
        return text

    def _status_text(self, status: str, accuracy: float | None) -> str:
        if status in ("finished", "stopped") and accuracy is not None:
            text = (self.tr("Finished: test accuracy %1%.") if status == "finished"
                    else self.tr("Stopped: test accuracy %1%."))
            return text.replace("%1", f"{100 * accuracy:.2f}")
        return {
            "finished": self.tr("Training finished."),
            "stopped": self.tr("Training stopped."),
            "diverged": self.tr("Training diverged: the weights of the last good step are kept."),
            "loss_grew": self.tr("Training failed: the loss grew instead of falling."),
            "dead_units": self.tr("Training failed: every unit of a ReLU layer died."),
            "failed": self.tr("Training could not run."),
        }.get(status, "")

    def retranslateUi(self) -> None:
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Train a copy of the network with these settings"))
        self.pause_button.setToolTip(self.tr("Pause after the current mini-batch, or go on"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current mini-batch; the weights "
                                            "learnt so far are kept"))
        self.set_paused(self._paused)
        if not self._running:  # a running run's line follows at its next report
            self.progress_label.setText(self.tr("Ready.") if self._ended is None
                                        else self._ended_text(*self._ended))
        elif self._paused:
            self.progress_label.setText(self.tr("Paused. Press Resume to go on."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class ResultBox(QGroupBox):
    """What the last run produced (or the opened model), with one button per next step."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("hint")
        fixed_lines(self.label, 2)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveModelButton")
        self.draw_button = QPushButton()
        self.draw_button.setObjectName("drawButton")
        self.step_button = QPushButton()
        self.step_button.setObjectName("stepButton")
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for button in (self.save_button, self.draw_button, self.step_button):
            actions.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(9, 6, 9, 7)
        column.setSpacing(5)
        column.addWidget(self.label)
        column.addLayout(actions)
        self._model = None
        self._origin: str | None = None
        self._run = 0
        self._failed = False
        self.retranslateUi()

    def set_enabled_actions(self, enabled: bool) -> None:
        for button in (self.save_button, self.draw_button, self.step_button):
            button.setEnabled(enabled)

    def show_model(self, model, origin: str | None = None, run: int = 0,
                   failed: bool = False) -> None:
        """``model`` (a Network or None) opened from the file ``origin``, or trained by run
        number ``run`` (which ``failed``: diverged, loss grew, units died)."""
        self._model, self._origin, self._run, self._failed = model, origin, run, failed
        self._show()

    def _show(self) -> None:
        model = self._model
        if model is None:
            self.label.setText(self.tr("Train a network or open a model to save it, test it in the "
                                       "Draw tab or step through it."))
            return
        acc = model.meta.get("accuracy")
        acc_text = f"{100 * acc:.2f}%" if isinstance(acc, (int, float)) else "—"
        if self._origin is not None or not self._run:
            self.label.setText(self.tr("Opened model: %1, test accuracy %2")
                               .replace("%1", self._origin or model.spec.name)
                               .replace("%2", acc_text))
            return
        text = (self.tr("Run %1 (failed): %2, test accuracy %3") if self._failed
                else self.tr("Run %1: %2, test accuracy %3"))
        self.label.setText(text.replace("%1", str(self._run)).replace("%2", model.spec.name)
                           .replace("%3", acc_text))

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Result"))
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save the model (.npz) with its settings and accuracy"))
        self.draw_button.setText(self.tr("Draw"))
        self.draw_button.setToolTip(self.tr("Test the model on digits you draw (Draw tab)"))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Walk one sample through the model, layer by layer"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
