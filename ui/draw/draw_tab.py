"""The Draw tab: draw a digit and watch a trained network read it, as you draw.

    canvas (ink bright on dark) -> preprocess_digit_steps -> 28×28 x -> look_inside(network, x)
        -> y = softmax(u): the guess, the ten bars, the activations, the saliency ∂u_c/∂x

While a stroke grows the prediction is refreshed at most every PREDICT_INTERVAL_MS (≈ 15 Hz),
and once more, at once, when the pen lifts. A digit drawn small for the pen (its ink box under
SMALL_DIGIT pen widths) is scaled up into 20×20 with its strokes: they become blobs that read as
"8", so the tab asks for a bigger drawing. Strokes and Clear are undoable (``undo_stack()``, the
canvas's QUndoStack, for the window's Edit menu). The tab keeps its own copy of the model: the
layers remember their last input, and the Train tab may still be using the original.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSlider,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.digits import DigitImageError, DigitSteps, preprocess_digit_steps
from nnlab.inside import DrawModelError, Inside, check_model, look_inside
from nnlab.network import ModelFileError, Network

from ..context import AppContext
from ..file_dialogs import open_file
from ..i18n import current_language, error_text
from ..theme import set_state
from ..widgets.factories import hint_label, section_title
from .canvas import MAX_PEN, MIN_PEN, DrawingCanvas
from .inside_view import InsideView
from .mnist_examples import MnistExamples
from .model_bar import ModelBar, default_model_path, failed_run, test_accuracy
from .my_digits import MyDigitsPanel
from .preprocess_view import PreprocessView
from .probabilities import PredictionPanel

_log = logging.getLogger(__name__)
PREDICT_INTERVAL_MS = 66  # ≤ 15 predictions a second while drawing
# MNIST's strokes are about a tenth of the digit's 20-px box; under 4.5 pen widths the strokes
# of a drawing fill a third of it after scaling, and the digit is a blob.
SMALL_DIGIT = 4.5
SETTINGS_MODEL = "draw/modelPath"
SETTINGS_PEN = "draw/penWidth"



class DrawTab(QWidget):
    """Draw, read, look inside, and keep your own digits (DrawTab(context, parent))."""

    predictionUpdated = Signal(object)  # the probabilities (10,) just shown, or None

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drawTab")
        self.context = context if context is not None else AppContext(self)
        self.network: Network | None = None
        self.model_source: str | None = None
        self.model_path: Path | None = None
        self.steps: DigitSteps | None = None
        self.inside: Inside | None = None
        self._from_context = None  # the last network received from the context

        self.model_bar = ModelBar()
        self.canvas = DrawingCanvas()
        self.prediction = PredictionPanel()
        self.preprocess = PreprocessView()
        self.inside_view = InsideView()
        self.my_digits = MyDigitsPanel()
        # Strokes and Clears: the window's Edit menu undoes them while this tab shows
        # (ui/edit_history.py takes a tab's ``undo_stack`` QUndoStack and names its commands).
        self.undo_stack = self.canvas.undo_stack
        self.examples = MnistExamples()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREDICT_INTERVAL_MS)
        self._build_tools()
        self._build_layout()

        self._timer.timeout.connect(self.refresh)
        self.canvas.inkChanged.connect(self._ink_changed)
        self.canvas.drawingChanged.connect(self.refresh)
        self.model_bar.openRequested.connect(self._ask_open_model)
        self.model_bar.bundledRequested.connect(self.use_bundled_model)
        self.model_bar.bundledChosen.connect(lambda path: self.use_bundled_model(Path(path)))
        self.my_digits.addRequested.connect(self.add_to_my_digits)
        self.context.modelChanged.connect(self._model_from_context)
        self.context.drawRequested.connect(self._draw_requested)

        width = QSettings().value(SETTINGS_PEN, None)
        try:
            self.pen_slider.setValue(int(width) if width is not None else int(self.canvas.pen_width()))
        except (TypeError, ValueError):
            pass
        self.retranslateUi()
        self._initial_model()
        self.refresh()

    # ---- building -----------------------------------------------------------------------------
    def _build_tools(self) -> None:
        def tool(checkable: bool = False) -> QToolButton:
            button = QToolButton()
            button.setObjectName("toolButton")
            button.setCheckable(checkable)
            return button

        self.pen_button, self.eraser_button = tool(True), tool(True)
        self.pen_button.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.pen_button)
        group.addButton(self.eraser_button)
        self.eraser_button.toggled.connect(self.canvas.set_erasing)
        self.pen_slider = QSlider(Qt.Orientation.Horizontal)
        self.pen_slider.setRange(MIN_PEN, MAX_PEN)
        self.pen_slider.setValue(int(self.canvas.pen_width()))
        self.pen_slider.setMinimumWidth(80)
        self.pen_slider.setMaximumWidth(120)
        self.pen_slider.valueChanged.connect(self._pen_width_changed)
        self.pen_label = hint_label(wrap=False)
        self.undo_button, self.clear_button = tool(), tool()
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button.clicked.connect(self.canvas.clear)

    def _build_layout(self) -> None:
        self.canvas_title = section_title()
        self.canvas_hint = hint_label()
        tools = QHBoxLayout()
        tools.setSpacing(4)
        tools.addWidget(self.pen_button)
        tools.addWidget(self.eraser_button)
        tools.addStretch(1)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.clear_button)
        width = QHBoxLayout()
        width.setSpacing(6)
        width.addWidget(self.pen_slider)
        width.addWidget(self.pen_label)
        width.addStretch(1)
        # The hint under the canvas keeps its height whatever it says (keys, or "draw bigger").
        self.canvas_hint.setFixedHeight(3 * self.canvas_hint.fontMetrics().lineSpacing() + 2)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.canvas_title)
        left.addWidget(self.canvas)
        left.addLayout(tools)
        left.addLayout(width)
        left.addWidget(self.canvas_hint)
        left.addSpacing(6)
        left.addWidget(self.examples)
        left.addStretch(1)

        self.prediction_title = section_title()
        self.preprocess_title = section_title()
        middle = QVBoxLayout()
        middle.setSpacing(6)
        middle.addWidget(self.prediction_title)
        middle.addWidget(self.prediction, 1)
        middle.addSpacing(6)
        middle.addWidget(self.preprocess_title)
        middle.addWidget(self.preprocess)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Only down: the view wraps its text and strips to the width it is given.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.inside_view)
        self.side_tabs = QTabWidget()
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(scroll, "")
        self.side_tabs.addTab(self.my_digits, "")

        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 11)
        columns.addLayout(middle, 9)
        columns.addWidget(self.side_tabs, 9)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(self.model_bar)
        layout.addLayout(columns, 1)

    # ---- the model ----------------------------------------------------------------------------
    def _initial_model(self) -> None:
        if self.context.model is not None and self._model_from_context(self.context.model):
            return
        saved = QSettings().value(SETTINGS_MODEL, "")
        if saved and Path(str(saved)).is_file() and self.open_model_file(saved, remember=False):
            return
        self.use_bundled_model()

    def set_model(self, network: Network, source: str, path: str | Path | None = None) -> bool:
        """Read digits with ``network`` (source "bundled", "trained" or "file").

        A network that cannot read 28×28 digits into 10 classes is refused with a message and
        the model in use stays. Returns whether the network is now in use.
        """
        try:
            check_model(network)
        except DrawModelError as exc:
            self.model_bar.show_error(self.tr("This model cannot read drawn digits: %1")
                                      .replace("%1", exc.message(current_language())))
            return False
        self.network = network.copy()
        self.model_source = source
        self.model_path = Path(path) if path is not None else None
        name = network.spec.name or (self.model_path.stem if self.model_path else "")
        self.model_bar.show_model(name, test_accuracy(network.meta), source, self.model_path,
                                  failed=failed_run(network.meta))
        self.model_bar.show_error("")
        self.my_digits.set_model(self.network)
        self.refresh()
        return True

    def open_model_file(self, path: str | Path, remember: bool = True) -> bool:
        """Load a model file; a bad one is reported in the model bar and changes nothing."""
        path = Path(path)
        try:
            network = Network.load(path)
        except (ModelFileError, OSError) as exc:
            self.model_bar.show_error(self.tr("Cannot open the model: %1").replace("%1", error_text(exc)))
            return False
        ok = self.set_model(network, "file", path)
        if ok and remember:
            QSettings().setValue(SETTINGS_MODEL, str(path))
        return ok

    def use_bundled_model(self, path: Path | None = None) -> bool:
        """Switch to a bundled model (``path``; the default is the CNN when it is shipped, else
        resources/models/mnist_default.npz), or say it is not there."""
        path = default_model_path() if path is None else Path(path)
        if not path.is_file():
            if self.network is None:
                self.model_bar.show_model("", None, None)
                self.refresh()
            self.model_bar.show_error(self.tr(
                "The bundled model (%1) is not there yet. Open a model file, or train one in "
                "the Train tab and send it here.").replace("%1", "resources/models/" + path.name))
            return False
        try:
            network = Network.load(path)
        except (ModelFileError, OSError) as exc:
            self.model_bar.show_error(self.tr("Cannot open the bundled model: %1")
                                      .replace("%1", error_text(exc)))
            return False
        if self.set_model(network, "bundled", path):
            QSettings().remove(SETTINGS_MODEL)
            return True
        return False

    def _model_from_context(self, network) -> bool:
        """modelChanged: the model trained or opened last (it may be the same object, trained
        further, so it is copied again every time)."""
        if network is None:
            return False
        self._from_context = network
        return self.set_model(network, "trained")

    def _draw_requested(self, network) -> None:
        # open_in_draw announces the model with modelChanged first: only a new one is news.
        if network is not None and network is not self._from_context:
            self._model_from_context(network)

    def _ask_open_model(self) -> None:
        path = open_file(self, self.tr("Open a model"),
                         self.tr("NN Lab models (*.npz);;All files (*)"))
        if path:
            self.open_model_file(path)

    # ---- drawing and predicting ----------------------------------------------------------------
    def _ink_changed(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _pen_width_changed(self, width: int) -> None:
        self.canvas.set_pen_width(width)
        QSettings().setValue(SETTINGS_PEN, width)
        self._update_pen_label()

    def refresh(self) -> None:
        """Preprocess the canvas and run the model: every view shows the current drawing."""
        self._timer.stop()
        ink = self.canvas.ink_array()
        try:
            steps = preprocess_digit_steps(ink)
        except DigitImageError:  # cannot happen for the canvas's own image; never crash on it
            _log.exception("preprocessing the canvas failed")
            steps = None
        self.steps = steps
        self.canvas.set_bbox(steps.bbox if steps is not None else None)
        self.preprocess.show_steps(steps, ink)
        self.my_digits.set_drawing_available(steps is not None)
        self.undo_button.setEnabled(self.canvas.can_undo())
        self.clear_button.setEnabled(not self.canvas.is_blank())
        self._show_canvas_hint()
        self.inside = None
        if self.network is None:
            self.prediction.show_no_model()
        elif steps is None:
            self.prediction.show_empty()
        else:
            self.inside = look_inside(self.network, steps.centred)
            self.prediction.show_prediction(self.inside.probabilities)
        self.inside_view.show_inside(self.inside, steps.centred if steps is not None else None)
        self.examples.show_digit(None if self.inside is None else self.inside.predicted)
        self.predictionUpdated.emit(None if self.inside is None else self.inside.probabilities)

    def digit_is_small(self) -> bool:
        """The ink's box is under SMALL_DIGIT pen widths: its strokes would be blobs at 28×28."""
        if self.steps is None:
            return False
        top, left, bottom, right = self.steps.bbox
        return max(bottom - top, right - left) < SMALL_DIGIT * self.canvas.pen_width()

    def _show_canvas_hint(self) -> None:
        small = self.digit_is_small()
        set_state(self.canvas_hint, "warning", small)
        self.canvas_hint.setText(self.tr(
            "Small digit: scaled up to 20×20, its strokes become blobs (they often read as 8). "
            "Draw it bigger, to fill the dashed box, or pick a thinner pen.") if small else self.tr(
            "Keys while the canvas has focus: Delete, Backspace or C clears, Ctrl+Z undoes the "
            "last stroke or Clear. A tablet pen's pressure changes the width a little."))

    def predicted_digit(self) -> int | None:
        return self.prediction.predicted()

    def add_to_my_digits(self, label: int) -> bool:
        """Add the current 28×28 image with ``label`` to My digits, then clear the canvas."""
        if self.steps is None:
            return False
        self.my_digits.add(self.steps.centred, label)
        self.canvas.clear()
        self.canvas.setFocus()
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Ready to draw and to take Delete / Ctrl+Z, unless the learner was typing elsewhere here.
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- language -----------------------------------------------------------------------------
    def _update_pen_label(self) -> None:
        self.pen_label.setText(self.tr("width %1 px").replace("%1", str(self.pen_slider.value())))

    def retranslateUi(self) -> None:
        self.canvas_title.setText(self.tr("Your drawing"))
        self.canvas.set_hint(self.tr("Draw a digit here"))
        self._show_canvas_hint()
        self.pen_button.setText(self.tr("Pen"))
        self.pen_button.setToolTip(self.tr("Draw with the pen"))
        self.eraser_button.setText(self.tr("Eraser"))
        self.eraser_button.setToolTip(self.tr("Erase with the same width"))
        self.pen_slider.setToolTip(self.tr("Pen width in canvas pixels (the canvas is %1 px "
                                           "wide)").replace("%1", "280"))
        self._update_pen_label()
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last stroke or Clear (Ctrl+Z)"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the canvas (Delete)"))
        self.prediction_title.setText(self.tr("What the network reads"))
        self.preprocess_title.setText(self.tr("What the network sees"))
        # The recipe as a tooltip: wrapped under the pictures it took 4–5 lines of a short column.
        recipe = self.tr(
            "MNIST's recipe: crop the ink, scale it to fit 20×20 keeping its shape, then place it "
            "in 28×28 with its centre of mass (orange cross) in the middle. The last image is the "
            "784 inputs x: bright = 1, dark = 0.")
        self.preprocess_title.setToolTip(recipe)
        self.preprocess.setToolTip(recipe)
        self.side_tabs.setTabText(0, self.tr("Look Inside"))
        self.side_tabs.setTabText(1, self.tr("My Digits"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

