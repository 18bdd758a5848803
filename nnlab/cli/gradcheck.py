"""``gradcheck SPEC``: backprop against the numerical gradient."""

from __future__ import annotations

import argparse
import json
import sys

import numpy as np

from ..gradcheck import LARGEST, SAMPLE, TOLERANCE, gradient_check
from ..network import Network
from ..threads import blas_threads
from .common import load_spec, non_negative, positive, sample_batch, whole


def cmd_gradcheck(args: argparse.Namespace) -> int:
    """Backprop vs numerical gradient for every parameter of SPEC (float64, random batch): a
    seeded sample of each large tensor's entries, or every entry with --all."""
    spec = load_spec(args.spec, batch_size=args.batch)
    net = Network(spec, seed=args.seed, dtype="float64")
    rng = np.random.default_rng(args.seed)
    x, t = sample_batch(net, args.batch, rng)
    # Zero biases put every dead unit exactly on ReLU's kink, where the two one-sided
    # derivatives differ and a central difference is meaningless: nudge them off it.
    for key, p in net.params.items():
        if key.endswith(".b"):
            p[...] = rng.normal(0.0, 0.1, p.shape)
    from tqdm import tqdm

    bar = tqdm(unit="entry", leave=False, desc="gradcheck", dynamic_ncols=True,
               disable=args.json or not sys.stderr.isatty())

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    sample = None if args.all else SAMPLE
    try:
        # The GEMMs of a batch of a few samples gain nothing from a second BLAS thread and lose
        # much when another program keeps the other core busy (bench_gemm_threads.py).
        with blas_threads(1):
            # A small step keeps the perturbation from crossing a kink.
            result = gradient_check(net, x, t, h=1e-5, sample=sample, seed=args.seed,
                                    progress=progress)
    finally:
        bar.close()
    ok = result.ok(args.tol)
    if args.json:
        print(json.dumps({
            "spec": str(args.spec),
            "params": {k: {"relative_error": c.relative_error, "max_abs_diff": c.max_abs_diff,
                           "checked": c.checked, "size": c.size}
                       for k, c in result.checks.items()},
            "max_relative_error": result.max_relative_error,
            "tolerance": args.tol, "ok": ok, "sample": sample,
            "notes": [en for en, _ in result.notes],
        }))
    else:
        width = max((len(k) for k in result.checks), default=5)
        print(f"{'parameter':<{width}}  relative error  max |diff|  entries checked")
        for key, c in result.checks.items():
            print(f"{key:<{width}}  {c.relative_error:14.3e}  {c.max_abs_diff:10.3e}  "
                  f"{c.checked:,} of {c.size:,}")
        if any(c.checked < c.size for c in result.checks.values()):
            print(f"sampled: the {SAMPLE} entries of a larger tensor are its {LARGEST} largest gradients "
                  f"and {SAMPLE - LARGEST} at random (seed {args.seed}); --all checks every entry")
        for en, _ in result.notes:
            print(f"note: {en}")
        print(f"{'OK' if ok else 'FAILED'}: max relative error {result.max_relative_error:.3e} "
              f"(tolerance {args.tol:g})")
    return 0 if ok else 1


def add_parser(sub) -> None:
    p = sub.add_parser("gradcheck", help="compare backprop with numerical gradients for a spec")
    p.add_argument("spec", help="a *.nnlab.json network spec")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--tol", type=non_negative, default=TOLERANCE,
                   help=f"relative error tolerance (default {TOLERANCE:g})")
    p.add_argument("--batch", type=positive(int), default=3,
                   help="batch size of the random input (default 3)")
    p.add_argument("--all", action="store_true",
                   help=f"check every entry (default: at most {SAMPLE} per tensor, the largest "
                        "gradients and a seeded random sample)")
    p.add_argument("--seed", type=whole(0), default=0, help="weights, input and sample (default 0)")
    p.set_defaults(func=cmd_gradcheck)
