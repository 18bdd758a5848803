"""Lessons 1–11 of the curriculum (design.md §5), with the seeds' exact values.

Every text is (English, Japanese) and uses the curriculum's terms (全結合層, 活性化関数,
ソフトマックス, 交差エントロピー誤差, 学習率, 勾配, 順伝播, 逆伝播, 重み, バイアス, 総入力 u,
中間層出力 z).
"""

from __future__ import annotations

import json
from functools import cache

from ..paths import resource
from ..stepper import Phase
from .descent import LEARNING_RATE, section4_spec
from .lesson import Lesson, Narrative
from .numerical import mnist_spec


@cache
def _spec_file(name: str) -> dict:
    return json.loads(resource("specs", name).read_text(encoding="utf-8"))


# ---- 1. perceptron -----------------------------------------------------------------------------

PERCEPTRON = Lesson(
    id="perceptron", number=1, kind="gates",
    title=("Perceptron", "パーセプトロン"),
    summary=("AND, OR and NAND from one weighted sum and a step; XOR needs two layers.",
             "重み付き和とステップ関数で AND・OR・NAND を作ります。XOR には 2 層が必要です。"),
    body=(
        ("A perceptron multiplies each input by a weight, adds a bias and fires (outputs 1) only "
        "when the total is above 0: y = 1 if w₁x₁ + w₂x₂ + b > 0, else 0 — the step function, "
        "the perceptron's activation function. With the book's weights it is AND (w = (0.5, 0.5), "
        "b = −0.7), NAND (−0.5, −0.5; 0.7) or OR (0.5, 0.5; −0.2). Edit the weights and watch the "
        "truth table. Then choose XOR: no single line w₁x₁ + w₂x₂ + b = 0 separates its ones from "
        "its zeros, so no weights work. Stacking perceptrons does: XOR = AND(NAND, OR)."),
        ("パーセプトロンは入力それぞれに重みを掛けてバイアスを足し、その合計が 0 を超えたときだけ発火"
        "（1 を出力）します：w₁x₁ + w₂x₂ + b > 0 なら y = 1、それ以外は 0。これがステップ関数、"
        "パーセプトロンの活性化関数です。本の重みで AND（w = (0.5, 0.5)、b = −0.7）、NAND"
        "（−0.5, −0.5；0.7）、OR（0.5, 0.5；−0.2）になります。重みを変えて真理値表の変化を見てください。"
        "次に XOR を選びます。1 本の直線 w₁x₁ + w₂x₂ + b = 0 では 1 と 0 を分けられないので、"
        "どんな重みでも実現できません。パーセプトロンを重ねればできます：XOR = AND(NAND, OR)。")),
    goal=("Choose XOR for the single perceptron and compare it with the two-layer one.",
          "1 層のパーセプトロンで XOR を選び、2 層の場合と比べてみましょう。"),
    # The two-layer XOR as a network: column 0 of layer 1 is NAND, column 1 is OR; layer 2 is AND.
    spec={"format": "nnlab.network/1", "name": "XOR = AND(NAND, OR)", "input_shape": [2],
          "layers": [{"type": "Affine", "units": 2}, {"type": "Step"},
                     {"type": "Affine", "units": 1}, {"type": "Step"},
                     {"type": "IdentityWithLoss"}]},
    params={"layers.0.W": [[-0.5, 0.5], [-0.5, 0.5]], "layers.0.b": [0.7, -0.2],
            "layers.2.W": [[0.5], [0.5]], "layers.2.b": [-0.7]},
    x=[[0, 0], [0, 1], [1, 0], [1, 1]], t=[[0], [1], [1], [0]],
)

# ---- 2. input -> hidden ------------------------------------------------------------------------

