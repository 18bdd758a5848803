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

from nnlab import Network, SpecError

from ..i18n import bilingual, current_language
from .controls import TrainSettings
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
    problems = spec.validate()
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
    except (SpecError, ValueError, MemoryError) as e:
        reason = str(e)
        return Refusal(lambda: translate("RunSetup", "The network cannot be built"),
                       lambda: reason)
    if weights is not None and not settings.init:
        net.set_state(weights.state())
        net.meta = dict(weights.meta)
    return net


def run_summary(s: TrainSettings) -> str:
    """One line of the settings, for the runs list's tooltip (numbers and names only)."""
    c = s.config
    options = ", ".join(f"{k} {v:g}" for k, v in c.optimizer_options.items())
    parts = [s.dataset, f"{c.optimizer} η={c.lr:g}" + (f" ({options})" if options else ""),
             f"batch {c.batch_size}", f"{c.epochs} epochs", f"seed {c.seed}"]
    if c.weight_decay:
        parts.append(f"λ={c.weight_decay:g}")
    if c.train_subset:
        parts.append(f"{c.train_subset:,} images")
    if c.augment:
        parts.append("augmented")
    if s.init:
        parts.append(f"init {s.init}")
    if s.dropout is not None:
        parts.append(f"dropout {s.dropout:g}")
    return " · ".join(parts)


def run_meta(s: TrainSettings, epochs_done: int, test_accuracy: float | None) -> dict:
    """What a saved model remembers of its training (design.md §2: dataset, epochs, accuracy)."""
    c = s.config
    meta = {"dataset": s.dataset, "epochs": epochs_done, "optimizer": c.optimizer, "lr": c.lr,
            "batch_size": c.batch_size, "seed": c.seed}
    if c.train_subset:
        meta["train_subset"] = c.train_subset
    if test_accuracy is not None:
        meta["accuracy"] = meta["test_accuracy"] = float(test_accuracy)
    return meta
