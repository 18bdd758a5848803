"""What the trainer checks before a run, and what it says when a run cannot start.

- the size budget (nnlab.budget) for the batch size the run will really use;
- the targets against the head: K classes take labels 0…K−1 (or one-hot rows of width K);
- a loss that is NaN or infinite before the first update: the initial weights, not the
  learning rate, are to blame.
"""

from __future__ import annotations

import numpy as np

from . import layers as L
from .budget import forward_batch
from .errors import NNLabError
from .evaluation import EVAL_BATCH
from .spec import SpecError


class TrainerError(NNLabError):
    """Settings or data the trainer cannot use; ``en``/``ja`` say what is wrong."""


def check_budget(net, batch_size: int, n_largest: int) -> int:
    """Refuse a design that cannot train in batches of ``batch_size``; return the evaluation
    batch: EVAL_BATCH (at most ``n_largest``, the larger data set) unless so large a forward pass
    would not fit the budget, never below the training batch."""
    spec = net.spec
    problems = spec.validate(net.registry, batch_size=batch_size)
    if problems:
        error = SpecError(problems)
        raise TrainerError(error.en, error.ja)
    return eval_batch(net, max(min(EVAL_BATCH, n_largest), 1), batch_size)


def eval_batch(net, want: int = EVAL_BATCH, at_least: int = 1) -> int:
    """The largest batch ≤ ``want`` (but ≥ ``at_least``) whose forward pass fits the budget."""
    shapes = [net.input_shape, *net.spec.output_shapes(net.registry)]
    values = sum(int(np.prod(s)) for s in shapes if s)
    values += sum(net.spec.work_values(net.registry)) // 2  # a forward keeps col, not dcol
    return forward_batch(values, want, at_least)


def check_targets(net, what: str, t: np.ndarray) -> None:
    """Targets must fit the head: labels 0…K−1 (or one-hot of width K) for K classes."""
    k = net.spec.output_shapes(net.registry)[-1][0]
    ja = "訓練" if what == "training" else "テスト"
    if isinstance(net.head, L.SoftmaxWithLoss) and t.ndim == 1:
        if t.dtype.kind not in "iu":
            raise TrainerError(f"{what} labels must be whole numbers 0–{k - 1}, not {t.dtype}",
                               f"{ja}データの正解ラベルは 0〜{k - 1} の整数でなければなりません"
                               f"（{t.dtype}）")
        low, high = int(t.min()), int(t.max())
        if low < 0 or high >= k:
            raise TrainerError(
                f"{what} labels run from {low} to {high}, but the network's output layer has "
                f"{k} classes (0–{k - 1}): give its last Affine layer {high + 1} units",
                f"{ja}データの正解ラベルは {low}〜{high} ですが、出力層のクラスは {k} 個"
                f"（0〜{k - 1}）です。最後の Affine 層を {high + 1} ユニットにしてください")
    elif (t.ndim == 2 and t.shape[1] != k) or t.ndim > 2:
        raise TrainerError(f"{what} targets have shape {t.shape[1:]}, but the network outputs "
                           f"{k} values per sample",
                           f"{ja}データの正解の形状は {t.shape[1:]} ですが、"
                           f"ネットワークの出力は 1 サンプルあたり {k} 個です")


def first_loss_message() -> tuple[str, str]:
    """A loss that is NaN or infinite before any update: not the learning rate's doing."""
    return ("Training could not start: the loss of the very first batch, before any update, is "
            "NaN or infinite, so the learning rate is not the cause. The initial weights are too "
            "large for this network (a large \"init\" standard deviation, or many layers "
            "multiplying it), or the data holds extreme values. Use \"he\" or \"xavier\" "
            "initialisation.",
            "学習を始められません：更新前の最初のバッチで損失が NaN または無限大になりました。"
            "原因は学習率ではありません。初期の重みがこのネットワークには大きすぎる（init の"
            "標準偏差が大きい、または層が多くて増幅される）か、データに極端な値があります。"
            "初期値に \"he\" か \"xavier\" を使ってください。")
