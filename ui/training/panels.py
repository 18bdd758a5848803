"""The Train tab's right-hand panels: each groups a few widgets under their titles and
translates them (the run controls and the result box are in run_controls.py).

- ``CurvesPanel``: the loss and accuracy plots side by side.
- ``InsidePage``: histograms per layer and the first layer's weights.
- ``ResultsPage``: test accuracy, Evaluate, the confusion matrix and the mistakes.
- ``RunsPage``: the runs of the session.
- ``RunPages``: the last three as the tabs under the curves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnlab.health import OPTIMIZER_NAMES

from ..widgets.factories import section_title
from .inside import HistogramGrid, WeightTiles
from .plots import AccuracyPlot, LossPlot, run_colour
from .results import ConfusionMatrixView, MistakesView
from .runs import RunsTable


def column(spacing: int, *items) -> QWidget:
    """A widget stacking ``items`` (widgets, or (widget, stretch) pairs) without margins."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for item in items:
        layout.addWidget(*(item if isinstance(item, tuple) else (item,)))
    return column


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


class CurvesPanel(_Panel):
    """Loss (wider) and accuracy, each under its title; earlier runs as (hidden) overlays."""

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

    def reset(self, epochs: int) -> None:
        """Empty plots for a run of ``epochs`` (its batches per epoch follow when it starts)."""
        self.loss_plot.reset(1, epochs)
        self.acc_plot.reset(epochs)

    def keep_run(self, record) -> None:
        """Store a finished run's curves in its record and give it (hidden) overlays."""
        if self.loss_plot.point_count():
            record.set_curve(self.loss_plot.batch_smooth.x, self.loss_plot.batch_smooth.y)
            colour, name = run_colour(record.number), self.run_name(record)
            self.loss_plot.set_overlay(record.number, record.loss_x, record.loss_y, colour,
                                       name=name)
            self.acc_plot.set_overlay(record.number, *record.acc_curve(), colour, symbols=True,
                                      name=name)

    def show_overlay(self, number: int, shown: bool) -> None:
        self.loss_plot.show_overlay(number, shown)
        self.acc_plot.show_overlay(number, shown)

    def run_name(self, record) -> str:
        """"Run 2 (Adam)": how an earlier run is named in the plots' legends."""
        return self.tr("Run %1 (%2)").replace("%1", str(record.number)).replace(
            "%2", OPTIMIZER_NAMES.get(record.settings.get("optimizer"), ""))

    def rename_runs(self, runs) -> None:
        """The legends' names in the current language."""
        for record in runs:
            if record.number in self.loss_plot.overlays:
                self.loss_plot.rename_overlay(record.number, self.run_name(record))
                self.acc_plot.rename_overlay(record.number, self.run_name(record))

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
        self.filters = False  # the first weighted layer is a Convolution: tiles are its filters
        self.retranslateUi()

    def set_filters(self, filters: bool) -> None:
        self.filters = filters
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.hist_title.setText(self.tr("Histograms per weighted layer"))
        self.tiles_title.setText(self.tr("First-layer filters") if self.filters else
                                 self.tr("First-layer weights"))
        self.tiles_hint.setText(
            self.tr("One tile per filter (FH×FW, each scaled to its own largest weight): blue "
                    "weights raise the feature map where the image is bright, orange ones lower "
                    "it.") if self.filters else
            self.tr("One tile per unit: blue pixels raise its input, orange ones lower it."))
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
        self.result_label.setWordWrap(True)
        self.confusion_title, self.mistakes_title = section_title(), section_title()
        for title in (self.confusion_title, self.mistakes_title):
            title.setWordWrap(True)  # never wider than the matrix or the mistakes under it
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


class RunPages(QTabWidget):
    """Inside the network, the test results and the runs, as tabs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDocumentMode(True)
        self.inside_page = InsidePage()
        self.results_page = ResultsPage()
        self.runs_page = RunsPage()
        for page in (self.inside_page, self.results_page, self.runs_page):
            self.addTab(page, "")
        self.retranslateUi()

    def show_network(self, histograms, tiles) -> None:
        """A new run's network as it starts (analysis.layer_histograms, first_layer_tiles)."""
        self.inside_page.histograms.set_layers(histograms)
        self.inside_page.set_filters(bool(histograms) and histograms[0].kind == "Convolution")
        self.inside_page.tiles.set_tiles(tiles)
        self.setCurrentWidget(self.inside_page)

    def show_evaluation(self, evaluation, digits: bool) -> None:
        """Show the test results (``digits``: the classes are MNIST's digits) on their page."""
        self.results_page.set_digits(digits)
        self.results_page.set_evaluation(evaluation)
        self.setCurrentWidget(self.results_page)

    def retranslateUi(self) -> None:
        self.setTabText(0, self.tr("Inside the network"))
        self.setTabText(1, self.tr("Test results"))
        self.setTabText(2, self.tr("Runs"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
