"""“Check with numerical gradient”: backprop next to central differences for one layer.

    ∂L/∂θᵢ ≈ (L(θ + h·eᵢ) − L(θ − h·eᵢ)) / 2h,   relative error = ‖g − g̃‖ / (‖g‖ + ‖g̃‖)

Small layers are checked at once. A layer with thousands of numbers (784×100 weights need
157,000 evaluations of L, several seconds) is checked in a QThread on a copy of the stepper, so
the window stays responsive and the learner may keep stepping; it can be cancelled, and closing
the view cancels and joins it.
"""

from __future__ import annotations

import copy
import html
import threading

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from nnlab.stepper import Stepper, StepperError

from ..i18n import bilingual, error_text
from ..theme import ERROR, HINT, SUCCESS, WARNING_TEXT
from .numbers import format_number
from .slots import d, forward_record_of, param_symbol

TOLERANCE = 1e-7  # float64 central differences agree with backprop far below this
SYNC_LIMIT = 4000  # elements checked in the UI thread (a few milliseconds)


class Cancelled(Exception):
    pass


def check_size(stepper: Stepper, index: int) -> int:
    """How many numbers the check perturbs: the layer's input and parameters."""
    layer = stepper.net.layers[index]
    fwd = forward_record_of(stepper, index)
    n_x = fwd.x.size if fwd is not None and fwd.x is not None else 0
    return n_x + sum(p.size for p in layer.params.values())


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
        self._total = max(1, 2 * check_size(stepper, index))

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        head = self._stepper.net.layers[-1]
        forward = head.forward
        calls = [0]

        # Every loss evaluation ends in the head, so that is where to notice a cancel.
        def counted(*args, **kwargs):
            if self._cancel.is_set():
                raise Cancelled
            calls[0] += 1
            if calls[0] % 500 == 0:
                self.progressed.emit(min(1.0, calls[0] / self._total))
            return forward(*args, **kwargs)

        head.forward = counted
        try:
            result = self._stepper.numerical_check(self.index)
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
        sep = "," if any(i >= 10 for i in idx) else ""
        where = f"<sub>{sep.join(str(i) for i in idx)}</sub>" if idx else ""
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
        "NumericalCheck", "Relative error = ‖g − g̃‖ / (‖g‖ + ‖g̃‖) over the whole array."))
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
