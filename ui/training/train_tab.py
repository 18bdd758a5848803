"""The Train tab: settings on the left, live curves on the right, results below them.

Start trains a copy of the Designer's design (or the opened model) in a ``TrainingThread``; the
tab only draws what the thread reports. Pause and Stop set ``threading.Event``s the trainer polls
between batches. ``shutdown()`` (called by the main window's closeEvent, and run again when the
tab is destroyed or the application quits) stops and joins every worker, so closing the window
mid-run is silent and safe.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from nnlab import Network

from ..context import AppContext
from ..i18n import bilingual
from .analysis import first_layer_tiles, layer_histograms
from .banner import MessageBanner
from .controls import OPTIMIZER_NAMES, TrainControls, TrainSettings
from .model_files import ModelFiles
from .panels import CurvesPanel, InsidePage, ResultBox, ResultsPage, RunControls, RunsPage
from .plots import run_colour
from .run_setup import Refusal, build_network, run_meta, run_summary
from .runs import RunRecord
from .source import MODEL, NetworkSource, dataset_problems
from .worker import EvaluationThread, RunRequest, TrainingThread, join

STATUS_INTERVAL = 0.5  # seconds between status-bar messages


class _Workers:
    """The tab's threads, kept apart from the tab so they can be joined when it is destroyed."""

    def __init__(self):
        self.training: TrainingThread | None = None
        self.evaluation: EvaluationThread | None = None
        self.finished: list = []  # threads done, kept until the next one (not deleted in a slot)

    def join_all(self) -> None:
        for thread in (self.training, self.evaluation, *self.finished):
            join(thread)


