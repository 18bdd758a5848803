"""The network's answer: the top digit large with its confidence, and all ten probabilities.

y = softmax(u) is shown as it is: ten bars summing to 1, the argmax highlighted. Nothing is
shown for an empty canvas (the learner is asked to draw) or when no model is loaded.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..theme import ACCENT, ACCENT_SOFT, BORDER_STRONG, TEXT_SOFT, TRACK, set_state
from ..widgets.factories import hint_label

#: Below this top probability the answer is called a guess (a uniform guess is 10%).
GUESS_BELOW = 0.30


def is_guess(probabilities: np.ndarray) -> bool:
    """True when max_k y_k < 0.3: the network barely prefers one digit over the others."""
    return float(np.max(probabilities)) < GUESS_BELOW


class ProbabilityChart(QWidget):
    """Ten vertical bars, digit 0–9 below each, the probability in % above the tallest ones."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("probabilityChart")
        self.setMinimumSize(260, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.probabilities: np.ndarray | None = None

    def set_probabilities(self, probabilities: np.ndarray | None) -> None:
        self.probabilities = None if probabilities is None else np.asarray(probabilities, float)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 190)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_h = metrics.height() + 4
        top_margin = metrics.height() + 4
        area = QRectF(4, top_margin, self.width() - 8, self.height() - top_margin - label_h)
        slot = area.width() / 10
        bar_w = slot * 0.62
        p = self.probabilities
        best = int(np.argmax(p)) if p is not None else -1
        for k in range(10):
            x = area.left() + k * slot + (slot - bar_w) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(QRectF(x, area.top(), bar_w, area.height()), 3, 3)
            if p is not None:
                h = max(float(p[k]), 0.0) * area.height()
                painter.setBrush(ACCENT if k == best else ACCENT_SOFT)
                painter.drawRoundedRect(QRectF(x, area.bottom() - h, bar_w, h), 3, 3)
                if p[k] >= 0.005:
                    painter.setPen(ACCENT if k == best else TEXT_SOFT)
                    text = f"{100 * p[k]:.0f}%"
                    painter.drawText(QRectF(x - slot / 2, area.bottom() - h - metrics.height() - 2,
                                            bar_w + slot, metrics.height()),
                                     Qt.AlignmentFlag.AlignCenter, text)
            painter.setPen(ACCENT if k == best else TEXT_SOFT)
            font = painter.font()
            font.setBold(k == best)
            painter.setFont(font)
            painter.drawText(QRectF(area.left() + k * slot, area.bottom() + 2, slot, label_h),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(k))
            font.setBold(False)
            painter.setFont(font)
        painter.setPen(QPen(BORDER_STRONG, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.end()


class PredictionPanel(QWidget):
    """The guess (``digit_label``), its confidence, and the bar chart of all ten classes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.digit_label = QLabel()
        self.digit_label.setObjectName("predictedDigit")
        self.digit_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digit_label.setMinimumWidth(110)
        self.confidence_label = QLabel()
        self.confidence_label.setObjectName("confidence")
        self.confidence_label.setWordWrap(True)
        self.confidence_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.chart = ProbabilityChart()
        self.chart_title = hint_label(wrap=False)

        big = QFont(self.font())
        big.setPointSizeF(54)
        head_widget = QWidget()
        # As tall as the big digit whatever is shown, so that the chart never jumps.
        head_widget.setFixedHeight(QFontMetrics(big).height() + 4)
        head = QHBoxLayout(head_widget)
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.digit_label)
        head.addWidget(self.confidence_label, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(head_widget)
        column.addWidget(self.chart_title)
        column.addWidget(self.chart, 1)
        self._probabilities: np.ndarray | None = None
        self._state = "empty"
        self.retranslateUi()

    def predicted(self) -> int | None:
        """The digit shown, or None while there is no guess."""
        return None if self._probabilities is None else int(np.argmax(self._probabilities))

    def show_prediction(self, probabilities: np.ndarray) -> None:
        self._probabilities = np.asarray(probabilities, float)
        self._state = "prediction"
        self.chart.set_probabilities(self._probabilities)
        self._show()

    def show_empty(self) -> None:
        """The canvas holds no ink: ask for a digit instead of guessing."""
        self._set_state("empty")

    def show_no_model(self) -> None:
        self._set_state("no model")

    def _set_state(self, state: str) -> None:
        self._probabilities = None
        self._state = state
        self.chart.set_probabilities(None)
        self._show()

    def _show(self) -> None:
        big = self._state == "prediction"
        set_state(self.digit_label, "guess", big)
        font = QFont(self.font())
        font.setPointSizeF(54 if big else 15)
        font.setBold(big)
        self.digit_label.setFont(font)
        set_state(self.confidence_label, "guessing", False)
        if big:
            p = self._probabilities
            best = int(np.argmax(p))
            self.digit_label.setText(str(best))
            if is_guess(p):
                text = self.tr("Not sure — it is guessing: even the best, a <b>%1</b>, "
                               "has only %2.")
            else:
                text = self.tr("The network reads a <b>%1</b> with %2 confidence.")
            self.confidence_label.setText(
                text.replace("%1", str(best)).replace("%2", f"{100 * p[best]:.1f}%"))
            set_state(self.confidence_label, "guessing", is_guess(p))
        elif self._state == "no model":
            self.digit_label.setText(self.tr("No model"))
            self.confidence_label.setText(self.tr("Open a model file, or train one in the Train "
                                                  "tab, to see what a network reads."))
        else:
            self.digit_label.setText(self.tr("Draw a digit"))
            self.confidence_label.setText(self.tr("One digit, 0 to 9, on the canvas: the "
                                                  "prediction updates as you draw."))

    def retranslateUi(self) -> None:
        self.chart_title.setText(self.tr("Probability of each digit (softmax output y)"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
