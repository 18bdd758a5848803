"""Stepper: one layer at a time, exactly the network's own loss and gradient, with exact undo."""

import numpy as np
import pytest

from nnlab import Network, NetworkSpec, Stepper, StepperError
from nnlab.lessons import get_lesson
from nnlab.optimizers import make_optimizer
from nnlab.paths import resource
from nnlab.stepper import Phase


def three_layer():
    net = Network(NetworkSpec.from_json(resource("specs", "three_layer.nnlab.json")), dtype="float64")
    p = net.params
    p["layers.0.W"][...] = [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]
    p["layers.0.b"][...] = [0.1, 0.2, 0.3]
    p["layers.2.W"][...] = [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]]
    p["layers.2.b"][...] = [0.1, 0.2]
    p["layers.4.W"][...] = [[0.1, 0.3], [0.2, 0.4]]
    p["layers.4.b"][...] = [1, 2]
    return net


def section1():
    net = Network(NetworkSpec.from_json(resource("specs", "section1_single_layer.nnlab.json")), dtype="float64")
    net.params["layers.0.W"][...] = [[.1, .2, .3], [.2, .3, .4], [.3, .4, .5], [.4, .5, .6]]
    net.params["layers.0.b"][...] = [.1, .2, .3]
    return net


def test_lesson2_u_is_xw_plus_b():
    st = Stepper(section1(), [1, 5, 2, -1], [0, 0, 0])
    record = st.forward_step()
    np.testing.assert_allclose(record.out, [[1.4, 2.2, 3.0]])
    np.testing.assert_allclose(st.forward_step().out, 1 / (1 + np.exp(-np.array([[1.4, 2.2, 3.0]]))))


def test_lesson3_forward_gives_the_seeds_y():
    st = Stepper(three_layer(), [1, 2], [0, 0])
    while st.position.phase == "forward":
        st.forward_step()
    np.testing.assert_allclose(st.records[-1].out, [[1.56, 3.222]])
    assert st.position.phase == "backward" and st.position.index == 5


def spec_with(middle):
    return NetworkSpec.from_dict({"format": "nnlab.network/1", "name": "m", "input_shape": [5], "layers": [
        {"type": "Affine", "units": 6}, *middle, {"type": "Affine", "units": 3}, {"type": "SoftmaxWithLoss"}]})


@pytest.mark.parametrize("middle", [
    [{"type": "ReLU"}], [{"type": "Sigmoid"}, {"type": "BatchNorm"}], [{"type": "Tanh"}, {"type": "Dropout"}],
], ids=["relu", "batchnorm", "dropout"])
def test_running_to_the_end_equals_net_loss_and_gradient(middle):
    rng = np.random.default_rng(0)
    x, t = rng.normal(size=(4, 5)), np.array([0, 1, 2, 1])
    net = Network(spec_with(middle), seed=1, dtype="float64")
    reference = net.copy()
    st = Stepper(net, x, t)
    st.run_to_end()
    for layer in reference.layers:  # the stepper draws each Dropout mask once per pass
        if hasattr(layer, "fixed_mask"):
            layer.fixed_mask = st._state.masks.get(reference.layers.index(layer))
    assert st.loss == reference.loss(x, t, train=True)
    grads = reference.gradient(x, t)
    shown = {f"layers.{r.index}.{k}": v for r in st.records if r.kind == "backward" for k, v in r.grads.items()}
    assert set(shown) == set(grads)
    for k in grads:
        np.testing.assert_array_equal(shown[k], grads[k])


def test_no_dropout_loss_is_bitwise_net_loss():
    rng = np.random.default_rng(0)
    x, t = rng.normal(size=(4, 5)), np.array([0, 1, 2, 1])
    net = Network(spec_with([{"type": "ReLU"}]), seed=1, dtype="float64")
    expected = net.copy().loss(x, t, train=True)
    st = Stepper(net, x, t)
    st.run_to_end()
    assert st.loss == expected


