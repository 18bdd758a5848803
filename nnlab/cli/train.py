"""``train SPEC``: mini-batch training on MNIST, with a progress bar or JSON lines.

Everything that could stop the run is checked before it starts (the spec and its size budget for
the batch, ``--out`` writable, the data set). Ctrl-C once stops after the current batch and saves
the model trained so far; twice aborts (nnlab.cli.rescue). A save that fails at the end is rescued
into NN Lab's data folder and the path printed (exit 1).
"""

from __future__ import annotations

import argparse
import json
import math
import shlex
import sys
import threading
from pathlib import Path

from ..events import BatchEnd, DeadUnits, Diverged, EpochEnd, Finished, LossGrowing, Stopped
from ..health import RunHealth
from ..network import Network
from ..optimizers import OPTIMIZERS
from ..trainer import TrainConfig, Trainer, evaluate
from .common import (
    DATASET_HELP,
    UserError,
    check_mnist_input,
    check_output,
    check_spec,
    fraction,
    load_dataset,
    load_spec,
    non_negative,
    pct,
    peak_rss_mb,
    positive,
    whole,
)
from .rescue import CtrlC, save_or_rescue


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
        threads=args.threads,
    )


def problem_row(event: Diverged | LossGrowing | DeadUnits) -> dict:
    """The --json line of a failed run: what went wrong, where, and the learning rate to try."""
    def finite(v: float) -> float | None:
        return v if math.isfinite(v) else None

    row = {"epoch": event.epoch, "step": event.step, "suggested_lr": event.suggested_lr,
           "message": event.en}
    if isinstance(event, Diverged):
        return {"event": "diverged", **row, "batch": event.batch, "loss": finite(event.loss)}
    if isinstance(event, DeadUnits):
        return {"event": "dead_units", **row, "layer": event.layer, "loss": finite(event.loss)}
    return {"event": "loss_growing", **row, "first_loss": event.first, "loss": finite(event.now)}


def _train(trainer: Trainer, config: TrainConfig, quiet: bool, emit):
    """Run ``trainer`` with a progress bar (on a terminal, unless ``quiet``) and a line per epoch
    (JSON through ``emit`` when given); a diverging, growing or dead run is stopped (RunHealth).
    Returns the last event and the run's health."""
    from tqdm import tqdm

    bar = tqdm(total=config.epochs * trainer.batches_per_epoch, unit="batch", leave=False,
               desc=f"epoch 1/{config.epochs}", disable=quiet or not sys.stderr.isatty(),
               dynamic_ncols=True)
    health = RunHealth()
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
                              f"train {pct(event.train_acc)}  test {pct(event.test_acc)}  "
                              f"{event.seconds:.1f} s  {event.samples_per_s:,.0f} samples/s",
                              file=sys.stdout)
            if health.update(event):
                trainer.stop.set()
            last = event
    finally:
        bar.close()
    return last, health


def cmd_train(args: argparse.Namespace) -> int:
    """Train SPEC on MNIST (mini-batches, float32), print progress, optionally save the model."""
    spec = load_spec(args.spec)
    check_mnist_input(spec, args.spec)
    out = Path(args.out) if args.out else None
    if out is not None:
        check_output(args.out)  # before an hour of training, not after it
    config = _train_config(args)
    train, test = load_dataset(args.dataset)
    _check_data(args, config, spec, len(train[0]))
    net = Network(spec, seed=args.seed, dtype="float32")
    stop = threading.Event()
    try:
        trainer = Trainer(net, train, test, config, stop=stop)
    except ValueError as e:
        raise UserError(str(e)) from None

    emit = (lambda d: print(json.dumps(d), flush=True)) if args.json else None
    try:
        with CtrlC(stop):
            last, health = _train(trainer, config, args.json, emit)
            if health.problem is not None:
                return _failed(health.problem, emit, out)
            if isinstance(last, Stopped):
                return _stopped(net, last, trainer, test, args, config, out, emit)
            if not isinstance(last, Finished):
                return 1
            return _finished(net, last, args, config, out, emit)
    except KeyboardInterrupt:
        print("nnlab: aborted by a second Ctrl-C" + ("; nothing was saved" if out else ""),
              file=sys.stderr)
        return 130


def _check_data(args: argparse.Namespace, config: TrainConfig, spec, n_images: int) -> None:
    """The data set can train this design in batches of this size (before any allocation)."""
    n_train = n_images if config.train_subset is None else min(config.train_subset, n_images)
    if n_train == 0:
        raise UserError(f"--dataset {args.dataset}: holds only a test set (t10k-*): it can "
                        f"evaluate a model (nnlab eval MODEL --dataset {args.dataset}) but not "
                        "train one")
    if config.batch_size > n_train:
        raise UserError(f"--batch-size {config.batch_size:,} is larger than the {n_train:,} "
                        f"training images: use at most {n_train}")
    check_spec(spec, args.spec, batch_size=config.batch_size)


