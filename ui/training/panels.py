"""The Train tab's panels: each groups a few widgets under their titles and translates them.

- ``RunControls``: Start, Pause/Resume, Stop, the progress bar and its line of text.
- ``ResultBox``: the model a run produced (or that was opened), and Save / Draw / Step.
- ``CurvesPanel``: the loss and accuracy plots side by side.
- ``InsidePage``: histograms per layer and the first layer's weights.
- ``ResultsPage``: test accuracy, Evaluate, the confusion matrix and the mistakes.
- ``RunsPage``: the runs of the session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..widgets.factories import section_title
from .inside import HistogramGrid, WeightTiles
from .plots import AccuracyPlot, LossPlot
from .results import ConfusionMatrixView, MistakesView
from .runs import RunsTable


def titled(title: QLabel, widget: QWidget, *below: QWidget) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(title)
    column.addWidget(widget, 1)
    for extra in below:
        column.addWidget(extra)
    return column


class _Panel(QWidget):
    def retranslateUi(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class RunControls(_Panel):
    """Start / Pause-Resume / Stop and the progress of the run."""

    def __init__(self, parent=None):
        super().__init__(parent)
        icon = self.style().standardIcon
        self.start_button = QPushButton(icon(QStyle.StandardPixmap.SP_MediaPlay), "")
        self.start_button.setObjectName("startButton")
        self.pause_button = QPushButton(icon(QStyle.StandardPixmap.SP_MediaPause), "")
        self.pause_button.setObjectName("pauseButton")
        self.stop_button = QPushButton(icon(QStyle.StandardPixmap.SP_MediaStop), "")
        self.stop_button.setObjectName("stopButton")
        self.progress = QProgressBar()
        self.progress.setObjectName("trainProgress")
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.start_button, 3)
        buttons.addWidget(self.pause_button, 2)
        buttons.addWidget(self.stop_button, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.progress_label)
        self._paused = False
        self.retranslateUi()

    def set_paused(self, paused: bool) -> None:
        """The middle button pauses, or resumes a paused run."""
        self._paused = paused
        pixmaps = QStyle.StandardPixmap
        pixmap = pixmaps.SP_MediaPlay if paused else pixmaps.SP_MediaPause
        self.pause_button.setIcon(self.style().standardIcon(pixmap))
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def retranslateUi(self) -> None:
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Train a copy of the network with these settings"))
        self.pause_button.setToolTip(self.tr("Pause after the current mini-batch, or go on"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current mini-batch; the weights "
                                            "learnt so far are kept"))
        self.set_paused(self._paused)


class ResultBox(QGroupBox):
    """What the last run produced (or the opened model), with one button per next step."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("hint")
        self.label.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveModelButton")
        self.draw_button = QPushButton()
        self.draw_button.setObjectName("drawButton")
        self.step_button = QPushButton()
        self.step_button.setObjectName("stepButton")
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for button in (self.save_button, self.draw_button, self.step_button):
            actions.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(9, 6, 9, 7)
        column.setSpacing(5)
        column.addWidget(self.label)
        column.addLayout(actions)
        self.retranslateUi()

    def set_enabled_actions(self, enabled: bool) -> None:
        for button in (self.save_button, self.draw_button, self.step_button):
            button.setEnabled(enabled)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Result"))
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save the model (.npz) with its settings and accuracy"))
        self.draw_button.setText(self.tr("Draw"))
        self.draw_button.setToolTip(self.tr("Test the model on digits you draw (Draw tab)"))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Walk one sample through the model, layer by layer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class CurvesPanel(_Panel):
    """Loss (wider) and accuracy, each under its title."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.loss_title, self.acc_title = section_title(), section_title()
        self.loss_plot = LossPlot()
        self.acc_plot = AccuracyPlot()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addLayout(titled(self.loss_title, self.loss_plot), 3)
        row.addLayout(titled(self.acc_title, self.acc_plot), 2)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.loss_title.setText(self.tr("Loss (cross-entropy error)"))
        self.acc_title.setText(self.tr("Accuracy"))
        self.loss_plot.retranslateUi()
        self.acc_plot.retranslateUi()


class InsidePage(_Panel):
    """Histograms of every Affine layer, and the first layer's weights as images."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.histograms = HistogramGrid()
        self.tiles = WeightTiles()
        self.hist_title, self.tiles_title = section_title(), section_title()
        self.tiles_hint = QLabel()
        self.tiles_hint.setObjectName("hint")
        self.tiles_hint.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 6, 6, 4)
        row.setSpacing(12)
        row.addLayout(titled(self.hist_title, self.histograms), 3)
        row.addLayout(titled(self.tiles_title, self.tiles, self.tiles_hint), 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.hist_title.setText(self.tr("Histograms per Affine layer"))
        self.tiles_title.setText(self.tr("First-layer weights"))
        self.tiles_hint.setText(self.tr("One tile per unit: blue pixels raise its input, orange "
                                        "ones lower it."))
        self.histograms.retranslateUi()
        self.tiles.retranslateUi()


class ResultsPage(_Panel):
    """The test set's results: a summary line, Evaluate, the confusion matrix, the mistakes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.evaluation = None
        self._digits = True
        self.confusion = ConfusionMatrixView()
        self.mistakes = MistakesView()
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.evaluate_button = QPushButton()
        self.evaluate_button.setObjectName("evaluateButton")
        self.confusion_title, self.mistakes_title = section_title(), section_title()
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 4)
        column.setSpacing(4)
        header = QHBoxLayout()
        header.addWidget(self.result_label, 1)
        header.addWidget(self.evaluate_button)
        column.addLayout(header)
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addLayout(titled(self.confusion_title, self.confusion), 5)
        row.addLayout(titled(self.mistakes_title, self.mistakes), 6)
        column.addLayout(row, 1)
        self.retranslateUi()

    def set_digits(self, digits: bool) -> None:
        """MNIST's classes are digits; a folder (Fashion-MNIST, KMNIST) has other classes."""
        self._digits = digits
        self.retranslateUi()

    def set_evaluation(self, evaluation) -> None:
        self.evaluation = evaluation
        self.confusion.set_evaluation(evaluation)
        self.mistakes.set_evaluation(evaluation)
        self._update_label()

    def _update_label(self) -> None:
        ev = self.evaluation
        if ev is None:
            self.result_label.setText(self.tr("No results yet: train a network, or open a model "
                                              "and press Evaluate."))
            return
        self.result_label.setText(
            self.tr("Test accuracy %1%: %2 of %3 test images right, %4 wrong.")
            .replace("%1", f"{100 * ev.accuracy:.2f}").replace("%2", f"{ev.correct:,}")
            .replace("%3", f"{ev.n:,}").replace("%4", f"{ev.n - ev.correct:,}"))

    def retranslateUi(self) -> None:
        self.confusion_title.setText(self.tr("Confusion matrix and accuracy per digit")
                                     if self._digits else
                                     self.tr("Confusion matrix and accuracy per class"))
        self.mistakes_title.setText(self.tr("Mistakes: prediction (true label), surest first"))
        self.evaluate_button.setText(self.tr("Evaluate"))
        self.evaluate_button.setToolTip(self.tr("Run the model over the test set now"))
        self._update_label()


class RunsPage(_Panel):
    """The session's runs; ticking one overlays its curves."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = RunsTable()
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 4)
        column.addWidget(self.hint)
        column.addWidget(self.table, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.hint.setText(self.tr("Tick a run to draw its curves (dashed) next to the current "
                                  "one."))