INPUT_HIDDEN = Lesson(
    id="input_hidden", number=2, kind="step", finish_phase=Phase.BACKWARD,
    title=("Input → hidden layer", "入力層〜中間層"),
    summary=(("Section 1: four inputs, three units — total input u = xW + b, hidden output "
             "z = sigmoid(u)."),
             "Section 1：4 つの入力と 3 つのユニット。総入力 u = xW + b、中間層出力 z = シグモイド(u)。"),
    body=(
        ("The input x = [1, 5, 2, −1] is multiplied by the weights W (4×3: row i holds the weights "
        "leaving input i) and shifted by the bias b = [0.1, 0.2, 0.3]: u = xW + b, the notes' "
        "u = np.dot(x, W) + b. Each uⱼ = w₁ⱼx₁ + w₂ⱼx₂ + w₃ⱼx₃ + w₄ⱼx₄ + bⱼ, so u = [1.4, 2.2, 3.0]. "
        "The activation function then gives the hidden-layer output z = sigmoid(u). Step forward "
        "one layer at a time; change any number and everything after it is recomputed. (The "
        "identity output layer with target t = [0, 0, 0] is not in the notes: it lets you "
        "continue backward.)"),
        ("入力 x = [1, 5, 2, −1] に重み W（4×3：i 行目は入力 i から出る重み）を掛け、バイアス "
        "b = [0.1, 0.2, 0.3] でずらします：u = xW + b（ノートの u = np.dot(x, W) + b）。"
        "uⱼ = w₁ⱼx₁ + w₂ⱼx₂ + w₃ⱼx₃ + w₄ⱼx₄ + bⱼ なので u = [1.4, 2.2, 3.0] です。"
        "活性化関数が中間層出力 z = シグモイド(u) を作ります。1 層ずつ順伝播を進めてください。"
        "どの数値も書き換えられ、その先はすべて計算し直されます。（最後の恒等関数の出力層と目標値 "
        "t = [0, 0, 0] はノートにはありません。逆伝播も試せるように付けています。）")),
    spec=_spec_file("section1_single_layer.nnlab.json"),
    params={"layers.0.W": [[0.1, 0.2, 0.3], [0.2, 0.3, 0.4], [0.3, 0.4, 0.5], [0.4, 0.5, 0.6]],
            "layers.0.b": [0.1, 0.2, 0.3]},
    x=[1.0, 5.0, 2.0, -1.0], t=[0.0, 0.0, 0.0],
    narrative=Narrative(
        intro=(("Press Forward to compute the fully connected layer: u = xW + b with "
               "x = [1, 5, 2, −1]."),
               "「順伝播」を押して全結合層を計算しましょう：x = [1, 5, 2, −1] で u = xW + b。"),
        steps={
            ("forward", 0): (
                "Total input u = xW + b = {out}. The first unit, written out: {terms}.",
                "総入力 u = xW + b = {out}。1 つ目のユニットを書き下すと {terms} です。"),
            ("forward", 1): (
                ("Hidden-layer output z = sigmoid(u) = 1 / (1 + e^(−u)) = {out}. Each z lies between "
                "0 and 1, and a larger u gives a z closer to 1."),
                ("中間層出力 z = シグモイド(u) = 1 / (1 + e^(−u)) = {out}。z はどれも 0 と 1 の間にあり、"
                "u が大きいほど 1 に近づきます。")),
            ("forward", 2): (
                ("Section 1 ends at z. This output layer is the identity, y = z = {y}; against the "
                "target t = {t} the sum-of-squares error is L = {loss}. You can continue backward."),
                ("Section 1 は z までです。この出力層は恒等関数で y = z = {y}。目標値 t = {t} との"
                "二乗和誤差は L = {loss} です。このまま逆伝播も進められます。")),
        },
    ),
)

# ---- 3. three-layer forward ----------------------------------------------------------------------

