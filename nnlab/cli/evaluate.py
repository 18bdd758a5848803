"""``eval MODEL`` and ``predict MODEL IMAGE…``: a saved model on the test set and on images."""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from ..digits import preprocess_digit, read_image
from ..layers import SoftmaxWithLoss
from ..train_checks import eval_batch
from ..trainer import evaluate
from .common import (
    DATASET_HELP,
    UserError,
    check_mnist_input,
    load_dataset,
    load_model,
    pct,
    positive,
)


def cmd_eval(args: argparse.Namespace) -> int:
    """Loss and accuracy of a model on the MNIST test set (bundled, or --dataset FOLDER)."""
    net = load_model(args.model)
    check_mnist_input(net, args.model)
    _, (x, t) = load_dataset(args.dataset)
    start = time.perf_counter()
    loss, acc = evaluate(net, x, t, batch_size=eval_batch(net))
    seconds = time.perf_counter() - start
    if args.json:
        print(json.dumps({"model": args.model, "dataset": args.dataset, "n_test": len(x),
                          "test_loss": loss, "test_acc": acc, "seconds": round(seconds, 3)}))
    else:
        print(f"{args.model}: test accuracy {pct(acc)}, loss {loss:.4f} on {len(x):,} images "
              f"({args.dataset}, {seconds:.2f} s)")
    return 0


def cmd_predict(args: argparse.Namespace) -> int:
    """Classify digit images with the Draw tab's preprocessing (crop, fit 20×20, centre mass)."""
    net = load_model(args.model)
    check_mnist_input(net, args.model)
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
            probs = net.predict(image.reshape(1, *net.input_shape))[0].astype(float)
            order = np.argsort(-probs)[:max(args.top, 1)]
            row = {"image": path, "empty": False, "label": int(order[0]),
                   "probability": float(probs[order[0]]),
                   "probabilities": [round(p, 6) for p in probs]}
            text = f"{path}: {order[0]}  " + "  ".join(f"{k}: {100 * probs[k]:.1f}%" for k in order)
        print(json.dumps(row) if args.json else text)
    return 0


def add_parser(sub) -> None:
    p = sub.add_parser("eval", help="accuracy of a model on the MNIST test set")
    p.add_argument("model", help="a model .npz saved by NN Lab")
    p.add_argument("--dataset", default="mnist", help=DATASET_HELP)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("predict", help="classify digit images (PNG, JPEG, …) as the Draw tab does")
    p.add_argument("model", help="a model .npz saved by NN Lab")
    p.add_argument("images", nargs="+", metavar="IMAGE", help="image files: a digit, any size")
    p.add_argument("--top", type=positive(int), default=3,
                   help="how many classes to list (default 3)")
    p.add_argument("--json", action="store_true", help="one JSON object a line per image")
    p.set_defaults(func=cmd_predict)
