"""確認テスト for lesson 3: the three-layer forward pass (day-1 notes, Section 1)."""

from __future__ import annotations

from .base import Quiz, choice, code_line, number
from .notes_code import FORWARD3


def _u2_first() -> float:
    """u₂ of the lesson's network, first unit, computed by the engine."""
    from ..catalog import get_lesson
    from ..lesson import build_network, lesson_sample

    lesson = get_lesson("three_layer")
    net = build_network(lesson)
    x, _ = lesson_sample(lesson)
    for layer in net.layers[:3]:  # Affine, ReLU, Affine
        x = layer.forward(x)
    return float(x[0, 0])


QUIZ = Quiz(3, (
    code_line(
        "z2_line",
        ("Pick the line that defines the output of the second hidden layer (中間層の出力).",
         "2 つ目の中間層の出力を定義している行を選んでください。"),
        FORWARD3, 7,
        ("z2 = functions.relu(u2): the second layer's total input u2 through the activation "
         "function ReLU. (z1 = functions.relu(u1), line 5, is the first hidden layer's output.)",
         "z2 = functions.relu(u2) です。第 2 層の総入力 u2 を活性化関数 ReLU に通しています"
         "（5 行目の z1 = functions.relu(u1) は 1 つ目の中間層の出力です）。"),
        source=("Day-1 notes, Section 1 確認テスト", "day1 ノート Section 1 確認テスト")),
    choice(
        "prints",
        ("What does line 13, print_vec(\"出力1\", z1), print?",
         "13 行目の print_vec(\"出力1\", z1) は何を表示しますか。"),
        (("The network's output y", "ネットワークの出力 y"),
         ("The first hidden layer's output z1, a second time", "1 つ目の中間層の出力 z1（2 回目）"),
         ("The second hidden layer's output z2", "2 つ目の中間層の出力 z2")), 1,
        ("It prints z1 again — the same numbers as line 11 under another name — and line 14 "
         "sums z1. The output y (line 9) and z2 (line 7) are returned but never printed.",
         "z1 をもう一度表示します（11 行目と同じ値を別の名前で）。14 行目も z1 の和です。"
         "出力 y（9 行目）と z2（7 行目）は返されますが、表示されません。"),
        correction=(
            "The notes' forward() prints z1 twice (as 中間層出力1 and as 出力1) and sums z1 as "
            "出力合計: it never prints z2 or y. The lines meant are print_vec(\"中間層出力2\", z2) "
            "and print_vec(\"出力\", y); NN Lab computes y itself.",
            "ノートの forward() は z1 を 2 回（中間層出力1 と 出力1 として）表示し、出力合計も z1 の和です。"
            "z2 と y は表示しません。意図した行は print_vec(\"中間層出力2\", z2) と "
            "print_vec(\"出力\", y) で、y は NN Lab が計算します。"),
        source=("Day-1 notes, Section 1 code", "day1 ノート Section 1 のコード")),
    number(
        "u2",
        ("z₁ = [0.6, 1.3, 2.0]. What is the second layer's first total input "
         "u₂₁ = 0.6·0.1 + 1.3·0.2 + 2.0·0.3 + 0.1?",
         "z₁ = [0.6, 1.3, 2.0] のとき、第 2 層の 1 つ目の総入力 u₂₁ = 0.6·0.1 + 1.3·0.2 + 2.0·0.3 + 0.1 は"
         "いくつですか。"),
        1.02, _u2_first,
        ("0.06 + 0.26 + 0.6 + 0.1 = 1.02 (and u₂₂ = 2.29). Both are positive, so ReLU passes them "
         "on unchanged.",
         "0.06 + 0.26 + 0.6 + 0.1 = 1.02 です（u₂₂ = 2.29）。どちらも正なので ReLU はそのまま通します。"),
        tolerance=0.005, source=("Day-1 notes, Section 1", "day1 ノート Section 1")),
    code_line(
        "y_line",
        ("Which line gives the network's output y?", "ネットワークの出力 y を求めている行はどれですか。"),
        FORWARD3, (8, 9),
        ("u3 = np.dot(z2, W3) + b3 is the output layer's total input, and y = u3 passes it on: "
         "the output layer of a regression network is the identity function.",
         "u3 = np.dot(z2, W3) + b3 が出力層の総入力で、y = u3 がそれをそのまま出力します。回帰の出力層は"
         "恒等関数です。"),
        source=("Day-1 notes, Section 1 code", "day1 ノート Section 1 のコード")),
))
