"""Lesson 9: backprop through a two-layer net."""

from __future__ import annotations

from ..descent import LEARNING_RATE, section4_spec
from ..lesson import Lesson, Narrative
from ..predict import Prediction

# The notes draw W1, W2, b1, b2 with np.random.randn and x with np.random.rand(2); these are
# np.random.default_rng(0).standard_normal for W1 (2×10), W2 (10×1), b1 (10), b2 (1) in that
# order, rounded to one decimal, and x = [0.6, 0.3], so that every number can be checked by hand.
SECTION5_PARAMS = {
    "layers.0.W": [[0.1, -0.1, 0.6, 0.1, -0.5, 0.4, 1.3, 0.9, -0.7, -1.3],
                   [-0.6, 0.0, -2.3, -0.2, -1.2, -0.7, -0.5, -0.3, 0.4, 1.0]],
    "layers.0.b": [-1.0, -0.2, -0.2, 0.5, 0.2, 0.4, -0.7, -0.1, 0.8, 1.5],
    "layers.2.W": [[-0.1], [1.4], [-0.7], [0.4], [0.9], [0.1], [-0.7], [-0.9], [-0.5], [0.2]],
    "layers.2.b": [-1.3],
}
SECTION5_X = [0.6, 0.3]
SECTION5_D = [2.4]  # f(x) = 3·0.6 + 2·0.3

