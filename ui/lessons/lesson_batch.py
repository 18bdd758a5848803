"""Lesson 10: a batch of 100 MNIST test images stepped through the notes' 784-50-100-10, forward only.

The step view shows the shapes (100×784 → 100×50 → 100×100 → 100×10) and stops after the forward
pass (inference); once the output layer has run, the images beside the record (two rows under the
steps, so the record keeps its height) show the digit the network predicts for each.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from nnlab.data.mnist import SIDE
from nnlab.lessons.samples import bundled_model
from nnlab.stepper import Phase

from ..theme import BORDER_STRONG, ERROR, FAINT, SUCCESS
from .lesson_stepping import SteppingPage

SHOWN = 16
PER_ROW = 8
CELL = 40  # px per image and its label at most
LABEL_H = 16
GOOD = SUCCESS
BAD = ERROR


class PredictionStrip(QWidget):
    """The first images of the batch in rows of PER_ROW, each with its predicted digit (and the
    label when wrong)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("predictionStrip")
        self.images: np.ndarray | None = None  # (n, 784) in [0, 1]
        self.labels: np.ndarray | None = None
        self.predicted: np.ndarray | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_batch(self, images: np.ndarray, labels: np.ndarray, predicted: np.ndarray | None) -> None:
        self.images, self.labels = images[:SHOWN], labels[:SHOWN]
        self.predicted = None if predicted is None else predicted[:SHOWN]
        self.update()

    def _cell(self, width: int) -> float:
        return max(16.0, min(float(CELL), (width - 4) / PER_ROW))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = -(-SHOWN // PER_ROW)
        return int(rows * (self._cell(width) - 6 + LABEL_H + 4))

    def sizeHint(self) -> QSize:
        return QSize(PER_ROW * CELL, self.heightForWidth(PER_ROW * CELL))

    def minimumSizeHint(self) -> QSize:
        return QSize(PER_ROW * 18, self.heightForWidth(PER_ROW * 18))

    def paintEvent(self, _event) -> None:
        if self.images is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        cell = self._cell(self.width())
        side = cell - 6
        row_h = side + LABEL_H + 4
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        for i in range(len(self.images)):
            pixels = np.ascontiguousarray((255 - self.images[i].reshape(SIDE, SIDE) * 255).astype(np.uint8))
            image = QImage(pixels.data, SIDE, SIDE, SIDE, QImage.Format.Format_Grayscale8)
            x, y = 2 + (i % PER_ROW) * cell, (i // PER_ROW) * row_h
            p.drawImage(QRectF(x + 3, y + 1, side, side), image)
            p.setPen(BORDER_STRONG)
            p.drawRect(QRectF(x + 3, y + 1, side, side))
            text_rect = QRectF(x - 4, y + side + 2, cell + 8, LABEL_H)
            if self.predicted is None:
                p.setPen(FAINT)
                p.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, "?")
                continue
            ok = int(self.predicted[i]) == int(self.labels[i])
            p.setPen(GOOD if ok else BAD)
            text = str(int(self.predicted[i])) if ok else f"{int(self.predicted[i])}≠{int(self.labels[i])}"
            p.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, text)


class MnistBatchPage(SteppingPage):
    """The step view, the prediction strip and a line about the model used."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        self.strip = PredictionStrip()
        self.caption = QLabel()
        self.caption.setObjectName("batchCaption")
        self.caption.setWordWrap(True)
        super().__init__(lesson, context, parent)
        self.trained = bundled_model(lesson.model, lesson.network_spec()) is not None
        self.view.add_side_widget(self.caption)  # beside the record, under the steps
        self.view.add_side_widget(self.strip)
        self.view.stepped.connect(self._show_predictions)
        self.view.valuesEdited.connect(self._show_predictions)
        self.retranslateUi()
        self._show_predictions()

    def predictions(self) -> np.ndarray | None:
        """The predicted digits of the batch, once the output layer has run."""
        s = self.view.stepper
        if s is None:
            return None
        head = next((r for r in s.records if r.kind == Phase.FORWARD and r.index == s.n_layers - 1), None)
        return None if head is None else head.out.argmax(axis=1)

    def _show_predictions(self, _record=None) -> None:
        s = self.view.stepper
        if s is None:
            return
        predicted = self.predictions()
        self.strip.set_batch(s.x, s.t, predicted)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        s = self.view.stepper
        if s is None or not hasattr(self, "trained"):
            return
        predicted = self.predictions()
        model = (self.tr("the bundled trained model") if self.trained else
                 self.tr("random weights (no trained model is bundled yet, so the predictions are "
                         "guesses)"))
        if predicted is None:
            text = self.tr("The first %1 of the %2 images. Step forward to the output layer to see "
                           "what the network (%3) predicts.")
        else:
            correct = int(np.sum(predicted == s.t))
            text = self.tr("Predicted digits for the first %1 images — %4 of all %2 correct with %3. "
                           "Red: predicted ≠ label.").replace("%4", str(correct))
        self.caption.setText(text.replace("%1", str(min(SHOWN, len(s.x)))).replace("%2", str(len(s.x)))
                             .replace("%3", model))
