"""Lesson 14's computations: batch normalisation stepped on a small batch, and the book's two
experiments (figures 6-19 to 6-23) as comparisons, each judged on the learner's own run.

Batch normalisation (book 6.3.1), per unit over a mini-batch B = {x₁ … x_m}:

    μ_B = (1/m) Σ xᵢ      σ²_B = (1/m) Σ (xᵢ − μ_B)²      x̂ᵢ = (xᵢ − μ_B) / √(σ²_B + ε)
    yᵢ = γ x̂ᵢ + β

``batchnorm_steps`` runs the engine's BatchNorm layer and reads every stage from what it keeps.

Experiments (nnlab.compare): ``batchnorm_comparison`` — 1000 training images, 784-100×5-10 ReLU,
SGD 0.01, batch 100, 20 epochs, weight scales np.logspace(0, −4, 16), with and without BatchNorm
(figure 6-19); ``overfitting_comparison`` — 300 training images, 784-100×6-10 ReLU (He), SGD
0.01, batch 100, 200 epochs, without regularisation (6-20), weight decay λ = 0.1 (6-21) and
Dropout 0.2 for 300 epochs (6-23). The verdicts (``batchnorm_verdict``, ``overfitting_verdict``)
state what the book shows and whether this run showed it, with this run's numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..compare import Comparison, ComparisonResult, Variant
from ..layers import BatchNorm
from ..trainer import TrainConfig
from .lesson import fmt

Text = tuple[str, str]

# A batch of four samples with two units: unit 1 is 1, 2, 3, 6 (μ = 3, σ² = 3.5).
BN_BATCH = ((1.0, 50.0), (2.0, 60.0), (3.0, 70.0), (6.0, 20.0))
BOOK_SCALES = tuple(float(s) for s in np.logspace(0, -4, 16))
REDUCED_SCALES = tuple(BOOK_SCALES[i] for i in (0, 5, 10, 15))  # 1, 0.046, 0.0022, 0.0001
LEARNED = 0.5       # a run "learned" when its final training accuracy reaches this
CHANCE = 0.2        # … and "did not" when it stays below this (10 classes: 0.1 is guessing)
WIDE_GAP = 0.15     # an overfitting gap the book would call far below
NARROWED = 0.10     # a gap at least 10 % smaller counts as narrowed


@dataclass(frozen=True)
class BatchNormSteps:
    """Each stage of BatchNorm's forward pass on a batch x (m samples × units)."""

    x: np.ndarray
    mu: np.ndarray
    var: np.ndarray
    std: np.ndarray      # √(σ² + ε)
    xhat: np.ndarray
    gamma: np.ndarray
    beta: np.ndarray
    y: np.ndarray
    eps: float


def batchnorm_steps(x=BN_BATCH, gamma: float | np.ndarray = 1.0,
                    beta: float | np.ndarray = 0.0) -> BatchNormSteps:
    """The engine's BatchNorm (training mode) on ``x``; μ and σ² are read back from what the
    layer keeps (x̂ and √(σ² + ε)), so every number shown is the layer's own."""
    x = np.asarray(x, dtype=np.float64)
    layer = BatchNorm(x.shape[1], dtype=np.float64)
    layer.params["gamma"][...] = gamma
    layer.params["beta"][...] = beta
    y = layer.forward(x, train=True)
    std, xhat = layer.std.copy(), layer.xn.copy()
    mu = (x - xhat * std).mean(axis=0)
    return BatchNormSteps(x, mu, std**2 - layer.eps, std, xhat,
                          layer.params["gamma"].copy(), layer.params["beta"].copy(), y, layer.eps)


def mlp_spec(hidden_layers: int, name: str, init: str | float = "he") -> dict:
    """784-100×n-10 with ReLU, the book's MultiLayerNet."""
    layers: list[dict] = []
    for _ in range(hidden_layers):
        layers += [{"type": "Affine", "units": 100, "init": init}, {"type": "ReLU"}]
    layers += [{"type": "Affine", "units": 10, "init": init}, {"type": "SoftmaxWithLoss"}]
    return {"format": "nnlab.network/1", "name": name, "input_shape": [784], "layers": layers}


def scale_text(s: float) -> str:
    return f"σ = {fmt(s)}"


def batchnorm_comparison(scales=REDUCED_SCALES, epochs: int = 20, train_limit: int = 1000,
                         seed: int = 0, threads: int | None = None) -> Comparison:
    """Figure 6-19: for every weight scale, BatchNorm on (variant 2k) and off (2k + 1)."""
    variants = []
    for s in scales:
        variants.append(Variant((f"{scale_text(s)} BatchNorm", f"{scale_text(s)} バッチ正規化あり"),
                                {"weight_scale": s, "batchnorm": True}))
        variants.append(Variant((f"{scale_text(s)} without", f"{scale_text(s)} なし"),
                                {"weight_scale": s, "batchnorm": False}))
    return Comparison(
        ("Batch normalisation and the initial weight scale", "バッチ正規化と重みの初期値のスケール"),
        mlp_spec(5, "784-100×5-10 (book 6.3.2)"),
        TrainConfig(epochs=epochs, batch_size=100, optimizer="sgd", lr=0.01, seed=seed,
                    threads=threads),
        tuple(variants), setting="batchnorm", train_limit=train_limit, test_limit=0)


