"""Choosing hyperparameters on validation data (book 6.5, figure 6-24), lesson 14's last part.

The test data judge generalisation only once, at the end; the learning rate and weight decay λ
are chosen on *validation data* — training images held out from training. The book's random
search: 500 training images, the last 20 % (100) held out, 784-100×6-10, SGD, batch 100, 50
epochs, each trial with lr = 10^U(−6, −2) and λ = 10^U(−8, −4), drawn at random (log-uniform).
``search_verdict`` reads the learner's own trials: the best, and where the good rates lie.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..compare import Comparison, ComparisonResult, Variant
from ..trainer import TrainConfig
from .regularisation import mlp_spec

Text = tuple[str, str]
BOOK_TRIALS = 100
REDUCED_TRIALS = 12
TOP = 5


def random_search_comparison(trials: int = REDUCED_TRIALS, epochs: int = 50, seed: int = 0,
                             threads: int | None = None) -> Comparison:
    """One variant per trial, its (lr, λ) drawn log-uniformly from the book's ranges."""
    rng = np.random.default_rng(seed)
    variants = []
    for _ in range(trials):
        lr = float(10 ** rng.uniform(-6, -2))
        decay = float(10 ** rng.uniform(-8, -4))
        label = f"lr {lr:.2g} · λ {decay:.1e}"
        variants.append(Variant((label, label.replace("lr", "学習率")),
                                {"lr": lr, "weight_decay": decay}))
    return Comparison(("Random search on validation data", "検証データでのランダムサーチ"),
                      mlp_spec(6, "784-100×6-10 (book 6.5.3)"),
                      TrainConfig(epochs=epochs, batch_size=100, optimizer="sgd", lr=0.01,
                                  seed=seed, threads=threads),
                      tuple(variants), setting="lr+weight_decay", train_limit=500, validation=100)


@dataclass(frozen=True)
class Trial:
    lr: float
    decay: float
    validation_acc: float | None  # None: the trial failed


def search_trials(result: ComparisonResult) -> list[Trial]:
    """Every finished trial, best validation accuracy first (failed ones last)."""
    trials = [Trial(v.changes["lr"], v.changes["weight_decay"],
                    None if r.failed else r.final_test_acc)
              for v, r in zip(result.comparison.variants, result.results) if r.done]
    return sorted(trials, key=lambda t: -1.0 if t.validation_acc is None else -t.validation_acc)


def search_verdict(trials: list[Trial]) -> Text:
    """The best trial and the learning rates of the best ones, against the book's finding that
    good rates lie between about 0.001 and 0.01 (λ matters much less)."""
    scored = [t for t in trials if t.validation_acc is not None]
    if not scored:
        return ("No trial finished.", "終わった試行がありません。")
    best, top = scored[0], scored[:TOP]
    lo, hi = min(t.lr for t in top), max(t.lr for t in top)
    en = (f"Best validation accuracy: {100 * best.validation_acc:.1f}% with lr {best.lr:.2g} and "
          f"λ {best.decay:.1e} ({len(scored)} trials). The best {len(top)} used lr "
          f"{lo:.2g}–{hi:.2g}.")
    ja = (f"検証データの最高の認識精度：{100 * best.validation_acc:.1f}%（学習率 {best.lr:.2g}、"
          f"λ {best.decay:.1e}、{len(scored)} 回の試行）。上位 {len(top)} 件の学習率は {lo:.2g}〜{hi:.2g} です。")
    if lo >= 1e-3 * 0.5:
        en += " As in the book, the good learning rates lie around 0.001–0.01: narrow the search there."
        ja += "本と同じく、よい学習率は 0.001〜0.01 あたりにあります。そこに範囲を絞って探索を続けます。"
    else:
        en += (" Unlike the book, some of the best used rates below 0.0005 — with so few trials "
               "and epochs the ranking is noisy: run more trials.")
        ja += ("本と違い、上位に 0.0005 未満の学習率が入りました。試行とエポックが少ないと順位がぶれます。"
               "試行を増やしてください。")
    return en, ja
