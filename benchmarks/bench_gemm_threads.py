"""When does a second BLAS thread pay? float32 GEMMs of an Affine layer, 1 thread vs N threads.

An Affine layer with batch B, n_in K and units N runs three GEMMs per training step:

    forward   u  = x·W      (B×K)·(K×N)
    backward  dW = xᵀ·δ     (K×B)·(B×N)
    backward  dx = δ·Wᵀ     (B×N)·(N×K)

Each takes M·K·N multiply-adds (the same count for all three). This script times all three for a
grid of layer shapes with one BLAS thread and with ``--threads`` (default: every core), the two
interleaved block by block so that a shared machine's load hits both alike, and prints the
speed-up against M·K·N, then the speed-up per band of sizes. Every call is timed on its own and
the fastest is kept: on a shared machine most calls wait for a core, and the fastest is the one
that ran undisturbed (the median speed-up, printed beside it, shows what the load did). nnlab.threads uses the
resulting rule: GEMMs below the size where the speed-up crosses 1 run on one thread.

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/bench_gemm_threads.py \
        [--threads 2] [--repeats 7] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

CALLS = 20  # single calls timed per block
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The layers of the benchmark networks and of bench_scaling.py's sweeps (n_in, units).
BATCHES = (16, 32, 64, 100, 256, 1024)
LAYERS = ((100, 10), (128, 10), (256, 10), (1024, 10), (4096, 10), (784, 64), (784, 100),
          (256, 128), (784, 256), (256, 256), (784, 1024), (784, 4096))


def _gemms(b: int, k: int, n: int, rng: np.random.Generator) -> dict:
    x = rng.standard_normal((b, k), dtype=np.float32)
    w = rng.standard_normal((k, n), dtype=np.float32)
    delta = rng.standard_normal((b, n), dtype=np.float32)
    return {"x·W": lambda: x @ w, "xᵀ·δ": lambda: x.T @ delta, "δ·Wᵀ": lambda: delta @ w.T}


def _times(f, calls: int) -> list[float]:
    """Seconds of each of ``calls`` single calls (after one untimed call)."""
    f()
    out = []
    for _ in range(calls):
        start = time.perf_counter()
        f()
        out.append(time.perf_counter() - start)
    return out


def measure(threads: int, repeats: int) -> list[dict]:
    from threadpoolctl import ThreadpoolController

    controller = ThreadpoolController()
    rng = np.random.default_rng(0)
    rows = []
    for b in BATCHES:
        for k, n in LAYERS:
            for name, f in _gemms(b, k, n, rng).items():
                one, many = [], []
                for _ in range(repeats):
                    with controller.limit(limits=1, user_api="blas"):
                        one += _times(f, CALLS)
                    with controller.limit(limits=threads, user_api="blas"):
                        many += _times(f, CALLS)
                # On a shared machine most calls wait for a core; the fastest call is the one
                # that had both cores, i.e. what the GEMM costs on a machine at rest.
                t1, tn = min(one), min(many)
                rows.append({"gemm": name, "B": b, "K": k, "N": n, "mkn": b * k * n,
                             "us_1": t1 * 1e6, f"us_{threads}": tn * 1e6, "speedup": t1 / tn,
                             "median_speedup": statistics.median(one) / statistics.median(many)})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeats", type=int, default=10,
                        help=f"interleaved blocks of {CALLS} calls per GEMM and thread count")
    parser.add_argument("--json", action="store_true", help="one JSON object a line per GEMM")
    args = parser.parse_args(argv)
    from threadpoolctl import threadpool_info

    blas = [i for i in threadpool_info() if i["user_api"] == "blas"]
    if not args.json:
        print(f"BLAS: {[(i['internal_api'], i['version'], i.get('architecture')) for i in blas]}"
              f"  OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE')}")
        print(f"load average at start: {os.getloadavg()[0]:.2f}")
        print(f"{'gemm':<5} {'B':>5} {'K':>5} {'N':>5} {'M·K·N':>12} {'1 thread µs':>12} "
              f"{f'{args.threads} threads µs':>13} {'speed-up':>9} {'(medians)':>9}")
    rows = sorted(measure(args.threads, args.repeats), key=lambda r: (r["mkn"], r["gemm"]))
    for r in rows:
        if args.json:
            print(json.dumps(r))
        else:
            print(f"{r['gemm']:<5} {r['B']:>5} {r['K']:>5} {r['N']:>5} {r['mkn']:>12,} "
                  f"{r['us_1']:>12.1f} {r[f'us_{args.threads}']:>13.1f} {r['speedup']:>8.2f}× "
                  f"{r['median_speedup']:>8.2f}×")
    if not args.json:
        print(f"\nspeed-up by size band (median over the GEMMs in the band; load average "
              f"{os.getloadavg()[0]:.2f} at the end):")
        edges = [0, 2**18, 2**19, 2**20, 2**21, 2**22, 2**23, 2**24, 2**26, float("inf")]
        for low, high in zip(edges, edges[1:]):
            band = [r["speedup"] for r in rows if low <= r["mkn"] < high]
            if band:
                print(f"  {low:>12,} ≤ M·K·N < {high:>12,}: {statistics.median(band):.2f}×  "
                      f"(min {min(band):.2f}, max {max(band):.2f}, {len(band)} GEMMs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
