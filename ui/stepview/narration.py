"""What the narration panel says when the lesson gives no text of its own for a step.

A step's text is looked up by its phase and the layer's formula key (``LayerType.formula``:
"forward.Affine", "backward.Step"), then by its category ("forward.activation", "backward.head"),
then "forward.other" / "backward.other" — so a new layer type needs no entry here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nnlab.registry import LayerType
from nnlab.stepper import Phase, Position, StepRecord

_TEXTS = {
    "none": QT_TRANSLATE_NOOP("StepNarration", "Open a network to step through it."),
    "start": QT_TRANSLATE_NOOP(
        "StepNarration",
        "Nothing has been computed yet. Press <b>Forward one layer</b> (→) to send the input through "
        "the first layer and see every number it computes."),
    "update": QT_TRANSLATE_NOOP(
        "StepNarration",
        "Every weight and bias moved a little against its gradient. Step forward to start a new "
        "pass with the new weights and watch the loss change."),
    "forward.Affine": QT_TRANSLATE_NOOP(
        "StepNarration",
        "Affine layer: each output u is a weighted sum of all the inputs plus a bias, u = xW + b. "
        "Click an output value to see its sum worked out; double-click an input or a weight to "
        "change it."),
    "forward.activation": QT_TRANSLATE_NOOP(
        "StepNarration",
        "Activation function: it is applied to each value on its own, so the shape does not "
        "change. Without it, stacked Affine layers would be one Affine layer."),
    "forward.head": QT_TRANSLATE_NOOP(
        "StepNarration",
        "Output layer: it turns u into the output y and compares y with the target t. The loss L "
        "measures how wrong the network is; training makes it smaller."),
    "forward.BatchNorm": QT_TRANSLATE_NOOP(
        "StepNarration",
        "Batch normalisation: every unit is shifted and scaled to mean 0 and variance 1 over the "
        "batch, then γ and β set its scale and offset."),
    "forward.Dropout": QT_TRANSLATE_NOOP(
        "StepNarration",
        "Dropout: while training, some units are switched off at random, so the network cannot "
        "rely on any single one."),
    "forward.Convolution": QT_TRANSLATE_NOOP(
        "StepNarration",
        "Convolution layer: each filter slides over the input; at every position the products of "
        "the filter with the window under it are added up, plus the filter's bias. Each filter "
        "makes one feature map. Click an output value to light up its window (its receptive "
        "field) and see the sum of products."),
    "forward.Pooling": QT_TRANSLATE_NOOP(
        "StepNarration",
        "Max pooling: each output is the largest value of its window, channel by channel (the "
        "dots mark the winners). It has no weights, makes the maps smaller, and tolerates small "
        "shifts of the input."),
    "forward.other": QT_TRANSLATE_NOOP("StepNarration", "This layer only rearranges the numbers."),
    "forward.done": QT_TRANSLATE_NOOP(
        "StepNarration",
        "The forward pass is finished: press <b>Backward one layer</b> (←) to send the gradient back."),
    "backward.head": QT_TRANSLATE_NOOP(
        "StepNarration",
        "Backpropagation starts at the loss. For this output layer the gradient is simply "
        "∂L/∂u = (y − t)/N: how far each output is from its target."),
    "backward.Affine": QT_TRANSLATE_NOOP(
        "StepNarration",
        "The gradient δ arriving from above is used three times: ∂L/∂W = xᵀ·δ and ∂L/∂b = Σδ say "
        "how to change this layer's weights, and ∂L/∂x = δ·Wᵀ is passed down to the layer "
        "below."),
    "backward.Convolution": QT_TRANSLATE_NOOP(
        "StepNarration",
        "The δ of each feature map comes back: ∂L/∂W of a filter adds up δ times the input window "
        "at every position, ∂L/∂b adds up the map's δ, and ∂L/∂x (needed only when a layer below "
        "learns) spreads δ back through the filter weights."),
    "backward.Pooling": QT_TRANSLATE_NOOP(
        "StepNarration",
        "Max pooling passes each δ back only to the element that won its window (the dots); "
        "every other element gets 0."),
    "backward.Step": QT_TRANSLATE_NOOP(
        "StepNarration",
        "The step function is flat everywhere (except at 0), so its derivative is 0 and the "
        "gradient stops here: the layers below cannot learn."),
    "backward.activation": QT_TRANSLATE_NOOP(
        "StepNarration",
        "Going back through an activation multiplies δ by its derivative, element by element."),
    "backward.other": QT_TRANSLATE_NOOP("StepNarration",
                                        "The gradient passes back through this layer."),
    "backward.done": QT_TRANSLATE_NOOP(
        "StepNarration",
        "The backward pass is finished: every gradient is known. Press <b>Apply update</b> (A) "
        "to change the weights."),
}


def _text(key: str) -> str:
    return QCoreApplication.translate("StepNarration", _TEXTS[key])


def _key(record: StepRecord, entry: LayerType | None) -> str:
    phase = str(record.kind)
    if entry is not None:
        formula = entry.formula[0 if record.kind == Phase.FORWARD else 1]
        for key in (f"{phase}.{formula}", f"{phase}.{entry.category}"):
            if key in _TEXTS:
                return key
    return f"{phase}.other"


def default_narration(position: Position | None, record: StepRecord | None,
                      entry: LayerType | None = None) -> str:
    """A short explanation of ``record`` (the step on screen, of a layer with registry entry
    ``entry``), or of what to do next."""
    if position is None:
        return _text("none")
    if record is None:
        return _text("start")
    if record.kind == Phase.UPDATE:
        return _text("update")
    text = _text(_key(record, entry))
    head = entry is not None and entry.is_head
    last_forward = record.kind == Phase.FORWARD and position.phase == Phase.BACKWARD and head
    last_backward = (record.kind == Phase.BACKWARD and position.phase == Phase.UPDATE
                     and record.index == 0)
    if last_forward:
        text += " " + _text("forward.done")
    elif last_backward:
        text += " " + _text("backward.done")
    return text
