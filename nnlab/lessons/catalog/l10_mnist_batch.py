"""Lesson 10: MNIST inference in batches."""

from __future__ import annotations

from ..lesson import Lesson, Narrative
from .spec_files import spec_file

MNIST_BATCH = Lesson(
    id="mnist_batch", number=10, kind="mnist_batch", finish_phase="backward",
    title=("MNIST inference in batches", "MNIST のバッチ推論"),
    summary=("100 test images at once: 100×784 in, 100×10 out — one matrix product per layer.",
             "100 枚のテスト画像を一度に：入力 100×784、出力 100×10。層ごとに行列積 1 回です。"),
    body=(
        ("An MNIST image is 28×28 = 784 pixels, one row of 784 numbers in [0, 1]. Stacking 100 "
         "images gives a 100×784 matrix X, and the same code computes all 100 at once: with "
         "784-100-10, X·W1 is (100×784)·(784×100) = 100×100, then (100×100)·(100×10) = 100×10 — "
         "one row of 10 class probabilities per image (the book's example, 784-50-100-10, goes "
         "100×784 → 100×50 → 100×100 → 100×10). This batch processing is much faster than 100 "
         "separate passes, because numerical libraries (and GPUs) are built for large matrix "
         "products. The network is NN Lab's bundled trained model (its layer sizes are in the "
         "diagram); without one, a 784-100-10 network with random weights, whose predictions "
         "are guesses."),
        ("MNIST の画像は 28×28 = 784 ピクセル、[0, 1] の数 784 個の 1 行です。100 枚を積み重ねると "
         "100×784 の行列 X になり、同じコードで 100 枚を一度に計算できます。784-100-10 なら X·W1 は "
         "(100×784)·(784×100) = 100×100、次に (100×100)·(100×10) = 100×10。画像ごとに 10 クラスの確率が "
         "1 行ずつ並びます（本の例 784-50-100-10 では 100×784 → 100×50 → 100×100 → 100×10）。"
         "このバッチ処理は 1 枚ずつ 100 回計算するよりずっと速く、数値計算ライブラリ（や GPU）が"
         "大きな行列積に最適化されているためです。ネットワークは NN Lab 同梱の学習済みモデル"
         "（層の大きさは図のとおり）です。モデルがない場合はランダムな重みの 784-100-10 を使い、"
         "予測はでたらめになります。")),
    spec=spec_file("mnist_mlp.nnlab.json"),
    model="mnist_default.npz", data="mnist_test", batch_size=100,
    narrative=Narrative(
        intro=(("The input X holds 100 test images, one per row: step forward to push the whole "
                "batch through."),
               "入力 X には 100 枚のテスト画像が 1 行ずつ入っています。順伝播でバッチ全体を通しましょう。"),
        by_type={
            ("forward", "Affine"): (
                ("Layer {n}, fully connected: X ({x_shape}) · W ({W_shape}) + b = {out_shape}. One "
                 "matrix product computes this layer for all the images."),
                ("第 {n} 層・全結合層：X（{x_shape}）· W（{W_shape}）+ b = {out_shape}。1 回の行列積で"
                 "全画像についてこの層を計算します。")),
            ("forward", "ReLU"): (
                "Layer {n}, ReLU, element by element: the shape stays {out_shape}.",
                "第 {n} 層・ReLU は要素ごとに働くので、形は {out_shape} のままです。"),
            ("forward", "SoftmaxWithLoss"): (
                ("Softmax turns each row into probabilities ({y_shape}); the predicted digit is the "
                 "largest in its row — see the images below. Mean cross-entropy error over the "
                 "batch: {loss}."),
                ("ソフトマックスで各行が確率（{y_shape}）になり、行ごとに最大のものが予測した数字です"
                 "（下の画像を参照）。バッチ全体の交差エントロピー誤差の平均：{loss}")),
            ("backward", "Affine"): (
                ("Backward through layer {n} for the whole batch: ∂L/∂W = Xᵀ·δ adds up the "
                 "contributions of all the images ({dW_shape})."),
                ("第 {n} 層の逆伝播をバッチ全体で：∂L/∂W = Xᵀ·δ が全画像の寄与を合計します"
                 "（{dW_shape}）。")),
        },
    ),
)