THREE_LAYER = Lesson(
    id="three_layer", number=3, kind="step", finish_phase=Phase.BACKWARD,
    title=("Three-layer forward pass", "3 層ニューラルネットワークの順伝播"),
    summary=("x = [1, 2] through two ReLU hidden layers to an identity output: y = [1.56, 3.222].",
             "x = [1, 2] を ReLU の中間層 2 つに通し、恒等関数の出力層へ：y = [1.56, 3.222]。"),
    body=(
        ("The notes' 3-layer network (init_network and forward): layer 1 u₁ = xW₁ + b₁, "
        "z₁ = ReLU(u₁); layer 2 u₂ = z₁W₂ + b₂, z₂ = ReLU(u₂); output y = z₂W₃ + b₃ (identity). "
        "With x = [1, 2]: u₁ = [0.6, 1.3, 2.0], u₂ = [1.02, 2.29] and y = [1.56, 3.222]. Every "
        "total input is positive, so ReLU passes it unchanged — make one negative and see it "
        "become 0. Then step backward (target t = [1, 3], not in the notes) and watch the "
        "gradients flow from the output back to W₁."),
        ("ノートの 3 層ネットワーク（init_network と forward）：第 1 層 u₁ = xW₁ + b₁、"
        "z₁ = ReLU(u₁)、第 2 層 u₂ = z₁W₂ + b₂、z₂ = ReLU(u₂)、出力 y = z₂W₃ + b₃（恒等関数）。"
        "x = [1, 2] なら u₁ = [0.6, 1.3, 2.0]、u₂ = [1.02, 2.29]、y = [1.56, 3.222] です。"
        "総入力はすべて正なので ReLU はそのまま通します。どれかを負にすると 0 になるのを確かめてください。"
        "続けて逆伝播（目標値 t = [1, 3] はノートにはありません）を進め、勾配が出力から W₁ まで"
        "流れていく様子を見ましょう。")),
    spec=_spec_file("three_layer.nnlab.json"),
    params={"layers.0.W": [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]], "layers.0.b": [0.1, 0.2, 0.3],
            "layers.2.W": [[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]], "layers.2.b": [0.1, 0.2],
            "layers.4.W": [[0.1, 0.3], [0.2, 0.4]], "layers.4.b": [1.0, 2.0]},
    x=[1.0, 2.0], t=[1.0, 3.0],
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
                ("Identity output: y = u₃ = {y} (with the notes' values [1.56, 3.222]). Against "
                "t = {t} the sum-of-squares error is L = ½Σ(y − t)² = {loss}. Now step backward."),
                ("恒等関数の出力：y = u₃ = {y}（ノートの値なら [1.56, 3.222]）。t = {t} との二乗和誤差は "
                "L = ½Σ(y − t)² = {loss}。ここから逆伝播です。")),
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

# ---- 4. activation functions ---------------------------------------------------------------------

ACTIVATIONS = Lesson(
    id="activations", number=4, kind="activations",
    title=("Activation functions", "活性化関数"),
    summary=(("Step, sigmoid, ReLU, tanh and leaky ReLU with their derivatives; sigmoid's derivative "
             "never exceeds 0.25."),
             ("ステップ関数・シグモイド・ReLU・tanh・Leaky ReLU とその微分。シグモイドの微分は 0.25 を"
             "超えません。")),
    body=(
        ("An activation function h turns a total input u into the unit's output z = h(u). It must "
        "be non-linear: stacking linear layers only ever gives another linear function. The step "
        "function only says on or off; sigmoid carries the strength of a signal and made neural "
        "networks practical; ReLU is what most networks use today. Backprop multiplies the "
        "gradient by h′(u) at every layer, so the derivative matters as much as the function: "
        "sigmoid′ is at most 0.25, so ten sigmoid layers shrink a gradient by 0.25¹⁰ ≈ 10⁻⁶ — "
        "the vanishing-gradient problem. Move the mouse over the plots to read the values."),
        ("活性化関数 h は総入力 u をユニットの出力 z = h(u) に変えます。非線形でなければなりません。"
        "線形の層をいくら重ねても線形関数にしかならないからです。ステップ関数は ON/OFF だけ、シグモイドは"
        "信号の強弱を伝えられ、ニューラルネットワーク普及のきっかけになりました。今もっとも使われているのは"
        "ReLU です。逆伝播では層ごとに勾配に h′(u) が掛かるので、関数と同じくらい微分が大切です。"
        "シグモイドの微分は最大 0.25 なので、10 層重ねると勾配は 0.25¹⁰ ≈ 10⁻⁶ 倍になります。"
        "これが勾配消失問題です。グラフの上にマウスを置くと値を読めます。")),
    goal=("Look at each of the five functions.", "5 つの関数をすべて見てみましょう。"),
)

