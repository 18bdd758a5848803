"""How training cost grows with width, depth and batch size: NN Lab next to PyTorch CPU.

Three sweeps of ReLU MLPs on MNIST (Adam lr 0.001, float32, uint8 data converted per batch):

  width  784-w-10 for w = 64 … 4096, batch 100
  depth  784-256×d-10 for d = 1 … 8, batch 100
  batch  784-100-10 for batch sizes 16 … 1024

Every measurement is a fresh process (so its peak RSS is its own), NN Lab and PyTorch (when
installed) alternate run by run with the same BLAS/OpenMP thread count, and medians of
``--repeats`` runs are printed. A run trains for ``--seconds`` after a few warm-up steps and
reports samples/s over that time; peak RSS is the process's maximum resident set (imports and
MNIST included), and "Δ RSS" is the peak while training minus the resident set just before it
(the network, its gradients, the optimizer's state, the batch's activations: what training
itself needs; Linux's VmHWM, restarted before training).

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/bench_scaling.py \
        [--threads N] [--repeats 3] [--seconds 1.5] [--sweep width] [--json] [--plot out.png]

``--plot`` needs matplotlib (``pip install matplotlib``; it is no dependency of NN Lab).
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
SWEEPS = {
    "width": [{"hidden": [w], "batch": 100} for w in (64, 128, 256, 512, 1024, 2048, 4096)],
    "depth": [{"hidden": [256] * d, "batch": 100} for d in range(1, 9)],
    "batch": [{"hidden": [100], "batch": b} for b in (16, 32, 64, 128, 256, 512, 1024)],
}
WARMUP_STEPS = 5
WINDOW_SECONDS = 0.02
# The variables some machines set for old OpenBLAS builds; a user's machine has neither.
SLOW_BLAS_VARIABLES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024**2


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_PEAK_BEFORE_TRAINING = [0.0]


def _start_training_peak() -> float:
    """The resident set now, and restart the kernel's peak (VmHWM) from it (Linux ≥ 4.0)."""
    _PEAK_BEFORE_TRAINING[0] = _peak_rss_mb()  # the restart resets ru_maxrss too
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    return _rss_mb()


