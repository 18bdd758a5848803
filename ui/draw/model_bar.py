"""Which model the Draw tab is reading with: its name, where it came from, its test accuracy.

A model file's ``meta`` (design.md §2) carries its accuracy; the keys written by the trainer and
the CLI are tried in turn (``test_acc``, ``test_accuracy``, ``accuracy``, and a nested
``{"test": …}``). A refused or unreadable model is reported here in red, and the model in use
stays as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nnlab.paths import resource

from ..theme import set_state
from ..widgets.factories import hint_label

#: The bundled models, best first: the CNN (when it is shipped), then the MLP.
BUNDLED = (("cnn", "mnist_cnn.npz"), ("mlp", "mnist_default.npz"))


def bundled_model_paths() -> list[tuple[str, Path]]:
    """(kind, path) of every bundled model that is there, best first."""
    return [(kind, resource("models", name)) for kind, name in BUNDLED
            if resource("models", name).is_file()]


# A model whose run failed says so in its meta (the Train tab writes "run_status").
FAILED_STATUSES = ("diverged", "loss_grew", "dead_units", "failed")


def failed_run(meta: object) -> str | None:
    """The status of the failed run that made this model ("diverged", …), or None."""
    status = meta.get("run_status") if isinstance(meta, dict) else None
    return status if status in FAILED_STATUSES else None


def default_model_path() -> Path:
    """The model the Draw tab starts with: the bundled CNN when there is one
    (resources/models/mnist_cnn.npz), else the MLP (mnist_default.npz)."""
    found = bundled_model_paths()
    return found[0][1] if found else resource("models", BUNDLED[-1][1])


#: Below this test accuracy a model is shown in the warning colour: it guesses often.
LOW_ACCURACY = 0.90


def test_accuracy(meta: object) -> float | None:
    """The test-set accuracy recorded in a model's meta, as a fraction, or None."""
    if not isinstance(meta, dict):
        return None
    for key in ("test_acc", "test_accuracy", "accuracy"):
        value = meta.get(key)
        if isinstance(value, dict):
            value = value.get("test", value.get("test_acc"))
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 100:
            return float(value) / 100 if value > 1 else float(value)
    return None


class ModelBar(QFrame):
    """One line about the model, Open Model… and Use Bundled Model, and a line for problems."""

    openRequested = Signal()
    bundledRequested = Signal()  # the default bundled model
    bundledChosen = Signal(str)  # a bundled model by path (the CNN or the MLP)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("modelBar")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.title = QLabel()
        self.title.setObjectName("modelTitle")
        self.name_label = QLabel()
        self.name_label.setObjectName("modelName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accuracy_label = QLabel()
        self.accuracy_label.setObjectName("modelAccuracy")
        self.source_label = hint_label(wrap=False)
        # The least needed part of the line: it gives way (its tooltip keeps it) before the buttons do.
        self.source_label.setMinimumWidth(1)
        self.error_label = QLabel()
        self.error_label.setObjectName("modelError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.openRequested)
        self.bundled_button = QPushButton()
        self.bundled_button.clicked.connect(self.bundledRequested)
        # With both a CNN and an MLP bundled, the button opens a menu of the two.
        self.bundled_menu = QMenu(self)
        self.set_bundled(bundled_model_paths())

        line = QHBoxLayout()
        line.setSpacing(10)
        line.addWidget(self.title)
        line.addWidget(self.name_label)
        line.addWidget(self.accuracy_label)
        line.addWidget(self.source_label, 1)
        line.addWidget(self.bundled_button)
        line.addWidget(self.open_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 6)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(self.error_label)
        self._name = ""
        self._failed: str | None = None
        self._accuracy: float | None = None
        self._source: str | None = None
        self._path: Path | None = None
        self._error = ""
        self.retranslateUi()

    def set_bundled(self, models: list[tuple[str, Path]]) -> None:
        """The bundled models to choose from: a menu when there is more than one."""
        self._bundled = list(models)
        self.bundled_menu.clear()
        for kind, path in self._bundled:
            action = self.bundled_menu.addAction("")
            action.setData(kind)
            action.triggered.connect(lambda _checked=False, p=path: self.bundledChosen.emit(str(p)))
        self.bundled_button.setMenu(self.bundled_menu if len(self._bundled) > 1 else None)
        self._name_bundled()

    def _name_bundled(self) -> None:
        names = {"cnn": self.tr("CNN (SimpleConvNet-style, convolution layers)"),
                 "mlp": self.tr("MLP (fully connected, 784-100-10)")}
        for action in self.bundled_menu.actions():
            action.setText(names.get(action.data(), str(action.data())))

    def show_model(self, name: str, accuracy: float | None, source: str | None,
                   path: Path | None = None, failed: str | None = None) -> None:
        """source: "bundled", "trained" (the AppContext's model), "file", or None for no model;
        ``failed``: the status of the failed run that trained it (its accuracy is then shown as
        a failure's, never in success green)."""
        self._name, self._accuracy, self._source, self._path = name, accuracy, source, path
        self._failed = failed
        self._update()

    def show_error(self, text: str) -> None:
        """A problem in red under the line ("" hides it)."""
        self._error = text
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _update(self) -> None:
        if self._source is None:
            self.name_label.setText(self.tr("none loaded"))
            self.accuracy_label.setText("")
            self.source_label.setText("")
            return
        self.name_label.setText(self._name)
        accuracy = (self.tr("test accuracy %1").replace("%1", f"{100 * self._accuracy:.2f}%")
                    if self._accuracy is not None else self.tr("test accuracy not recorded"))
        low = (not self._failed and self._accuracy is not None
               and self._accuracy < LOW_ACCURACY)
        if self._failed:
            accuracy = self.tr("from a failed run (%1): %2").replace(
                "%1", self._failed_name()).replace("%2", accuracy)
        elif low:
            accuracy = self.tr("%1 (low: it often guesses)").replace("%1", accuracy)
        self.accuracy_label.setText(accuracy)
        set_state(self.accuracy_label, "failed", bool(self._failed))
        set_state(self.accuracy_label, "low", low)
        self.accuracy_label.setToolTip(
            self.tr("Below 90% test accuracy a model is often wrong: read its answers as guesses.")
            if low else "")
        sources = {
            "bundled": self.tr("the model bundled with NN Lab"),
            "trained": self.tr("the app's current model (trained or opened)"),
            "file": self.tr("from %1").replace("%1", self._path.name if self._path else ""),
        }
        self.source_label.setText("— " + sources.get(self._source, ""))
        self.source_label.setToolTip("\n".join(
            t for t in (sources.get(self._source, ""), str(self._path) if self._path else "") if t))

    def _failed_name(self) -> str:
        return {"diverged": self.tr("diverged"), "loss_grew": self.tr("the loss grew"),
                "dead_units": self.tr("its ReLUs died")}.get(self._failed or "", self.tr("failed"))

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Model:"))
        self.open_button.setText(self.tr("Open Model…"))
        self.open_button.setToolTip(self.tr("Read digits with a model file (.npz) saved by NN Lab"))
        self.bundled_button.setText(self.tr("Use Bundled Model"))
        self._name_bundled()
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
