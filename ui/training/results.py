"""Results on the test set: the confusion matrix with per-class accuracy, and the mistakes.

``ConfusionMatrixView`` paints C[t, p] (rows: the true digit, columns: the prediction; the
diagonal holds the correct answers) with a per-class accuracy column C[k, k] / Σ_p C[k, p].
``MistakesView`` paints the misclassified test images, the most confident mistakes first, each
with its prediction and its true label. Both take an ``nnlab.evaluation.Evaluation``.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from nnlab.data.mnist import SIDE
from nnlab.evaluation import Evaluation

from ..theme import BORDER, ERROR, GREEN, HINT, TEXT, TRACK, WHITE, mix

INK = TEXT
MUTED = HINT
GRID = BORDER
CORRECT = GREEN
WRONG = ERROR


class ConfusionMatrixView(QWidget):
    """A K×K table of counts, shaded by the share of each true class, with per-class accuracy."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.evaluation: Evaluation | None = None
        self.setMinimumSize(300, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._geometry: tuple[float, float, float, int] | None = None

    def set_evaluation(self, evaluation: Evaluation | None) -> None:
        self.evaluation = evaluation
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 360)

    def _layout(self) -> tuple[float, float, float, int]:
        """(left, top, cell, K): the matrix's corner, its cell size and the number of classes."""
        k = self.evaluation.confusion.shape[0] if self.evaluation is not None else 10
        fm = QFontMetricsF(self.font())
        left = fm.height() * 2.6
        top = fm.height() * 2.4
        acc_w = fm.horizontalAdvance("100.0%") + 46
        cell = min((self.width() - left - acc_w - 8) / k, (self.height() - top - 8) / k)
        return left, top, max(cell, 8.0), k

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        left, top, cell, k = self._layout()
        self._geometry = (left, top, cell, k)
        fm = QFontMetricsF(self.font())
        if self.evaluation is None:
            p.setPen(MUTED)
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.tr("The confusion matrix appears when training ends\n"
                          "(or press Evaluate)."))
            return
        c = self.evaluation.confusion
        totals = c.sum(axis=1)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, min(self.font().pointSizeF(), cell * 0.28)))
        bold = QFont(small)
        bold.setBold(True)
        # Axis titles.
        p.setPen(MUTED)
        p.drawText(QRectF(left, 0, cell * k, fm.height() * 1.1), Qt.AlignmentFlag.AlignCenter,
                   self.tr("predicted →"))
        p.save()
        p.translate(fm.height() * 0.7, top + cell * k / 2)
        p.rotate(-90)
        p.drawText(QRectF(-cell * k / 2, -fm.height() * 0.6, cell * k, fm.height() * 1.2),
                   Qt.AlignmentFlag.AlignCenter, self.tr("true label →"))
        p.restore()
        for j in range(k):  # column and row headers
            p.drawText(QRectF(left + j * cell, fm.height() * 1.1, cell, fm.height() * 1.2),
                       Qt.AlignmentFlag.AlignCenter, str(j))
            p.drawText(QRectF(fm.height() * 1.4, top + j * cell, fm.height() * 1.1, cell),
                       Qt.AlignmentFlag.AlignCenter, str(j))
        white = QColor(WHITE)
        for i in range(k):
            for j in range(k):
                share = c[i, j] / totals[i] if totals[i] else 0.0
                base = CORRECT if i == j else WRONG
                strength = share if i == j else min(1.0, share * 6)  # make rare mistakes visible
                fill = mix(white, base, 0.08 + 0.85 * strength if c[i, j] else 0.0)
                rect = QRectF(left + j * cell, top + i * cell, cell, cell)
                p.fillRect(rect, fill)
                p.setPen(QPen(GRID, 1))
                p.drawRect(rect)
                if c[i, j]:
                    text = str(int(c[i, j]))
                    font = bold if i == j else small
                    if QFontMetricsF(font).horizontalAdvance(text) > cell - 4:
                        font = QFont(font)  # "1135" in a narrow cell: shrink to fit
                        font.setPointSizeF(font.pointSizeF() * (cell - 4) / max(
                            QFontMetricsF(font).horizontalAdvance(text), 1.0))
                    p.setFont(font)
                    p.setPen(white if strength > 0.55 else INK)
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        # Per-class accuracy: a bar and the number.
        p.setFont(self.font())
        p.setPen(MUTED)
        x0 = left + k * cell + 12
        p.drawText(QRectF(x0, fm.height() * 1.1, self.width() - x0, fm.height() * 1.2),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.tr("accuracy"))
        per_class = self.evaluation.per_class
        p.setFont(small)
        bar_w = 34.0
        for i in range(k):
            acc = per_class[i]
            y = top + i * cell
            track = QRectF(x0, y + cell * 0.3, bar_w, cell * 0.4)
            p.fillRect(track, TRACK)
            if np.isfinite(acc):
                p.fillRect(QRectF(track.x(), track.y(), bar_w * acc, track.height()),
                           mix(WRONG, CORRECT, (acc - 0.8) / 0.2))
                p.setPen(INK)
                p.drawText(QRectF(x0 + bar_w + 5, y, self.width() - x0 - bar_w, cell),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           f"{100 * acc:.1f}%")
        p.end()

    def mouseMoveEvent(self, event) -> None:
        if self.evaluation is None or self._geometry is None:
            return
        left, top, cell, k = self._geometry
        pos = event.position()
        j, i = math.floor((pos.x() - left) / cell), math.floor((pos.y() - top) / cell)
        if 0 <= i < k and 0 <= j < k:
            count = int(self.evaluation.confusion[i, j])
            text = (self.tr("%1 test images of %2 classified as %3").replace("%1", f"{count:,}")
                    .replace("%2", str(i)).replace("%3", str(j)))
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)


