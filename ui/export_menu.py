"""File → Export: the design (or the Train tab's model) as PyTorch or NumPy code (nnlab.export).

The window says what to export: the Train tab's current model while that tab is showing, the
Designer's design otherwise. A model's weights are saved next to the code when the option is on,
or when the model is in no file (it was trained and not saved); otherwise the code loads them from
the model's own file. The result, or the reason it failed, is told in the current language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from nnlab.export import Exported, ExportError, export_to_file, module_name, saved_file
from nnlab.network import Network

from .context import AppContext
from .file_dialogs import save_file
from .i18n import current_language

# The source the window offers: ("model", Network or None) or ("design", NetworkSpec).
Source = Callable[[], tuple[str, object]]
TARGETS = {"pytorch": ("PyTorch", "torch"), "numpy": ("NumPy", "numpy")}


class ExportMenu(QMenu):
    """The Export submenu: one action per target and the copy-the-weights option."""

    def __init__(self, window: QWidget, context: AppContext, source: Source):
        super().__init__(window)
        self.setObjectName("exportMenu")
        self._window = window
        self._context = context
        self._source = source
        self.torch_action = self.addAction("")
        self.torch_action.setObjectName("exportPyTorchAction")
        self.torch_action.triggered.connect(lambda _checked=False: self.export("pytorch"))
        self.numpy_action = self.addAction("")
        self.numpy_action.setObjectName("exportNumPyAction")
        self.numpy_action.triggered.connect(lambda _checked=False: self.export("numpy"))
        self.addSeparator()
        self.copy_action = self.addAction("")
        self.copy_action.setCheckable(True)
        self.copy_action.setChecked(QSettings().value("export/copyWeights", True, bool))
        self.copy_action.toggled.connect(lambda on: QSettings().setValue("export/copyWeights", on))
        self.aboutToShow.connect(self.retranslateUi)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        model = self._source()[0] == "model"
        self.setTitle(self.tr("E&xport"))
        if model:
            self.torch_action.setText(self.tr("Trained Model as &PyTorch…"))
            self.numpy_action.setText(self.tr("Trained Model as &NumPy…"))
        else:
            self.torch_action.setText(self.tr("Design as &PyTorch…"))
            self.numpy_action.setText(self.tr("Design as &NumPy…"))
        self.copy_action.setText(self.tr("Save the &Weights Next to the Code"))
        self.copy_action.setEnabled(model)

    # ---- exporting ----------------------------------------------------------------------------
    def export(self, to: str) -> Exported | None:
        """Ask where, write the code (and the weights), and say what was written."""
        kind, source = self._source()
        if source is None:
            QMessageBox.information(
                self._window, self.tr("Nothing to export"),
                self.tr("There is no trained model yet. Train a network or open a model on this "
                        "tab first, or export the design from the Designer tab."))
            return None
        title, suffix = TARGETS[to]
        spec = source.spec if isinstance(source, Network) else source
        path = save_file(self._window, self.tr("Export as %1").replace("%1", title),
                         f"{module_name(str(spec.name))}_{suffix}.py", self.tr("Python files (*.py)"))
        if not path:
            return None
        if not path.endswith(".py"):
            path += ".py"
        model_path = saved_file(source) if isinstance(source, Network) else None
        try:
            done = export_to_file(source, to, path, model_path=model_path,
                                  copy_weights=self.copy_action.isChecked(),
                                  about=self._about(source, model_path))
        except ExportError as e:
            QMessageBox.critical(self._window, self.tr("Export failed"),
                                 e.message(current_language()))
            return None
        self._context.statusMessage.emit(self._done_text(done, title, model_path, kind))
        return done

    def _about(self, source: object, model_path: Path | None) -> str:
        if not isinstance(source, Network):
            return "NN Lab's Designer"
        if model_path is not None:
            return f"the model {model_path.name}"
        return "a model trained in NN Lab"

    def _done_text(self, done: Exported, title: str, model_path: Path | None, kind: str) -> str:
        name = done.code.name
        if done.weights is not None:
            return (self.tr("Exported %1 (%2) with its weights in %3.")
                    .replace("%1", name).replace("%2", title).replace("%3", done.weights.name))
        if kind == "model" and model_path is not None:
            return (self.tr("Exported %1 (%2); it loads the weights from %3.")
                    .replace("%1", name).replace("%2", title).replace("%3", str(model_path)))
        return (self.tr("Exported %1 (%2); it starts from NN Lab's initial weights.")
                .replace("%1", name).replace("%2", title))
