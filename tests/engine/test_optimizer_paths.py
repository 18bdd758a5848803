"""Lesson 12's 2-D paths: each engine optimizer's first three updates on f(x, y) = x²/20 + y²,
against the update rule written out here by hand (book 6.1), and the formula lines' numbers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nnlab.lessons.optimizer_paths import (
    BOOK_RATES,
    NAMES,
    OptimizerPath,
    all_paths,
    gradient_field,
    update_lines,
    verdict_numbers,
)


def grad(x, y):
    return x / 10.0, 2.0 * y


def by_hand(name, lr, steps=3):
    """Three updates from (−7, 2), one coordinate at a time, straight from the book's formulas."""
    x, y = -7.0, 2.0
    out = []
    vx = vy = hx = hy = mx = my = 0.0
    for t in range(1, steps + 1):
        gx, gy = grad(x, y)
        if name == "sgd":
            x, y = x - lr * gx, y - lr * gy
        elif name == "momentum":
            vx, vy = 0.9 * vx - lr * gx, 0.9 * vy - lr * gy
            x, y = x + vx, y + vy
        elif name == "nesterov":
            vx, vy = 0.9 * vx - lr * gx, 0.9 * vy - lr * gy
            x = x + 0.81 * vx - 1.9 * lr * gx
            y = y + 0.81 * vy - 1.9 * lr * gy
        elif name == "adagrad":
            hx, hy = hx + gx * gx, hy + gy * gy
            x, y = x - lr * gx / (math.sqrt(hx) + 1e-7), y - lr * gy / (math.sqrt(hy) + 1e-7)
        elif name == "rmsprop":
            hx, hy = 0.99 * hx + 0.01 * gx * gx, 0.99 * hy + 0.01 * gy * gy
            x, y = x - lr * gx / (math.sqrt(hx) + 1e-7), y - lr * gy / (math.sqrt(hy) + 1e-7)
        elif name == "adam":
            mx, my = 0.9 * mx + 0.1 * gx, 0.9 * my + 0.1 * gy
            hx, hy = 0.999 * hx + 0.001 * gx * gx, 0.999 * hy + 0.001 * gy * gy  # v
            lr_t = lr * math.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t)
            x, y = x - lr_t * mx / (math.sqrt(hx) + 1e-7), y - lr_t * my / (math.sqrt(hy) + 1e-7)
        out.append((x, y))
    return out


@pytest.mark.parametrize("name", NAMES)
def test_first_three_updates_follow_the_formula(name):
    path = OptimizerPath(name, BOOK_RATES[name]).run(3)
    np.testing.assert_allclose(np.array(path.points[1:]), np.array(by_hand(name, BOOK_RATES[name])),
                               rtol=1e-12, atol=1e-12)


def test_known_first_steps():
    # SGD ε = 0.95: y = 2 − 0.95·4 = −1.8; AdaGrad and Adam move each coordinate by exactly ε at first
    assert OptimizerPath("sgd").run(1).point == pytest.approx([-6.335, -1.8])
    assert OptimizerPath("adagrad").run(1).point == pytest.approx([-5.5, 0.5])
    assert OptimizerPath("adam").run(1).point == pytest.approx([-6.7, 1.7])
    assert OptimizerPath("momentum").run(2).point[0] == pytest.approx(-6.798, abs=1e-3)


def test_formula_lines_show_the_state():
    adam = OptimizerPath("adam")
    adam.step()
    lines = update_lines(adam.step())
    text = "\n".join(lines)
    # t = 2: m = 0.9·(−0.07, 0.4) + 0.1·(−0.67, 3.4) = (−0.13, 0.7); m̂ = m/0.19
    assert "= (−0.13, 0.7)" in text and "m/0.19 = (−0.6842, 3.684)" in text
    assert "= (−6.4, 1.402)" in lines[-1]
    mom = OptimizerPath("momentum")
    assert update_lines(mom.step())[1] == "v ← αv − ε∇f = 0.9·(0, 0) − 0.1·(−0.7, 4) = (0.07, −0.4)"
    ada = OptimizerPath("adagrad")
    assert "h ← h + ∇f⊙∇f = (0, 0) + (0.49, 16) = (0.49, 16)" in update_lines(ada.step())


def test_sgd_zigzags_and_too_large_a_rate_diverges():
    numbers = verdict_numbers(all_paths())
    assert numbers["sgd"][2] >= 20  # crosses the valley floor almost every update
    assert numbers["adagrad"][2] == 0
    big = OptimizerPath("sgd", 1.05).run()
    assert abs(big.point[1]) > 2  # |1 − 2ε| > 1: y grows every update
    tiny = OptimizerPath("sgd", 0.01).run()
    assert tiny.point[0] < -6.7  # barely moved
    runaway = OptimizerPath("sgd", 50.0).run(400)
    assert runaway.diverged and runaway.t < 400


def test_gradient_arrows_point_downhill_across_the_valley():
    x, y, u, v = gradient_field()
    assert np.allclose(u, -x / 10) and np.allclose(v, -2 * y)
    far = np.abs(y) > 1
    assert np.all(np.abs(v[far]) > np.abs(u[far]) / 2)  # mostly vertical: across, not along


def test_lesson_predictions_are_what_the_engine_computes():
    from nnlab.lessons import get_lesson
    from nnlab.lessons.predict import judge

    for p in get_lesson("optimizers").predictions:
        name, t, coord = p.target.split(":")
        value = OptimizerPath(name).run(int(t)).point[int(coord)]
        assert judge(p, p.expected, value).correct, (p.id, value)
