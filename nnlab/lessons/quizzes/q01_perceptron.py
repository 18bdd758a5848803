"""確認テスト for lesson 1: the perceptron."""

from __future__ import annotations

from ..gates import GATE_WEIGHTS, weighted_sum
from .base import Quiz, choice, number

QUIZ = Quiz(1, (
    number(
        "and_sum",
        ("With AND's weights w = (0.5, 0.5) and b = −0.7, what is the weighted sum "
         "w₁x₁ + w₂x₂ + b for x = (1, 1)?",
         "AND の重み w = (0.5, 0.5)、b = −0.7 で、x = (1, 1) の重み付き和 w₁x₁ + w₂x₂ + b はいくつですか。"),
        0.3, lambda: weighted_sum(1, 1, *GATE_WEIGHTS["AND"]),
        ("0.5·1 + 0.5·1 − 0.7 = 0.3 > 0, so the perceptron fires: AND(1, 1) = 1. For every other "
         "input the sum is ≤ 0 (−0.2 or −0.7) and the output is 0.",
         "0.5·1 + 0.5·1 − 0.7 = 0.3 > 0 なので発火し、AND(1, 1) = 1 です。ほかの入力では和が 0 以下"
         "（−0.2 か −0.7）なので出力は 0 です。"),
        tolerance=0.005, source=("Book 2.3", "本 2.3")),
    choice(
        "nand",
        ("Which gate does one perceptron with w = (−0.5, −0.5) and b = 0.7 compute?",
         "w = (−0.5, −0.5)、b = 0.7 のパーセプトロンはどのゲートですか。"),
        (("AND", "AND"), ("OR", "OR"), ("NAND", "NAND"), ("XOR", "XOR")), 2,
        ("NAND: AND's weights and bias with their signs flipped. Only x = (1, 1) gives a sum ≤ 0 "
         "(−0.3), so the output is 0 there and 1 everywhere else.",
         "NAND です。AND の重みとバイアスの符号を反転したものです。x = (1, 1) だけ和が 0 以下（−0.3）"
         "になるので、そこだけ 0、ほかは 1 を出力します。"),
        source=("Book 2.3", "本 2.3")),
    choice(
        "xor",
        ("Why can no single perceptron compute XOR?",
         "1 つのパーセプトロンで XOR を作れないのはなぜですか。"),
        (("Its weights would have to be larger than 1",
          "重みを 1 より大きくしなければならないから"),
         ("No straight line w₁x₁ + w₂x₂ + b = 0 separates XOR's ones from its zeros",
          "XOR の 1 と 0 を 1 本の直線 w₁x₁ + w₂x₂ + b = 0 で分けられないから"),
         ("The step function is not differentiable", "ステップ関数が微分できないから")), 1,
        ("A perceptron splits the plane with one straight line; XOR's ones, (0, 1) and (1, 0), "
         "sit diagonally opposite each other, so no line separates them from (0, 0) and (1, 1) — "
         "XOR is not linearly separable. Two layers do it: XOR = AND(NAND, OR).",
         "パーセプトロンは平面を 1 本の直線で分けます。XOR の 1 である (0, 1) と (1, 0) は対角に並ぶので、"
         "(0, 0) と (1, 1) から 1 本の直線では分けられません（線形分離不可能）。2 層なら "
         "XOR = AND(NAND, OR) で作れます。"),
        source=("Book 2.4–2.5", "本 2.4〜2.5")),
))
