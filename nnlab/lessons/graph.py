"""Lesson 8: computation graphs (book chapter 5.1–5.4) — the book's MulLayer and AddLayer.

Forward carries values left to right; backward carries ∂(output)/∂(value) right to left, each node
multiplying what arrives by its local derivative (the chain rule):

    multiply z = x·y:  ∂z/∂x = y, ∂z/∂y = x   → backward (dout·y, dout·x)
    add      z = x + y: ∂z/∂x = ∂z/∂y = 1     → backward (dout, dout)
    square   z = t²:    ∂z/∂t = 2t            → backward dout·2t

Buying 2 apples at 100 with tax 1.1 costs 220; backward gives ∂price/∂apple = 2.2,
∂price/∂count = 110, ∂price/∂tax = 200. Adding 3 oranges at 150 costs 715, with 2.2, 110, 3.3,
165 and 650 for apple, apple count, orange, orange count and tax. Adding the result of something
complicated, 4000, to the apples' 200 gives 4200 and, with tax, 4620 — each node only computes its
own small step (the reading notes' "local computation").
"""

from __future__ import annotations

from dataclasses import dataclass

Text = tuple[str, str]


class MulLayer:
    """z = x·y; backward(dout) = (dout·y, dout·x)."""

    def __init__(self) -> None:
        self.x: float | None = None
        self.y: float | None = None

    def forward(self, x: float, y: float) -> float:
        self.x, self.y = x, y
        return x * y

    def backward(self, dout: float) -> tuple[float, float]:
        return dout * self.y, dout * self.x


class AddLayer:
    """z = x + y; backward(dout) = (dout, dout)."""

    def forward(self, x: float, y: float) -> float:
        return x + y

    def backward(self, dout: float) -> tuple[float, float]:
        return dout, dout


class SquareLayer:
    """z = t²; backward(dout) = dout·2t (for the chain-rule example)."""

    def __init__(self) -> None:
        self.t: float | None = None

    def forward(self, t: float) -> float:
        self.t = t
        return t * t

    def backward(self, dout: float) -> float:
        return dout * 2 * self.t


# ---- graphs for drawing ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Node:
    """A box (an input or the result) or a circle (an operation) at grid position (col, row)."""

    id: str
    label: Text
    kind: str  # "input" | "op" | "output"
    col: float
    row: float


@dataclass(frozen=True)
class Edge:
    """A value flowing src → dst: ``forward`` above the edge, ``backward`` (∂out/∂value) below."""

    src: str
    dst: str
    forward: float
    backward: float
    name: Text  # what the backward value is, e.g. ("∂price/∂apple", "∂支払金額/∂りんごの値段")


@dataclass(frozen=True)
class Graph:
    """Nodes and edges; ``forward_order``/``backward_order`` list edge indices in reveal order."""

    title: Text
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    forward_order: tuple[int, ...]
    backward_order: tuple[int, ...]
    result: float

    def edge(self, src: str, dst: str) -> Edge:
        return next(e for e in self.edges if e.src == src and e.dst == dst)

    @property
    def steps(self) -> int:
        return len(self.forward_order) + len(self.backward_order)


def _d(what: str, what_ja: str, out: str = "price", out_ja: str = "支払金額") -> Text:
    return (f"∂{out}/∂{what}", f"∂{out_ja}/∂{what_ja}")


