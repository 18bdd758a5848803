"""確認テスト for lesson 12: optimizers (day-2 notes, Section 2; book 6.1)."""

from __future__ import annotations

import numpy as np

from ...optimizers import SGD, Momentum
from .base import Quiz, choice, number


def _grad(p: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """∇f of the book's f(x, y) = x²/20 + y²: (x/10, 2y)."""
    x, y = p["layers.0.W"]
    return {"layers.0.W": np.array([x / 10.0, 2.0 * y])}


def _after(optimizer, steps: int) -> np.ndarray:
    p = {"layers.0.W": np.array([-7.0, 2.0])}
    for _ in range(steps):
        optimizer.update(p, _grad(p))
    return p["layers.0.W"]


QUIZ = Quiz(12, (
    number(
        "sgd_step",
        ("f(x, y) = x²/20 + y² from (x, y) = (−7, 2): one SGD update with learning rate 0.95. "
         "What is the new y?",
         "f(x, y) = x²/20 + y² の点 (x, y) = (−7, 2) から、学習率 0.95 の SGD で 1 回更新します。"
         "新しい y はいくつですか。"),
        -1.8, lambda: float(_after(SGD(lr=0.95), 1)[1]),
        ("∂f/∂y = 2y = 4, so y ← 2 − 0.95 · 4 = −1.8: y overshoots past 0 because f is steep "
         "in y, while x barely moves (∂f/∂x = x/10 = −0.7) — the zigzag of SGD.",
         "∂f/∂y = 2y = 4 なので y ← 2 − 0.95 · 4 = −1.8。f は y 方向に急なので 0 を行き過ぎ、x はほとんど"
         "動きません（∂f/∂x = x/10 = −0.7）。これが SGD のジグザグです。"),
        tolerance=0.005, source=("Book 6.1.3", "本 6.1.3")),
    number(
        "momentum_v",
        ("Momentum (α = 0.9, learning rate 0.1) from the same point: after two updates, what is "
         "x? (v starts at 0.)",
         "同じ点から Momentum（α = 0.9、学習率 0.1）で 2 回更新すると、x はいくつですか（v は 0 から）。"),
        -6.798, lambda: float(_after(Momentum(lr=0.1, momentum=0.9), 2)[0]),
        ("v ← αv − ε∂f/∂x and x ← x + v. Step 1: v = −0.1·(−0.7) = 0.07, x = −6.93. Step 2: "
         "v = 0.9·0.07 − 0.1·(−0.693) = 0.1323, x = −6.93 + 0.1323 = −6.798. The velocity "
         "builds up along the shallow x direction — Momentum's point.",
         "v ← αv − ε∂f/∂x、x ← x + v。1 回目：v = −0.1·(−0.7) = 0.07、x = −6.93。2 回目："
         "v = 0.9·0.07 − 0.1·(−0.693) = 0.1323、x = −6.93 + 0.1323 = −6.798。緩やかな x 方向に速度がたまっていきます。"
         "これが Momentum の狙いです。"),
        tolerance=0.001, source=("Book 6.1.4", "本 6.1.4")),
    choice(
        "adagrad",
        ("What does AdaGrad do to the learning rate?", "AdaGrad は学習率をどうしますか。"),
        (("It divides it, per parameter, by the root of the sum of that parameter's squared "
          "gradients so far: parameters that moved a lot slow down",
          "パラメータごとに、それまでの勾配の二乗和の平方根で割る。大きく動いたパラメータほど小さくなる"),
         ("It keeps it fixed", "一定に保つ"),
         ("It doubles it every epoch", "エポックごとに 2 倍にする")), 0,
        ("h ← h + (∂L/∂W)², W ← W − ε (1/√h) ∂L/∂W. The step shrinks as h grows, so learning "
         "can stop too early — RMSProp fixes that by forgetting old gradients (a moving average).",
         "h ← h + (∂L/∂W)²、W ← W − ε (1/√h) ∂L/∂W。h が大きくなるほど更新幅が小さくなるので、学習が早く"
         "止まりすぎることがあります。RMSProp は古い勾配を忘れる（移動平均）ことでこれを改善します。"),
        source=("Day-2 notes, Section 2", "day2 ノート Section 2")),
    choice(
        "adam",
        ("Adam combines…", "Adam は何を組み合わせたものですか。"),
        (("Momentum's moving average of the gradient and RMSProp's moving average of its square",
          "Momentum の勾配の移動平均と、RMSProp の勾配の二乗の移動平均"),
         ("SGD and numerical differentiation", "SGD と数値微分"),
         ("Dropout and batch normalisation", "Dropout とバッチ正規化")), 0,
        ("Adam keeps both moving averages (with a bias correction at the start), so it moves "
         "like a ball with inertia and adapts each parameter's step size.",
         "Adam は両方の移動平均を持ち（始めはバイアス補正付き）、慣性のあるボールのように動きつつ、パラメータ"
         "ごとに更新幅を調整します。"),
        source=("Day-2 notes, Section 2", "day2 ノート Section 2")),
))
