"""The curriculum's lessons as data: every value the seeds and the book give, computed by the engine."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from nnlab import Stepper
from nnlab.gradcheck import gradient_check
from nnlab.lessons import (
    LESSONS,
    STEPPING_KINDS,
    activations,
    build_network,
    descent,
    gates,
    get_lesson,
    graph,
    lesson_sample,
    losses,
    narrate,
    sample_for_spec,
)
from nnlab.lessons.backprop import section5_backward
from nnlab.lessons.catalog.l09_backprop import SECTION5_D, SECTION5_PARAMS, SECTION5_X
from nnlab.lessons.numerical import GradientRace, mnist_spec
from nnlab.network import Network
from nnlab.optimizers import SGD
from nnlab.paths import resource
from nnlab.spec import NetworkSpec


def _stepped(lesson_id: str) -> Stepper:
    lesson = get_lesson(lesson_id)
    x, t = lesson_sample(lesson)
    stepper = Stepper(build_network(lesson), x, t)
    stepper.run_to_end()
    return stepper


def _record(stepper: Stepper, kind: str, index: int):
    return next(r for r in stepper.records if r.kind == kind and r.index == index)


# ---- the registry ----------------------------------------------------------------------------------

def test_lessons_are_numbered_from_1_with_unique_ids():
    assert [lesson.number for lesson in LESSONS] == list(range(1, len(LESSONS) + 1))
    assert get_lesson("regularisation").number == 14 and get_lesson("convolution").number == 15
    assert len({lesson.id for lesson in LESSONS}) == len(LESSONS)
    assert get_lesson("computation_graph").number == 8
    with pytest.raises(KeyError, match="computation_graph"):
        get_lesson("no such lesson")


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_every_lesson_has_both_languages(lesson):
    for text in (lesson.title, lesson.summary, lesson.body):
        en, ja = text
        assert en.strip() and ja.strip()
        assert en != ja
        assert any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in ja)


@pytest.mark.parametrize("lesson", [x for x in LESSONS if x.has_network], ids=lambda x: x.id)
def test_every_lesson_network_builds_in_float64_and_runs(lesson):
    net = build_network(lesson)
    assert net.dtype == np.float64
    for key, value in (lesson.params or {}).items():
        np.testing.assert_array_equal(net.params[key], np.asarray(value, dtype=np.float64))
    if lesson.x is not None or lesson.data:
        x, t = lesson_sample(lesson)
        assert np.isfinite(net.loss(x, t))


@pytest.mark.parametrize("lesson", [x for x in LESSONS if x.kind in STEPPING_KINDS],
                         ids=lambda x: x.id)
def test_stepping_lessons_narrate_every_step_in_both_languages(lesson):
    x, t = lesson_sample(lesson)
    stepper = Stepper(build_network(lesson), x, t)
    assert narrate(lesson.narrative, stepper.position, None) == lesson.narrative.intro
    stepper.run_to_end()
    stepper.apply_update(SGD(lr=0.07))
    for record in stepper.records:
        en, ja = narrate(lesson.narrative, stepper.position, record)
        assert en and ja and "{" not in en and "{" not in ja, (record.kind, record.index, en)


# ---- 1. perceptron ----------------------------------------------------------------------------------

@pytest.mark.parametrize("gate", ["AND", "NAND", "OR"])
def test_book_weights_make_the_gates(gate):
    w, b = gates.GATE_WEIGHTS[gate]
    assert gates.outputs(w, b) == gates.target(gate)


def test_gate_truth_table_rows():
    rows = gates.truth_table((0.5, 0.5), -0.7)
    assert [x for x, _, _ in rows] == [(0, 0), (0, 1), (1, 0), (1, 1)]
    assert [y for _, _, y in rows] == [0, 0, 0, 1]
    assert rows[3][1] == pytest.approx(0.3)


def test_xor_fails_with_one_layer_and_works_with_two():
    w, b = gates.XOR_SINGLE_START
    assert not gates.matches("XOR", w, b)
    assert gates.outputs(w, b) == (0, 1, 1, 1)  # wrong only on (1, 1)
    assert not gates.single_layer_can_make("XOR")
    assert gates.single_layer_can_make("AND") and gates.single_layer_can_make("OR")
    assert [y for *_, y in gates.xor_two_layer()] == [0, 1, 1, 0]
    assert [(s1, s2) for _, s1, s2, _ in gates.xor_two_layer()] == [(1, 0), (1, 1), (1, 1), (0, 1)]


def test_lesson_1_network_is_the_two_layer_xor():
    lesson = get_lesson("perceptron")
    x, t = lesson_sample(lesson)
    np.testing.assert_array_equal(build_network(lesson).predict(x), t)


# ---- 2 and 3. forward passes -------------------------------------------------------------------------

def test_lesson_2_total_input_and_hidden_output():
    stepper = _stepped("input_hidden")
    u = _record(stepper, "forward", 0).out[0]
    np.testing.assert_allclose(u, [1.4, 2.2, 3.0], atol=1e-12)
    z = _record(stepper, "forward", 1).out[0]
    np.testing.assert_allclose(z, 1 / (1 + np.exp(-np.array([1.4, 2.2, 3.0]))), atol=1e-12)


def test_lesson_2_narration_writes_out_the_first_unit():
    lesson = get_lesson("input_hidden")
    stepper = Stepper(build_network(lesson), *lesson_sample(lesson))
    record = stepper.forward_step()
    en, ja = narrate(lesson.narrative, stepper.position, record)
    assert "[1.4, 2.2, 3]" in en
    assert "1·0.1 + 5·0.2 + 2·0.3 + (−1)·0.4 + 0.1 = 1.4" in en
    assert "総入力" in ja


def test_lesson_3_output_is_the_notes_result():
    stepper = _stepped("three_layer")
    np.testing.assert_allclose(_record(stepper, "forward", 0).out[0], [0.6, 1.3, 2.0], atol=1e-12)
    np.testing.assert_allclose(_record(stepper, "forward", 2).out[0], [1.02, 2.29], atol=1e-12)
    np.testing.assert_allclose(_record(stepper, "forward", 5).out[0], [1.56, 3.222], atol=1e-12)


# ---- 4. activation functions -----------------------------------------------------------------------

def test_sigmoid_derivative_peaks_at_a_quarter():
    u, d = activations.max_derivative("sigmoid")
    assert u == pytest.approx(0.0) and d == pytest.approx(0.25)
    assert activations.max_derivative("tanh")[1] == pytest.approx(1.0)


@pytest.mark.parametrize("key", [a.key for a in activations.ACTIVATIONS if a.key != "step"])
def test_activation_derivatives_match_central_differences(key):
    a = activations.get_activation(key)
    u = np.array([-2.3, -0.7, 0.4, 1.9])  # away from the kinks of ReLU and leaky ReLU
    h = 1e-6
    numerical = (a.f(u + h) - a.f(u - h)) / (2 * h)
    np.testing.assert_allclose(a.df(u), numerical, atol=1e-6)


# ---- 5. output layer and losses ----------------------------------------------------------------------

def test_softmax_of_large_scores_overflows_naively_but_not_shifted():
    demo = losses.softmax_demo(losses.DEFAULT_A)
    assert demo.naive_overflows and np.isinf(demo.naive_exp[0])
    assert np.all(np.isfinite(demo.shifted))
    assert demo.shifted.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(demo.shifted_exp, np.exp([0.0, -10.0, -20.0]))


def test_cross_entropy_and_sum_of_squares_of_the_books_example():
    demo = losses.loss_demo()
    assert demo.cross_entropy == pytest.approx(0.51, abs=0.005)
    assert demo.cross_entropy == pytest.approx(-np.log(0.6 + 1e-7))
    assert demo.sum_squared == pytest.approx(0.0975)
    assert demo.ce_terms.sum() == pytest.approx(demo.cross_entropy)
    assert demo.sse_terms.sum() == pytest.approx(demo.sum_squared)
    assert demo.sse_terms[2] == pytest.approx(0.08)  # ½(0.6 − 1)²


# ---- 6. gradient descent ---------------------------------------------------------------------------

def test_gradient_descent_learns_with_the_notes_rate():
    run = descent.DescentRun(lr=0.07)
    run.advance(1000)
    assert run.finished and not run.diverged and run.step == 1000
    first, last = np.mean(run.losses[:50]), np.mean(run.losses[-100:])
    assert last < first / 100
    x = np.array([[0.5, 0.5], [0.2, 0.9]])
    np.testing.assert_allclose(run.predict(x), descent.f(x), atol=0.1)


def test_gradient_descent_with_sigmoid_also_learns():
    run = descent.DescentRun(lr=0.07, activation="Sigmoid")
    run.advance(1000)
    assert not run.diverged
    assert np.mean(run.losses[-100:]) < np.mean(run.losses[:50]) / 10


def test_too_large_a_rate_diverges_and_keeps_the_last_good_weights():
    run = descent.DescentRun(lr=5.0)
    run.advance(1000)
    assert run.diverged and run.finished and run.step < 50
    assert all(np.isfinite(loss) for loss in run.losses)
    assert all(np.all(np.isfinite(p)) for p in run.net.params.values())
    assert run.advance(10) == []  # a diverged run takes no more steps


# ---- 7. numerical differentiation vs backprop ------------------------------------------------------

def test_numerical_race_gives_backprops_gradients():
    spec = NetworkSpec.from_dict({**mnist_spec(3).to_dict(), "input_shape": [6]})
    net = Network(spec, seed=1, dtype="float64")
    rng = np.random.default_rng(0)
    x, t = rng.random((2, 6)), np.array([3, 7])
    race = GradientRace(net, x, t, h=1e-5)
    race.run()
    assert race.finished and race.done == race.total == 6 * 3 + 3 + 3 * 10 + 10
    reference = gradient_check(net, x, t)
    for key, check in race.checks().items():
        assert check.relative_error < 1e-6
        np.testing.assert_allclose(check.backprop, reference.checks[key].backprop)


# ---- 8. computation graph ----------------------------------------------------------------------------

def test_mul_and_add_layers_as_in_the_book():
    mul = graph.MulLayer()
    assert mul.forward(100, 2) == 200
    assert mul.backward(1.1) == pytest.approx((2.2, 110))
    add = graph.AddLayer()
    assert add.forward(200, 450) == 650
    assert add.backward(1.1) == (1.1, 1.1)


def test_buying_apples():
    g = graph.buy_apple()
    assert g.result == pytest.approx(220)
    assert g.edge("mul_tax", "price").backward == 1
    assert g.edge("mul_apple", "mul_tax").backward == pytest.approx(1.1)
    assert g.edge("apple", "mul_apple").backward == pytest.approx(2.2)
    assert g.edge("apple_num", "mul_apple").backward == pytest.approx(110)
    assert g.edge("tax", "mul_tax").backward == pytest.approx(200)
    assert g.edge("mul_apple", "mul_tax").forward == pytest.approx(200)


def test_buying_apples_and_oranges():
    g = graph.buy_apple_orange()
    assert g.result == pytest.approx(715)
    assert g.edge("apple", "mul_apple").backward == pytest.approx(2.2)
    assert g.edge("apple_num", "mul_apple").backward == pytest.approx(110)
    assert g.edge("orange", "mul_orange").backward == pytest.approx(3.3)
    assert g.edge("orange_num", "mul_orange").backward == pytest.approx(165)
    assert g.edge("tax", "mul_tax").backward == pytest.approx(650)
    assert g.edge("add", "mul_tax").forward == pytest.approx(650)


def test_graph_reveal_orders_cover_every_edge_once():
    for make in graph.GRAPHS.values():
        g = make()
        n = len(g.edges)
        assert sorted(g.forward_order) == list(range(n)) == sorted(g.backward_order)
        assert g.edges[g.backward_order[0]].backward == 1  # backward starts from ∂out/∂out = 1


def test_chain_rule_z_is_t_squared():
    g = graph.chain_rule(x=1.5, y=2.0)
    t = 3.5
    assert g.result == pytest.approx(t * t)
    assert g.edge("add", "square").backward == pytest.approx(2 * t)
    assert g.edge("x", "add").backward == pytest.approx(2 * t)  # ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1
    assert g.edge("y", "add").backward == pytest.approx(2 * t)


# ---- 9. backprop through a two-layer net --------------------------------------------------------------

def test_lesson_9_follows_the_notes_backward():
    notes = section5_backward(SECTION5_PARAMS["layers.0.W"], SECTION5_PARAMS["layers.0.b"],
                              SECTION5_PARAMS["layers.2.W"], SECTION5_PARAMS["layers.2.b"],
                              SECTION5_X, SECTION5_D)
    assert SECTION5_D[0] == pytest.approx(3 * SECTION5_X[0] + 2 * SECTION5_X[1])
    np.testing.assert_allclose(notes["y"], [[-1.418]], atol=1e-12)
    np.testing.assert_allclose(notes["delta2"], [[-3.818]], atol=1e-12)  # y − d
    np.testing.assert_allclose(notes["grad_W2"].ravel(),
                               [0, 0, 0, -1.909, 0, -1.64174, 0, -1.3363, -1.909, -3.89436], atol=1e-9)
    np.testing.assert_allclose(notes["delta1"].ravel(),
                               [0, 0, 0, -1.5272, 0, -0.3818, 0, 3.4362, 1.909, -0.7636], atol=1e-9)
    np.testing.assert_allclose(notes["grad_W1"], np.outer(SECTION5_X, notes["delta1"]), atol=1e-12)

    stepper = _stepped("backprop_two_layer")
    np.testing.assert_allclose(_record(stepper, "backward", 3).dx, notes["delta2"], atol=1e-12)
    affine2 = _record(stepper, "backward", 2)
    np.testing.assert_allclose(affine2.grads["W"], notes["grad_W2"], atol=1e-12)
    np.testing.assert_allclose(affine2.grads["b"], notes["grad_b2"], atol=1e-12)
    np.testing.assert_allclose(_record(stepper, "backward", 1).dx, notes["delta1"], atol=1e-12)
    affine1 = _record(stepper, "backward", 0)
    np.testing.assert_allclose(affine1.grads["W"], notes["grad_W1"], atol=1e-12)
    np.testing.assert_allclose(affine1.grads["b"], notes["grad_b1"], atol=1e-12)
    assert stepper.loss == pytest.approx(float(notes["loss"]))


def test_lesson_9_update_moves_y_towards_d():
    lesson = get_lesson("backprop_two_layer")
    net = build_network(lesson)
    x, d = lesson_sample(lesson)
    before = abs(net.predict(x)[0, 0] - d[0, 0])
    stepper = Stepper(net, x, d)
    stepper.run_to_end()
    stepper.apply_update(SGD(lr=lesson.options["lr"]))
    assert abs(net.predict(x)[0, 0] - d[0, 0]) < before


# ---- 10 and 11. MNIST ---------------------------------------------------------------------------------

BOOK_SHAPES = [(100, 50), (100, 50), (100, 100), (100, 100), (100, 10), (100, 10)]


def test_lesson_10_steps_the_notes_784_50_100_10_sigmoid_network_on_100_images():
    lesson = get_lesson("mnist_batch")
    spec = lesson.network_spec()
    assert [layer.type for layer in spec.layers] == [
        "Affine", "Sigmoid", "Affine", "Sigmoid", "Affine", "SoftmaxWithLoss"]
    x, t = lesson_sample(lesson)
    assert x.shape == (100, 784) and t.shape == (100,)
    assert 0.0 <= x.min() and x.max() <= 1.0
    stepper = Stepper(build_network(lesson), x, t)
    while stepper.position.phase == "forward":
        stepper.forward_step()
    assert [r.out.shape for r in stepper.records] == BOOK_SHAPES
    assert lesson.options["until"] == "backward"  # inference: the step view stops here


def test_lesson_10_without_its_weights_file_is_the_same_network_with_seeded_weights():
    lesson = dataclasses.replace(get_lesson("mnist_batch"), model="no_such_model.npz")
    x, t = lesson_sample(lesson)
    stepper = Stepper(build_network(lesson), x, t)
    while stepper.position.phase == "forward":
        stepper.forward_step()
    assert [r.out.shape for r in stepper.records] == BOOK_SHAPES


def test_a_bundled_model_of_another_network_is_not_used_for_the_lesson():
    lesson = dataclasses.replace(get_lesson("mnist_batch"), model="mnist_default.npz")
    net = build_network(lesson)  # 784-256-128-10 ReLU: not what the lesson's text describes
    assert [layer.type for layer in net.spec.layers] == [
        layer.type for layer in lesson.network_spec().layers]
    assert net.spec.output_shapes()[0] == (50,)


@pytest.mark.skipif(not resource("models", "mnist_sigmoid_50_100.npz").is_file(),
                    reason="no bundled model")
def test_lesson_10_uses_its_trained_weights():
    lesson = get_lesson("mnist_batch")
    x, t = lesson_sample(lesson)
    assert build_network(lesson).accuracy(x, t) > 0.9


def test_lesson_11_is_the_books_two_layer_net():
    lesson = get_lesson("train_mnist")
    spec = lesson.network_spec()
    assert spec.validate() == []
    assert spec.input_shape == (784,)
    assert [s for s in spec.output_shapes()] == [(50,), (50,), (10,), (10,)]
    assert lesson.options["lr"] == 0.1 and lesson.options["batch_size"] == 100


# ---- "your design" samples -----------------------------------------------------------------------------

def test_sample_for_an_mnist_spec_is_a_test_image_with_its_label():
    spec = NetworkSpec.from_json("resources/specs/mnist_mlp.nnlab.json")
    x, t, (en, ja) = sample_for_spec(spec)
    assert x.shape == (1, 784) and t.tolist() == [7]  # the first test image is a 7
    assert "7" in en and "7" in ja


def test_sample_for_other_specs_fits_the_head():
    spec = NetworkSpec.from_json("resources/specs/xor.nnlab.json")
    x, t, _ = sample_for_spec(spec, seed=3)
    net = Network(spec, seed=0, dtype="float64")
    assert x.shape == (1, 2) and np.isfinite(net.loss(x, t))
    again, _, _ = sample_for_spec(spec, seed=3)
    np.testing.assert_array_equal(x, again)

