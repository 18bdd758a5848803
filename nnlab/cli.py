"""The command line: ``python -m nnlab <command>`` (design.md §2). Shares the engine with the app.

Each command is a function ``cmd_<name>(args) -> exit code`` registered in ``build_parser``.
Errors a user can cause (a missing file, a bad spec) print one line to stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from .gradcheck import TOLERANCE, gradient_check
from .network import ModelFileError, Network
from .spec import NetworkSpec, SpecError


def _fail(message: str) -> int:
    print(f"nnlab: {message}", file=sys.stderr)
    return 2


def _load_spec(path: str) -> NetworkSpec:
    try:
        spec = NetworkSpec.from_json(path)
    except FileNotFoundError:
        raise SpecError([]) from None
    spec.check()
    return spec


def _sample_batch(net: Network, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A random input batch and targets that fit the network's head."""
    x = rng.standard_normal((n, *net.input_shape))
    k = net.spec.output_shapes()[-1][0]
    head = net.spec.layers[-1].type
    if head == "SoftmaxWithLoss":
        t = rng.integers(0, k, size=n)
    elif head == "SigmoidWithLoss":
        t = (rng.random((n, k)) > 0.5).astype(np.float64)
    else:
        t = rng.standard_normal((n, k))
    return x, t


def cmd_gradcheck(args: argparse.Namespace) -> int:
    """Backprop vs numerical gradient for every parameter of SPEC (float64, random batch)."""
    try:
        spec = _load_spec(args.spec)
    except SpecError as e:
        return _fail(f"{args.spec}: {e}" if e.problems else f"{args.spec}: no such file")
    net = Network(spec, seed=args.seed, dtype="float64")
    rng = np.random.default_rng(args.seed)
    x, t = _sample_batch(net, args.batch, rng)
    # Zero biases put every dead unit exactly on ReLU's kink, where the two one-sided
    # derivatives differ and a central difference is meaningless: nudge them off it.
    for key, p in net.params.items():
        if key.endswith(".b"):
            p[...] = rng.normal(0.0, 0.1, p.shape)
    # A small step keeps the perturbation from crossing a kink; float64 keeps rounding harmless.
    result = gradient_check(net, x, t, h=1e-6)
    ok = result.ok(args.tol)
    if args.json:
        print(json.dumps({
            "spec": str(args.spec),
            "params": {k: {"relative_error": c.relative_error, "max_abs_diff": c.max_abs_diff}
                       for k, c in result.checks.items()},
            "max_relative_error": result.max_relative_error,
            "tolerance": args.tol, "ok": ok,
            "notes": [en for en, _ in result.notes],
        }))
    else:
        width = max((len(k) for k in result.checks), default=5)
        print(f"{'parameter':<{width}}  relative error  max |diff|")
        for key, c in result.checks.items():
            print(f"{key:<{width}}  {c.relative_error:14.3e}  {c.max_abs_diff:10.3e}")
        for en, _ in result.notes:
            print(f"note: {en}")
        print(f"{'OK' if ok else 'FAILED'}: max relative error {result.max_relative_error:.3e} "
              f"(tolerance {args.tol:g})")
    return 0 if ok else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m nnlab", description="NN Lab's engine from the command line.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("gradcheck", help="compare backprop with numerical gradients for a spec")
    p.add_argument("spec", help="a *.nnlab.json network spec")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--tol", type=float, default=TOLERANCE, help=f"relative error tolerance (default {TOLERANCE:g})")
    p.add_argument("--batch", type=int, default=3, help="batch size of the random input (default 3)")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=cmd_gradcheck)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ModelFileError as e:
        return _fail(str(e))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
