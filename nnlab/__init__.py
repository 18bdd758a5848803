"""NN Lab's engine: neural networks from scratch in numpy, as the curriculum teaches them.

    from nnlab import NetworkSpec, Network, load_mnist, Stepper, Trainer, gradient_check, preprocess_digit

This package never imports Qt; the desktop app (``ui``) is built on top of it.
"""

from .data import MnistFormatError, load_mnist
from .digits import preprocess_digit
from .gradcheck import gradient_check
from .network import ModelFileError, Network
from .spec import LayerSpec, NetworkSpec, Problem, SpecError
from .stepper import Stepper, StepperError
from .trainer import TrainConfig, Trainer

__all__ = [
    "LayerSpec", "MnistFormatError", "ModelFileError", "Network", "NetworkSpec", "Problem", "SpecError",
    "Stepper", "StepperError", "TrainConfig", "Trainer", "gradient_check", "load_mnist", "preprocess_digit",
]
