"""確認テスト for lesson 15: convolution and pooling (day 2, Section 4 畳み込みニューラルネットワークの概念).

The seeds have only the section's heading; the questions are the course's standard ones, each
answer computed by the engine (the spec's shape inference, im2col, a Pooling layer).
"""

from __future__ import annotations

import numpy as np

from ...im2col import im2col
from ...layers import Pooling
from ...spec import NetworkSpec
from .base import Quiz, choice, number


def _output_side() -> float:
    """6×6 input, 2×2 filter, padding 1, stride 1: the spec's own shape inference."""
    spec = NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "q15", "input_shape": [1, 6, 6],
        "layers": [{"type": "Convolution", "filters": 1, "size": 2, "stride": 1, "pad": 1},
                   {"type": "Flatten"}, {"type": "SoftmaxWithLoss"}]})
    return float(spec.output_shapes()[0][1])


def _col_rows() -> float:
    """Rows of im2col for a batch of 10 images of 3×7×7 and a 5×5 filter (book 7.4.3)."""
    return float(im2col(np.zeros((10, 3, 7, 7)), 5, 5, 1, 0).shape[0])


def _pool_max() -> float:
    """Max pooling 2×2/2 of [[1, 2, 1, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 4, 0, 1]], bottom left."""
    x = np.array([[1, 2, 1, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 4, 0, 1]], float).reshape(1, 1, 4, 4)
    return float(Pooling(2, 2, 2, 0).forward(x)[0, 0, 1, 0])


QUIZ = Quiz(15, (
    number(
        "output_size",
        ("A 6×6 input image is convolved with a 2×2 filter, padding 1, stride 1. What is the "
         "output's height (= width)?",
         "サイズ 6×6 の入力画像を、サイズ 2×2 のフィルタで畳み込んだときの出力画像のサイズを答えよ。"
         "なおストライドとパディングは 1 とする。出力の高さ（＝幅）はいくつですか。"),
        7, _output_side,
        ("OH = (H + 2P − FH) / S + 1 = (6 + 2·1 − 2) / 1 + 1 = 7: a 7×7 output.",
         "OH = (H + 2P − FH) / S + 1 = (6 + 2·1 − 2) / 1 + 1 = 7。出力は 7×7 です。"),
        tolerance=0.5, source=("Day 2, Section 4 確認テスト", "day2 ノート Section 4 確認テスト")),
    number(
        "im2col_rows",
        ("A batch of 10 images of 3×7×7 goes through im2col for a 5×5 filter (stride 1, no "
         "padding). How many rows does col have?",
         "3×7×7 の画像 10 枚のバッチを、5×5 のフィルター（ストライド 1、パディングなし）で im2col します。"
         "col の行数はいくつですか。"),
        90, _col_rows,
        ("One row per window: N·OH·OW = 10·3·3 = 90 (and C·FH·FW = 3·5·5 = 75 columns): col is "
         "(90, 75).", "窓ごとに 1 行：N·OH·OW = 10·3·3 = 90 行（列は C·FH·FW = 3·5·5 = 75）。col は (90, 75) です。"),
        tolerance=0.5, source=("Book 7.4.3", "本 7.4.3")),
    number(
        "pool_value",
        ("Max pooling 2×2 with stride 2 of [[1, 2, 1, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 4, 0, 1]]: "
         "what is the bottom-left output?",
         "[[1, 2, 1, 0], [0, 1, 2, 3], [3, 0, 1, 2], [2, 4, 0, 1]] を 2×2・ストライド 2 で最大値プーリング"
         "します。左下の出力はいくつですか。"),
        4, _pool_max,
        ("The bottom-left window is [[3, 0], [2, 4]]; its maximum is 4. The whole output is "
         "[[2, 3], [4, 2]].", "左下の窓は [[3, 0], [2, 4]]、最大値は 4 です。出力全体は [[2, 3], [4, 2]]。"),
        tolerance=0.01, source=("Book 7.3", "本 7.3")),
    choice(
        "pooling_params",
        ("Which is true of a max pooling layer?", "最大値プーリング層について正しいものはどれですか。"),
        (("It has no parameters to learn, and it tolerates small shifts of the input",
          "学習するパラメータがなく、入力の小さなずれに強い"),
         ("It learns one weight per window", "窓ごとに重みを 1 つ学習する"),
         ("It changes the number of channels", "チャンネル数を変える")), 0,
        ("Pooling only takes the maximum of each window, channel by channel: no weights, the "
         "channels stay, and a small shift often keeps the same maximum.",
         "プーリングはチャンネルごとに各窓の最大値を取るだけです。重みはなく、チャンネル数は変わらず、"
         "小さなずれでは最大値が変わらないことが多いのです。"),
        source=("Book 7.3.1", "本 7.3.1")),
))
