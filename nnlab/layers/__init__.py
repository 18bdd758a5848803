"""Layers as in the book's common/layers.py: each has forward and backward (see ``base``).

One module per family; ``nnlab.registry`` says how each is configured, shaped and built.
"""

from .activations import LeakyReLU, ReLU, Sigmoid, Step, Tanh
from .affine import Affine
from .base import Head, Layer
from .conv import Convolution, Pooling
from .heads import IdentityWithLoss, SigmoidWithLoss, SoftmaxWithLoss
from .regularisation import BatchNorm, Dropout
from .shape import Flatten

__all__ = [
    "Affine", "BatchNorm", "Convolution", "Dropout", "Flatten", "Head", "IdentityWithLoss", "Layer", "LeakyReLU",
    "Pooling", "ReLU", "Sigmoid", "SigmoidWithLoss", "SoftmaxWithLoss", "Step", "Tanh",
]
