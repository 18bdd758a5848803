"""``bench``: training speed of the networks the speed targets name: two MLPs and the book's
SimpleConvNet (chapter 7)."""

from __future__ import annotations

import argparse
import json
import statistics

from ..data.mnist import CLASSES, PIXELS
from ..network import Network
from ..paths import resource
from ..spec import LayerSpec, NetworkSpec
from ..threads import idle_cores
from ..trainer import TrainConfig, Trainer
from .common import DATASET_HELP, load_dataset, pct, peak_rss_mb, positive


def bench_spec(hidden: tuple[int, ...]) -> NetworkSpec:
    """784-h₁-…-10 ReLU, He init, softmax: the networks the speed targets name."""
    layers = []
    for units in hidden:
        layers += [LayerSpec("Affine", {"units": units, "init": "he"}), LayerSpec("ReLU")]
    layers += [LayerSpec("Affine", {"units": CLASSES, "init": "xavier"}), LayerSpec("SoftmaxWithLoss")]
    return NetworkSpec(input_shape=(PIXELS,), layers=layers,
                       name="-".join(map(str, (PIXELS, *hidden, CLASSES))))


def bench_specs() -> dict[str, NetworkSpec]:
    """The benchmarked networks by their --net names."""
    simple = NetworkSpec.from_json(resource("specs", "simple_convnet.nnlab.json"))
    simple.name = "SimpleConvNet"
    return {"784-100-10": bench_spec((100,)), "784-256-128-10": bench_spec((256, 128)),
            "SimpleConvNet": simple}


def cmd_bench(args: argparse.Namespace) -> int:
    """One epoch of MNIST per repeat (Adam, batch 100, float32) for each network; medians."""
    train, test = load_dataset(args.dataset)
    specs = bench_specs()
    for name in args.net or list(specs):
        spec = specs[name]
        rates, accs = [], []
        for r in range(args.repeats):
            net = Network(spec, seed=r, dtype="float32")
            config = TrainConfig(epochs=args.epochs, seed=r, evaluate_train=False,
                                 report_every=10**9, threads=args.threads)
            for event in Trainer(net, train, test, config).run():
                last = event
            rates.append(last.samples_per_s)
            accs.append(last.test_acc)
        row = {"arch": spec.name, "samples_per_s": round(statistics.median(rates), 1),
               "test_acc": statistics.median(accs), "peak_rss_mb": round(peak_rss_mb(), 1),
               "epochs": args.epochs, "repeats": args.repeats,
               "threads": args.threads or idle_cores()}
        if args.json:
            print(json.dumps(row), flush=True)
        else:
            print(f"{row['arch']:<16} {row['samples_per_s']:>10,.0f} samples/s  "
                  f"test {pct(row['test_acc'])}  peak RSS {row['peak_rss_mb']:.0f} MB  "
                  f"{row['threads']} thread(s)  (median of {args.repeats})", flush=True)
    return 0


def add_parser(sub) -> None:
    p = sub.add_parser("bench", help="training speed on MNIST: 784-100-10, 784-256-128-10 and "
                                     "SimpleConvNet, Adam")
    p.add_argument("--dataset", default="mnist", help=DATASET_HELP)
    p.add_argument("--epochs", type=positive(int), default=1, help="epochs per repeat (default 1)")
    p.add_argument("--repeats", type=positive(int), default=3, help="report medians (default 3)")
    p.add_argument("--threads", type=positive(int), default=None, metavar="N",
                   help="BLAS threads (default: every idle core)")
    p.add_argument("--net", action="append", choices=list(bench_specs()), metavar="NAME",
                   help="benchmark only this network (repeatable): 784-100-10, 784-256-128-10 "
                        "or SimpleConvNet (default: all three)")
    p.add_argument("--json", action="store_true", help="one JSON object a line per network")
    p.set_defaults(func=cmd_bench)
