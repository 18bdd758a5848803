"""What every command shares: one-line user errors, loading specs, models and data, argument types."""

from __future__ import annotations

import argparse
import math
import resource
import sys
from pathlib import Path

import numpy as np

from ..data.mnist import CLASSES, PIXELS, load_mnist
from ..network import Network
from ..safe_write import SaveError, check_writable
from ..spec import NetworkSpec, SpecError

DATASET_HELP = "'mnist' (the bundled copy, default) or a folder of MNIST-format IDX files"


class UserError(Exception):
    """Something the user can fix: printed as one line, exit status 2."""


def fail(message: str) -> int:
    print(f"nnlab: {message}", file=sys.stderr)
    return 2


def load_spec(path: str, batch_size: int | None = None) -> NetworkSpec:
    """The spec at ``path``, validated (for training in batches of ``batch_size`` when given)."""
    try:
        spec = NetworkSpec.from_json(path)
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{path}: is a folder, not a network spec file") from None
    except PermissionError:
        raise UserError(f"{path}: permission denied: you may not read this file") from None
    except OSError as e:
        raise UserError(f"{path}: cannot be read ({e.strerror or e})") from None
    except SpecError as e:
        raise UserError(f"{path}: {e}") from None
    check_spec(spec, path, batch_size)
    return spec


def check_spec(spec: NetworkSpec, path: str, batch_size: int | None = None) -> None:
    """Every problem of the spec (the size budget for ``batch_size`` too) as one UserError."""
    try:
        spec.check(batch_size=batch_size)
    except SpecError as e:
        raise UserError(f"{path}: {e}") from None


def check_output(path: str) -> Path:
    """``--out``: refuse before any work what could not be saved at the end; the file to write."""
    try:
        return check_writable(path)
    except SaveError as e:
        raise UserError(f"--out {e.en.removeprefix('cannot save ')}") from None


def load_model(path: str) -> Network:
    if Path(path).is_dir():
        raise UserError(f"{path}: is a folder, not a model file")
    return Network.load(path)  # ModelFileError names the problem; main() prints it


def load_dataset(name: str) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """The bundled MNIST ("mnist") or an MNIST-format folder, as uint8 (converted per batch)."""
    return load_mnist(None if name == "mnist" else name, dtype="uint8")


def check_mnist_input(net_or_spec, what: str) -> None:
    """MNIST needs 784 inputs (flat, or an image 1×28×28) and a 10-class SoftmaxWithLoss head."""
    spec = getattr(net_or_spec, "spec", net_or_spec)
    shape = tuple(spec.input_shape)
    if int(np.prod(shape)) != PIXELS:
        raise UserError(f"{what} takes inputs of shape {shape}, but MNIST images are 28×28 = 784 "
                        "values: set input_shape to [784] (or [1, 28, 28] for a convolutional network)")
    if spec.layers[-1].type != "SoftmaxWithLoss" or spec.output_shapes()[-1] != (CLASSES,):
        raise UserError(f"{what}: MNIST has 10 classes: end the network in an Affine layer of 10 "
                        "units and SoftmaxWithLoss")


def peak_rss_mb() -> float:
    """Peak resident memory of this process (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.2f}%"


def sample_batch(net: Network, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
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


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and still exit status 2)."""

    def error(self, message: str):
        command = self.prog.removeprefix("python -m nnlab").strip()
        print(f"nnlab: {command + ': ' if command else ''}{message} (see {self.prog} --help)",
              file=sys.stderr)
        raise SystemExit(2)


def positive(kind):
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


def whole(low: int):
    """A whole number ≥ ``low`` (``--seed``: 0 or more)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be at least {low}, not {text}")
        return value
    parse.__name__ = "int"
    return parse


def fraction(text: str) -> float:
    """A number in [0, 1) (``--momentum``: 1 or more never forgets and grows without bound)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 0 and below 1, not {text}")
    return value


def non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (value >= 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be ≥ 0, not {text}")
    return value
