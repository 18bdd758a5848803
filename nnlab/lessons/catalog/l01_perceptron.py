"""Lesson 1: perceptron."""

from __future__ import annotations

from ..lesson import Lesson

PERCEPTRON = Lesson(
    id="perceptron", number=1, kind="gates",
    title=("Perceptron", "パーセプトロン"),
    summary=("AND, OR and NAND from one weighted sum and a step; XOR needs two layers.",
             "重み付き和とステップ関数で AND・OR・NAND を作ります。XOR には 2 層が必要です。"),
    body=(
        ("A perceptron multiplies each input by a weight, adds a bias and fires (outputs 1) only "
        "when the total is above 0: y = 1 if w₁x₁ + w₂x₂ + b > 0, else 0 — the step function, "
        "the perceptron's activation function. With the book's weights it is AND (w = (0.5, 0.5), "
        "b = −0.7), NAND (−0.5, −0.5; 0.7) or OR (0.5, 0.5; −0.2). Edit the weights and watch the "
        "truth table. Then choose XOR: no single line w₁x₁ + w₂x₂ + b = 0 separates its ones from "
        "its zeros, so no weights work. Stacking perceptrons does: XOR = AND(NAND, OR)."),
        ("パーセプトロンは入力それぞれに重みを掛けてバイアスを足し、その合計が 0 を超えたときだけ発火"
        "（1 を出力）します：w₁x₁ + w₂x₂ + b > 0 なら y = 1、それ以外は 0。これがステップ関数、"
        "パーセプトロンの活性化関数です。本の重みで AND（w = (0.5, 0.5)、b = −0.7）、NAND"
        "（−0.5, −0.5；0.7）、OR（0.5, 0.5；−0.2）になります。重みを変えて真理値表の変化を見てください。"
        "次に XOR を選びます。1 本の直線 w₁x₁ + w₂x₂ + b = 0 では 1 と 0 を分けられないので、"
        "どんな重みでも実現できません。パーセプトロンを重ねればできます：XOR = AND(NAND, OR)。")),
    goal=("Choose XOR for the single perceptron and compare it with the two-layer one.",
          "1 層のパーセプトロンで XOR を選び、2 層の場合と比べてみましょう。"),
    # The two-layer XOR as a network: column 0 of layer 1 is NAND, column 1 is OR; layer 2 is AND.
    spec={"format": "nnlab.network/1", "name": "XOR = AND(NAND, OR)", "input_shape": [2],
          "layers": [{"type": "Affine", "units": 2}, {"type": "Step"},
                     {"type": "Affine", "units": 1}, {"type": "Step"},
                     {"type": "IdentityWithLoss"}]},
    params={"layers.0.W": [[-0.5, 0.5], [-0.5, 0.5]], "layers.0.b": [0.7, -0.2],
            "layers.2.W": [[0.5], [0.5]], "layers.2.b": [-0.7]},
    x=[[0, 0], [0, 1], [1, 0], [1, 1]], t=[[0], [1], [1], [0]],
)
