"""The book's MNIST figures of lessons 12 and 13 as comparisons, and what a finished run says.

- figure 6-9 (ch06/optimizer_compare_mnist.py): 784-100×4-10 ReLU with He weights, batch 128,
  2000 iterations: SGD 0.01, Momentum 0.01, AdaGrad 0.01, Adam 0.001 — SGD clearly slowest.
- figure 6-15 (ch06/weight_init_compare.py): the same network with SGD 0.01, initial weights
  std 0.01, Xavier and He — std 0.01 does not learn at all (the loss stays at ln 10 ≈ 2.30),
  He learns fastest.

``reduced`` settings (300 iterations on the first 6,000 training images) finish in seconds; the
book's (2000 iterations on all 60,000) take a minute or so. ``optimizer_verdict`` and
``init_verdict`` read the learner's own final losses and say whether they show the book's point.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .catalog.l12_optimizers import MNIST_RATES, MNIST_SPEC
from .catalog.l13_initialisation import INIT_SPEC

BATCH = 128
FULL_ITERATIONS = 2000
REDUCED_ITERATIONS = 300
REDUCED_TRAIN = 6000
TEST_LIMIT = 2000  # test images scored after each run (the curves are the training loss)
CHANCE_LOSS = math.log(10)  # cross-entropy of a network that has learned nothing: −log(1/10)

OPTIMIZER_LABELS = (("sgd", "SGD"), ("momentum", "Momentum"), ("adagrad", "AdaGrad"),
                    ("adam", "Adam"))
INIT_LABELS = (("std", ("std 0.01", "標準偏差 0.01")), ("xavier", ("Xavier", "Xavier")),
               ("he", ("He", "He")))


@dataclass(frozen=True)
class Setting:
    """How much of the book's experiment to run."""

    iterations: int
    train_limit: int | None  # None: all 60,000 training images

    @property
    def full(self) -> bool:
        return self.iterations >= FULL_ITERATIONS and self.train_limit is None


REDUCED = Setting(REDUCED_ITERATIONS, REDUCED_TRAIN)
FULL = Setting(FULL_ITERATIONS, None)


def _epochs(setting: Setting) -> int:
    n = setting.train_limit or 60_000
    return max(1, math.ceil(setting.iterations * BATCH / n))


def optimizer_comparison(setting: Setting = REDUCED, seed: int = 0):
    """Figure 6-9 as a comparison: the four optimizers with the book's rates."""
    from ..compare import Comparison, Variant
    from ..trainer import TrainConfig

    config = TrainConfig(epochs=_epochs(setting), batch_size=BATCH, optimizer="sgd", lr=0.01,
                         seed=seed, evaluate_train=False)
    variants = tuple(Variant((f"{label} lr {MNIST_RATES[key]:g}", f"{label} 学習率 {MNIST_RATES[key]:g}"),
                             {"optimizer": key, "lr": MNIST_RATES[key]})
                     for key, label in OPTIMIZER_LABELS)
    return Comparison(("Optimizers on MNIST (book figure 6-9)", "MNIST での最適化手法の比較（本の図 6-9）"),
                      dict(MNIST_SPEC), config, variants, setting="optimizer",
                      train_limit=setting.train_limit, test_limit=TEST_LIMIT,
                      iterations=setting.iterations)


def init_comparison(setting: Setting = REDUCED, seed: int = 0):
    """Figure 6-15 as a comparison: std 0.01, Xavier and He with SGD 0.01."""
    from ..compare import Comparison, Variant
    from ..trainer import TrainConfig

    config = TrainConfig(epochs=_epochs(setting), batch_size=BATCH, optimizer="sgd", lr=0.01,
                         seed=seed, evaluate_train=False)
    variants = tuple(Variant(label, {"init": key}) for key, label in INIT_LABELS)
    return Comparison(("Initial weights on MNIST (book figure 6-15)",
                       "MNIST での重みの初期値の比較（本の図 6-15）"),
                      dict(INIT_SPEC), config, variants, setting="init",
                      train_limit=setting.train_limit, test_limit=TEST_LIMIT,
                      iterations=setting.iterations)


@dataclass(frozen=True)
class Verdict:
    """The final losses of a finished comparison (None: the run failed or never ran) and whether
    they show the book's point."""

    losses: dict[str, float | None]
    shown: bool  # the book's main point
    detail: bool  # the finer point (Adam ahead of SGD by 2×; He ahead of Xavier)


def optimizer_verdict(losses: dict[str, float | None]) -> Verdict:
    """Figure 6-9's point: SGD's loss is the highest of the four (the slowest to learn)."""
    sgd = losses.get("sgd")
    others = [v for k, v in losses.items() if k != "sgd" and v is not None]
    shown = sgd is not None and bool(others) and sgd > max(others)
    adam = losses.get("adam")
    detail = sgd is not None and adam is not None and adam < sgd / 2
    return Verdict(dict(losses), shown, detail)


def init_verdict(losses: dict[str, float | None]) -> Verdict:
    """Figure 6-15's point: std 0.01 stays at the chance loss ln 10 while He learns; He is the
    fastest."""
    std, xavier, he = losses.get("std"), losses.get("xavier"), losses.get("he")
    stuck = std is not None and std > CHANCE_LOSS - 0.1
    learns = he is not None and he < CHANCE_LOSS - 0.5
    detail = he is not None and xavier is not None and he <= xavier
    return Verdict(dict(losses), stuck and learns, detail)
