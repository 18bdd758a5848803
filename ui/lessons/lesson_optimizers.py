"""Lesson 12: 学習率最適化手法 — the optimizers on f(x, y) = x²/20 + y², then on MNIST.

Tab 1 steps each optimizer on the book's 2-D function (panels.optimizer_plane), with its update
written out in numbers and the −∇f arrows that explain SGD's zigzag; tab 2 races SGD, Momentum,
AdaGrad and Adam on MNIST with the book's settings (figure 6-9).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from nnlab.lessons.figures import optimizer_comparison

from .lesson_page import LessonPage
from .panels.mnist_race import MnistRace
from .panels.optimizer_plane import OptimizerPlane
from .progress import predictions_right
from .race_verdicts import optimizer_sentence


class OptimizersPage(LessonPage):
    """The 2-D plane and the MNIST comparison, one tab each."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        solved = predictions_right(lesson.id) if lesson is not None else set()
        self.plane = OptimizerPlane(lesson.predictions if lesson is not None else (), solved)
        self.plane.predicted.connect(self.predicted)
        self.plane.finished.connect(self.mark_tried)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("optimizerTabs")
        self.race = MnistRace(optimizer_comparison, optimizer_sentence, context)
        self.tabs.addTab(self.plane, "")
        self.tabs.addTab(self.race, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslateUi()

    def heightForWidth(self, width: int) -> int:
        """No height for a width: the lesson frame's scroll area then gives the page the room
        there is (at least its minimum) instead of the height its long texts would wrap to —
        the update history and the charts shrink or scroll inside."""
        return -1

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("On f(x, y) = x²/20 + y²"))
        self.tabs.setTabText(1, self.tr("MNIST (figure 6-9)"))
        self.plane.retranslateUi()
        self.race.retranslateUi(self.tr(
            "The book's figure 6-9: a 784-100-100-100-100-10 ReLU network (He weights) learns "
            "MNIST in mini-batches of 128 for 2000 iterations with SGD (ε = 0.01), Momentum "
            "(0.01), AdaGrad (0.01) and Adam (0.001). Expected: SGD is clearly the slowest."))

    def shutdown(self) -> None:
        self.race.shutdown()
