"""“Check with numerical gradient”: backprop next to central differences for one layer.

    ∂L/∂θᵢ ≈ (L(θ + h·eᵢ) − L(θ − h·eᵢ)) / 2h,   relative error = ‖g − g̃‖ / (‖g‖ + ‖g̃‖)

An array larger than nnlab.gradcheck.SAMPLE is checked on a sample of its entries (the largest
gradients and a seeded random rest), as ``python -m nnlab gradcheck`` does. A check whose loss
evaluations touch few numbers runs at once; a heavier one (a wide layer, a convolution) runs in a
QThread on a copy of the stepper, so the window stays responsive and the learner may keep
stepping; it can be cancelled, and closing the view cancels and joins it.
"""

from __future__ import annotations

import copy
import html
import threading

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from nnlab.gradcheck import LARGEST, SAMPLE
from nnlab.stepper import Stepper, StepperError

from ..i18n import bilingual, error_text
from ..theme import ERROR, HINT, SUCCESS, WARNING_TEXT
from .numbers import format_number
from .slots import d, forward_record_of, param_symbol

TOLERANCE = 1e-7  # float64 central differences agree with backprop far below this
# Numbers a check may touch in the UI thread (check_work): about 1e9 a second on one core here
# (float64, batch 1), so at most ≈ 50 ms; the MNIST MLP's first layer (29 M, 28 ms) stays below.
SYNC_LIMIT = 50_000_000


class Cancelled(Exception):
    pass


def check_size(stepper: Stepper, index: int) -> int:
    """How many numbers the check perturbs: (a sample of) the layer's input and parameters."""
    layer = stepper.net.layers[index]
    fwd = forward_record_of(stepper, index)
    sizes = [p.size for p in layer.params.values()]
    if fwd is not None and fwd.x is not None:
        sizes.append(fwd.x.size)
    return sum(min(n, SAMPLE) for n in sizes)


def check_work(stepper: Stepper, index: int) -> int:
    """Roughly the numbers the check touches: four loss evaluations per perturbed number, each
    running through the inputs, outputs and parameters of layers ``index`` … the head."""
    per_evaluation = sum(p.size for layer in stepper.net.layers[index:] for p in layer.params.values())
    per_evaluation += sum(r.x.size + np.size(r.out) for r in stepper.records
                          if r.kind == "forward" and r.index >= index and r.x is not None)
    return 4 * check_size(stepper, index) * per_evaluation


class CheckThread(QThread):
    """Runs ``numerical_check`` on a private copy; reports progress; stops when cancelled."""

    progressed = Signal(float)  # fraction done
    checked = Signal(object)  # {name: (backprop, numerical, relative error)}
    failed = Signal(str)

    def __init__(self, stepper: Stepper, index: int, parent=None):
        super().__init__(parent)
        self.index = index
        self._stepper = copy.deepcopy(stepper)  # the learner keeps stepping the original
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            if self._cancel.is_set():
                raise Cancelled
            if done % 10 == 0:
                self.progressed.emit(done / total)

        try:
            result = self._stepper.numerical_check(self.index, progress=progress)
        except Cancelled:
            return
        except (StepperError, ValueError, FloatingPointError) as e:
            self.failed.emit(error_text(e))
            return
        self.checked.emit(result)


