"""What the step-through view says about a layer type when a lesson has nothing more specific.

Texts are (English, Japanese) templates filled by ``lesson.step_values``: ``{out}`` the output,
``{dx}`` ∂L/∂x, ``{dW}``/``{db}`` the gradients, ``{*_shape}`` their shapes, ``{loss}``, ``{n}``.
"""

from __future__ import annotations

Text = tuple[str, str]

_ACT_BACK = ("Backward through {layer}: ∂L/∂u = δ ⊙ f′(u) = {dx}.",
             "{layer} の逆伝播：∂L/∂u = δ ⊙ f′(u) = {dx}")

DEFAULT_BY_TYPE: dict[tuple[str, str], Text] = {
    ("forward", "Affine"): (
        "Layer {n}, fully connected (Affine): total input u = xW + b = {out} (shape {out_shape}).",
        "第 {n} 層・全結合層（Affine）：総入力 u = xW + b = {out}（形状 {out_shape}）",
    ),
    ("forward", "ReLU"): (
        "Layer {n}, activation function ReLU: z = max(0, u) = {out}. Negative totals become 0.",
        "第 {n} 層・活性化関数 ReLU：z = max(0, u) = {out}。負の総入力は 0 になります。",
    ),
    ("forward", "LeakyReLU"): (
        "Layer {n}, activation function Leaky ReLU: z = u if u > 0 else αu = {out}.",
        "第 {n} 層・活性化関数 Leaky ReLU：u > 0 なら z = u、それ以外は αu = {out}",
    ),
    ("forward", "Sigmoid"): (
        ("Layer {n}, activation function sigmoid: z = 1 / (1 + exp(−u)) = {out}, each between 0 "
        "and 1."),
        "第 {n} 層・活性化関数シグモイド：z = 1 / (1 + exp(−u)) = {out}。どれも 0 と 1 の間です。",
    ),
    ("forward", "Tanh"): (
        "Layer {n}, activation function tanh: z = tanh(u) = {out}, each between −1 and 1.",
        "第 {n} 層・活性化関数 tanh：z = tanh(u) = {out}。どれも −1 と 1 の間です。",
    ),
    ("forward", "Step"): (
        "Layer {n}, step function: z = 1 if u > 0 else 0 = {out} — the perceptron's activation.",
        "第 {n} 層・ステップ関数：u > 0 なら 1、それ以外は 0 → {out}。パーセプトロンの活性化関数です。",
    ),
    ("forward", "Dropout"): (
        "Layer {n}, Dropout: a random part of the units is set to 0 while training → {out_shape}.",
        "第 {n} 層・Dropout：学習中はユニットの一部をランダムに 0 にします → {out_shape}",
    ),
    ("forward", "BatchNorm"): (
        "Layer {n}, batch normalisation: each unit normalised over the mini-batch, then γx̂ + β.",
        "第 {n} 層・バッチ正規化：各ユニットをミニバッチで正規化し、γx̂ + β にします。",
    ),
    ("forward", "Flatten"): (
        "Layer {n}, Flatten: the image becomes one long vector ({out_shape}).",
        "第 {n} 層・Flatten：画像を 1 本の長いベクトルにします（{out_shape}）。",
    ),
    ("forward", "SoftmaxWithLoss"): (
        ("Output layer: softmax turns the scores into probabilities y = {y} (they sum to 1), and "
        "the cross-entropy error against the target is L = {loss}."),
        ("出力層：ソフトマックスがスコアを確率 y = {y} に変えます（和は 1）。正解との交差エントロピー誤差は "
        "L = {loss} です。"),
    ),
    ("forward", "SigmoidWithLoss"): (
        "Output layer: y = sigmoid(u) = {y}, cross-entropy error L = {loss}.",
        "出力層：y = シグモイド(u) = {y}、交差エントロピー誤差 L = {loss}",
    ),
    ("forward", "IdentityWithLoss"): (
        ("Output layer: identity, y = u = {y}; sum-of-squares error against t = {t}: "
        "L = ½Σ(y − t)² = {loss}."),
        "出力層：恒等関数 y = u = {y}。目標 t = {t} との二乗和誤差 L = ½Σ(y − t)² = {loss}",
    ),
    ("backward", "SoftmaxWithLoss"): (
        ("Backward starts at the loss: softmax with cross-entropy gives the simple gradient "
        "∂L/∂u = (y − t)/N = {dx}."),
        ("逆伝播は誤差から始まります。ソフトマックスと交差エントロピー誤差の組み合わせでは勾配が "
        "∂L/∂u = (y − t)/N = {dx} と簡単になります。"),
    ),
    ("backward", "SigmoidWithLoss"): (
        "Backward starts at the loss: ∂L/∂u = (y − t)/N = {dx}.",
        "逆伝播は誤差から始まります：∂L/∂u = (y − t)/N = {dx}",
    ),
    ("backward", "IdentityWithLoss"): (
        "Backward starts at the loss: for ½Σ(y − t)², ∂L/∂y = (y − t)/N = {dx}.",
        "逆伝播は誤差から始まります。½Σ(y − t)² では ∂L/∂y = (y − t)/N = {dx}",
    ),
    ("backward", "Affine"): (
        ("Backward through layer {n} (Affine): the gradients ∂L/∂W = xᵀ·δ ({dW_shape}) and "
        "∂L/∂b = Σδ = {db}; δ·Wᵀ = {dx} goes down to the layer below."),
        ("第 {n} 層（Affine）の逆伝播：勾配 ∂L/∂W = xᵀ·δ（{dW_shape}）と ∂L/∂b = Σδ = {db}。"
        "δ·Wᵀ = {dx} を下の層へ渡します。"),
    ),
    ("backward", "ReLU"): (
        "Backward through ReLU: δ passes where u > 0 and is stopped (0) where u ≤ 0 → {dx}.",
        "ReLU の逆伝播：u > 0 のところは δ をそのまま通し、u ≤ 0 のところは 0 で止めます → {dx}",
    ),
    ("backward", "Sigmoid"): (
        ("Backward through sigmoid: δ ⊙ (1 − z)z = {dx}. (1 − z)z is at most 0.25, so every "
        "sigmoid shrinks the gradient — the vanishing-gradient problem."),
        ("シグモイドの逆伝播：δ ⊙ (1 − z)z = {dx}。(1 − z)z は最大でも 0.25 なので、シグモイドを通るたびに"
        "勾配は小さくなります（勾配消失問題）。"),
    ),
    ("backward", "Tanh"): (
        "Backward through tanh: δ ⊙ (1 − z²) = {dx}.",
        "tanh の逆伝播：δ ⊙ (1 − z²) = {dx}",
    ),
    ("backward", "*"): _ACT_BACK,
    ("update", "*"): (
        ("Gradient descent updates every weight and bias: W ← W − ε·∂L/∂W, with learning rate ε. "
        "Step forward to start the next pass with the new weights."),
        ("勾配降下法で重みとバイアスをすべて更新します：W ← W − ε·∂L/∂W（ε は学習率）。"
        "順伝播に進むと新しい重みで次の 1 回が始まります。"),
    ),
}

NEXT_STEP: dict[str, Text] = {
    "forward": ("Next: forward through layer {n}.", "次は第 {n} 層の順伝播です。"),
    "backward": ("Next: backward through layer {n}.", "次は第 {n} 層の逆伝播です。"),
    "update": ("The backward pass is done: every gradient is known. Next: update the weights.",
               "逆伝播が終わり、すべての勾配が求まりました。次は重みの更新です。"),
}
