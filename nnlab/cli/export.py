"""``export MODEL.npz|DESIGN.nnlab.json --to pytorch|numpy``: the network as code to take along."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from ..export import TARGETS, ExportError, Training, export_code, export_to_file
from ..optimizers import OPTIMIZERS
from .common import UserError, load_model, load_spec, positive

SUFFIX = {"pytorch": "torch", "numpy": "numpy"}
TITLE = {"pytorch": "PyTorch", "numpy": "NumPy"}


def default_out(source: str, to: str) -> Path:
    """mnist_mlp.nnlab.json → mnist_mlp_torch.py in the current folder."""
    name = Path(source).name
    for suffix in (".nnlab.json", ".json", ".npz"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return Path(f"{name or 'network'}_{SUFFIX[to]}.py")


def _training(args: argparse.Namespace, meta: dict | None) -> Training | None:
    if args.optimizer is None and args.lr is None:
        return None
    training = Training.from_meta(meta)
    changes = {"from_model": True}
    if args.optimizer is not None:
        changes["optimizer"] = args.optimizer
    if args.lr is not None:
        changes["lr"] = args.lr
    return dataclasses.replace(training, **changes)


def cmd_export(args: argparse.Namespace) -> int:
    """Write SOURCE (a model or a design) as PyTorch or NumPy code."""
    is_model = args.source.endswith(".npz")
    source = load_model(args.source) if is_model else load_spec(args.source)
    if args.copy_weights and not is_model:
        raise UserError(f"{args.source}: a design has no weights to copy (export a model .npz)")
    training = _training(args, source.meta if is_model else None)
    about = Path(args.source).name
    try:
        if args.out == "-":
            npz = Path(args.source) if is_model else None
            sys.stdout.write(export_code(source, args.to, npz_path=npz, about=about,
                                         training=training))
            return 0
        out = Path(args.out) if args.out else default_out(args.source, args.to)
        if not out.resolve().parent.is_dir():
            raise UserError(f"--out {out}: its folder does not exist")
        done = export_to_file(source, args.to, out, model_path=args.source if is_model else None,
                              copy_weights=args.copy_weights, about=about, training=training)
    except ExportError as e:
        raise UserError(str(e)) from None
    if done.weights is not None:
        weights = f"weights copied to {done.weights}"
    elif is_model:
        weights = f"weights from {Path(args.source).resolve()}"
    else:
        weights = "no trained weights: it starts from NN Lab's initialisation"
    print(f"wrote {done.code} ({TITLE[args.to]}; {weights})")
    return 0


def add_parser(sub) -> None:
    p = sub.add_parser("export", help="write a model or a design as PyTorch or NumPy code")
    p.add_argument("source", metavar="MODEL.npz|DESIGN.nnlab.json",
                   help="a model saved by NN Lab, or a network spec (exports its initial weights)")
    p.add_argument("--to", choices=list(TARGETS), required=True,
                   help="pytorch: an nn.Module and load_model(); numpy: the book's layer classes")
    p.add_argument("--out", metavar="FILE.py",
                   help="where to write the code (default: SOURCE_torch.py or SOURCE_numpy.py "
                        "in the current folder; - prints it)")
    p.add_argument("--copy-weights", action="store_true",
                   help="copy the model's .npz next to the code as FILE.npz and load it from there")
    p.add_argument("--optimizer", choices=list(OPTIMIZERS), default=None,
                   help="the training loop's optimizer (default: the model's, else adam)")
    p.add_argument("--lr", type=positive(float), default=None,
                   help="the training loop's learning rate (default: the model's, else 0.001)")
    p.set_defaults(func=cmd_export)
