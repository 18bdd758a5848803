"""Lesson 15: convolution and pooling, each number computed by the engine on screen.

Three tabs:
- *Step through*: the step view on one of the lesson's examples (``VARIANTS``, chosen beside the
  lesson's tabs): the book's 4×4 ⊛ 3×3 = [[15, 16], [6, 15]], with bias 3, with padding 1, with
  stride 2, max pooling = [[2, 3], [4, 2]], and SimpleConvNet on one MNIST test image — with
  predict-then-reveal on each example's first value.
- *Output size and im2col*: the learner's own H, P, FH, S (and C, N): OH = (H + 2P − FH) / S + 1,
  and the shape of the engine's im2col of such a batch ((9, 75) for one 3×7×7 image and a 5×5
  filter, (90, 75) for ten).
- *Filters*: SimpleConvNet's first-layer filters before training (σ = 0.01, as in the book) and
  after (the bundled resources/models/simple_convnet.npz, the same network trained in the book's
  setting; its caption is read from the model's meta) — the book's figure 7-24.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons import narrate
from nnlab.lessons.catalog.l15_convolution import VARIANTS
from nnlab.lessons.convolution import im2col_shape, output_size
from nnlab.lessons.samples import bundled_model, mnist_test
from nnlab.network import Network
from nnlab.paths import resource
from nnlab.spec import NetworkSpec

from ..i18n import bilingual
from ..stepview.feature_maps import FeatureMaps
from .filter_training import SUBSET, FilterTraining
from .lesson_stepping import SteppingPage, as_html
from .progress import predictions_right

#: The book's SimpleConvNet trained in the book's setting (resources/models/README.md): the same
#: network as "before", so its first layer is figure 7-24's "after".
CNN_MODEL = "simple_convnet.npz"


def simple_convnet_spec() -> NetworkSpec:
    return NetworkSpec.from_json(resource("specs", "simple_convnet.nnlab.json"))


class SizeCalculator(QWidget):
    """OH = (H + 2P − FH) / S + 1 and the shape of im2col, for the learner's own numbers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, low, high, value in (("H", 1, 64, 7), ("P", 0, 8, 0), ("FH", 1, 16, 5),
                                      ("S", 1, 8, 1), ("C", 1, 8, 3), ("N", 1, 100, 1)):
            spin = QSpinBox()
            spin.setObjectName(f"size_{key}")
            spin.setRange(low, high)
            spin.setValue(value)
            spin.valueChanged.connect(self.recompute)
            self.spins[key] = spin
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], spin)
        self.result = QLabel()
        self.result.setObjectName("sizeResult")
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setWordWrap(True)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result, 1)
        self.col_shape: tuple[int, ...] | None = None
        self.oh: float = 0.0
        self.retranslateUi()

    def values(self) -> dict[str, int]:
        return {k: s.value() for k, s in self.spins.items()}

    def recompute(self) -> None:
        v = self.values()
        size = output_size(v["H"], v["FH"], v["S"], v["P"])  # the engine's formula
        self.oh = size.value
        formula = f"OH = (H + 2P − FH) / S + 1 = {size.text.rsplit('=', 1)[0]}= <b>{self.oh:g}</b>"
        if not size.whole:
            self.col_shape = None
            why = (self.tr("The filter is larger than the padded input.") if v["FH"] > v["H"] + 2 * v["P"] else
                   self.tr("Not a whole number: the filter does not fit the input evenly — change "
                           "H, P, FH or S (NN Lab's designer refuses such a layer)."))
            self.result.setText(f"{formula}<br><br>{why}")
            return
        # The engine's own im2col of a batch of this shape.
        self.col_shape = im2col_shape(v["N"], v["C"], v["H"], v["FH"], v["S"], v["P"])
        oh = int(self.oh)
        col = self.tr("im2col of %1 input(s) of %2×%3×%3 with a %4×%4 filter: col has shape "
                      "<b>%5</b> — N·OH·OW = %1·%6·%6 = %7 rows (one per window) and C·FH·FW = "
                      "%2·%4·%4 = %8 columns (one per filter weight).")
        col = (col.replace("%1", str(v["N"])).replace("%2", str(v["C"])).replace("%3", str(v["H"]))
               .replace("%4", str(v["FH"])).replace("%5", str(self.col_shape)).replace("%6", str(oh))
               .replace("%7", str(self.col_shape[0])).replace("%8", str(self.col_shape[1])))
        size = self.tr("output %1×%1").replace("%1", str(oh))
        self.result.setText(f"{formula} &nbsp; ({size})<br><br>{col}")

    def retranslateUi(self) -> None:
        names = {"H": self.tr("Input size H"), "P": self.tr("Padding P"),
                 "FH": self.tr("Filter size FH"), "S": self.tr("Stride S"),
                 "C": self.tr("Channels C"), "N": self.tr("Batch size N")}
        for key, label in self.labels.items():
            label.setText(names[key])
        self.recompute()


