"""The sentences that close lessons 12 and 13: the MNIST comparisons and lesson 12's plane.

Each states the book's point and, with the run's own final losses (nnlab.lessons.figures), whether
this run showed it — honestly when it did not, or when the run was stopped or failed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q

from nnlab.compare import ComparisonResult
from nnlab.lessons import figures as F
from nnlab.lessons import optimizer_paths as P

from ..i18n import current_language
from ..stepview.numbers import format_number
from .lesson_page import sentence_gap


def _losses(result: ComparisonResult, keys) -> dict[str, float | None]:
    return {k: r.final_loss() for k, r in zip(keys, result.results)}


def _listed(result: ComparisonResult, losses: dict[str, float | None]) -> str:
    lang = current_language()
    parts = []
    for value, r in zip(losses.values(), result.results):
        shown = Q.translate("RaceVerdict", "failed") if value is None else format_number(value)
        parts.append(f"{r.text(lang)}: <b>{shown}</b>")
    steps = max((r.steps[-1] for r in result.results if r.steps), default=0)
    return Q.translate("RaceVerdict", "Loss after %1 iterations (mean of the last reported batches) — %2.") \
        .replace("%1", f"{steps:,}").replace("%2", "; ".join(parts))


def _unfinished(result: ComparisonResult) -> str | None:
    if any(r.status in ("stopped", "pending", "running") for r in result.results):
        return Q.translate("RaceVerdict", "The comparison was stopped before every run ended: run it again to see the "
                   "book's point.")
    return None


def optimizer_sentence(result: ComparisonResult) -> str:
    """Figure 6-9: SGD is clearly the slowest."""
    stopped = _unfinished(result)
    if stopped:
        return stopped
    losses = _losses(result, [k for k, _ in F.OPTIMIZER_LABELS])
    verdict = F.optimizer_verdict(losses)
    text = _listed(result, losses) + sentence_gap()
    if verdict.shown:
        text += "<b>" + Q.translate("RaceVerdict", "✓ SGD is the slowest, as in the book's figure 6-9.") + "</b>"
        if verdict.detail:
            text += sentence_gap() + Q.translate("RaceVerdict", "Adam's loss is %1 times smaller than SGD's.").replace(
                "%1", format_number(losses["sgd"] / losses["adam"]))
    else:
        text += "<b>" + Q.translate("RaceVerdict", "✗ This time SGD was not the slowest — not what the book shows.") + "</b>"
    return text


def init_sentence(result: ComparisonResult) -> str:
    """Figure 6-15: std 0.01 does not learn; He learns fastest."""
    stopped = _unfinished(result)
    if stopped:
        return stopped
    losses = _losses(result, [k for k, _ in F.INIT_LABELS])
    verdict = F.init_verdict(losses)
    text = _listed(result, losses) + sentence_gap()
    if verdict.shown:
        text += "<b>" + Q.translate("RaceVerdict", "✓ With std 0.01 the network has not learned at all (ln 10 = 2.303 is "
                            "the loss of a blind guess among 10 digits), while He learns — as in "
                            "the book's figure 6-15.") + "</b>"
        text += sentence_gap() + (Q.translate("RaceVerdict", "He is the fastest.") if verdict.detail else Q.translate("RaceVerdict",
            "Xavier was ahead of He this time (the book has He slightly first)."))
    else:
        text += "<b>" + Q.translate("RaceVerdict", "✗ This run does not show the book's point (std 0.01 stuck at 2.303, "
                            "He learning).") + "</b>"
    return text


def plane_summary(paths) -> str:
    """Lesson 12's plane after every path's 30 updates: f at the end, SGD's zigzag, divergence."""
    numbers = P.verdict_numbers(paths)
    listed = ", ".join(
        f"{P.TITLES[n]} {format_number(numbers[n][0]) if not paths[n].diverged else '∞'}"
        for n in P.NAMES)
    text = Q.translate("OptimizerPlane", "After %1 updates, f(x, y): %2.").replace("%1", str(P.UPDATES)) \
        .replace("%2", listed)
    crossings = {n: numbers[n][2] for n in P.NAMES if not paths[n].diverged}
    sgd = crossings.get("sgd")
    if sgd is not None and sgd >= 10 and sgd >= max(crossings.values()):
        text += sentence_gap() + Q.translate(
            "OptimizerPlane",
            "SGD crossed the valley floor y = 0 %1 times — the zigzag of the book's figure 6-3; "
            "AdaGrad crossed it %2 times.").replace("%1", str(sgd)) \
            .replace("%2", str(crossings.get("adagrad", 0)))
    elif sgd is not None:
        text += sentence_gap() + Q.translate(
            "OptimizerPlane",
            "SGD crossed the valley floor only %1 times with ε = %2: with this ε it does not "
            "zigzag as in the book (ε = 0.95 does).").replace("%1", str(sgd)) \
            .replace("%2", format_number(paths["sgd"].lr))
    gone = [P.TITLES[n] for n in P.NAMES if paths[n].diverged]
    if gone:
        text += sentence_gap() + Q.translate("OptimizerPlane", "Diverged (ε too large): %1.").replace("%1", ", ".join(gone))
    far = [f"{P.TITLES[n]} (ε = {format_number(paths[n].lr)})" for n in P.NAMES
           if not paths[n].diverged and numbers[n][0] > P.FAR]
    if far:
        text += sentence_gap() + Q.translate(
            "OptimizerPlane",
            "Still far from the minimum after %1 updates (f > %2): %3 — too small an ε crawls, "
            "too large a one bounces.").replace("%1", str(P.UPDATES)) \
            .replace("%2", format_number(P.FAR)).replace("%3", ", ".join(far))
    return text
