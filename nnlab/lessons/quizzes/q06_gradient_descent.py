"""確認テスト for lesson 6: gradient descent (day-1 notes, Section 4)."""

from __future__ import annotations

import numpy as np

from ...optimizers import SGD
from .base import Quiz, choice, code_line, number
from .notes_code import SGD_LOOP


def _one_update() -> float:
    """w = 1.0, ∂E/∂w = 2.0, ε = 0.07: one SGD update by the engine's optimizer."""
    params = {"layers.0.W": np.array([1.0])}
    SGD(lr=0.07).update(params, {"layers.0.W": np.array([2.0])})
    return float(params["layers.0.W"][0])


QUIZ = Quiz(6, (
    choice(
        "nabla",
        ("Gradient descent: W⁽ᵗ⁺¹⁾ = W⁽ᵗ⁾ − ε □E. Which symbol belongs in the box?",
         "勾配降下法：W⁽ᵗ⁺¹⁾ = W⁽ᵗ⁾ − ε □E。□ に入る記号はどれですか。"),
        (("∇ (nabla): the gradient, the vector of partial derivatives ∂E/∂wₘ",
          "∇（ナブラ）：勾配、偏微分 ∂E/∂wₘ を並べたベクトル"),
         ("Δ (delta): the change of E between two steps", "Δ（デルタ）：2 つのステップ間の E の変化"),
         ("Σ (sigma): the sum of the errors", "Σ（シグマ）：誤差の合計")), 0,
        ("∇E = [∂E/∂w₁ … ∂E/∂w_M], the error gradient the notes define right below. Each weight "
         "moves against its own partial derivative, scaled by the learning rate ε.",
         "∇E = [∂E/∂w₁ … ∂E/∂w_M]、ノートがすぐ下で定義している誤差勾配です。各重みは自分の偏微分と逆向きに、"
         "学習率 ε 倍だけ動きます。"),
        correction=(
            "The notes write W⁽ᵗ⁺¹⁾ = W⁽ᵗ⁾ − εΔE (twice). Δ means a difference; the update uses "
            "the gradient ∇E, as the notes' own next formula and the SGD formula −ε∇Eₙ show.",
            "ノートは W⁽ᵗ⁺¹⁾ = W⁽ᵗ⁾ − εΔE と（2 回）書いています。Δ は差を表す記号で、更新に使うのは勾配 ∇E"
            "です。ノート自身の次の式や SGD の式 −ε∇Eₙ のとおりです。"),
        source=("Day-1 notes, Section 4", "day1 ノート Section 4")),
    choice(
        "direction",
        ("In which direction does the gradient ∇E point?", "勾配 ∇E はどの向きを指しますか。"),
        (("Where E increases fastest; −∇E is the steepest descent",
          "E が最も急に増える向き。最も急に減る向きは −∇E"),
         ("Where E decreases fastest", "E が最も急に減る向き"),
         ("Always towards the minimum", "いつも最小値の方向")), 0,
        ("∇E points uphill, where E grows fastest. That is why the update subtracts it: "
         "W − ε∇E steps in the steepest-descent direction −∇E. It points towards the minimum "
         "only locally, not in general.",
         "∇E は E が最も急に増える上り坂の向きです。だから更新では引き算します：W − ε∇E は最も急な下りの向き "
         "−∇E に進みます。最小値の方向を指すのはその場所での話で、いつもそうとは限りません。"),
        correction=(
            "The book notes say 勾配が示す方向は…関数の値を最も減らす方向. The gradient points "
            "where the function increases fastest; the direction that decreases it fastest is −∇.",
            "本の読書メモは「勾配が示す方向は、各場所において関数の値を最も減らす方向」としていますが、"
            "勾配は関数が最も急に増える向きを指します。最も急に減らす向きは −∇ です。"),
        source=("Book notes, 4.4 勾配", "本の読書メモ 4.4 勾配")),
    number(
        "update",
        ("One update: w = 1.0, ∂E/∂w = 2.0 and learning rate ε = 0.07. What is the new w?",
         "1 回の更新：w = 1.0、∂E/∂w = 2.0、学習率 ε = 0.07 のとき、新しい w はいくつですか。"),
        0.86, _one_update,
        ("w ← w − ε ∂E/∂w = 1.0 − 0.07 · 2.0 = 0.86 — the notes' "
         "network[key] -= learning_rate * grad[key].",
         "w ← w − ε ∂E/∂w = 1.0 − 0.07 · 2.0 = 0.86。ノートの network[key] -= learning_rate * grad[key] "
         "です。"),
        tolerance=0.001, source=("Day-1 notes, Section 4", "day1 ノート Section 4")),
    code_line(
        "update_line",
        ("該当するソースコードを探してみよう: which line applies W⁽ᵗ⁺¹⁾ = W⁽ᵗ⁾ − ε∇E?",
         "該当するソースコードを探してみよう：W⁽ᵗ⁺¹⁾ = W⁽ᵗ⁾ − ε∇E を行っているのはどの行ですか。"),
        SGD_LOOP, 10,
        ("network[key] -= learning_rate * grad[key]: every weight and bias moves against its "
         "gradient (line 8 computes the gradients ∇E by backpropagation).",
         "network[key] -= learning_rate * grad[key] です。すべての重みとバイアスが勾配と逆向きに動きます"
         "（8 行目が誤差逆伝播法で勾配 ∇E を求めています）。"),
        source=("Day-1 notes, Section 4 確認テスト", "day1 ノート Section 4 確認テスト")),
    choice(
        "epoch",
        ("In this loop each pass takes one random sample, computes its gradient and updates the "
         "weights once. What is one such pass called?",
         "このループでは 1 回ごとにランダムな 1 サンプルを取り、勾配を求めて重みを 1 回更新します。"
         "この 1 回を何と呼びますか。"),
        (("An iteration", "イテレーション（反復 1 回）"), ("An epoch", "エポック"),
         ("A mini-batch", "ミニバッチ")), 0,
        ("An iteration: one parameter update. An epoch is one pass over all the training data — "
         "here 100,000 samples, so 1000 single-sample updates are 1000 iterations, 1 % of an epoch.",
         "イテレーションです（パラメータの更新 1 回）。エポックは訓練データ全体をひととおり使うことで、"
         "ここでは 100,000 サンプルなので、1 サンプルずつの更新 1000 回は 1000 イテレーション、1 エポックの 1% "
         "です。"),
        correction=(
            "The notes call one update an epoch: the code names the 1000 draws epoch = 1000, the "
            "answer about W⁽ᵗ⁺¹⁾ says the weights are updated 1エポックごとに, and the day-1 summary "
            "calls one input–output–error–update cycle an epoch. That is an iteration; an epoch is "
            "a whole pass over the training data.",
            "ノートは更新 1 回をエポックと呼んでいます。コードは 1000 回の抽出を epoch = 1000 とし、"
            "W⁽ᵗ⁺¹⁾ の解答は「1エポックごとに…重みを更新」、day1 のまとめは「入力-出力-誤差の計算-パラメータの"
            "更新という一つの流れをエポックという」としています。これはイテレーションで、エポックは訓練データ全体を"
            "ひととおり使うことです。"),
        code=SGD_LOOP, source=("Day-1 notes, Section 4 確認テスト", "day1 ノート Section 4 確認テスト")),
    choice(
        "online",
        ("What is online learning?", "オンライン学習とは何ですか。"),
        (("Updating the parameters each time a new training sample arrives, without collecting "
          "the whole data first",
          "学習データが入ってくるたびにパラメータを更新する方法。最初にすべてのデータをそろえなくてよい"),
         ("Training on a server over the internet", "インターネット上のサーバーで学習すること"),
         ("Using all the training data for every update (batch learning)",
          "更新のたびに全学習データを使うこと（バッチ学習）")), 0,
        ("Online learning updates with each sample as it comes — stochastic gradient descent "
         "makes it possible. Batch learning uses all the training data for each update.",
         "オンライン学習はデータが来るたびにそのサンプルで更新します。確率的勾配降下法で可能になります。"
         "バッチ学習は更新のたびに全学習データを使います。"),
        source=("Day-1 notes, Section 4 確認テスト", "day1 ノート Section 4 確認テスト")),
    choice(
        "minibatch",
        ("Mini-batch gradient descent computes each update from…",
         "ミニバッチ勾配降下法は、1 回の更新を何から計算しますか。"),
        (("the mean error of a random subset (a mini-batch) of the samples",
          "ランダムに選んだサンプルの集合（ミニバッチ）の平均誤差"),
         ("the error of one random sample", "ランダムな 1 サンプルの誤差"),
         ("the mean error of all the samples", "全サンプルの平均誤差")), 0,
        ("A mini-batch: it keeps the benefits of SGD (cheap, noisy updates) while using the "
         "computer's parallel arithmetic. One random sample is SGD, all samples batch gradient "
         "descent — compare the three in the panel on the page.",
         "ミニバッチです。確率的勾配降下法の利点（安く、ゆらぎのある更新）を保ちつつ、計算機の並列計算を"
         "生かせます。1 サンプルは確率的勾配降下法、全サンプルは（バッチ）勾配降下法です。ページのパネルで"
         "3 つを比べましょう。"),
        source=("Day-1 notes, Section 4", "day1 ノート Section 4")),
))
