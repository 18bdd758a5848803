"""Training speed on MNIST: NN Lab vs PyTorch (if installed) vs the book's float64 loop.

One epoch of MNIST (60,000 images, 600 batches), Adam lr 0.001, batch 100, for 784-100-10 and
784-256-128-10 ReLU networks. Every run is a fresh process (so its peak RSS is its own), the
contenders are interleaved (nnlab, torch, book, nnlab, torch, book, …) so that a noisy shared
machine slows them alike, and the medians of ``--repeats`` runs are reported.

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/bench_train.py \
        [--repeats 5] [--json] [--arch 784-100-10] [--threads N]

Contenders, all timing only the training loop (data already in memory), all with ``--threads``
threads (default: every core):
  nnlab  nnlab.Trainer: float32, MNIST kept uint8 and converted per batch, TrainConfig.threads.
  torch  the identical network and loop in PyTorch: nn.Linear/ReLU, CrossEntropyLoss, Adam
         (eps 1e-7 like the book's), uint8 tensors preloaded, per batch x[idx].float()/255, no
         DataLoader; ``torch.set_num_threads(--threads)``.
  book   the book's code (ゼロから作るDeep Learning, common/layers.py and common/optimizer.py):
         float64 data and weights, np.random.choice batches, Affine/Relu/SoftmaxWithLoss classes,
         Adam as written there, ``--threads`` BLAS threads. Run for 784-100-10 only
         (``--book-all`` for both), ``--no-book`` to skip it.

The workers run without OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE (set on some machines for old
OpenBLAS builds; a user's machine has neither), and the BLAS kernel they use is printed.

samples/s is one epoch's samples over its training time. On a shared machine most of an epoch
may be spent waiting for a core, so the epoch is also cut into windows of 10 batches and the
90th percentile of the windows' rates is reported: the speed while the machine left the run
alone. Ratios are also taken pairwise (each nnlab run ÷ the torch run right after it), and the
median of those pairs is printed.

With ``--json``: one JSON object a line per network with keys arch, samples_per_s,
torch_samples_per_s (null without PyTorch), ratio_vs_torch, median_pair_ratio,
window_samples_per_s, torch_window_samples_per_s, window_pair_ratio, peak_rss_mb, test_acc, and
more.
PyTorch is never a dependency of NN Lab; install it only to measure.
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
ARCHS = ("784-100-10", "784-256-128-10")
WINDOW = 10  # batches per window for the windowed rate
# Set on some machines for old OpenBLAS builds (wrong results there); they slow a current numpy.
SLOW_BLAS_VARIABLES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def _p90(values: list[float]) -> float | None:
    """The 90th percentile: the rate of the windows that ran while the machine left us alone."""
    ordered = sorted(values)
    return ordered[int(0.9 * (len(ordered) - 1))] if ordered else None


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _units(arch: str) -> list[int]:
    return [int(u) for u in arch.split("-")]


# ---- the three contenders (each runs in its own process) ---------------------------------------


def run_nnlab(arch: str, seed: int, threads: int) -> dict:
    from nnlab import Network, load_mnist
    from nnlab.cli import bench_spec
    from nnlab.trainer import BatchEnd, TrainConfig, Trainer

    train, test = load_mnist(dtype="uint8")
    net = Network(bench_spec(tuple(_units(arch)[1:-1])), seed=seed, dtype="float32")
    config = TrainConfig(epochs=1, seed=seed, evaluate_train=False, report_every=WINDOW,
                         threads=threads)
    windows = []
    for event in Trainer(net, train, test, config).run():
        if isinstance(event, BatchEnd):
            windows.append(event.samples_per_s)
        last = event
    return {"samples_per_s": last.samples_per_s, "test_acc": last.test_acc,
            "window_samples_per_s": _p90(windows)}


def run_torch(arch: str, seed: int, threads: int) -> dict:
    import torch

    from nnlab import load_mnist

    torch.set_num_threads(threads)
    (x, t), (xt, tt) = load_mnist(dtype="uint8")
    X, T = torch.from_numpy(x), torch.from_numpy(t)
    torch.manual_seed(seed)
    units = _units(arch)
    layers: list = []
    for i in range(len(units) - 1):
        layers.append(torch.nn.Linear(units[i], units[i + 1]))
        if i < len(units) - 2:
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    opt = torch.optim.Adam(model.parameters(), lr=0.001, eps=1e-7)
    loss_fn = torch.nn.CrossEntropyLoss()
    n, bs = len(x), 100
    start = window = time.perf_counter()
    windows = []
    perm = torch.randperm(n)
    for k, b in enumerate(range(0, n, bs), 1):
        idx = perm[b:b + bs]
        xb = X[idx].float().div_(255)
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(xb), T[idx])
        loss.backward()
        opt.step()
        if k % WINDOW == 0:
            now = time.perf_counter()
            windows.append(WINDOW * bs / (now - window))
            window = now
    rate = n / (time.perf_counter() - start)
    with torch.no_grad():
        predicted = model(torch.from_numpy(xt).float() / 255).argmax(1)
        acc = (predicted == torch.from_numpy(tt)).float().mean()
    return {"samples_per_s": rate, "test_acc": float(acc), "window_samples_per_s": _p90(windows)}


def run_book(arch: str, seed: int) -> dict:
    """The book's chapter 5/6 code, condensed: float64 throughout, one allocation per operation."""
    import numpy as np

    from nnlab import load_mnist

    (x, t), (xt, tt) = load_mnist(dtype="float64")
    t_onehot = np.eye(10)[t]
    np.random.seed(seed)

    class Affine:
        def __init__(self, W, b):
            self.W, self.b = W, b

        def forward(self, x):
            self.x = x
            return np.dot(x, self.W) + self.b

        def backward(self, dout):
            self.dW = np.dot(self.x.T, dout)
            self.db = np.sum(dout, axis=0)
            return np.dot(dout, self.W.T)

    class Relu:
        def forward(self, x):
            self.mask = x <= 0
            out = x.copy()
            out[self.mask] = 0
            return out

        def backward(self, dout):
            dout[self.mask] = 0
            return dout

    def softmax(x):
        x = x - np.max(x, axis=-1, keepdims=True)
        return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)

    class SoftmaxWithLoss:
        def forward(self, x, t):
            self.t = t
            self.y = softmax(x)
            return -np.sum(t * np.log(self.y + 1e-7)) / x.shape[0]

        def backward(self):
            return (self.y - self.t) / self.t.shape[0]

    class Adam:
        def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
            self.lr, self.beta1, self.beta2 = lr, beta1, beta2
            self.iter, self.m, self.v = 0, None, None

        def update(self, params, grads):
            if self.m is None:
                self.m = {k: np.zeros_like(v) for k, v in params.items()}
                self.v = {k: np.zeros_like(v) for k, v in params.items()}
            self.iter += 1
            lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
            for key in params:
                self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
                self.v[key] += (1 - self.beta2) * (grads[key] ** 2 - self.v[key])
                params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + 1e-7)

    units = _units(arch)
    params, layers = {}, []
    for i in range(len(units) - 1):
        params[f"W{i}"] = np.random.randn(units[i], units[i + 1]) * np.sqrt(2.0 / units[i])
        params[f"b{i}"] = np.zeros(units[i + 1])
        layers.append(Affine(params[f"W{i}"], params[f"b{i}"]))
        if i < len(units) - 2:
            layers.append(Relu())
    head = SoftmaxWithLoss()
    opt = Adam()
    n, bs = len(x), 100
    start = time.perf_counter()
    for _ in range(n // bs):
        mask = np.random.choice(n, bs)
        h = x[mask]
        for layer in layers:
            h = layer.forward(h)
        head.forward(h, t_onehot[mask])
        dout = head.backward()
        for layer in reversed(layers):
            dout = layer.backward(dout)
        grads = {}
        for i, layer in enumerate(layers[::2]):
            grads[f"W{i}"], grads[f"b{i}"] = layer.dW, layer.db
        opt.update(params, grads)
    rate = n / (time.perf_counter() - start)
    h = xt
    for layer in layers:
        h = layer.forward(h)
    return {"samples_per_s": rate, "test_acc": float(np.mean(h.argmax(axis=1) == tt))}


# ---- driver -------------------------------------------------------------------------------------


def _worker(kind: str, arch: str, seed: int, threads: int) -> None:
    if kind == "nnlab":
        result = run_nnlab(arch, seed, threads)
    elif kind == "torch":
        result = run_torch(arch, seed, threads)
    else:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=threads, user_api="blas"):
            result = run_book(arch, seed)
    result["peak_rss_mb"] = _peak_rss_mb()
    from threadpoolctl import threadpool_info

    result["blas"] = [f"{i['internal_api']} {i['version']} {i.get('architecture')}"
                      for i in threadpool_info() if i["user_api"] == "blas"]
    print(json.dumps(result))