class FilterCompare(QWidget):
    """First-layer filters of SimpleConvNet: random (before) and learned (after) — fig. 7-24.

    "After" is the bundled SimpleConvNet's first layer (``CNN_MODEL``), captioned from its meta
    (epochs, optimizer, test accuracy); the learner can also train SimpleConvNet briefly here
    (FilterTraining, in a worker thread) and see its own filters.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.before_title, self.after_title = QLabel(), QLabel()
        for label in (self.before_title, self.after_title):
            label.setObjectName("sectionTitle")
            label.setWordWrap(True)  # a long caption must not widen the tab (1024 px)
        self.before, self.after = FeatureMaps(), FeatureMaps()
        self.after_note = QLabel()
        self.after_note.setObjectName("hint")
        self.after_note.setWordWrap(True)
        self.train_button = QPushButton()
        self.train_button.setObjectName("trainFiltersButton")
        self.train_button.clicked.connect(self.train)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        # The book's SimpleConvNet starts from weight_init_std = 0.01: the random start is faint,
        # so what training adds shows (from He's σ ≈ 0.28 a short run barely changes the look).
        spec = simple_convnet_spec()
        spec.layers[0].options["init"] = 0.01
        self.spec = spec
        self.before.set_array(Network(self.spec, seed=0, dtype="float64").params["layers.0.W"], "W",
                             per_map=True)
        trained = bundled_model(CNN_MODEL, self.spec)
        W = None if trained is None else trained.params.get("layers.0.W")
        self.source = "bundled" if W is not None and W.ndim == 4 else None
        self.meta = trained.meta if self.source else {}
        if self.source:
            self.after.set_array(W, "W", per_map=True)
        self.after.setVisible(self.source is not None)
        self.thread: FilterTraining | None = None
        self.subset = SUBSET  # training images (a test may use fewer)
        self._error = ""
        row = QHBoxLayout()
        row.addWidget(self.train_button)
        row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        for widget in (self.before_title, self.before, self.after_title):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.after)
        layout.addWidget(self.after_note)
        layout.addStretch(1)
        self.retranslateUi()

    def train(self) -> None:
        """Train SimpleConvNet for one epoch on 6,000 images in the background."""
        if self.thread is not None and self.thread.isRunning():
            return
        self._error = ""
        self.thread = FilterTraining(self.spec, self.subset, parent=self)
        self.thread.progressed.connect(self._progressed)
        self.thread.filtersReady.connect(self._trained)
        self.thread.failed.connect(self._failed)
        self.thread.finished.connect(self._finished)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.train_button.setEnabled(False)
        self.thread.start()
        self.retranslateUi()

    def is_training(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def _progressed(self, done: int, total: int, loss: float) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("batch %v of %m · loss %1").replace("%1", f"{loss:.3f}"))

    def _trained(self, W) -> None:
        self.source = "trained"
        self.after.set_array(W, "W", per_map=True)
        self.after.setVisible(True)

    def _failed(self, text: str) -> None:
        self._error = text

    def _finished(self) -> None:
        self.progress.setVisible(False)
        self.train_button.setEnabled(True)
        self.retranslateUi()

    def shutdown(self) -> None:
        if self.thread is not None:
            self.thread.shutdown()

    def retranslateUi(self) -> None:
        self.before_title.setText(self.tr("Before training: random filters (Gaussian, σ = 0.01, as "
                                          "in the book)"))
        titles = {"bundled": self._bundled_caption(),
                  "trained": self.tr("After training: SimpleConvNet trained here for one epoch "
                                     "on 6,000 images")}
        self.after_title.setText(titles.get(self.source, self.tr("After training")))
        self.train_button.setText(self.tr("Training…") if self.is_training() else
                                  self.tr("Train SimpleConvNet here (1 epoch, 6,000 images)"))
        if self._error:
            note = self.tr("The training stopped: %1").replace("%1", self._error)
        elif self.source is not None:
            note = self.tr("Trained filters respond to edges and blobs: blue where a bright pixel "
                           "raises the output, orange where it lowers it (each filter is scaled "
                           "to its own largest weight).")
        else:
            note = self.tr("Train SimpleConvNet here for a few seconds to see its learned filters.")
        self.after_note.setText(note)

    def _bundled_caption(self) -> str:
        """"After N epochs of Adam, 98.95 % on the test set", from the model file's meta."""
        meta = self.meta
        epochs, acc = meta.get("epochs"), meta.get("test_acc", meta.get("accuracy"))
        optimizer = {"sgd": "SGD", "momentum": "Momentum", "adagrad": "AdaGrad", "rmsprop": "RMSprop",
                     "adam": "Adam"}.get(str(meta.get("optimizer", "")).lower(), "")
        if isinstance(epochs, int) and optimizer and isinstance(acc, (int, float)):
            return (self.tr("After training: the same SimpleConvNet after %1 epochs of %2 — %3 % "
                            "right on the test set")
                    .replace("%1", str(epochs)).replace("%2", optimizer).replace("%3", f"{100 * acc:.2f}"))
        return self.tr("After training: the same SimpleConvNet, trained on MNIST")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class ConvolutionPage(SteppingPage):
    """The step view on the chosen example, the size calculator and the filters."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        self.variant_combo = QComboBox()
        self.variant_combo.setObjectName("convVariant")
        for key, (title, *_rest) in VARIANTS.items():
            self.variant_combo.addItem(bilingual(title), key)
        super().__init__(lesson, context, parent)
        self.corner = self.variant_combo
        layout = self.layout()
        layout.removeWidget(self.view)
        self.calculator = SizeCalculator()
        self.filters = FilterCompare()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.filters)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("convTabs")
        self.tabs.addTab(self.view, "")
        self.tabs.addTab(self.calculator, "")
        self.tabs.addTab(scroll, "")
        layout.addWidget(self.tabs, 1)
        self.variant_combo.currentIndexChanged.connect(lambda _i: self.start())
        self.retranslateUi()

    @property
    def variant(self) -> str:
        return self.variant_combo.currentData() or "conv"

    def set_variant(self, key: str) -> None:
        self.variant_combo.setCurrentIndex(self.variant_combo.findData(key))

    def start(self) -> None:
        lesson = self.lesson
        _title, spec, x, bias, prediction_ids = VARIANTS[self.variant]
        if spec is None:  # SimpleConvNet on the first MNIST test image
            spec_obj = simple_convnet_spec()
            net = bundled_model(CNN_MODEL, spec_obj) or Network(spec_obj, seed=0, dtype="float64")
            images, labels = mnist_test()
            x, t = images[:1].reshape(1, 1, 28, 28) / 255.0, labels[:1].copy()
        else:
            net = Network(NetworkSpec.from_dict(spec), seed=0, dtype="float64")
            if bias is not None:  # the book's filter and bias
                net.params["layers.0.W"][...] = np.asarray(lesson.params["layers.0.W"])
                net.params["layers.0.b"][...] = bias
            x, t = np.asarray([x], dtype=np.float64), 0
        self.view.set_session(net, x, t, title=None,
                              narration=lambda p, r: as_html(narrate(lesson.narrative, p, r)),
                              editable=True, until=lesson.options.get("until", "done"))
        predictions = tuple(p for p in lesson.predictions if p.id in prediction_ids)
        self.view.predict.configure(predictions, enabled=bool(predictions),
                                    solved=predictions_right(lesson.id))

    def shutdown(self) -> None:
        super().shutdown()
        self.filters.shutdown()

    def retranslateUi(self) -> None:
        if not hasattr(self, "tabs"):
            return
        self.tabs.setTabText(0, self.tr("Step through"))
        self.tabs.setTabText(1, self.tr("Output size and im2col"))
        self.tabs.setTabText(2, self.tr("Filters before and after training"))
        for i, (title, *_rest) in enumerate(VARIANTS.values()):
            self.variant_combo.setItemText(i, bilingual(title))
        self.variant_combo.setToolTip(self.tr("The example stepped through"))