def test_backward_before_forward_is_refused():
    st = Stepper(three_layer(), [1, 2], [0, 0])
    with pytest.raises(StepperError):
        st.backward_step()
    with pytest.raises(StepperError):
        st.apply_update(make_optimizer("sgd", 0.1))


def test_backward_records_dout_dx_and_grads():
    st = Stepper(three_layer(), [1, 2], [0, 0])
    st.run_to_end()
    head = next(r for r in st.records if r.kind == "backward")
    assert head.index == 5 and float(head.dout) == 1.0
    np.testing.assert_allclose(head.dx, [[1.56, 3.222]])  # (y − t)/N with N = 1
    first = st.records[-1]
    assert first.index == 0 and set(first.grads) == {"W", "b"}
    np.testing.assert_allclose(first.grads["W"], np.array([[1.0], [2.0]]) @ first.dout.reshape(1, -1))
    assert st.position.phase == "update"


def test_records_are_copies_nothing_changes_under_the_learners_eyes():
    net = three_layer()
    st = Stepper(net, [1, 2], [0, 0])
    first = st.forward_step()
    shown = first.out.copy()
    net.params["layers.0.W"][...] = 0
    st.forward_step()
    np.testing.assert_array_equal(first.out, shown)


def test_undo_restores_every_step_exactly_including_an_update():
    net = three_layer()
    start = net.state()
    st = Stepper(net, [1, 2], [0, 0])
    snapshots = []
    for _ in range(14):  # six forward, six backward, the update, and the first step of pass two
        snapshots.append(([(r.kind, r.index) for r in st.records], st.position, net.state()))
        if st.position.phase in ("forward", "done"):
            st.forward_step()
        elif st.position.phase == "backward":
            st.backward_step()
        else:
            st.apply_update(make_optimizer("momentum", 0.1))
    after_update = net.state()
    assert not np.array_equal(after_update["layers.0.W"], start["layers.0.W"])
    for kinds, position, state in reversed(snapshots):
        st.undo()
        assert [(r.kind, r.index) for r in st.records] == kinds
        assert st.position == position
        for k in state:
            np.testing.assert_array_equal(net.state()[k], state[k])
    assert not st.can_undo


def test_update_then_next_pass_uses_the_new_weights():
    net = three_layer()
    st = Stepper(net, [1, 2], [0, 0])
    st.run_to_end()
    before = st.loss
    record = st.apply_update(make_optimizer("sgd", 0.01))
    assert record.kind == "update"
    np.testing.assert_allclose(record.new_params["layers.0.W"],
                               record.params["layers.0.W"] - 0.01 * record.grads["layers.0.W"])
    st.run_to_end()
    assert st.loss < before


def test_editing_a_weight_recomputes_everything_downstream():
    st = Stepper(section1(), [1, 5, 2, -1], [0, 0, 0])
    st.forward_step()
    st.forward_step()
    st.set_param("layers.0.W", 1.1, (0, 0))
    np.testing.assert_allclose(st.records[0].out, [[2.4, 2.2, 3.0]])
    np.testing.assert_allclose(st.records[1].out, 1 / (1 + np.exp(-np.array([[2.4, 2.2, 3.0]]))))


def test_editing_input_and_target_recomputes():
    st = Stepper(three_layer(), [1, 2], [0, 0])
    st.run_to_end()
    st.set_target([1.56, 3.222])
    assert st.loss == pytest.approx(0.0, abs=1e-20)
    st.set_input([0, 0])
    np.testing.assert_allclose(st.records[0].out, [[0.1, 0.2, 0.3]])


def test_edits_after_an_update_are_refused():
    st = Stepper(three_layer(), [1, 2], [0, 0])
    st.run_to_end()
    st.apply_update(make_optimizer("sgd", 0.1))
    with pytest.raises(StepperError, match="updated"):
        st.set_input([0, 0])


