"""The PyTorch file's training loop: the head as its loss, the learner's optimizer and learning rate.

``TORCH_HEADS`` maps each head to its loss and its prediction; ``TORCH_OPTIMIZERS`` maps NN Lab's
optimizers to ``torch.optim``, with a comment saying whether the update is NN Lab's exactly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .plan import ExportPlan


@dataclass(frozen=True)
class TorchHead:
    """A head: ``loss(plan)`` the loss function's code, ``predict`` what predict() returns,
    ``targets`` what t must be, ``needs(plan)`` the template functions its loss uses.
    """

    loss: Callable[[ExportPlan], str]
    predict: str
    activation: str
    targets: str
    comment: Callable[[ExportPlan], str]
    needs: Callable[[ExportPlan], tuple[str, ...]] = lambda plan: ()

    def describe(self, plan: ExportPlan) -> str:
        return self.loss(plan)


def _outputs(plan: ExportPlan) -> int:
    return plan.output_shape[0]


TORCH_HEADS: dict[str, TorchHead] = {
    "SoftmaxWithLoss": TorchHead(
        loss=lambda plan: "nn.CrossEntropyLoss()",
        predict="torch.softmax(model(x), dim=1)", activation="the softmax",
        targets="class labels (N,) as int64, or one-hot rows (N, K) as floats",
        comment=lambda plan: "SoftmaxWithLoss: softmax + cross-entropy error, from the logits "
                             "(the same loss as NN Lab's)"),
    "SigmoidWithLoss": TorchHead(
        loss=lambda plan: ("nn.BCEWithLogitsLoss()" if _outputs(plan) == 1
                           else "sigmoid_cross_entropy"),
        predict="torch.sigmoid(model(x))", activation="the sigmoid",
        targets="0/1 targets shaped like the output, as floats",
        comment=lambda plan: ("SigmoidWithLoss: sigmoid + cross-entropy error, from the logits "
                              "(the same loss as NN Lab's)" if _outputs(plan) == 1 else
                              "SigmoidWithLoss: summed over the outputs as NN Lab does"),
        needs=lambda plan: () if _outputs(plan) == 1 else ("sigmoid_cross_entropy",)),
    "IdentityWithLoss": TorchHead(
        loss=lambda plan: "sum_squared_error", predict="model(x)", activation="the identity",
        targets="values shaped like the output, as floats",
        comment=lambda plan: "IdentityWithLoss: ½ · sum of squared errors / N, as NN Lab's",
        needs=lambda plan: ("sum_squared_error",)),
}


@dataclass(frozen=True)
class TorchOptimizer:
    """``make(lr, momentum)``: the torch.optim call's arguments after the parameters."""

    cls: str
    args: Callable[[Any], str]
    comment: str


TORCH_OPTIMIZERS: dict[str, TorchOptimizer] = {
    "sgd": TorchOptimizer("SGD", lambda t: f"lr={t.lr!r}",
                          "NN Lab's SGD exactly: W ← W − ε ∂L/∂W"),
    "momentum": TorchOptimizer(
        "SGD", lambda t: f"lr={t.lr!r}, momentum={t.momentum!r}",
        "NN Lab's Momentum exactly: PyTorch keeps b = −v/ε where the book keeps v ← αv − ε ∂L/∂W"),
    "nesterov": TorchOptimizer(
        "SGD", lambda t: f"lr={t.lr!r}, momentum={t.momentum!r}, nesterov=True",
        "Not exactly NN Lab's: with the new v ← αv − ε ∂L/∂W, PyTorch steps W by αv − ε ∂L/∂W,\n"
        "    # the book's Nesterov (NN Lab's) by α²v − (1 + α)ε ∂L/∂W"),
    "adagrad": TorchOptimizer("Adagrad", lambda t: f"lr={t.lr!r}, eps=1e-7",
                              "NN Lab's AdaGrad exactly: h ← h + g², W ← W − ε g / (√h + 1e-7)"),
    "rmsprop": TorchOptimizer(
        "RMSprop", lambda t: f"lr={t.lr!r}, alpha=0.99, eps=1e-7",
        "NN Lab's RMSprop exactly (ρ = 0.99 is PyTorch's alpha, eps = 1e-7)"),
    "adam": TorchOptimizer(
        "Adam", lambda t: f"lr={t.lr!r}, eps=1e-7",
        "NN Lab's Adam but for eps: the book adds 1e-7 to √v, PyTorch to √v/√(1 − β₂ᵗ). The\n"
        "    # steps agree wherever |∂L/∂W| is well above 1e-7/√(1 − β₂ᵗ) (3e-6 at step 1, less later)"),
}


def decayed_weights(plan: ExportPlan, layers: dict) -> list[int]:
    """Indices in model.layers of the modules whose ``weight`` NN Lab decays (its Ws)."""
    return [i for i, layer in enumerate(plan.layers) if layers[layer.type].decayed]


def _parameters(plan: ExportPlan, decayed: list[int]) -> str:
    t = plan.training
    if not t.weight_decay:
        return "    params = model.parameters()\n"
    weights = ", ".join(f"model.layers[{i}].weight" for i in decayed)
    return (
        "    # NN Lab's weight decay adds λW to the gradient of every W, not to biases, γ or β\n"
        f"    decayed = [{weights}]\n"
        "    others = [p for p in model.parameters() if all(p is not w for w in decayed)]\n"
        f'    params = [{{"params": decayed, "weight_decay": {t.weight_decay!r}}}, '
        '{"params": others}]\n'
    )


def train_code(plan: ExportPlan, decayed: list[int]) -> str:
    t = plan.training
    opt = TORCH_OPTIMIZERS[t.optimizer]
    head = TORCH_HEADS[plan.head.type]
    whose = ("the optimizer and learning rate the model was trained with" if t.from_model
             else "NN Lab's default optimizer and learning rate")
    modes = {"Dropout", "BatchNorm"} & plan.types()
    augment = ("\n    NN Lab also augmented the training images (random shifts, rotations and "
               "scaling);\n    this loop does not." if t.augment else "")
    return f'''def train(model, x_train, t_train, epochs={t.epochs}, batch_size={t.batch_size}):
    """Mini-batch training as NN Lab does it: shuffled batches, one optimizer step each, with
    {whose}.

    x_train: a float tensor {shape(plan)};
    t_train: {head.targets.replace("K", str(plan.output_shape[0]))}.{augment}
    """
{_parameters(plan, decayed)}    # {opt.comment}
    optimizer = torch.optim.{opt.cls}(params, {opt.args(t)})
    # {head.comment(plan)}
    loss_fn = {head.loss(plan)}
    model.train(){"  # Dropout drops units, BatchNorm uses the batch's statistics" if modes else ""}
    for epoch in range(epochs):
        order = torch.randperm(len(x_train))
        for start in range(0, len(x_train), batch_size):
            batch = order[start:start + batch_size]
            loss = loss_fn(model(x_train[batch]), t_train[batch])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        print(f"epoch {{epoch + 1}}: loss {{loss.item():.4f}} (last batch)")
    return model.eval()
'''


def shape(plan: ExportPlan) -> str:
    return "(N, " + ", ".join(str(n) for n in plan.input_shape) + ")"
