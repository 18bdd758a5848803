"""確認テスト for lesson 13: vanishing gradients and weight initialisation (day-2 notes, Section 1)."""

from __future__ import annotations

from ...initializers import weight_std
from ..activations import max_derivative
from .base import Quiz, choice, number

RANDN_CORRECTION = (
    "The day-2 notes write the Xavier and He initialisations as np.randam.rand(…) and say that "
    "np.random.rand() returns standard-normal numbers. It is np.random.randn: "
    "np.random.randn(n_in, n_out) / np.sqrt(n_in) (Xavier) and "
    "np.random.randn(n_in, n_out) * np.sqrt(2 / n_in) (He). np.random.rand is uniform on [0, 1), "
    "all positive, which is not what either method assumes.",
    "day2 ノートは Xavier と He の初期値を np.randam.rand(…) と書き、np.random.rand() は標準正規分布に"
    "沿った乱数を返すとしていますが、正しくは np.random.randn です：np.random.randn(n_in, n_out) / "
    "np.sqrt(n_in)（Xavier）、np.random.randn(n_in, n_out) * np.sqrt(2 / n_in)（He）。np.random.rand は "
    "[0, 1) の一様分布ですべて正の値になり、どちらの方法の前提とも違います。")

QUIZ = Quiz(13, (
    number(
        "sigmoid_peak",
        ("Sigmoid's derivative is largest at u = 0. Which value is it?",
         "シグモイド関数を微分すると、入力値が 0 のときに最大値をとります。その値はいくつですか。"),
        0.25, lambda: max_derivative("sigmoid")[1],
        ("σ′(0) = σ(0)(1 − σ(0)) = 0.5 · 0.5 = 0.25, so each sigmoid layer multiplies the "
         "gradient by 0.25 at most: after a few layers it has all but vanished.",
         "σ′(0) = σ(0)(1 − σ(0)) = 0.5 · 0.5 = 0.25。シグモイドの層を通るたびに勾配は最大でも 0.25 倍に"
         "なり、数層でほとんど消えてしまいます。"),
        tolerance=0.001, source=("Day-2 notes, Section 1 確認テスト", "day2 ノート Section 1 確認テスト")),
    choice(
        "zero_init",
        ("What goes wrong when every weight starts at 0?",
         "重みの初期値をすべて 0 にすると、どのような問題が起きますか。"),
        (("Every unit of a layer computes the same thing and gets the same gradient, so they "
          "stay identical: the layer acts like a single unit",
          "同じ層のユニットがすべて同じ値を計算し同じ勾配を受け取るので、ずっと同じままになる（層が 1 ユニットと"
          "同じになる）"),
         ("The loss becomes NaN", "損失が NaN になる"),
         ("Training becomes faster", "学習が速くなる")), 0,
        ("Symmetric weights get symmetric updates and never become different, so the many units "
         "are wasted. Random initial weights break the symmetry.",
         "対称な重みは対称に更新され、いつまでも違いが生まれないので、たくさんのユニットが無駄になります。"
         "ランダムな初期値で対称性を崩します。"),
        source=("Day-2 notes, Section 1 確認テスト", "day2 ノート Section 1 確認テスト")),
    number(
        "xavier",
        ("Xavier initialisation for a layer with n = 100 inputs: what standard deviation do its "
         "weights get?",
         "入力が n = 100 個の層の Xavier の初期値では、重みの標準偏差はいくつですか。"),
        0.1, lambda: weight_std("xavier", 100),
        ("σ = 1/√n = 1/√100 = 0.1 — suited to sigmoid and tanh.",
         "σ = 1/√n = 1/√100 = 0.1。シグモイドや tanh に向いています。"),
        tolerance=0.001, source=("Day-2 notes, Section 1", "day2 ノート Section 1")),
    number(
        "he",
        ("He initialisation for n = 100 inputs: what standard deviation?",
         "入力 n = 100 個の He の初期値では、標準偏差はいくつですか。"),
        0.1414, lambda: weight_std("he", 100),
        ("σ = √(2/n) = √0.02 = 0.1414 — twice Xavier's variance, because ReLU sets half its "
         "inputs to 0.",
         "σ = √(2/n) = √0.02 = 0.1414。ReLU は入力の半分を 0 にするので、Xavier の 2 倍の分散にします。"),
        tolerance=0.001, source=("Day-2 notes, Section 1", "day2 ノート Section 1")),
    choice(
        "randn",
        ("Which NumPy call draws from the standard normal distribution N(0, 1)?",
         "標準正規分布 N(0, 1) から乱数を引く NumPy の関数はどれですか。"),
        (("np.random.randn", "np.random.randn"), ("np.random.rand", "np.random.rand"),
         ("np.random.randint", "np.random.randint")), 0,
        ("np.random.randn is N(0, 1); np.random.rand is uniform on [0, 1); np.random.randint "
         "draws integers.",
         "np.random.randn が N(0, 1)、np.random.rand は [0, 1) の一様分布、np.random.randint は整数です。"),
        correction=RANDN_CORRECTION, source=("Day-2 notes, Section 1", "day2 ノート Section 1")),
))