def test_reset_restores_the_initial_weights():
    net = three_layer()
    start = net.state()
    st = Stepper(net, [1, 2], [0, 0])
    st.run_to_end()
    st.apply_update(make_optimizer("sgd", 0.5))
    st.reset()
    assert st.records == [] and st.position.phase == "forward"
    for k, v in start.items():
        np.testing.assert_array_equal(net.state()[k], v)


def test_numerical_check_of_one_layer_agrees_with_backprop():
    st = Stepper(three_layer(), [1, 2], [0, 0])
    st.run_to_end()
    for index in (4, 1, 0):
        result = st.numerical_check(index)
        assert all(err < 1e-7 for _, _, err in result.values()), result
    assert set(st.numerical_check(0)) == {"x", "W", "b"}


def test_step_layer_says_why_its_gradient_is_zero():
    spec = NetworkSpec.from_dict({"format": "nnlab.network/1", "input_shape": [2], "layers": [
        {"type": "Affine", "units": 2}, {"type": "Step"}, {"type": "Affine", "units": 1},
        {"type": "SigmoidWithLoss"}]})
    st = Stepper(Network(spec, dtype="float64"), [0.3, -0.2], [1])
    st.run_to_end()
    step = next(r for r in st.records if r.kind == "backward" and r.layer_type == "Step")
    assert np.all(step.dx == 0) and "zero" in step.note[0]


def test_phases_are_one_enum_in_pass_order():
    st = Stepper(three_layer(), [1, 2], [0, 0])
    seen = []
    while st.position.phase != Phase.UPDATE:
        seen.append(st.position.phase)
        st.backward_step() if st.position.phase == Phase.BACKWARD else st.forward_step()
    assert seen == [Phase.FORWARD] * 6 + [Phase.BACKWARD] * 6
    assert all(isinstance(r.kind, Phase) for r in st.records)
    assert st.position.phase == "update"  # a StrEnum: lessons may name phases as text
    record = st.apply_update(make_optimizer("sgd", 0.25))
    assert record.kind == Phase.UPDATE and record.lr == 0.25
    assert st.position.phase is Phase.DONE
    assert Phase.DONE.reached("update") and Phase.UPDATE.reached(Phase.BACKWARD)
    assert Phase.BACKWARD.reached("backward") and not Phase.FORWARD.reached("backward")
    with pytest.raises(ValueError):
        Phase.DONE.reached("sideways")
    assert get_lesson("three_layer").finish_phase is Phase.BACKWARD  # lessons name it as text



def test_undo_takes_back_edits_and_steps_in_the_order_they_were_made():
    st = Stepper(section1(), [1, 5, 2, -1], [0, 0, 0])
    st.forward_step()
    st.set_param("layers.0.W", 1.1, (0, 0))  # u₀ = 1.4 + (1.1 − 0.1)·1 = 2.4
    st.forward_step()
    st.set_input([0, 5, 2, -1])  # u₀ = 2.4 − 1.1 = 1.3
    np.testing.assert_allclose(st.records[0].out, [[1.3, 2.0, 2.7]])
    assert st.undo_is_edit
    st.undo()  # the input comes back
    np.testing.assert_allclose(st.x, [[1, 5, 2, -1]])
    np.testing.assert_allclose(st.records[0].out, [[2.4, 2.2, 3.0]])
    assert not st.undo_is_edit and len(st.records) == 2
    st.undo()  # the second step
    assert len(st.records) == 1 and st.undo_is_edit
    st.undo()  # the weight comes back
    np.testing.assert_allclose(st.records[0].out, [[1.4, 2.2, 3.0]])
    assert st.net.params["layers.0.W"][0, 0] == 0.1
    st.undo()
    assert st.records == [] and not st.can_undo


def test_a_refused_edit_leaves_nothing_to_undo():
    st = Stepper(three_layer(), [1, 2], [0, 0])
    with pytest.raises(StepperError):
        st.set_target([1, 2, 3])
    with pytest.raises(StepperError):
        st.set_param("layers.9.W", 1.0)
    assert not st.can_undo
