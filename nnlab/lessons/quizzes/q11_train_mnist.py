"""確認テスト for lesson 11: training MNIST (book 4.5)."""

from __future__ import annotations

from ...trainer import TrainConfig
from .base import Quiz, choice, code_line, number
from .notes_code import TRAIN

TRAIN_IMAGES = 60_000


def _iterations_per_epoch() -> float:
    config = TrainConfig(batch_size=100)
    return float(TRAIN_IMAGES // config.batch_size)


QUIZ = Quiz(11, (
    number(
        "iter_per_epoch",
        ("60,000 training images, mini-batches of 100. How many iterations (updates) make one "
         "epoch?",
         "訓練画像 60,000 枚、ミニバッチ 100 枚のとき、何イテレーション（更新回数）で 1 エポックですか。"),
        600, _iterations_per_epoch,
        ("60,000 / 100 = 600: one epoch is one pass over all the training data, and each "
         "iteration uses one mini-batch. The book's 10,000 iterations are about 17 epochs.",
         "60,000 / 100 = 600 です。1 エポックは訓練データ全体をひととおり使うことで、1 イテレーションで"
         "ミニバッチを 1 つ使います。本の 10,000 イテレーションは約 17 エポックです。"),
        tolerance=0.5, source=("Book 4.5.3", "本 4.5.3")),
    code_line(
        "update_line",
        ("Which line is step 3, the parameter update?", "手順 3（パラメータの更新）はどの行ですか。"),
        TRAIN, 12,
        ("network.params[key] -= learning_rate * grad[key], for every weight and bias; line 7 is "
         "step 1 (the mini-batch) and line 10 step 2 (the gradient).",
         "network.params[key] -= learning_rate * grad[key] で、すべての重みとバイアスを更新します。"
         "7 行目が手順 1（ミニバッチ）、10 行目が手順 2（勾配の算出）です。"),
        source=("Book 4.5.2", "本 4.5.2")),
    choice(
        "overfitting",
        ("After training, the training data's accuracy is 98 % and the test data's 97.5 %. What "
         "does this say?",
         "学習後、訓練データの認識精度が 98%、テストデータが 97.5% でした。何がわかりますか。"),
        (("The network generalises: no overfitting", "汎化できている（過学習は起きていない）"),
         ("It is overfitting", "過学習している"),
         ("The learning rate is too large", "学習率が大きすぎる")), 0,
        ("The test data's accuracy is about the same as the training data's, so the network "
         "does as well on images it has never seen: it generalises. Overfitting shows as a test "
         "accuracy that falls behind a rising training accuracy.",
         "テストデータの認識精度が訓練データとほぼ同じなので、見たことのない画像でも同じくらい正しく"
         "認識できます（汎化）。過学習は、訓練データの認識精度が上がるのにテストデータの認識精度が取り残される"
         "形で現れます。"),
        source=("Book 4.5.3", "本 4.5.3")),
    choice(
        "regularisation",
        ("NN Lab divides MNIST's pixels by 255 so that they lie in [0, 1]. What is that called?",
         "NN Lab は MNIST の画素値を 255 で割って [0, 1] に収めています。これを何と呼びますか。"),
        (("正規化 (normalisation)", "正規化"), ("標準化 (standardisation)", "標準化"),
         ("正則化 (regularisation)", "正則化")), 0,
        ("正規化: scaling the inputs into [0, 1]. 標準化 shifts and scales them to mean 0 and "
         "variance 1. 正則化 is something else: a penalty or constraint against overfitting, "
         "such as weight decay or Dropout.",
         "正規化です（入力を [0, 1] に収めること）。標準化は平均 0、分散 1 にそろえることです。正則化はまったく"
         "別のもので、過学習を抑えるための罰則や制約（荷重減衰や Dropout など）です。"),
        correction=(
            "The day-1 notes write 正則化は平均0、分散1のガウス分布に収める — that describes "
            "標準化 (standardisation). 正則化 (regularisation) restrains the weights to curb "
            "overfitting, e.g. weight decay adds λ/2·‖W‖² to the loss.",
            "day1 ノートは「正則化は平均0、分散1のガウス分布に収める」としていますが、これは標準化の説明です。"
            "正則化は過学習を抑えるために重みを制約することで、たとえば荷重減衰は損失に λ/2·‖W‖² を加えます。"),
        source=("Day-1 notes, 正規化と正則化", "day1 ノート 正規化と正則化")),
))