BACKPROP = Lesson(
    id="backprop_two_layer", number=9, kind="step", finish_phase="update",
    title=("Backprop through a two-layer net", "2 層ネットワークの誤差逆伝播法"),
    summary=("Section 5: delta2, grad W2, delta1 and grad W1, one step at a time, as in the notes.",
             "Section 5（誤差逆伝播法）：delta2・W2 の勾配・delta1・W1 の勾配を、ノートのとおり 1 ステップずつ。"),
    body=(
        ("Section 5's backward() on Section 4's network (2-10-1, ReLU, identity output, "
        "E = ½(y − d)²) for x = [0.6, 0.3], d = 3·0.6 + 2·0.3 = 2.4: delta2 = y − d; "
        "grad b2 = Σ delta2; grad W2 = z1ᵀ·delta2; delta1 = (delta2·W2ᵀ) ⊙ d_relu(z1); "
        "grad b1 = Σ delta1; grad W1 = xᵀ·delta1. Conventions, where the notes leave a choice: "
        "the weights, random in the notes (np.random.randn), are fixed here (seed 0, rounded to "
        "one decimal); x is a 1×2 row and W2 is 10×1 as in the book (the notes use a vector W2 "
        "and add the axis with np.newaxis); delta1 uses the derivative of the activation used "
        "forward, ReLU′ = 1 where u1 > 0 (the notes' d_relu(z1) is the same mask; their "
        "'try it' d_sigmoid line belongs with a sigmoid forward). Step forward, then backward; "
        "finish with the update W ← W − 0.07·∂E/∂W."),
        ("Section 5（誤差逆伝播法）の backward() を Section 4（勾配降下法）のネットワーク（2-10-1、ReLU、恒等関数の出力、"
        "E = ½(y − d)²）で、x = [0.6, 0.3]、d = 3·0.6 + 2·0.3 = 2.4 について計算します："
        "delta2 = y − d、b2 の勾配 = Σ delta2、W2 の勾配 = z1ᵀ·delta2、"
        "delta1 = (delta2·W2ᵀ) ⊙ d_relu(z1)、b1 の勾配 = Σ delta1、W1 の勾配 = xᵀ·delta1。"
        "ノートで決まっていない点の扱い：ノートでは乱数（np.random.randn）の重みをここでは固定しています"
        "（シード 0、小数第 1 位に丸め）。x は 1×2 の行、W2 は 10×1 と本の形状にそろえています（ノートは "
        "W2 をベクトルにして np.newaxis で軸を足します）。delta1 には順伝播で使った活性化関数の微分 "
        "ReLU′（u1 > 0 で 1）を使います（ノートの d_relu(z1) と同じマスクです。「試してみよう」の "
        "d_sigmoid の行はシグモイドで順伝播したときのものです）。順伝播、逆伝播と進め、最後に "
        "W ← W − 0.07·∂E/∂W で更新します。")),
    spec=section4_spec("ReLU").to_dict(),
    params=SECTION5_PARAMS,
    x=SECTION5_X, t=SECTION5_D,
    options={"lr": LEARNING_RATE},
    predictions=(Prediction(
        "delta2_sign", "delta2",
        ("Predict the sign of delta2 = ∂E/∂y = y − d before it is shown: is the output too "
         "large (+) or too small (−)? Compare y with the target d = 2.4, then type + or − in the "
         "box under the step's header.",
         "表示される前に delta2 = ∂E/∂y = y − d の符号を予測しましょう。出力は大きすぎる（+）か、"
         "小さすぎる（−）か。y と目標値 d = 2.4 を比べ、ステップの見出しの下の欄に + か − を入力します。"),
        expected=-3.818, sign=True, step=("backward", 3), slot="dx"),),
    narrative=Narrative(
        intro=("Step forward through the network first: the backward pass needs z1 and y.",
               "まず順伝播を進めます。逆伝播には z1 と y が必要です。"),
        steps={
            ("forward", 0): ("u1 = xW1 + b1 = {out}.", "u1 = xW1 + b1 = {out}"),
            ("forward", 1): ("z1 = ReLU(u1) = {out}: the units with u1 ≤ 0 output 0.",
                             "z1 = ReLU(u1) = {out}。u1 ≤ 0 のユニットは 0 を出力します。"),
            ("forward", 2): ("y = z1W2 + b2 = {out}.", "y = z1W2 + b2 = {out}"),
            ("forward", 3): (("Identity output y = {y}; the target is d = {t}, so "
                             "E = ½(y − d)² = {loss}. Now backward."),
                             ("恒等関数の出力 y = {y}、目標値 d = {t} なので E = ½(y − d)² = {loss}。"
                             "ここから逆伝播です。")),
            ("backward", 3): (("delta2 = ∂E/∂y = y − d = {dx} (the notes' "
                              "functions.d_mean_squared_error(d, y))."),
                              ("出力層でのデルタ delta2 = ∂E/∂y = y − d = {dx}（ノートの "
                              "functions.d_mean_squared_error(d, y)）")),
            ("backward", 2): (("grad W2 = z1ᵀ·delta2 = {dW}; grad b2 = Σ delta2 = {db}. "
                              "delta2·W2ᵀ = {dx} goes back to the hidden layer."),
                              ("W2 の勾配 = z1ᵀ·delta2 = {dW}、b2 の勾配 = Σ delta2 = {db}。"
                              "delta2·W2ᵀ = {dx} を中間層へ戻します。")),
            ("backward", 1): (("delta1 = (delta2·W2ᵀ) ⊙ d_relu(z1) = {dx}: zero wherever the unit "
                              "was off (u1 ≤ 0)."),
                              ("中間層でのデルタ delta1 = (delta2·W2ᵀ) ⊙ d_relu(z1) = {dx}。"
                              "ユニットが 0 だったところ（u1 ≤ 0）では 0 です。")),
            ("backward", 0): (("grad W1 = xᵀ·delta1 = {dW}; grad b1 = Σ delta1 = {db}. Every "
                              "gradient is known — apply the update."),
                              ("W1 の勾配 = xᵀ·delta1 = {dW}、b1 の勾配 = Σ delta1 = {db}。"
                              "すべての勾配が求まりました。更新しましょう。")),
            ("update", -1): (("The update W ← W − ε·grad with ε = 0.07 (the notes' "
                             "network[key] -= learning_rate * grad[key]). Step forward again: "
                             "y moves towards d."),
                             ("更新 W ← W − ε·勾配（ε = 0.07、ノートの "
                             "network[key] -= learning_rate * grad[key]）。もう一度順伝播すると "
                             "y が d に近づきます。")),
        },
    ),
)
