"""The Train tab: MNIST training in a background thread, watched live."""

from .train_tab import TrainTab

__all__ = ["TrainTab"]
