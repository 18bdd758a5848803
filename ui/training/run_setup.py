"""Turning the tab's choices into the network a run trains, or the reason it cannot be trained.

The run always gets its own float32 network: a fresh build of the Designer's spec (so the
designer stays editable) or of an opened model's spec with the model's weights copied in. The
settings' weight initialisation replaces every Affine layer's ``init`` (and, for an opened
model, its weights); the dropout ratio replaces every Dropout layer's ``ratio``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from nnlab import Network
from nnlab.errors import NNLabError
from nnlab.runs import TrainSettings

from ..i18n import bilingual, current_language
from .source import dataset_problems

Text = Callable[[], str]


@dataclass(frozen=True)
class Refusal:
    """Why a run cannot start, as texts in the current language (for MessageBanner)."""

    title: Text
    text: Text


def build_network(spec, settings: TrainSettings, weights=None) -> Network | Refusal:
    """The network to train from ``spec``; ``weights`` (an opened model) are kept unless the
    settings choose a new initialisation."""
    translate = QCoreApplication.translate
    if spec is None:
        return Refusal(
            lambda: translate("RunSetup", "Nothing to train"),
            lambda: translate("RunSetup", "There is no design yet: build a network in the "
                              "Designer tab or open a model."))
    # With the batch the run will use: a design that fits one sample at a time may still need
    # more memory than a laptop has in batches of 1,000 (nnlab.budget), said on its layer.
    batch = settings.config.batch_size
    if settings.config.train_subset:
        batch = min(batch, settings.config.train_subset)
    problems = spec.validate(batch_size=batch)
    if problems:
        def listing() -> str:
            lang = current_language()
            return "\n".join(
                (translate("RunSetup", "Network") if p.index is None
                 else translate("RunSetup", "Layer %1").replace("%1", str(p.index)))
                + ": " + p.message(lang) for p in problems[:6])
        return Refusal(
            lambda: translate("RunSetup", "The design has problems: fix them in the Designer"),
            listing)
    issues = dataset_problems(spec)
    if issues:
        return Refusal(lambda: translate("RunSetup", "This network cannot learn MNIST"),
                       lambda: "\n".join(bilingual(p) for p in issues))
    spec = spec.copy()
    for layer in spec.layers:
        if layer.type == "Affine" and settings.init:
            layer.options["init"] = settings.init
        if layer.type == "Dropout" and settings.dropout is not None:
            layer.options["ratio"] = settings.dropout
    try:
        net = Network(spec, seed=settings.config.seed, dtype="float32")
    except NNLabError as e:
        error = e
        return Refusal(lambda: translate("RunSetup", "The network cannot be built"),
                       lambda: error.message(current_language()))
    except (ValueError, MemoryError) as e:
        reason = str(e) or type(e).__name__
        return Refusal(lambda: translate("RunSetup", "The network cannot be built"),
                       lambda: reason)
    if weights is not None and not settings.init:
        net.set_state(weights.state())
        net.meta = dict(weights.meta)
    return net
