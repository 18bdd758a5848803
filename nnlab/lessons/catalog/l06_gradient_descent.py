"""Lesson 6: gradient descent."""

from __future__ import annotations

from ..descent import LEARNING_RATE, section4_spec
from ..lesson import Lesson

GRADIENT_DESCENT = Lesson(
    id="gradient_descent", number=6, kind="descent",
    title=("Gradient descent", "勾配降下法"),
    summary=(("Section 4: a 2-10-1 network learns f(x) = 3x₀ + 2x₁ one random sample at a time; "
             "raise the learning rate until it diverges."),
             ("Section 4（勾配降下法）：2-10-1 のネットワークがランダムな 1 サンプルずつ f(x) = 3x₀ + 2x₁ を学習します。"
             "学習率を上げて発散させてみましょう。")),
    body=(
        ("The notes' loop, exactly: 100,000 samples x ~ U[0, 1)² with d = 3x₀ + 2x₁; a 2-10-1 "
        "network (ReLU, identity output) whose weights and biases start from np.random.randn; "
        "then 1000 times: pick a random sample, forward, backward, and W ← W − ε∇E with learning "
        "rate ε = 0.07 (stochastic gradient descent). Each dot is the error E = ½(y − d)² of one "
        "sample. Try sigmoid instead of ReLU, a smaller rate (slow) and a larger one: too large "
        "and the weights overshoot — the error explodes and the run diverges."),
        ("ノートのループそのままです：x ~ U[0, 1)² と d = 3x₀ + 2x₁ のサンプルを 100,000 個作り、"
        "重みとバイアスを np.random.randn で初期化した 2-10-1 のネットワーク（ReLU、恒等関数の出力）を、"
        "ランダムに選んだ 1 サンプルごとに順伝播・逆伝播し W ← W − ε∇E（学習率 ε = 0.07）で更新する、"
        "を 1000 回繰り返します（確率的勾配降下法）。点は 1 サンプルの誤差 E = ½(y − d)² です。"
        "ReLU の代わりにシグモイド、小さい学習率（遅い）、大きい学習率を試してください。大きすぎると"
        "重みが行き過ぎ、誤差が爆発して発散します。")),
    goal=("Finish a run, then make one diverge.", "1 回学習を最後まで進め、次に発散させてみましょう。"),
    spec=section4_spec("ReLU").to_dict(),
    options={"lr": LEARNING_RATE, "steps": 1000},
)