def _spawn(kind: str, arch: str, seed: int, threads: int) -> dict | None:
    env = {k: v for k, v in os.environ.items() if k not in SLOW_BLAS_VARIABLES}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    command = [sys.executable, __file__, "--worker", kind, arch, str(seed), str(threads)]
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        print(f"{kind} {arch} failed:\n{done.stderr}", file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def _median(runs: list[dict], key: str) -> float | None:
    values = [r[key] for r in runs if r is not None]
    return statistics.median(values) if values else None


def _pair_ratio(runs: dict[str, list], key: str) -> float | None:
    pairs = [a[key] / b[key] for a, b in zip(runs["nnlab"], runs["torch"]) if a and b]
    return statistics.median(pairs) if pairs else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5, help="runs per contender (default 5)")
    parser.add_argument("--arch", choices=ARCHS, action="append",
                        help="only this network (repeatable)")
    parser.add_argument("--json", action="store_true", help="one JSON object a line per network")
    parser.add_argument("--no-torch", action="store_true", help="skip PyTorch even if installed")
    parser.add_argument("--threads", "--torch-threads", dest="threads", type=int, default=None,
                        help="threads for every contender (default: every core)")
    parser.add_argument("--book-all", action="store_true",
                        help="run the book's loop for every network")
    parser.add_argument("--no-book", action="store_true", help="skip the book's loop")
    parser.add_argument("--worker", nargs=4, metavar=("KIND", "ARCH", "SEED", "THREADS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        kind, arch, seed, threads = args.worker
        _worker(kind, arch, int(seed), int(threads))
        return 0

    try:
        import importlib.util
        has_torch = not args.no_torch and importlib.util.find_spec("torch") is not None
    except ValueError:
        has_torch = False
    threads = args.threads or len(os.sched_getaffinity(0))
    if not args.json:
        print(f"{threads} thread(s) each; load average {os.getloadavg()[0]:.2f}", flush=True)
    for arch in args.arch or ARCHS:
        kinds = ["nnlab"] + (["torch"] if has_torch else [])
        if not args.no_book and (args.book_all or arch == ARCHS[0]):
            kinds.append("book")
        runs: dict[str, list] = {k: [] for k in kinds}
        for r in range(args.repeats):
            for kind in kinds:
                runs[kind].append(_spawn(kind, arch, r, threads))
        rate = _median(runs["nnlab"], "samples_per_s")
        torch_rate = _median(runs["torch"], "samples_per_s") if has_torch else None
        book_rate = _median(runs["book"], "samples_per_s") if "book" in runs else None
        row = {
            "arch": arch,
            "samples_per_s": rate,
            "torch_samples_per_s": torch_rate,
            "ratio_vs_torch": rate / torch_rate if rate and torch_rate else None,
            # Each nnlab run next to the torch run right after it: the two met the same load.
            "median_pair_ratio": _pair_ratio(runs, "samples_per_s") if has_torch else None,
            "window_samples_per_s": _median(runs["nnlab"], "window_samples_per_s"),
            "torch_window_samples_per_s":
                _median(runs["torch"], "window_samples_per_s") if has_torch else None,
            "window_pair_ratio":
                _pair_ratio(runs, "window_samples_per_s") if has_torch else None,
            "peak_rss_mb": _median(runs["nnlab"], "peak_rss_mb"),
            "test_acc": _median(runs["nnlab"], "test_acc"),
            "book_samples_per_s": book_rate,
            "ratio_vs_book": rate / book_rate if rate and book_rate else None,
            "torch_test_acc": _median(runs["torch"], "test_acc") if has_torch else None,
            "threads": threads,
            "blas": next((r["blas"] for r in runs["nnlab"] if r), None),
            "load_average": os.getloadavg()[0],
            "repeats": args.repeats,
            "all_samples_per_s": {k: [round(r["samples_per_s"]) for r in v if r]
                                  for k, v in runs.items()},
        }
        if args.json:
            print(json.dumps(row), flush=True)
        else:
            line = (f"{arch:<15} nnlab {rate:>9,.0f} samples/s  "
                    f"test {100 * row['test_acc']:.2f}%  peak RSS {row['peak_rss_mb']:.0f} MB")
            if torch_rate:
                line += (f" | torch {torch_rate:>9,.0f} ({row['ratio_vs_torch']:.2f}×; "
                         f"pairs {row['median_pair_ratio']:.2f}×) | p90 of {WINDOW}-batch "
                         f"windows {row['window_samples_per_s']:,.0f} vs "
                         f"{row['torch_window_samples_per_s']:,.0f} "
                         f"(pairs {row['window_pair_ratio']:.2f}×)")
            if book_rate:
                line += f" | book float64 {book_rate:>8,.0f} ({row['ratio_vs_book']:.2f}×)"
            print(line + f"  [median of {args.repeats}]", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
