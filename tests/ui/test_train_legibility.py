"""The Train tab at 1024×700 (review of main @ 2f2b3b1): legends beside no curve, the settings that
matter above the fold, the network's whole name, and status messages that go away.

Real widgets and real training on a small slice of the bundled MNIST, as in test_train_tab.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from test_train_tab import Window, quick_settings, run_to_end, switch_to_japanese

from nnlab import NetworkSpec
from nnlab.paths import resource
from ui.context import AppContext
from ui.i18n import set_language

FIT = QSize(1024, 640)  # a 1024×700 screen less the menu, tab and status bars


@pytest.fixture
def context():
    ctx = AppContext()
    ctx.set_spec(NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json")))
    return ctx


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
