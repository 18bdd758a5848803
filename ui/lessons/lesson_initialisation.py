"""Lesson 13: 勾配消失問題 and 初期値の設定 — activation histograms, gradient sizes, MNIST.

Tab 1: the book's activation histograms (panels.activation_histograms); tab 2: mean |∂L/∂W| per
layer, sigmoid against ReLU with He (panels.layer_gradients), with the notes' 確認テスト on σ′;
tab 3: std 0.01, Xavier and He racing on MNIST (figure 6-15).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from nnlab.lessons.figures import init_comparison

from .lesson_page import LessonPage
from .panels.activation_histograms import ActivationHistograms
from .panels.layer_gradients import LayerGradients
from .panels.mnist_race import MnistRace
from .progress import predictions_right
from .race_verdicts import init_sentence


def _prediction(lesson, prefix: str):
    if lesson is None:
        return None
    return next((p for p in lesson.predictions if p.target.startswith(prefix)), None)


class InitialisationPage(LessonPage):
    """Histograms, gradients and the MNIST comparison, one tab each."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        solved = predictions_right(lesson.id) if lesson is not None else set()
        self.histograms = ActivationHistograms(_prediction(lesson, "hist:"), solved)
        self.gradients = LayerGradients(_prediction(lesson, "grad:"), solved)
        for panel in (self.histograms, self.gradients):
            panel.predicted.connect(self.predicted)
        self.histograms.shown.connect(self._case_shown)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("initTabs")
        self.tabs.addTab(self.histograms, "")
        self.race = MnistRace(init_comparison, init_sentence, context)
        self.tabs.addTab(self.gradients, "")
        self.tabs.addTab(self.race, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslateUi()

    def _case_shown(self, *_args) -> None:
        from nnlab.lessons.vanishing import BOOK_CASES

        if all(case in self.histograms.seen for case in BOOK_CASES):
            self.mark_tried()

    def heightForWidth(self, width: int) -> int:
        """No height for a width: the lesson frame's scroll area then gives the page the room
        there is (at least its minimum) instead of the height its long texts would wrap to —
        the update history and the charts shrink or scroll inside."""
        return -1

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("Activation histograms"))
        self.tabs.setTabText(1, self.tr("Gradients per layer"))
        self.tabs.setTabText(2, self.tr("MNIST (figure 6-15)"))
        self.histograms.retranslateUi()
        self.race.retranslateUi(self.tr(
            "The book's figure 6-15: the same 784-100-100-100-100-10 ReLU network learns MNIST "
            "with SGD (ε = 0.01) in mini-batches of 128 for 2000 iterations, starting from "
            "weights with standard deviation 0.01, Xavier's or He's. Expected: with std 0.01 it "
            "does not learn at all; He is the fastest."))

    def shutdown(self) -> None:
        self.race.shutdown()
        self.gradients.retranslateUi()
