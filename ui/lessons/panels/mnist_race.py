"""A book figure re-run on MNIST as a comparison (lessons 12 and 13: figures 6-9 and 6-15).

What the book does, a Run button, the reduced setting by default with the book's full setting one
tick away (and the screen says which one ran), the comparison's chart (ui.compare.ComparisonView,
training in the background), the sentence the page writes from the learner's own result, and a
button that hands one variant's network and settings to the Train tab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.compare import ComparisonResult, variant_setup
from nnlab.lessons import figures as F

from ...compare.view import ComparisonView
from ...i18n import current_language


class MnistRace(QWidget):
    """``make(setting)`` builds the comparison; ``judge(result)`` writes the closing sentence."""

    raceFinished = Signal(object)  # ComparisonResult

    def __init__(self, make: Callable, judge: Callable[[ComparisonResult], str], context=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.make, self.judge, self.context = make, judge, context
        self.setting = F.REDUCED
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("raceIntro")
        self.run_button = QPushButton()
        self.run_button.setObjectName("raceRun")
        self.full_box = QCheckBox()
        self.full_box.setObjectName("raceFull")
        self.setting_label = QLabel()
        self.setting_label.setObjectName("raceSetting")
        self.setting_label.setWordWrap(True)
        self.view = ComparisonView()
        self.verdict = QLabel()
        self.verdict.setObjectName("raceVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setStyleSheet("font-size: 10.5pt;")
        self.handoff_combo = QComboBox()
        self.handoff_combo.setObjectName("raceHandoffChoice")
        self.handoff_button = QPushButton()
        self.handoff_button.setObjectName("raceHandoff")
        self.handoff_note = QLabel()
        self.handoff_note.setObjectName("raceHandoffNote")
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.full_box)
        row.addWidget(self.setting_label, 1)
        handoff = QHBoxLayout()
        handoff.addStretch(1)
        handoff.addWidget(self.handoff_note)
        handoff.addWidget(self.handoff_combo)
        handoff.addWidget(self.handoff_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.verdict)
        layout.addLayout(handoff)
        self.run_button.clicked.connect(lambda: self.run())
        self.full_box.toggled.connect(self._setting_changed)
        self.view.finished.connect(self._finished)
        self.view.failed.connect(lambda *_: self.run_button.setEnabled(True))
        self.handoff_button.clicked.connect(self.hand_off)
        self.handoff_button.setEnabled(context is not None)
        self._fill_handoff()

    @property
    def running(self) -> bool:
        return self.view.running

    def run(self, data=None) -> None:
        """Train the comparison with the chosen setting (``data``: tests pass a slice)."""
        self.setting = F.FULL if self.full_box.isChecked() else F.REDUCED
        self.verdict.setText(self.tr("When every run has ended, this line will say what the book "
                                     "shows and whether your run shows it."))
        self.view.start(self.make(self.setting), data=data)
        self.view.connect_current(self.view.thread.finished, self._thread_ended)
        self.run_button.setEnabled(False)  # a second click would restart the race: Stop first
        self._show_setting()

    def _thread_ended(self) -> None:
        """A thread stopped before it had any data ends without a report: say it stopped."""
        if self.view.running and self.view.result is not None:
            self.view.show_result(self.view.result)  # joins the thread, says "Stopped"
            self._finished(self.view.result)

    def _setting_changed(self) -> None:
        self._show_setting()

    def _finished(self, result: ComparisonResult) -> None:
        self.run_button.setEnabled(True)
        self.verdict.setText(self.judge(result))
        self.raceFinished.emit(result)

    def _fill_handoff(self) -> None:
        self.handoff_combo.clear()
        for variant in self.make(F.REDUCED).variants:
            self.handoff_combo.addItem(variant.text(current_language()))
        self.handoff_combo.setCurrentIndex(self.handoff_combo.count() - 1)  # the book's winner

    def hand_off(self) -> None:
        """Make the chosen variant's network the design and give the Train tab its settings."""
        if self.context is None:
            return
        comparison = self.make(F.FULL)
        variant = comparison.variants[max(0, self.handoff_combo.currentIndex())]
        spec, config = variant_setup(comparison, variant)
        if self.context.open_in_trainer(spec, {  # False: the learner kept the unsaved design
                "optimizer": config.optimizer, "lr": config.lr, "batch_size": config.batch_size,
                "epochs": config.epochs}):
            self.handoff_note.setText(self.tr("Sent to the Train tab."))

    def _show_setting(self) -> None:
        chosen = F.FULL if self.full_box.isChecked() else F.REDUCED
        text = self.tr("Reduced: %1 iterations on the first %2 training images (seconds).") \
            .replace("%1", str(chosen.iterations)).replace("%2", f"{chosen.train_limit or 0:,}") \
            if not chosen.full else self.tr(
                "The book's setting: %1 iterations on all 60,000 training images (a minute or "
                "more).").replace("%1", f"{chosen.iterations:,}")
        if self.view.result is not None and self.setting != chosen:
            text += " " + self.tr("(The chart shows the last run's setting until you run again.)")
        self.setting_label.setText(text)

    def shutdown(self) -> None:
        self.view.shutdown()
        self.run_button.setEnabled(True)

    def retranslateUi(self, intro: str) -> None:
        self.intro.setText(intro)
        self.run_button.setText(self.tr("Run the comparison"))
        self.full_box.setText(self.tr("Book's full setting"))
        self.full_box.setToolTip(self.tr("2000 iterations of batch 128 on all 60,000 training images"))
        self.handoff_button.setText(self.tr("Train in the Train tab ▶"))
        self.handoff_button.setToolTip(self.tr("Makes this network your design and gives the Train "
                                               "tab the chosen run's settings"))
        index = self.handoff_combo.currentIndex()
        self._fill_handoff()
        if index >= 0:
            self.handoff_combo.setCurrentIndex(index)
        if self.view.result is not None and self.view.result.done and not self.running:
            self.verdict.setText(self.judge(self.view.result))
        self._show_setting()
