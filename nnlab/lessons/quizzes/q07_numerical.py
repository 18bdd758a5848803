"""確認テスト for lesson 7: numerical differentiation against backpropagation."""

from __future__ import annotations

import numpy as np

from ...functions import numerical_gradient
from ..numerical import mnist_spec
from .base import Quiz, choice, number


def _passes() -> float:
    """Forward passes the central difference needs for 784-10-10: two per parameter."""
    return float(2 * sum(mnist_spec(10).param_counts()))


def _derivative() -> float:
    return float(numerical_gradient(lambda x: float(np.sum(x ** 2)), np.array([3.0]))[0])


QUIZ = Quiz(7, (
    number(
        "passes",
        ("784-10-10 has 7,960 weights and biases. How many forward passes does the central "
         "difference (E(w + h) − E(w − h)) / 2h need to get every gradient?",
         "784-10-10 には重みとバイアスが 7,960 個あります。中心差分 (E(w + h) − E(w − h)) / 2h ですべての"
         "勾配を求めるには、順伝播が何回必要ですか。"),
        15920, _passes,
        ("Two per parameter: 2 × 7,960 = 15,920. Backpropagation gets all of them from one "
         "forward and one backward pass.",
         "パラメータ 1 つにつき 2 回、2 × 7,960 = 15,920 回です。誤差逆伝播法は順伝播と逆伝播 1 回ずつで"
         "すべて求めます。"),
        tolerance=0.5, source=("Day-1 notes, Section 4 数値微分", "day1 ノート Section 4 数値微分")),
    number(
        "central",
        ("f(x) = x². What does the central difference (f(3 + h) − f(3 − h)) / 2h give with "
         "h = 10⁻⁴?",
         "f(x) = x² のとき、中心差分 (f(3 + h) − f(3 − h)) / 2h は h = 10⁻⁴ でいくつになりますか。"),
        6.0, _derivative,
        ("((3 + h)² − (3 − h)²) / 2h = 12h / 2h = 6 = f′(3) — exact for a parabola, and close "
         "for smooth functions.",
         "((3 + h)² − (3 − h)²) / 2h = 12h / 2h = 6 = f′(3)。放物線では厳密に一致し、なめらかな関数でも"
         "ほぼ一致します。"),
        tolerance=0.001, source=("Book 4.3", "本 4.3")),
    choice(
        "why_backprop",
        ("Why is backpropagation so much faster than numerical differentiation?",
         "誤差逆伝播法が数値微分よりずっと速いのはなぜですか。"),
        (("It reuses what the forward pass computed and sends the error back once, instead of "
          "recomputing the whole network for every parameter",
          "順伝播の結果を再利用して誤差を 1 回逆に流すだけで、パラメータごとにネットワーク全体を計算し直さない"
          "から"),
         ("It rounds the numbers", "数値を丸めるから"),
         ("It skips the parameters whose gradient is small", "勾配の小さいパラメータを飛ばすから")), 0,
        ("It avoids unnecessary recursive computation: the gradient arriving at a layer is "
         "computed once and shared by every parameter below it. The numerical gradient stays "
         "useful as a check (gradient check).",
         "不要な再帰的計算を避けるからです。ある層に届いた勾配は 1 回だけ計算され、その下のすべてのパラメータで"
         "共有されます。数値微分は確認用（勾配確認）に役立ちます。"),
        source=("Day-1 notes, Section 5", "day1 ノート Section 5")),
))
