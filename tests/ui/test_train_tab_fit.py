"""The Train tab on a laptop screen (issue 14): nothing cut, nothing that jumps, one speed.

Real widgets and real training on small slices of the bundled MNIST, as in test_train_tab.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from test_train_tab import (
    RUN_TIMEOUT,
    Window,
    click,
    quick_settings,
    run_to_end,
    switch_to_japanese,
)

from nnlab.events import Diverged
from nnlab.train_checks import first_loss_message
from ui.i18n import set_language
from ui.training import TrainTab
from ui.training.inside import ROWS
from ui.training.plots import TEST, TRAIN, epoch_ticks


@pytest.fixture
def window(qtbot, context):
    win = Window(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.tab.shutdown()
    set_language("en")


FIT = QSize(1024, 640)  # a 1024×700 screen less the menu, tab and status bars


def sample_colour(sample) -> QColor:
    """The centre pixel of a legend sample as it paints itself (its symbol's fill)."""
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    sample.paint(painter)
    painter.end()
    return image.pixelColor(10, 10)


def close_to(a: QColor, b: QColor, tol: int = 40) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_legend_markers_have_their_colours_before_the_first_run(window):
    tab = window.tab
    loss_items = {label.text: sample for sample, label in tab.curves.loss_plot.legend.items}
    assert close_to(sample_colour(loss_items["training data"]), TRAIN)
    assert close_to(sample_colour(loss_items["test data"]), TEST)
    acc_items = {label.text: sample for sample, label in tab.curves.acc_plot.legend.items}
    assert close_to(sample_colour(acc_items["training data"]), TRAIN)
    assert close_to(sample_colour(acc_items["test data"]), TEST)


def test_the_status_bar_and_the_panel_show_one_speed_and_say_paused(qtbot, window, context):
    seen = []  # (status message, the panel's line at that moment)
    tab = window.tab
    context.statusMessage.connect(lambda m: seen.append((m, tab.run_controls.progress_label.text())))
    quick_settings(qtbot, tab, subset=500, batch=10, epochs=500)
    click(qtbot, tab.run_controls.start_button)
    qtbot.waitUntil(lambda: any(m.startswith("Training: Epoch") for m, _ in seen),
                    timeout=RUN_TIMEOUT)
    for message, line in seen:
        if message.startswith("Training: "):
            assert message == "Training: " + line  # the same text, so the same images/s
    click(qtbot, tab.run_controls.pause_button)
    qtbot.waitUntil(tab.is_paused, timeout=RUN_TIMEOUT)
    message, line = seen[-1]
    assert message.startswith("Training paused at epoch ") and "left" not in message
    assert line.startswith("Paused")
    click(qtbot, tab.run_controls.stop_button)
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=RUN_TIMEOUT)


def test_a_run_ends_with_its_duration_and_time_per_epoch_also_in_the_runs_list(qtbot, window):
    tab = window.tab
    quick_settings(qtbot, tab, subset=300, batch=50, epochs=2)
    run_to_end(qtbot, tab)
    record = tab.runs[-1]
    assert record.seconds > 0 and record.seconds_per_epoch == pytest.approx(record.seconds / 2)
    line = tab.run_controls.progress_label.text()
    assert "in all" in line and "per epoch" in line and "test accuracy" in line
    table = tab.pages.runs_page.table
    assert table.horizontalHeaderItem(table.DURATION).text() == "Training time"
    assert "/epoch" in table.item(0, table.DURATION).text()


def test_nothing_moves_and_nothing_is_cut_when_the_banner_shows(qtbot, window, context):
    tab = window.tab
    window.resize(FIT)
    qtbot.waitUntil(lambda: tab.size().height() <= FIT.height())
    buttons = tab.run_controls
    before = buttons.start_button.mapTo(tab, QPoint(0, 0))
    pages_before = tab.pages.mapTo(tab, QPoint(0, 0))
    quick_settings(qtbot, tab, subset=300, batch=50, epochs=2)
    run_to_end(qtbot, tab)
    assert buttons.start_button.mapTo(tab, QPoint(0, 0)) == before
    # A run whose ReLUs die: the banner shows, over the plots, moving nothing.
    quick_settings(qtbot, tab, subset=1000, batch=50, epochs=2, optimizer="sgd", lr=10)
    run_to_end(qtbot, tab)
    assert tab.banner.isVisible()
    assert buttons.start_button.mapTo(tab, QPoint(0, 0)) == before
    assert tab.pages.mapTo(tab, QPoint(0, 0)) == pages_before
    tab.pages.setCurrentWidget(tab.pages.inside_page)
    grid = tab.pages.inside_page.histograms
    qtbot.waitUntil(lambda: grid.isVisible())
    for row in ROWS:
        assert grid.row_label(row) == grid._row_names[row]  # whole, "gradient ∂L/∂W" too