def _training_peak_mb() -> float:
    """VmHWM: the peak resident set since ``_start_training_peak``."""
    with open("/proc/self/status") as f:
        line = next(line for line in f if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _rates(steps, seconds: float) -> dict:
    """Samples/s of an iterator that yields each training step's sample count, over about
    ``seconds`` after a few warm-up steps: overall, and the 90th percentile of ≥ 20 ms windows
    (the speed while the shared machine left the run alone)."""
    for _ in range(WARMUP_STEPS):
        next(steps)
    start = window_start = time.perf_counter()
    done = window = 0
    windows = []
    for samples in steps:
        done += samples
        window += samples
        now = time.perf_counter()
        if now - window_start >= WINDOW_SECONDS:
            windows.append(window / (now - window_start))
            window_start, window = now, 0
        if now - start >= seconds:
            break
    windows.sort()
    return {"samples_per_s": done / (time.perf_counter() - start),
            "window_samples_per_s": windows[int(0.9 * (len(windows) - 1))] if windows else None}


def _batches(n: int, batch: int):
    """Shuffled mini-batches of indices, as many epochs as a run could want."""
    import numpy as np

    rng = np.random.default_rng(0)
    return [p[i:i + batch] for p in (rng.permutation(n) for _ in range(20))
            for i in range(0, n - batch + 1, batch)]


def run_nnlab(config: dict, threads: int, seconds: float) -> dict:
    from nnlab import Network, load_mnist
    from nnlab.cli import bench_spec
    from nnlab.trainer import BatchEnd, TrainConfig, Trainer

    train, _ = load_mnist(dtype="uint8")
    net = Network(bench_spec(tuple(config["hidden"])), seed=0, dtype="float32")
    trainer = Trainer(net, train, None, TrainConfig(
        epochs=20, batch_size=config["batch"], evaluate_train=False, report_every=1,
        threads=threads))
    base = _start_training_peak()

    def steps():
        for event in trainer.run():  # the real trainer, its batch path and settings
            if isinstance(event, BatchEnd):
                yield config["batch"]
        raise RuntimeError("the run ended before the time was up")

    result = _rates(steps(), seconds)
    trainer.stop.set()
    return {**result, "base_rss_mb": base}


def run_torch(config: dict, threads: int, seconds: float) -> dict:
    import torch

    from nnlab import load_mnist

    torch.set_num_threads(threads)
    (x, t), _ = load_mnist(dtype="uint8")
    X, T = torch.from_numpy(x), torch.from_numpy(t).long()
    torch.manual_seed(0)
    units = [784, *config["hidden"], 10]
    layers: list = []
    for i in range(len(units) - 1):
        layers.append(torch.nn.Linear(units[i], units[i + 1]))
        if i < len(units) - 2:
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    opt = torch.optim.Adam(model.parameters(), lr=0.001, eps=1e-7)
    loss_fn = torch.nn.CrossEntropyLoss()
    base = _start_training_peak()

    def steps():
        for idx in _batches(len(x), config["batch"]):
            idx = torch.from_numpy(idx)
            xb = X[idx].float().div_(255)
            opt.zero_grad(set_to_none=True)
            loss_fn(model(xb), T[idx]).backward()
            opt.step()
            yield len(idx)

    return {**_rates(steps(), seconds), "base_rss_mb": base}


def _worker(kind: str, config: dict, threads: int, seconds: float) -> None:
    run = run_nnlab if kind == "nnlab" else run_torch
    result = run(config, threads, seconds)
    result["delta_rss_mb"] = _training_peak_mb() - result.pop("base_rss_mb")
    result["peak_rss_mb"] = max(_peak_rss_mb(), _PEAK_BEFORE_TRAINING[0])
    print(json.dumps(result))


def _spawn(kind: str, config: dict, threads: int, seconds: float) -> dict | None:
    env = {k: v for k, v in os.environ.items() if k not in SLOW_BLAS_VARIABLES}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    command = [sys.executable, __file__, "--worker", kind, json.dumps(config), str(threads),
               str(seconds)]
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        print(f"{kind} {config} failed:\n{done.stderr}", file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def _name(config: dict) -> str:
    return "-".join(map(str, [784, *config["hidden"], 10]))


def _median(runs: list, key: str) -> float | None:
    values = [r[key] for r in runs if r is not None]
    return statistics.median(values) if values else None


def measure(sweep: str, config: dict, kinds: list[str], args) -> dict:
    runs: dict[str, list] = {k: [] for k in kinds}
    for _ in range(args.repeats):
        for kind in kinds:
            runs[kind].append(_spawn(kind, config, args.threads, args.seconds))
    row = {"sweep": sweep, "arch": _name(config), "batch": config["batch"],
           "layers": len(config["hidden"]), "width": config["hidden"][0],
           "threads": args.threads, "repeats": args.repeats}
    for kind in kinds:
        for key in ("samples_per_s", "window_samples_per_s", "peak_rss_mb", "delta_rss_mb"):
            row[f"{kind}_{key}"] = _median(runs[kind], key)
    if "torch" in kinds and row["nnlab_samples_per_s"] and row["torch_samples_per_s"]:
        row["ratio"] = row["nnlab_samples_per_s"] / row["torch_samples_per_s"]
        row["window_ratio"] = row["nnlab_window_samples_per_s"] / row["torch_window_samples_per_s"]
    return row


def _fmt(value, spec: str) -> str:
    return "—" if value is None else format(value, spec)


def print_row(row: dict) -> None:
    def cell(key: str, spec: str, width: int) -> str:
        return f"{_fmt(row.get(key), spec):>{width}}"

    print(f"{row['sweep']:<6} {row['arch']:<28} {row['batch']:>5} "
          + cell("nnlab_samples_per_s", ",.0f", 9) + cell("torch_samples_per_s", ",.0f", 9)
          + cell("ratio", ".2f", 6) + "×"
          + cell("nnlab_window_samples_per_s", ",.0f", 9)
          + cell("torch_window_samples_per_s", ",.0f", 9) + cell("window_ratio", ".2f", 6) + "×"
          + cell("nnlab_peak_rss_mb", ".0f", 6) + cell("nnlab_delta_rss_mb", ".0f", 5)
          + cell("torch_peak_rss_mb", ".0f", 6) + cell("torch_delta_rss_mb", ".0f", 5),
          flush=True)


def plot(rows: list[dict], path: str, threads: int) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(13, 4.2), constrained_layout=True)
    for ax, (sweep, key, label) in zip(axes, (("width", "width", "hidden width (784-w-10)"),
                                              ("depth", "layers", "hidden layers of 256"),
                                              ("batch", "batch", "batch size (784-100-10)"))):
        part = [r for r in rows if r["sweep"] == sweep]
        if not part:
            ax.set_visible(False)
            continue
        xs = [r[key] for r in part]
        ax.plot(xs, [r["nnlab_window_samples_per_s"] for r in part], "o-", label="NN Lab")
        if any(r.get("torch_window_samples_per_s") for r in part):
            ax.plot(xs, [r.get("torch_window_samples_per_s") for r in part], "s--",
                    label="PyTorch CPU")
        ax.set_xscale("log", base=2) if sweep != "depth" else None
        ax.set_yscale("log")
        ax.set_xlabel(label)
        ax.set_ylabel("training samples / s")
        ax.grid(True, which="both", alpha=0.3)
        for r in part:
            if r.get("window_ratio"):
                ax.annotate(f"{r['window_ratio']:.2f}×", (r[key], r["nnlab_window_samples_per_s"]),
                            textcoords="offset points", xytext=(0, 7), ha="center", fontsize=7)
        ax.legend()
    fig.suptitle(f"MNIST training throughput (p90 of 20 ms windows), Adam, float32, "
                 f"{threads} thread(s) each; labels: NN Lab ÷ PyTorch")
    fig.savefig(path, dpi=110)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threads", type=int, default=None,
                        help="threads for both (default: every core)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=1.5, help="timed training per run")
    parser.add_argument("--sweep", choices=list(SWEEPS), action="append")
    parser.add_argument("--no-torch", action="store_true")
    parser.add_argument("--json", action="store_true", help="one JSON object a line per config")
    parser.add_argument("--plot", metavar="PNG", help="also draw the three sweeps (matplotlib)")
    parser.add_argument("--worker", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        kind, config, threads, seconds = args.worker
        _worker(kind, json.loads(config), int(threads), float(seconds))
        return 0
    sys.path.insert(0, str(ROOT))
    from nnlab.threads import available_cores

    args.threads = args.threads or available_cores()
    import importlib.util

    kinds = ["nnlab"] + ([] if args.no_torch or importlib.util.find_spec("torch") is None
                         else ["torch"])
    if not args.json:
        print(f"{args.threads} thread(s) each, medians of {args.repeats} runs of "
              f"{args.seconds:g} s; load average {os.getloadavg()[0]:.2f}")
        print(f"{'':<41}{'samples/s, whole run':^25}{'p90 of 20 ms windows':^25}"
              f"{'NN Lab MB':^11}{'torch MB':^11}")
        print(f"{'sweep':<6} {'network':<28} {'batch':>5} {'NN Lab':>9}{'torch':>9}{'ratio':>7}"
              f"{'NN Lab':>9}{'torch':>9}{'ratio':>7}{'peak':>6}{'Δ':>5}{'peak':>6}{'Δ':>5}")
    rows = []
    for sweep in args.sweep or list(SWEEPS):
        for config in SWEEPS[sweep]:
            row = measure(sweep, config, kinds, args)
            rows.append(row)
            print(json.dumps(row), flush=True) if args.json else print_row(row)
    if not args.json:
        print(f"load average at the end {os.getloadavg()[0]:.2f}")
    if args.plot:
        plot(rows, args.plot, args.threads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
