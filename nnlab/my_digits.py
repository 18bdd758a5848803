"""The learner's own drawn digits: a small labelled set in MNIST's IDX format.

The set is what the network saw: each drawing after ``preprocess_digit`` (28×28, ink bright on
dark), quantised like MNIST to bytes, v -> round(255·v), with its label 0–9. On disk it is an IDX
pair named like MNIST's test split (``t10k-images-idx3-ubyte``: N×28×28 bytes,
``t10k-labels-idx1-ubyte``: N bytes), so the folder, or an exported copy, reads with
``nnlab.data.mnist.read_idx`` and serves as a test set wherever MNIST's would.

Evaluating a network on it gives the accuracy, the misread digits and the confusion matrix
C[t, p] = number of digits with label t that the network predicted as p (the diagonal is right).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .data.idx_write import write_idx
from .data.mnist import CLASSES, SIDE, read_idx_pair
from .evaluation import confusion_matrix

IMAGES_NAME = "t10k-images-idx3-ubyte"
LABELS_NAME = "t10k-labels-idx1-ubyte"


@dataclass(frozen=True)
class Evaluation:
    """A network's predictions on a DigitSet.

    predictions    (N,) the predicted digit of each image (argmax of y)
    probabilities  (N, 10) the network's output y
    confusion      (10, 10) C[t, p]: how many digits labelled t were predicted as p
    """

    predictions: np.ndarray
    probabilities: np.ndarray
    confusion: np.ndarray

    @property
    def correct(self) -> int:
        return int(np.trace(self.confusion))

    @property
    def total(self) -> int:
        return int(self.confusion.sum())

    @property
    def accuracy(self) -> float:
        """correct / total (0 for an empty set)."""
        return self.correct / self.total if self.total else 0.0


class DigitSet:
    """Labelled 28×28 digits: ``images`` uint8 (N, 28, 28), ``labels`` uint8 (N,)."""

    def __init__(self, images: np.ndarray | None = None, labels: np.ndarray | None = None):
        self.images = (np.zeros((0, SIDE, SIDE), np.uint8) if images is None
                       else np.ascontiguousarray(images, dtype=np.uint8))
        self.labels = (np.zeros(0, np.uint8) if labels is None
                       else np.ascontiguousarray(labels, dtype=np.uint8))
        if self.images.shape[1:] != (SIDE, SIDE) or self.labels.shape != (len(self.images),):
            raise ValueError(f"need images (N, 28, 28) and labels (N,), got {self.images.shape} "
                             f"and {self.labels.shape}")

    def __len__(self) -> int:
        return len(self.labels)

    def add(self, image: np.ndarray, label: int) -> None:
        """Append a 28×28 image (float 0–1 as preprocess_digit gives, or uint8) with its label."""
        image = np.asarray(image)
        if image.shape != (SIDE, SIDE):
            raise ValueError(f"a digit image is 28×28, not {image.shape}")
        if not 0 <= int(label) < CLASSES:
            raise ValueError(f"a label is a digit 0–9, not {label}")
        if image.dtype != np.uint8:
            image = np.rint(np.clip(image, 0, 1) * 255).astype(np.uint8)
        self.images = np.concatenate([self.images, image[np.newaxis]])
        self.labels = np.append(self.labels, np.uint8(label))

    def remove(self, index: int) -> None:
        self.images = np.delete(self.images, index, axis=0)
        self.labels = np.delete(self.labels, index)

    def clear(self) -> None:
        self.images = self.images[:0]
        self.labels = self.labels[:0]

    def counts(self) -> np.ndarray:
        """(10,) how many digits carry each label."""
        return np.bincount(self.labels, minlength=CLASSES)[:CLASSES]

    def x(self) -> np.ndarray:
        """The images as the network takes them: float32 (N, 784), pixel / 255."""
        return self.images.reshape(len(self), SIDE * SIDE).astype(np.float32) / np.float32(255)

    # ---- files ---------------------------------------------------------------------------------
    def write(self, images_path: str | Path, labels_path: str | Path) -> None:
        """Write the IDX pair (gzip for a path ending in .gz), each file atomically."""
        write_idx(images_path, self.images)
        write_idx(labels_path, self.labels)

    def save(self, folder: str | Path) -> None:
        """Keep the set in ``folder`` as t10k-images-idx3-ubyte / t10k-labels-idx1-ubyte."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.write(folder / IMAGES_NAME, folder / LABELS_NAME)

    @classmethod
    def load(cls, folder: str | Path) -> DigitSet:
        """The set kept in ``folder``; an empty set when nothing was saved there yet."""
        folder = Path(folder)
        images, labels = folder / IMAGES_NAME, folder / LABELS_NAME
        if not images.exists() and not labels.exists():
            return cls()
        return cls.read(images, labels)

    @classmethod
    def read(cls, images_path: str | Path, labels_path: str | Path) -> DigitSet:
        """An IDX pair as MNIST's: images uint8 N×28×28, labels uint8 N in 0–9, same N.

        Raises MnistFormatError (with ``en``/``ja`` messages naming the file) for anything else.
        """
        return cls(*read_idx_pair(images_path, labels_path, allow_empty=True))

    # ---- evaluation ----------------------------------------------------------------------------
    def evaluate(self, network, batch_size: int = 500) -> Evaluation:
        """Run ``network`` (a 784-input, 10-class classifier) on every image."""
        x = self.x().reshape(len(self), *network.input_shape)
        probs = np.zeros((len(self), CLASSES), np.float64)
        for start in range(0, len(self), batch_size):
            probs[start:start + batch_size] = network.predict(x[start:start + batch_size])
        predictions = probs.argmax(axis=1) if len(self) else np.zeros(0, np.int64)
        return Evaluation(predictions, probs, confusion_matrix(self.labels, predictions, CLASSES))


def labels_path_for(images_path: str | Path) -> Path:
    """MNIST's naming: …-images-idx3-ubyte[.gz] -> …-labels-idx1-ubyte[.gz] in the same folder.

    The name is returned even when no such file exists; a name without "images" is returned as
    it is, so the caller can tell that it found no partner.
    """
    path = Path(images_path)
    name = path.name.replace("images", "labels").replace("idx3", "idx1")
    return path.with_name(name)