def test_the_axes_show_their_top_label_and_the_last_epoch_whole(qtbot, window):
    tab = window.tab
    quick_settings(qtbot, tab, subset=300, batch=50, epochs=3)
    run_to_end(qtbot, tab)
    for plot in (tab.curves.loss_plot, tab.curves.acc_plot):
        item = plot.getPlotItem()
        view = item.getViewBox()
        (x0, x1), (y0, y1) = view.viewRange()
        ticks = item.getAxis("bottom")._tickLevels[0]
        assert ticks[-1] == (3.0, "3")  # the last epoch has its tick
        assert x1 > 3  # … and its marker is drawn whole, inside the view
        marker = view.mapViewToScene(QPointF(3, y0))
        assert marker.x() + 4 <= view.mapViewToScene(QPointF(x1, y0)).x()
        # The label at the top of the y axis has room above it inside the plot widget.
        axis = item.getAxis("left")
        top_tick = max(v for level in axis.tickValues(y0, y1, view.height()) for v in level[1])
        half = QFontMetricsF(axis.style["tickFont"] or plot.font()).height() / 2
        assert plot.mapFromScene(view.mapViewToScene(QPointF(0, top_tick))).y() - half >= 0


def test_epoch_ticks_are_whole_epochs_ending_at_the_last():
    assert [v for v, _ in epoch_ticks(6)] == [0, 1, 2, 3, 4, 5, 6]
    assert [v for v, _ in epoch_ticks(20)] == [0, 5, 10, 15, 20]
    assert [v for v, _ in epoch_ticks(7)][-1] == 7 and len(epoch_ticks(500)) <= 9


def test_at_800_by_560_the_weight_tiles_do_not_cover_the_histograms(qtbot, window):
    tab = window.tab
    window.resize(800, 560)
    page = tab.pages.inside_page
    tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(page.isVisible)
    hist = page.histograms.geometry()
    tiles = page.tiles.geometry()
    assert not hist.intersects(tiles) and hist.width() > 0 and tiles.width() > 0


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_tab_fits_1024_by_640_and_writes_the_learning_rate_epsilon(qtbot, context, lang):
    set_language(lang)
    try:
        tab = TrainTab(context)
        qtbot.addWidget(tab)
        hint = tab.minimumSizeHint()
        assert hint.width() <= FIT.width() and hint.height() <= FIT.height(), hint
        label = tab.controls.lr_label.text()
        assert label == ("ε (学習率)" if lang == "ja" else "ε (learning rate)")
        assert "η" not in tab.controls.lr_spin.toolTip()
    finally:
        set_language("en")


def test_a_banner_without_a_suggested_rate_has_no_button(qtbot, window):
    # What the trainer reports when the loss is NaN before any update: not the rate's fault.
    tab = window.tab
    event = Diverged(1, 1, 1, float("nan"), *first_loss_message(), 0, 0.0)
    tab.banner.show_run_problem(event, tab.is_running)
    assert tab.banner.isVisible() and not tab.banner.action.isVisible()
    assert tab.banner.suggested_lr is None
    switch_to_japanese(window)
    assert "NaN" in tab.banner.message() and not tab.banner.action.isVisible()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_in_a_1024_by_700_window_both_tabs_show_whole_without_scrolling(qtbot, lang):
    from PySide6.QtCore import QRect

    from ui.app import create_window

    window = create_window(["--lang", lang])
    qtbot.addWidget(window)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.size() == QSize(1024, 700))
    try:
        for key, widgets in (("train", ("run_controls", "result_box")),
                             ("draw", ("canvas_hint", "examples", "preprocess"))):
            window.set_current_tab(key)
            tab = window.tabs[key]
            qtbot.waitUntil(tab.isVisible)
            page = window._pages[key]  # the scroll area the window puts each tab in
            bar = page.verticalScrollBar()
            qtbot.waitUntil(lambda bar=bar: not bar.isVisible(), timeout=3000)
            room = QRect(QPoint(0, 0), page.viewport().size())
            for name in widgets:
                widget = getattr(tab, name)
                rect = QRect(widget.mapTo(page.viewport(), QPoint(0, 0)), widget.size())
                assert room.contains(rect), (key, name, rect, room)
    finally:
        window.tabs["train"].shutdown()
        set_language("en")
