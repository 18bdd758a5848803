"""Lesson 13: 勾配消失問題 and 初期値の設定 — activation histograms, gradient sizes, MNIST.

Tab 1: the book's activation histograms (panels.activation_histograms); tab 2: mean |∂L/∂W| per
layer, sigmoid against ReLU with He (panels.layer_gradients), with the notes' 確認テスト on σ′;
tab 3: std 0.01, Xavier and He racing on MNIST (figure 6-15).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .lesson_page import LessonPage
from .panels.activation_histograms import ActivationHistograms
from .panels.layer_gradients import LayerGradients
from .progress import predictions_right


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
        self.tabs.addTab(self.gradients, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslateUi()

    def _case_shown(self, *_args) -> None:
        from nnlab.lessons.vanishing import BOOK_CASES

        if all(case in self.histograms.seen for case in BOOK_CASES):
            self.mark_tried()

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("Activation histograms"))
        self.tabs.setTabText(1, self.tr("Gradients per layer"))
        self.histograms.retranslateUi()
        self.gradients.retranslateUi()
