"""The command line: ``python -m nnlab <command>`` (design.md §2). Shares the engine with the app.

Each command is a function ``cmd_<name>(args) -> exit code`` registered in ``build_parser``.
Errors a user can cause (a missing file, a bad spec, a bad option) print one line to stderr and
exit 2; ``--json`` prints one JSON object a line for scripts.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import shlex
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from .data.mnist import MnistFormatError, load_mnist
from .digits import DigitImageError, preprocess_digit, read_image
from .gradcheck import TOLERANCE, gradient_check
from .layers import SoftmaxWithLoss
from .network import ModelFileError, Network
from .optimizers import OPTIMIZERS
from .spec import LayerSpec, NetworkSpec, SpecError
from .trainer import BatchEnd, Diverged, EpochEnd, Finished, TrainConfig, Trainer, evaluate

MNIST_SIZE = 28 * 28


class UserError(Exception):
    """Something the user can fix: printed as one line, exit status 2."""


def _fail(message: str) -> int:
    print(f"nnlab: {message}", file=sys.stderr)
    return 2


def _load_spec(path: str) -> NetworkSpec:
    try:
        spec = NetworkSpec.from_json(path)
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{path}: is a folder, not a network spec file") from None
    except OSError as e:
        raise UserError(f"{path}: cannot be read ({e.strerror or e})") from None
    except SpecError as e:
        raise UserError(f"{path}: {e}") from None
    try:
        spec.check()
    except SpecError as e:
        raise UserError(f"{path}: {e}") from None
    return spec


def _load_model(path: str) -> Network:
    if Path(path).is_dir():
        raise UserError(f"{path}: is a folder, not a model file")
    return Network.load(path)  # ModelFileError names the problem; main() prints it


def _load_dataset(name: str) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """The bundled MNIST ("mnist") or an MNIST-format folder, as uint8 (converted per batch)."""
    return load_mnist(None if name == "mnist" else name, dtype="uint8")


def _check_mnist_input(net_or_spec, what: str) -> None:
    """MNIST needs 784 inputs and a 10-class SoftmaxWithLoss head."""
    spec = getattr(net_or_spec, "spec", net_or_spec)
    shape = tuple(spec.input_shape)
    if int(np.prod(shape)) != MNIST_SIZE:
        raise UserError(f"{what} takes inputs of shape {shape}, but MNIST images are 28×28 = 784 "
                        "values: set input_shape to [784]")
    if spec.layers[-1].type != "SoftmaxWithLoss" or spec.output_shapes()[-1] != (10,):
        raise UserError(f"{what}: MNIST has 10 classes: end the network in an Affine layer of 10 "
                        "units and SoftmaxWithLoss")


def _peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.2f}%"


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
    spec = _load_spec(args.spec)
    net = Network(spec, seed=args.seed, dtype="float64")
    rng = np.random.default_rng(args.seed)
    x, t = _sample_batch(net, args.batch, rng)
    # Zero biases put every dead unit exactly on ReLU's kink, where the two one-sided
    # derivatives differ and a central difference is meaningless: nudge them off it.
    for key, p in net.params.items():
        if key.endswith(".b"):
            p[...] = rng.normal(0.0, 0.1, p.shape)
    # A small step keeps the perturbation from crossing a kink.
    result = gradient_check(net, x, t, h=1e-5)
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


def _train_config(args: argparse.Namespace) -> TrainConfig:
    options = {}
    if args.momentum is not None:
        if args.optimizer not in ("momentum", "nesterov"):
            raise UserError("--momentum applies to the momentum and nesterov optimizers, "
                            f"not {args.optimizer}")
        options["momentum"] = args.momentum
    return TrainConfig(
        epochs=args.epochs, batch_size=args.batch_size, optimizer=args.optimizer, lr=args.lr,
        optimizer_options=options, weight_decay=args.weight_decay, seed=args.seed,
        augment=args.augment, train_subset=args.train_subset, report_every=10,
    )


def cmd_train(args: argparse.Namespace) -> int:
    """Train SPEC on MNIST (mini-batches, float32), print progress, optionally save the model."""
    spec = _load_spec(args.spec)
    _check_mnist_input(spec, args.spec)
    out = Path(args.out) if args.out else None
    if out is not None and (out.is_dir() or not out.resolve().parent.is_dir()):
        problem = "is a folder" if out.is_dir() else "its folder does not exist"
        raise UserError(f"--out {args.out}: {problem}")
    config = _train_config(args)
    train, test = _load_dataset(args.dataset)
    net = Network(spec, seed=args.seed, dtype="float32")
    try:
        trainer = Trainer(net, train, test, config)
    except ValueError as e:
        raise UserError(str(e)) from None

    from tqdm import tqdm

    bar = tqdm(total=config.epochs * trainer.batches_per_epoch, unit="batch", leave=False,
               desc=f"epoch 1/{config.epochs}", disable=args.json or not sys.stderr.isatty(),
               dynamic_ncols=True)
    emit = (lambda d: print(json.dumps(d), flush=True)) if args.json else None
    last = None
    try:
        for event in trainer.run():
            if isinstance(event, BatchEnd):
                bar.update(event.step - bar.n)
                bar.set_postfix(loss=f"{event.mean_loss:.4f}", refresh=False)
                bar.set_description(f"epoch {event.epoch}/{config.epochs}", refresh=False)
            elif isinstance(event, EpochEnd):
                row = {"event": "epoch", "epoch": event.epoch, "loss": event.train_loss,
                       "train_acc": event.train_acc, "test_loss": event.test_loss,
                       "test_acc": event.test_acc, "seconds": round(event.seconds, 3),
                       "samples_per_s": round(event.samples_per_s, 1)}
                if emit:
                    emit(row)
                else:
                    bar.write(f"epoch {event.epoch}/{config.epochs}  loss {event.train_loss:.4f}  "
                              f"train {_pct(event.train_acc)}  test {_pct(event.test_acc)}  "
                              f"{event.seconds:.1f} s  {event.samples_per_s:,.0f} samples/s",
                              file=sys.stdout)
            last = event
    finally:
        bar.close()

    if isinstance(last, Diverged):
        if emit:
            emit({"event": "diverged", "epoch": last.epoch, "batch": last.batch, "step": last.step,
                  "loss": None if not math.isfinite(last.loss) else last.loss, "message": last.en})
        print(f"nnlab: {last.en}" + (" The model was not saved." if out else ""), file=sys.stderr)
        return 1
    if not isinstance(last, Finished):  # Stopped: the CLI has no stop button; keep the check honest
        return 1
    meta = {
        "dataset": args.dataset, "epochs": config.epochs, "accuracy": last.test_acc,
        "test_acc": last.test_acc, "train_acc": last.train_acc, "optimizer": config.optimizer,
        "lr": config.lr, "batch_size": config.batch_size, "weight_decay": config.weight_decay,
        "augment": config.augment, "seed": config.seed, "train_subset": config.train_subset,
        "command": "python -m nnlab " + shlex.join(args.argv),
    }
    if out is not None:
        net.save(out, meta=meta)
    summary = {"event": "finished", "epochs": last.epochs, "train_acc": last.train_acc,
               "test_acc": last.test_acc, "seconds": round(last.seconds, 3),
               "samples_per_s": round(last.samples_per_s, 1),
               "peak_rss_mb": round(_peak_rss_mb(), 1), "out": str(out) if out else None}
    if emit:
        emit(summary)
    else:
        print(f"done: test accuracy {_pct(last.test_acc)} after {last.epochs} epochs in "
              f"{last.seconds:.1f} s ({last.samples_per_s:,.0f} samples/s)"
              + (f"; saved {out}" if out else "; not saved (use --out FILE.npz)"))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Loss and accuracy of a model on the MNIST test set (bundled, or --dataset FOLDER)."""
    net = _load_model(args.model)
    _check_mnist_input(net, args.model)
    _, (x, t) = _load_dataset(args.dataset)
    start = time.perf_counter()
    loss, acc = evaluate(net, x, t)
    seconds = time.perf_counter() - start
    if args.json:
        print(json.dumps({"model": args.model, "dataset": args.dataset, "n_test": len(x),
                          "test_loss": loss, "test_acc": acc, "seconds": round(seconds, 3)}))
    else:
        print(f"{args.model}: test accuracy {_pct(acc)}, loss {loss:.4f} on {len(x):,} images "
              f"({args.dataset}, {seconds:.2f} s)")
    return 0


