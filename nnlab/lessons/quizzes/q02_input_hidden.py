"""確認テスト for lesson 2: input layer → hidden layer (day-1 notes, Section 1)."""

from __future__ import annotations

import numpy as np

from ...functions import sigmoid
from ..comparisons import weight_preset
from .base import Quiz, choice, code_line, number
from .notes_code import SECTION1

X = np.array([1.0, 5.0, 2.0, -1.0])
B = np.array([0.1, 0.2, 0.3])

QUIZ = Quiz(2, (
    choice(
        "goal",
        ("What is deep learning trying to do in the end? Which values does it optimise? "
         "Choose all.",
         "ディープラーニングは結局何をやろうとしていますか。次の中のどの値の最適化が最終目的ですか。全て選べ。"),
        (("① input x", "①入力値 x"), ("② output y", "②出力値 y"), ("③ weights W", "③重み W"),
         ("④ biases b", "④バイアス b"), ("⑤ total input u", "⑤総入力 u"),
         ("⑥ hidden output z", "⑥中間層出力 z"), ("⑦ learning rate ε", "⑦学習率 ε")),
        (2, 3),
        ("③ and ④. Learning adjusts the parameters — the weights and biases — so that the "
         "network's output comes close to the right answer for data it has not seen. The input is "
         "given; u, z and y are computed from the input and the parameters; the learning rate is "
         "a hyperparameter that a person sets.",
         "③と④です。学習で調整するのはパラメータ、つまり重みとバイアスで、その結果として未知のデータに"
         "対しても出力が正解に近づきます。入力は与えられるもの、u・z・y は入力とパラメータから計算されるもの、"
         "学習率は人が決めるハイパーパラメータです。"),
        correction=(
            "The notes answer “② the output”. The output is what gets better, but it is computed, "
            "not optimised directly: the values optimised are ③ the weights and ④ the biases.",
            "ノートの解答は「②出力値の最適化」ですが、出力は計算される値で、直接最適化するものではありません。"
            "最適化するのは③重みと④バイアスです。"),
        source=("Day-1 notes, Section 1 確認テスト", "day1 ノート Section 1 確認テスト")),
    code_line(
        "u_line",
        ("Write u = w₁x₁ + w₂x₂ + w₃x₃ + w₄x₄ + b in Python: which line of the notes' code "
         "computes it?",
         "u = w₁x₁ + w₂x₂ + w₃x₃ + w₄x₄ + b の部分を Python で書くと？ノートのコードのどの行ですか。"),
        SECTION1, 13,
        ("u = np.dot(x, W) + b. With x a row of 4 numbers and W a 4×3 matrix, np.dot(x, W) is "
         "the row of the three weighted sums; adding b shifts each by its bias. The notes write "
         "the formula as Wx + b, but the code (and NN Lab) computes xW + b: x is a row, so it "
         "comes first.",
         "u = np.dot(x, W) + b です。x は 4 つの数の行、W は 4×3 の行列なので、np.dot(x, W) は 3 つの"
         "重み付き和の行になり、b を足すとそれぞれがバイアスだけずれます。ノートの数式は Wx + b ですが、"
         "コード（と NN Lab）は xW + b を計算します。x が行なので先に来ます。"),
        source=("Day-1 notes, Section 1 確認テスト", "day1 ノート Section 1 確認テスト")),
    number(
        "z1",
        ("The first unit's total input is u₁ = 1.4. What is its output z₁ = sigmoid(u₁)? "
         "(Three decimals are enough.)",
         "1 つ目のユニットの総入力は u₁ = 1.4 です。出力 z₁ = シグモイド(u₁) はいくつですか（小数第 3 位まで）。"),
        0.802, lambda: float(sigmoid(np.float64(1.4))),
        ("z₁ = 1 / (1 + e^(−1.4)) = 1 / (1 + 0.2466) = 0.8022.",
         "z₁ = 1 / (1 + e^(−1.4)) = 1 / (1 + 0.2466) = 0.8022 です。"),
        tolerance=0.001, source=("Day-1 notes, Section 1", "day1 ノート Section 1")),
    number(
        "ones",
        ("試してみよう: with W = np.ones((4, 3)) instead, what is the first unit's total input u₁?",
         "試してみよう：W = np.ones((4, 3)) にすると、1 つ目のユニットの総入力 u₁ はいくつですか。"),
        7.1, lambda: float((X @ weight_preset("ones") + B)[0]),
        ("Every weight is 1, so u₁ = 1 + 5 + 2 − 1 + 0.1 = 7.1: each unit adds up all the inputs "
         "and its bias (u = [7.1, 7.2, 7.3]).",
         "重みがすべて 1 なので u₁ = 1 + 5 + 2 − 1 + 0.1 = 7.1。どのユニットも入力の合計に自分のバイアスを"
         "足すだけです（u = [7.1, 7.2, 7.3]）。"),
        tolerance=0.005, source=("Day-1 notes, Section 1 試してみよう", "day1 ノート Section 1 試してみよう")),
    choice(
        "rand",
        ("試してみよう: which distribution does np.random.rand(4, 3) draw the weights from?",
         "試してみよう：np.random.rand(4, 3) はどの分布から重みを引きますか。"),
        (("The uniform distribution on [0, 1)", "[0, 1) の一様分布"),
         ("The standard normal distribution N(0, 1)", "標準正規分布 N(0, 1)"),
         ("The integers 0 to 4", "0〜4 の整数")), 0,
        ("np.random.rand is uniform on [0, 1); np.random.randn is the standard normal N(0, 1); "
         "np.random.randint(5, size=…) gives the integers 0 … 4. Xavier and He start from randn "
         "and scale it.",
         "np.random.rand は [0, 1) の一様分布、np.random.randn は標準正規分布 N(0, 1)、"
         "np.random.randint(5, size=…) は 0〜4 の整数です。Xavier や He の初期値は randn を拡大・縮小します。"),
        correction=(
            "The day-1 notes (初期値の設定方法) write np.randam.rand(…) and say that "
            "np.random.rand() returns standard-normal numbers. The name is np.random, and the "
            "standard normal is np.random.randn; np.random.rand is uniform on [0, 1).",
            "day1 ノート（初期値の設定方法）は np.randam.rand(…) と書き、np.random.rand() は標準正規分布に"
            "沿った乱数を返すとしています。正しくは np.random で、標準正規分布は np.random.randn です。"
            "np.random.rand は [0, 1) の一様分布です。"),
        source=("Day-1 notes, Section 1 試してみよう", "day1 ノート Section 1 試してみよう")),
))
