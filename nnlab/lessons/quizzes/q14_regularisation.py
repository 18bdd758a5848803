"""確認テスト for lesson 14: batch normalisation and overfitting (day-2 notes, Sections 1 and 3)."""

from __future__ import annotations

import numpy as np

from ...layers import Dropout
from ...optimizers import SGD
from .base import Quiz, choice, number


def _decay_step() -> float:
    """How far weight decay λ = 0.1 moves W = 2 on its own (zero loss gradient, learning rate 1)."""
    p = {"layers.0.W": np.array([2.0])}
    SGD(lr=1.0, weight_decay=0.1).update(p, {"layers.0.W": np.array([0.0])})
    return float(2.0 - p["layers.0.W"][0])


def _dropout_scale() -> float:
    """What NN Lab's Dropout (ratio 0.2) multiplies its input by at test time."""
    layer = Dropout(0.2, np.random.default_rng(0))
    return float(layer.forward(np.ones((1, 1)), train=False)[0, 0])


QUIZ = Quiz(14, (
    choice(
        "batchnorm",
        ("Which are effects of batch normalisation? Choose all.",
         "一般的に考えられるバッチ正規化の効果はどれですか。全て選べ。"),
        (("Learning is faster (larger learning rates work)", "学習が速く進む（大きな学習率が使える）"),
         ("It depends less on the initial weights", "初期値にあまり依存しない"),
         ("It curbs overfitting somewhat", "過学習をある程度抑える"),
         ("It removes the need for test data", "テストデータが不要になる")), (0, 1, 2),
        ("Normalising each unit over the mini-batch keeps the activations spread out at every "
         "layer, so learning is faster and less sensitive to the initial weights, with a mild "
         "regularising effect. Test data are still needed to judge generalisation.",
         "ミニバッチごとに各ユニットを正規化すると、どの層でも活性化の分布が広がったまま保たれるので、学習が速く、"
         "初期値に依存しにくくなり、弱い正則化の効果もあります。汎化を確かめるにはテストデータが必要です。"),
        source=("Day-2 notes, Section 1 確認テスト", "day2 ノート Section 1 確認テスト")),
    choice(
        "overfit_sign",
        ("Which learning curve shows overfitting?", "過学習を示している学習曲線はどれですか。"),
        (("The training data's accuracy nears 100 % while the test data's stays far below",
          "訓練データの認識精度は 100% 近くまで上がるが、テストデータの認識精度は大きく下回ったまま"),
         ("Both accuracies rise together", "両方の認識精度がそろって上がる"),
         ("Both accuracies stay at 10 %", "両方の認識精度が 10% のまま")), 0,
        ("The network fits the training data, noise included, and does not generalise. When the "
         "test data's accuracy stays about the same as the training data's, there is no "
         "overfitting; when both stay at chance, it is not learning at all.",
         "ネットワークが訓練データ（ノイズまで）に合わせ込み、汎化できていません。テストデータの認識精度が"
         "訓練データとほぼ同じなら過学習は起きていません。両方が偶然のレベルのままなら学習自体ができていません。"),
        source=("Book 6.4.1", "本 6.4.1")),
    number(
        "decay",
        ("Weight decay adds λ/2·‖W‖² to the loss, so each update subtracts an extra ε·λW. With "
         "λ = 0.1, learning rate ε = 1 and W = 2, how much does W shrink by decay alone?",
         "荷重減衰は損失に λ/2·‖W‖² を加えるので、更新のたびに ε·λW が余分に引かれます。λ = 0.1、学習率 "
         "ε = 1、W = 2 のとき、減衰だけで W はいくつ小さくなりますか。"),
        0.2, _decay_step,
        ("∂(λ/2·W²)/∂W = λW = 0.2, so W ← 2 − 1 · 0.2 = 1.8: large weights are pulled towards 0, "
         "which curbs overfitting.",
         "∂(λ/2·W²)/∂W = λW = 0.2 なので W ← 2 − 1 · 0.2 = 1.8。大きな重みほど 0 に引き戻され、過学習が"
         "抑えられます。"),
        tolerance=0.001, source=("Book 6.4.2", "本 6.4.2")),
    number(
        "dropout",
        ("Dropout with ratio 0.2 drops a fifth of the units while training. At test time every "
         "unit is kept: what is each unit's output multiplied by (the book's Dropout)?",
         "ドロップアウト率 0.2 の Dropout は、学習中にユニットの 5 分の 1 を消去します。テスト時はすべての"
         "ユニットを使いますが、各出力に何を掛けますか（本の Dropout）。"),
        0.8, _dropout_scale,
        ("1 − 0.2 = 0.8: during training each unit was on 80 % of the time, so at test time its "
         "output is scaled by 0.8 to match on average.",
         "1 − 0.2 = 0.8 です。学習中は各ユニットが 80% の確率でしか働かなかったので、テスト時は出力を 0.8 倍して"
         "平均をそろえます。"),
        tolerance=0.001, source=("Book 6.4.3", "本 6.4.3")),
    choice(
        "regularisation",
        ("What is 正則化 (regularisation)?", "正則化とは何ですか。"),
        (("Restraining the model — e.g. penalising large weights — so that it does not overfit",
          "過学習しないように、大きな重みに罰則を課すなどしてモデルを制約すること"),
         ("Scaling the inputs to mean 0 and variance 1", "入力を平均 0、分散 1 にそろえること"),
         ("Scaling the inputs into [0, 1]", "入力を [0, 1] に収めること")), 0,
        ("Regularisation restrains the model against overfitting: weight decay (L2, λ/2·‖W‖²), "
         "L1, Dropout. Mean 0 and variance 1 is 標準化 (standardisation); [0, 1] is 正規化.",
         "正則化は過学習を抑えるためにモデルを制約することです：荷重減衰（L2、λ/2·‖W‖²）、L1、Dropout など。"
         "平均 0・分散 1 にそろえるのは標準化、[0, 1] に収めるのは正規化です。"),
        correction=(
            "The day-1 notes write 正則化は平均0、分散1のガウス分布に収める — that is 標準化 "
            "(standardisation), not 正則化.",
            "day1 ノートは「正則化は平均0、分散1のガウス分布に収める」としていますが、これは標準化の説明で、"
            "正則化ではありません。"),
        source=("Day-1 notes, 正規化と正則化; day-2 notes, Section 3",
                "day1 ノート 正規化と正則化、day2 ノート Section 3")),
))
