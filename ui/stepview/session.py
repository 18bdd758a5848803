"""Checks on what a learner or a lesson hands the step-through view: the data and typed targets.

Each returns or raises a translated sentence (context "StepView", the view's own), so a bad input
ends in a message on screen, never in an exception from deep inside numpy.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from nnlab.network import Network
from nnlab.stepper import Stepper

from ..i18n import error_text


def session_problem(net: Network, x, t) -> str | None:
    """Why ``x`` and ``t`` cannot go through ``net`` (a sentence to show), or None."""
    shape = tuple(net.input_shape)
    xs = np.shape(x)
    if xs != shape and xs[1:] != shape:
        return QCoreApplication.translate(
            "StepView", "the input has shape %1, but the network takes %2 (or a batch N×%2)."
        ).replace("%1", str(xs)).replace("%2", str(shape))
    try:
        loss = net.loss(np.asarray(x, dtype=float), t)  # inference mode: no state changes
    except (ValueError, IndexError, TypeError) as e:
        return QCoreApplication.translate(
            "StepView", "the targets t do not fit the output layer (%1).").replace("%1", str(e))
    if not np.isfinite(loss):
        return QCoreApplication.translate(
            "StepView", "the loss is not a finite number for these values.")
    return None


def new_target(stepper: Stepper, index: tuple, value: float) -> np.ndarray:
    """The targets with element ``index`` set to ``value``; a label must be a class number."""
    s = stepper
    k = s.net.spec.output_shapes(s.net.registry)[-1][0]
    # One target per sample for K > 1 outputs can only be class labels (softmax's t).
    if s.t.ndim == 1 and k > 1:
        if value != int(value) or not 0 <= value < k:
            text = QCoreApplication.translate(
                "StepView", "a label must be a whole number from 0 to %1")
            raise ValueError(text.replace("%1", str(k - 1)))
        t = s.t.copy()
        t[index] = int(value)
        return t
    t = s.t.astype(float)
    t[index] = value
    return t


def edit_refusal(error: Exception) -> str:
    """The sentence for an edit the stepper refused."""
    if "updated" in getattr(error, "en", ""):
        return QCoreApplication.translate(
            "StepView", "The weights were just updated, so values cannot be edited now: undo "
                        "the update, or step forward to start a new pass.")
    return QCoreApplication.translate("StepView", "That value was not accepted: %1").replace(
        "%1", error_text(error))
