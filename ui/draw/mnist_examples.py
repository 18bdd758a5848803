"""How MNIST writes the digit the network reads: a row of MNIST test images with that label.

A learner whose "7" has a crossbar, or whose "1" has a flag and a base, sees at once how the
digits the network learnt from were written, and so why a style may be misread. With no guess,
one example of each digit is shown. The bundled test set is read once (~30 ms).
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from nnlab.data.mnist import MnistFormatError, read_idx
from nnlab.paths import resource

from ..theme import BORDER_STRONG
from ..widgets.factories import hint_label
from .images import grey_image

_log = logging.getLogger(__name__)
THUMB = 50  # at most; ten always fit the row
GAP = 5
COUNT = 10


def _test_set() -> tuple[np.ndarray, np.ndarray] | None:
    try:
        images = read_idx(resource("mnist", "t10k-images-idx3-ubyte.gz"))
        labels = read_idx(resource("mnist", "t10k-labels-idx1-ubyte.gz"))
    except (MnistFormatError, OSError):
        _log.exception("the bundled MNIST test set cannot be read")
        return None
    return images, labels


class ThumbnailRow(QWidget):
    """Ten 28×28 images in one row, pixel-sharp, bright on dark, as large as the width allows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.images: list[np.ndarray] = []

    def sizeHint(self) -> QSize:
        return QSize(COUNT * (THUMB + GAP), THUMB + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(COUNT * (20 + GAP), 22)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._thumb(width)) + 2

    def _thumb(self, width: int) -> float:
        return min(THUMB, (width - (COUNT - 1) * GAP) / COUNT)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        thumb = self._thumb(self.width())
        for i, image in enumerate(self.images[:COUNT]):
            rect = QRectF(i * (thumb + GAP), 1, thumb, thumb)
            painter.drawImage(rect, grey_image(image))
            painter.setPen(BORDER_STRONG)
            painter.drawRect(rect)
        painter.end()


class MnistExamples(QWidget):
    """MNIST test digits labelled like the guess (``show_digit``), or one of each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = hint_label()
        # Two lines whatever it says: a longer title never pushes the row down.
        self.title.setFixedHeight(2 * self.title.fontMetrics().lineSpacing() + 2)
        self.row = ThumbnailRow()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.title)
        column.addWidget(self.row)
        data = _test_set()
        self._by_label: list[np.ndarray] = []
        if data is not None:
            images, labels = data
            order = np.random.default_rng(0).permutation(len(labels))
            self._by_label = [images[order[labels[order] == k][:COUNT]] for k in range(10)]
        self.digit: int | None = None
        self.setVisible(bool(self._by_label))
        self.show_digit(None)

    def show_digit(self, digit: int | None) -> None:
        if not self._by_label:
            return
        self.digit = digit
        if digit is None:
            self.row.images = [self._by_label[k][0] for k in range(10)]
        else:
            self.row.images = list(self._by_label[digit])
        self.row.update()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        if self.digit is None:
            self.title.setText(self.tr("MNIST's handwritten digits, which the network learnt "
                                       "from, look like this:"))
        else:
            # "an 8", "a 7": English's article follows the digit's sound (the same in Japanese).
            text = (self.tr("How MNIST writes an %1 (test-set examples):") if self.digit == 8
                    else self.tr("How MNIST writes a %1 (test-set examples):"))
            self.title.setText(text.replace("%1", str(self.digit)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
