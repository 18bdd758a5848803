"""Lesson 4: activation functions h(u) and their derivatives h′(u) (Section 2, book 3.2 and 5.5).

    step      h = 1 if u > 0 else 0                h′ = 0 (undefined at 0)
    sigmoid   h = 1 / (1 + e^(−u))                 h′ = (1 − h) h, at most 0.25 (at u = 0)
    ReLU      h = max(0, u)                        h′ = 1 if u > 0 else 0
    tanh      h = tanh(u)                          h′ = 1 − h², at most 1
    leaky ReLU h = u if u > 0 else αu              h′ = 1 if u > 0 else α

Sigmoid's derivative never exceeds 0.25, so backprop through n sigmoid layers multiplies the
gradient by at most 0.25ⁿ: the root of vanishing gradients.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .. import functions as F

Text = tuple[str, str]
LEAKY_ALPHA = 0.1  # larger than the layer's default 0.01 so the slope is visible on a plot


@dataclass(frozen=True, eq=False)
class Activation:
    key: str
    name: Text
    formula: str
    derivative_formula: str
    f: Callable[[np.ndarray], np.ndarray]
    df: Callable[[np.ndarray], np.ndarray]
    note: Text


def _step_grad(u: np.ndarray) -> np.ndarray:
    return np.zeros_like(np.asarray(u, dtype=np.float64))


def _tanh_grad(u: np.ndarray) -> np.ndarray:
    return 1.0 - np.tanh(u) ** 2


def _leaky(u: np.ndarray) -> np.ndarray:
    return F.leaky_relu(np.asarray(u, dtype=np.float64), LEAKY_ALPHA)


def _leaky_grad(u: np.ndarray) -> np.ndarray:
    return np.where(np.asarray(u) > 0, 1.0, LEAKY_ALPHA)


ACTIVATIONS: tuple[Activation, ...] = (
    Activation(
        "step", ("Step function", "ステップ関数"), "h(u) = 1 (u > 0), 0 (u ≤ 0)", "h′(u) = 0 (u ≠ 0)",
        lambda u: F.step_function(np.asarray(u, dtype=np.float64)), _step_grad,
        (("Fires (1) past the threshold and is 0 otherwise. Its derivative is 0 everywhere, so no "
         "gradient can flow back through it: a network of steps cannot learn by gradient descent."),
         ("閾値を超えると発火（1）し、それ以外は 0。微分はいたるところ 0 なので勾配が逆伝播せず、"
         "勾配降下法では学習できません。"))),
    Activation(
        "sigmoid", ("Sigmoid", "シグモイド関数"), "h(u) = 1 / (1 + e^(−u))", "h′(u) = (1 − h(u)) h(u)",
        lambda u: F.sigmoid(np.asarray(u, dtype=np.float64)), F.sigmoid_grad,
        (("A smooth step between 0 and 1 that carries the strength of a signal. Its derivative "
         "peaks at 0.25 (at u = 0), so each sigmoid layer shrinks the gradient to a quarter or "
         "less — the root of vanishing gradients."),
         ("0 と 1 の間をなめらかに変化し、信号の強弱を伝えます。微分の最大値は 0.25（u = 0）なので、"
         "シグモイドの層を通るたびに勾配は 4 分の 1 以下になります。これが勾配消失問題の原因です。"))),
    Activation(
        "relu", ("ReLU", "ReLU 関数"), "h(u) = max(0, u)", "h′(u) = 1 (u > 0), 0 (u ≤ 0)",
        lambda u: F.relu(np.asarray(u, dtype=np.float64)), F.relu_grad,
        (("The most used activation today. Its derivative is exactly 1 for u > 0, so gradients "
         "pass unchanged (no vanishing), and 0 for u ≤ 0, which makes the network sparse."),
         ("現在もっとも使われている活性化関数です。u > 0 では微分がちょうど 1 なので勾配が弱まらず"
         "（勾配消失を避ける）、u ≤ 0 では 0 なのでスパース化に貢献します。"))),
    Activation(
        "tanh", ("tanh", "tanh 関数"), "h(u) = tanh(u)", "h′(u) = 1 − tanh²(u)",
        lambda u: F.tanh(np.asarray(u, dtype=np.float64)), _tanh_grad,
        (("Like sigmoid but centred on 0, between −1 and 1. Its derivative peaks at 1, better than "
         "sigmoid's 0.25, but it still vanishes for large |u|."),
         ("シグモイドに似ていますが 0 を中心に −1 から 1 の間をとります。微分の最大値は 1 でシグモイドの "
         "0.25 より大きいものの、|u| が大きいとやはり 0 に近づきます。"))),
    Activation(
        "leaky_relu", ("Leaky ReLU", "Leaky ReLU"), f"h(u) = u (u > 0), {LEAKY_ALPHA}u (u ≤ 0)",
        f"h′(u) = 1 (u > 0), {LEAKY_ALPHA} (u ≤ 0)", _leaky, _leaky_grad,
        (("ReLU with a small slope α for u ≤ 0 (here α = 0.1), so a unit that receives only "
         "negative totals still gets a gradient and can recover."),
         ("u ≤ 0 にも小さな傾き α（ここでは 0.1）をもたせた ReLU です。負の総入力ばかり受け取るユニットにも"
         "勾配が届くので、学習が止まりません。"))),
)


def get_activation(key: str) -> Activation:
    for a in ACTIVATIONS:
        if a.key == key:
            return a
    raise KeyError(f"unknown activation {key!r}")


def curve(key: str, lo: float = -6.0, hi: float = 6.0, n: int = 601) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """u, h(u), h′(u) sampled on [lo, hi]."""
    a = get_activation(key)
    u = np.linspace(lo, hi, n)
    return u, np.asarray(a.f(u), dtype=np.float64), np.asarray(a.df(u), dtype=np.float64)


def max_derivative(key: str) -> tuple[float, float]:
    """(u, h′(u)) where the derivative is largest on [−6, 6] (sigmoid: (0, 0.25))."""
    u, _, d = curve(key)
    i = int(np.argmax(d))
    return float(u[i]), float(d[i])
