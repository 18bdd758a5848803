"""Lesson 11: the book's MNIST training set-up, handed to the Train tab.

The page shows the network (784-50-10) and the settings (SGD, learning rate 0.1, mini-batches of
100); its button sets the design with ``context.set_spec(spec)`` and asks for the Train tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..widgets.network_diagram import NetworkDiagram
from .lesson_page import LessonPage


class TrainHandoffPage(LessonPage):
    """The design, its settings, and "Train this network"."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        self.spec = lesson.network_spec()
        self._sent = False
        self.diagram = NetworkDiagram()
        self.diagram.set_spec(self.spec)
        self.diagram.setMinimumHeight(220)
        self.settings_box = QGroupBox()
        self.form = QFormLayout(self.settings_box)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.rows: list[tuple[QLabel, QLabel]] = []
        for _ in range(7):
            label, value = QLabel(), QLabel()
            value.setStyleSheet("font-weight: 600;")
            self.form.addRow(label, value)
            self.rows.append((label, value))
        self.button = QPushButton()
        self.button.setObjectName("trainHandoff")
        self.button.setDefault(True)
        self.button.setMinimumHeight(36)
        self.button.setStyleSheet("font-size: 11pt; font-weight: 600; padding: 4px 18px;")
        self.note = QLabel()
        self.note.setObjectName("trainHandoffNote")
        self.note.setWordWrap(True)

        side = QVBoxLayout()
        side.addWidget(self.settings_box)
        side.addWidget(self.button)
        side.addWidget(self.note)
        side.addStretch(1)
        self.diagram.setMaximumHeight(360)
        picture = QVBoxLayout()
        picture.addWidget(self.diagram)
        picture.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(picture, 3)
        layout.addLayout(side, 2)
        self.button.clicked.connect(self.hand_off)
        self.retranslateUi()

    def hand_off(self) -> None:
        """Make this network the current design and switch to the Train tab."""
        if self.context is None:
            return
        # Asks first when the current design has unsaved changes, as loading a template does.
        if not self.context.open_in_trainer(self.spec.copy(), self.book_settings()):
            return
        self._sent = True
        self._show_note()
        self.mark_tried()

    def book_settings(self) -> dict:
        """Every Train-tab setting the note calls "the book's" (names of TrainConfig's fields).

        The book trains on all 60,000 images (train_subset 0) without weight decay or augmentation;
        "init" "" keeps the design's N(0, 0.01²)."""
        options = self.lesson.options
        # 10,000 iterations of 100 images is about 17 epochs of MNIST's 60,000.
        epochs = max(1, round(options["iterations"] * options["batch_size"] / 60_000))
        return {"optimizer": "sgd", "lr": options["lr"], "batch_size": options["batch_size"],
                "epochs": epochs, "train_subset": 0, "weight_decay": 0.0, "augment": False,
                "init": ""}

    def _show_note(self) -> None:
        if self._sent:
            self.note.setText(self.tr("Sent: the network is now your design, and the Train tab "
                                      "has the book's settings. Press Start there."))
        else:
            self.note.setText(self.tr("The button hands this network to the Train tab as the "
                                      "design to train, and opens the tab."))

    def retranslateUi(self) -> None:
        options = self.lesson.options
        self.settings_box.setTitle(self.tr("The book's settings"))
        texts = (
            (self.tr("Network"), "784 → 50 (ReLU) → 10 (" + self.tr("softmax") + ")"),
            (self.tr("Initial weights"), "N(0, 0.01²)"),
            (self.tr("Optimizer"), self.tr("SGD (stochastic gradient descent)")),
            (self.tr("ε (learning rate)"), str(options["lr"])),
            (self.tr("Batch size"), str(options["batch_size"])),
            (self.tr("Iterations"), self.tr("%1 (about 17 epochs)")
             .replace("%1", f"{options['iterations']:,}")),
            (self.tr("Training images"), self.tr("all %1").replace("%1", "60,000")),
        )
        for (label, value), (text, shown) in zip(self.rows, texts):
            label.setText(text)
            value.setText(shown)
        self.button.setText(self.tr("Train this network in the Train tab ▶"))
        if self.context is None:
            self.button.setEnabled(False)
        self._show_note()  # in the new language, sent or not
