"""Lesson 10: a batch of 100 MNIST test images stepped through the notes' 784-50-100-10, forward only.

The step view shows the shapes (100×784 → 100×50 → 100×100 → 100×10) and stops after the forward
pass (inference); once the output layer has run, the strip below shows the first images with the
digit the network predicts for each.
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
CELL = 48  # px per image and its label: the strip stays short, the step view keeps the room
HEIGHT = 66
GOOD = SUCCESS
BAD = ERROR


class PredictionStrip(QWidget):
    """The first images of the batch, each with its predicted digit (and the label when wrong)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("predictionStrip")
        self.images: np.ndarray | None = None  # (n, 784) in [0, 1]
        self.labels: np.ndarray | None = None
        self.predicted: np.ndarray | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(HEIGHT)

    def set_batch(self, images: np.ndarray, labels: np.ndarray, predicted: np.ndarray | None) -> None:
        self.images, self.labels = images[:SHOWN], labels[:SHOWN]
        self.predicted = None if predicted is None else predicted[:SHOWN]
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(SHOWN * (CELL + 2), HEIGHT)

    def paintEvent(self, _event) -> None:
        if self.images is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        n = len(self.images)
        cell = min(float(CELL), (self.width() - 4) / max(n, 1))
        side = cell - 8
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        for i in range(n):
            pixels = np.ascontiguousarray((255 - self.images[i].reshape(SIDE, SIDE) * 255).astype(np.uint8))
            image = QImage(pixels.data, SIDE, SIDE, SIDE, QImage.Format.Format_Grayscale8)
            x = 2 + i * cell
            p.drawImage(QRectF(x + 4, 2, side, side), image)
            p.setPen(BORDER_STRONG)
            p.drawRect(QRectF(x + 4, 2, side, side))
            text_rect = QRectF(x, side + 4, cell, 20)
            if self.predicted is None:
                p.setPen(FAINT)
                p.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, "?")
                continue
            ok = int(self.predicted[i]) == int(self.labels[i])
            p.setPen(GOOD if ok else BAD)
            text = str(int(self.predicted[i])) if ok else f"{int(self.predicted[i])} ≠ {int(self.labels[i])}"
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
        self.layout().addWidget(self.caption)
        self.layout().addWidget(self.strip)
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
