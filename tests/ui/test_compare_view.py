"""ui/compare: a comparison trained in the background on a real MNIST slice, drawn on one chart
with a legend naming each variant; a failed variant is marked failed; a saved one shows again."""

from __future__ import annotations

from nnlab.compare import Comparison, Variant, load_comparison, save_comparison
from nnlab.trainer import TrainConfig
from ui.compare.chart import legend_name
from ui.compare.view import ComparisonView

RUN_TIMEOUT = 60_000
SPEC = {"format": "nnlab.network/1", "name": "small", "input_shape": [784],
        "layers": [{"type": "Affine", "units": 16}, {"type": "ReLU"},
                   {"type": "Affine", "units": 10}, {"type": "SoftmaxWithLoss"}]}


def comparison() -> Comparison:
    return Comparison(
        ("Learning rate", "学習率"), SPEC,
        TrainConfig(epochs=3, batch_size=50, optimizer="sgd", lr=0.1, threads=1),
        (Variant(("SGD lr 0.1", "SGD 学習率 0.1"), {}),
         Variant(("SGD lr 1e9", "SGD 学習率 1e9"), {"lr": 1e9, "weight_scale": 10.0}),
         Variant(("Adam lr 0.001", "Adam 学習率 0.001"), {"optimizer": "adam", "lr": 0.001})),
        setting="lr", train_limit=200, test_limit=200)


def legend_texts(view: ComparisonView) -> list[str]:
    return [label.text for _sample, label in view.chart.legend.items]


def test_runs_in_the_background_and_shows_again(qtbot, tmp_path):
    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    with qtbot.waitSignal(view.finished, timeout=RUN_TIMEOUT) as done:
        view.start(comparison())
        assert view.stop_button.isEnabled()
    result = done.args[0]
    assert [r.status for r in result.results] == ["finished", "failed", "finished"]
    texts = legend_texts(view)
    assert texts[0] == "SGD lr 0.1" and "failed" in texts[1] and texts[2] == "Adam lr 0.001"
    assert "Failed" in view.status.text() and "SGD lr 1e9" in view.status.text()
    # One line computed from the runs, after "All 3 runs done." (the failed run is not ranked).
    best = max((r for r in result.results if not r.failed), key=lambda r: r.final_test_acc)
    assert f"Highest test accuracy: {best.label[0]}, {100 * best.final_test_acc:.1f}%" \
        in view.status.text()
    assert "Lowest final loss:" in view.status.text()
    # The legend sits beside the plot: it covers no part of the data area.
    plot_area = view.chart.getPlotItem().getViewBox().sceneBoundingRect()
    assert view.chart.legend.isVisible()
    assert not view.chart.legend.sceneBoundingRect().intersects(plot_area)
    assert view.progress.value() == 1000 and not view.stop_button.isEnabled()
    main, _train = view.chart.curves[0]
    assert len(main.getData()[0]) == len(result.results[0].steps) > 0
    view.mode.setCurrentIndex(1)  # accuracy: one point per epoch
    assert list(view.chart.curves[2][0].getData()[0]) == [1.0, 2.0, 3.0]

    path = save_comparison(result, tmp_path / "c.json")
    other = ComparisonView()
    qtbot.addWidget(other)
    other.show_result(load_comparison(path))
    assert legend_texts(other) == texts
    view.shutdown()


def test_stop_and_close_join_the_worker(qtbot):
    import dataclasses

    view = ComparisonView()
    qtbot.addWidget(view)
    long = comparison()
    view.start(dataclasses.replace(long, config=dataclasses.replace(long.config, epochs=10_000)))
    qtbot.waitUntil(lambda: bool(view.result.results[0].steps), timeout=RUN_TIMEOUT)
    with qtbot.waitSignal(view.finished, timeout=RUN_TIMEOUT):
        view.stop()
    assert not view.running
    assert view.result.results[0].status == "stopped"
    assert any(r.status == "pending" for r in view.result.results)
    assert "Stopped" in view.status.text()
    view.shutdown()


def test_legend_names_in_japanese():
    from nnlab.compare import VariantResult

    r = VariantResult(("He", "He の初期値"), status="failed")
    assert legend_name(r, "ja") == "He の初期値 ✗ 失敗"


def test_stopped_before_the_data_is_there_it_still_ends_and_says_stopped(qtbot):
    """Stop pressed while MNIST still loads: the thread reports every variant stopped, so no
    view waits on "running" for ever."""
    from ui.compare.worker import ComparisonThread

    thread = ComparisonThread(comparison())
    thread.request_stop()  # before the data: what a Stop during loading leaves behind
    with qtbot.waitSignal(thread.comparisonFinished, timeout=RUN_TIMEOUT) as done:
        thread.start()
    thread.wait()
    assert [r.status for r in done.args[0].results] == ["stopped"] * 3


def test_an_empty_chart_has_no_legend_box(qtbot):
    view = ComparisonView()
    qtbot.addWidget(view)
    assert not view.chart.legend.isVisible()


def test_a_restart_ignores_what_the_old_run_had_already_sent(qtbot):
    """Start twice: joining the first thread leaves its queued "finished" (a stopped result) in
    the event queue; the view must not take it for the new run's end (review #1)."""
    view = ComparisonView()
    qtbot.addWidget(view)
    ended = []
    view.finished.connect(ended.append)
    view.start(comparison())
    view.start(comparison())      # stops and joins the first; its reports are already queued
    qtbot.waitUntil(lambda: bool(ended), timeout=RUN_TIMEOUT)
    assert len(ended) == 1
    assert [r.status for r in ended[0].results] == ["finished", "failed", "finished"]
    assert not view.running and "All 3 runs done." in view.status.text()