def overfitting_comparison(epochs: int = 200, dropout_epochs: int = 300,
                           test_limit: int | None = None, seed: int = 0,
                           threads: int | None = None, dropout: bool = True) -> Comparison:
    """Figures 6-20, 6-21 and 6-23: no regularisation, weight decay λ = 0.1, Dropout 0.2."""
    variants = [Variant(("No regularisation", "正則化なし"), {}),
                Variant(("Weight decay λ = 0.1", "荷重減衰 λ = 0.1"), {"weight_decay": 0.1})]
    if dropout:
        variants.append(Variant(("Dropout 0.2", "Dropout 0.2"),
                                {"dropout": 0.2, "epochs": dropout_epochs}))
    return Comparison(
        ("Overfitting on 300 images", "300 枚での過学習"),
        mlp_spec(6, "784-100×6-10 (book 6.4.1)"),
        TrainConfig(epochs=epochs, batch_size=100, optimizer="sgd", lr=0.01, seed=seed,
                    threads=threads),
        tuple(variants), setting="regularisation", train_limit=300, test_limit=test_limit)


# ---- what the learner's run showed -----------------------------------------------------------

def _pct(v: float | None) -> str:
    return "—" if v is None else f"{100 * v:.1f}%"


@dataclass(frozen=True)
class ScaleOutcome:
    """Final training accuracy at one weight scale, with and without BatchNorm (None: the run
    failed — it diverged — or did not run)."""

    scale: float
    with_bn: float | None
    without: float | None
    failed_without: bool = False


@dataclass(frozen=True)
class BatchNormFinding:
    outcomes: tuple[ScaleOutcome, ...]
    bn_learned: int          # scales where BatchNorm reached LEARNED
    plain_learned: int
    key: ScaleOutcome | None  # where BatchNorm learned and the plain net did not (widest margin)
    small_choice: int        # at scales ≤ 0.01: 0 only BatchNorm learned, 1 only without, 2 both, 3 neither

    @property
    def shown(self) -> bool:
        """The book's result: BatchNorm learns at small scales where the plain network does not."""
        return self.key is not None and self.bn_learned > self.plain_learned


def batchnorm_finding(result: ComparisonResult) -> BatchNormFinding:
    """What a ``batchnorm_comparison`` run showed (variants in pairs: on, off)."""
    outcomes = []
    rs = result.results
    for k in range(0, len(rs) - 1, 2):
        scale = float(result.comparison.variants[k].changes["weight_scale"])
        on, off = rs[k], rs[k + 1]
        outcomes.append(ScaleOutcome(scale, None if on.failed else on.final_train_acc,
                                     None if off.failed else off.final_train_acc, off.failed))

    def learned(v):
        return v is not None and v >= LEARNED

    # The clearest case: BatchNorm learned, the plain network stayed at chance (or diverged),
    # with the widest margin between them.
    cases = [o for o in outcomes if learned(o.with_bn) and (o.without is None or o.without < CHANCE)]
    key = max(cases, key=lambda o: o.with_bn - (o.without or 0.0), default=None)
    small = [o for o in outcomes if o.scale <= 0.01]
    bn_small = any(learned(o.with_bn) for o in small)
    plain_small = any(learned(o.without) for o in small)
    choice = {(True, False): 0, (False, True): 1, (True, True): 2, (False, False): 3}[
        (bn_small, plain_small)]
    return BatchNormFinding(tuple(outcomes), sum(learned(o.with_bn) for o in outcomes),
                            sum(learned(o.without) for o in outcomes), key, choice)


