"""The Train tab: settings on the left, live curves on the right, results below them.

Start trains a copy of the Designer's design (or the opened model) in a ``TrainingThread``; the
tab only draws what the thread reports, and the run's ``RunRecord`` (nnlab.runs) keeps what its
events say, down to the status a failed run ends with. Pause and Stop set ``threading.Event``s
the trainer polls between batches. ``shutdown()`` (closeEvent, the tab's destruction, the app's
quit) stops and joins every worker; closing mid-run asks first (``confirm_close``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSplitter, QWidget

from nnlab import Network
from nnlab.events import Diverged, Finished
from nnlab.runs import RunLog, RunRecord, run_meta

from ..context import AppContext
from ..i18n import bilingual
from .analysis import first_layer_tiles, layer_histograms
from .banner import BannerHost, MessageBanner
from .controls import TrainControls
from .model_files import ModelFiles
from .panels import CurvesPanel, RunPages, column
from .quit_guard import ask_before_discarding
from .run_controls import ResultBox, RunControls
from .run_setup import Refusal, build_network
from .source import MODEL, NetworkSource, dataset_problems
from .worker import RunRequest, TrainingThread, Workers


class TrainTab(QWidget):
    """Train the design on MNIST (or a folder in its format) and watch it learn."""

    trainingStarted = Signal()
    trainingEnded = Signal(str)  # the run's status: nnlab.runs.STATUSES but "running"
    evaluationReady = Signal(object)  # nnlab.evaluation.Evaluation, as shown in the results

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trainTab")
        self.context = context
        self.model: Network | None = None  # the result: trained last, or opened
        self.evaluation = None
        self.last_finished = None  # nnlab.events.Finished of the last run that finished
        self.runs = RunLog()
        self._workers = Workers()
        self._record: RunRecord | None = None  # of the run in progress, or the last one
        self._paused = self._closing = False
        self._lr_after_run: float | None = None
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
        self._workers.join_with(self)
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
        from ..compare.entry import CompareButton  # here: ui.compare draws with ui.training's plots
        self.compare_button = CompareButton(self)  # Compare…: runs differing in one setting
        self.result_box = box = ResultBox()
        for button, act in ((box.save_button, self.files.choose_and_save),
                            (box.draw_button, self.context.open_in_draw),
                            (box.step_button, self.context.open_in_stepper)):
            button.clicked.connect(lambda _=False, a=act: self.model is not None and a(self.model))
        self.banner = MessageBanner()
        self.banner.actionTriggered.connect(self._apply_suggestion)
        self.curves = CurvesPanel()
        self.pages = RunPages()
        self.pages.results_page.evaluate_button.clicked.connect(self.evaluate_now)
        self.pages.runs_page.table.overlayToggled.connect(self.curves.show_overlay)
        self.pages.runs_page.table.show_runs(self.runs)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.curves)
        split.addWidget(self.pages)
        split.setSizes([320, 380])
        left = column(8, self.source, (scroll, 1), self.run_controls, self.compare_button,
                      self.result_box)
        left.setFixedWidth(318)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(14)
        layout.addWidget(left)
        layout.addWidget(BannerHost(self.banner, split), 1)  # over the plots: moves nothing

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
        started = self._record is not None and self._record.started is not None
        self.run_controls.set_state(running, running and started, self._paused)
        self.controls.set_running(running)
        self.source.setEnabled(not running)
        has_model = self.model is not None and not running
        self.result_box.set_enabled_actions(has_model)
        self.pages.results_page.evaluate_button.setEnabled(self._workers.evaluation is None and (
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
        self._record = self.runs.start(settings, net.spec.name)
        self.pages.runs_page.table.refresh()
        self._paused = False
        self._workers.finished.clear()
        self.curves.reset(settings.config.epochs)
        self.run_controls.show_loading()
        # The initial weights, drawn now: the plots exist before the thread competes for the GIL.
        self.pages.show_network(layer_histograms(net), first_layer_tiles(net))
        thread = TrainingThread(RunRequest(net, settings))
        self._connect(thread)
        self._workers.training = thread
        self._update_buttons()
        thread.start(TrainingThread.Priority.LowPriority)
        self.trainingStarted.emit()
        return True

    def _connect(self, thread: TrainingThread) -> None:
        for signal in (thread.runStarted, thread.epochFinished, thread.runStopped,
                       thread.runFinished, thread.runDiverged, thread.runWarned):
            signal.connect(self._see)  # first: the record keeps what every event says
        inside = self.pages.inside_page
        for signal, slot in (
                (thread.runStarted, self._on_started), (thread.batchesReported, self._on_batches),
                (thread.epochFinished, self._on_epoch),
                (thread.histogramsReady, inside.histograms.set_layers),
                (thread.weightsReady, inside.tiles.set_tiles),
                (thread.runPaused, lambda e: self._set_paused(True, e)),
                (thread.runResumed, lambda e: self._set_paused(False, e)),
                (thread.runDiverged, self._on_problem), (thread.runWarned, self._on_problem),
                (thread.evaluated, self._on_run_evaluated), (thread.failed, self._on_failed),
                (thread.finished, self._on_thread_done)):
            signal.connect(slot)

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
        self.run_controls.pause_button.setEnabled(False)  # until the trainer confirms

    def stop(self) -> None:
        thread = self._workers.training
        if thread is not None:
            thread.request_stop()
            self.run_controls.show_stopping()

    def confirm_close(self) -> bool:
        """True: go on closing (a run in progress is discarded only if the learner says so)."""
        if not self.is_running() or self._closing or self._record is None:
            return True
        return ask_before_discarding(self, self._record)

    def shutdown(self) -> None:
        """Stop and join every worker now (the main window calls this from closeEvent)."""
        self._closing = True
        self._workers.join_all()
        self.compare_button.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    # ---- what the worker reports ---------------------------------------------------------------
    def _live(self) -> bool:
        return not self._closing and self._workers.training is not None

    def _see(self, event) -> None:
        self._record.see(event)
        if isinstance(event, Finished):
            self.last_finished = event

    def _on_started(self, event) -> None:
        if not self._live():
            return
        self.curves.loss_plot.reset(event.batches_per_epoch, event.epochs)
        self.run_controls.show_started(event)
        self._update_buttons()

    def _on_batches(self, points) -> None:
        started = self._record.started if self._record is not None else None
        if not self._live() or started is None:
            return
        self._record.note_progress(points.last.step, points.last.elapsed)
        self.curves.loss_plot.add_batches(points.steps, points.losses, points.smoothed)
        # One text for the line under the bar and the status bar: the same speed in both.
        text = self.run_controls.show_progress(points.last, started)
        if text is not None and not self._paused:
            self.context.statusMessage.emit(self.tr("Training: %1").replace("%1", text))

    def _on_epoch(self, event) -> None:
        if not self._live():
            return
        self.curves.loss_plot.add_epoch(event.epoch, event.train_loss, event.test_loss)
        self.curves.acc_plot.add_epoch(event.epoch, event.train_acc, event.test_acc)

    def _set_paused(self, paused: bool, event=None) -> None:
        if not self._live():
            return
        self._paused = paused
        if paused:
            started = self._record.started if self._record is not None else None
            text = self.run_controls.show_paused(getattr(event, "epoch", None),
                                                 started.epochs if started else None)
            self.context.statusMessage.emit(text)  # never "… 0:20 left" while nothing moves
        self._update_buttons()

    def _on_problem(self, event) -> None:
        """Diverged, LossGrowing or DeadUnits: mark the curve, explain, offer a learning rate."""
        if self._closing:
            return
        if isinstance(event, Diverged):
            self.curves.loss_plot.mark_divergence(event.step)
        self.banner.show_run_problem(event, self.is_running)

    def _on_failed(self, en: str, ja: str) -> None:
        self._record.fail()
        if not self._closing:
            self.banner.show_message("error", lambda: self.tr("Training could not run"),
                                     lambda: bilingual((en, ja)))

    def _on_run_evaluated(self, evaluation) -> None:
        self._record.final_test_acc = evaluation.accuracy  # the final (restored) weights
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
        record, net = self._record, thread.request.net
        status = record.end()
        self._paused = False
        if record.started is not None and status != "failed":
            previous = net.meta.get("epochs", 0) if net.meta else 0
            net.meta.update(run_meta(thread.request.settings, previous + len(record.epochs),
                                     record.final_test_acc))
            # A failed run's model says so wherever it goes (the Draw tab, a saved file).
            net.meta.pop("run_status", None)
            if not record.succeeded:
                net.meta["run_status"] = status
            self.model = net
            self.result_box.show_model(net, run=record.number, failed=not record.succeeded)
            if record.succeeded:  # a failed run's model never becomes the app's model
                self.context.set_model(net)
        self.curves.keep_run(record)
        self.pages.runs_page.table.refresh()
        if self._lr_after_run:
            self.controls.lr_spin.setValue(self._lr_after_run)
            self._lr_after_run = None
        text = self.run_controls.show_ended(status, record.final_test_acc, record.seconds,
                                            record.seconds_per_epoch)
        self.context.statusMessage.emit(text)
        self.banner.refresh()  # its button no longer stops anything
        self._update_buttons()
        self.trainingEnded.emit(status)

    # ---- results -------------------------------------------------------------------------------
    def _show_evaluation(self, evaluation) -> None:
        if self._closing:
            return
        self.evaluation = evaluation
        self.pages.show_evaluation(evaluation, digits=self.controls.folder() is None)
        self.evaluationReady.emit(evaluation)

    def evaluate_now(self) -> bool:
        """Evaluate the current model (or the paused run's weights) on the test set."""
        if self._workers.evaluation is not None or self._closing:
            return False
        if self.is_running():
            if not self._paused:
                return False
            request = self._workers.training.request
            net = request.net.copy()  # the trainer waits in its pause: nothing moves
            folder = request.settings.folder
        elif self.model is not None:
            net, folder = self.model.copy(), self.controls.folder()
        else:
            return False
        issues = dataset_problems(net.spec)
        if issues:  # e.g. an opened XOR model: it cannot read 28×28 images of 10 classes
            self.banner.show_message("error", lambda: self.tr("Evaluation failed"),
                                     lambda: "\n".join(bilingual(p) for p in issues))
            return False
        thread = self._workers.start_evaluation(net, folder)
        thread.evaluated.connect(self._show_evaluation)
        thread.failed.connect(lambda en, ja: self._closing or self.banner.show_message(
            "error", lambda: self.tr("Evaluation failed"), lambda: bilingual((en, ja))))
        thread.finished.connect(lambda: self._workers.evaluation_done() and not self._closing
                                and self._update_buttons())
        self.pages.results_page.evaluate_button.setEnabled(False)
        thread.start()
        return True

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
        self.model, self.evaluation = net, None
        self.result_box.show_model(net, origin=path.name)
        self.pages.results_page.set_evaluation(None)
        self._source_changed()
        self._update_buttons()
        self.context.set_model(net)

    # ---- reactions -----------------------------------------------------------------------------
    def _spec_changed(self, spec) -> None:
        self.source.set_design(spec)
        self._source_changed()

    def _source_changed(self) -> None:
        self.controls.set_design_has_dropout(self.source.has_dropout())
        self.controls.set_model_mode(self.source.source() == MODEL)

    def _apply_suggestion(self) -> None:
        """The banner's button: stop a run that is going wrong and lower the learning rate."""
        lr = self.banner.suggested_lr
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
        self.curves.rename_runs(self.runs)
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
