"""Figures 6-20, 6-21 and 6-23 on the learner's machine: 300 training images, 784-100×6-10, no
regularisation vs weight decay λ = 0.1 vs Dropout 0.2, their accuracies on one chart, the gap
train − test written on each run, and the verdict computed from this run.

By default a shorter run (100 epochs, Dropout 150, the first 2,000 test images) so it takes
seconds; "The book's full setting" runs 200 epochs (Dropout 300) on all 10,000 test images.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nnlab.compare import ComparisonResult, VariantResult
from nnlab.lessons import regularisation as R

from ...compare.chart import variant_colour
from ...compare.view import ComparisonView
from ...i18n import bilingual, current_language

REDUCED = {"epochs": 100, "dropout_epochs": 150, "test_limit": 2000}
FULL = {"epochs": 200, "dropout_epochs": 300, "test_limit": None}


class OverfittingExperiment(QWidget):
    """Prediction, Run, the comparison view (accuracy), the gaps and the verdict."""

    finished = Signal(object)  # ComparisonResult

    def __init__(self, choice_box, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overfittingExperiment")
        self.choice_box = choice_box
        self.reduced = dict(REDUCED)  # tests may shrink it further
        self.run_button = QPushButton()
        self.run_button.setObjectName("overfittingRun")
        self.run_button.setEnabled(False)
        self.full = QCheckBox()
        self.full.setObjectName("overfittingFull")
        self.setting = QLabel()
        self.setting.setObjectName("hint")
        self.setting.setWordWrap(True)
        self.view = ComparisonView()
        self.view.mode.setCurrentIndex(1)  # accuracy: the gap is what this lesson is about
        self.view.chart.setMinimumHeight(170)
        self.gaps = QLabel()
        self.gaps.setObjectName("overfittingGaps")
        self.gaps.setTextFormat(Qt.TextFormat.RichText)
        self.gaps.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("experimentVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.full)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(choice_box)
        layout.addLayout(row)
        layout.addWidget(self.setting)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.gaps)
        layout.addWidget(self.verdict)
        self.result: ComparisonResult | None = None
        self.run_button.clicked.connect(self.run)
        self.full.toggled.connect(lambda _on: self.retranslateUi())
        self.view.variantFinished.connect(lambda _i, _r: self._show_gaps())
        self.view.finished.connect(self._finished)
        self.view.failed.connect(self._failed)
        choice_box.chosen.connect(lambda _i: self.run_button.setEnabled(not self.view.running))
        self.retranslateUi()

    def sizes(self) -> dict:
        return FULL if self.full.isChecked() else self.reduced

    def comparison(self):
        return R.overfitting_comparison(**self.sizes())

    def run(self) -> None:
        if self.view.running or self.choice_box.choice() is None:
            return
        self.result = None
        self.choice_box.set_locked(True)
        self.run_button.setEnabled(False)
        self.full.setEnabled(False)
        self.verdict.setText(self.tr("Training the three networks one after another…"))
        self.view.start(self.comparison())
        self._show_gaps()

    def _finished(self, result: ComparisonResult) -> None:
        self.result = result
        self.choice_box.set_locked(False)
        self.run_button.setEnabled(True)
        self.full.setEnabled(True)
        self._show_gaps()
        self._show_verdict()
        if result.done and not result.stopped:
            self.finished.emit(result)

    def _failed(self, en: str, ja: str) -> None:
        """The comparison could not run (e.g. MNIST unreadable): say so and let the learner retry."""
        self.choice_box.set_locked(False)
        self.run_button.setEnabled(True)
        self.full.setEnabled(True)
        self.verdict.setText(bilingual((en, ja)))

    def _show_gaps(self) -> None:
        r = self.view.result
        if r is None:
            self.gaps.setText("")
            return
        parts = []
        for i, v in enumerate(r.results):
            colour = variant_colour(i).name()
            parts.append(f"<span style='color:{colour}'>■</span> {v.text(current_language())}: "
                         + self._gap_text(v))
        self.gaps.setText(" &nbsp;&nbsp; ".join(parts))

    def _gap_text(self, v: VariantResult) -> str:
        if v.failed:
            return "<b>" + self.tr("failed") + "</b>"
        if v.gap is None:
            return self.tr("running…") if v.status == "running" else "—"
        return self.tr("train %1, test %2, gap <b>%3</b>").replace(
            "%1", f"{100 * v.final_train_acc:.1f}%").replace(
            "%2", f"{100 * v.final_test_acc:.1f}%").replace("%3", f"{v.gap:.2f}")

    def _show_verdict(self) -> None:
        r = self.result
        if r is None:
            return
        if not r.done or r.stopped:
            self.verdict.setText(self.tr("Stopped before every run finished: press Run again."))
            return
        self.verdict.setText(bilingual(R.overfitting_verdict(R.overfitting_finding(r))))

    def shutdown(self) -> None:
        self.view.shutdown()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        s = self.sizes()
        self.run_button.setText(self.tr("Run the experiment ▶"))
        self.run_button.setToolTip(self.tr("Make your prediction first"))
        self.full.setText(self.tr("The book's full setting"))
        test = self.tr("all 10,000 test images") if s["test_limit"] is None else \
            self.tr("the first %1 test images").replace("%1", f"{s['test_limit']:,}")
        self.setting.setText(self.tr(
            "300 training images, 784-100×6-10 ReLU (He), SGD lr 0.01, batch 100: %1 epochs "
            "(Dropout %2), accuracy on %3. The book trains 200 epochs (Dropout 300) on all "
            "10,000 test images: tick the box for that (about three times as long).")
            .replace("%1", str(s["epochs"])).replace("%2", str(s["dropout_epochs"]))
            .replace("%3", test))
        self._show_gaps()
        self._show_verdict()
