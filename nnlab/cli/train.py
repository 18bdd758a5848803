"""``train SPEC``: mini-batch training on MNIST, with a progress bar or JSON lines."""

from __future__ import annotations

import argparse
import json
import math
import shlex
import sys
from pathlib import Path

from ..events import BatchEnd, DeadUnits, Diverged, EpochEnd, Finished, LossGrowing
from ..health import RunHealth
from ..network import Network
from ..optimizers import OPTIMIZERS
from ..trainer import TrainConfig, Trainer
from .common import (
    DATASET_HELP,
    UserError,
    check_mnist_input,
    load_dataset,
    load_spec,
    non_negative,
    pct,
    peak_rss_mb,
    positive,
)


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
    if out is not None and (out.is_dir() or not out.resolve().parent.is_dir()):
        problem = "is a folder" if out.is_dir() else "its folder does not exist"
        raise UserError(f"--out {args.out}: {problem}")
    config = _train_config(args)
    train, test = load_dataset(args.dataset)
    net = Network(spec, seed=args.seed, dtype="float32")
    try:
        trainer = Trainer(net, train, test, config)
    except ValueError as e:
        raise UserError(str(e)) from None

    emit = (lambda d: print(json.dumps(d), flush=True)) if args.json else None
    last, health = _train(trainer, config, args.json, emit)

    problem = health.problem
    if problem is not None:
        if emit:
            emit(problem_row(problem))
        where = "" if isinstance(problem, Diverged) else (
            f"training failed (epoch {problem.epoch}, step {problem.step}): ")
        print(f"nnlab: {where}{problem.en}" + (" The model was not saved." if out else ""),
              file=sys.stderr)
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
               "peak_rss_mb": round(peak_rss_mb(), 1), "out": str(out) if out else None}
    if emit:
        emit(summary)
    else:
        print(f"done: test accuracy {pct(last.test_acc)} after {last.epochs} epochs in "
              f"{last.seconds:.1f} s ({last.samples_per_s:,.0f} samples/s)"
              + (f"; saved {out}" if out else "; not saved (use --out FILE.npz)"))
    return 0


def add_parser(sub) -> None:
    p = sub.add_parser("train", help="train a spec on MNIST and save the model")
    p.add_argument("spec", help="a *.nnlab.json network spec with input_shape [784]")
    p.add_argument("--dataset", default="mnist", help=DATASET_HELP)
    p.add_argument("--epochs", type=positive(int), default=5)
    p.add_argument("--batch-size", type=positive(int), default=100)
    p.add_argument("--optimizer", choices=list(OPTIMIZERS), default="adam")
    p.add_argument("--lr", type=positive(float), default=0.001,
                   help="learning rate (default 0.001)")
    p.add_argument("--momentum", type=non_negative, default=None,
                   help="for momentum/nesterov (default 0.9)")
    p.add_argument("--weight-decay", type=non_negative, default=0.0,
                   help="L2 factor λ (default 0)")
    p.add_argument("--augment", action="store_true",
                   help="randomly shift (±2 px), rotate (±12°) and scale (0.9–1.1) each "
                        "training image")
    p.add_argument("--train-subset", type=positive(int), default=None, metavar="N",
                   help="train on N training images (a seeded random subset)")
    p.add_argument("--seed", type=int, default=0,
                   help="weights, shuffling and augmentation (default 0)")
    p.add_argument("--threads", type=positive(int), default=None, metavar="N",
                   help="BLAS threads for training (default: every core that no other "
                        "program keeps busy)")
    p.add_argument("--out", metavar="MODEL.npz", help="where to save the trained model")
    p.add_argument("--json", action="store_true",
                   help="one JSON object a line per epoch, then a summary")
    p.set_defaults(func=cmd_train)
