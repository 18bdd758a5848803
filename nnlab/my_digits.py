"""The learner's own drawn digits: a small labelled set kept in one IDX file.

The set is what the network saw: each drawing after ``preprocess_digit`` (28×28, ink bright on
dark), quantised like MNIST to bytes, v -> round(255·v), with its label 0–9. It is kept in one
file, ``my_digits-idx2-ubyte``: an IDX array of N rows × 785 unsigned bytes, each row the label
and then the 784 pixels, written atomically (nnlab.safe_write) — so images and labels can never
disagree, and a file cut short still holds every whole row before the cut. Loading keeps every
digit that can be read, sets a damaged file aside under a numbered name that never replaces an
earlier one (``….bad``, ``….bad-2``, …) and says so (``Recovery``). Sets saved by earlier versions
as an IDX pair (``t10k-images-idx3-ubyte`` + ``t10k-labels-idx1-ubyte``) are read once and moved
into the one file.

Exported, the set is an IDX pair named like MNIST's test split, so the folder reads with
``nnlab.data.mnist.load_mnist`` as an evaluation set wherever MNIST's would.

Evaluating a network on it gives the accuracy, the misread digits and the confusion matrix
C[t, p] = number of digits with label t that the network predicted as p (the diagonal is right).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .data.idx_write import write_idx
from .data.mnist import CLASSES, SIDE, MnistFormatError, read_idx_pair, read_idx_salvage
from .evaluation import confusion_matrix
from .safe_write import keep_aside

STORE_NAME = "my_digits-idx2-ubyte"
IMAGES_NAME = "t10k-images-idx3-ubyte"
LABELS_NAME = "t10k-labels-idx1-ubyte"
ROW = 1 + SIDE * SIDE  # label, then the pixels


@dataclass(frozen=True)
class Recovery:
    """What loading a damaged set did: ``kept`` digits of the ``claimed`` (None: unknown), the
    damaged files ``set_aside`` under new names; ``en``/``ja`` tell the learner."""

    kept: int
    claimed: int | None
    set_aside: tuple[Path, ...]
    en: str
    ja: str

    def message(self, lang: str = "en") -> str:
        return self.ja if lang == "ja" else self.en


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
        """Export as an IDX pair like MNIST's (gzip for a path ending in .gz), each atomically."""
        write_idx(images_path, self.images)
        write_idx(labels_path, self.labels)

    def rows(self) -> np.ndarray:
        """The stored form: uint8 (N, 785), each row the label and then the 784 pixels."""
        return np.concatenate([self.labels[:, np.newaxis], self.images.reshape(len(self), SIDE * SIDE)],
                              axis=1)

    def save(self, folder: str | Path) -> Path:
        """Keep the set in ``folder`` as one file, atomically; the file's path."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        return write_idx(folder / STORE_NAME, self.rows())

    @classmethod
    def load(cls, folder: str | Path) -> DigitSet:
        """The set kept in ``folder`` (empty when nothing was saved there yet), salvaged if damaged."""
        return cls.recover(folder)[0]

    @classmethod
    def recover(cls, folder: str | Path) -> tuple[DigitSet, Recovery | None]:
        """The set kept in ``folder`` and, when it was damaged, what was done about it.

        Every readable digit is kept; a damaged file is set aside (never over an earlier one) and
        the salvaged set saved in its place. A set in the old two-file format is moved into one.
        """
        folder = Path(folder)
        try:
            if (folder / STORE_NAME).exists():
                return _read_store(folder)
            if (folder / IMAGES_NAME).exists() or (folder / LABELS_NAME).exists():
                return _migrate(folder)
        except OSError as e:  # the folder itself cannot be read: nothing is touched
            reason = e.strerror or str(e)
            return cls(), Recovery(0, None, (), f"Your saved digits in {folder} cannot be read "
                                   f"({reason}); nothing there was changed.",
                                   f"{folder} の保存した数字を読み込めません（{reason}）。"
                                   "ファイルには手を付けていません。")
        return cls(), None

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


# ---- loading with salvage ----------------------------------------------------------------------

def _salvage(path: Path, item_shape: tuple[int, ...]) -> tuple[np.ndarray | None, int | None]:
    """(the whole items of ``path`` of that shape, the count its header claims), or (None, None)
    when nothing of it can be read."""
    try:
        array, claimed = read_idx_salvage(path)
    except MnistFormatError:
        return None, None
    if array.dtype != np.uint8 or array.shape[1:] != item_shape:
        return None, None
    return array, claimed


def _read_store(folder: Path) -> tuple[DigitSet, Recovery | None]:
    path = folder / STORE_NAME
    rows, claimed = _salvage(path, (ROW,))
    if rows is None:
        rows = np.zeros((0, ROW), np.uint8)
    good = rows[rows[:, 0] < CLASSES]
    digits = DigitSet(good[:, 1:].reshape(-1, SIDE, SIDE), good[:, 0])
    if claimed is not None and len(good) == claimed:
        return digits, None
    return digits, _set_aside(folder, digits, [path], claimed, "bad")


def _migrate(folder: Path) -> tuple[DigitSet, Recovery | None]:
    """The old IDX pair, paired up as far as both files go, moved into the one file."""
    images_path, labels_path = folder / IMAGES_NAME, folder / LABELS_NAME
    images, n_images = _salvage(images_path, (SIDE, SIDE)) if images_path.exists() else (None, None)
    labels, n_labels = _salvage(labels_path, ()) if labels_path.exists() else (None, None)
    # Earlier versions only ever appended, removed the last digit or cleared, so digit i of the
    # images file belongs with label i as far as both files reach.
    n = min(len(images) if images is not None else 0, len(labels) if labels is not None else 0)
    keep = np.flatnonzero(labels[:n] < CLASSES) if n else np.zeros(0, np.intp)
    digits = DigitSet(images[keep] if n else None, labels[keep] if n else None)
    whole = n_images is not None and n_images == n_labels == len(keep)
    claims = [c for c in (n_images, n_labels) if c is not None]
    old = [p for p in (images_path, labels_path) if p.exists()]
    return digits, _set_aside(folder, digits, old, max(claims) if claims else None,
                              "migrated" if whole else "bad", quiet=whole)


def _set_aside(folder: Path, digits: DigitSet, damaged: list[Path], claimed: int | None, tag: str,
               quiet: bool = False) -> Recovery | None:
    """Store the salvaged ``digits`` and rename the ``damaged`` files out of the way (the store
    itself before it is rewritten, the old pair only after the new file is safely written)."""
    store = folder / STORE_NAME
    try:
        aside = [keep_aside(p, tag) for p in damaged if p == store]
        digits.save(folder)
        aside += [keep_aside(p, tag) for p in damaged if p != store and p.exists()]
    except OSError as e:
        reason = getattr(e, "en", None) or e.strerror or str(e)
        return Recovery(len(digits), claimed, (),
                        f"Your saved digits could not be stored again ({reason}): {len(digits)} "
                        f"were read and are shown; the files in {folder} are left as they are.",
                        f"保存した数字をもう一度保存できませんでした（{getattr(e, 'ja', reason)}）。"
                        f"読めた {len(digits)} 個を表示しています。{folder} のファイルはそのままです。")
    if quiet:
        return None
    names = ", ".join(p.name for p in aside)
    of = f"{len(digits)} of {claimed}" if claimed is not None else f"{len(digits)}"
    of_ja = f"{claimed} 個中 {len(digits)} 個" if claimed is not None else f"{len(digits)} 個"
    files = "files are" if len(aside) > 1 else "file is"
    return Recovery(len(digits), claimed, tuple(aside),
                    f"Your saved digits were damaged: {of} could be read and were kept. The "
                    f"damaged {files} kept beside them as {names}.",
                    f"保存した数字が壊れていました：読めた {of_ja}を残しました。壊れたファイルは "
                    f"{names} として同じフォルダに残してあります。")