def cmd_predict(args: argparse.Namespace) -> int:
    """Classify digit images with the Draw tab's preprocessing (crop, fit 20×20, centre mass)."""
    net = _load_model(args.model)
    _check_mnist_input(net, args.model)
    if not isinstance(net.head, SoftmaxWithLoss):
        raise UserError(f"{args.model}: predict needs a classifier ending in SoftmaxWithLoss")
    canvases = [read_image(path) for path in args.images]  # every file is checked before any output
    for path, canvas in zip(args.images, canvases):
        image = preprocess_digit(canvas)
        if image is None:
            row = {"image": path, "empty": True, "label": None, "probability": None,
                   "probabilities": None}
            text = f"{path}: empty (no digit found)"
        else:
            probs = net.predict(image.reshape(1, -1))[0].astype(float)
            order = np.argsort(-probs)[:max(args.top, 1)]
            row = {"image": path, "empty": False, "label": int(order[0]),
                   "probability": float(probs[order[0]]),
                   "probabilities": [round(p, 6) for p in probs]}
            text = f"{path}: {order[0]}  " + "  ".join(f"{k}: {100 * probs[k]:.1f}%" for k in order)
        print(json.dumps(row) if args.json else text)
    return 0


def bench_spec(hidden: tuple[int, ...]) -> NetworkSpec:
    """784-h₁-…-10 ReLU, He init, softmax: the networks the speed targets name."""
    layers = []
    for units in hidden:
        layers += [LayerSpec("Affine", {"units": units, "init": "he"}), LayerSpec("ReLU")]
    layers += [LayerSpec("Affine", {"units": 10, "init": "xavier"}), LayerSpec("SoftmaxWithLoss")]
    return NetworkSpec(input_shape=(MNIST_SIZE,), layers=layers,
                       name="-".join(map(str, (MNIST_SIZE, *hidden, 10))))