def buy_apple(apple: float = 100, apple_num: float = 2, tax: float = 1.1) -> Graph:
    """The book's buy_apple.py: price = apple · apple_num · tax."""
    mul_apple, mul_tax = MulLayer(), MulLayer()
    apple_price = mul_apple.forward(apple, apple_num)
    price = mul_tax.forward(apple_price, tax)
    dprice = 1.0
    dapple_price, dtax = mul_tax.backward(dprice)
    dapple, dapple_num = mul_apple.backward(dapple_price)
    nodes = (
        Node("apple", ("apple", "りんご"), "input", 0, 0),
        Node("apple_num", ("apples", "りんごの個数"), "input", 0, 1),
        Node("mul_apple", ("×", "×"), "op", 1, 0.5),
        Node("tax", ("tax", "消費税"), "input", 1, 1.5),
        Node("mul_tax", ("×", "×"), "op", 2, 1),
        Node("price", ("price", "支払金額"), "output", 3, 1),
    )
    edges = (
        Edge("apple", "mul_apple", apple, dapple, _d("apple", "りんごの値段")),
        Edge("apple_num", "mul_apple", apple_num, dapple_num, _d("apples", "りんごの個数")),
        Edge("mul_apple", "mul_tax", apple_price, dapple_price, _d("apple total", "りんごの合計")),
        Edge("tax", "mul_tax", tax, dtax, _d("tax", "消費税")),
        Edge("mul_tax", "price", price, dprice, _d("price", "支払金額")),
    )
    return Graph(("Buying apples", "りんごの買い物"), nodes, edges,
                 forward_order=(0, 1, 2, 3, 4), backward_order=(4, 2, 3, 0, 1), result=price)


def buy_apple_orange(apple: float = 100, apple_num: float = 2, orange: float = 150,
                     orange_num: float = 3, tax: float = 1.1) -> Graph:
    """The book's buy_apple_orange.py: price = (apple·apple_num + orange·orange_num) · tax."""
    mul_apple, mul_orange, add, mul_tax = MulLayer(), MulLayer(), AddLayer(), MulLayer()
    apple_price = mul_apple.forward(apple, apple_num)
    orange_price = mul_orange.forward(orange, orange_num)
    all_price = add.forward(apple_price, orange_price)
    price = mul_tax.forward(all_price, tax)
    dprice = 1.0
    dall_price, dtax = mul_tax.backward(dprice)
    dapple_price, dorange_price = add.backward(dall_price)
    dorange, dorange_num = mul_orange.backward(dorange_price)
    dapple, dapple_num = mul_apple.backward(dapple_price)
    nodes = (
        Node("apple", ("apple", "りんご"), "input", 0, 0),
        Node("apple_num", ("apples", "りんごの個数"), "input", 0, 1),
        Node("orange", ("orange", "みかん"), "input", 0, 2),
        Node("orange_num", ("oranges", "みかんの個数"), "input", 0, 3),
        Node("mul_apple", ("×", "×"), "op", 1, 0.5),
        Node("mul_orange", ("×", "×"), "op", 1, 2.5),
        Node("add", ("+", "+"), "op", 2, 1.5),
        Node("tax", ("tax", "消費税"), "input", 2, 3),
        Node("mul_tax", ("×", "×"), "op", 3, 2),
        Node("price", ("price", "支払金額"), "output", 4, 2),
    )
    edges = (
        Edge("apple", "mul_apple", apple, dapple, _d("apple", "りんごの値段")),
        Edge("apple_num", "mul_apple", apple_num, dapple_num, _d("apples", "りんごの個数")),
        Edge("orange", "mul_orange", orange, dorange, _d("orange", "みかんの値段")),
        Edge("orange_num", "mul_orange", orange_num, dorange_num, _d("oranges", "みかんの個数")),
        Edge("mul_apple", "add", apple_price, dapple_price, _d("apple total", "りんごの合計")),
        Edge("mul_orange", "add", orange_price, dorange_price, _d("orange total", "みかんの合計")),
        Edge("add", "mul_tax", all_price, dall_price, _d("total", "合計")),
        Edge("tax", "mul_tax", tax, dtax, _d("tax", "消費税")),
        Edge("mul_tax", "price", price, dprice, _d("price", "支払金額")),
    )
    return Graph(("Buying apples and oranges", "りんごとみかんの買い物"), nodes, edges,
                 forward_order=tuple(range(9)), backward_order=(8, 6, 7, 4, 5, 0, 1, 2, 3),
                 result=price)