def _fmt_time(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class TrainTab(QWidget):
    """Train the design on MNIST (or a folder in its format) and watch it learn."""

    trainingStarted = Signal()
    trainingEnded = Signal(str)  # "finished" | "stopped" | "diverged" | "failed"
    evaluationReady = Signal(object)  # analysis.Evaluation, as shown in the results

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trainTab")
        self.context = context
        self.model: Network | None = None  # the result: trained last, or opened
        self.evaluation = None
        self.last_finished = None  # nnlab.trainer.Finished of the last run that finished
        self.runs: list[RunRecord] = []
        self._workers = _Workers()
        self._run_net: Network | None = None
        self._run_settings: TrainSettings | None = None
        self._record: RunRecord | None = None
        self._started = None
        self._outcome = ""
        self._paused = False
        self._closing = False
        self._first_loss: float | None = None
        self._warned = False
        self._suggested_lr: float | None = None
        self._lr_after_run: float | None = None
        self._model_origin: str | None = None  # file name of an opened model
        self._model_run = 0  # the run that trained self.model
        self._run_evaluation = None
        self._rate = 0.0
        self._last_status = 0.0
        self.files = ModelFiles(self)
        self.files.opened.connect(self._model_opened)
        self.files.failed.connect(
            lambda title, text: self.banner.show_message("error", title, text))
        self.files.saved.connect(lambda path: self.context.statusMessage.emit(
            self.tr("Model saved to %1").replace("%1", str(path))))
        self._build()
        context.specChanged.connect(self._spec_changed)
        context.trainSettingsRequested.connect(self.controls.apply)
        self._spec_changed(context.spec)
        # Joining must not depend on the main window remembering to call shutdown(). These
        # functions hold the workers, not the tab, so they still work while it is destroyed.
        workers, app = self._workers, QCoreApplication.instance()

        def on_quit() -> None:
            workers.join_all()

        def on_destroyed(*_args) -> None:
            workers.join_all()
            if app is not None:
                app.aboutToQuit.disconnect(on_quit)  # and let go of the workers

        self.destroyed.connect(on_destroyed)
        if app is not None:
            app.aboutToQuit.connect(on_quit)
        self.retranslateUi()

    # ---- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.source = NetworkSource()
        self.source.openModelRequested.connect(self.files.choose_and_open)
        self.source.sourceChanged.connect(self._source_changed)
        self.controls = TrainControls()
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.run_controls = RunControls()
        self.run_controls.start_button.clicked.connect(self.start)
        self.run_controls.pause_button.clicked.connect(self.toggle_pause)
        self.run_controls.stop_button.clicked.connect(self.stop)
        self.result_box = ResultBox()
        self.result_box.save_button.clicked.connect(
            lambda: self.model is not None and self.files.choose_and_save(self.model))
        self.result_box.draw_button.clicked.connect(self.open_in_draw)
        self.result_box.step_button.clicked.connect(self.open_in_stepper)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.setSpacing(8)
        left_column.addWidget(self.source)
        left_column.addWidget(scroll, 1)
        left_column.addWidget(self.run_controls)
        left_column.addWidget(self.result_box)
        left.setFixedWidth(318)

        self.banner = MessageBanner()
        self.banner.actionTriggered.connect(self._apply_suggestion)
        self.curves = CurvesPanel()
        self.inside_page = InsidePage()
        self.results_page = ResultsPage()
        self.results_page.evaluate_button.clicked.connect(self.evaluate_now)
        self.runs_page = RunsPage()
        self.runs_page.table.overlayToggled.connect(self._overlay_toggled)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        for page in (self.inside_page, self.results_page, self.runs_page):
            self.pages.addTab(page, "")
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.curves)
        split.addWidget(self.pages)
        split.setSizes([320, 380])
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.setSpacing(6)
        right_column.addWidget(self.banner)
        right_column.addWidget(split, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(14)
        layout.addWidget(left)
        layout.addWidget(right, 1)

        # Short names for what tests, the benchmark and the other methods use most.
        rc, rp = self.run_controls, self.results_page
        self.start_button, self.pause_button, self.stop_button = (
            rc.start_button, rc.pause_button, rc.stop_button)
        self.progress, self.progress_label = rc.progress, rc.progress_label
        self.save_button = self.result_box.save_button
        self.draw_button = self.result_box.draw_button
        self.step_button = self.result_box.step_button
        self.loss_plot, self.acc_plot = self.curves.loss_plot, self.curves.acc_plot
        self.histograms, self.tiles = self.inside_page.histograms, self.inside_page.tiles
        self.confusion, self.mistakes = rp.confusion, rp.mistakes
        self.result_label, self.evaluate_button = rp.result_label, rp.evaluate_button
        self.runs_table = self.runs_page.table

    # ---- state ---------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._workers.training is not None

    def is_paused(self) -> bool:
        return self.is_running() and self._paused

    @property
    def training_thread(self) -> TrainingThread | None:
        """The thread of the run in progress (None between runs)."""
        return self._workers.training

    def _update_buttons(self) -> None:
        running = self.is_running()
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running and self._started is not None)
        self.stop_button.setEnabled(running)
        self.run_controls.set_paused(self._paused)
        self.controls.set_running(running)
        self.source.setEnabled(not running)
        has_model = self.model is not None and not running
        self.result_box.set_enabled_actions(has_model)
        self.evaluate_button.setEnabled(self._workers.evaluation is None and (
            has_model or (running and self._paused)))

    # ---- commands ------------------------------------------------------------------------------
    def start(self) -> bool:
        """Start a run with the current settings; False (with the reason shown) if refused."""
        if self.is_running() or self._closing:
            return False
        self.banner.hide()
        settings = self.controls.settings()
        weights = self.source.model if self.source.source() == MODEL else None
        net = build_network(self.source.current_spec(), settings, weights)
        if isinstance(net, Refusal):
            self.banner.show_message("error", net.title, net.text)
            return False
        self.controls.save()
        c = settings.config
        record = RunRecord(len(self.runs) + 1, {
            "network": net.spec.name, "optimizer": c.optimizer, "lr": c.lr,
            "batch_size": c.batch_size, "epochs": c.epochs, "dataset": settings.dataset,
            "summary": run_summary(settings)})
        self.runs.append(record)
        self.runs_table.add_run(record)
        self._record, self._run_net, self._run_settings = record, net, settings
        self._started, self._outcome, self._paused, self._rate = None, "", False, 0.0
        self._first_loss, self._warned, self._run_evaluation = None, False, None
        self._workers.finished.clear()
        self.loss_plot.reset(1, c.epochs)
        self.acc_plot.reset(c.epochs)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Loading the data…"))
        # The initial weights, drawn now: the plots exist before the thread competes for the GIL.
        self.histograms.set_layers(layer_histograms(net))
        self.tiles.set_tiles(first_layer_tiles(net))
        thread = TrainingThread(RunRequest(net, settings.folder, c))
        thread.runStarted.connect(self._on_started)
        thread.batchesReported.connect(self._on_batches)
        thread.epochFinished.connect(self._on_epoch)
        thread.histogramsReady.connect(self.histograms.set_layers)
        thread.weightsReady.connect(self.tiles.set_tiles)
        thread.runPaused.connect(lambda _e: self._set_paused(True))
        thread.runResumed.connect(lambda _e: self._set_paused(False))
        thread.runStopped.connect(lambda _e: self._set_outcome("stopped"))
        thread.runDiverged.connect(self._on_diverged)
        thread.runFinished.connect(self._on_finished)
        thread.evaluated.connect(self._on_run_evaluated)
        thread.failed.connect(self._on_failed)
        thread.finished.connect(self._on_thread_done)
        self._workers.training = thread
        self._update_buttons()
        self.pages.setCurrentWidget(self.inside_page)
        thread.start(TrainingThread.Priority.LowPriority)
        self.trainingStarted.emit()
        return True

    def toggle_pause(self) -> None:
        thread = self._workers.training
        if thread is None:
            return
        if thread.pause_event.is_set():
            thread.pause_event.clear()
            # Not paused from now on: Evaluate must not copy weights the trainer is changing.
            self._paused = False
            self._update_buttons()
        else:
            thread.pause_event.set()
        self.pause_button.setEnabled(False)  # until the trainer confirms

    def stop(self) -> None:
        thread = self._workers.training
        if thread is not None:
            thread.request_stop()
            self.stop_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping…"))

    def shutdown(self) -> None:
        """Stop and join every worker now (the main window calls this from closeEvent)."""
        self._closing = True
        self._workers.join_all()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    # ---- what the worker reports ---------------------------------------------------------------
    def _live(self) -> bool:
        return not self._closing and self._workers.training is not None

    def _on_started(self, event) -> None:
        if not self._live():
            return
        self._started = event
        self.loss_plot.reset(event.batches_per_epoch, event.epochs)
        self.progress.setRange(0, event.total_batches)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Training on %1 images…").replace(
            "%1", f"{event.n_train:,}"))
        self._update_buttons()

    def _on_batches(self, points) -> None:
        if not self._live() or self._started is None:
            return
        self.loss_plot.add_batches(points.steps, points.losses, points.smoothed)
        self._watch_loss(points)
        last, started = points.last, self._started
        rate = last.samples_per_s
        self._rate = rate if self._rate == 0 else 0.8 * self._rate + 0.2 * rate
        self.progress.setValue(last.step)
        remaining = (started.total_batches - last.step) * last.elapsed / max(last.step, 1)
        text = (self.tr("Epoch %1/%2 · %3 images/s · %4 left")
                .replace("%1", str(last.epoch)).replace("%2", str(started.epochs))
                .replace("%3", f"{self._rate:,.0f}").replace("%4", _fmt_time(remaining)))
        self.progress_label.setText(text)
        now = time.monotonic()
        if now - self._last_status >= STATUS_INTERVAL:
            self._last_status = now
            self.context.statusMessage.emit(self.tr("Training: %1").replace("%1", text))

    def _watch_loss(self, points) -> None:
        """Warn once per run when the moving-average loss climbs to twice where it started.

        A learning rate that is too high does not always end in NaN: the loss can jump up and stay
        finite (ReLU units die and the network stops learning). The trainer reports only NaN/inf,
        so the tab watches for this case itself (lesson 6: raise η until training breaks).
        """
        smoothed = points.smoothed[np.isfinite(points.smoothed)]
        if self._warned or not smoothed.size:
            return
        if self._first_loss is None:
            self._first_loss = float(smoothed[0])
            return
        if int(points.steps[-1]) > 5 and float(smoothed.max()) > 2.0 * self._first_loss:
            self._warned = True
            lr = self._run_settings.config.lr
            self._suggested_lr = lr / 10
            self.banner.show_message(
                "warning", lambda: self.tr("The loss is growing instead of falling"),
                lambda: self.tr("The learning rate η = %1 is probably too high: every step jumps "
                                "past the minimum, so the loss rises instead of falling. Stop and "
                                "try a smaller learning rate, e.g. %2.")
                .replace("%1", f"{lr:g}").replace("%2", f"{lr / 10:g}"),
                lambda: self.tr("Stop and use learning rate %1").replace("%1", f"{lr / 10:g}"))

    def _on_epoch(self, event) -> None:
        if not self._live():
            return
        self.loss_plot.add_epoch(event.epoch, event.train_loss, event.test_loss)
        self.acc_plot.add_epoch(event.epoch, event.train_acc, event.test_acc)
        record = self._record
        record.epochs.append(event.epoch)
        record.train_acc.append(event.train_acc)
        record.test_acc.append(event.test_acc)
        if event.test_acc is not None:
            record.final_test_acc = event.test_acc

    def _set_paused(self, paused: bool) -> None:
        if not self._live():
            return
        self._paused = paused
        if paused:
            self.progress_label.setText(self.tr("Paused. Press Resume to go on."))
        self._update_buttons()

    def _set_outcome(self, outcome: str) -> None:
        self._outcome = outcome

    def _on_finished(self, event) -> None:
        self._outcome = "finished"
        self.last_finished = event

    def _on_diverged(self, event) -> None:
        self._outcome = "diverged"
        if self._closing:
            return
        self.loss_plot.mark_divergence(event.step)
        lr = self._run_settings.config.lr
        self._suggested_lr = lr / 10
        self.banner.show_message(
            "error",
            lambda: self.tr("Training diverged at epoch %1, step %2").replace(
                "%1", str(event.epoch)).replace("%2", str(event.step)),
            lambda: bilingual((event.en, event.ja)),
            lambda: self.tr("Use learning rate %1").replace("%1", f"{lr / 10:g}"))

    def _on_failed(self, en: str, ja: str) -> None:
        self._outcome = "failed"
        if not self._closing:
            self.banner.show_message("error", lambda: self.tr("Training could not run"),
                                     lambda: bilingual((en, ja)))

    def _on_run_evaluated(self, evaluation) -> None:
        self._run_evaluation = evaluation
        self._show_evaluation(evaluation)

    def _on_thread_done(self) -> None:
        thread = self._workers.training
        if thread is None:
            return
        thread.wait()  # `finished` comes from the thread just before it ends
        self._workers.training = None
        self._workers.finished.append(thread)
        if self._closing:
            return
        record, net = self._record, self._run_net
        outcome = self._outcome or "stopped"
        record.status = outcome
        self._paused = False
        if self._run_evaluation is not None:  # the final weights (restored ones after divergence)
            record.final_test_acc = self._run_evaluation.accuracy
        if self._started is not None and outcome != "failed":
            previous = net.meta.get("epochs", 0) if net.meta else 0
            net.meta.update(run_meta(self._run_settings, previous + len(record.epochs),
                                     record.final_test_acc))
            self.model, self._model_origin, self._model_run = net, None, record.number
            if outcome in ("finished", "stopped"):
                self.context.set_model(net)
        self._keep_curves(record)
        if self._lr_after_run:
            self.controls.lr_spin.setValue(self._lr_after_run)
            self._lr_after_run = None
        if outcome == "finished":
            self.progress.setValue(self.progress.maximum())
        self.progress_label.setText(self._outcome_text(outcome))
        self.context.statusMessage.emit(self._outcome_text(outcome))
        self._update_model_label()
        self._update_buttons()
        self.trainingEnded.emit(outcome)

    def _keep_curves(self, record: RunRecord) -> None:
        """Store the run's curves and give it (hidden) overlays for later comparison."""
        if self.loss_plot.point_count():
            record.set_curve(self.loss_plot.batch_smooth.x, self.loss_plot.batch_smooth.y)
            colour, name = run_colour(record.number), self._run_name(record)
            self.loss_plot.set_overlay(record.number, record.loss_x, record.loss_y, colour,
                                       name=name)
            self.acc_plot.set_overlay(record.number, *record.acc_curve(), colour, symbols=True,
                                      name=name)
        self.runs_table.refresh(record)

    def _run_name(self, record: RunRecord) -> str:
        """"Run 2 (Adam)": how an earlier run is named in the plots' legends."""
        return self.tr("Run %1 (%2)").replace("%1", str(record.number)).replace(
            "%2", OPTIMIZER_NAMES.get(record.settings.get("optimizer"), ""))

    def _outcome_text(self, outcome: str) -> str:
        acc = self._record.final_test_acc if self._record else None
        if outcome in ("finished", "stopped") and acc is not None:
            text = (self.tr("Training finished. Test accuracy %1%.") if outcome == "finished"
                    else self.tr("Training stopped. Test accuracy %1%."))
            return text.replace("%1", f"{100 * acc:.2f}")
        return {
            "finished": self.tr("Training finished."),
            "stopped": self.tr("Training stopped."),
            "diverged": self.tr("Training diverged: the weights of the last good step are kept."),
            "failed": self.tr("Training could not run."),
        }.get(outcome, "")

    # ---- results -------------------------------------------------------------------------------
    def _show_evaluation(self, evaluation) -> None:
        if self._closing:
            return
        self.evaluation = evaluation
        self.results_page.set_digits(self.controls.folder() is None)
        self.results_page.set_evaluation(evaluation)
        self.pages.setCurrentWidget(self.results_page)
        self.evaluationReady.emit(evaluation)

    def evaluate_now(self) -> bool:
        """Evaluate the current model (or the paused run's weights) on the test set."""
        if self._workers.evaluation is not None or self._closing:
            return False
        if self.is_running():
            if not self._paused:
                return False
            net = self._run_net.copy()  # the trainer waits in its pause: nothing moves
            folder = self._run_settings.folder
        elif self.model is not None:
            net, folder = self.model.copy(), self.controls.folder()
        else:
            return False
        issues = dataset_problems(net.spec)
        if issues:  # e.g. an opened XOR model: it cannot read 28×28 images of 10 classes
            self.banner.show_message("error", lambda: self.tr("Evaluation failed"),
                                     lambda: "\n".join(bilingual(p) for p in issues))
            return False
        thread = EvaluationThread(net, folder)
        thread.evaluated.connect(self._show_evaluation)
        thread.failed.connect(lambda en, ja: self._closing or self.banner.show_message(
            "error", lambda: self.tr("Evaluation failed"), lambda: bilingual((en, ja))))
        thread.finished.connect(self._on_evaluation_done)
        self._workers.evaluation = thread
        self.evaluate_button.setEnabled(False)
        thread.start()
        return True

    def _on_evaluation_done(self) -> None:
        thread = self._workers.evaluation
        if thread is None:
            return
        thread.wait()
        self._workers.evaluation = None
        self._workers.finished.append(thread)
        if not self._closing:
            self._update_buttons()

    # ---- models: files and other tabs ----------------------------------------------------------
    def open_model(self, path: str | Path) -> bool:
        """Load a model file; it becomes the network to train and the current result."""
        return not self.is_running() and self.files.open(path) is not None

    def save_model(self, path: str | Path) -> bool:
        """Write the current model (with meta: dataset, epochs, test accuracy) to ``path``."""
        return self.model is not None and self.files.save(self.model, path)

    def _model_opened(self, net: Network, path: Path) -> None:
        self.banner.hide()
        self.source.set_model(net, path)
        self.model, self._model_origin = net, path.name
        self.evaluation = None
        self.results_page.set_evaluation(None)
        self._source_changed()
        self._update_model_label()
        self._update_buttons()
        self.context.set_model(net)

    def open_in_draw(self) -> None:
        if self.model is not None:
            self.context.open_in_draw(self.model)

    def open_in_stepper(self) -> None:
        if self.model is not None:
            self.context.open_in_stepper(self.model)

    def _update_model_label(self) -> None:
        label = self.result_box.label
        if self.model is None:
            label.setText(self.tr("Train a network or open a model to save it, test it in the "
                                  "Draw tab or step through it."))
            return
        acc = self.model.meta.get("accuracy")
        acc_text = f"{100 * acc:.2f}%" if isinstance(acc, (int, float)) else "—"
        if self._model_origin is not None or not self._model_run:
            label.setText(self.tr("Opened model: %1, test accuracy %2")
                          .replace("%1", self._model_origin or self.model.spec.name)
                          .replace("%2", acc_text))
        else:
            label.setText(self.tr("Run %1: %2, test accuracy %3")
                          .replace("%1", str(self._model_run))
                          .replace("%2", self.model.spec.name).replace("%3", acc_text))

    # ---- reactions -----------------------------------------------------------------------------
    def _spec_changed(self, spec) -> None:
        self.source.set_design(spec)
        self._source_changed()

    def _source_changed(self) -> None:
        self.controls.set_design_has_dropout(self.source.has_dropout())
        self.controls.set_model_mode(self.source.source() == MODEL)

    def _overlay_toggled(self, number: int, shown: bool) -> None:
        self.loss_plot.show_overlay(number, shown)
        self.acc_plot.show_overlay(number, shown)

    def _apply_suggestion(self) -> None:
        """The banner's button: stop a run that is going wrong and lower the learning rate."""
        lr = self._suggested_lr
        if not lr:
            return
        self.banner.hide()
        if self.is_running():
            self._lr_after_run = lr  # the settings are locked until the run has ended
            self.stop()
        else:
            self.controls.lr_spin.setValue(lr)

    # ---- language ------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.pages.setTabText(0, self.tr("Inside the network"))
        self.pages.setTabText(1, self.tr("Test results"))
        self.pages.setTabText(2, self.tr("Runs"))
        for record in self.runs:
            if record.number in self.loss_plot.overlays:
                self.loss_plot.rename_overlay(record.number, self._run_name(record))
                self.acc_plot.rename_overlay(record.number, self._run_name(record))
        self._update_model_label()
        self._update_buttons()
        if self.is_running():
            return
        if self._record is not None:
            self.progress_label.setText(self._outcome_text(self._record.status))
        else:
            self.progress_label.setText(self.tr("Ready."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
