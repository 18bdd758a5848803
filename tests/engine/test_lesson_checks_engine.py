"""Predictions, the book-style code lines, lesson 6's dead units, the comparison panels' numbers and
the lesson texts that used to mislead — all against the engine."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab import Network, NetworkSpec, Stepper
from nnlab.functions import numerical_gradient, sigmoid, softmax
from nnlab.im2col import col2im, im2col
from nnlab.lessons import LESSONS, build_network, get_lesson, lesson_sample
from nnlab.lessons import comparisons as C
from nnlab.lessons import descent as D
from nnlab.lessons import graph as G
from nnlab.lessons import losses as L
from nnlab.lessons.predict import Prediction, judge, parse_guess
from nnlab.registry import REGISTRY
from nnlab.stepper import Phase

# ---- predictions ----------------------------------------------------------------------------------


def stepped_value(lesson, prediction: Prediction) -> float:
    """Step the lesson's network until the prediction's step and read the element it hides."""
    net = build_network(lesson)
    x, t = lesson_sample(lesson)
    stepper = Stepper(net, x, t)
    phase, index = prediction.step
    while True:
        record = stepper.forward_step() if stepper.position.phase == Phase.FORWARD \
            else stepper.backward_step()
        if (record.kind, record.index) == (phase, index):
            break
    array = {"out": record.out, "dx": record.dx}[prediction.slot]
    return float(np.asarray(array)[prediction.element])


# Lesson 15's examples each step their own small network (bias 3, padding 1, pooling), which the
# page builds; tests/ui/test_lesson_conv.py checks those predictions against the engine on screen.
STEPPED = [(lesson, p) for lesson in LESSONS for p in lesson.predictions
           if p.step is not None and lesson.kind != "convolution"]


@pytest.mark.parametrize(("lesson", "prediction"), STEPPED, ids=[p.id for _, p in STEPPED])
def test_a_stepping_prediction_hides_the_value_the_engine_computes(lesson, prediction):
    value = stepped_value(lesson, prediction)
    assert judge(prediction, prediction.expected, value).correct, (prediction.expected, value)


def test_the_listed_predictions_are_where_the_issue_puts_them():
    found = {(lesson.number, p.id): p.expected for lesson in LESSONS for p in lesson.predictions
             if lesson.number <= 13}  # lessons 14 and 15 test their own (test_l14_*, test_lesson_convolution)
    assert found == pytest.approx({(2, "u1"): 1.4, (3, "y1"): 1.56, (5, "ce_label7"): 2.303,
                                   (8, "apple_num"): 110, (8, "tax"): 200,
                                   (9, "delta2_sign"): -3.818,
                                   (12, "sgd_y1"): -1.8, (12, "adagrad_x1"): -5.5,
                                   (13, "sigmoid_small_mean"): 0.5,
                                   (13, "sigmoid_derivative_max"): 0.25})
    ce = get_lesson("output_loss").predictions[0]
    assert judge(ce, ce.expected, L.loss_demo(L.SEED_Y, 7).cross_entropy).correct
    apple = G.buy_apple()
    for p in get_lesson("computation_graph").predictions:
        _, src = p.target.split(":")
        assert p.expected == pytest.approx(apple.edge(src, next(
            e.dst for e in apple.edges if e.src == src)).backward)


def test_judging_a_guess():
    u1 = get_lesson("input_hidden").predictions[0]
    assert judge(u1, 1.4, 1.4).correct and judge(u1, 1.405, 1.4).correct
    assert not judge(u1, 1.2, 1.4).correct and judge(u1, 1.2, 1.4).error == pytest.approx(0.2)
    sign = get_lesson("backprop_two_layer").predictions[0]
    assert sign.sign and judge(sign, -1, -3.818).correct and not judge(sign, 1, -3.818).correct
    assert parse_guess("−", sign=True) == -1 and parse_guess("負", sign=True) == -1
    assert parse_guess("+", sign=True) == 1 and parse_guess("１．４") == 1.4
    assert parse_guess("7/5") == pytest.approx(1.4) and parse_guess("1/0") is None
    assert parse_guess("nope") is None and parse_guess("-", sign=False) is None


# ---- the book-style code of every layer type computes its step ------------------------------------

HELPERS = {"softmax": softmax, "sigmoid": sigmoid,
           "cross_entropy_error": lambda y, t: float(-np.sum(t * np.log(y + 1e-7)) / y.shape[0])}


# options and input side: (7 + 2·1 − 3)/2 + 1 = 4 and (6 − 2)/2 + 1 = 3 are whole numbers
IMAGE_LAYERS = {"Convolution": ({"filters": 3, "size": 3, "stride": 2, "pad": 1}, 7),
                "Pooling": ({"size": 2, "stride": 2}, 6)}


def _net_for(name: str) -> tuple[Network, np.ndarray, np.ndarray]:
    entry = REGISTRY[name]
    rng = np.random.default_rng(1)
    if name in IMAGE_LAYERS:  # a convolution first, so the layer under test computes its dx
        options, side = IMAGE_LAYERS[name]
        layers = [{"type": "Convolution", "filters": 2, "size": 3, "pad": 1},
                  {"type": name, **options}, {"type": "Flatten"},
                  {"type": "Affine", "units": 2}, {"type": "IdentityWithLoss"}]
        spec = NetworkSpec.from_dict({"format": "nnlab.network/1", "name": name,
                                      "input_shape": [2, side, side], "layers": layers})
        return (Network(spec, seed=2, dtype="float64"), rng.standard_normal((2, 2, side, side)),
                rng.standard_normal((2, 2)))
    if entry.is_head:
        layers = [{"type": "Affine", "units": 3}, {"type": name}]
        t = np.eye(3)[[0, 2]] if name == "SoftmaxWithLoss" else rng.integers(0, 2, (2, 3)) * 1.0
    else:
        middle = {"type": name, "units": 3} if name == "Affine" else {"type": name}
        layers = [{"type": "Affine", "units": 3}, middle, {"type": "Affine", "units": 2},
                  {"type": "IdentityWithLoss"}]
        t = rng.standard_normal((2, 2))
    spec = NetworkSpec.from_dict({"format": "nnlab.network/1", "name": name, "input_shape": [4],
                                  "layers": layers})
    return Network(spec, seed=2, dtype="float64"), rng.standard_normal((2, 4)), t


@pytest.mark.parametrize("name", [t.name for t in REGISTRY])
def test_the_code_beside_each_step_computes_that_step(name):
    entry = REGISTRY[name]
    assert entry.code.forward and entry.code.backward, name
    net, x, t = _net_for(name)
    stepper = Stepper(net, x, t)
    stepper.run_to_end()
    index = 1
    fwd = next(r for r in stepper.records if r.kind == Phase.FORWARD and r.index == index)
    bwd = next(r for r in stepper.records if r.kind == Phase.BACKWARD and r.index == index)
    s_in, s_out = entry.io_symbols()
    layer = net.layers[index]
    ns = {"np": np, s_in: fwd.x.copy(), **{k: v.copy() for k, v in fwd.params.items()},
          "t": np.asarray(t, dtype=float), "batch_size": x.shape[0], **HELPERS,
          "alpha": getattr(layer, "alpha", 0.01), "dropout_ratio": getattr(layer, "ratio", 0.5)}
    if name in IMAGE_LAYERS:  # the names the book's im2col code reads
        ns.update(im2col=im2col, col2im=col2im, stride=layer.stride, pad=layer.pad, N=x.shape[0],
                  C=fwd.x.shape[1], out_h=fwd.out.shape[2], out_w=fwd.out.shape[3],
                  pool_h=getattr(layer, "pool_h", None), pool_w=getattr(layer, "pool_w", None))
    for line in entry.code.forward:
        exec(line, ns)
    if name == "Dropout":  # its mask is random: use the one the engine drew
        ns["mask"] = layer.mask
        ns[s_out] = fwd.x * layer.mask
    np.testing.assert_allclose(ns[s_out], fwd.out, rtol=1e-6, atol=1e-12)
    if entry.is_head:
        assert ns["loss"] == pytest.approx(fwd.loss, rel=1e-5)
    ns["dout"] = np.array(bwd.dout, dtype=float, copy=True)
    for line in entry.code.backward:
        exec(line, ns)
    np.testing.assert_allclose(ns["d" + s_in], bwd.dx, rtol=1e-6, atol=1e-12)
    for key, grad in bwd.grads.items():
        np.testing.assert_allclose(ns["d" + key], grad, rtol=1e-6, atol=1e-12)


# ---- lesson 6: dying ReLU -------------------------------------------------------------------------

def test_lr_half_kills_every_relu_unit_and_the_net_outputs_a_constant():
    run = D.DescentRun(lr=0.5)
    assert list(run.dead_units()) == [0, 2, 8]  # three are dead from the start
    run.advance(1000)
    assert not run.diverged and len(run.dead_units()) == 10
    x, y, f = run.fit_grid()
    assert np.ptp(y) == 0 and np.ptp(f) == pytest.approx(5.0)  # a constant against 0 … 5


def test_lr_0_07_fits_f_with_units_alive():
    run = D.DescentRun(lr=0.07)
    run.advance(1000)
    assert 0 < len(run.dead_units()) < 10
    _, y, f = run.fit_grid()
    assert np.max(np.abs(y - f)) < 0.1
    assert len(D.DescentRun(lr=0.5, activation="Sigmoid").dead_units()) == 0


# ---- the comparison panels ----------------------------------------------------------------------------

def test_accuracy_has_no_slope_where_the_loss_has_one():
    for w in (0.0, 1.0, 3.0, 5.0):
        point = C.loss_vs_accuracy(w)
        assert point.accuracy_slope == 0.0 and abs(point.loss_slope) > 1e-3
    w, acc, loss = C.signal_curves()
    assert set(np.round(acc * C.SIGNAL_N, 6)) <= set(range(C.SIGNAL_N + 1))  # jumps of 1/100
    assert acc.min() == pytest.approx(0.32)  # the notes' 32 of 100
    assert np.all(np.isfinite(loss))


def test_batch_stochastic_and_minibatch_with_the_same_budget():
    traces = C.descent_modes()
    assert {m: t.updates for m, t in traces.items()} == {"batch": 20, "minibatch": 200,
                                                         "stochastic": 2000}
    for trace in traces.values():
        assert trace.samples_used[-1] == 2000 and trace.error[-1] < trace.error[0]
    assert np.all(np.diff(traces["batch"].error) < 0)  # full-batch steps only go down
    assert np.any(np.diff(traces["stochastic"].error) > 0)  # single samples are noisy


def test_affine_layers_without_activation_collapse_into_one():
    rng = np.random.default_rng(0)
    W1, b1, W2, b2 = rng.standard_normal((2, 3)), rng.standard_normal(3), \
        rng.standard_normal((3, 2)), rng.standard_normal(2)
    x = rng.standard_normal((5, 2))
    c = C.affine_collapse(W1, b1, W2, b2, x)
    np.testing.assert_allclose(c.two_layers, c.one_layer)
    assert c.W.shape == (2, 2) and not np.allclose(c.with_relu, c.two_layers)


def test_sigmoid_with_loss_binary_example_matches_its_numerical_gradient():
    for u, t in ((0.0, 1.0), (2.0, 0.0), (-1.5, 1.0)):
        b = C.sigmoid_binary(u, t)
        assert b.y == pytest.approx(float(sigmoid(np.array(u))))
        assert b.loss == pytest.approx(-(t * np.log(b.y) + (1 - t) * np.log(1 - b.y)))
        numeric = numerical_gradient(lambda v, t=t: C.sigmoid_binary(float(v[0]), t).loss,
                                     np.array([u]))[0]
        assert b.du == pytest.approx(numeric, abs=1e-6) and b.du == pytest.approx(b.y - t)


def test_weight_presets_and_the_matrix_example():
    assert np.all(C.weight_preset("zeros") == 0) and np.all(C.weight_preset("ones") == 1)
    rand = C.weight_preset("rand")
    assert rand.shape == (4, 3) and rand.min() >= 0 and rand.max() < 1
    ints = C.weight_preset("randint")
    assert set(np.unique(ints)) <= {0, 1, 2, 3, 4}
    np.testing.assert_array_equal(C.weight_preset("notes"), C.NOTES_W)
    with pytest.raises(KeyError):
        C.weight_preset("randn")
    np.testing.assert_array_equal(C.matrix_example(1, 2), [5, 11, 17])


def test_local_computation_graph():
    g = G.local_computation()
    assert g.result == pytest.approx(4620)
    assert g.edge("add", "mul_tax").forward == pytest.approx(4200)
    assert g.edge("apple", "mul_apple").backward == pytest.approx(2.2)
    assert g.steps == 2 * len(g.edges)


# ---- texts that used to mislead -----------------------------------------------------------------------

def test_lesson_texts_no_longer_mislead():
    out = get_lesson("output_loss")
    assert "ratio" not in out.body[0].replace("not their ratios", "")
    assert "order" in out.body[0] and "比率を保ったまま" not in out.body[1]
    assert "2 値分類" not in out.body[1] and "二値分類" in out.body[1]
    assert "at most 0.25¹⁰" in get_lesson("activations").body[0]
    three = get_lesson("three_layer")
    texts = three.body[0] + str(three.narrative.steps)
    assert "notes' values" not in texts and "computed by NN Lab" in texts
    assert "1.56" not in three.summary[0] + three.body[0]  # it is predicted, not told
    assert "1.4, 2.2" not in get_lesson("input_hidden").body[0]
    train = get_lesson("train_mnist").body[1]
    assert "テストデータの認識精度が訓練データとほぼ同じなら過学習は起きていません" in train
