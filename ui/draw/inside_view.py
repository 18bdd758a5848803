"""Look inside the network for the current drawing: every layer's activations, and the saliency.

Each layer's output h_l for this one image is a strip of coloured cells, one per unit (blue
positive, orange negative, white 0; each layer scaled by its own largest |h|), so the learner sees
which ReLU units fire for a "7" and which stay silent. The saliency map S = ∂u_c/∂x
(ui/draw/analysis.py) is laid over the 28×28 input: blue pixels would raise the score of the
predicted digit if they held more ink, orange ones would lower it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from nnlab.inside import Inside

from ..stepview.feature_maps import FeatureMaps
from ..theme import BORDER, BORDER_STRONG, NEGATIVE, POSITIVE, SURFACE, TEXT_SOFT, WHITE
from ..widgets.factories import hint_label, section_title
from .images import heat_rgb, rgb_image, saliency_rgb

MAX_PER_ROW = 64  # wider layers wrap: a 256-unit layer is four rows of 64
ROW_GAP = 10
SALIENCY_SIDE = 140  # 5 px per MNIST pixel: the text beside it keeps room in a narrow column


class SaliencyView(QWidget):
    """The 28×28 input with the signed saliency over it, pixel-sharp."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumSize(140, 140)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(SALIENCY_SIDE, SALIENCY_SIDE)
        self.rgb: np.ndarray | None = None

    def sizeHint(self) -> QSize:
        return QSize(SALIENCY_SIDE, SALIENCY_SIDE)

    def show_saliency(self, image: np.ndarray | None, saliency: np.ndarray | None) -> None:
        self.rgb = None if image is None or saliency is None else saliency_rgb(image, saliency)
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = QRectF(0, 0, self.width() - 1, self.height() - 1)
        painter.fillRect(rect, SURFACE)
        if self.rgb is not None:
            painter.drawImage(rect, rgb_image(self.rgb))
        painter.setPen(BORDER_STRONG)
        painter.drawRect(rect)
        painter.end()


