"""The book's chapter-6 figures at full settings, through NN Lab's engine: prints each figure's key
numbers (lessons 12–14). One function per figure; ``FIGURES`` lists them in order.

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/day2_figures.py [NAME ...]
    (no NAME: every figure; e.g. ``fig_6_19`` or ``fig_6_20_21_23``; --seeds N for the overfitting
    gaps over seeds 0…N−1)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np

from nnlab import load_mnist
from nnlab.compare import run_comparison
from nnlab.lessons import regularisation as R


def _data():
    return load_mnist(dtype="uint8")


def fig_6_19(args) -> None:
    """Batch norm: 1000 images, 784-100×5-10, SGD 0.01, batch 100, 20 epochs, 16 scales."""
    result = run_comparison(R.batchnorm_comparison(scales=R.BOOK_SCALES, epochs=20), _data())
    finding = R.batchnorm_finding(result)
    print("figure 6-19: final training accuracy after 20 epochs (1000 images)")
    print(f"  {'scale σ':>10}  {'BatchNorm':>10}  {'without':>10}")
    for o in finding.outcomes:
        without = "diverged" if o.failed_without else f"{o.without:.3f}"
        print(f"  {o.scale:>10.3g}  {o.with_bn if o.with_bn is not None else float('nan'):>10.3f}"
              f"  {without:>10}")
    print(f"  learned (≥ {R.LEARNED}): with BatchNorm {finding.bn_learned}/16, "
          f"without {finding.plain_learned}/16")
    print("  " + R.batchnorm_verdict(finding)[0])


def fig_6_20_21_23(args) -> None:
    """Overfitting: 300 images, 784-100×6-10, SGD 0.01, batch 100, 200 epochs (Dropout 300),
    the full test set; gaps per seed and their mean."""
    data = _data()
    rows = []
    for seed in range(args.seeds):
        c = R.overfitting_comparison(seed=seed, dropout=seed == 0 or args.dropout_all)
        f = R.overfitting_finding(run_comparison(c, data))
        rows.append(f.gaps[:2])
        print(f"figures 6-20/21/23, seed {seed}: train {[round(v, 3) for v in f.train]}, "
              f"test {[round(v, 3) for v in f.test]}, gaps {[round(v, 3) for v in f.gaps]}")
        if seed == 0:
            print("  " + R.overfitting_verdict(f)[0])
    none, decay = np.mean(rows, axis=0)
    print(f"  mean over {args.seeds} seeds: gap without {none:.3f}, with λ = 0.1 {decay:.3f} "
          f"({1 - decay / none:.0%} smaller)")


def fig_6_8(args) -> None:
    """The optimizers on f(x, y) = x²/20 + y² from (−7, 2), 30 updates, the book's rates."""
    from nnlab.lessons import optimizer_paths as P

    paths = P.all_paths()
    numbers = P.verdict_numbers(paths)
    print("figure 6-8: after 30 updates from (−7, 2)")
    print(f"  {'optimizer':>10}  {'ε':>5}  {'x':>9}  {'y':>9}  {'f(x, y)':>9}  {'y = 0 crossings':>15}")
    for name, path in paths.items():
        x, y = path.point
        f, _dist, crossings = numbers[name]
        print(f"  {P.TITLES[name]:>10}  {path.lr:>5g}  {x:>9.4f}  {y:>9.4f}  {f:>9.5f}  {crossings:>15}")


def _race(comparison, keys, data):
    result = run_comparison(comparison, data)
    return result, {k: r.final_loss() for k, r in zip(keys, result.results)}


def fig_6_9(args) -> None:
    """Optimizers on MNIST: 784-100×4-10 ReLU/He, batch 128, 2000 iterations, all 60,000 images."""
    from nnlab.lessons import figures as F

    result, losses = _race(F.optimizer_comparison(F.FULL), [k for k, _ in F.OPTIMIZER_LABELS],
                           _data())
    print("figure 6-9: training loss after 2000 iterations (mean of the last 10 reported batches)")
    for r, loss in zip(result.results, losses.values()):
        print(f"  {r.label[0]:>18}: {loss:.4f}   test accuracy (first 2,000 test images) {r.final_test_acc:.4f}"
              f"   ({r.seconds:.0f} s)")
    v = F.optimizer_verdict(losses)
    print(f"  SGD slowest: {v.shown}; Adam's loss < SGD's / 2: {v.detail}")


def fig_6_10_14(args) -> None:
    """Activation histograms: x = 1000×100 N(0, 1), five 100-unit layers, the six cases."""
    from nnlab.lessons import vanishing as V

    print("figures 6-10, 6-11, 6-13, 6-14: per-layer mean / std (at the ends: within 5 % of 0 or 1)")
    for act, init in V.BOOK_CASES:
        layers = V.activation_histograms(act, init)
        cells = "  ".join(f"{la.mean:.3f}/{la.std:.2g}" + (f" ({la.saturated:.0%})" if act != "relu"
                                                           else "") for la in layers)
        print(f"  {act:>7} {init:>7}: {cells}")
    x, t = V.mnist_batch(128)
    for act, init in (("sigmoid", "xavier"), ("sigmoid", "std1"), ("relu", "he")):
        g = V.gradient_by_layer(x, t, act, init, depth=5)
        print(f"  mean |∂L/∂W| per layer, {act} {init}: "
              + " ".join(f"{m:.2e}" for m in g.means) + f"   (×{g.ratio():.3f} per layer back)")


def fig_6_15(args) -> None:
    """Initial weights on MNIST: 784-100×4-10 ReLU, SGD 0.01, batch 128, 2000 iterations."""
    from nnlab.lessons import figures as F

    result, losses = _race(F.init_comparison(F.FULL), [k for k, _ in F.INIT_LABELS], _data())
    print("figure 6-15: training loss after 2000 iterations (mean of the last 10 reported batches)")
    for r, loss in zip(result.results, losses.values()):
        print(f"  {r.label[0]:>10}: {loss:.4f}   test accuracy (first 2,000 test images) {r.final_test_acc:.4f}"
              f"   ({r.seconds:.0f} s)")
    v = F.init_verdict(losses)
    print(f"  std 0.01 stuck at ln 10 and He learns: {v.shown}; He fastest: {v.detail}")


def fig_6_24(args) -> None:
    """Random search: 500 images (last 100 validation), 784-100×6-10, SGD, batch 100, 50 epochs,
    the book's 100 trials of lr = 10^U(−6, −2), λ = 10^U(−8, −4)."""
    from nnlab.lessons import validation as V

    result = run_comparison(V.random_search_comparison(V.BOOK_TRIALS, 50), _data())
    trials = V.search_trials(result)
    print("figure 6-24: the best five trials (validation accuracy, lr, λ)")
    for t in trials[:5]:
        print(f"  {t.validation_acc:.3f}  lr {t.lr:.3g}  λ {t.decay:.2e}")
    print("  " + V.search_verdict(trials)[0])


FIGURES = [fig_6_8, fig_6_9, fig_6_10_14, fig_6_15, fig_6_19, fig_6_20_21_23, fig_6_24]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="figures to run (default: all)")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--dropout-all", action="store_true",
                        help="the Dropout run for every seed (default: seed 0 only)")
    args = parser.parse_args()
    for fig in FIGURES:
        if args.names and fig.__name__ not in args.names:
            continue
        start = time.perf_counter()
        fig(args)
        print(f"  ({time.perf_counter() - start:.0f} s)\n", flush=True)


if __name__ == "__main__":
    main()
