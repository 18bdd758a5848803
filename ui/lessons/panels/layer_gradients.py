"""Lesson 13 (b): how big ∂L/∂W is in each layer, sigmoid against ReLU with He (log scale).

Both networks are real (nnlab.lessons.vanishing.gradient_by_layer: Network.gradient on 128
bundled MNIST images); the learner picks the sigmoid network's initial weights and the depth. The
notes' 確認テスト — the largest value of σ′ = σ(1 − σ) — is asked here, and its answer is tied to
the shrinking the learner sees.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from nnlab.lessons import vanishing as V
from nnlab.lessons.activations import max_derivative
from nnlab.lessons.predict import Prediction, judge, parse_guess

from ...i18n import bilingual
from ...stepview.numbers import format_number
from ...stepview.predict import PredictBox
from ...theme import BLUE, ORANGE
from ..lesson_page import sentence_gap

SIGMOID_INITS = ("xavier", "std1", "std0.01")


class LayerGradients(QWidget):
    """Sigmoid's init and the depth; the two curves; the question; the verdict sentence."""

    predicted = Signal(str, bool)

    def __init__(self, prediction: Prediction | None = None, solved=(), parent=None):
        super().__init__(parent)
        self.prediction = prediction
        self.pending = prediction is not None and prediction.id not in set(solved)
        self.sigmoid: V.GradientSizes | None = None
        self.relu: V.GradientSizes | None = None
        self._batch = None
        self.init_label, self.depth_label = QLabel(), QLabel()
        self.init_combo = QComboBox()
        self.init_combo.setObjectName("gradInit")
        for key in SIGMOID_INITS:
            self.init_combo.addItem("", key)
        self.depth_spin = QSpinBox()
        self.depth_spin.setObjectName("gradDepth")
        self.depth_spin.setRange(2, V.MAX_DEPTH)
        self.depth_spin.setValue(5)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("gradPlot")
        self.plot.setLogMode(y=True)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.legend = self.plot.addLegend(offset=(10, 10))
        self.sig_curve = self.plot.plot(pen=pg.mkPen(BLUE, width=2), symbol="o", symbolSize=7,
                                        symbolBrush=BLUE, name="sigmoid")
        self.relu_curve = self.plot.plot(pen=pg.mkPen(ORANGE, width=2), symbol="s", symbolSize=7,
                                         symbolBrush=ORANGE, name="ReLU, He")
        self.predict_box = PredictBox()
        self.predict_box.prompt.setWordWrap(True)  # a long prompt must not widen the page
        self.predict_box.layout().setStretchFactor(self.predict_box.prompt, 1)
        self.predict_box.guessed.connect(self.guess)
        self.predict_box.revealRequested.connect(self.reveal)
        self.verdict = QLabel()
        self.verdict.setObjectName("gradVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        for w in (self.init_label, self.init_combo, self.depth_label, self.depth_spin):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.predict_box)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.verdict)
        self.init_combo.currentIndexChanged.connect(self.recompute)
        self.depth_spin.valueChanged.connect(self.recompute)
        self.retranslateUi()

    def showEvent(self, event) -> None:
        if self.sigmoid is None:  # two backward passes on 128 images: computed when first seen
            self.recompute()
        super().showEvent(event)

    def recompute(self) -> None:
        if self._batch is None:
            self._batch = V.mnist_batch(128)
        x, t = self._batch
        depth = self.depth_spin.value()
        self.sigmoid = V.gradient_by_layer(x, t, "sigmoid", self.init_combo.currentData(), depth)
        self.relu = V.gradient_by_layer(x, t, "relu", "he", depth)
        layers = np.arange(1, depth + 2)
        self.sig_curve.setData(layers, self.sigmoid.means)
        self.relu_curve.setData(layers, self.relu.means)
        ticks = [(int(k), str(k)) for k in layers[:-1]] + [(depth + 1, self.tr("output"))]
        self.plot.getAxis("bottom").setTicks([ticks])
        self._show()

    def _show(self) -> None:
        if self.pending and self.prediction is not None:
            self.predict_box.ask("<b>✎ " + html.escape(bilingual(self.prediction.prompt)) + "</b>",
                                 self.tr("your guess"))
        self.verdict.setText(self.verdict_text())

    def verdict_text(self) -> str:
        if self.sigmoid is None or self.relu is None:
            return ""
        s, r = self.sigmoid, self.relu
        depth = len(s.means) - 1
        text = self.tr("Mean |∂L/∂W| from layer %1 back to layer 1 — sigmoid: %2 → %3 (×%4 per "
                       "layer); ReLU with He: %5 → %6 (×%7 per layer).") \
            .replace("%1", str(depth)).replace("%2", format_number(s.means[depth - 1])) \
            .replace("%3", format_number(s.means[0])).replace("%4", format_number(s.ratio())) \
            .replace("%5", format_number(r.means[depth - 1])).replace("%6", format_number(r.means[0])) \
            .replace("%7", format_number(r.ratio()))
        vanished = s.ratio() < 0.5 and r.ratio() > s.ratio() * 2
        text += sentence_gap() + "<b>" + (
            self.tr("✓ The gradient vanishes through the sigmoid layers and keeps its size with "
                    "ReLU and He, as the notes say.") if vanished else
            self.tr("✗ Here the sigmoid network's gradient did not shrink much faster than "
                    "ReLU's.")) + "</b>"
        if not self.pending:
            text += sentence_gap() + self.tr(
                "Each sigmoid layer multiplies the gradient by σ′(u) ≤ 0.25 (times its weights): "
                "%1 per layer here.").replace("%1", format_number(s.ratio()))
        return text

    # ---- the notes' 確認テスト ---------------------------------------------------------------------
    def guess(self, text: str) -> bool:
        number = parse_guess(text)
        if not self.pending or number is None:
            if self.pending:
                self.predict_box.tell(self.tr("Type a number, e.g. 0.5."), "wrong")
            return False
        value = max_derivative("sigmoid")[1]
        verdict = judge(self.prediction, number, value)
        self.predicted.emit(self.prediction.id, verdict.correct)
        if verdict.correct:
            self._settle(self.tr("✓ Right: σ′(0) = 0.5 · (1 − 0.5) = 0.25."), "right")
        else:
            self.predict_box.tell(self.tr("✗ %1 is off by %2. σ′ is largest where σ = 0.5 (at "
                                          "u = 0). Try again, or press Reveal.")
                                  .replace("%1", format_number(number))
                                  .replace("%2", format_number(verdict.error)), "wrong")
        return verdict.correct

    def reveal(self) -> None:
        if self.pending:
            self._settle(self.tr("σ′(0) = 0.5 · (1 − 0.5) = 0.25, its largest value."), "shown")

    def _settle(self, text: str, kind: str) -> None:
        self.pending = False
        self.predict_box.settle("<b>✎ " + html.escape(bilingual(self.prediction.prompt)) + "</b>")
        self.predict_box.tell(text, kind)
        self._show()

    def retranslateUi(self) -> None:
        self.init_label.setText(self.tr("Sigmoid network's initial weights"))
        names = {"xavier": self.tr("Xavier 1/√n"), "std1": self.tr("σ = 1"),
                 "std0.01": self.tr("σ = 0.01")}
        for i, key in enumerate(SIGMOID_INITS):
            self.init_combo.setItemText(i, names[key])
        self.depth_label.setText(self.tr("Hidden layers"))
        self.plot.setLabel("bottom", self.tr("layer (1 = next to the input; the last is the output)"))
        self.plot.setLabel("left", self.tr("mean |∂L/∂W| (log scale)"))
        self.plot.setTitle(self.tr("One backward pass on 128 MNIST images"))
        self.predict_box.retranslateUi()
        self._show()
