"""Lesson 2: input -> hidden."""

from __future__ import annotations

from ..lesson import Lesson, Narrative
from ..predict import Prediction
from .spec_files import spec_file

INPUT_HIDDEN = Lesson(
    id="input_hidden", number=2, kind="step", finish_phase="backward",
    title=("Input → hidden layer", "入力層〜中間層"),
    summary=(("Section 1: four inputs, three units — total input u = xW + b, hidden output "
             "z = sigmoid(u)."),
             "Section 1（入力層〜中間層）：4 つの入力と 3 つのユニット。総入力 u = xW + b、中間層出力 z = シグモイド(u)。"),
    body=(
        ("The input x = [1, 5, 2, −1] is multiplied by the weights W (4×3: row i holds the weights "
        "leaving input i) and shifted by the bias b = [0.1, 0.2, 0.3]: u = xW + b, the notes' "
        "u = np.dot(x, W) + b. Each uⱼ = w₁ⱼx₁ + w₂ⱼx₂ + w₃ⱼx₃ + w₄ⱼx₄ + bⱼ. "
        "The activation function then gives the hidden-layer output z = sigmoid(u). Step forward "
        "one layer at a time — predict u₁ before it is shown; change any number and everything "
        "after it is recomputed. The notes' 試してみよう presets set W to np.zeros, np.ones, "
        "np.random.rand (uniform in [0, 1)) or np.random.randint(5). (The identity output layer "
        "with target t = [0, 0, 0] is not in the notes: it lets you continue backward.)"),
        ("入力 x = [1, 5, 2, −1] に重み W（4×3：i 行目は入力 i から出る重み）を掛け、バイアス "
        "b = [0.1, 0.2, 0.3] でずらします：u = xW + b（ノートの u = np.dot(x, W) + b）。"
        "uⱼ = w₁ⱼx₁ + w₂ⱼx₂ + w₃ⱼx₃ + w₄ⱼx₄ + bⱼ です。"
        "活性化関数が中間層出力 z = シグモイド(u) を作ります。1 層ずつ順伝播を進めてください。"
        "u₁ は表示される前に予測します。どの数値も書き換えられ、その先はすべて計算し直されます。"
        "ノートの「試してみよう」のプリセットで W を np.zeros・np.ones・np.random.rand（[0, 1) の一様分布）・"
        "np.random.randint(5) にできます。（最後の恒等関数の出力層と目標値 t = [0, 0, 0] はノートには"
        "ありません。逆伝播も試せるように付けています。）")),
    spec=spec_file("section1_single_layer.nnlab.json"),
    params={"layers.0.W": [[0.1, 0.2, 0.3], [0.2, 0.3, 0.4], [0.3, 0.4, 0.5], [0.4, 0.5, 0.6]],
            "layers.0.b": [0.1, 0.2, 0.3]},
    x=[1.0, 5.0, 2.0, -1.0], t=[0.0, 0.0, 0.0],
    options={"panels": ("weight_presets",), "until": "update"},  # no weight update here
    predictions=(Prediction(
        "u1", "u₁",
        ("Predict the first unit's total input before it is shown — u₁ in the notes' numbering, "
         "u₀ in the formula (the arrays count from 0): u₁ = x₁w₁₁ + x₂w₂₁ + x₃w₃₁ + x₄w₄₁ + b₁, "
         "the outlined numbers of x, W and b. Type your guess in the box under the step's header.",
         "表示される前に、1 つ目のユニットの総入力を予測しましょう。ノートの番号では u₁、式では u₀ です"
         "（配列は 0 から数えます）：u₁ = x₁w₁₁ + x₂w₂₁ + x₃w₃₁ + x₄w₄₁ + b₁。x・W・b の枠で囲んだ数値を"
         "使います。予想はステップの見出しの下の欄に入力します。"),
        expected=1.4, step=("forward", 0)),),
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
                ("Section 1（入力層〜中間層）は z までです。この出力層は恒等関数で y = z = {y}。目標値 t = {t} との"
                "二乗和誤差は L = {loss} です。このまま逆伝播も進められます。")),
        },
    ),
)
