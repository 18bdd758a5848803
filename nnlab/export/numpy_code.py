"""``nnlab export --to numpy``: one standalone file in the book's style, numpy only.

The layer classes (Affine, Relu, SoftmaxWithLoss, … with forward/backward) are copied from
``templates/numpy_layers.py``; the network class, ``init_params``, ``load_network`` and the
training loop are written for the design. ``NUMPY_LAYERS`` says, per layer type, which classes a
layer needs, how it is constructed and where its gradients are: a new layer type is one entry.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from .common import header, imports, init_params_code, npz_assignment, shape_text
from .plan import ExportPlan, LayerInfo, check_known
from .snippets import snippets


@dataclass(frozen=True)
class NumpyLayer:
    """How one layer type appears in the exported file.

    ``needs``: the template's functions and classes it uses; ``build(layer)``: its construction in
    the network's ``__init__``; ``grads``: (parameter, attribute holding ∂L/∂parameter);
    ``output``: for a head, the expression predict returns for the head's input x.
    """

    needs: tuple[str, ...]
    build: Callable[[LayerInfo], str] = lambda layer: ""
    grads: tuple[tuple[str, str], ...] = ()
    output: str = ""


def _p(layer: LayerInfo, name: str) -> str:
    return f"params[{json.dumps(layer.key(name))}]"


def _batch_norm(layer: LayerInfo) -> str:
    args = ", ".join(_p(layer, n) for n in ("gamma", "beta", "running_mean", "running_var"))
    return f"BatchNorm({args}, momentum={layer.options['momentum']!r})"


def _convolution(layer: LayerInfo) -> str:
    o = layer.options
    return (f"Convolution({_p(layer, 'W')}, {_p(layer, 'b')}, stride={o['stride']}, "
            f"pad={o['pad']})")


def _pooling(layer: LayerInfo) -> str:
    o = layer.options
    return f"Pooling({o['size']}, {o['size']}, stride={o['stride']}, pad={o['pad']})"


NUMPY_LAYERS: dict[str, NumpyLayer] = {
    "Affine": NumpyLayer(("Affine",), lambda layer: f"Affine({_p(layer, 'W')}, {_p(layer, 'b')})",
                         (("W", "dW"), ("b", "db"))),
    "ReLU": NumpyLayer(("Relu",), lambda layer: "Relu()"),
    "LeakyReLU": NumpyLayer(("LeakyRelu",), lambda layer: f"LeakyRelu(alpha={layer.options['alpha']!r})"),
    "Sigmoid": NumpyLayer(("sigmoid", "Sigmoid"), lambda layer: "Sigmoid()"),
    "Tanh": NumpyLayer(("Tanh",), lambda layer: "Tanh()"),
    "Step": NumpyLayer(("Step",), lambda layer: "Step()"),
    "Dropout": NumpyLayer(("Dropout",), lambda layer: f"Dropout({layer.options['ratio']!r}, rng)"),
    "BatchNorm": NumpyLayer(("BatchNorm",), _batch_norm, (("gamma", "dgamma"), ("beta", "dbeta"))),
    "Flatten": NumpyLayer(("Flatten",), lambda layer: "Flatten()"),
    "Convolution": NumpyLayer(("im2col", "col2im", "Convolution"), _convolution,
                              (("W", "dW"), ("b", "db"))),
    "Pooling": NumpyLayer(("im2col", "col2im", "Pooling"), _pooling),
    "SoftmaxWithLoss": NumpyLayer(("softmax", "SoftmaxWithLoss"), output="softmax(x)"),
    "SigmoidWithLoss": NumpyLayer(("sigmoid", "SigmoidWithLoss"), output="sigmoid(x)"),
    "IdentityWithLoss": NumpyLayer(("IdentityWithLoss",), output="x"),
}

_OPTIMIZER_CLASSES = {"sgd": "SGD", "momentum": "Momentum", "nesterov": "Nesterov",
                      "adagrad": "AdaGrad", "rmsprop": "RMSprop", "adam": "Adam"}


def _network_class(plan: ExportPlan) -> str:
    rows = [(f"            {NUMPY_LAYERS[layer.type].build(layer)},", layer.index)
            for layer in plan.layers]
    width = max(len(code) for code, _ in rows) + 2
    layers = "\n".join(f"{code:<{width}}# layers.{index}" for code, index in rows)
    grads = "\n".join(f"            {json.dumps(layer.key(name))}: self.layers[{i}].{attr},"
                      for i, layer in enumerate(plan.layers)
                      for name, attr in NUMPY_LAYERS[layer.type].grads)
    head = NUMPY_LAYERS[plan.head.type]
    uses_rng = any(layer.type == "Dropout" for layer in plan.layers)
    return f'''class {plan.class_name}:
    """{shape_text(plan.input_shape)} → {shape_text(plan.output_shape)}: NN Lab's layers.0, layers.1, … in order.

    ``params`` holds NN Lab's arrays by NN Lab's names ("layers.0.W", …); the layers use them in
    place, so updating params[key] changes the network.
    """

    def __init__(self, params, rng{"" if uses_rng else "=None"}):
        self.params = params
        self.layers = [
{layers}
        ]
        self.last_layer = {plan.head.type}()  # layers.{plan.head.index}

    def predict(self, x):
        """NN Lab's predict: the output layer's y for a batch x of shape {shape_text(plan.input_shape)}."""
        for layer in self.layers:
            x = layer.forward(x, train=False)
        return {head.output}

    def loss(self, x, t, train=False):
        """The loss L for inputs x and targets t."""
        for layer in self.layers:
            x = layer.forward(x, train)
        return self.last_layer.forward(x, t)

    def gradient(self, x, t):
        """∂L/∂θ by backpropagation in training mode, named as NN Lab names them."""
        self.loss(x, t, train=True)
        dout = self.last_layer.backward(1)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        return {{
{grads}
        }}
'''


def _load_network(plan: ExportPlan) -> str:
    return f'''def load_network(npz_path=NPZ_PATH, dtype=np.float64, seed=0):
    """The network with the weights in npz_path (NN Lab's model file), computing in dtype.

    With npz_path=None it starts from NN Lab's initial weights for seed instead. The random
    generator also draws Dropout's masks, as NN Lab's does.
    """
    rng = np.random.default_rng(seed)
    if npz_path is None:
        params = init_params(rng)
    else:
        with np.load(npz_path) as npz:
            params = {{key: npz[key] for key in npz.files if key.startswith("layers.")}}
    params = {{key: value.astype(dtype) for key, value in params.items()}}
    return {plan.class_name}(params, rng)
'''


def _train(plan: ExportPlan) -> str:
    t = plan.training
    opt = _OPTIMIZER_CLASSES[t.optimizer]
    args = f"lr={t.lr!r}" + (f", momentum={t.momentum!r}" if t.optimizer in ("momentum", "nesterov")
                             else "")
    decay = ""
    if t.weight_decay:
        decay = (f"            # Weight decay as in NN Lab: λW added to the gradient of every W "
                 f"(not biases, γ, β).\n"
                 f"            for key in grads:\n"
                 f'                if key.endswith(".W"):\n'
                 f"                    grads[key] = grads[key] + {t.weight_decay!r} * network.params[key]\n")
    whose = "the learner's" if t.from_model else "NN Lab's default"
    return f'''def train(network, x_train, t_train, epochs={t.epochs}, batch_size={t.batch_size}, seed=0):
    """Mini-batch training as NN Lab does it: shuffled batches, one optimizer update each.

    The optimizer is {opt}({args}): {whose} settings.
    """
    rng = np.random.default_rng(seed)
    optimizer = {opt}({args})
    for epoch in range(epochs):
        order = rng.permutation(len(x_train))
        for start in range(0, len(x_train), batch_size):
            batch = order[start:start + batch_size]
            grads = network.gradient(x_train[batch], t_train[batch])
{decay}            optimizer.update(network.params, grads)
        print(f"epoch {{epoch + 1}}: loss {{network.loss(x_train, t_train):.4f}}")
'''


def _main(plan: ExportPlan) -> str:
    shape = ", ".join(str(n) for n in plan.input_shape)
    return f'''if __name__ == "__main__":
    network = load_network()
    x = np.random.default_rng(1).random((3, {shape}))  # three made-up inputs: use your own data
    print(network.predict(x))
'''


def numpy_code(plan: ExportPlan) -> str:
    """The whole exported file for ``plan``."""
    check_known(plan, NUMPY_LAYERS, "NumPy")
    needs = [n for layer in (*plan.layers, plan.head) for n in NUMPY_LAYERS[layer.type].needs]
    usage = ["network = load_network()        # weights from NPZ_PATH, float64",
             "y = network.predict(x)          # NN Lab's predict(x)",
             "grads = network.gradient(x, t)  # NN Lab's gradient(x, t): {\"layers.0.W\": …, …}",
             "train(network, x_train, t_train)"]
    notes = "Needs numpy only. The layers are the book's (ゼロから作るDeep Learning, common/layers.py)."
    top = "\n\n".join([header(plan, "standalone NumPy code", usage, notes),
                        imports(plan, ["import numpy as np"]), npz_assignment(plan)])
    parts = [
        top,
        snippets("numpy_layers", needs),
        _network_class(plan),
        init_params_code(plan),
        _load_network(plan),
        snippets("numpy_optimizers", [_OPTIMIZER_CLASSES[plan.training.optimizer]]),
        _train(plan),
        _main(plan),
    ]
    return "\n\n\n".join(p.strip("\n") for p in parts) + "\n"
