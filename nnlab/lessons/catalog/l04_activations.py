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
        "sigmoid′ is at most 0.25, so ten sigmoid layers multiply a gradient by at most "
        "0.25¹⁰ ≈ 10⁻⁶ (by less wherever u is away from 0) — the vanishing-gradient problem. Move "
        "the mouse over the plots to read the values; the tab “Without an activation” shows two "
        "Affine layers with nothing between them collapse into one."),
        ("活性化関数 h は総入力 u をユニットの出力 z = h(u) に変えます。非線形でなければなりません。"
        "線形の層をいくら重ねても線形関数にしかならないからです。ステップ関数は ON/OFF だけ、シグモイドは"
        "信号の強弱を伝えられ、ニューラルネットワーク普及のきっかけになりました。今もっとも使われているのは"
        "ReLU です。逆伝播では層ごとに勾配に h′(u) が掛かるので、関数と同じくらい微分が大切です。"
        "シグモイドの微分は最大 0.25 なので、10 層重ねると勾配は大きくても 0.25¹⁰ ≈ 10⁻⁶ 倍になります"
        "（u が 0 から離れるほどさらに小さくなります）。これが勾配消失問題です。グラフの上にマウスを置くと"
        "値を読めます。タブ「活性化関数なし」では、活性化関数をはさまない 2 つの Affine 層が 1 つにまとまる"
        "様子を確かめます。")),
    goal=("Look at each of the five functions.", "5 つの関数をすべて見てみましょう。"),
)
