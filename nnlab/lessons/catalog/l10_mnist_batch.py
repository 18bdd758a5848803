"""Lesson 10: MNIST inference in batches — the notes' 784-50-100-10 sigmoid network, forward only."""

from __future__ import annotations

from ..lesson import Lesson, Narrative
from .spec_files import spec_file

MNIST_BATCH = Lesson(
    id="mnist_batch", number=10, kind="mnist_batch", finish_phase="backward",
    title=("MNIST inference in batches", "MNIST のバッチ推論"),
    summary=("100 test images at once through 784-50-100-10: 100×784 → 100×50 → 100×100 → 100×10, "
             "one matrix product per layer.",
             "100 枚のテスト画像を一度に 784-50-100-10 へ：100×784 → 100×50 → 100×100 → 100×10。"
             "層ごとに行列積 1 回です。"),
    body=(
        ("An MNIST image is 28×28 = 784 pixels, one row of 784 numbers in [0, 1]. Stacking 100 "
         "images gives a 100×784 matrix X, and the same code computes all 100 at once. The "
         "network is the notes' 784-50-100-10 with sigmoid hidden layers: X·W1 is "
         "(100×784)·(784×50) = 100×50, then (100×50)·(50×100) = 100×100 and "
         "(100×100)·(100×10) = 100×10 — one row of 10 class probabilities per image. Inference is "
         "the forward pass only, so the lesson stops when the output layer has run. Batch "
         "processing is much faster than 100 separate passes, because numerical libraries (and "
         "GPUs) are built for large matrix products. The weights were trained by NN Lab on the "
         "MNIST training set (the book loads its own trained sample_weight.pkl); without them the "
         "network has random weights, whose predictions are guesses."),
        ("MNIST の画像は 28×28 = 784 ピクセル、[0, 1] の数 784 個の 1 行です。100 枚を積み重ねると "
         "100×784 の行列 X になり、同じコードで 100 枚を一度に計算できます。ネットワークはノートの "
         "784-50-100-10（中間層はシグモイド）です。X·W1 は (100×784)·(784×50) = 100×50、次に "
         "(100×50)·(50×100) = 100×100、(100×100)·(100×10) = 100×10。画像ごとに 10 クラスの確率が "
         "1 行ずつ並びます。推論は順伝播だけなので、出力層まで計算したところでこのレッスンは終わり"
         "です。このバッチ処理は 1 枚ずつ 100 回計算するよりずっと速く、数値計算ライブラリ（や GPU）"
         "が大きな行列積に最適化されているためです。重みは NN Lab が MNIST の訓練データで学習した"
         "ものです（本では学習済みの sample_weight.pkl を読み込みます）。重みのファイルがない場合は"
         "ランダムな重みになり、予測はでたらめになります。")),
    spec=spec_file("mnist_sigmoid_50_100.nnlab.json"),
    model="mnist_sigmoid_50_100.npz", data="mnist_test", batch_size=100,
    options={"until": "backward"},  # inference: the pass stops after the forward pass
    narrative=Narrative(
        intro=(("The input X holds 100 test images, one per row (100×784): step forward to push "
                "the whole batch through."),
               "入力 X には 100 枚のテスト画像が 1 行ずつ入っています（100×784）。順伝播でバッチ全体を"
               "通しましょう。"),
        by_type={
            ("forward", "Affine"): (
                ("Layer {n}, fully connected: X ({x_shape}) · W ({W_shape}) + b = {out_shape}. One "
                 "matrix product computes this layer for all the images."),
                ("第 {n} 層・全結合層：X（{x_shape}）· W（{W_shape}）+ b = {out_shape}。1 回の行列積で"
                 "全画像についてこの層を計算します。")),
            ("forward", "Sigmoid"): (
                "Layer {n}, sigmoid, element by element: the shape stays {out_shape}.",
                "第 {n} 層・シグモイドは要素ごとに働くので、形状は {out_shape} のままです。"),
            ("forward", "SoftmaxWithLoss"): (
                ("Softmax turns each row into probabilities ({y_shape}); the predicted digit is the "
                 "largest in its row — see the images below. Inference is done here: there is no "
                 "backward pass. (The head also compares with the labels: mean cross-entropy error "
                 "{loss}.)"),
                ("ソフトマックスで各行が確率（{y_shape}）になり、行ごとに最大のものが予測した数字です"
                 "（下の画像を参照）。推論はここで終わりで、逆伝播はありません。（出力層は正解ラベルとも"
                 "比べます。交差エントロピー誤差の平均：{loss}）")),
        },
    ),
)