def cmd_bench(args: argparse.Namespace) -> int:
    """One epoch of MNIST per repeat (Adam, batch 100, float32) for two MLPs; medians."""
    train, test = _load_dataset(args.dataset)
    for hidden in ((100,), (256, 128)):
        spec = bench_spec(hidden)
        rates, accs = [], []
        for r in range(args.repeats):
            net = Network(spec, seed=r, dtype="float32")
            config = TrainConfig(epochs=args.epochs, seed=r, evaluate_train=False,
                                 report_every=10**9)
            for event in Trainer(net, train, test, config).run():
                last = event
            rates.append(last.samples_per_s)
            accs.append(last.test_acc)
        row = {"arch": spec.name, "samples_per_s": round(statistics.median(rates), 1),
               "test_acc": statistics.median(accs), "peak_rss_mb": round(_peak_rss_mb(), 1),
               "epochs": args.epochs, "repeats": args.repeats}
        if args.json:
            print(json.dumps(row), flush=True)
        else:
            print(f"{row['arch']:<16} {row['samples_per_s']:>10,.0f} samples/s  "
                  f"test {_pct(row['test_acc'])}  peak RSS {row['peak_rss_mb']:.0f} MB  "
                  f"(median of {args.repeats})", flush=True)
    return 0


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and still exit status 2)."""

    def error(self, message: str):
        command = self.prog.removeprefix("python -m nnlab").strip()
        print(f"nnlab: {command + ': ' if command else ''}{message} (see {self.prog} --help)",
              file=sys.stderr)
        raise SystemExit(2)


def _positive(kind):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not value > 0 or (kind is float and not math.isfinite(value)):
            raise argparse.ArgumentTypeError(f"must be positive, not {text}")
        return value
    parse.__name__ = kind.__name__
    return parse


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (value >= 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be ≥ 0, not {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m nnlab", description="NN Lab's engine from the command line.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    dataset_help = "'mnist' (the bundled copy, default) or a folder of MNIST-format IDX files"

    p = sub.add_parser("train", help="train a spec on MNIST and save the model")
    p.add_argument("spec", help="a *.nnlab.json network spec with input_shape [784]")
    p.add_argument("--dataset", default="mnist", help=dataset_help)
    p.add_argument("--epochs", type=_positive(int), default=5)
    p.add_argument("--batch-size", type=_positive(int), default=100)
    p.add_argument("--optimizer", choices=list(OPTIMIZERS), default="adam")
    p.add_argument("--lr", type=_positive(float), default=0.001,
                   help="learning rate (default 0.001)")
    p.add_argument("--momentum", type=_non_negative, default=None,
                   help="for momentum/nesterov (default 0.9)")
    p.add_argument("--weight-decay", type=_non_negative, default=0.0,
                   help="L2 factor λ (default 0)")
    p.add_argument("--augment", action="store_true",
                   help="randomly shift (±2 px), rotate (±12°) and scale (0.9–1.1) each "
                        "training image")
    p.add_argument("--train-subset", type=_positive(int), default=None, metavar="N",
                   help="train on N training images (a seeded random subset)")
    p.add_argument("--seed", type=int, default=0,
                   help="weights, shuffling and augmentation (default 0)")
    p.add_argument("--out", metavar="MODEL.npz", help="where to save the trained model")
    p.add_argument("--json", action="store_true",
                   help="one JSON object a line per epoch, then a summary")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("eval", help="accuracy of a model on the MNIST test set")
    p.add_argument("model", help="a model .npz saved by NN Lab")
    p.add_argument("--dataset", default="mnist", help=dataset_help)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("predict", help="classify digit images (PNG, JPEG, …) as the Draw tab does")
    p.add_argument("model", help="a model .npz saved by NN Lab")
    p.add_argument("images", nargs="+", metavar="IMAGE", help="image files: a digit, any size")
    p.add_argument("--top", type=_positive(int), default=3,
                   help="how many classes to list (default 3)")
    p.add_argument("--json", action="store_true", help="one JSON object a line per image")
    p.set_defaults(func=cmd_predict)

    p = sub.add_parser("gradcheck", help="compare backprop with numerical gradients for a spec")
    p.add_argument("spec", help="a *.nnlab.json network spec")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--tol", type=float, default=TOLERANCE,
                   help=f"relative error tolerance (default {TOLERANCE:g})")
    p.add_argument("--batch", type=_positive(int), default=3,
                   help="batch size of the random input (default 3)")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=cmd_gradcheck)

    p = sub.add_parser("bench", help="training speed on MNIST: 784-100-10 and 784-256-128-10, Adam")
    p.add_argument("--dataset", default="mnist", help=dataset_help)
    p.add_argument("--epochs", type=_positive(int), default=1, help="epochs per repeat (default 1)")
    p.add_argument("--repeats", type=_positive(int), default=3, help="report medians (default 3)")
    p.add_argument("--json", action="store_true", help="one JSON object a line per network")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as e:  # --help (0) or a usage error, already printed as one line (2)
        return e.code if isinstance(e.code, int) else 2
    args.argv = argv
    try:
        return args.func(args)
    except UserError as e:
        return _fail(str(e))
    except (ModelFileError, MnistFormatError, DigitImageError) as e:
        return _fail(str(e))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
