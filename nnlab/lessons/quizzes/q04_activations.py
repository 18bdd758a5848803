"""確認テスト for lesson 4: activation functions (day-1 notes, Section 2)."""

from __future__ import annotations

import numpy as np

from ...functions import step_function
from ..activations import max_derivative
from .base import Quiz, choice, code_line, number
from .notes_code import SECTION1, STEP

QUIZ = Quiz(4, (
    choice(
        "step0",
        ("The notes write the step function twice: the code np.where(x > 0, 1, 0) and the "
         "formula f(x) = 1 (x ≥ 0), 0 (x < 0). What does each give at x = 0?",
         "ノートはステップ関数を 2 通りに書いています：コード np.where(x > 0, 1, 0) と数式 "
         "f(x) = 1 (x ≥ 0)、0 (x < 0)。x = 0 でそれぞれいくつになりますか。"),
        (("Both give 1", "どちらも 1"), ("Both give 0", "どちらも 0"),
         ("The code gives 0, the formula 1", "コードは 0、数式は 1"),
         ("The code gives 1, the formula 0", "コードは 1、数式は 0")), 2,
        ("np.where(0 > 0, 1, 0) is 0, while the formula's x ≥ 0 case gives 1. The book and "
         "NN Lab use y = 1 only when x > 0, as the code does: step(0) = 0.",
         "np.where(0 > 0, 1, 0) は 0、数式の x ≥ 0 の場合は 1 です。本と NN Lab はコードと同じく x > 0 の"
         "ときだけ 1 とします：step(0) = 0。"),
        correction=(
            "The notes' formula (1 for x ≥ 0) and their code (1 for x > 0) disagree at x = 0. Both "
            "conventions exist; the book, the reading notes and NN Lab take 0 at x = 0, as the code.",
            "ノートの数式（x ≥ 0 で 1）とコード（x > 0 で 1）は x = 0 で食い違っています。どちらの流儀も"
            "ありますが、本・読書メモ・NN Lab はコードと同じく x = 0 で 0 とします。"),
        code=STEP, source=("Day-1 notes, Section 2", "day1 ノート Section 2")),
    number(
        "step_at_0",
        ("So what does NN Lab's step function give at x = 0?",
         "では NN Lab のステップ関数は x = 0 でいくつを返しますか。"),
        0.0, lambda: float(step_function(np.array(0.0))),
        ("0: the unit fires only when its total input is above the threshold 0.",
         "0 です。総入力が閾値 0 を超えたときだけ発火します。"),
        tolerance=0.0, source=("Book 3.2.2", "本 3.2.2")),
    number(
        "sigmoid_max",
        ("Sigmoid's derivative σ′(u) = (1 − σ(u))σ(u) is largest at u = 0. What is its maximum?",
         "シグモイド関数の導関数 σ′(u) = (1 − σ(u))σ(u) は u = 0 で最大になります。最大値はいくつですか。"),
        0.25, lambda: max_derivative("sigmoid")[1],
        ("σ(0) = 0.5, so σ′(0) = 0.5 · 0.5 = 0.25. Every sigmoid layer multiplies the gradient "
         "by 0.25 at most — the root of vanishing gradients.",
         "σ(0) = 0.5 なので σ′(0) = 0.5 · 0.5 = 0.25。シグモイドの層を通るたびに勾配は最大でも 0.25 倍に"
         "なります。これが勾配消失の原因です。"),
        tolerance=0.001, source=("Day-2 notes, Section 1 確認テスト", "day2 ノート Section 1 確認テスト")),
    number(
        "ten_layers",
        ("At most, by what factor can ten sigmoid layers multiply a gradient? (write it like 1.2e-3)",
         "シグモイドの層を 10 層通ると、勾配は最大で何倍になりますか（1.2e-3 のように書きます）。"),
        9.537e-7, lambda: max_derivative("sigmoid")[1] ** 10,
        ("0.25¹⁰ ≈ 9.5 × 10⁻⁷, and that is the best case: wherever |u| is large σ′ is far "
         "smaller than 0.25.",
         "0.25¹⁰ ≈ 9.5 × 10⁻⁷ で、これが最もよい場合です。|u| が大きいところでは σ′ は 0.25 よりずっと"
         "小さくなります。"),
        tolerance=5e-8, source=("Day-2 notes, Section 1", "day2 ノート Section 1")),
    choice(
        "collapse",
        ("Two Affine layers with no activation function between them, u = (xW₁ + b₁)W₂ + b₂, "
         "are the same as…",
         "活性化関数をはさまない 2 つの Affine 層 u = (xW₁ + b₁)W₂ + b₂ は、何と同じですか。"),
        (("one Affine layer with W = W₁W₂ and b = b₁W₂ + b₂",
          "W = W₁W₂、b = b₁W₂ + b₂ の Affine 層 1 つ"),
         ("a network that can learn XOR", "XOR を学習できるネットワーク"),
         ("a ReLU layer", "ReLU 層")), 0,
        ("(xW₁ + b₁)W₂ + b₂ = x(W₁W₂) + (b₁W₂ + b₂): a linear function of x again. Stacking "
         "linear layers adds nothing, so the activation between them must be non-linear — try it "
         "in the panel on the page.",
         "(xW₁ + b₁)W₂ + b₂ = x(W₁W₂) + (b₁W₂ + b₂) で、やはり x の線形関数です。線形の層をいくら重ねても"
         "何も増えないので、間の活性化関数は非線形でなければなりません。ページのパネルで確かめましょう。"),
        source=("Day-1 notes, Section 2 確認テスト (線形と非線形)", "day1 ノート Section 2 確認テスト（線形と非線形）")),
    code_line(
        "activation_line",
        ("Pick the line of the Section 1 code where the activation function is applied.",
         "Section 1 のコードで活性化関数を使っている行を選んでください。"),
        SECTION1, 15,
        ("z = functions.sigmoid(u): the total input u goes through the sigmoid function to give "
         "the hidden layer's output z.",
         "z = functions.sigmoid(u) です。総入力 u をシグモイド関数に通して中間層出力 z を得ています。"),
        source=("Day-1 notes, Section 2 確認テスト", "day1 ノート Section 2 確認テスト")),
))