def local_computation(apple: float = 100, apple_num: float = 2, other: float = 4000,
                      tax: float = 1.1) -> Graph:
    """The reading notes' local computation: (apple·apple_num + other) · tax, where ``other`` is
    the result of "something very complicated". Each node computes only its own step —
    200 + 4000 = 4200, 4200 × 1.1 = 4620 — and ∂price/∂apple is still apple_num · tax = 2.2."""
    mul_apple, add, mul_tax = MulLayer(), AddLayer(), MulLayer()
    apple_price = mul_apple.forward(apple, apple_num)
    all_price = add.forward(apple_price, other)
    price = mul_tax.forward(all_price, tax)
    dall_price, dtax = mul_tax.backward(1.0)
    dapple_price, dother = add.backward(dall_price)
    dapple, dapple_num = mul_apple.backward(dapple_price)
    nodes = (
        Node("apple", ("apple", "りんご"), "input", 0, 0),
        Node("apple_num", ("apples", "りんごの個数"), "input", 0, 1),
        Node("other", ("something complicated", "なにか複雑な計算"), "input", 1, 2),
        Node("mul_apple", ("×", "×"), "op", 1, 0.5),
        Node("add", ("+", "+"), "op", 2, 1),
        Node("tax", ("tax", "消費税"), "input", 2, 2),
        Node("mul_tax", ("×", "×"), "op", 3, 1.5),
        Node("price", ("price", "支払金額"), "output", 4, 1.5),
    )
    edges = (
        Edge("apple", "mul_apple", apple, dapple, _d("apple", "りんごの値段")),
        Edge("apple_num", "mul_apple", apple_num, dapple_num, _d("apples", "りんごの個数")),
        Edge("mul_apple", "add", apple_price, dapple_price, _d("apple total", "りんごの合計")),
        Edge("other", "add", other, dother, _d("the rest", "複雑な計算の結果")),
        Edge("add", "mul_tax", all_price, dall_price, _d("total", "合計")),
        Edge("tax", "mul_tax", tax, dtax, _d("tax", "消費税")),
        Edge("mul_tax", "price", price, 1.0, _d("price", "支払金額")),
    )
    return Graph(("Local computation", "局所的な計算"), nodes, edges,
                 forward_order=tuple(range(7)), backward_order=(6, 4, 5, 2, 3, 0, 1), result=price)


def chain_rule(x: float = 1.0, y: float = 2.0) -> Graph:
    """z = t², t = x + y: ∂z/∂t = 2t and ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1 = 2(x + y)."""
    add, square = AddLayer(), SquareLayer()
    t = add.forward(x, y)
    z = square.forward(t)
    dz = 1.0
    dt = square.backward(dz)
    dx, dy = add.backward(dt)
    nodes = (
        Node("x", ("x", "x"), "input", 0, 0),
        Node("y", ("y", "y"), "input", 0, 1),
        Node("add", ("+", "+"), "op", 1, 0.5),
        Node("square", ("**2", "**2"), "op", 2, 0.5),
        Node("z", ("z", "z"), "output", 3, 0.5),
    )
    edges = (
        Edge("x", "add", x, dx, (("∂z/∂x = 2t·1", "∂z/∂x = 2t·1"))),
        Edge("y", "add", y, dy, (("∂z/∂y = 2t·1", "∂z/∂y = 2t·1"))),
        Edge("add", "square", t, dt, (("∂z/∂t = 2t", "∂z/∂t = 2t"))),
        Edge("square", "z", z, dz, (("∂z/∂z = 1", "∂z/∂z = 1"))),
    )
    return Graph(("Chain rule: z = t², t = x + y", "連鎖律：z = t²、t = x + y"), nodes, edges,
                 forward_order=(0, 1, 2, 3), backward_order=(3, 2, 0, 1), result=z)


GRAPHS = {"apple": buy_apple, "apple_orange": buy_apple_orange, "local": local_computation,
          "chain": chain_rule}
