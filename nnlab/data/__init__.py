"""Datasets: MNIST in IDX format and the toy sets of the curriculum."""

from .mnist import MnistFormatError, load_mnist, read_idx
from .toy import circles, linear_regression, logic_gate, two_spirals

__all__ = [
    "MnistFormatError",
    "circles",
    "linear_regression",
    "load_mnist",
    "logic_gate",
    "read_idx",
    "two_spirals",
]
