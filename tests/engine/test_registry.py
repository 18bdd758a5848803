"""The layer registry: a made-up layer type, registered in a test-only registry, is a whole layer.

It validates (its options checked against their ranges, in both languages), infers its shape,
builds into a Network whose gradient matches the numerical one, and steps forward and backward
in the Stepper — with nothing but its class and its registry entry.
"""

from __future__ import annotations

import numpy as np
import pytest

from nnlab import Network, NetworkSpec, Stepper
from nnlab.gradcheck import gradient_check
from nnlab.registry import BUILTIN, CATEGORIES, REGISTRY, Registry
from tests.made_up_layer import Softplus, softplus_registry


@pytest.fixture
def registry() -> Registry:
    return softplus_registry()


def spec(*middle, input_shape=(3,)):
    return NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "softplus", "input_shape": list(input_shape),
        "layers": [{"type": "Affine", "units": 4}, *middle, {"type": "Affine", "units": 2},
                   {"type": "SoftmaxWithLoss"}]})


def test_the_default_registry_does_not_know_the_made_up_type():
    s = spec({"type": "Softplus"})
    assert [p.index for p in s.validate()] == [1]
    assert "Softplus" not in REGISTRY


def test_a_registered_type_validates_with_its_options(registry):
    assert spec({"type": "Softplus"}).validate(registry) == []
    assert spec({"type": "Softplus", "beta": 3}).validate(registry) == []
    bad = spec({"type": "Softplus", "beta": 50}).validate(registry)
    assert [p.index for p in bad] == [1]
    assert "sharpness β" in bad[0].en and "鋭さ β" in bad[0].ja
    unknown = spec({"type": "Softplus", "gamma": 1}).validate(registry)
    assert 'no option "gamma"' in unknown[0].en


def test_a_registered_type_builds_infers_shapes_and_has_right_gradients(registry):
    s = spec({"type": "Softplus", "beta": 2.0})
    assert s.output_shapes(registry) == [(4,), (4,), (2,), (2,)]
    assert s.param_counts(registry) == [16, 0, 10, 0]
    net = Network(s, seed=1, dtype="float64", registry=registry)
    assert isinstance(net.layers[1], Softplus) and net.layers[1].beta == 2.0
    rng = np.random.default_rng(0)
    x, t = rng.standard_normal((5, 3)), rng.integers(0, 2, 5)
    report = gradient_check(net, x, t)
    assert report.ok(), report.max_relative_error
    assert net.copy().registry is registry


def test_a_registered_type_steps_forward_and_backward(registry):
    net = Network(spec({"type": "Softplus"}), seed=0, dtype="float64", registry=registry)
    x = np.array([[0.5, -1.0, 2.0]])
    st = Stepper(net, x, np.array([1]))
    st.forward_step()
    record = st.forward_step()
    assert record.layer_type == "Softplus"
    np.testing.assert_allclose(record.out, np.logaddexp(0, record.x))
    st.run_to_end()
    grads = net.gradient(x, np.array([1]))
    shown = {f"layers.{r.index}.{k}": v for r in st.records if r.kind == "backward"
             for k, v in r.grads.items()}
    for key, g in grads.items():
        np.testing.assert_allclose(shown[key], g)


def test_every_builtin_entry_is_complete():
    for entry in BUILTIN:
        assert entry.category in CATEGORIES
        assert entry.description[0] and entry.description[1]
        assert all(o.label[0] and o.label[1] for o in entry.options), entry.name
        assert entry.formula[0] and entry.formula[1], entry.name
    assert REGISTRY.heads == ("SoftmaxWithLoss", "SigmoidWithLoss", "IdentityWithLoss")


def test_registering_a_name_twice_is_refused():
    with pytest.raises(ValueError):
        REGISTRY.copy().register(BUILTIN[0])
