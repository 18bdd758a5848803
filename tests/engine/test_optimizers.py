"""Optimizers on the book's f(x, y) = x²/20 + y² and their bookkeeping."""

import numpy as np
import pytest

from nnlab.optimizers import OPTIMIZERS, Adam, make_optimizer


def f_and_grad(p):
    x, y = p["xy"]
    return x**2 / 20 + y**2, {"xy": np.array([x / 10, 2 * y])}


LR = {"sgd": 0.95, "momentum": 0.1, "nesterov": 0.1, "adagrad": 1.5, "rmsprop": 0.1, "adam": 0.3}


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_each_optimizer_walks_to_the_minimum(name):
    p = {"xy": np.array([-7.0, 2.0])}
    opt = make_optimizer(name, LR[name])
    for _ in range(300):
        _, g = f_and_grad(p)
        opt.update(p, g)
    assert f_and_grad(p)[0] < 0.05


def test_state_is_lazy_and_per_key():
    opt = make_optimizer("momentum", 0.1)
    assert opt.v == {}
    opt.update({"a.W": np.ones(2)}, {"a.W": np.ones(2)})
    assert set(opt.v) == {"a.W"}


def test_weight_decay_pulls_weights_but_not_biases():
    opt = make_optimizer("sgd", 0.1, weight_decay=0.5)
    p = {"layers.0.W": np.array([2.0]), "layers.0.b": np.array([2.0])}
    opt.update(p, {"layers.0.W": np.zeros(1), "layers.0.b": np.zeros(1)})
    assert p["layers.0.W"][0] == pytest.approx(2.0 - 0.1 * 0.5 * 2.0)
    assert p["layers.0.b"][0] == 2.0


def test_adam_matches_the_textbook_formula_and_keeps_float32():
    rng = np.random.default_rng(0)
    p32 = {"w": rng.normal(size=5).astype(np.float32)}
    ref = {"w": p32["w"].astype(np.float64)}
    m = np.zeros(5)
    v = np.zeros(5)
    opt = Adam(lr=0.01)
    for t in range(1, 6):
        g = rng.normal(size=5)
        opt.update(p32, {"w": g.astype(np.float32)})
        lr_t = 0.01 * np.sqrt(1 - 0.999**t) / (1 - 0.9**t)
        m += (1 - 0.9) * (g - m)
        v += (1 - 0.999) * (g**2 - v)
        ref["w"] -= lr_t * m / (np.sqrt(v) + 1e-7)
    assert p32["w"].dtype == np.float32
    np.testing.assert_allclose(p32["w"], ref["w"], rtol=1e-5, atol=1e-6)


def test_unknown_optimizer_name():
    with pytest.raises(ValueError, match="choose from"):
        make_optimizer("lbfgs", 0.1)
