"""Lesson 5: output layer and losses."""

from __future__ import annotations

from ..lesson import Lesson

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
