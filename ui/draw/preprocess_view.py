"""What happens to a drawing before the network sees it, as four small pictures (DigitSteps).

    ink and its box -> cropped -> scaled to fit 20×20 -> centred by mass in 28×28

Shown as the network receives them: ink bright (1) on dark (0). The last picture is exactly the
784 numbers given to the first layer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from nnlab.digits import BOX, FIELD, DigitSteps

from ..theme import BORDER_STRONG, DARK_FIELD, ON_DARK_BOX, ON_DARK_MARK
from .images import grey_image


class StepImage(QWidget):
    """One picture, fitted into a square: smooth for the canvas, blocky for 28×28 pixels."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumWidth(64)
        self.setFixedHeight(100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.image: QImage | None = None
        self.grid: int | None = None  # the image occupies this many pixels of a square field
        self.box: QRectF | None = None  # a rectangle in image pixels
        self.mark: QPointF | None = None  # a cross in image pixels
        self.smooth = True

    def sizeHint(self) -> QSize:
        return QSize(100, 100)

    def show_image(self, image: QImage | None, smooth: bool = True, grid: int | None = None,
                   box: QRectF | None = None, mark: QPointF | None = None) -> None:
        self.image, self.smooth, self.grid, self.box, self.mark = image, smooth, grid, box, mark
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height()) - 1
        field = QRectF((self.width() - side) / 2, 0, side, side)
        painter.fillRect(field, DARK_FIELD)
        if self.image is not None and not self.image.isNull():
            w, h = self.image.width(), self.image.height()
            # Fit the image's longer side (or the grid) to the field, centred.
            k = side / (self.grid or max(w, h))
            target = QRectF(field.center().x() - w * k / 2, field.center().y() - h * k / 2,
                            w * k, h * k)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.smooth)
            painter.drawImage(target, self.image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if self.box is not None:
                painter.setPen(QPen(ON_DARK_BOX, 1.2, Qt.PenStyle.DashLine))
                painter.drawRect(QRectF(target.left() + self.box.left() * k,
                                        target.top() + self.box.top() * k,
                                        self.box.width() * k, self.box.height() * k))
            if self.mark is not None:
                x = target.left() + self.mark.x() * k
                y = target.top() + self.mark.y() * k
                painter.setPen(QPen(ON_DARK_MARK, 1.5))
                painter.drawLine(QPointF(x - 6, y), QPointF(x + 6, y))
                painter.drawLine(QPointF(x, y - 6), QPointF(x, y + 6))
        painter.setPen(BORDER_STRONG)
        painter.drawRect(field)
        painter.end()


class PreprocessView(QWidget):
    """The four stages side by side, each with a caption and its numbers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.images = [StepImage() for _ in range(4)]
        self.captions = [QLabel() for _ in range(4)]
        self.details = [QLabel() for _ in range(4)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        lines = self.fontMetrics().lineSpacing()
        for i in range(4):
            self.captions[i].setObjectName("stepCaption")
            self.details[i].setObjectName("hint")
            for label in (self.captions[i], self.details[i]):
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                # Two lines each, always: a caption that needs two never moves what is below.
                # Lines break only where the text says "\n", never inside a word (Qt would
                # break 縮小 in two); a line too long for the column gets a smaller font.
                label.setFixedHeight(2 * lines + 2)
                label.setMinimumWidth(1)
            grid.addWidget(self.images[i], 0, i)
            grid.addWidget(self.captions[i], 1, i)
            grid.addWidget(self.details[i], 2, i)
            grid.setColumnStretch(i, 1)
        grid.setRowStretch(3, 1)  # any spare height below the numbers, not between the rows
        self.steps: DigitSteps | None = None
        self.retranslateUi()
        self._set_picture_side(100)

    def _set_picture_side(self, side: int) -> None:
        """Pictures ``side`` px tall (as wide as their column, at most 100), and the view as
        tall as a picture, two caption lines and two lines of numbers: it depends on the width
        only, never on what the labels say."""
        for image in self.images:
            image.setFixedHeight(side)
        lines = self.fontMetrics().lineSpacing()
        self.setFixedHeight(side + 2 * (2 * lines + 2) + 2 * 2 + 4)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        spacing = self.layout().horizontalSpacing()
        side = int(min(100, (self.width() - 3 * spacing) / 4))
        if side != self.images[0].height():
            self._set_picture_side(max(side, 40))
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        """Each caption and number in its own font size, the largest (≤ the style's) whose
        longest line fits the column."""
        for label in (*self.captions, *self.details):
            font = QFont(label.font())
            font.setPointSizeF(self.font().pointSizeF())
            room = max(label.width() - 2, 1)
            for _ in range(6):  # sizes round to what the font has: shrink until it fits
                width = max((QFontMetricsF(font).horizontalAdvance(line)
                             for line in label.text().split("\n")), default=0.0)
                if width <= room or font.pointSizeF() <= 6.5:
                    break
                font.setPointSizeF(max(6.5, font.pointSizeF() * room / width * 0.97))
            if font != label.font():
                label.setFont(font)

    def show_steps(self, steps: DigitSteps | None, ink=None) -> None:
        """Show every stage of ``steps`` (None: an empty canvas); ``ink`` is the whole canvas."""
        self.steps = steps
        if steps is None:
            for image in self.images:
                image.show_image(None)
        else:
            top, left, bottom, right = steps.bbox
            self.images[0].show_image(grey_image(ink), smooth=True,
                                      box=QRectF(left, top, right - left, bottom - top))
            self.images[1].show_image(grey_image(steps.cropped), smooth=True)
            self.images[2].show_image(grey_image(steps.scaled), smooth=False, grid=BOX)
            row, col = steps.centre_of_mass_after
            # Centre of mass in pixel indices: pixel i spans [i, i + 1), so its centre is i + ½.
            self.images[3].show_image(grey_image(steps.centred), smooth=False, grid=FIELD,
                                      mark=QPointF(col + 0.5, row + 0.5))
        self._update_details()

    def _update_details(self) -> None:
        s = self.steps
        if s is None:
            for label in self.details:
                label.setText("")
            return
        top, left, bottom, right = s.bbox
        self.details[0].setText(self.tr("box\n%1×%2 px").replace("%1", str(right - left))
                                .replace("%2", str(bottom - top)))
        self.details[1].setText(self.tr("scale\n×%1").replace("%1", f"{s.scale:.3f}"))
        h, w = s.scaled.shape
        self.details[2].setText(f"{w}×{h} px")
        dy, dx = s.shift
        self.details[3].setText(self.tr("moved by\n%1, %2 px").replace("%1", f"{dx:+.1f}")
                                .replace("%2", f"{dy:+.1f}"))
        self._fit_fonts()

    def retranslateUi(self) -> None:
        texts = (self.tr("1. Ink\nand box"), self.tr("2. Cropped"),
                 self.tr("3. Fit in\n20×20"), self.tr("4. Centred,\n28×28"))
        for label, text in zip(self.captions, texts):
            label.setText(text)
        self._fit_fonts()
        self.images[3].setToolTip(self.tr(
            "Exactly the 784 numbers the network receives. The orange cross is the centre of "
            "mass, moved to the middle of the 28×28 field as in MNIST."))
        self._update_details()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
