"""The Train tab with a CNN: a tiny convolutional net trains on a small MNIST slice to the end,
with per-layer histograms, the first layer's filters as images, the confusion matrix and mistakes."""

from __future__ import annotations

import numpy as np
import pytest
from test_train_tab import RUN_TIMEOUT, Window, quick_settings, run_to_end

from nnlab.spec import NetworkSpec
from ui.context import AppContext
from ui.i18n import set_language
from ui.training.analysis import filter_tiles, first_layer_tiles

TINY_CNN = {"format": "nnlab.network/1", "name": "tiny CNN", "input_shape": [1, 28, 28],
            "layers": [{"type": "Convolution", "filters": 4, "size": 5},
                       {"type": "ReLU"}, {"type": "Pooling", "size": 2, "stride": 2},
                       {"type": "Flatten"}, {"type": "Affine", "units": 10},
                       {"type": "SoftmaxWithLoss"}]}


@pytest.fixture
def window(qtbot):
    ctx = AppContext()
    ctx.set_spec(NetworkSpec.from_dict(TINY_CNN))
    win = Window(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.tab.shutdown()
    set_language("en")


def test_filter_tiles_scale_each_filter_on_its_own():
    W = np.zeros((3, 1, 5, 5))
    W[0, 0, 2, 2], W[1, 0, 0, 0], W[2, 0, 4, 4] = 2.0, -0.5, 0.1
    image = filter_tiles(W)
    assert image.shape == (2 * 6 - 1, 2 * 6 - 1)  # a 2×2 grid of 5×5 tiles, 1-pixel gaps
    assert image[2, 2] == 1 and image[0, 6] == -1 and image[10, 4] == 1


def test_a_cnn_trains_to_the_end_with_every_panel(qtbot, window):
    tab = window.tab
    quick_settings(qtbot, tab, subset=200, batch=50, epochs=1)
    run_to_end(qtbot, tab)
    assert tab.runs[0].status == "finished"
    assert tab.pages.inside_page.histograms.column_count() == 2  # Convolution and Affine
    assert tab.pages.inside_page.tiles.has_image  # the 4 filters as 5×5 images
    np.testing.assert_array_equal(tab.pages.inside_page.tiles.image.image,
                                  first_layer_tiles(tab.model))
    assert tab.pages.inside_page.tiles.image.image.shape == (11, 11)
    page = tab.pages.inside_page
    assert page.filters and page.tiles_title.text() == "First-layer filters"
    headers = [page.histograms._header(h) for h in page.histograms._columns]
    assert headers == ["Convolution 0 (1×5×5→4)", "Affine 4 (576→10)"]
    assert page.hist_title.text() == "Histograms per weighted layer"
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    for width in (None, 300):  # headers whole in narrow columns (on two lines if need be)
        if width is not None:
            page.histograms.setFixedWidth(width)
        page.histograms.repaint()
        assert page.histograms.drawn_headers == headers
    ev = tab.evaluation
    assert ev is not None and ev.n == 10_000 and ev.confusion.sum() == 10_000
    qtbot.waitUntil(lambda: tab.pages.results_page.mistakes.shown_count() > 0, timeout=RUN_TIMEOUT)


def test_the_summary_shows_every_shape_of_simple_convnet(qtbot):
    """The source line of the book's SimpleConvNet: the convolution and pooling shapes too, en/ja."""
    from nnlab.paths import resource

    ctx = AppContext()
    ctx.set_spec(NetworkSpec.from_json(resource("specs", "simple_convnet.nnlab.json")))
    win = Window(ctx)
    qtbot.addWidget(win)
    win.show()
    try:
        summary = win.tab.source.summary
        assert summary.text().startswith("1×28×28 → 30×24×24 → 30×12×12 → 100 → 10 · 433,890 ")
        set_language("ja")
        assert summary.text().startswith("1×28×28 → 30×24×24 → 30×12×12 → 100 → 10")
    finally:
        win.tab.shutdown()
        set_language("en")