def _failed(problem, emit, out: Path | None) -> int:
    """A run that diverged, or whose loss grew or whose ReLUs died (RunHealth): exit 1."""
    if emit:
        emit(problem_row(problem))
    where = "" if isinstance(problem, Diverged) else (
        f"training failed (epoch {problem.epoch}, step {problem.step}): ")
    print(f"nnlab: {where}{problem.en}" + (" The model was not saved." if out else ""),
          file=sys.stderr)
    return 1


def _meta(args: argparse.Namespace, config: TrainConfig, epochs: int, test_acc, train_acc) -> dict:
    return {
        "dataset": args.dataset, "epochs": epochs, "accuracy": test_acc,
        "test_acc": test_acc, "train_acc": train_acc, "optimizer": config.optimizer,
        "lr": config.lr, "batch_size": config.batch_size, "weight_decay": config.weight_decay,
        "augment": config.augment, "seed": config.seed, "train_subset": config.train_subset,
        "command": "python -m nnlab " + shlex.join(args.argv),
    }


def _save(net: Network, out: Path, meta: dict) -> Path:
    """Save to ``out`` or, failing that, rescue the model and say where (nnlab.cli.rescue)."""
    written, error = save_or_rescue(net, out, meta)
    if error is not None:
        print(f"nnlab: {error}; the model was saved to {written} instead", file=sys.stderr)
    return written


def _stopped(net, last: Stopped, trainer: Trainer, test, args, config, out, emit) -> int:
    """The first Ctrl-C: evaluate and save the model trained so far, say where it stopped."""
    _, test_acc = evaluate(net, *test, batch_size=trainer.eval_batch)
    meta = _meta(args, config, last.epoch - 1, test_acc, None)
    meta["stopped"] = {"epoch": last.epoch, "batch": last.batch,
                       "batches_per_epoch": trainer.batches_per_epoch}
    written = _save(net, out, meta) if out is not None else None
    where = (f"epoch {last.epoch}/{config.epochs}, after batch {last.batch} of "
             f"{trainer.batches_per_epoch}")
    if emit:
        emit({"event": "stopped", "epoch": last.epoch, "batch": last.batch,
              "test_acc": test_acc, "out": str(written) if written else None})
    print(f"nnlab: stopped by Ctrl-C at {where}; test accuracy {pct(test_acc)}; "
          + (f"saved the model trained so far to {written}" if written else "not saved (no --out)"),
          file=sys.stderr)
    return 130


def _finished(net, last: Finished, args, config, out, emit) -> int:
    written = _save(net, out, _meta(args, config, config.epochs, last.test_acc, last.train_acc)) \
        if out is not None else None
    summary = {"event": "finished", "epochs": last.epochs, "train_acc": last.train_acc,
               "test_acc": last.test_acc, "seconds": round(last.seconds, 3),
               "samples_per_s": round(last.samples_per_s, 1),
               "peak_rss_mb": round(peak_rss_mb(), 1), "out": str(written) if written else None}
    if emit:
        emit(summary)
    else:
        print(f"done: test accuracy {pct(last.test_acc)} after {last.epochs} epochs in "
              f"{last.seconds:.1f} s ({last.samples_per_s:,.0f} samples/s)"
              + (f"; saved {written}" if written else "; not saved (use --out FILE.npz)"))
    return 0 if written is None or written == out.resolve() else 1


def add_parser(sub) -> None:
    p = sub.add_parser("train", help="train a spec on MNIST and save the model")
    p.add_argument("spec", help="a *.nnlab.json network spec with input_shape [784] or [1, 28, 28]")
    p.add_argument("--dataset", default="mnist", help=DATASET_HELP)
    p.add_argument("--epochs", type=positive(int), default=5)
    p.add_argument("--batch-size", type=positive(int), default=100)
    p.add_argument("--optimizer", choices=list(OPTIMIZERS), default="adam")
    p.add_argument("--lr", type=positive(float), default=0.001,
                   help="learning rate (default 0.001)")
    p.add_argument("--momentum", type=fraction, default=None,
                   help="for momentum/nesterov (default 0.9)")
    p.add_argument("--weight-decay", type=non_negative, default=0.0,
                   help="L2 factor λ (default 0)")
    p.add_argument("--augment", action="store_true",
                   help="randomly shift (±2 px), rotate (±12°) and scale (0.9–1.1) each "
                        "training image")
    p.add_argument("--train-subset", type=positive(int), default=None, metavar="N",
                   help="train on N training images (a seeded random subset)")
    p.add_argument("--seed", type=whole(0), default=0,
                   help="weights, shuffling and augmentation (default 0)")
    p.add_argument("--threads", type=positive(int), default=None, metavar="N",
                   help="BLAS threads for training (default: every core that no other "
                        "program keeps busy)")
    p.add_argument("--out", metavar="MODEL.npz", help="where to save the trained model")
    p.add_argument("--json", action="store_true",
                   help="one JSON object a line per epoch, then a summary")
    p.set_defaults(func=cmd_train)