def batchnorm_verdict(f: BatchNormFinding) -> Text:
    """One sentence each language: the book's claim, and this run's numbers for it."""
    n = len(f.outcomes)
    en = (f"With BatchNorm the network learned (training accuracy ≥ {LEARNED:.0%}) at "
          f"{f.bn_learned} of {n} weight scales, without it at {f.plain_learned} of {n}.")
    ja = (f"バッチ正規化ありでは {n} 通りのスケールのうち {f.bn_learned} 通りで学習できました"
          f"（訓練データの認識精度 {LEARNED:.0%} 以上）。なしでは {f.plain_learned} 通りです。")
    if f.shown:
        k = f.key
        without = ("diverged", "発散") if k.failed_without else (_pct(k.without), _pct(k.without))
        en += (f" At {scale_text(k.scale)}: {_pct(k.with_bn)} with BatchNorm, {without[0]} "
               "without — BatchNorm learns where the plain network does not, as in the book.")
        ja += (f"{scale_text(k.scale)} では、ありが {_pct(k.with_bn)}、なしが {without[1]}。"
               "本と同じく、バッチ正規化があると通常のネットワークが学習できない初期値でも学習できます。")
    else:
        en += (" This run did not show the book's result (BatchNorm learning at small scales "
               "where the plain network does not): try more epochs or the full 16 scales.")
        ja += ("この実行では本の結果（小さなスケールでもバッチ正規化ありだけが学習できる）は確認できません"
               "でした。エポック数を増やすか、16 通りすべてで試してください。")
    return en, ja


@dataclass(frozen=True)
class OverfitFinding:
    """Final train/test accuracy and gap of each run (None where a run failed or is absent)."""

    train: tuple[float | None, ...]
    test: tuple[float | None, ...]
    gaps: tuple[float | None, ...]
    labels: tuple[Text, ...]

    def reduction(self, i: int) -> float | None:
        """How much smaller run i's gap is than the unregularised one's (0.39: 39 % smaller)."""
        g0, g = self.gaps[0], self.gaps[i]
        return None if g0 is None or g is None or g0 <= 0 else 1.0 - g / g0

    @property
    def wide(self) -> bool:
        return self.gaps[0] is not None and self.gaps[0] > WIDE_GAP

    @property
    def decay_choice(self) -> int:
        """Weight decay's gap: 0 smaller, 1 about the same, 2 larger (than without)."""
        r = self.reduction(1) if len(self.gaps) > 1 else None
        if r is None:
            return -1
        return 0 if r >= NARROWED else (1 if r > -NARROWED else 2)


def overfitting_finding(result: ComparisonResult) -> OverfitFinding:
    rs = result.results
    return OverfitFinding(tuple(None if r.failed else r.final_train_acc for r in rs),
                          tuple(None if r.failed else r.final_test_acc for r in rs),
                          tuple(r.gap for r in rs), tuple(r.label for r in rs))


def _gap(v: float | None) -> str:
    return "—" if v is None else f"{v:.2f}"


def overfitting_verdict(f: OverfitFinding) -> Text:
    """The gaps of this run, how much each regulariser narrowed it, and whether that is what
    the book shows (a wide gap without regularisation, narrower with each regulariser)."""
    if f.gaps[0] is None:
        return ("The run without regularisation failed, so there is no gap to compare.",
                "正則化なしの実行が失敗したため、比べる隔たりがありません。")
    en = (f"Without regularisation: training accuracy {_pct(f.train[0])}, test {_pct(f.test[0])} "
          f"— gap {_gap(f.gaps[0])}.")
    ja = (f"正則化なし：訓練データの認識精度 {_pct(f.train[0])}、テストデータ {_pct(f.test[0])}、"
          f"隔たり {_gap(f.gaps[0])}。")
    narrowed = []
    for i in range(1, len(f.gaps)):
        name_en, name_ja = f.labels[i]
        r = f.reduction(i)
        if r is None:
            en += f" {name_en}: failed."
            ja += f"{name_ja}：失敗しました。"
            narrowed.append(False)
            continue
        change_en = f"{abs(r):.0%} {'smaller' if r >= 0 else 'larger'}"
        change_ja = f"{abs(r):.0%} {'小さい' if r >= 0 else '大きい'}"
        en += f" {name_en}: gap {_gap(f.gaps[i])} ({change_en}"
        ja += f"{name_ja}：隔たり {_gap(f.gaps[i])}（{change_ja}"
        if f.train[i] is not None and f.train[0] is not None and f.train[i] < f.train[0] - 0.2:
            en += f"; training accuracy only {_pct(f.train[i])}: it also learns more slowly"
            ja += f"。訓練データの認識精度は {_pct(f.train[i])} で、学習も遅くなります"
        en += ")."
        ja += "）。"
        narrowed.append(r >= NARROWED)
    if f.wide and all(narrowed):
        en += " The regularised runs narrow the gap, as in the book."
        ja += "本と同じく、正則化で隔たりが縮まりました。"
    elif not f.wide:
        en += (f" The gap without regularisation is not above {WIDE_GAP}: this run did not "
               "overfit as clearly as the book's (train longer).")
        ja += (f"正則化なしの隔たりが {WIDE_GAP} を超えていないので、この実行は本ほどはっきり"
               "過学習していません（エポック数を増やしてください）。")
    else:
        en += " Not every regulariser narrowed the gap by 10 % or more in this run, unlike the book."
        ja += "この実行では、本と違って、隔たりが 10% 以上縮まらなかった正則化があります。"
    return en, ja
