"""Is a run going wrong, and what to try instead (lesson 6: raise ε until training breaks).

A learning rate that is too high shows in three ways:

- divergence: the loss or a weight becomes NaN or infinite (the trainer's guard, nnlab.guard);
- a growing loss that stays finite: the moving average of the batch losses
      m_k = β m_(k−1) + (1 − β) L_k,   s_k = m_k / (1 − βᵏ),   β = 1 − 1/w,  w = max(5, B / 20)
  (B batches per epoch) reaches 2 s_1, twice where it started, after more than five steps;
- dead units: one big step pushes every input of a ReLU layer below zero. The layer then gives
  0 for every sample, passes ∂L/∂u = 0 back, and the layers before it never change again; the
  loss stays flat (at ln K for K classes when the output can only guess). Seen as a ReLU layer
  that is 0 for every sample of ``DEAD_STEPS`` batches in a row.

``RunWatch`` turns the last two into ``LossGrowing`` / ``DeadUnits`` events (once each per run);
``RunHealth`` says when a run has failed: at once for divergence and dead units, and for a
growing loss when the epoch it came in ends with the training loss still not below where the
run started (a loss that came back down was a spike). ``lr_advice`` suggests a tenth of the
learning rate, or the optimizer's usual rate when even a tenth is far above its usual range.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from . import layers as L
from .events import DeadUnits, Diverged, EpochEnd, LossGrowing, Stopped

OPTIMIZER_NAMES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov",
                   "adagrad": "AdaGrad", "rmsprop": "RMSprop", "adam": "Adam"}
# (low, usual, high): the learning rates each optimizer usually trains MNIST with (lesson 12).
USUAL_LR: dict[str, tuple[float, float, float]] = {
    "sgd": (0.01, 0.1, 1.0), "momentum": (0.001, 0.01, 0.1), "nesterov": (0.001, 0.01, 0.1),
    "adagrad": (0.001, 0.01, 0.1), "rmsprop": (0.0001, 0.001, 0.01), "adam": (0.0001, 0.001, 0.01),
}
GROWTH = 2.0     # the moving-average loss at twice its start
MIN_STEPS = 5    # … after more than this many steps
DEAD_STEPS = 10  # a ReLU layer all 0 on this many batches in a row is dead


@dataclass(frozen=True)
class Advice:
    """The learning rate to try next, and the sentence that says so."""

    lr: float
    en: str
    ja: str


def lr_advice(optimizer: str, lr: float) -> Advice:
    """A tenth of ``lr``, or the optimizer's usual rate when a tenth is still above its range."""
    tenth = lr / 10
    if optimizer not in USUAL_LR:
        return Advice(tenth, f"Try a smaller learning rate, e.g. {tenth:g}.",
                      f"学習率を小さくしてください（例：{tenth:g}）。")
    low, usual, high = USUAL_LR[optimizer]
    name = OPTIMIZER_NAMES[optimizer]
    if tenth > high:
        return Advice(
            usual,
            f"{name} usually trains with {low:g} to {high:g}, so far below {lr:g} that even a "
            f"tenth would be too high: try {usual:g}.",
            f"{name} の学習率はふつう {low:g}〜{high:g} で、{lr:g} の 10 分の 1 でもまだ大きすぎます。"
            f"{usual:g} を試してください。")
    return Advice(
        tenth,
        f"Try a smaller learning rate, e.g. {tenth:g}, a tenth ({name} usually trains with "
        f"{low:g} to {high:g}).",
        f"学習率を小さくしてください（例：10 分の 1 の {tenth:g}。{name} ではふつう "
        f"{low:g}〜{high:g}）。")


def divergence_message(optimizer: str, lr: float) -> tuple[str, str, float]:
    """The curriculum's explanation of a diverging run (lesson 6): (en, ja, learning rate to try)."""
    advice = lr_advice(optimizer, lr)
    en = (f"Training diverged: the loss or the weights became NaN or infinite. The learning rate "
          f"{lr:g} is too high, so each step overshoots the minimum and the weights grow without "
          f"bound. The weights of the last good step were restored. {advice.en}")
    ja = ("学習が発散しました：損失または重みが NaN または無限大になりました。"
          f"学習率 {lr:g} が大きすぎるため、1 回の更新で最小値を飛び越え、"
          f"重みが際限なく大きくなります。最後に正常だったステップの重みに戻しました。{advice.ja}")
    return en, ja, advice.lr


def growth_message(optimizer: str, lr: float, first: float, now: float) -> tuple[str, str, float]:
    """Why the loss climbs instead of falling: (en, ja, learning rate to try)."""
    advice = lr_advice(optimizer, lr)
    en = (f"The moving-average loss rose from {first:.3g} to {now:.3g}: the learning rate ε = "
          f"{lr:g} is probably too high, so every step jumps past the minimum. {advice.en}")
    ja = (f"損失の移動平均が {first:.3g} から {now:.3g} に増えました。学習率 ε = {lr:g} が"
          f"大きすぎて、1 回の更新ごとに最小値を飛び越えているようです。{advice.ja}")
    return en, ja, advice.lr


