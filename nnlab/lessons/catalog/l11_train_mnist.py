"""Lesson 11: training MNIST."""

from __future__ import annotations

from ..lesson import Lesson

TRAIN_SPEC = {
    "format": "nnlab.network/1", "name": "MNIST 784-50-10 (book ch. 5)", "input_shape": [784],
    "layers": [{"type": "Affine", "units": 50, "init": "std"}, {"type": "ReLU"},
               {"type": "Affine", "units": 10, "init": "std"}, {"type": "SoftmaxWithLoss"}],
}

TRAIN_MNIST = Lesson(
    id="train_mnist", number=11, kind="train_handoff",
    title=("Training MNIST", "MNIST の学習"),
    summary=(("784-50-10, stochastic gradient descent with learning rate 0.1 and mini-batches of "
             "100 — then train it in the Train tab."),
             "784-50-10、学習率 0.1・ミニバッチ 100 の確率的勾配降下法。学習タブで学習させましょう。"),
    body=(
        ("The book's TwoLayerNet (chapters 4 and 5): 784 inputs, 50 hidden units with ReLU, 10 "
        "outputs with softmax and the cross-entropy error; weights start as N(0, 0.01²). Learning "
        "repeats four steps: 1. mini-batch — pick 100 training images at random; 2. gradient — "
        "backpropagation gives ∂L/∂W for every weight and bias; 3. update — W ← W − 0.1·∂L/∂W; "
        "4. repeat. One pass over the 60,000 training images (600 mini-batches) is an epoch. "
        "The book runs 10,000 iterations (about 17 epochs) and reaches about 97% on the test "
        "images. When the test data's accuracy stays about the same as the training data's, the "
        "network is not overfitting."),
        ("本の TwoLayerNet（4 章・5 章）：入力 784、ReLU の中間層 50 ユニット、ソフトマックスと交差エントロピー"
        "誤差の出力 10。重みの初期値は N(0, 0.01²) です。学習は 4 つの手順の繰り返しです："
        "1. ミニバッチ：訓練画像から 100 枚をランダムに選びます。2. 勾配の算出：誤差逆伝播法ですべての重みと"
        "バイアスの ∂L/∂W を求めます。3. パラメータの更新：W ← W − 0.1·∂L/∂W。4. これを繰り返します。"
        "60,000 枚の訓練画像をひととおり使う（600 ミニバッチ）のが 1 エポックです。本では 10,000 回"
        "（約 17 エポック）繰り返し、テスト画像で約 97% に達します。テストデータの認識精度が訓練データと"
        "ほぼ同じなら過学習は起きていません。")),
    goal=("Send the network to the Train tab.", "ネットワークを学習タブに送りましょう。"),
    spec=TRAIN_SPEC,
    options={"optimizer": "SGD", "lr": 0.1, "batch_size": 100, "iterations": 10_000},
)
