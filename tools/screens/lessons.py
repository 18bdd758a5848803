"""Screens of the Lessons tab: lessons 2, 3, 8, 10 and 12–15 in a state worth showing."""

from __future__ import annotations

from .common import (
    ScreenError,
    click,
    forward_to_end,
    hide_explanation,
    reveal,
    settle,
    step,
    wait_until,
)


def _open(window, lesson_id: str, compact: bool = False):
    window.set_current_tab("lessons")
    tab = window.tabs["lessons"]
    if compact:
        hide_explanation(window)
    page = tab.open_lesson(lesson_id)
    settle()
    return tab, page


def lesson_02(window, shot) -> None:
    _tab, page = _open(window, "input_hidden")
    step(page.view, "forward_button", 1)
    shot("lesson_02")


def lesson_03(window, shot) -> None:
    """The three-layer net: forward done, stopped in the middle of the backward pass."""
    _tab, page = _open(window, "three_layer")
    view = page.view
    forward_to_end(view)
    step(view, "backward_button", 3)
    shot("lesson_03")


def lesson_08(window, shot) -> None:
    """The apples-and-tax graph with every forward and backward value shown."""
    _tab, page = _open(window, "computation_graph")
    page.show_all()
    shot("lesson_08")


def lesson_10(window, shot) -> None:
    """A batch of 100 MNIST test images stepped to the output: predictions under the steps."""
    _tab, page = _open(window, "mnist_batch")
    forward_to_end(page.view)
    wait_until(lambda: page.predictions() is not None, 30, "the batch's predictions")
    shot("lesson_10")


def lesson_12(window, shot) -> None:
    """The optimizers' paths on the contour plot after some steps, the update formula showing."""
    _tab, page = _open(window, "optimizers")
    plane = page.plane
    plane.solved.update(p.id for p in page.lesson.predictions)  # as a learner who predicted them
    plane.choose("sgd")
    for _ in range(10):  # a few of each, the zigzag of SGD already visible
        click(plane.step_button)
    plane.choose("momentum")
    for _ in range(10):
        click(plane.step_button)
    plane.choose("adam")
    for _ in range(10):
        click(plane.step_button)
    if "·" not in plane.formula.text():
        raise ScreenError("the update formula is empty")
    shot("lesson_12")


def lesson_13(window, shot) -> None:
    """Activation histograms of the book's case: sigmoid with std 1 (saturating at 0 and 1)."""
    _tab, page = _open(window, "initialisation", compact=True)
    hist = page.histograms
    hist.reveal()
    if hist.cases:
        click(hist.cases[0])
    settle(300)
    reveal(hist.verdict)
    shot("lesson_13")


def lesson_14(window, shot) -> None:
    """Batch normalisation against the initial weight scale, the lesson's reduced setting (4 of
    the book's 16 scales, 20 epochs on 1,000 images) run to the end, with its verdict."""
    _tab, page = _open(window, "regularisation", compact=True)
    page.tabs.setCurrentIndex(0)
    page.bn_choice.choose(0)  # the prediction comes first: "only with BatchNorm"
    experiment = page.batchnorm
    settle()
    click(experiment.run_button)
    wait_until(lambda: not experiment.running and experiment.run_button.isEnabled(), 200,
               "the experiment's end")
    if experiment.result is None or not experiment.result.done:
        raise ScreenError("the experiment did not finish")
    if not experiment.verdict.text():
        raise ScreenError("the experiment ended without a verdict")
    settle(400)
    reveal(experiment.verdict)
    shot("lesson_14")


def lesson_15(window, shot) -> None:
    """The book's convolution: the first output predicted, its receptive field lit on x."""
    _tab, page = _open(window, "convolution", compact=True)
    view = page.view
    step(view, "forward_button", 1)
    if not view.array_view("x").maps._involved:
        raise ScreenError("no receptive field is lit")
    reveal(view.array_view("x"))
    shot("lesson_15")
