"""確認テスト for lesson 10: MNIST inference in batches."""

from __future__ import annotations

import math

from ...spec import NetworkSpec
from .base import Quiz, choice, code_line, number
from .notes_code import BATCH


def _outputs() -> float:
    """Numbers that come out of the book's 784-50-100-10 for a batch of 100."""
    spec = NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "book 3.6", "input_shape": [784],
        "layers": [{"type": "Affine", "units": 50}, {"type": "Sigmoid"},
                   {"type": "Affine", "units": 100}, {"type": "Sigmoid"},
                   {"type": "Affine", "units": 10}, {"type": "SoftmaxWithLoss"}]})
    return float(100 * math.prod(spec.output_shapes()[-1]))


QUIZ = Quiz(10, (
    number(
        "outputs",
        ("100 images (100×784) go through the book's 784-50-100-10 at once. How many numbers "
         "come out?",
         "100 枚の画像（100×784）を本の 784-50-100-10 に一度に通します。出てくる数はいくつですか。"),
        1000, _outputs,
        ("100×784 → 100×50 → 100×100 → 100×10: ten class probabilities for each of the 100 "
         "images, 1,000 numbers.",
         "100×784 → 100×50 → 100×100 → 100×10。100 枚それぞれに 10 クラスの確率で、1,000 個です。"),
        tolerance=0.5, source=("Book 3.6.3", "本 3.6.3")),
    code_line(
        "argmax_line",
        ("Which line picks the predicted digit of every image in the batch?",
         "バッチ内の各画像の予測した数字を求めている行はどれですか。"),
        BATCH, 8,
        ("p = np.argmax(y_batch, axis=1): the index of the largest probability in each row (axis "
         "1 runs along a row, over the 10 classes).",
         "p = np.argmax(y_batch, axis=1) です。各行で最大の確率の添字を取ります（axis=1 は行に沿った方向、"
         "10 クラスの方向です）。"),
        source=("Book 3.6.3", "本 3.6.3")),
    choice(
        "why_batch",
        ("Why is one pass with a batch of 100 faster than 100 passes of one image?",
         "100 枚のバッチで 1 回計算するほうが、1 枚ずつ 100 回より速いのはなぜですか。"),
        (("Numerical libraries and GPUs compute one large matrix product much faster than many "
          "small ones", "数値計算ライブラリや GPU は、小さな行列積をたくさんより大きな行列積 1 回のほうがずっと速く"
          "計算できるから"),
         ("A batch skips some of the images", "バッチでは一部の画像を飛ばすから"),
         ("The weights are smaller for a batch", "バッチのほうが重みが小さいから")), 0,
        ("Batch processing: the per-call overhead is paid once, and large matrix products use the "
         "CPU's vector units and threads (or the GPU) fully. The result is exactly the same.",
         "バッチ処理では呼び出しごとのオーバーヘッドが 1 回で済み、大きな行列積は CPU のベクトル演算やスレッド"
         "（や GPU）を使い切れます。結果はまったく同じです。"),
        source=("Reading notes, バッチ処理", "読書メモ バッチ処理")),
))
