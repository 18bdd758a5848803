"""The Train tab: real widgets, real training on a small slice of the bundled MNIST.

Runs use the train-subset control (a few hundred images, so an epoch is a few mini-batches) and
wait for what the tab shows with qtbot.waitUntil / waitSignal; nothing sleeps or times anything.
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow

from nnlab import Network, NetworkSpec
from nnlab.paths import resource
from ui.context import AppContext
from ui.i18n import set_language
from ui.training import TrainTab

RUN_TIMEOUT = 60_000


class Window(QMainWindow):
    """Hosts the tab as the main window does: closing it shuts the tab's workers down."""

    def __init__(self, context: AppContext):
        super().__init__()
        self.tab = TrainTab(context, self)
        self.setCentralWidget(self.tab)
        self.resize(1280, 800)

    def closeEvent(self, event) -> None:
        self.tab.shutdown()
        super().closeEvent(event)


def spec_from(layers: list[dict], name: str = "test net") -> NetworkSpec:
    return NetworkSpec.from_dict({"format": "nnlab.network/1", "name": name,
                                  "input_shape": [784], "layers": layers})


@pytest.fixture
def window(qtbot, context):
    win = Window(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.tab.shutdown()
    set_language("en")


def type_value(qtbot, spin, text: str) -> None:
    """Replace a spin box's text by typing, then commit with Enter (as a learner would)."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def quick_settings(qtbot, tab: TrainTab, subset=500, batch=50, epochs=2, optimizer="adam",
                   lr=None) -> None:
    c = tab.controls
    c.optimizer_combo.setCurrentIndex(c.optimizer_combo.findData(optimizer))
    if lr is not None:
        type_value(qtbot, c.lr_spin, str(lr))
    type_value(qtbot, c.subset_spin, str(subset))
    type_value(qtbot, c.batch_spin, str(batch))
    type_value(qtbot, c.epochs_spin, str(epochs))


def switch_to_japanese(window) -> None:
    """What the Language menu does; the event is sent even where no catalogue is installed."""
    set_language("ja")
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def run_to_end(qtbot, tab: TrainTab) -> None:
    click(qtbot, tab.run_controls.start_button)
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=RUN_TIMEOUT)


def test_a_run_draws_its_curves_and_shows_results(qtbot, window, context):
    tab = window.tab
    quick_settings(qtbot, tab, subset=500, batch=50, epochs=2)
    assert tab.controls.settings().config.train_subset == 500
    # Every core but one trains (fewer when other programs keep some busy); the window keeps one.
    assert 1 <= tab.controls.settings().config.threads <= max(1, len(os.sched_getaffinity(0)) - 1)
    with qtbot.waitSignal(context.modelChanged, timeout=RUN_TIMEOUT) as changed:
        click(qtbot, tab.run_controls.start_button)
        assert tab.is_running()
        # Starting twice is impossible: the button is disabled and start() refuses.
        assert not tab.run_controls.start_button.isEnabled()
        assert tab.start() is False
        qtbot.waitUntil(lambda: tab.curves.loss_plot.point_count() > 0, timeout=RUN_TIMEOUT)
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=RUN_TIMEOUT)

    assert len(tab.runs) == 1 and tab.runs[0].status == "finished"
    assert tab.curves.loss_plot.point_count() == 2 * 10  # 500 images / 50 per batch, 2 epochs
    assert tab.curves.acc_plot.test_series.n == 2 and tab.curves.acc_plot.train_series.n == 2
    assert np.all(np.isfinite(tab.curves.loss_plot.batch.y))
    assert tab.pages.inside_page.histograms.column_count() == 2  # two Affine layers
    assert tab.pages.inside_page.tiles.has_image
    # The results of the test set are shown and consistent with each other.
    ev = tab.evaluation
    assert ev is not None and ev.n == 10_000
    assert ev.confusion.sum() == 10_000 and np.trace(ev.confusion) == ev.correct
    assert ev.accuracy > 0.5  # 2 epochs on 500 images learn something
    assert tab.pages.currentWidget() is tab.pages.results_page
    assert tab.pages.results_page.confusion.evaluation is ev and tab.pages.results_page.mistakes.evaluation is ev
    qtbot.waitUntil(lambda: tab.pages.results_page.mistakes.shown_count() > 0)  # painted once the page shows
    assert f"{100 * ev.accuracy:.2f}" in tab.pages.results_page.result_label.text()
    # The trained network is the app's model, and it carries its meta.
    assert changed.args[0] is tab.model is context.model
    assert tab.model.meta["dataset"] == "mnist" and tab.model.meta["epochs"] == 2
    assert tab.model.meta["accuracy"] == pytest.approx(ev.accuracy)
    # The design in the designer was trained as a copy.
    assert context.spec is not tab.model.spec
    assert tab.run_controls.start_button.isEnabled() and tab.result_box.save_button.isEnabled()


def test_pause_freezes_the_curves_resume_continues_stop_ends(qtbot, window):
    tab = window.tab
    quick_settings(qtbot, tab, subset=500, batch=50, epochs=500)
    click(qtbot, tab.run_controls.start_button)
    qtbot.waitUntil(lambda: tab.curves.loss_plot.point_count() > 0, timeout=RUN_TIMEOUT)

    click(qtbot, tab.run_controls.pause_button)
    qtbot.waitUntil(tab.is_paused, timeout=RUN_TIMEOUT)
    assert tab.run_controls.pause_button.text() == "Resume"
    frozen = tab.curves.loss_plot.point_count()
    # Something else happens meanwhile: evaluating the paused weights on the whole test set.
    with qtbot.waitSignal(tab.evaluationReady, timeout=RUN_TIMEOUT):
        click(qtbot, tab.pages.results_page.evaluate_button)
    qtbot.waitUntil(lambda: tab.pages.results_page.evaluate_button.isEnabled(), timeout=RUN_TIMEOUT)
    assert tab.curves.loss_plot.point_count() == frozen
    assert tab.is_running() and tab.is_paused()

    click(qtbot, tab.run_controls.pause_button)  # now "Resume"
    qtbot.waitUntil(lambda: tab.curves.loss_plot.point_count() > frozen, timeout=RUN_TIMEOUT)
    assert not tab.is_paused() and tab.run_controls.pause_button.text() == "Pause"

    click(qtbot, tab.run_controls.stop_button)
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=RUN_TIMEOUT)
    assert tab.runs[-1].status == "stopped"
    assert tab.model is not None  # the weights learnt so far are kept
    assert tab.run_controls.start_button.isEnabled() and not tab.run_controls.stop_button.isEnabled()


def test_stop_while_paused(qtbot, window):
    tab = window.tab
    quick_settings(qtbot, tab, subset=500, batch=50, epochs=500)
    click(qtbot, tab.run_controls.start_button)
    qtbot.waitUntil(lambda: tab.curves.loss_plot.point_count() > 0, timeout=RUN_TIMEOUT)
    click(qtbot, tab.run_controls.pause_button)
    qtbot.waitUntil(tab.is_paused, timeout=RUN_TIMEOUT)
    click(qtbot, tab.run_controls.stop_button)
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=RUN_TIMEOUT)
    assert tab.runs[-1].status == "stopped"


def test_closing_the_window_mid_run_joins_the_thread(qtbot, window):
    tab = window.tab
    quick_settings(qtbot, tab, subset=500, batch=50, epochs=1000)
    click(qtbot, tab.run_controls.start_button)
    qtbot.waitUntil(lambda: tab.curves.loss_plot.point_count() > 0, timeout=RUN_TIMEOUT)
    thread = tab.training_thread
    window.close()
    assert thread.isFinished()  # joined by closeEvent; conftest checks nothing is left running


def test_destroying_the_tab_mid_run_joins_the_thread(qtbot, context):
    tab = TrainTab(context)
    tab.resize(1280, 800)
    tab.show()
    quick_settings(qtbot, tab, subset=500, batch=50, epochs=1000)
    click(qtbot, tab.run_controls.start_button)
    qtbot.waitUntil(lambda: tab.curves.loss_plot.point_count() > 0, timeout=RUN_TIMEOUT)
    thread = tab.training_thread
    gone = []
    tab.destroyed.connect(lambda *_: gone.append(thread.isFinished()))
    tab.deleteLater()  # no shutdown() first: the tab's own destruction must stop the run
    qtbot.waitUntil(lambda: bool(gone), timeout=RUN_TIMEOUT)
    assert thread.isFinished()


def test_divergence_shows_the_message_and_keeps_finite_weights(qtbot, window, context):
    # Two leaky-ReLU layers: SGD with η = 10 overflows within a few steps.
    context.set_spec(spec_from([
        {"type": "Affine", "units": 100}, {"type": "LeakyReLU", "alpha": 0.1},
        {"type": "Affine", "units": 100}, {"type": "LeakyReLU", "alpha": 0.1},
        {"type": "Affine", "units": 10}, {"type": "SoftmaxWithLoss"}]))
    tab = window.tab
    quick_settings(qtbot, tab, subset=1000, batch=50, epochs=3, optimizer="sgd", lr=10)
    assert tab.controls.settings().config.lr == 10
    run_to_end(qtbot, tab)

    assert tab.runs[-1].status == "diverged"
    assert tab.banner.isVisible() and tab.banner.kind == "error"
    assert "learning rate" in tab.banner.message() and "too high" in tab.banner.message()
    assert tab.curves.loss_plot.diverged_line.isVisible()
    assert all(np.all(np.isfinite(v)) for v in tab.model.params.values())
    # The suggested fix is one click away.
    assert tab.banner.action.isVisible()
    click(qtbot, tab.banner.action)
    assert tab.controls.lr_spin.value() == pytest.approx(1.0)
    # In Japanese, the same message in the curriculum's words.
    switch_to_japanese(window)
    assert "学習率" in tab.banner.message()


def test_relu_units_killed_by_the_learning_rate_are_reported_and_the_run_fails(qtbot, window,
                                                                               context):
    # The MNIST MLP with SGD at η = 10: the loss jumps up, then every hidden ReLU gives 0 and the
    # loss sits at ln 10. The trainer's DeadUnits event is what the banner says (issue 17).
    tab = window.tab
    quick_settings(qtbot, tab, subset=1000, batch=50, epochs=3, optimizer="sgd", lr=10)
    run_to_end(qtbot, tab)

    banner = tab.banner
    assert banner.isVisible() and banner.kind == "warning"
    assert banner.title.text() == "The ReLU units of layer 1 died"
    assert "Every unit of layer 1 (ReLU) outputs 0" in banner.message()
    assert "too high" in banner.message()
    # A failed run looks failed everywhere: the runs list, the line under the progress bar, the
    # result box; and its model does not become the app's model (the Draw tab keeps its own).
    assert tab.runs[-1].status == "dead_units"
    assert tab.pages.runs_page.table.item(0, 6).text() == "failed: ReLUs died"
    assert "every unit of a ReLU layer died" in tab.run_controls.progress_label.text()
    assert tab.model is not None and context.model is None
    assert tab.result_box.label.text().startswith("Run 1 (failed): ")
    # The run is over: the button no longer offers to stop it, only the learning rate.
    assert banner.action.text() == "Use learning rate 1"
    switch_to_japanese(window)
    assert "学習率" in banner.message() and "ReLU" in banner.message()
    click(qtbot, banner.action)
    assert tab.controls.lr_spin.value() == pytest.approx(1.0) and not banner.isVisible()


def test_a_growing_loss_is_shown_during_the_run_with_a_stop_and_the_usual_rate(qtbot, window):
    tab = window.tab
    quick_settings(qtbot, tab, subset=1000, batch=50, epochs=500, optimizer="adam", lr=100)
    click(qtbot, tab.run_controls.start_button)
    qtbot.waitUntil(tab.banner.isVisible, timeout=RUN_TIMEOUT)
    assert tab.is_running()
    banner = tab.banner
    assert banner.kind == "warning" and banner.title.text() == "The loss is growing instead of falling"
    # Adam at η = 100: a tenth would still be far too high; Adam's usual rate is suggested.
    assert "Adam usually trains with 0.0001 to 0.01" in banner.message()
    assert banner.action.text() == "Stop and use learning rate 0.001"
    click(qtbot, banner.action)
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=RUN_TIMEOUT)
    assert tab.runs[-1].status == "loss_grew"
    assert tab.pages.runs_page.table.item(0, 6).text() == "failed: loss grew"
    assert tab.controls.lr_spin.value() == pytest.approx(0.001)


def test_a_saved_model_reopens_with_the_same_test_accuracy(qtbot, window, tmp_path, monkeypatch):
    tab = window.tab
    quick_settings(qtbot, tab, subset=500, batch=50, epochs=1)
    run_to_end(qtbot, tab)
    accuracy = tab.evaluation.accuracy
    path = tmp_path / "mine.npz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, tab.result_box.save_button)
    assert path.is_file()
    saved = Network.load(path)
    assert saved.meta["dataset"] == "mnist" and saved.meta["epochs"] == 1
    assert saved.meta["accuracy"] == pytest.approx(accuracy)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, tab.source.open_button)
    assert tab.source.source() == "model"
    assert "mine.npz" in tab.source.combo.currentText()
    assert tab.evaluation is None
    with qtbot.waitSignal(tab.evaluationReady, timeout=RUN_TIMEOUT) as ready:
        click(qtbot, tab.pages.results_page.evaluate_button)
    assert ready.args[0].accuracy == accuracy


def test_a_bad_model_file_is_reported(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"not a zip archive at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    tab = window.tab
    click(qtbot, tab.source.open_button)
    assert tab.banner.isVisible() and tab.banner.kind == "error"
    assert "broken.npz" in tab.banner.message()
    assert tab.source.source() == "designer"


def test_an_invalid_design_is_refused_with_its_problems(qtbot, window, context):
    context.set_spec(spec_from([{"type": "Affine", "units": 10}]))  # no output layer
    tab = window.tab
    click(qtbot, tab.run_controls.start_button)
    assert not tab.is_running() and not tab.runs
    assert tab.banner.isVisible()
    assert "output layer" in tab.banner.message()
    switch_to_japanese(window)  # the engine's Japanese message, picked with current_language()
    assert "出力層" in tab.banner.message()


def test_a_design_that_does_not_fit_mnist_is_refused(qtbot, window, context):
    context.set_spec(spec_from([{"type": "Affine", "units": 3}, {"type": "SoftmaxWithLoss"}]))
    tab = window.tab
    click(qtbot, tab.run_controls.start_button)
    assert not tab.is_running()
    assert "10 classes" in tab.banner.message()


def test_a_folder_that_is_not_mnist_is_reported(qtbot, window, tmp_path):
    (tmp_path / "train-images-idx3-ubyte").write_bytes(b"\x00\x00\x08\x03garbage")
    tab = window.tab
    tab.controls.set_dataset_folder(tmp_path)
    assert tab.controls.dataset_combo.currentText() == tmp_path.name
    quick_settings(qtbot, tab, subset=500, batch=50, epochs=1)
    run_to_end(qtbot, tab)
    assert tab.runs[-1].status == "failed"
    assert tab.banner.isVisible() and tab.banner.kind == "error"
    assert "train-" in tab.banner.message()
    assert tab.model is None


def test_runs_can_be_overlaid_and_the_model_sent_to_other_tabs(qtbot, window, context):
    tab = window.tab
    quick_settings(qtbot, tab, subset=500, batch=50, epochs=1)
    run_to_end(qtbot, tab)
    type_value(qtbot, tab.controls.lr_spin, "0.01")
    run_to_end(qtbot, tab)
    assert [r.number for r in tab.runs] == [1, 2]
    assert tab.pages.runs_page.table.rowCount() == 2
    assert not tab.curves.loss_plot.overlays[1].isVisible()
    tab.pages.runs_page.table.set_checked(1, True)  # the check box of run 1
    assert tab.curves.loss_plot.overlays[1].isVisible() and tab.curves.acc_plot.overlays[1].isVisible()
    tab.pages.runs_page.table.set_checked(1, False)
    assert not tab.curves.loss_plot.overlays[1].isVisible()

    with qtbot.waitSignal(context.drawRequested) as drawn:
        click(qtbot, tab.result_box.draw_button)
    assert drawn.args[0] is tab.model
    with qtbot.waitSignal(context.stepRequested) as stepped:
        click(qtbot, tab.result_box.step_button)
    assert stepped.args[0] is tab.model


def test_a_model_that_cannot_read_mnist_opens_but_is_not_evaluated(qtbot, window, tmp_path):
    xor = Network(NetworkSpec.from_json(resource("specs", "xor.nnlab.json")), seed=0)
    path = tmp_path / "xor.npz"
    xor.save(path)
    tab = window.tab
    assert tab.open_model(path)
    assert tab.pages.results_page.evaluate_button.isEnabled() and tab.result_box.draw_button.isEnabled()
    click(qtbot, tab.pages.results_page.evaluate_button)
    assert tab.banner.isVisible() and "784" in tab.banner.message()
    assert tab.evaluation is None
    click(qtbot, tab.run_controls.start_button)
    assert not tab.is_running() and "MNIST" in tab.banner.title.text()
