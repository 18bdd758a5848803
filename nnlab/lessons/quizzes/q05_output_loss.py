"""確認テスト for lesson 5: the output layer and the losses (day-1 notes, Section 3; book 4.2)."""

from __future__ import annotations

import numpy as np

from ...functions import softmax
from ..comparisons import sigmoid_binary
from ..losses import SEED_LABEL, SEED_Y, loss_demo, notes_mean_squared_error, one_hot
from .base import Quiz, choice, code_line, number
from .notes_code import CROSS_ENTROPY, SOFTMAX

Y = ("y = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0]", "y = [0.1, 0.05, 0.6, 0, 0.05, 0.1, 0, 0.1, 0, 0]")

QUIZ = Quiz(5, (
    number(
        "label_index",
        (f"{Y[0]} with the correct answer “2”, written one-hot as t = [0, 0, 1, 0, 0, 0, 0, 0, "
         "0, 0]. Which index of t holds the 1 (counting from 0)?",
         f"{Y[1]}、正解は「2」で、one-hot 表現 t = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0] です。"
         "t の何番目（0 から数えて）が 1 ですか。"),
        2, lambda: float(np.argmax(one_hot(SEED_LABEL))),
        ("t[2]: Python counts from 0, so the third element is t[2], and its index is the "
         "correct label.",
         "t[2] です。Python は 0 から数えるので 3 番目の要素が t[2] で、その添字が正解ラベルです。"),
        correction=(
            "The reading notes say that t[1] is 1 and call t[1] the correct label. With the answer "
            "“2” counted from 0, the 1 is t[2].",
            "読書メモは t[1] が 1 になっていて t[1] を正解ラベルと呼んでいますが、0 から数えて正解が「2」"
            "なので、1 になっているのは t[2] です。"),
        source=("Reading notes, 2乗和誤差", "読書メモ 2乗和誤差")),
    number(
        "cross_entropy",
        ("For the same y and t, what is the cross-entropy error E = −Σ tₖ log(yₖ + 10⁻⁷)?",
         "同じ y と t で、交差エントロピー誤差 E = −Σ tₖ log(yₖ + 10⁻⁷) はいくつですか。"),
        0.511, lambda: loss_demo(SEED_Y, SEED_LABEL).cross_entropy,
        ("Only the correct class counts: E = −log(0.6 + 10⁻⁷) = 0.5108.",
         "正解クラスだけが効きます：E = −log(0.6 + 10⁻⁷) = 0.5108。"),
        tolerance=0.002, source=("Reading notes, 交差エントロピー誤差", "読書メモ 交差エントロピー誤差")),
    number(
        "notes_mse",
        ("The day-1 notes define mean_squared_error(d, y) = np.mean(np.square(d − y)) / 2. "
         "What does it give for this y and t?",
         "day1 ノートは mean_squared_error(d, y) = np.mean(np.square(d − y)) / 2 と定義しています。"
         "この y と t ではいくつになりますか。"),
        0.00975, lambda: notes_mean_squared_error(one_hot(SEED_LABEL), SEED_Y),
        ("Σ(yₖ − tₖ)² = 0.195. np.mean divides it by the 10 outputs (0.0195) and /2 halves it: "
         "0.00975. The book's sum-of-squares error E = ½Σ(yₖ − tₖ)² does not divide by the "
         "outputs: 0.0975 — ten times as much. Both fall as y gets closer to t, but their values "
         "(and gradients) differ by the factor K = 10.",
         "Σ(yₖ − tₖ)² = 0.195 です。np.mean は出力の数 10 で割り（0.0195）、/2 で半分にして 0.00975。"
         "本の二乗和誤差 E = ½Σ(yₖ − tₖ)² は出力の数で割らないので 0.0975 で、10 倍です。どちらも y が t に"
         "近づけば小さくなりますが、値（と勾配）は K = 10 倍違います。"),
        tolerance=0.00005,
        correction=(
            "The notes call np.mean(np.square(d − y)) / 2 the 二乗誤差 of E = ½Σ(y − d)², but "
            "np.mean also divides by the number of outputs: for this example it is 0.00975, not "
            "the 0.0975 of ½Σ(y − d)² (NN Lab's sum of squares).",
            "ノートは np.mean(np.square(d − y)) / 2 を E = ½Σ(y − d)² の二乗誤差としていますが、np.mean は"
            "出力の数でも割ります。この例では ½Σ(y − d)²（NN Lab の二乗和誤差）の 0.0975 ではなく "
            "0.00975 です。"),
        source=("Day-1 notes, Section 3 code", "day1 ノート Section 3 のコード")),
    choice(
        "regression",
        ("Which output layer does a regression problem (predicting a real number) use?",
         "回帰問題（実数を予測する）の出力層は何を使いますか。"),
        (("The identity function y = u, with the sum-of-squares error",
          "恒等関数 y = u と二乗和誤差"),
         ("A sigmoid-like function, so that the output stays between 0 and 1",
          "出力が 0 と 1 の間に収まるシグモイド関数のようなもの"),
         ("Softmax with the cross-entropy error", "ソフトマックスと交差エントロピー誤差")), 0,
        ("Regression uses the identity function: the output can be any real number, such as "
         "f(x) = 3x₀ + 2x₁ in lesson 6. Sigmoid is for binary classification (a probability), "
         "softmax for several classes.",
         "回帰は恒等関数を使います。出力は任意の実数をとれます（レッスン 6 の f(x) = 3x₀ + 2x₁ など）。"
         "シグモイドは二値分類（確率）、ソフトマックスは多クラス分類に使います。"),
        correction=(
            "The reading notes say a regression output should behave like a sigmoid "
            "(シグモイド関数のような出力). A sigmoid squeezes the output into (0, 1) and could not "
            "predict 2.5 or −3: regression uses the identity function, as the day-1 notes' table says.",
            "読書メモは回帰の出力を「シグモイド関数のような出力をするのが都合が良い」としていますが、シグモイドは"
            "出力を (0, 1) に押し込むので 2.5 や −3 を予測できません。day1 ノートの表のとおり、回帰は"
            "恒等関数を使います。"),
        source=("Reading notes, 出力層", "読書メモ 出力層")),
    choice(
        "order",
        (f"softmax([1, 2, 3]) = [{softmax(np.array([1.0, 2, 3]))[0]:.3f}, "
         f"{softmax(np.array([1.0, 2, 3]))[1]:.3f}, {softmax(np.array([1.0, 2, 3]))[2]:.3f}]. "
         "What does softmax keep of its inputs?",
         f"softmax([1, 2, 3]) = [{softmax(np.array([1.0, 2, 3]))[0]:.3f}, "
         f"{softmax(np.array([1.0, 2, 3]))[1]:.3f}, {softmax(np.array([1.0, 2, 3]))[2]:.3f}] です。"
         "ソフトマックスは入力の何を保ちますか。"),
        (("Their ratios (1 : 2 : 3)", "比率（1 : 2 : 3）"), ("Their order", "順序（大小関係）"),
         ("Their differences", "差")), 1,
        ("The order: exp is increasing, so the largest input gets the largest probability and "
         "the predicted class is the same with or without softmax. The ratios change "
         "(0.090 : 0.245 : 0.665 is not 1 : 2 : 3).",
         "順序です。exp は単調増加なので、最大の入力が最大の確率になり、予測クラスはソフトマックスの有無で"
         "変わりません。比率は変わります（0.090 : 0.245 : 0.665 は 1 : 2 : 3 ではありません）。"),
        correction=(
            "The day-1 summary says the output layer converts “keeping the ratio” (比率はそのまま). "
            "Softmax keeps the order of its inputs, not their ratio.",
            "day1 のまとめは出力層を「出力の比率はそのままに変換」としていますが、ソフトマックスが保つのは入力の"
            "順序で、比率ではありません。"),
        source=("Day-1 notes, Section 3", "day1 ノート Section 3")),
    code_line(
        "overflow",
        ("Which line keeps exp() from overflowing for one sample (a 1-D x)?",
         "1 サンプル（1 次元の x）のとき、exp() のオーバーフローを防いでいる行はどれですか。"),
        SOFTMAX, 7,
        ("x = x − np.max(x): subtracting the largest score changes nothing mathematically "
         "(it cancels between numerator and denominator) and keeps every exp() ≤ 1. Line 4 does "
         "the same per column for a mini-batch.",
         "x = x − np.max(x) です。最大値を引いても分子と分母で打ち消し合うので結果は変わらず、exp() はすべて "
         "1 以下になります。4 行目はミニバッチに対して列ごとに同じことをしています。"),
        source=("Day-1 notes, Section 3 確認テスト", "day1 ノート Section 3 確認テスト")),
    code_line(
        "ce_line",
        ("Which line computes −Σ dₖ log yₖ (averaged over the batch)?",
         "−Σ dₖ log yₖ（バッチで平均）を計算している行はどれですか。"),
        CROSS_ENTROPY, 10,
        ("y[np.arange(batch_size), d] picks each sample's probability of its correct label, "
         "+ 1e-7 keeps log away from log 0, and the sum is divided by the batch size.",
         "y[np.arange(batch_size), d] で各サンプルの正解ラベルの確率を取り出し、+ 1e-7 で log 0 を避け、"
         "合計をバッチサイズで割っています。"),
        source=("Day-1 notes, Section 3 確認テスト", "day1 ノート Section 3 確認テスト")),
    number(
        "binary",
        ("二値分類 with SigmoidWithLoss: the total input is u = 0 and the correct label is t = 1. "
         "What is the cross-entropy error L = −[t log y + (1 − t) log(1 − y)]?",
         "SigmoidWithLoss による二値分類：総入力 u = 0、正解ラベル t = 1 のとき、交差エントロピー誤差 "
         "L = −[t log y + (1 − t) log(1 − y)] はいくつですか。"),
        0.693, lambda: sigmoid_binary(0.0, 1.0).loss,
        ("y = σ(0) = 0.5, so L = −log 0.5 = 0.6931; the gradient ∂L/∂u = y − t = −0.5 pushes u "
         "up. Try other u and t in the panel on the page.",
         "y = σ(0) = 0.5 なので L = −log 0.5 = 0.6931。勾配 ∂L/∂u = y − t = −0.5 が u を大きくする向きに"
         "働きます。ページのパネルでほかの u と t も試しましょう。"),
        tolerance=0.002, source=("Day-1 notes, Section 3 (表)", "day1 ノート Section 3（表）")),
))
