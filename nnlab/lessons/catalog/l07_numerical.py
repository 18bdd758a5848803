"""Lesson 7: numerical differentiation vs backprop."""

from __future__ import annotations

from ..lesson import Lesson
from ..numerical import mnist_spec

NUMERICAL = Lesson(
    id="numerical_vs_backprop", number=7, kind="numerical",
    title=("Numerical differentiation vs backprop", "数値微分と誤差逆伝播法"),
    summary=("The same gradients two ways — and how much slower the numerical one is.",
             "同じ勾配を 2 通りで求め、数値微分がどれほど遅いかを比べます。"),
    body=(
        ("Numerical differentiation nudges one parameter at a time: ∂E/∂wₘ ≈ (E(wₘ + h) − "
        "E(wₘ − h)) / 2h. That is two forward passes for every weight — for 784-10-10, 7,960 "
        "parameters, 15,920 passes. Backpropagation gets every gradient from one forward and one "
        "backward pass, reusing what the forward pass computed. Both give the same numbers (the "
        "relative error below is about 10⁻⁹ or smaller); numerical differentiation stays useful "
        "as a check of a backprop implementation (gradient check)."),
        ("数値微分はパラメータを 1 つずつ少し動かします：∂E/∂wₘ ≈ (E(wₘ + h) − E(wₘ − h)) / 2h。"
        "重み 1 つにつき順伝播が 2 回、784-10-10 なら 7,960 個のパラメータで 15,920 回です。誤差逆伝播法は"
        "順伝播で計算した結果を再利用し、順伝播と逆伝播 1 回ずつですべての勾配を求めます。"
        "どちらも同じ値になります（下の相対誤差は 10⁻⁹ 程度以下）。数値微分は誤差逆伝播法の実装の確認"
        "（勾配確認）に役立ちます。")),
    goal=("Run the comparison once.", "比較を 1 回実行しましょう。"),
    spec=mnist_spec(10).to_dict(),
)
