"""SimpleConvNet (the book's chapter 7 network) in NN Lab: training speed against PyTorch, memory,
stepping one image, and a Draw-tab-style prediction with the CNN model.

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/bench_cnn.py \
        [--batches 200] [--repeats 3] [--threads N] [--json]

Training: Conv 30@5×5 → ReLU → Pool 2×2/2 → Flatten → Affine 100 → ReLU → Affine 10 → softmax,
Adam lr 0.001, batch 100, float32, on the first ``--batches`` × 100 images of a seeded shuffle of
MNIST (data in memory as uint8, converted per batch). Each run is a fresh process (its peak RSS is
its own); NN Lab and PyTorch runs are interleaved so a noisy shared machine slows them alike.
Both use ``--threads`` threads (default: ``nnlab.threads.idle_cores()``): NN Lab through
TrainConfig.threads (BLAS), PyTorch through ``torch.set_num_threads``. PyTorch's loop: nn.Conv2d,
ReLU, MaxPool2d, Linear, CrossEntropyLoss, Adam (eps 1e-7 like the book's), no DataLoader.

Reported: samples/s (median of the repeats, and the 90th percentile of 10-batch windows: the rate
while the machine left the run alone), the NN Lab ÷ PyTorch ratios (target ≥ 0.6), peak RSS of an
NN Lab training process (target ≤ 600 MB), the engine time of stepping one MNIST image forward and
backward through SimpleConvNet (``Stepper``, every step; the view's redraw is bench_stepper's), and
one drawn digit's preprocessing + forward + saliency (``nnlab.inside.look_inside``, what the Draw
tab computes on release) with resources/models/mnist_cnn.npz (p50, p99 of ``--draws``).
PyTorch is never a dependency of NN Lab; without it the PyTorch columns are empty.

``--profile [SPEC]`` instead prints each layer's forward and backward CPU time for one batch of 100
(float32, one BLAS thread, the fastest of 20; process time, so other programs' load counts little).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
WINDOW = 10
SLOW_BLAS_VARIABLES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def _p90(values: list[float]) -> float | None:
    ordered = sorted(values)
    return ordered[int(0.9 * (len(ordered) - 1))] if ordered else None


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _subset(n_batches: int, seed: int):
    from nnlab import load_mnist

    (x, t), _ = load_mnist(dtype="uint8")
    import numpy as np

    keep = np.random.default_rng(seed).permutation(len(x))[:n_batches * 100]
    return x[keep], t[keep]


def run_nnlab(batches: int, seed: int, threads: int) -> dict:
    from nnlab import Network, NetworkSpec
    from nnlab.paths import resource as bundled
    from nnlab.trainer import BatchEnd, TrainConfig, Trainer

    x, t = _subset(batches, seed)
    net = Network(NetworkSpec.from_json(bundled("specs", "simple_convnet.nnlab.json")), seed=seed)
    config = TrainConfig(epochs=1, seed=seed, evaluate_train=False, report_every=WINDOW,
                         threads=threads)
    windows = []
    for event in Trainer(net, (x, t), None, config).run():
        if isinstance(event, BatchEnd):
            windows.append(event.samples_per_s)
        last = event
    return {"samples_per_s": last.samples_per_s, "window_samples_per_s": _p90(windows),
            "peak_rss_mb": _peak_rss_mb()}


def run_torch(batches: int, seed: int, threads: int) -> dict:
    import torch
    from torch import nn

    torch.set_num_threads(threads)
    x, t = _subset(batches, seed)
    X, T = torch.from_numpy(x.reshape(-1, 1, 28, 28)), torch.from_numpy(t).long()
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Conv2d(1, 30, 5), nn.ReLU(), nn.MaxPool2d(2, 2), nn.Flatten(),
                          nn.Linear(4320, 100), nn.ReLU(), nn.Linear(100, 10))
    opt = torch.optim.Adam(model.parameters(), lr=0.001, eps=1e-7)
    loss_fn = nn.CrossEntropyLoss()
    n, bs = len(X), 100
    perm = torch.randperm(n)
    windows = []
    start = window = time.perf_counter()
    for k, b in enumerate(range(0, n, bs), 1):
        idx = perm[b:b + bs]
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(X[idx].float().div_(255)), T[idx])
        loss.backward()
        opt.step()
        if k % WINDOW == 0:
            now = time.perf_counter()
            windows.append(WINDOW * bs / (now - window))
            window = now
    return {"samples_per_s": n / (time.perf_counter() - start),
            "window_samples_per_s": _p90(windows), "peak_rss_mb": _peak_rss_mb()}


def run_step(repeats: int) -> dict:
    """Stepper over SimpleConvNet with one MNIST test image: every forward and backward step."""
    from nnlab import Network, NetworkSpec, load_mnist
    from nnlab.paths import resource as bundled
    from nnlab.stepper import Phase, Stepper

    _, (x, t) = load_mnist()
    net = Network(NetworkSpec.from_json(bundled("specs", "simple_convnet.nnlab.json")), seed=0,
                  dtype="float64")  # the step view computes in float64
    steps, cpu, passes = [], [], []
    for _ in range(repeats):
        stepper = Stepper(net, x[0].reshape(1, 28, 28), t[0])
        start = time.perf_counter()
        for phase, step in ((Phase.FORWARD, stepper.forward_step),
                            (Phase.BACKWARD, stepper.backward_step)):
            while stepper.position.phase == phase:
                t0, c0 = time.perf_counter(), time.process_time()
                step()
                steps.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
        passes.append((time.perf_counter() - start) * 1000)
    return {"step_ms_p50": statistics.median(steps), "step_ms_max": max(steps),
            "step_cpu_ms_p50": statistics.median(cpu), "step_cpu_ms_max": max(cpu),
            "pass_ms_p50": statistics.median(passes), "steps_per_pass": len(steps) // repeats}


def run_draw(draws: int) -> dict:
    """A drawn '7' on a 280×280 canvas: preprocess_digit, then look_inside (forward + saliency)."""
    import numpy as np

    from nnlab import Network
    from nnlab.digits import preprocess_digit
    from nnlab.inside import look_inside
    from nnlab.paths import resource as bundled

    path = bundled("models", "mnist_cnn.npz")
    if not path.exists():
        return {"draw_model": None}
    net = Network.load(path)
    canvas = np.zeros((280, 280), dtype=np.uint8)
    canvas[60:80, 60:220] = 255
    for k in range(160):  # the diagonal stroke
        canvas[80 + k, 200 - k // 2:220 - k // 2] = 255
    times, cpu = [], []
    for _ in range(draws):
        t0, c0 = time.perf_counter(), time.process_time()
        inside = look_inside(net, preprocess_digit(canvas))
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return {"draw_model": str(path.relative_to(ROOT)), "draw_predicted": inside.predicted,
            "draw_ms_p50": statistics.median(times), "draw_ms_p99": _pct(times, 99),
            "draw_cpu_ms_p50": statistics.median(cpu), "draw_cpu_ms_p99": _pct(cpu, 99)}


def profile(spec_path: str | None) -> None:
    """Per-layer CPU milliseconds of forward and backward for a float32 batch of 100."""
    import numpy as np

    from nnlab import Network, NetworkSpec
    from nnlab.paths import resource as bundled
    from nnlab.threads import blas_threads

    spec = NetworkSpec.from_json(spec_path or bundled("specs", "simple_convnet.nnlab.json"))
    net = Network(spec, dtype="float32")
    rng = np.random.default_rng(0)
    x = rng.random((100, *net.input_shape), dtype=np.float32)
    t = rng.integers(0, 10, 100)

    def best(f, n=20) -> float:
        times = []
        for _ in range(n):
            c0 = time.process_time()
            f()
            times.append(time.process_time() - c0)
        return 1000 * min(times)

    with blas_threads(1):
        ins = [x]
        for layer in net.layers[:-1]:
            ins.append(layer.forward(ins[-1], True))
        net.head.forward(ins[-1], t, True)
        print(f"{spec.name}: CPU ms for a batch of 100 (float32, 1 thread)")
        for i, layer in enumerate(net.layers[:-1]):
            fwd = best(lambda layer=layer, i=i: layer.forward(ins[i], True))
            dout = np.ones_like(ins[i + 1])
            bwd = best(lambda layer=layer, i=i, dout=dout: layer.backward(dout, need_dx=i > 0))
            shape = "×".join(map(str, ins[i + 1].shape[1:]))
            print(f"  {i:2d} {type(layer).__name__:<12} → {shape:<10} forward {fwd:6.2f}  backward {bwd:6.2f}")
        print(f"  whole step (Network.gradient): {best(lambda: net.gradient(x, t)):.2f}")


def _worker(args) -> None:
    if args.worker == "nnlab":
        out = run_nnlab(args.batches, args.seed, args.threads)
    elif args.worker == "torch":
        out = run_torch(args.batches, args.seed, args.threads)
    else:
        out = {**run_step(args.step_repeats), **run_draw(args.draws)}
    print(json.dumps(out))


def _spawn(worker: str, args, seed: int) -> dict | None:
    env = {k: v for k, v in os.environ.items() if k not in SLOW_BLAS_VARIABLES}
    cmd = [sys.executable, __file__, "--worker", worker, "--batches", str(args.batches),
           "--seed", str(seed), "--threads", str(args.threads), "--draws", str(args.draws),
           "--step-repeats", str(args.step_repeats)]
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        print(f"{worker} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def _has_torch() -> bool:
    import importlib.util

    return importlib.util.find_spec("torch") is not None


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--batches", type=int, default=200, help="batches of 100 per run (default 200)")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--draws", type=int, default=200)
    p.add_argument("--step-repeats", type=int, default=10)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.add_argument("--no-torch", action="store_true")
    p.add_argument("--no-train", action="store_true", help="only stepping and the Draw prediction")
    p.add_argument("--profile", nargs="?", const="", metavar="SPEC",
                   help="per-layer CPU times instead (default spec: SimpleConvNet)")
    p.add_argument("--worker", choices=("nnlab", "torch", "other"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.profile is not None:
        profile(args.profile or None)
        return
    if args.threads is None:
        from nnlab.threads import idle_cores

        args.threads = idle_cores()
    if args.worker:
        _worker(args)
        return
    torch = _has_torch() and not args.no_torch
    runs: dict[str, list[dict]] = {"nnlab": [], "torch": []}
    for r in range(0 if args.no_train else args.repeats):
        for worker in ("nnlab", "torch") if torch else ("nnlab",):
            out = _spawn(worker, args, args.seed + r)
            if out is not None:
                runs[worker].append(out)
    row = _summary(runs, args)
    row.update(_spawn("other", args, args.seed) or {})
    if args.json:
        print(json.dumps(row))
    else:
        _print(row)


def _summary(runs: dict[str, list[dict]], args) -> dict:
    def med(worker: str, key: str):
        values = [r[key] for r in runs[worker] if r.get(key) is not None]
        return statistics.median(values) if values else None

    pairs = [a["samples_per_s"] / b["samples_per_s"] for a, b in zip(runs["nnlab"], runs["torch"])]
    windows = [a["window_samples_per_s"] / b["window_samples_per_s"]
               for a, b in zip(runs["nnlab"], runs["torch"])]
    row = {"arch": "SimpleConvNet", "threads": args.threads, "batches": args.batches,
           "repeats": args.repeats, "load_average": round(os.getloadavg()[0], 2),
           "samples_per_s": med("nnlab", "samples_per_s"),
           "window_samples_per_s": med("nnlab", "window_samples_per_s"),
           "torch_samples_per_s": med("torch", "samples_per_s"),
           "torch_window_samples_per_s": med("torch", "window_samples_per_s"),
           "median_pair_ratio": statistics.median(pairs) if pairs else None,
           "window_pair_ratio": statistics.median(windows) if windows else None,
           "peak_rss_mb": med("nnlab", "peak_rss_mb"),
           "torch_peak_rss_mb": med("torch", "peak_rss_mb")}
    return row


def _print(row: dict) -> None:
    def num(v, fmt="{:,.0f}"):
        return "—" if v is None else fmt.format(v)

    print(f"SimpleConvNet training, {row['threads']} thread(s), {row['batches']} batches × "
          f"{row['repeats']} runs (load average {row['load_average']}):")
    print(f"  NN Lab   {num(row['samples_per_s'])} samples/s (windows p90 "
          f"{num(row['window_samples_per_s'])}), peak RSS {num(row['peak_rss_mb'])} MB")
    print(f"  PyTorch  {num(row['torch_samples_per_s'])} samples/s (windows p90 "
          f"{num(row['torch_window_samples_per_s'])}), peak RSS {num(row['torch_peak_rss_mb'])} MB")
    print(f"  ratio NN Lab ÷ PyTorch: {num(row['median_pair_ratio'], '{:.2f}')} (runs), "
          f"{num(row['window_pair_ratio'], '{:.2f}')} (windows p90); target ≥ 0.6")
    if "step_ms_p50" in row:
        print(f"Stepping one image (float64, {row['steps_per_pass']} steps a pass): step p50 "
              f"{row['step_ms_p50']:.2f} ms, slowest {row['step_ms_max']:.2f} ms (CPU p50 "
              f"{row['step_cpu_ms_p50']:.2f}, slowest {row['step_cpu_ms_max']:.2f}), whole pass "
              f"{row['pass_ms_p50']:.1f} ms")
    if row.get("draw_model"):
        print(f"Draw-tab prediction with {row['draw_model']} (preprocess + forward + saliency): "
              f"p50 {row['draw_ms_p50']:.2f} ms, p99 {row['draw_ms_p99']:.2f} ms (CPU p50 "
              f"{row['draw_cpu_ms_p50']:.2f}, p99 {row['draw_cpu_ms_p99']:.2f}); target p99 ≤ 30 ms")
    else:
        print("Draw-tab prediction: resources/models/mnist_cnn.npz not found")


if __name__ == "__main__":
    main()
