"""The Train tab at 1024×700 (review of main @ 2f2b3b1): legends beside no curve, the settings that
matter above the fold, the network's whole name, and status messages that go away.

Real widgets and real training on a small slice of the bundled MNIST, as in test_train_tab.py.
"""

from __future__ import annotations

import pytest
from designer_helpers import DialogRecorder
from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QMessageBox
from test_train_tab import Window, quick_settings, run_to_end, switch_to_japanese

from nnlab import NetworkSpec
from nnlab.paths import resource
from ui.app import create_window
from ui.i18n import set_language

FIT = QSize(1024, 640)  # a 1024×700 screen less the menu, tab and status bars


@pytest.fixture
def window(qtbot, context):
    win = Window(context)
    qtbot.addWidget(win)
    win.resize(FIT)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.tab.shutdown()
    set_language("en")


def legend_clear_of_data(plot) -> bool:
    """The legend is shown with all its entries and covers no part of the data area."""
    area = plot.getPlotItem().getViewBox().sceneBoundingRect()
    legend = plot.legend
    return (legend.isVisible() and legend.items
            and not legend.sceneBoundingRect().intersects(area)
            and all(plot.sceneRect().contains(label.sceneBoundingRect())
                    for _s, label in legend.items))


def test_the_legends_sit_above_the_curves_not_on_them(qtbot, window):
    tab = window.tab
    quick_settings(qtbot, tab, subset=300, batch=50, epochs=2)
    run_to_end(qtbot, tab)
    curves = tab.curves
    assert curves.loss_plot.smooth.xData is not None and len(curves.loss_plot.smooth.xData)
    for plot in (curves.loss_plot, curves.acc_plot):
        assert legend_clear_of_data(plot), plot
    switch_to_japanese(window)
    qtbot.waitUntil(lambda: curves.loss_plot.legend.items[0][1].text != "mini-batch")
    for plot in (curves.loss_plot, curves.acc_plot):
        assert legend_clear_of_data(plot), plot


def seen_whole(widget, viewport) -> bool:
    """The widget lies wholly inside the scroll area's viewport as the window opened (no scroll)."""
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return widget.isVisible() and viewport.rect().contains(
        widget.rect().translated(top_left))


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_epochs_batch_size_and_start_need_no_scrolling_at_1024x700(qtbot, window, lang):
    if lang == "ja":
        switch_to_japanese(window)
    tab = window.tab
    viewport = tab.controls.parentWidget()  # the scroll area's viewport
    qtbot.waitUntil(lambda: viewport.height() > 0)
    for widget in (tab.controls.subset_spin, tab.controls.epochs_spin, tab.controls.batch_spin):
        assert seen_whole(widget, viewport), widget.objectName()
    start = tab.run_controls.start_button
    assert start.isVisible() and tab.rect().contains(
        start.rect().translated(start.mapTo(tab, start.rect().topLeft())))


def test_a_long_network_name_is_elided_in_the_middle_with_the_whole_name_in_the_tooltip(
        qtbot, window, context):
    spec = NetworkSpec.from_json(resource("specs", "simple_convnet.nnlab.json"))
    context.set_spec(spec)
    combo = window.tab.source.combo
    qtbot.waitUntil(lambda: spec.name in combo.currentText())
    shown = combo.shown_text()
    assert combo.currentText() == f"Design: {spec.name}"
    assert "…" in shown and shown.startswith("Design: ") and shown.endswith(spec.name[-3:])
    assert combo.fontMetrics().horizontalAdvance(shown) <= combo.width()
    assert combo.toolTip().startswith(combo.currentText())
    combo.setFixedWidth(combo.fontMetrics().horizontalAdvance(combo.currentText()) + 120)
    assert combo.shown_text() == combo.currentText()  # room enough: the whole name


def clears_itself(status_bar) -> bool:
    """QStatusBar.showMessage(text, ms) with ms > 0 starts the status bar's own timer (a child
    QTimer); a message shown without a timeout has none and stays until replaced."""
    return any(t.isActive() and t.interval() > 0 for t in status_bar.findChildren(QTimer))


def test_informational_status_messages_go_away_by_themselves(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", DialogRecorder(QMessageBox.StandardButton.Discard))
    first = create_window(["--lang", "en"])
    qtbot.addWidget(first)
    first.designer.document.load_template("mnist_mlp")
    assert first.close()
    window = create_window([])
    qtbot.addWidget(window)
    bar = window.statusBar()
    assert bar.currentMessage() == "Restored the design from your last session."
    assert clears_itself(bar)
    window.set_current_tab("train")
    tab = window.tabs["train"]
    quick_settings(qtbot, tab, subset=300, batch=50, epochs=1)
    run_to_end(qtbot, tab)
    assert bar.currentMessage().startswith("Finished")
    assert clears_itself(bar)
    window.set_current_tab("draw")
    assert clears_itself(bar)  # the Train tab's news fades on the Draw tab too
    tab.shutdown()
