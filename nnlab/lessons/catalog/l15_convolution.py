"""Lesson 15: convolution and pooling (the book's ch. 7, the notes' day-2 畳み込みニューラルネットワーク).

The lesson's network is the book's example of fig. 7-3: a 4×4 input ⊛ a 3×3 filter = 2×2,
[[15, 16], [6, 15]]. Its page (ui/lessons/lesson_conv.py) switches between the variants below
(``VARIANTS``): bias 3, padding 1, stride 2, max pooling, SimpleConvNet on an MNIST image — each
computed by the engine on screen — and has the output-size and im2col calculators and the
first-layer filters before and after training.
"""

from __future__ import annotations

from ..convolution import BOOK_BIAS, BOOK_FILTER, BOOK_INPUT, POOL_INPUT, STRIDE_INPUT
from ..lesson import Lesson, Narrative
from ..predict import Prediction

BOOK_X = [list(row) for row in BOOK_INPUT]
BOOK_W = [list(row) for row in BOOK_FILTER]
POOL_X = [list(row) for row in POOL_INPUT]
STRIDE_X = [list(row) for row in STRIDE_INPUT]  # figure 7-7's 7×7 input


def conv_spec(side: int, pad: int = 0, stride: int = 1) -> dict:
    """input 1×side×side ⊛ one 3×3 filter, then Flatten and a softmax head (so it can be stepped)."""
    return {"format": "nnlab.network/1", "name": "Book 7.2 convolution", "input_shape": [1, side, side],
            "layers": [{"type": "Convolution", "filters": 1, "size": 3, "stride": stride, "pad": pad},
                       {"type": "Flatten"}, {"type": "SoftmaxWithLoss"}]}


POOL_SPEC = {"format": "nnlab.network/1", "name": "Book 7.3 max pooling", "input_shape": [1, 4, 4],
             "layers": [{"type": "Pooling", "size": 2, "stride": 2}, {"type": "Flatten"},
                        {"type": "SoftmaxWithLoss"}]}

#: The page's variants: id → (title, spec, x, bias of the filter or None, predictions' ids).
VARIANTS: dict[str, tuple[tuple[str, str], dict | None, list | None, float | None, tuple[str, ...]]] = {
    "conv": (("Convolution 4×4 ⊛ 3×3", "畳み込み 4×4 ⊛ 3×3"), conv_spec(4), BOOK_X, 0.0, ("u00",)),
    "bias": (("… with bias 3", "… バイアス 3"), conv_spec(4), BOOK_X, BOOK_BIAS, ("u00_bias",)),
    "pad": (("… with padding 1", "… パディング 1"), conv_spec(4, pad=1), BOOK_X, 0.0, ("u00_pad",)),
    "stride": (("… stride 2 on 7×7", "… ストライド 2（7×7）"), conv_spec(7, stride=2), STRIDE_X, 0.0, ()),
    "pool": (("Max pooling 2×2, stride 2", "最大値プーリング 2×2・ストライド 2"), POOL_SPEC, POOL_X, None,
             ("z10_pool",)),
    "simple": (("SimpleConvNet on an MNIST image", "SimpleConvNet で MNIST 画像 1 枚"), None, None, None,
               ()),
}

