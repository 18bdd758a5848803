"""Lesson 8: computation graph."""

from __future__ import annotations

from ..lesson import Lesson

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
