"""確認テスト for lesson 8: computation graphs and the chain rule."""

from __future__ import annotations

from ..graph import buy_apple_orange, chain_rule, local_computation
from .base import Quiz, choice, number

QUIZ = Quiz(8, (
    number(
        "local",
        ("Something complicated costs 4000; add 2 apples at 100 and pay 10 % tax (× 1.1). What "
         "is the price?",
         "なにか複雑な計算の結果が 4000 円、そこにりんご 100 円 × 2 個を足し、消費税 10%（× 1.1）を払います。"
         "支払金額はいくらですか。"),
        4620, lambda: local_computation().result,
        ("Each node computes only its own step: 100 × 2 = 200, 4000 + 200 = 4200, 4200 × 1.1 = "
         "4620. Backward, ∂price/∂apple is still 2 × 1.1 = 2.2, whatever the 4000 was.",
         "各ノードは自分の計算だけをします：100 × 2 = 200、4000 + 200 = 4200、4200 × 1.1 = 4620。"
         "逆伝播でも ∂支払金額/∂りんごの値段 は 4000 が何であっても 2 × 1.1 = 2.2 です。"),
        tolerance=0.5, source=("Reading notes, 計算グラフ", "読書メモ 計算グラフ")),
    number(
        "oranges",
        ("Apples 100 × 2 and oranges 150 × 3 with tax 1.1: what is ∂price/∂oranges (the "
         "derivative by the number of oranges)?",
         "りんご 100 円 × 2 個、みかん 150 円 × 3 個、消費税 1.1 のとき、∂支払金額/∂みかんの個数 はいくつですか。"),
        165, lambda: buy_apple_orange().edge("orange_num", "mul_orange").backward,
        ("Backward: 1 → × tax gives 1.1 → the + node passes 1.1 on → the × node multiplies by "
         "the other input, the orange price 150: 1.1 × 150 = 165.",
         "逆伝播：1 → × 消費税で 1.1 → + ノードは 1.1 をそのまま流す → × ノードはもう一方の入力、みかんの値段 "
         "150 を掛ける：1.1 × 150 = 165。"),
        tolerance=0.5, source=("Book 5.4", "本 5.4")),
    number(
        "chain",
        ("z = t², t = x + y. By the chain rule, what is ∂z/∂x at x = 1, y = 2?",
         "z = t²、t = x + y。連鎖律で、x = 1、y = 2 における ∂z/∂x はいくつですか。"),
        6, lambda: chain_rule(1.0, 2.0).edge("x", "add").backward,
        ("∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1 = 2(x + y) = 6.",
         "∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1 = 2(x + y) = 6 です。"),
        tolerance=0.01, source=("Day-2 notes, Section 1 確認テスト (連鎖律)", "day2 ノート Section 1 確認テスト（連鎖律）")),
    choice(
        "mul_node",
        ("What does a multiplication node z = x·y send back to x?",
         "乗算ノード z = x·y は x に何を逆伝播しますか。"),
        (("dout · y — the other input", "dout · y（もう一方の入力を掛ける）"),
         ("dout · x", "dout · x"), ("dout, unchanged", "dout をそのまま")), 0,
        ("∂z/∂x = y, so x receives dout · y: a multiplication node swaps its inputs. An addition "
         "node passes dout on unchanged.",
         "∂z/∂x = y なので x には dout · y が届きます。乗算ノードは入力を入れ替えて掛けます。加算ノードは "
         "dout をそのまま流します。"),
        source=("Book 5.3", "本 5.3")),
))
