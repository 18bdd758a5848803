"""Lesson 13: 勾配消失問題 and 初期値の設定 (book 6.2, notes day 2 Section 1)."""

from __future__ import annotations

from ..lesson import Lesson
from ..predict import Prediction

# The book's ch06/weight_init_compare.py: MultiLayerNet 784-100×4-10, ReLU, SGD 0.01.
INIT_SPEC = {
    "format": "nnlab.network/1", "name": "MNIST 784-100x4-10 ReLU (book fig. 6-15)",
    "input_shape": [784],
    "layers": [layer for _ in range(4) for layer in ({"type": "Affine", "units": 100, "init": "he"},
                                                      {"type": "ReLU"})]
    + [{"type": "Affine", "units": 10, "init": "he"}, {"type": "SoftmaxWithLoss"}],
}

INITIALISATION = Lesson(
    id="initialisation", number=13, kind="initialisation",
    title=("Vanishing gradients and initial weights", "勾配消失問題と重みの初期値"),
    summary=(("Watch each layer's outputs through five layers of sigmoid or ReLU with different "
              "initial weights, see the gradient shrink layer by layer, and race std 0.01, Xavier "
              "and He on MNIST (figure 6-15)."),
             ("シグモイドや ReLU の 5 層を通る各層の出力を、重みの初期値を変えながら観察し、勾配が層ごとに"
              "小さくなる様子を確かめ、MNIST で標準偏差 0.01・Xavier・He を競わせます（図 6-15）。")),
    body=(
        ("Backpropagation multiplies the gradient by each layer's h′(u) on its way back to the "
         "input. Sigmoid's derivative σ′ = σ(1 − σ) is at most 0.25, so after a few layers almost "
         "nothing is left: the layers near the input stop learning (勾配消失問題). Two remedies: "
         "ReLU, whose derivative is 1 wherever a unit is active, and initial weights of the right "
         "size. Weights from N(0, 1) push sigmoid's outputs to 0 and 1, where σ′ ≈ 0; weights with "
         "standard deviation 0.01 leave every output near 0.5, so all units say the same thing "
         "(lost expressiveness). Xavier's σ = 1/√n (n inputs) suits sigmoid and tanh; He's "
         "σ = √(2/n) suits ReLU, which zeroes half its inputs."),
        ("逆伝播では、入力へ戻るたびに勾配に各層の h′(u) が掛かります。シグモイドの導関数 σ′ = σ(1 − σ) は"
         "最大でも 0.25 なので、数層でほとんど残らず、入力に近い層が学習しなくなります（勾配消失問題）。"
         "対策は、活性部分の微分が 1 の ReLU と、適切な大きさの重みの初期値です。N(0, 1) の重みではシグモイドの"
         "出力が 0 と 1 に集まり、そこでは σ′ ≈ 0 です。標準偏差 0.01 の重みではどの出力も 0.5 付近になり、"
         "どのユニットも同じことしか言えません（表現力の喪失）。Xavier の σ = 1/√n（n は前層のノード数）は"
         "シグモイドや tanh に、He の σ = √(2/n) は入力の半分を 0 にする ReLU に向いています。")),
    goal=("Look at the six cases of the book, then run the MNIST comparison.",
          "本の 6 通りを見て、MNIST の比較を実行しましょう。"),
    spec=INIT_SPEC,
    options={"optimizer": "sgd", "lr": 0.01, "batch_size": 128, "iterations": 2000,
             "reduced_iterations": 300, "reduced_train": 6000},
    predictions=(
        Prediction("sigmoid_small_mean", ("mean of layer 5", "第 5 層の平均"),
                   ("Sigmoid, weights with σ = 0.01: predict the mean of layer 5's outputs.",
                    "シグモイド、重みの σ = 0.01：第 5 層の出力の平均を予測しましょう。"),
                   expected=0.5, tolerance=0.02, target="hist:sigmoid:std0.01"),
        Prediction("sigmoid_derivative_max", "max σ′",
                   ("σ′(u) = σ(u)(1 − σ(u)). What is its largest value?",
                    "σ′(u) = σ(u)(1 − σ(u)) の最大値はいくつですか。"),
                   expected=0.25, tolerance=0.001, target="grad:sigmoid_peak"),
    ),
)