def result_html(result: dict, s_in: str, focus: tuple[str, tuple] | None, note) -> str:
    """The comparison as a small rich-text table with a verdict per array (``s_in``: the layer's
    input symbol, so "x" is written ∂L/∂u for an activation)."""
    words = {"pass": QCoreApplication.translate("NumericalCheck", "pass"),
             "fail": QCoreApplication.translate("NumericalCheck", "fail"),
             "backprop": QCoreApplication.translate("NumericalCheck", "backprop"),
             "numerical": QCoreApplication.translate("NumericalCheck", "numerical"),
             "relative error": QCoreApplication.translate("NumericalCheck", "relative error")}
    rows = []
    worst = 0.0
    sampled = False
    for name, (backprop, numerical, rel) in result.items():
        symbol = d(s_in) if name == "x" else d(param_symbol(name))
        slot = "dx" if name == "x" else f"grad.{name}"
        backprop = np.asarray(backprop, dtype=float)
        numerical = np.asarray(numerical, dtype=float)
        idx = tuple(focus[1]) if focus and focus[0] == slot else (0,) * backprop.ndim
        inside = len(idx) == backprop.ndim and all(
            i < n for i, n in zip(idx, backprop.shape, strict=True))
        if not inside:
            idx = (0,) * backprop.ndim
        checked = ~np.isnan(numerical)
        if not checked[idx]:  # not among the sampled entries: show the largest checked gradient
            idx = tuple(int(i) for i in np.unravel_index(
                np.argmax(np.where(checked, np.abs(backprop), -1.0)), backprop.shape))
        sep = "," if any(i >= 10 for i in idx) else ""
        where = f"<sub>{sep.join(str(i) for i in idx)}</sub>" if idx else ""
        n_checked = int(np.count_nonzero(checked))
        if n_checked < checked.size:
            sampled = True
            where += f" <span style='color:{HINT.name()}'>({n_checked:,}/{checked.size:,})</span>"
        ok = rel < TOLERANCE
        worst = max(worst, rel)
        verdict = (f"<span style='color:{SUCCESS.name()}; font-weight:700'>✓ {words['pass']}</span>" if ok
                   else f"<span style='color:{ERROR.name()}; font-weight:700'>✗ {words['fail']}</span>")
        rows.append(
            f"<tr><td style='white-space:nowrap'>{symbol}{where}</td>"
            f"<td align='right'>{format_number(backprop[idx])}</td>"
            f"<td align='right'>{format_number(numerical[idx])}</td>"
            f"<td align='right'>{rel:.1e}</td><td style='white-space:nowrap'>{verdict}</td></tr>")
    head = (f"<tr><th align='left'></th><th align='right'>{words['backprop']}</th>"
            f"<th align='right'>{words['numerical']}</th>"
            f"<th align='right' style='white-space:nowrap'>{words['relative error']}</th>"
            "<th></th></tr>")
    agree = QCoreApplication.translate(
        "NumericalCheck", "Backprop and the numerical gradient agree (relative error < 1e-7).")
    disagree = QCoreApplication.translate(
        "NumericalCheck", "They disagree: the relative error is above 1e-7.")
    summary = html.escape(agree if worst < TOLERANCE else disagree)
    how = html.escape(QCoreApplication.translate(
        "NumericalCheck", "Relative error = ‖g − g̃‖ / (‖g‖ + ‖g̃‖) over the checked numbers."))
    if sampled:
        how += " " + html.escape(QCoreApplication.translate(
            "NumericalCheck", "An array of more than %1 numbers is checked on %1 of them (n/N): "
            "its %2 largest gradients and the rest chosen at random.").replace(
                "%1", str(SAMPLE)).replace("%2", str(LARGEST)))
    text = (f"<table cellspacing='0' cellpadding='3'>{head}{''.join(rows)}</table>"
            f"<p style='margin-top:4px'>{summary} <span style='color:{HINT.name()}'>{how}</span></p>")
    if note:
        text += f"<p style='color:{WARNING_TEXT.name()}'>{html.escape(bilingual(note))}</p>"
    return text


class NumericalPanel(QWidget):
    """Shows a running check (progress, Cancel) or its result."""

    cancelRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("numericalPanel")
        self.title = QLabel()
        self.title.setObjectName("caption")
        self.result = QLabel()
        self.result.setObjectName("numericalResult")
        self.result.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancelRequested)
        running = QHBoxLayout()
        running.setContentsMargins(0, 0, 0, 0)
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        self.running = QWidget()
        self.running.setLayout(running)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.running)
        layout.addWidget(self.result)
        self.running.setVisible(False)
        self.retranslateUi()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Numerical gradient check"))
        self.cancel_button.setText(self.tr("Cancel"))

    def show_running(self, count: int) -> None:
        self.progress.setValue(0)
        self.running.setVisible(True)
        self.result.setText(self.tr("Checking %1 numbers by central differences…").replace(
            "%1", f"{count:,}"))
        self.setVisible(True)

    def set_progress(self, fraction: float) -> None:
        self.progress.setValue(int(fraction * 1000))

    def show_html(self, html: str) -> None:
        self.running.setVisible(False)
        self.result.setText(html)
        self.setVisible(True)