# ---- 5. output layer and losses ------------------------------------------------------------------

OUTPUT_LOSS = Lesson(
    id="output_loss", number=5, kind="output",
    title=("Output layer and loss functions", "出力層と損失関数"),
    summary=(("Softmax with the max shift that prevents overflow; cross-entropy error 0.51 and "
             "sum of squares 0.0975 for the book's example."),
             ("オーバーフローを防ぐ最大値の引き算付きソフトマックス。本の例で交差エントロピー誤差 0.51、"
             "二乗和誤差 0.0975。")),
    body=(
        ("The output layer keeps the ratios of its inputs and turns them into the answer: the "
        "identity function for regression, sigmoid for yes/no, softmax for several classes — "
        "yₖ = exp(aₖ) / Σᵢ exp(aᵢ), numbers between 0 and 1 that add up to 1, read as "
        "probabilities. Written naively, exp(1010) overflows to ∞ and ∞/∞ is NaN; subtracting "
        "the largest aᵢ first changes nothing mathematically and keeps every exp() finite. The "
        "loss compares y with the one-hot target t: cross-entropy error E = −Σ tₖ log(yₖ + 10⁻⁷) "
        "(only the correct class counts) or sum-of-squares error E = ½Σ(yₖ − tₖ)²."),
        ("出力層は入力の比率を保ったまま答えの形に変換します。回帰には恒等関数、2 値分類にはシグモイド、"
        "多クラス分類にはソフトマックス yₖ = exp(aₖ) / Σᵢ exp(aᵢ) を使います。ソフトマックスの出力は "
        "0 から 1 の間で総和が 1 なので確率と解釈できます。そのまま計算すると exp(1010) は ∞ に"
        "オーバーフローし、∞/∞ は NaN になります。先に最大の aᵢ を引いても結果は数学的に同じで、"
        "exp() はすべて有限に収まります。損失関数は y を one-hot の正解 t と比べます：交差エントロピー誤差 "
        "E = −Σ tₖ log(yₖ + 10⁻⁷)（正解クラスだけが効く）、または二乗和誤差 E = ½Σ(yₖ − tₖ)²。")),
    goal=("Change the scores a or the correct label and watch both losses.",
          "スコア a や正解ラベルを変えて、2 つの損失の変化を見てみましょう。"),
)

# ---- 6. gradient descent -------------------------------------------------------------------------

