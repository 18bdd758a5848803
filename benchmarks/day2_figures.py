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


FIGURES = [fig_6_19, fig_6_20_21_23]


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