def dead_message(optimizer: str, lr: float, layer: int, loss: float,
                 classes: int | None) -> tuple[str, str, float]:
    """Why a network whose ReLU layer died stops learning: (en, ja, learning rate to try)."""
    advice = lr_advice(optimizer, lr)
    guess_en = guess_ja = ""
    if classes:
        chance = math.log(classes)
        guess_en = f" (ln {classes} ≈ {chance:.2f}: guessing among {classes} classes)"
        guess_ja = f"（ln {classes} ≈ {chance:.2f}：{classes} クラスを当て推量する値）"
    en = (f"Every unit of layer {layer} (ReLU) outputs 0 for every sample: ε = {lr:g} is too "
          "high, and a step pushed all their inputs below zero. A ReLU at 0 passes no gradient back "
          "(∂L/∂u = 0), "
          f"so the layers before it stop learning and the loss stays at {loss:.2f}{guess_en}. "
          f"{advice.en}")
    ja = (f"層 {layer}（ReLU）のすべてのユニットが、どのサンプルにも 0 を出力しています。"
          f"学習率 ε = {lr:g} が大きすぎて、更新で入力がすべて 0 未満になりました。0 の ReLU は勾配を逆伝播しない"
          f"（∂L/∂u = 0）ため、それより前の層は学習できず、損失は {loss:.2f} のままです{guess_ja}。"
          f"{advice.ja}")
    return en, ja, advice.lr


class MovingAverage:
    """s_k = m_k / (1 − βᵏ) with m_k = β m_(k−1) + (1 − β) L_k over the finite losses seen, and
    β = 1 − 1/max(5, B/20) for B batches per epoch: the smoothed loss of the curves and the rule."""

    def __init__(self, batches_per_epoch: int):
        self.beta = 1.0 - 1.0 / max(5.0, batches_per_epoch / 20)
        self._m, self._count = 0.0, 0

    def add(self, loss: float) -> float:
        """s_k after ``loss`` (a NaN or infinite loss is skipped; NaN before the first finite)."""
        if math.isfinite(loss):
            self._count += 1
            self._m = self.beta * self._m + (1.0 - self.beta) * loss
        return self._m / (1.0 - self.beta ** self._count) if self._count else math.nan


class RunWatch:
    """Watches each training step for a growing loss and for dead ReLU layers (module docstring).

    ``after_step`` returns a ``LossGrowing`` or ``DeadUnits`` event the first time each is seen
    (no LossGrowing after DeadUnits, which says more), else None. Costs one ``any()`` over each
    ReLU layer's mask per step.
    """

    def __init__(self, net, optimizer: str, lr: float, batches_per_epoch: int):
        self.optimizer, self.lr = optimizer, lr
        self.average = MovingAverage(batches_per_epoch)
        self.first: float | None = None
        self._relus = [(i, layer) for i, layer in enumerate(net.layers)
                       if isinstance(layer, L.ReLU)]
        self._dead_for = [0] * len(self._relus)
        self._classes = (net.spec.output_shapes()[-1][0]
                         if isinstance(net.head, L.SoftmaxWithLoss) else None)
        self.grew = self.died = False

    def after_step(self, epoch: int, step: int, loss: float) -> LossGrowing | DeadUnits | None:
        now = self.average.add(loss)
        if self.first is None:
            self.first = now
        dead = self._dead_layer()
        if dead is not None and not self.died:
            self.died = True
            en, ja, lr = dead_message(self.optimizer, self.lr, dead, loss, self._classes)
            return DeadUnits(epoch, step, dead, float(loss), self.lr, lr, en, ja)
        if (not (self.grew or self.died) and step > MIN_STEPS
                and self.first > 0 and now > GROWTH * self.first):
            self.grew = True
            en, ja, lr = growth_message(self.optimizer, self.lr, self.first, now)
            return LossGrowing(epoch, step, self.first, now, self.lr, lr, en, ja)
        return None

    def _dead_layer(self) -> int | None:
        """The index of a ReLU layer that was 0 for the whole batch DEAD_STEPS times in a row."""
        found = None
        for k, (index, layer) in enumerate(self._relus):
            mask = getattr(layer, "mask", None)
            alive = mask is None or bool(mask.any())
            self._dead_for[k] = 0 if alive else self._dead_for[k] + 1
            if self._dead_for[k] >= DEAD_STEPS and found is None:
                found = index
        return found


class RunHealth:
    """Whether a run has failed, from its events; ``update`` returns True once it has.

    ``problem`` is the event that made it fail: Diverged, DeadUnits (which replaces a growing
    loss: it says more), or a LossGrowing that the end of its epoch confirmed or that was still
    open when the run was stopped. ``pending`` is a LossGrowing not yet confirmed.
    """

    def __init__(self):
        self.problem: Diverged | DeadUnits | LossGrowing | None = None
        self.pending: LossGrowing | None = None

    def update(self, event) -> bool:
        if isinstance(event, DeadUnits) and not isinstance(self.problem, Diverged):
            self.problem = event  # says more than a growing loss
        elif self.problem is None:
            if isinstance(event, Diverged):
                self.problem = event
            elif isinstance(event, LossGrowing):
                self.pending = event
            elif isinstance(event, (EpochEnd, Stopped)) and self.pending is not None:
                if isinstance(event, EpochEnd) and event.train_loss < self.pending.first:
                    self.pending = None  # it came back down below where it started: a spike
                else:
                    self.problem = self.pending
        return self.problem is not None