GRADIENT_DESCENT = Lesson(
    id="gradient_descent", number=6, kind="descent",
    title=("Gradient descent", "勾配降下法"),
    summary=(("Section 4: a 2-10-1 network learns f(x) = 3x₀ + 2x₁ one random sample at a time; "
             "raise the learning rate until it diverges."),
             ("Section 4：2-10-1 のネットワークがランダムな 1 サンプルずつ f(x) = 3x₀ + 2x₁ を学習します。"
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

# ---- 7. numerical differentiation vs backprop ------------------------------------------------------

NUMERICAL = Lesson(
    id="numerical_vs_backprop", number=7, kind="numerical",
    title=("Numerical differentiation vs backprop", "数値微分と誤差逆伝播法"),
    summary=("The same gradients two ways — and how much slower the numerical one is.",
             "同じ勾配を 2 通りで求め、数値微分がどれほど遅いかを比べます。"),
    body=(
        ("Numerical differentiation nudges one parameter at a time: ∂E/∂wₘ ≈ (E(wₘ + h) − "
        "E(wₘ − h)) / 2h. That is two forward passes for every weight — for 784-10-10, 7,960 "
        "parameters, 15,920 passes. Backpropagation gets every gradient from one forward and one "
        "backward pass, reusing what the forward pass computed. Both give the same numbers (the "
        "relative error below is about 10⁻⁹ or smaller); numerical differentiation stays useful "
        "as a check of a backprop implementation (gradient check)."),
        ("数値微分はパラメータを 1 つずつ少し動かします：∂E/∂wₘ ≈ (E(wₘ + h) − E(wₘ − h)) / 2h。"
        "重み 1 つにつき順伝播が 2 回、784-10-10 なら 7,960 個のパラメータで 15,920 回です。誤差逆伝播法は"
        "順伝播で計算した結果を再利用し、順伝播と逆伝播 1 回ずつですべての勾配を求めます。"
        "どちらも同じ値になります（下の相対誤差は 10⁻⁹ 程度以下）。数値微分は誤差逆伝播法の実装の確認"
        "（勾配確認）に役立ちます。")),
    goal=("Run the comparison once.", "比較を 1 回実行しましょう。"),
    spec=mnist_spec(10).to_dict(),
)

# ---- 8. computation graph -------------------------------------------------------------------------

COMPUTATION_GRAPH = Lesson(
    id="computation_graph", number=8, kind="graph",
    title=("Computation graph", "計算グラフ"),
    summary=(("Apples, oranges and tax: values flow forward, derivatives flow backward; the chain "
             "rule."),
             "りんご・みかん・消費税：値は順伝播で、微分は逆伝播で流れます。連鎖律。"),
    body=(
        ("A computation graph splits a calculation into small nodes. Forward (left to right): 2 "
        "apples at 100 with tax 1.1 cost 220. Backward (right to left) starts from 1 and each node "
        "multiplies what arrives by its local derivative — a × node swaps its inputs, a + node "
        "passes it on — so the value below each edge is how much the price changes when that "
        "value grows by 1: ∂price/∂apple = 2.2 (one yen more per apple costs 2.2 yen more). This "
        "is the chain rule, and it is the whole of backpropagation. Change the inputs; press Step "
        "to reveal the values edge by edge."),
        ("計算グラフは計算を小さなノードに分けます。順伝播（左から右）：100 円のりんご 2 個、消費税 1.1 で"
        "支払金額は 220 円。逆伝播（右から左）は 1 から始まり、各ノードは届いた値に局所的な微分を掛けます。"
        "乗算ノードは入力を入れ替えて掛け、加算ノードはそのまま流します。各辺の下の値は、その値が 1 増えた"
        "ときに支払金額がどれだけ増えるかです：∂支払金額/∂りんごの値段 = 2.2（りんごが 1 円値上がりすると"
        "支払いは 2.2 円増える）。これが連鎖律で、誤差逆伝播法のすべてです。入力を変えてみましょう。"
        "「順伝播 ▶」を押すと辺ごとに値が現れ、続いて逆伝播の値が現れます。")),
    goal=("Step until every backward value is shown.", "逆伝播の値がすべて表示されるまで進めましょう。"),
)

# ---- 9. backprop through a two-layer net ------------------------------------------------------------

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
    id="backprop_two_layer", number=9, kind="step", finish_phase=Phase.UPDATE,
    title=("Backprop through a two-layer net", "2 層ネットワークの誤差逆伝播法"),
    summary=("Section 5: delta2, grad W2, delta1 and grad W1, one step at a time, as in the notes.",
             "Section 5：delta2・W2 の勾配・delta1・W1 の勾配を、ノートのとおり 1 ステップずつ。"),
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
        ("Section 5 の backward() を Section 4 のネットワーク（2-10-1、ReLU、恒等関数の出力、"
        "E = ½(y − d)²）で、x = [0.6, 0.3]、d = 3·0.6 + 2·0.3 = 2.4 について計算します："
        "delta2 = y − d、b2 の勾配 = Σ delta2、W2 の勾配 = z1ᵀ·delta2、"
        "delta1 = (delta2·W2ᵀ) ⊙ d_relu(z1)、b1 の勾配 = Σ delta1、W1 の勾配 = xᵀ·delta1。"
        "ノートで決まっていない点の扱い：ノートでは乱数（np.random.randn）の重みをここでは固定しています"
        "（シード 0、小数第 1 位に丸め）。x は 1×2 の行、W2 は 10×1 と本の形にそろえています（ノートは "
        "W2 をベクトルにして np.newaxis で軸を足します）。delta1 には順伝播で使った活性化関数の微分 "
        "ReLU′（u1 > 0 で 1）を使います（ノートの d_relu(z1) と同じマスクです。「試してみよう」の "
        "d_sigmoid の行はシグモイドで順伝播したときのものです）。順伝播、逆伝播と進め、最後に "
        "W ← W − 0.07·∂E/∂W で更新します。")),
    spec=section4_spec("ReLU").to_dict(),
    params=SECTION5_PARAMS,
    x=SECTION5_X, t=SECTION5_D,
    options={"lr": LEARNING_RATE},
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

# ---- 10. MNIST inference in batches ---------------------------------------------------------------

MNIST_BATCH = Lesson(
    id="mnist_batch", number=10, kind="mnist_batch", finish_phase=Phase.BACKWARD,
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
    spec=_spec_file("mnist_mlp.nnlab.json"),
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

# ---- 11. training MNIST ----------------------------------------------------------------------------

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
             "784-50-10、学習率 0.1・ミニバッチ 100 の確率的勾配降下法。Train タブで学習させましょう。"),
    body=(
        ("The book's TwoLayerNet (chapters 4 and 5): 784 inputs, 50 hidden units with ReLU, 10 "
        "outputs with softmax and the cross-entropy error; weights start as N(0, 0.01²). Learning "
        "repeats four steps: 1. mini-batch — pick 100 training images at random; 2. gradient — "
        "backpropagation gives ∂L/∂W for every weight and bias; 3. update — W ← W − 0.1·∂L/∂W; "
        "4. repeat. One pass over the 60,000 training images (600 mini-batches) is an epoch. "
        "The book runs 10,000 iterations (about 17 epochs) and reaches about 97% on the test "
        "images; the test accuracy tracking the training accuracy shows it is not overfitting."),
        ("本の TwoLayerNet（4 章・5 章）：入力 784、ReLU の中間層 50 ユニット、ソフトマックスと交差エントロピー"
        "誤差の出力 10。重みの初期値は N(0, 0.01²) です。学習は 4 つの手順の繰り返しです："
        "1. ミニバッチ：訓練画像から 100 枚をランダムに選ぶ。2. 勾配の算出：誤差逆伝播法ですべての重みと"
        "バイアスの ∂L/∂W を求める。3. パラメータの更新：W ← W − 0.1·∂L/∂W。4. 繰り返す。"
        "60,000 枚の訓練画像をひととおり使う（600 ミニバッチ）のが 1 エポックです。本では 10,000 回"
        "（約 17 エポック）繰り返し、テスト画像で約 97% に達します。テストの認識精度が訓練の認識精度に"
        "ついていけば過学習していません。")),
    goal=("Send the network to the Train tab.", "ネットワークを Train タブに送りましょう。"),
    spec=TRAIN_SPEC,
    options={"optimizer": "SGD", "lr": 0.1, "batch_size": 100, "iterations": 10_000},
)

LESSONS: tuple[Lesson, ...] = (
    PERCEPTRON, INPUT_HIDDEN, THREE_LAYER, ACTIVATIONS, OUTPUT_LOSS, GRADIENT_DESCENT, NUMERICAL,
    COMPUTATION_GRAPH, BACKPROP, MNIST_BATCH, TRAIN_MNIST,
)


def get_lesson(lesson_id: str) -> Lesson:
    """The lesson with this id (e.g. "computation_graph"); KeyError names the known ids."""
    for lesson in LESSONS:
        if lesson.id == lesson_id:
            return lesson
    raise KeyError(f"no lesson {lesson_id!r}; known: {', '.join(x.id for x in LESSONS)}")
