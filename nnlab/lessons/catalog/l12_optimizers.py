"""Lesson 12: 学習率最適化手法 — the optimizers (book 6.1, notes day 2 Section 2)."""

from __future__ import annotations

from ..lesson import Lesson
from ..predict import Prediction

# The book's ch06/optimizer_compare_mnist.py: MultiLayerNet 784-100×4-10, ReLU, He weights.
MNIST_SPEC = {
    "format": "nnlab.network/1", "name": "MNIST 784-100x4-10 ReLU (book fig. 6-9)",
    "input_shape": [784],
    "layers": [layer for _ in range(4) for layer in ({"type": "Affine", "units": 100, "init": "he"},
                                                      {"type": "ReLU"})]
    + [{"type": "Affine", "units": 10, "init": "he"}, {"type": "SoftmaxWithLoss"}],
}
# The book's default rates for figure 6-9.
MNIST_RATES = {"sgd": 0.01, "momentum": 0.01, "adagrad": 0.01, "adam": 0.001}

OPTIMIZERS = Lesson(
    id="optimizers", number=12, kind="optimizers",
    title=("Optimizers (learning-rate methods)", "学習率最適化手法"),
    summary=(("SGD, Momentum, AdaGrad, RMSprop and Adam step by step on f(x, y) = x²/20 + y², with "
              "each one's state in the formula; then the four race on MNIST (figure 6-9)."),
             ("SGD・Momentum・AdaGrad・RMSprop・Adam を f(x, y) = x²/20 + y² の上で 1 回ずつ更新し、それぞれが"
              "持つ状態を数式の数値で確かめます。続いて MNIST で 4 つを競わせます（図 6-9）。")),
    body=(
        ("Training looks for the parameters with the smallest loss, moving them against the "
         "gradient by the learning rate ε (学習率). Too small an ε and learning crawls; too large "
         "and it overshoots and diverges. f(x, y) = x²/20 + y² is a valley twenty times steeper "
         "across (y) than along (x), with its minimum at (0, 0); every method starts at (−7, 2). "
         "SGD follows −∇f, which points mostly across the valley, so it zigzags. Momentum adds a "
         "velocity v that builds up along the valley; AdaGrad divides each parameter's step by the "
         "root of its summed squared gradients h, so steep directions slow down (and learning can "
         "stop too early); RMSprop forgets old gradients; Adam keeps both Momentum's m and "
         "RMSprop's v, with a bias correction while they are young."),
        ("学習は、損失が最も小さくなるパラメータを探して、勾配と逆向きに学習率 ε だけ動かすことの繰り返しです。"
         "ε が小さすぎると学習は進まず、大きすぎると行き過ぎて発散します。f(x, y) = x²/20 + y² は、"
         "横（x）より縦（y）が 20 倍急な谷で、最小値は (0, 0) です。どの手法も (−7, 2) から始めます。"
         "SGD は −∇f に従いますが、それはほとんど谷を横切る向きなのでジグザグになります。Momentum は谷に沿って"
         "たまる速度 v を加え、AdaGrad はパラメータごとに勾配の二乗和 h の平方根で割るので急な方向ほど歩幅が"
         "小さくなります（早く止まりすぎることもあります）。RMSprop は古い勾配を忘れ、Adam は Momentum の m と "
         "RMSprop の v の両方を持ち、始めのうちはバイアス補正をかけます。")),
    goal=("Step each method, then run the MNIST comparison.",
          "各手法を 1 回ずつ更新してみて、MNIST の比較を実行しましょう。"),
    spec=MNIST_SPEC,
    options={"rates": MNIST_RATES, "batch_size": 128, "iterations": 2000,
             "reduced_iterations": 300, "reduced_train": 6000},
    predictions=(
        Prediction("sgd_y1", "y",
                   ("SGD with ε = 0.95 from (−7, 2): predict y after the first update.",
                    "ε = 0.95 の SGD で (−7, 2) から 1 回更新したあとの y を予測しましょう。"),
                   expected=-1.8, tolerance=0.005, target="sgd:1:1"),
        Prediction("adagrad_x1", "x",
                   ("AdaGrad with ε = 1.5 from (−7, 2): predict x after the first update.",
                    "ε = 1.5 の AdaGrad で (−7, 2) から 1 回更新したあとの x を予測しましょう。"),
                   expected=-5.5, tolerance=0.005, target="adagrad:1:0"),
    ),
)
