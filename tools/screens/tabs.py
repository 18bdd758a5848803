"""Screens of the Designer, "Your design" stepped, the Train tab, Compare… and the Draw tab."""

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

TRAIN_TIMEOUT = 150.0


def _template(window, key: str) -> None:
    if not window.document.load_template(key):
        raise ScreenError(f"template {key!r} did not load")
    settle()


def _designer(window, shot, key: str, name: str, select: int | None = 0) -> None:
    window.set_current_tab("designer")
    _template(window, key)
    stack = getattr(window.designer, "stack", None)
    if select is not None and hasattr(stack, "select_layer"):
        try:  # a selected layer shows its properties, as after a click
            stack.select_layer(select)
        except Exception:  # the screen is still worth having without a selection
            pass
    shot(name)


def designer_mnist(window, shot) -> None:
    _designer(window, shot, "mnist_mlp", "designer_mnist")


def designer_cnn(window, shot) -> None:
    _designer(window, shot, "simple_convnet", "designer_cnn")


def designer_xor(window, shot) -> None:
    _designer(window, shot, "xor", "designer_xor")


def _your_design(window, key: str):
    """The template ``key`` in the Designer, opened in Lessons → "Your design"; its step view."""
    _template(window, key)
    window.set_current_tab("lessons")
    page = window.tabs["lessons"].open_lesson("your_design")
    settle()
    view = getattr(page, "view", None)
    if view is None or view.stepper is None:
        raise ScreenError("“Your design” did not open a step view")
    return view


def stepper_three_layer(window, shot) -> None:
    view = _your_design(window, "three_layer")
    step(view, "forward_button", 3)
    shot("stepper_three_layer")


def stepper_cnn(window, shot) -> None:
    """SimpleConvNet on an MNIST test image: the convolution forward, then a backward step."""
    view = _your_design(window, "simple_convnet")
    hide_explanation(window)
    step(view, "forward_button", 1)
    record = view.current_record
    if record is None or record.layer_type != "Convolution":
        raise ScreenError(f"first step is not the convolution: {record and record.layer_type}")
    reveal(view.array_view("out"), top=60)  # the 30 feature maps it computes
    shot("stepper_cnn_forward")
    forward_to_end(view)
    for _ in range(30):  # back to the convolution: dW per filter and δ per feature map
        step(view, "backward_button", 1)
        record = view.current_record
        if record is not None and record.kind == "backward" and record.layer_type == "Convolution":
            break
    else:
        raise ScreenError("never reached the convolution's backward step")
    reveal(view.array_view("grad.W"), top=60)  # ∂L/∂W of each filter, as images
    shot("stepper_cnn_backward")


def _quick_settings(tab, subset: int, batch: int, epochs: int) -> None:
    c = tab.controls
    c.optimizer_combo.setCurrentIndex(max(0, c.optimizer_combo.findData("adam")))
    c.subset_spin.setValue(subset)
    c.batch_spin.setValue(batch)
    c.epochs_spin.setValue(epochs)
    if c.folder() is not None:
        c.set_dataset_folder(None)


def train(window, shot) -> None:
    """A short real run of the MNIST MLP: once while it runs, once with its results."""
    _template(window, "mnist_mlp")
    window.set_current_tab("train")
    tab = window.tabs["train"]
    _quick_settings(tab, subset=0, batch=50, epochs=3)  # 0: all 60,000
    settle()
    click(tab.run_controls.start_button)
    wait_until(lambda: tab.curves.acc_plot.test_series.n >= 1 or not tab.is_running(),
               TRAIN_TIMEOUT, "the first epoch")
    try:  # the second epoch takes a second or more: time for the shot
        shot("train_running", still=tab.is_running)
    except ScreenError as e:  # reported as missing; train_done is still worth taking
        print(f"train_running: {e}")
    wait_until(lambda: not tab.is_running(), TRAIN_TIMEOUT, "the end of the run")
    if not tab.runs or tab.runs[-1].status != "finished":
        raise ScreenError(f"the run ended as {tab.runs and tab.runs[-1].status}")
    wait_until(lambda: tab.evaluation is not None, TRAIN_TIMEOUT, "the test-set evaluation")
    settle(400)
    shot("train_done")


def compare(window, shot) -> None:
    """Compare… with the MNIST MLP: three optimizers on a small slice, run to the end."""
    _template(window, "mnist_mlp")
    window.set_current_tab("train")
    tab = window.tabs["train"]
    dialog = tab.compare_button.open()
    if dialog is None:
        raise ScreenError("Compare… refused the design")
    dialog.resize(min(1200, window.width() - 80), min(700, window.height() - 40))
    dialog.setting.setCurrentIndex(max(0, dialog.setting.findData("optimizer")))
    dialog.images.setValue(1000)
    dialog.epochs.setValue(4)
    settle()
    with_result = len(dialog.kept)
    click(dialog.run_button)
    wait_until(lambda: len(dialog.kept) > with_result and not dialog.view.running, TRAIN_TIMEOUT,
               "the comparison")
    settle(400)
    shot("compare", dialog)
    dialog.hide()


def draw(window, shot) -> None:
    """A 3 drawn with the mouse on the default model; the side shows what happens inside."""
    from drawn_digits import DIGITS, Placement, draw_digit

    window.set_current_tab("draw")
    tab = window.tabs["draw"]
    settle()
    if tab.network is None:
        raise ScreenError("the Draw tab has no model")
    draw_digit(tab.canvas, DIGITS[3][0], Placement(size=0.75, cx=0.5, cy=0.5))
    tab.side_tabs.setCurrentIndex(0)
    settle(300)
    if tab.predicted_digit() is None:
        raise ScreenError("no prediction for the drawn digit")
    shot("draw")
