"""A tab that is not built yet: a centred card saying what will be there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class PlaceholderTab(QWidget):
    """Stands in for the Lessons, Train or Draw tab; same shape as a real tab (context, parent)."""

    def __init__(self, key: str, context=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.context = context
        self.setObjectName(f"{key}Placeholder")
        self.title = QLabel()
        self.title.setObjectName("placeholderTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("placeholderBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("placeholderNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)

        card = QFrame()
        card.setObjectName("placeholderCard")
        card.setFixedWidth(620)  # a fixed width lets the wrapped labels get their real height
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(14)
        inner.addWidget(self.title)
        inner.addWidget(self.body)
        inner.addWidget(self.note)

        # Stretches rather than an alignment flag: an aligned item loses heightForWidth, which
        # the wrapped labels need to get their full height.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.title.setFont(title_font)
        body_font = QFont(self.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.15)
        self.body.setFont(body_font)
        self.setStyleSheet(
            "#placeholderCard { background: palette(base); border: 1px solid #d5dae1;"
            " border-radius: 10px; }"
            "#placeholderBody { color: #3d4652; }"
            "#placeholderNote { color: #667080; }")
        self.retranslateUi()

    def retranslateUi(self) -> None:
        texts = {
            "lessons": (
                self.tr("Lessons: step through a network"),
                self.tr("Walk one sample through a network one layer at a time, forward and "
                        "backward, with every value and gradient on screen: from the perceptron "
                        "and the Section 1 example to backpropagation and MNIST."),
            ),
            "train": (
                self.tr("Train on MNIST"),
                self.tr("Train your design on the 60,000 handwritten digits of MNIST with SGD, "
                        "Momentum, AdaGrad or Adam while the window stays responsive: live loss "
                        "and accuracy curves, pause and stop, and a guard against divergence."),
            ),
            "draw": (
                self.tr("Draw a digit"),
                self.tr("Draw a digit with the mouse and watch the trained network read it: the "
                        "28×28 image it actually sees and the probability of every class."),
            ),
        }
        title, body = texts.get(self.key, (self.key, ""))
        self.title.setText(title)
        self.body.setText(body)
        self.note.setText(self.tr("This tab is coming in the next update. Meanwhile, build a "
                                  "network in the Designer."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
