"""確認テスト for lesson 9: backpropagation through the two-layer net (day-1 notes, Section 5)."""

from __future__ import annotations

from ..backprop import section5_backward
from .base import Quiz, code_line, number
from .notes_code import BACKWARD

CODE_CORRECTION = (
    "The notes answer ① with the delta1 line and ② with the grad['W1'] line, and write ∂E/∂w where "
    "∂E/∂y is meant. ∂E/∂y·∂y/∂u is the output layer's delta, delta2; with ∂u/∂wⱼᵢ⁽²⁾ it is the "
    "gradient of the output layer's weights W2, grad['W2'].",
    "ノートは①に delta1 の行、②に grad['W1'] の行を答え、∂E/∂y とすべきところを ∂E/∂w と書いています。"
    "∂E/∂y·∂y/∂u は出力層のデルタ delta2、それに ∂u/∂wⱼᵢ⁽²⁾ を掛けると出力層の重み W2 の勾配 "
    "grad['W2'] です。")


def _delta2() -> float:
    from ..catalog.l09_backprop import SECTION5_D, SECTION5_PARAMS, SECTION5_X

    p = SECTION5_PARAMS
    values = section5_backward(p["layers.0.W"], p["layers.0.b"], p["layers.2.W"], p["layers.2.b"],
                               SECTION5_X, SECTION5_D)
    return float(values["delta2"][0, 0])


QUIZ = Quiz(9, (
    code_line(
        "delta2_line",
        ("Find the code for ① ∂E/∂y · ∂y/∂u (the output layer, E = ½(y − d)², identity output).",
         "① ∂E/∂y · ∂y/∂u（出力層、E = ½(y − d)²、恒等関数の出力）に該当するソースコードを探してください。"),
        BACKWARD, 6,
        ("delta2 = functions.d_mean_squared_error(d, y) = y − d: ∂E/∂y = y − d, and the identity "
         "output has ∂y/∂u = 1.",
         "delta2 = functions.d_mean_squared_error(d, y) = y − d です。∂E/∂y = y − d、恒等関数の出力なので "
         "∂y/∂u = 1 です。"),
        correction=CODE_CORRECTION,
        source=("Day-1 notes, Section 5 確認テスト", "day1 ノート Section 5 確認テスト")),
    code_line(
        "gradW2_line",
        ("Find the code for ② ∂E/∂y · ∂y/∂u · ∂u/∂wⱼᵢ⁽²⁾.",
         "② ∂E/∂y · ∂y/∂u · ∂u/∂wⱼᵢ⁽²⁾ に該当するソースコードを探してください。"),
        BACKWARD, 10,
        ("grad['W2'] = np.dot(z1.T, delta2): ∂u/∂wⱼᵢ⁽²⁾ is the input z1 of the output layer, so "
         "the weight gradient is z1ᵀ · delta2.",
         "grad['W2'] = np.dot(z1.T, delta2) です。∂u/∂wⱼᵢ⁽²⁾ は出力層への入力 z1 なので、重みの勾配は "
         "z1ᵀ · delta2 です。"),
        correction=CODE_CORRECTION,
        source=("Day-1 notes, Section 5 確認テスト", "day1 ノート Section 5 確認テスト")),
    code_line(
        "reuse_line",
        ("Backpropagation avoids unnecessary recursive computation. Which line uses a result "
         "computed earlier (delta2) to go one layer further back?",
         "誤差逆伝播法では不要な再帰的処理を避けることができます。既に計算した結果（delta2）を使って 1 層前に"
         "戻っている行はどれですか。"),
        BACKWARD, 12,
        ("delta1 = np.dot(delta2, W2.T) * functions.d_relu(z1): delta2 is kept and reused — the "
         "gradient for the hidden layer is built from it instead of recomputing from E.",
         "delta1 = np.dot(delta2, W2.T) * functions.d_relu(z1) です。delta2 を保持して再利用し、E から"
         "計算し直さずに中間層の勾配を作っています。"),
        source=("Day-1 notes, Section 5 確認テスト", "day1 ノート Section 5 確認テスト")),
    number(
        "delta2",
        ("In this lesson y = −1.418 and d = 2.4. What is delta2?",
         "このレッスンでは y = −1.418、d = 2.4 です。delta2 はいくつですか。"),
        -3.818, _delta2,
        ("delta2 = y − d = −1.418 − 2.4 = −3.818: negative, so the update raises y towards d.",
         "delta2 = y − d = −1.418 − 2.4 = −3.818。負なので、更新は y を d に近づける向き（大きくする向き）に"
         "働きます。"),
        tolerance=0.002, source=("Day-1 notes, Section 5", "day1 ノート Section 5")),
))