class MistakesView(QWidget):
    """Misclassified test images in a grid, each labelled "prediction (true label)"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.evaluation: Evaluation | None = None
        self._images: list[QImage] = []
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._cells: list[QRectF] = []

    def set_evaluation(self, evaluation: Evaluation | None) -> None:
        self.evaluation = evaluation
        self._images = []
        if evaluation is not None:
            for img in evaluation.wrong_images:
                # MNIST is white ink on black; shown as dark ink on paper, like the Draw tab.
                data = np.ascontiguousarray(255 - img)
                qimg = QImage(data.data, SIDE, SIDE, SIDE, QImage.Format.Format_Grayscale8).copy()
                self._images.append(qimg)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 360)

    def shown_count(self) -> int:
        return len(self._cells)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._cells = []
        if self.evaluation is None:
            p.setPen(MUTED)
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.tr("Misclassified test images appear here."))
            return
        if not self._images:
            p.setPen(CORRECT)
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No mistakes on the test set."))
            return
        fm = QFontMetricsF(self.font())
        label_h = fm.height() + 2
        gap = 8.0
        # The largest square size s (the image's own pixels at least) for which every image fits.
        n = len(self._images)
        best = float(SIDE)
        for cols in range(1, n + 1):
            rows = math.ceil(n / cols)
            s = min((self.width() - gap) / cols - gap, (self.height() - gap) / rows - gap - label_h)
            if s >= SIDE:
                best = max(best, min(s, 3.0 * SIDE))
        s = math.floor(best / SIDE) * SIDE if best >= 2 * SIDE else best
        cols = max(1, int((self.width() - gap) // (s + gap)))
        rows_fit = max(1, int((self.height() - gap) // (s + gap + label_h)))
        x_off = (self.width() - cols * (s + gap) + gap) / 2
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.92)
        p.setFont(small)
        for k, img in enumerate(self._images[:cols * rows_fit]):
            r, c = divmod(k, cols)
            x = x_off + c * (s + gap)
            y = gap / 2 + r * (s + gap + label_h)
            rect = QRectF(x, y, s, s)
            p.drawImage(rect, img)
            p.setPen(QPen(GRID, 1))
            p.drawRect(rect)
            pred = int(self.evaluation.wrong_pred[k])
            true = int(self.evaluation.wrong_true[k])
            label = QRectF(x - gap / 2, y + s + 1, s + gap, label_h)
            p.setPen(WRONG)
            text_pred = str(pred)
            text_true = f" ({true})"
            w_pred = fm.horizontalAdvance(text_pred)
            w_all = w_pred + fm.horizontalAdvance(text_true)
            start = label.x() + (label.width() - w_all) / 2
            p.drawText(QPointF(start, label.y() + fm.ascent()), text_pred)
            p.setPen(MUTED)
            p.drawText(QPointF(start + w_pred, label.y() + fm.ascent()), text_true)
            self._cells.append(rect)
        p.end()

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        for k, rect in enumerate(self._cells):
            if rect.contains(pos):
                ev = self.evaluation
                text = (self.tr("Test image #%1: predicted %2 (%3% sure), true label %4")
                        .replace("%1", str(int(ev.wrong_index[k])))
                        .replace("%2", str(int(ev.wrong_pred[k])))
                        .replace("%3", f"{100 * ev.wrong_confidence[k]:.0f}")
                        .replace("%4", str(int(ev.wrong_true[k]))))
                QToolTip.showText(event.globalPosition().toPoint(), text, self)
                return
        QToolTip.hideText()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)
