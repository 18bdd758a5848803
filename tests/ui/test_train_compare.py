"""The Train tab's Compare…: several short runs of the design differing in one setting, trained in
the background, drawn on one chart, kept in a list, saved and opened again (real MNIST slices)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow

from nnlab import NetworkSpec
from nnlab.compare import load_comparison
from nnlab.paths import resource
from ui.context import AppContext
from ui.i18n import set_language
from ui.training import TrainTab

RUN_TIMEOUT = 120_000


class Window(QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.tab = TrainTab(context, self)
        self.setCentralWidget(self.tab)
        self.resize(1280, 800)

    def closeEvent(self, event) -> None:
        self.tab.shutdown()
        super().closeEvent(event)


@pytest.fixture
def window(qtbot):
    set_language("en")
    context = AppContext()
    context.set_spec(NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json")))
    win = Window(context)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.tab.shutdown()


def test_compare_batchnorm_on_off_and_show_again(qtbot, window, tmp_path, monkeypatch):
    tab = window.tab
    qtbot.mouseClick(tab.compare_button, Qt.MouseButton.LeftButton)
    dialog = tab.compare_button.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setting.setCurrentIndex(dialog.setting.findData("batchnorm"))
    assert dialog.variants.text() == "Runs: BatchNorm off · BatchNorm on"
    dialog.images.setValue(300)
    dialog.epochs.setValue(2)
    with qtbot.waitSignal(dialog.view.finished, timeout=RUN_TIMEOUT) as done:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert [r.status for r in result.results] == ["finished", "finished"]
    assert result.comparison.train_limit == 300 and result.comparison.config.epochs == 2
    assert [t.text for _s, t in dialog.view.chart.legend.items] == ["BatchNorm off",
                                                                   "BatchNorm on"]
    assert dialog.list.count() == 1 and "300 images, 2 epochs" in dialog.list.item(0).text()

    dialog.setting.setCurrentIndex(dialog.setting.findData("lr"))
    with qtbot.waitSignal(dialog.view.finished, timeout=RUN_TIMEOUT):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 2
    assert len(dialog.view.chart.curves) == 3  # Adam lr 0.01 · 0.001 · 0.0001
    dialog.list.setCurrentRow(0)  # the first comparison, shown again
    assert [t.text for _s, t in dialog.view.chart.legend.items] == ["BatchNorm off",
                                                                   "BatchNorm on"]

    path = tmp_path / "bn.nnlab-compare.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert load_comparison(path).results[1].label == ("BatchNorm on", "バッチ正規化あり")
    assert dialog.open_file(str(path)) and dialog.list.count() == 3
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert not dialog.open_file(str(bad)) and "not a saved comparison" in dialog.note.text()


def test_closing_mid_comparison_joins_the_worker(qtbot, window):
    tab = window.tab
    qtbot.mouseClick(tab.compare_button, Qt.MouseButton.LeftButton)
    dialog = tab.compare_button.dialog
    dialog.epochs.setValue(200)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.view.result.results[0].steps), timeout=RUN_TIMEOUT)
    window.close()  # the tab's shutdown stops and joins the comparison
    assert not dialog.view.running


def test_closing_the_dialog_stops_its_comparison(qtbot, window):
    """Closing used to only hide the dialog while the comparison kept both cores busy with
    nothing on screen (review #13/#19): closing stops and joins it."""
    tab = window.tab
    qtbot.mouseClick(tab.compare_button, Qt.MouseButton.LeftButton)
    dialog = tab.compare_button.dialog
    dialog.images.setValue(300)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    thread = dialog.view.thread
    assert dialog.view.running and thread is not None
    dialog.close()
    assert not dialog.isVisible()
    assert not dialog.view.running and thread.isFinished()
    assert dialog.list.count() == 0  # the stopped run is not kept as a result
    assert dialog.view.status.text().startswith("Stopped:")
