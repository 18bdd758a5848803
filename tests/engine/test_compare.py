"""nnlab.compare: variants set up from the base, trained in turn on a real MNIST slice, saved
and read back, and a diverging variant marked failed (not a result)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from nnlab import load_mnist
from nnlab.compare import (
    CompareError,
    Comparison,
    Variant,
    load_comparison,
    run_comparison,
    save_comparison,
    variant_setup,
)
from nnlab.trainer import TrainConfig

SPEC = {"format": "nnlab.network/1", "name": "small", "input_shape": [784],
        "layers": [{"type": "Affine", "units": 20}, {"type": "ReLU"},
                   {"type": "Affine", "units": 20}, {"type": "ReLU"},
                   {"type": "Affine", "units": 10}, {"type": "SoftmaxWithLoss"}]}


@pytest.fixture(scope="module")
def mnist():
    return load_mnist(dtype="uint8")


def _comparison(**kw) -> Comparison:
    base = dict(title=("Learning rates", "学習率"), spec=SPEC,
                config=TrainConfig(epochs=2, batch_size=50, optimizer="sgd", lr=0.1, threads=1),
                variants=(Variant(("SGD lr 0.1", "SGD 学習率 0.1"), {}),
                          Variant(("Adam lr 0.001", "Adam 学習率 0.001"),
                                  {"optimizer": "adam", "lr": 0.001})),
                setting="optimizer", train_limit=300, test_limit=200)
    base.update(kw)
    return Comparison(**base)


def test_variant_setup_changes_one_setting():
    c = _comparison()
    spec, config = variant_setup(c, Variant(("BN", "BN"), {"batchnorm": True}))
    assert [layer.type for layer in spec.layers] == [
        "Affine", "BatchNorm", "ReLU", "Affine", "BatchNorm", "ReLU", "Affine", "SoftmaxWithLoss"]
    assert config == c.config
    spec, _ = variant_setup(c, Variant(("drop", "drop"), {"dropout": 0.2}))
    assert [layer.type for layer in spec.layers].count("Dropout") == 2
    assert all(layer.options["ratio"] == 0.2 for layer in spec.layers if layer.type == "Dropout")
    spec, _ = variant_setup(c, Variant(("σ", "σ"), {"weight_scale": 0.1}))
    assert {layer.options["init"] for layer in spec.layers if layer.type == "Affine"} == {0.1}
    _, config = variant_setup(c, Variant(("λ", "λ"), {"weight_decay": 0.1, "lr": 0.01}))
    assert (config.weight_decay, config.lr, config.optimizer) == (0.1, 0.01, "sgd")
    with pytest.raises(CompareError):
        variant_setup(c, Variant(("?", "?"), {"colour": "red"}))


def test_initial_weights_change_every_layer_that_has_them_convolutions_too():
    cnn = {"format": "nnlab.network/1", "input_shape": [1, 28, 28], "layers": [
        {"type": "Convolution", "filters": 4, "size": 5, "init": 0.01}, {"type": "ReLU"},
        {"type": "Pooling", "size": 2}, {"type": "Flatten"},
        {"type": "Affine", "units": 10, "init": 0.01}, {"type": "SoftmaxWithLoss"}]}
    spec, _ = variant_setup(_comparison(spec=cnn), Variant(("He", "He"), {"init": "he"}))
    assert [layer.options.get("init") for layer in spec.layers] == [
        "he", None, None, None, "he", None]


def test_runs_every_variant_on_the_slice_and_round_trips(mnist, tmp_path):
    seen = []
    result = run_comparison(_comparison(), mnist, on_event=lambda i, e: seen.append(i))
    assert sorted(set(seen)) == [0, 1]
    for r in result.results:
        assert r.status == "finished"
        assert r.epochs == [1, 2] and len(r.test_acc) == 2
        assert len(r.steps) == len(r.losses) == 12  # 300 images / 50 = 6 updates per epoch
        assert 0.3 < r.final_train_acc <= 1 and 0.2 < r.final_test_acc <= 1
        assert r.gap == pytest.approx(r.final_train_acc - r.final_test_acc)
    path = save_comparison(result, tmp_path / "c.nnlab-compare.json")
    again = load_comparison(path)
    assert again.comparison == result.comparison
    for a, b in zip(again.results, result.results):
        assert (a.label, a.status, a.steps, a.epochs, a.test_acc, a.final_test_acc) == \
               (b.label, b.status, b.steps, b.epochs, b.test_acc, b.final_test_acc)
        assert np.allclose(a.losses, b.losses)


def test_iteration_limit(mnist):
    result = run_comparison(_comparison(iterations=7, variants=_comparison().variants[:1]), mnist)
    r = result.results[0]
    assert r.status == "finished" and r.steps[-1] == 7 and r.final_test_acc is not None


def test_a_diverging_variant_is_failed_not_a_result(mnist):
    variants = (Variant(("SGD lr 0.1", "SGD 学習率 0.1"), {}),
                Variant(("SGD lr 1e6", "SGD 学習率 1e6"), {"lr": 1e6, "weight_scale": 10.0}),
                Variant(("bad", "不正"), {"batch_size": 0}))
    result = run_comparison(_comparison(variants=variants), mnist)
    good, exploded, bad = result.results
    assert good.status == "finished"
    assert exploded.status == "failed" and exploded.message[0] and exploded.message[1]
    assert exploded.gap is None and exploded.final_loss() is None
    assert bad.status == "failed" and "batch_size" in bad.message[0]


def test_stop_leaves_the_rest_pending(mnist):
    import threading

    stop = threading.Event()
    result = run_comparison(_comparison(), mnist, stop=stop,
                            on_event=lambda i, e: stop.set())
    assert result.results[0].status == "stopped" and result.results[1].status == "pending"


def _saved(**changes) -> str:
    """A well-formed one-variant file, with ``changes`` to its top level or its result."""
    result = {"status": "finished", "steps": [1], "losses": [2.3], "epochs": [1, 2],
              "train_acc": [0.5, 0.6], "test_acc": [0.4, 0.5]}
    result.update(changes.pop("result", {}))
    d = {"format": "nnlab.comparison/1", "title": ["a", "b"], "spec": SPEC, "config": {},
         "variants": [{"label": ["a", "b"], "changes": {}, "result": result}]}
    d.update(changes)
    return json.dumps(d)


def test_a_well_formed_file_loads(tmp_path):
    path = tmp_path / "ok.json"
    path.write_text(_saved())
    assert load_comparison(path).results[0].test_acc == [0.4, 0.5]


@pytest.mark.parametrize("text", [
    _saved(result={"test_acc": [0.4]}),                          # per-epoch lists of other lengths
    _saved(result={"losses": [float("inf")]}),                    # Infinity is not JSON
    _saved(variants=[json.loads(_saved())["variants"][0]] * 65),  # thousands would freeze the UI
    _saved(spec={**SPEC, "layers": SPEC["layers"][:-1]}),          # a design without a head
])
def test_files_that_would_break_the_chart_or_the_window_are_refused(tmp_path, text):
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(CompareError) as e:
        load_comparison(path)
    assert e.value.en and e.value.ja


@pytest.mark.parametrize("text", [
    "", "{", "[]", json.dumps({"format": "nnlab.comparison/1"}),
    json.dumps({"format": "nnlab.comparison/1", "variants": [{"label": "x"}], "spec": {}}),
    json.dumps({"format": "nnlab.comparison/1", "variants": [
        {"label": ["a", "b"], "result": {"status": "finished", "steps": [1], "losses": ["x"]}}],
        "spec": {}, "title": ["a", "b"], "config": {}}),
])
def test_bad_files_are_refused_in_both_languages(tmp_path, text):
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(CompareError) as e:
        load_comparison(path)
    assert e.value.en and e.value.ja


def test_nan_is_written_as_null(mnist, tmp_path):
    result = run_comparison(_comparison(variants=_comparison().variants[:1], iterations=2), mnist)
    result.results[0].losses[0] = math.nan
    path = save_comparison(result, tmp_path / "n.json")
    assert "NaN" not in path.read_text()
    assert math.isnan(load_comparison(path).results[0].losses[0])


def test_the_smoothed_curve_recovers_after_a_nan_loss():
    from nnlab.compare.model import VariantResult

    run = VariantResult(("a", "b"), losses=[1.0, 2.0, 3.0, math.nan, 5.0, 6.0, 7.0])
    smooth = run.smoothed(window=2)
    assert smooth[:3] == [1.0, 1.5, 2.5] and all(math.isnan(v) for v in smooth[3:5])
    assert smooth[5:] == [5.5, 6.5]  # the NaN has left the window


def test_the_summary_ranks_the_finished_runs_in_both_languages():
    from nnlab.compare import ComparisonResult, VariantResult, summary

    def run(label, status, acc, losses):
        return VariantResult((label, label + "（ja）"), status=status, losses=losses,
                             final_test_acc=acc)

    result = ComparisonResult(None, [
        run("SGD", "finished", 0.729, [2.3, 2.22]),
        run("Adam", "finished", 0.852, [0.5, 0.412]),
        run("huge lr", "failed", None, [float("nan")]),
    ])
    en, ja = summary(result)
    assert en == ("Highest test accuracy: Adam, 85.2% (12.3 points above SGD, 72.9%). "
                  "Lowest final loss: Adam, 0.456 (SGD: 2.26).")
    assert "Adam（ja） の 85.2%" in ja and "12.3 ポイント上" in ja and "huge lr" not in en + ja
    assert summary(ComparisonResult(None, result.results[:1])) is None  # nothing to compare
