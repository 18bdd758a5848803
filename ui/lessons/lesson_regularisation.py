"""Lesson 14: batch normalisation and overfitting, as experiments the learner predicts and runs.

Tab "Batch normalisation": BatchNorm stepped on a batch of four (μ₁ predicted before it is shown),
then figure 6-19 — training accuracy at each initial weight scale with and without BatchNorm.
Tab "Overfitting": figures 6-20, 6-21 and 6-23 — 300 images without regularisation, with weight
decay λ = 0.1 and with Dropout 0.2 on one chart, each run's gap written out. Tab "Validation
data": a random search of lr and λ scored on held-out training images (figure 6-24). Each experiment asks
for a prediction first and ends with a sentence computed from the learner's own run. The buttons
hand the experiment's network and settings to the Train tab, as lesson 11 does.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from nnlab.compare import with_batchnorm
from nnlab.lessons import regularisation as R
from nnlab.lessons.catalog.l14_regularisation import BN_CHOICES, DECAY_CHOICES
from nnlab.spec import NetworkSpec

from ..widgets.factories import Card
from .lesson_page import LessonPage
from .panels.batchnorm_grid import BatchNormExperiment
from .panels.batchnorm_steps import BatchNormSteps
from .panels.choice_predict import ChoicePrediction
from .panels.overfitting import OverfittingExperiment
from .panels.validation import ValidationExperiment
from .progress import predictions_right


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


def _reveal(scroll: QScrollArea, verdict: QWidget) -> None:
    """Scroll the experiment's closing sentence into view once its layout has settled."""
    QTimer.singleShot(0, lambda: scroll.ensureWidgetVisible(verdict, 0, 40))


class RegularisationPage(LessonPage):
    """Two tabs of experiments (module docstring)."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        self.predictions = {p.id: p for p in lesson.predictions}
        solved = predictions_right(lesson.id)
        self.steps = BatchNormSteps(self.predictions["bn_mu"], "bn_mu" in solved)
        self.steps.predicted.connect(self.predicted)
        self.bn_choice = ChoicePrediction(BN_CHOICES)
        self.bn_choice.set_prompt(self.predictions["bn_small_scale"].prompt)
        self.batchnorm = BatchNormExperiment(self.bn_choice)
        self.batchnorm.finished.connect(self._batchnorm_done)
        self.decay_choice = ChoicePrediction(DECAY_CHOICES)
        self.decay_choice.set_prompt(self.predictions["decay_gap"].prompt)
        self.overfitting = OverfittingExperiment(self.decay_choice)
        self.overfitting.finished.connect(self._overfitting_done)
        self.bn_handoff = QPushButton()
        self.bn_handoff.setObjectName("batchNormHandoff")
        self.overfit_handoff = QPushButton()
        self.overfit_handoff.setObjectName("overfittingHandoff")
        self.bn_handoff.clicked.connect(self.hand_off_batchnorm)
        self.overfit_handoff.clicked.connect(self.hand_off_overfitting)

        self.steps_card = Card()
        self.steps_card.body.addWidget(self.steps)
        self.grid_card = Card()
        self.grid_card.body.addWidget(self.batchnorm)
        self.grid_card.body.addWidget(self.bn_handoff)
        first = QWidget()
        column = QVBoxLayout(first)
        column.setContentsMargins(0, 4, 4, 0)
        column.addWidget(self.steps_card)
        column.addWidget(self.grid_card)
        column.addStretch(1)
        self.overfit_card = Card()
        self.overfit_card.body.addWidget(self.overfitting, 1)
        self.overfit_card.body.addWidget(self.overfit_handoff)
        second = QWidget()
        column = QVBoxLayout(second)
        column.setContentsMargins(0, 4, 4, 0)
        column.addWidget(self.overfit_card, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("regularisationTabs")
        self.validation = ValidationExperiment()
        self.validation_card = Card()
        self.validation_card.body.addWidget(self.validation, 1)
        self.validation.finished.connect(lambda _r: _reveal(self.validation_scroll,
                                                            self.validation.verdict))
        self.bn_scroll, self.overfit_scroll = _scrolled(first), _scrolled(second)
        self.validation_scroll = _scrolled(self.validation_card)
        self.tabs.addTab(self.bn_scroll, "")
        self.tabs.addTab(self.overfit_scroll, "")
        self.tabs.addTab(self.validation_scroll, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslateUi()

    # ---- what the runs showed -------------------------------------------------------------------
    def _batchnorm_done(self, result) -> None:
        _reveal(self.bn_scroll, self.batchnorm.verdict)
        right = self.bn_choice.judge(R.batchnorm_finding(result).small_choice)
        if right is not None:
            self.predicted.emit("bn_small_scale", right)
        self.mark_tried()

    def _overfitting_done(self, result) -> None:
        _reveal(self.overfit_scroll, self.overfitting.verdict)
        right = self.decay_choice.judge(R.overfitting_finding(result).decay_choice)
        if right is not None:
            self.predicted.emit("decay_gap", right)
        self.mark_tried()

    # ---- to the Train tab -----------------------------------------------------------------------
    def hand_off_batchnorm(self) -> None:
        spec = R.mlp_spec(5, "784-100×5-10 BatchNorm (book 6.3.2)")
        spec["layers"] = with_batchnorm(spec["layers"], True)
        self._hand_off(spec, {"optimizer": "sgd", "lr": 0.01, "batch_size": 100, "epochs": 20,
                              "weight_decay": 0.0, "train_subset": 1000})

    def hand_off_overfitting(self) -> None:
        spec = R.mlp_spec(6, "784-100×6-10 weight decay (book 6.4.2)")
        self._hand_off(spec, {"optimizer": "sgd", "lr": 0.01, "batch_size": 100, "epochs": 200,
                              "weight_decay": 0.1, "train_subset": 300})

    def _hand_off(self, spec: dict, settings: dict) -> None:
        if self.context is not None:
            self.context.open_in_trainer(NetworkSpec.from_dict(spec), settings)

    # ---- the rest -------------------------------------------------------------------------------
    def shutdown(self) -> None:
        self.batchnorm.shutdown()
        self.overfitting.shutdown()
        self.validation.shutdown()

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, self.tr("Batch normalisation"))
        self.tabs.setTabText(1, self.tr("Overfitting and regularisation"))
        self.tabs.setTabText(2, self.tr("Validation data"))
        self.validation_card.setTitle(self.tr("Choosing lr and λ on validation data (book 6.5, "
                                              "figure 6-24): a random search"))
        self.steps_card.setTitle(self.tr("BatchNorm on a mini-batch, step by step"))
        self.grid_card.setTitle(self.tr("The book's experiment (figure 6-19): the initial weight "
                                        "scale with and without BatchNorm"))
        self.overfit_card.setTitle(self.tr("The book's experiments (figures 6-20, 6-21, 6-23): "
                                           "overfitting, weight decay and Dropout"))
        self.bn_handoff.setText(self.tr("Train 784-100×5-10 with BatchNorm in the Train tab ▶"))
        self.overfit_handoff.setText(self.tr("Train 784-100×6-10 with weight decay λ = 0.1 on "
                                             "300 images in the Train tab ▶"))
        for button in (self.bn_handoff, self.overfit_handoff):
            button.setEnabled(self.context is not None)
        self.bn_choice.retranslateUi()
        self.decay_choice.retranslateUi()
