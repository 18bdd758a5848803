"""Lesson 4: activation functions."""

from __future__ import annotations

from ..lesson import Lesson

ACTIVATIONS = Lesson(
    id="activations", number=4, kind="activations",
    title=("Activation functions", "活性化関数"),
    summary=(("Step, sigmoid, ReLU, tanh and leaky ReLU with their derivatives; sigmoid's derivative "
             "never exceeds 0.25."),
             ("ステップ関数・シグモイド・ReLU・tanh・Leaky ReLU とその微分。シグモイドの微分は 0.25 を"
             "超えません。")),
    body=(
        ("An activation function h turns a total input u into the unit's output z = h(u). It must "
        "be non-linear: stacking linear layers only ever gives another linear function. The step "
        "function only says on or off; sigmoid carries the strength of a signal and made neural "
        "networks practical; ReLU is what most networks use today. Backprop multiplies the "
        "gradient by h′(u) at every layer, so the derivative matters as much as the function: "
        "sigmoid′ is at most 0.25, so ten sigmoid layers shrink a gradient by 0.25¹⁰ ≈ 10⁻⁶ — "
        "the vanishing-gradient problem. Move the mouse over the plots to read the values."),
        ("活性化関数 h は総入力 u をユニットの出力 z = h(u) に変えます。非線形でなければなりません。"
        "線形の層をいくら重ねても線形関数にしかならないからです。ステップ関数は ON/OFF だけ、シグモイドは"
        "信号の強弱を伝えられ、ニューラルネットワーク普及のきっかけになりました。今もっとも使われているのは"
        "ReLU です。逆伝播では層ごとに勾配に h′(u) が掛かるので、関数と同じくらい微分が大切です。"
        "シグモイドの微分は最大 0.25 なので、10 層重ねると勾配は 0.25¹⁰ ≈ 10⁻⁶ 倍になります。"
        "これが勾配消失問題です。グラフの上にマウスを置くと値を読めます。")),
    goal=("Look at each of the five functions.", "5 つの関数をすべて見てみましょう。"),
)