CONVOLUTION = Lesson(
    id="convolution", number=15, kind="convolution", finish_phase="backward",
    title=("Convolution and pooling", "畳み込みとプーリング"),
    summary=("A filter slides over the image: sums of products, bias, padding, stride, im2col, max "
             "pooling — then SimpleConvNet and the filters it learns.",
             "フィルターが画像の上を移動します：積和、バイアス、パディング、ストライド、im2col、最大値プーリング。"
             "そして SimpleConvNet と、学習で得られるフィルター。"),
    body=(
        ("An Affine layer flattens an image into 784 numbers and forgets which pixels are "
         "neighbours. A convolution layer keeps the shape (channels × height × width): a small "
         "filter slides over the input, and at each position the products of the filter with "
         "the window under it are added up (the book's 積和演算) — plus one bias per filter. "
         "Padding adds zeros around the input; the stride is how far the filter moves. The output "
         "size is OH = (H + 2P − FH) / S + 1. For speed, im2col unrolls every window into a row, "
         "so the whole layer is one matrix product. Max pooling keeps the largest value of each "
         "window: it has no weights, shrinks the maps and tolerates small shifts.\n\n"
         "Choose an example above the step view; predict the highlighted value before it is "
         "shown, then click any output to light up its window and read its sum of products."),
        ("Affine レイヤは画像を 784 個の数に平らにしてしまい、どの画素が隣どうしかを忘れます。畳み込み層は"
         "形状（チャンネル × 高さ × 幅）を保ちます。小さなフィルターが入力の上を移動し、各位置でフィルターと"
         "その下の窓の積を足し合わせます（積和演算）。さらにフィルターごとにバイアスを 1 つ加えます。"
         "パディングは入力の周りに 0 を足し、ストライドはフィルターを動かす間隔です。出力サイズは "
         "OH = (H + 2P − FH) / S + 1。計算を速くするため、im2col で各窓を 1 行に展開し、層全体を 1 回の"
         "行列積にします。最大値プーリングは各窓の最大値を取ります。重みがなく、マップを小さくし、入力の"
         "小さなずれに強くなります。\n\n"
         "ステップビューの上で例を選び、強調された値を表示される前に予測してから、出力をクリックして窓と"
         "積和を確かめましょう。")),
    spec=conv_spec(4),
    params={"layers.0.W": [[BOOK_W]], "layers.0.b": [0.0]},
    x=[BOOK_X], t=0,
    options={"until": "update"},  # forward and backward; the weights are the book's, never updated
    goal=("Predict the first output of the convolution, then step the other examples.",
          "畳み込みの最初の出力を予測してから、ほかの例もステップ実行してみましょう。"),
    predictions=(
        Prediction("u00", ("u₀₀ (book)", "本の例の u₀₀"), (
            "Predict the first output: the 3×3 filter on the top-left window of the input, "
            "element by element, summed (1·2 + 2·0 + 3·1 + …).",
            "最初の出力を予測しましょう：入力の左上の 3×3 の窓とフィルターの要素ごとの積の和です"
            "（1·2 + 2·0 + 3·1 + …）。"),
            expected=15, step=("forward", 0), element=(0, 0, 0, 0)),
        Prediction("u00_bias", ("u₀₀ with bias", "バイアスありの u₀₀"), (
            "The same window, now with the filter's bias 3 added. Predict the first output.",
            "同じ窓に、フィルターのバイアス 3 を加えます。最初の出力を予測しましょう。"),
            expected=18, step=("forward", 0), element=(0, 0, 0, 0)),
        Prediction("u00_pad", ("u₀₀ with padding", "パディングありの u₀₀"), (
            "With padding 1 the top-left window holds five zeros of padding. Predict the first "
            "output.", "パディング 1 では左上の窓に 0 が 5 つ入ります。最初の出力を予測しましょう。"),
            expected=7, step=("forward", 0), element=(0, 0, 0, 0)),
        Prediction("z10_pool", ("z₁₀ of pooling", "プーリングの z₁₀"), (
            "Predict the bottom-left output of max pooling: the largest value of the window "
            "[[3, 0], [2, 4]].", "最大値プーリングの左下の出力を予測しましょう：窓 [[3, 0], [2, 4]] の最大値です。"),
            expected=4, step=("forward", 0), element=(0, 0, 1, 0)),
    ),
    narrative=Narrative(
        intro=("Press Step forward to slide the filter over the input.",
               "「順伝播」を押して、フィルターを入力の上で移動させましょう。"),
        by_type={
            ("forward", "Convolution"): (
                ("The filter visited every window: output {out_shape}, {out}. Click an output to "
                 "light up its window in x and read its sum of products; the im2col table below "
                 "marks the same window as a row."),
                ("フィルターがすべての窓を回りました。出力 {out_shape}：{out}。出力をクリックすると x の中の"
                 "窓が光り、積和が表示されます。下の im2col の表では同じ窓が 1 行として示されます。")),
            ("forward", "Pooling"): (
                "Each output is the largest value of its 2×2 window: {out}. The dots mark the winners.",
                "各出力は 2×2 の窓の最大値です：{out}。点が最大値の位置です。"),
            ("forward", "Flatten"): (
                "Flatten lines the {x_shape} maps up into one row of {out_shape} for the output layer.",
                "Flatten で {x_shape} のマップを 1 行（{out_shape}）に並べ、出力層に渡します。"),
            ("forward", "SoftmaxWithLoss"): (
                ("The output layer is only here so that the example can be stepped backward too: "
                 "softmax of the outputs, loss {loss}."),
                "出力層は逆伝播も試せるように置いてあります：出力のソフトマックス、損失 {loss}。"),
            ("backward", "SoftmaxWithLoss"): (
                "Backward starts at the loss: ∂L/∂u = y − t.", "逆伝播は損失から始まります：∂L/∂u = y − t。"),
            ("backward", "Flatten"): (
                "Flatten's backward only reshapes δ back into the maps ({dx_shape}).",
                "Flatten の逆伝播は δ をマップの形（{dx_shape}）に戻すだけです。"),
            ("backward", "Convolution"): (
                ("∂L/∂W adds up δ times the input window at every position; ∂L/∂b adds up δ "
                 "({dW_shape} and one number per filter)."),
                ("∂L/∂W は各位置で δ と入力の窓の積を足し合わせ、∂L/∂b は δ を足し合わせます"
                 "（{dW_shape} と、フィルターごとに 1 つの数）。")),
            ("backward", "Pooling"): (
                "Max pooling sends each δ back only to the winner of its window; the rest get 0.",
                "最大値プーリングは δ を各窓の最大値の位置にだけ戻し、ほかは 0 になります。"),
        },
        done=("The pass is over. Choose another example above the step view.",
              "パスが終わりました。ステップビューの上で別の例を選びましょう。"),
    ),
)
