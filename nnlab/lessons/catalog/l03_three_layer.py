"""Lesson 3: three-layer forward."""

from __future__ import annotations

from ..lesson import Lesson, Narrative
from ..predict import Prediction
from .spec_files import spec_file

THREE_LAYER = Lesson(
    id="three_layer", number=3, kind="step", finish_phase="backward",
    title=("Three-layer forward pass", "3 層ニューラルネットワークの順伝播"),
    summary=("x = [1, 2] through two ReLU hidden layers to an identity output y.",
             "x = [1, 2] を ReLU の中間層 2 つに通し、恒等関数の出力層で y を求めます。"),
    body=(
        ("The notes' 3-layer network (init_network and forward): layer 1 u₁ = xW₁ + b₁, "
        "z₁ = ReLU(u₁); layer 2 u₂ = z₁W₂ + b₂, z₂ = ReLU(u₂); output y = z₂W₃ + b₃ (identity). "
        "The notes' forward() prints u1 and z1, then z1 again as its output (出力1) and the sum "
        "of z1 — it never prints z2 or y, so NN Lab computes them here; predict y₁ before it is "
        "shown. ReLU passes a positive total input unchanged — make one negative and see it "
        "become 0. Then step backward (target t = [1, 3], not in the notes) and watch the "
        "gradients flow from the output back to W₁."),
        ("ノートの 3 層ネットワーク（init_network と forward）：第 1 層 u₁ = xW₁ + b₁、"
        "z₁ = ReLU(u₁)、第 2 層 u₂ = z₁W₂ + b₂、z₂ = ReLU(u₂)、出力 y = z₂W₃ + b₃（恒等関数）。"
        "ノートの forward() は u1 と z1 を表示したあと、出力（出力1）としてもう一度 z1 を、"
        "出力合計として z1 の和を表示します。z2 と y は一度も表示しないので、ここでは NN Lab が計算します。"
        "y₁ は表示される前に予測しましょう。ReLU は正の総入力をそのまま通します。"
        "どれかを負にすると 0 になるのを確かめてください。"
        "続けて逆伝播（目標値 t = [1, 3] はノートにはありません）を進め、勾配が出力から W₁ まで"
        "流れていく様子を見ましょう。")),
    spec=spec_file("three_layer.nnlab.json"),
    params={"layers.0.W": [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]], "layers.0.b": [0.1, 0.2, 0.3],
            "layers.2.W": [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]], "layers.2.b": [0.1, 0.2],
            "layers.4.W": [[0.1, 0.3], [0.2, 0.4]], "layers.4.b": [1.0, 2.0]},
    x=[1.0, 2.0], t=[1.0, 3.0],
    predictions=(Prediction(
        "y1", "y₁",
        ("Predict the network's first output y₁ before it is shown — y₀ in the formula (the "
         "arrays count from 0). It is the output layer's first total input, u₃ = z₂W₃ + b₃, which "
         "the identity function passes on unchanged: the outlined numbers of z₂, W₃ and b₃ are "
         "all you need. Type your guess in the box under the step's header.",
         "表示される前に、ネットワークの 1 つ目の出力 y₁ を予測しましょう（式では y₀。配列は 0 から数えます）。"
         "出力層の 1 つ目の総入力 u₃ = z₂W₃ + b₃ で、恒等関数はそれをそのまま出力します。z₂・W₃・b₃ の"
         "枠で囲んだ数値だけで計算できます。予想はステップの見出しの下の欄に入力します。"),
        expected=1.56, step=("forward", 4)),),
    options={"until": "update"},  # forward and backward; lesson 9 updates the weights
    narrative=Narrative(
        intro=("Press Forward: x = [1, 2] enters layer 1, a fully connected layer with 3 units.",
               "「順伝播」を押しましょう。x = [1, 2] が 3 ユニットの全結合層（第 1 層）に入ります。"),
        steps={
            ("forward", 0): ("Layer 1: u₁ = xW₁ + b₁ = {out}. First unit: {terms}.",
                             "第 1 層：u₁ = xW₁ + b₁ = {out}。1 つ目のユニット：{terms}"),
            ("forward", 1): (("z₁ = ReLU(u₁) = max(0, u₁) = {out}. A negative total input would "
                             "become 0."),
                             "z₁ = ReLU(u₁) = max(0, u₁) = {out}。負の総入力があれば 0 になります。"),
            ("forward", 2): ("Layer 2: u₂ = z₁W₂ + b₂ = {out}. First unit: {terms}.",
                             "第 2 層：u₂ = z₁W₂ + b₂ = {out}。1 つ目のユニット：{terms}"),
            ("forward", 3): ("z₂ = ReLU(u₂) = {out}.", "z₂ = ReLU(u₂) = {out}"),
            ("forward", 4): (("Output layer's total input: u₃ = z₂W₃ + b₃ = {out}. First unit: "
                             "{terms}."),
                             "出力層の総入力：u₃ = z₂W₃ + b₃ = {out}。1 つ目のユニット：{terms}"),
            ("forward", 5): (
                ("Identity output: y = u₃ = {y} (computed by NN Lab: the notes' forward() never "
                "prints y). Against t = {t} the sum-of-squares error is L = ½Σ(y − t)² = {loss}. "
                "Now step backward."),
                ("恒等関数の出力：y = u₃ = {y}（NN Lab の計算です。ノートの forward() は y を表示しません）。"
                "t = {t} との二乗和誤差は L = ½Σ(y − t)² = {loss}。ここから逆伝播です。")),
            ("backward", 5): ("Backward starts at the error: ∂L/∂y = y − t = {dx}.",
                              "逆伝播は誤差から始まります：∂L/∂y = y − t = {dx}"),
            ("backward", 4): (
                ("Output layer: ∂L/∂W₃ = z₂ᵀ·δ = {dW}, ∂L/∂b₃ = δ = {db}; δ·W₃ᵀ = {dx} goes back "
                "to layer 2."),
                "出力層：∂L/∂W₃ = z₂ᵀ·δ = {dW}、∂L/∂b₃ = δ = {db}。δ·W₃ᵀ = {dx} を第 2 層へ戻します。"),
            ("backward", 3): (
                ("ReLU′ is 1 where a unit was on (u₂ > 0) and 0 where it was off, so "
                 "∂L/∂u₂ = δ ⊙ [u₂ > 0] = {dx}: the gradient from above, {dout}, passes only "
                 "through the units that were on."),
                ("ReLU′ はユニットが ON（u₂ > 0）なら 1、OFF なら 0 なので ∂L/∂u₂ = δ ⊙ [u₂ > 0] = "
                 "{dx}。上から来た勾配 {dout} は ON だったユニットだけを通ります。")),
            ("backward", 2): (("Layer 2: ∂L/∂W₂ = z₁ᵀ·δ = {dW}, ∂L/∂b₂ = {db}; δ·W₂ᵀ = {dx} goes "
                              "back to layer 1."),
                              "第 2 層：∂L/∂W₂ = z₁ᵀ·δ = {dW}、∂L/∂b₂ = {db}。δ·W₂ᵀ = {dx} を第 1 層へ戻します。"),
            ("backward", 1): (
                ("ReLU′ is 1 where a unit was on (u₁ > 0) and 0 where it was off, so "
                 "∂L/∂u₁ = δ ⊙ [u₁ > 0] = {dx}: the gradient from above, {dout}, passes only "
                 "through the units that were on."),
                ("ReLU′ はユニットが ON（u₁ > 0）なら 1、OFF なら 0 なので ∂L/∂u₁ = δ ⊙ [u₁ > 0] = "
                 "{dx}。上から来た勾配 {dout} は ON だったユニットだけを通ります。")),
            ("backward", 0): (
                ("Layer 1: ∂L/∂W₁ = xᵀ·δ = {dW}, ∂L/∂b₁ = {db}. Every gradient is known: an update "
                "moves each weight a little against its gradient."),
                ("第 1 層：∂L/∂W₁ = xᵀ·δ = {dW}、∂L/∂b₁ = {db}。すべての勾配が求まりました。"
                "更新では各重みを勾配と逆向きに少しだけ動かします。")),
        },
    ),
)
