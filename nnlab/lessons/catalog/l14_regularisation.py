"""Lesson 14: batch normalisation and overfitting (day-2 notes, Sections 1 and 3; book 6.3–6.4)."""

from __future__ import annotations

from ..lesson import Lesson
from ..predict import Prediction
from ..regularisation import BN_BATCH

# Choice predictions: ``expected`` is the index of the book's answer; the page judges the
# learner's choice against what their own run showed.
BN_CHOICES = (("Only with BatchNorm", "バッチ正規化ありだけ"),
              ("Only without BatchNorm", "バッチ正規化なしだけ"),
              ("Both", "両方"), ("Neither", "どちらも学習できない"))
DECAY_CHOICES = (("Smaller", "小さくなる"), ("About the same", "ほとんど変わらない"),
                 ("Larger", "大きくなる"))

REGULARISATION = Lesson(
    id="regularisation", number=14, kind="regularisation",
    title=("Batch normalisation and overfitting", "バッチ正規化と過学習"),
    summary=(("Batch normalisation keeps every layer's activations spread out, whatever the "
              "initial weights; weight decay and Dropout keep a network that memorises its "
              "training data closer to the test data."),
             "バッチ正規化は初期値によらず各層のアクティベーションを適度に広げます。荷重減衰と Dropout は、"
             "訓練データを覚え込んでしまうネットワークをテストデータに近づけます。"),
    body=(
        ("Batch normalisation (バッチ正規化) normalises each unit over the mini-batch to mean 0 "
         "and variance 1, then scales by γ and shifts by β; in the book's network it sits between "
         "each Affine layer and its ReLU. Overfitting (過学習): a network specialised to its "
         "training data cannot recognise anything else correctly; the ability to recognise data "
         "other than the training data correctly is generalisation (汎化能力). That is why the "
         "data are split into training data and test data; hyperparameters such as the learning rate "
         "and λ are chosen on validation data — training images held out — never on the test "
         "data. The experiments below are the book's figures 6-19 to 6-24, run on your machine."),
        ("バッチ正規化は、ミニバッチごとに各ユニットを平均 0・分散 1 に正規化し、γ 倍して β だけずらします。"
         "本のネットワークでは各 Affine レイヤと ReLU の間に入ります。訓練データに特化した状態では訓練データ"
         "以外を正しく認識できません。この状態を過学習（overfitting）と呼びます。逆に訓練データ以外でも"
         "正しく認識できる能力を汎化能力と呼びます。このためデータを訓練データとテストデータに分けます。"
         "学習率や λ などのハイパーパラメータは、訓練データの一部を取り分けた検証データで選び、テストデータは"
         "使いません。下の実験は本の図 6-19〜6-24 を、あなたのコンピュータで再現します。")),
    goal=("Predict, then run the experiments and read what your runs showed.",
          "予想してから実験を実行し、自分の実行結果を確かめましょう。"),
    x=BN_BATCH,
    predictions=(
        Prediction("bn_mu", "μ₁", ("Predict μ₁, the mean of unit 1 over the batch",
                                   "ユニット 1 のバッチ平均 μ₁ を予想してください"),
                   expected=3.0, tolerance=0.01, target="bn:mu"),
        Prediction("bn_small_scale", ("which learns", "学習できるのは"),
                   ("At small initial weights (σ ≤ 0.01), which network learns in 20 epochs?",
                    "小さな初期値（σ ≤ 0.01）で 20 エポックのうちに学習できるのはどちらですか"),
                   expected=0.0, target="choice:bn"),
        Prediction("decay_gap", ("gap with weight decay", "荷重減衰ありの隔たり"),
                   ("With weight decay λ = 0.1, the gap between training and test accuracy will be…",
                    "荷重減衰 λ = 0.1 を加えると、訓練データとテストデータの認識精度の隔たりは…"),
                   expected=0.0, target="choice:decay"),
    ),
    options={"reduced_scales": 4, "bn_epochs": 20, "overfit_epochs": 200, "dropout_epochs": 300},
)
