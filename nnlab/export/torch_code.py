"""``nnlab export --to pytorch``: one readable file with an ``nn.Module`` mirroring the design.

``self.layers[i]`` of the module is NN Lab's ``layers.<i>``; the head becomes the loss in the
training loop and the activation in ``predict``. ``TORCH_LAYERS`` says, per layer type, which
module stands for it, what NN Lab does differently (a comment and, where needed, a class from
``templates/torch_layers.py`` that makes it exact) and how its weights are copied in: a new layer
type is one entry. The training loop is written by ``torch_train``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from .common import fill, header, imports, init_params_code, npz_assignment, shape_text
from .plan import ExportPlan, LayerInfo, check_known
from .snippets import snippets
from .torch_train import TORCH_HEADS, decayed_weights, train_code


@dataclass(frozen=True)
class TorchLayer:
    """How one layer type appears in the exported file.

    ``module(layer)``: the module's constructor; ``comment(layer)``: what a reader should know;
    ``weights``: (module attribute, NN Lab name, whether NN Lab's array is transposed);
    ``needs``: the template's classes it uses; ``decayed``: its ``weight`` gets weight decay.
    """

    module: Callable[[LayerInfo], str]
    comment: Callable[[LayerInfo], str] = lambda layer: ""
    weights: tuple[tuple[str, str, bool], ...] = ()
    needs: Callable[[LayerInfo], tuple[str, ...]] = lambda layer: ()
    decayed: bool = False


def _linear(layer: LayerInfo) -> str:
    return f"nn.Linear({layer.in_shape[0]}, {layer.options['units']})"


def _batch_norm(layer: LayerInfo) -> str:
    return (f"BookBatchNorm1d({layer.in_shape[0]}, eps=10e-7, "
            f"momentum=1 - {layer.options['momentum']!r})")


def _conv(layer: LayerInfo) -> str:
    o = layer.options
    return (f"nn.Conv2d({layer.in_shape[0]}, {o['filters']}, kernel_size={o['size']}, "
            f"stride={o['stride']}, padding={o['pad']})")


def _pool(layer: LayerInfo) -> str:
    o = layer.options
    if o["pad"] > o["size"] // 2:
        return f"WidePadMaxPool2d({o['size']}, stride={o['stride']}, pad={o['pad']})"
    padding = f", padding={o['pad']}" if o["pad"] else ""
    return f"nn.MaxPool2d(kernel_size={o['size']}, stride={o['stride']}{padding})"


_BIAS = ("bias", "b", False)

TORCH_LAYERS: dict[str, TorchLayer] = {
    "Affine": TorchLayer(_linear, lambda layer: "weight = NN Lab's Wᵀ",
                         (("weight", "W", True), _BIAS), decayed=True),
    "ReLU": TorchLayer(lambda layer: "nn.ReLU()"),
    "LeakyReLU": TorchLayer(
        lambda layer: f"nn.LeakyReLU(negative_slope={layer.options['alpha']!r})",
        lambda layer: "negative_slope = NN Lab's α"),
    "Sigmoid": TorchLayer(lambda layer: "nn.Sigmoid()"),
    "Tanh": TorchLayer(lambda layer: "nn.Tanh()"),
    "Step": TorchLayer(lambda layer: "Step()", lambda layer: "see the class",
                       needs=lambda layer: ("Step",)),
    "Dropout": TorchLayer(lambda layer: f"BookDropout(p={layer.options['ratio']!r})",
                          lambda layer: "the book's: see the class",
                          needs=lambda layer: ("BookDropout",)),
    "BatchNorm": TorchLayer(_batch_norm,
                            lambda layer: "see the class",
                            (("weight", "gamma", False), ("bias", "beta", False),
                             ("running_mean", "running_mean", False),
                             ("running_var", "running_var", False)),
                            needs=lambda layer: ("BookBatchNorm1d",)),
    "Flatten": TorchLayer(lambda layer: "nn.Flatten()"),
    "Convolution": TorchLayer(_conv, lambda layer: "weight = NN Lab's W",
                              (("weight", "W", False), _BIAS), decayed=True),
    "Pooling": TorchLayer(_pool, lambda layer: "max",
                          needs=lambda layer: ("WidePadMaxPool2d",)
                          if layer.options["pad"] > layer.options["size"] // 2 else ()),
}


def _needs(plan: ExportPlan) -> list[str]:
    return [*(n for layer in plan.layers for n in TORCH_LAYERS[layer.type].needs(layer)),
            *TORCH_HEADS[plan.head.type].needs(plan)]


def _module_class(plan: ExportPlan) -> str:
    rows = []
    for layer in plan.layers:
        entry = TORCH_LAYERS[layer.type]
        note = entry.comment(layer)
        rows.append((f"            {entry.module(layer)},",
                     f"# layers.{layer.index} {layer.type}" + (f" ({note})" if note else "")))
    width = max(len(code) for code, _ in rows) + 2
    lines = "\n".join(f"{code:<{width}}{comment}" for code, comment in rows)
    head = TORCH_HEADS[plan.head.type]
    return f'''class {plan.class_name}(nn.Module):
    """{shape_text(plan.input_shape)} → logits {shape_text(plan.output_shape)}: NN Lab's layers one to one.

    self.layers[i] is NN Lab's layers.<i>. The last one, layers.{plan.head.index} {plan.head.type}, is not
    a module: it is {head.describe(plan)} in train() and {head.activation} in predict().
    """

    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(
{lines}
        )

    def forward(self, x):
        return self.layers(x)
'''


def _load_weights(plan: ExportPlan) -> str:
    rows = []
    for i, layer in enumerate(plan.layers):
        for attr, name, transposed in TORCH_LAYERS[layer.type].weights:
            array = f"params[{json.dumps(layer.key(name))}]" + (".T" if transposed else "")
            rows.append(f"        layers[{i}].{attr}.copy_(torch.from_numpy({array}))")
    body = "\n".join(rows) if rows else "        pass  # this network has no weights"
    notes = ["NN Lab's Affine computes xW + b with W of shape (inputs, units); nn.Linear computes "
             "x·weightᵀ + bias with weight (units, inputs), so weight = Wᵀ."]
    if "Convolution" in plan.types():
        notes.append("A Convolution's W (FN, C, FH, FW) is nn.Conv2d's weight as it is.")
    if "BatchNorm" in plan.types():
        notes.append("BatchNorm's γ and β are its weight and bias.")
    doc = fill(" ".join(notes))
    return f'''def load_weights(model, params):
    """Copy NN Lab's arrays (named "layers.<i>.<name>") into the module, converting the dtype.

{doc}
    """
    layers = model.layers
    with torch.no_grad():
{body}
'''


def _load_model(plan: ExportPlan) -> str:
    return f'''def load_model(npz_path=NPZ_PATH, dtype=torch.float32, seed=0):
    """The network in eval mode with the weights in npz_path (NN Lab's model file).

    Its output for a batch {shape_text(plan.input_shape)} is the logits, the input of NN Lab's output layer.
    With npz_path=None it starts from NN Lab's initial weights for seed instead.
    """
    if npz_path is None:
        params = init_params(np.random.default_rng(seed))
    else:
        with np.load(npz_path) as npz:
            params = {{key: npz[key] for key in npz.files if key.startswith("layers.")}}
    model = {plan.class_name}().to(dtype)
    load_weights(model, params)
    return model.eval()
'''


def _predict(plan: ExportPlan) -> str:
    head = TORCH_HEADS[plan.head.type]
    return f'''def predict(model, x):
    """NN Lab's predict(x): {head.activation} of the logits ({plan.head.type}'s output y)."""
    with torch.no_grad():
        return {head.predict}
'''


def _main(plan: ExportPlan) -> str:
    shape = ", ".join(str(n) for n in plan.input_shape)
    return f'''if __name__ == "__main__":
    model = load_model()
    x = torch.rand(3, {shape})  # three made-up inputs: use your own data
    print(predict(model, x))
'''


def torch_code(plan: ExportPlan) -> str:
    """The whole exported file for ``plan``."""
    check_known(plan, {**TORCH_LAYERS, **TORCH_HEADS}, "PyTorch")
    usage = ["model = load_model()             # weights from NPZ_PATH, eval mode",
             "logits = model(x)                # the input of NN Lab's output layer",
             "y = predict(model, x)            # NN Lab's predict(x)",
             "train(model, x_train, t_train)   # "
             f"{'the learner' if plan.training.from_model else 'NN Lab'}'s optimizer and learning rate"]
    notes = ("Needs torch and numpy only. Where NN Lab's conventions differ from PyTorch's, the code "
             "below is exactly NN Lab's and says so.")
    top = "\n\n".join([header(plan, "PyTorch code", usage, notes),
                       imports(plan, ["import numpy as np", "import torch", "from torch import nn"]),
                       npz_assignment(plan)])
    parts = [top, snippets("torch_layers", _needs(plan)), _module_class(plan),
             init_params_code(plan), _load_weights(plan), _load_model(plan), _predict(plan),
             train_code(plan, decayed_weights(plan, TORCH_LAYERS)), _main(plan)]
    return "\n\n\n".join(p.strip("\n") for p in parts if p) + "\n"
