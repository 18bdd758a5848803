"""A run that fails looks failed everywhere, and no trained model is lost (issue 17, the app).

Real widgets, the real engine, small slices of the bundled MNIST.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from test_train_tab import RUN_TIMEOUT, Window, click, quick_settings, run_to_end, spec_from
from test_train_tab import switch_to_japanese as to_japanese

from nnlab import NetworkSpec, load_mnist
from nnlab.data.idx_write import write_idx
from nnlab.paths import data_dir, resource
from ui.context import AppContext
from ui.draw.draw_tab import DrawTab
from ui.i18n import set_language


@pytest.fixture
def window(qtbot, context):
    win = Window(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.tab.shutdown()
    set_language("en")


def test_a_diverged_model_is_marked_failed_in_the_draw_tab(qtbot, window, context, model_path):
    draw = DrawTab(context)
    qtbot.addWidget(draw)
    assert draw.open_model_file(model_path)
    before = draw.network
    context.set_spec(spec_from([
        {"type": "Affine", "units": 100}, {"type": "LeakyReLU", "alpha": 0.1},
        {"type": "Affine", "units": 100}, {"type": "LeakyReLU", "alpha": 0.1},
        {"type": "Affine", "units": 10}, {"type": "SoftmaxWithLoss"}]))
    tab = window.tab
    quick_settings(qtbot, tab, subset=1000, batch=50, epochs=2, optimizer="sgd", lr=10)
    run_to_end(qtbot, tab)
    assert tab.runs[-1].status == "diverged"
    assert tab.pages.runs_page.table.item(0, 6).text() == "diverged"
    # Not silently: the Draw tab keeps its model until the learner sends this one.
    assert context.model is None and draw.network is before
    assert tab.model.meta["run_status"] == "diverged"
    click(qtbot, tab.result_box.draw_button)
    bar = draw.model_bar
    assert draw.model_source == "trained"
    assert bar.accuracy_label.text().startswith("from a failed run (diverged): test accuracy")
    assert bar.accuracy_label.property("failed") is True  # red, never success green


def test_a_design_over_the_memory_budget_for_its_batch_is_refused_on_its_layer(qtbot, window,
                                                                            context):
    # 784-30000-10 fits one sample at a time, not batches of 10,000 (nnlab.budget).
    context.set_spec(spec_from([{"type": "Affine", "units": 30000}, {"type": "ReLU"},
                                {"type": "Affine", "units": 10}, {"type": "SoftmaxWithLoss"}]))
    assert not context.spec.validate()
    tab = window.tab
    quick_settings(qtbot, tab, subset=0, batch=10000, epochs=1)
    click(qtbot, tab.run_controls.start_button)
    assert not tab.is_running() and not tab.runs
    assert tab.banner.isVisible() and tab.banner.kind == "error"
    assert tab.banner.message().startswith("Layer ") and "GiB" in tab.banner.message()
    to_japanese(window)
    assert "GiB" in tab.banner.message() and "層" in tab.banner.message()


def test_a_folder_with_only_a_test_pair_evaluates_and_cannot_train(qtbot, window, tmp_path):
    # What My digits exports: t10k-* only.
    _train, (x, t) = load_mnist(dtype="uint8", flatten=False)
    write_idx(tmp_path / "t10k-images-idx3-ubyte", x[:120, 0])
    write_idx(tmp_path / "t10k-labels-idx1-ubyte", t[:120].astype(np.uint8))
    tab = window.tab
    quick_settings(qtbot, tab, subset=300, batch=50, epochs=1)
    run_to_end(qtbot, tab)
    tab.controls.set_dataset_folder(tmp_path)
    with qtbot.waitSignal(tab.evaluationReady, timeout=RUN_TIMEOUT) as ready:
        click(qtbot, tab.pages.results_page.evaluate_button)
    assert ready.args[0].n == 120
    # Training needs training images: the engine says so, in the app's language.
    run_to_end(qtbot, tab)
    assert tab.runs[-1].status == "failed"
    assert "empty" in tab.banner.message() and "Traceback" not in tab.banner.message()
    to_japanese(window)
    assert "Error" not in tab.banner.message() and tab.banner.message() != ""


def test_a_model_that_cannot_be_saved_where_asked_is_kept_in_the_data_folder(qtbot, window,
                                                                           tmp_path, monkeypatch):
    tab = window.tab
    quick_settings(qtbot, tab, subset=300, batch=50, epochs=1)
    run_to_end(qtbot, tab)
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    target = blocker / "model.npz"  # its "folder" is a file: the save must fail
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, tab.result_box.save_button)
    rescued = list((data_dir() / "rescued-models").glob("model-*.npz"))
    assert len(rescued) == 1 and not target.exists()
    assert tab.banner.isVisible() and tab.banner.kind == "error"
    assert str(rescued[0]) in tab.banner.message() and str(target) in tab.banner.message()


def test_quitting_during_a_run_asks_first(qtbot, window, monkeypatch):
    tab = window.tab
    quick_settings(qtbot, tab, subset=500, batch=50, epochs=500)
    click(qtbot, tab.run_controls.start_button)
    qtbot.waitUntil(lambda: tab.curves.loss_plot.point_count() > 0, timeout=RUN_TIMEOUT)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.Cancel)
    assert tab.confirm_close() is False and tab.is_running()
    assert "Run 1 is training" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert tab.confirm_close() is True
    thread = tab.training_thread
    window.close()
    assert thread.isFinished()


def test_the_main_window_does_not_close_mid_run_unless_the_learner_agrees(qtbot, monkeypatch):
    from ui.main_window import MainWindow

    context = AppContext()
    main = MainWindow(context)
    qtbot.addWidget(main)
    context.set_spec(NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json")))
    main.show()
    tab = main.tabs["train"]
    quick_settings(qtbot, tab, subset=500, batch=50, epochs=500)
    click(qtbot, tab.run_controls.start_button)
    qtbot.waitUntil(lambda: tab.curves.loss_plot.point_count() > 0, timeout=RUN_TIMEOUT)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    main.close()
    assert main.isVisible() and tab.is_running()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    thread = tab.training_thread
    main.close()
    assert not main.isVisible() and thread.isFinished()
