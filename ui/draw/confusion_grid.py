"""C[t, p] for the learner's own digits as a 10×10 grid: rows the true label, columns the reading."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ..theme import HINT, SURFACE, TEXT, TEXT_SOFT, WHITE


class ConfusionMatrix(QWidget):
    """C[t, p] as a 10×10 grid: rows the true label, columns what the network read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.matrix: np.ndarray | None = None
        self.setFixedSize(QSize(236, 236))
        self.row_title = ""
        self.column_title = ""

    def set_matrix(self, matrix: np.ndarray | None) -> None:
        self.matrix = matrix
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        fm = painter.fontMetrics()
        margin = fm.height() * 2 + 2
        side = min(self.width(), self.height()) - margin - 1
        cell = side / 10
        x0, y0 = margin, margin
        painter.setPen(TEXT_SOFT)
        painter.drawText(QRectF(x0, 0, side, fm.height()), Qt.AlignmentFlag.AlignCenter,
                         self.column_title)
        painter.save()
        painter.translate(0, y0 + side)
        painter.rotate(-90)
        painter.drawText(QRectF(0, 0, side, fm.height()), Qt.AlignmentFlag.AlignCenter,
                         self.row_title)
        painter.restore()
        m = self.matrix
        row_totals = m.sum(axis=1) if m is not None else np.zeros(10)
        for k in range(10):
            painter.setPen(HINT)
            painter.drawText(QRectF(x0 + k * cell, fm.height(), cell, fm.height()),
                             Qt.AlignmentFlag.AlignCenter, str(k))
            painter.drawText(QRectF(fm.height(), y0 + k * cell, fm.height(), cell),
                             Qt.AlignmentFlag.AlignCenter, str(k))
        for t in range(10):
            for p in range(10):
                rect = QRectF(x0 + p * cell, y0 + t * cell, cell, cell)
                n = int(m[t, p]) if m is not None else 0
                share = n / row_totals[t] if row_totals[t] else 0.0
                if n == 0:
                    colour = QColor(SURFACE)
                elif t == p:
                    colour = QColor.fromRgbF(1 - 0.75 * share, 1 - 0.35 * share, 1 - 0.65 * share)
                else:
                    a = 0.25 + 0.75 * share
                    colour = QColor.fromRgbF(1 - 0.1 * a, 1 - 0.65 * a, 1 - 0.65 * a)
                painter.fillRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), colour)
                if n:
                    painter.setPen(WHITE if share > 0.6 else TEXT)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
        painter.end()