class ActivationStrips(QWidget):
    """One labelled strip per layer output (and the softmax output y last)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.rows: list[tuple[str, np.ndarray, bool]] = []  # (title, values, is probability)

    def set_rows(self, rows: list[tuple[str, np.ndarray, bool]]) -> None:
        self.rows = rows
        self.setToolTip("\n".join(title for title, _values, _prob in rows))  # whole, if elided
        self.updateGeometry()
        self.update()

    def _layout(self, width: float) -> list[tuple[float, float, int]]:
        """(top, cell size, per row) for each row, fitted to ``width``."""
        fm = self.fontMetrics()
        y = 0.0
        out = []
        for _title, values, _prob in self.rows:
            per_row = min(len(values), MAX_PER_ROW) or 1
            cell = min(width / per_row, 22.0)
            lines = -(-len(values) // per_row)
            out.append((y, cell, per_row))
            y += fm.height() + 2 + lines * cell + ROW_GAP
        return out

    def _height(self, width: float) -> int:
        if not self.rows:
            return 40
        top, cell, per_row = self._layout(width)[-1]
        values = self.rows[-1][1]
        return int(top + self.fontMetrics().height() + 2 + -(-len(values) // per_row) * cell + 2)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(width)

    def sizeHint(self) -> QSize:
        return QSize(320, self._height(320))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._height(max(self.width(), 200)))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        fm = painter.fontMetrics()
        width = self.width() - 1
        for (title, values, is_prob), (top, cell, per_row) in zip(self.rows, self._layout(width)):
            painter.setPen(TEXT_SOFT)
            painter.drawText(QRectF(0, top, width, fm.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(title, Qt.TextElideMode.ElideRight, width))
            colours = heat_rgb(values, 1.0 if is_prob else None)
            y0 = top + fm.height() + 2
            painter.setPen(Qt.PenStyle.NoPen)
            for i, (r, g, b) in enumerate(colours):
                x = (i % per_row) * cell
                y = y0 + (i // per_row) * cell
                painter.setBrush(QColor(int(r), int(g), int(b)))
                painter.drawRect(QRectF(x, y, cell, cell))
            lines = -(-len(values) // per_row)
            painter.setPen(QPen(BORDER, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(0, y0, per_row * cell, lines * cell))
            if is_prob:  # the digit on each cell of y, so the strip reads as 0–9
                for i in range(len(values)):
                    painter.setPen(WHITE if values[i] > 0.6 else TEXT_SOFT)
                    painter.drawText(QRectF(i * cell, y0, cell, cell), Qt.AlignmentFlag.AlignCenter,
                                     str(i))
        painter.end()


class InsideView(QWidget):
    """The saliency map beside its explanation, then the activation strips."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.saliency = SaliencyView()
        self.saliency_title = section_title()
        self.saliency_text = hint_label()
        self.saliency_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.activations_title = section_title()
        self.activations_text = hint_label()
        self.strips = ActivationStrips()
        self.empty_label = hint_label()
        for title in (self.saliency_title, self.activations_title):
            title.setWordWrap(True)  # the view is only as wide as the side column
        # A CNN's first convolution: its feature maps as pictures (a strip of 17,280 cells
        # would show nothing).
        self.maps_title = section_title()
        self.maps_title.setWordWrap(True)
        self.maps_text = hint_label()
        self.maps = FeatureMaps()
        self.maps.setObjectName("drawFeatureMaps")
        self._maps_layer: int | None = None

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.saliency, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.saliency_text, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(6)
        column.addWidget(self.saliency_title)
        column.addLayout(top)
        column.addSpacing(6)
        column.addWidget(self.maps_title)
        column.addWidget(self.maps_text)
        column.addWidget(self.maps)
        column.addWidget(self.activations_title)
        column.addWidget(self.activations_text)
        column.addWidget(self.empty_label)
        column.addWidget(self.strips)
        column.addStretch(1)
        self.inside: Inside | None = None
        self._image: np.ndarray | None = None
        self.retranslateUi()

    def show_inside(self, inside: Inside | None, image: np.ndarray | None = None) -> None:
        """Show one forward/backward pass (None: nothing drawn, or no model)."""
        self.inside = inside
        self._image = image
        if inside is None:
            self.saliency.show_saliency(None, None)
            self.strips.set_rows([])
        else:
            self.saliency.show_saliency(image, inside.saliency)
            self.strips.set_rows(self._rows(inside))
        self._show_maps(inside)
        self.empty_label.setVisible(inside is None)
        self._update_texts()

    def _show_maps(self, inside: Inside | None) -> None:
        """The first Convolution's output, one small heatmap per filter."""
        layer = None
        if inside is not None and inside.shapes:
            layer = next((i for i, (name, shape) in enumerate(zip(inside.names, inside.shapes))
                          if name == "Convolution" and len(shape) == 3), None)
        self._maps_layer = layer
        for widget in (self.maps_title, self.maps_text, self.maps):
            widget.setVisible(layer is not None)
        if layer is not None:
            self.maps.set_array(inside.activations[layer].reshape(inside.shapes[layer])[np.newaxis],
                                "u")

    def has_feature_maps(self) -> bool:
        return self._maps_layer is not None

    def _rows(self, inside: Inside) -> list[tuple[str, np.ndarray, bool]]:
        rows = []
        for i, (name, values) in enumerate(zip(inside.names, inside.activations)):
            peak = float(np.max(np.abs(values))) if values.size else 0.0
            active = int(np.count_nonzero(values > 0))
            rows.append((self.tr("%1. %2 — %3 units, max |h| %4, %5 > 0")
                         .replace("%1", str(i + 1)).replace("%2", name)
                         .replace("%3", str(values.size)).replace("%4", f"{peak:.2f}")
                         .replace("%5", str(active)), values, False))
        rows.append((self.tr("Output y = softmax(u)"), inside.probabilities, True))
        return rows

    def _update_texts(self) -> None:
        if self.inside is not None:
            c = self.inside.predicted
            self.saliency_text.setText(self.tr(
                "Saliency ∂u<sub>%1</sub>/∂x: how the score u<sub>%1</sub> of the predicted "
                "digit %1 changes with each input pixel, by backpropagation of a one-hot dout. "
                "<span style='color:%2'><b>Blue</b></span>: more ink here would raise it; "
                "<span style='color:%3'><b>orange</b></span>: would lower it.")
                .replace("%1", str(c)).replace("%2", POSITIVE.name())
                .replace("%3", NEGATIVE.darker(110).name()))
            self.strips.setVisible(True)
        else:
            self.saliency_text.setText(self.tr(
                "Saliency ∂u<sub>c</sub>/∂x: once you draw, which pixels push the score of the "
                "predicted digit c up (blue) or down (orange)."))
            self.strips.setVisible(False)

    def retranslateUi(self) -> None:
        self.saliency_title.setText(self.tr("Which pixels matter (saliency map)"))
        self.activations_title.setText(self.tr("Activations, layer by layer (forward pass)"))
        self.maps_title.setText(self.tr("Feature maps of the first convolution layer"))
        self.maps_text.setText(self.tr(
            "One map per filter: where in your drawing the filter finds its pattern (blue: "
            "strongly, orange: the opposite). Hover to read a value."))
        self.activations_text.setText(self.tr(
            "Each cell is one unit's output h for this drawing: blue positive, orange negative, "
            "white zero; each layer is scaled to its own largest |h|."))
        self.empty_label.setText(self.tr("Draw a digit to see the network's activations."))
        if self.inside is not None:
            self.strips.set_rows(self._rows(self.inside))
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
