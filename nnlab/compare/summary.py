"""One sentence on a finished comparison, computed from its runs: which variant reached the
highest test accuracy (and by how many points over the lowest) and which the lowest final loss.

    summary(result) -> ("Highest test accuracy: Adam lr 0.001, 85.2% (12.3 points above
                         SGD lr 0.01, 72.9%). Lowest final loss: …", "<Japanese>") or None
"""

from __future__ import annotations

from .model import ComparisonResult, Text, VariantResult


def _pct(a: float) -> str:
    return f"{100 * a:.1f}%"


def _loss(v: float) -> str:
    return f"{v:.3g}"


def _accuracy_sentence(runs: list[VariantResult]) -> Text | None:
    """Best vs worst final test accuracy, the gap in percentage points (100·(a_best − a_worst))."""
    scored = [r for r in runs if r.final_test_acc is not None]
    if len(scored) < 2:
        return None
    best = max(scored, key=lambda r: r.final_test_acc)
    worst = min(scored, key=lambda r: r.final_test_acc)
    points = f"{100 * (best.final_test_acc - worst.final_test_acc):.1f}"
    return (f"Highest test accuracy: {best.text('en')}, {_pct(best.final_test_acc)} ({points} "
            f"points above {worst.text('en')}, {_pct(worst.final_test_acc)}).",
            f"テストの認識精度が最も高いのは {best.text('ja')} の {_pct(best.final_test_acc)}"
            f"（最も低い {worst.text('ja')} の {_pct(worst.final_test_acc)} より {points} ポイント上）。")


def _loss_sentence(runs: list[VariantResult]) -> Text | None:
    """Lowest vs highest final loss (the mean of each run's last reported batch losses)."""
    losses = [(r.final_loss(), r) for r in runs if r.final_loss() is not None]
    if len(losses) < 2:
        return None
    (low, best), (high, worst) = min(losses, key=lambda p: p[0]), max(losses, key=lambda p: p[0])
    return (f"Lowest final loss: {best.text('en')}, {_loss(low)} ({worst.text('en')}: "
            f"{_loss(high)}).",
            f"最終的な損失が最も小さいのは {best.text('ja')} の {_loss(low)}"
            f"（{worst.text('ja')} は {_loss(high)}）。")


def summary(result: ComparisonResult) -> Text | None:
    """The finished, not failed runs compared (None when fewer than two can be)."""
    runs = [r for r in result.results if r.status == "finished"]
    parts = [s for s in (_accuracy_sentence(runs), _loss_sentence(runs)) if s is not None]
    if not parts:
        return None
    return " ".join(p[0] for p in parts), "".join(p[1] for p in parts)
