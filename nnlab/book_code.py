"""The book-style NumPy lines of an optimizer's update (common/optimizer.py), by class name.

A layer's lines live in its registry entry (``LayerType.code``); an update step is not a layer,
so its lines are here. They use the book's names: params, grads, lr, and each optimizer's state.
"""

from __future__ import annotations

OPTIMIZER_CODE: dict[str, tuple[str, ...]] = {
    "SGD": ("params[key] -= lr * grads[key]",),
    "Momentum": ("v[key] = momentum * v[key] - lr * grads[key]",
                 "params[key] += v[key]"),
    "Nesterov": ("v[key] *= momentum",
                 "v[key] -= lr * grads[key]",
                 "params[key] += momentum * momentum * v[key]",
                 "params[key] -= (1 + momentum) * lr * grads[key]"),
    "AdaGrad": ("h[key] += grads[key] * grads[key]",
                "params[key] -= lr * grads[key] / (np.sqrt(h[key]) + 1e-7)"),
    "RMSprop": ("h[key] *= decay_rate",
                "h[key] += (1 - decay_rate) * grads[key] * grads[key]",
                "params[key] -= lr * grads[key] / (np.sqrt(h[key]) + 1e-7)"),
    "Adam": ("iter += 1",
             "lr_t = lr * np.sqrt(1.0 - beta2 ** iter) / (1.0 - beta1 ** iter)",
             "m[key] += (1 - beta1) * (grads[key] - m[key])",
             "v[key] += (1 - beta2) * (grads[key] ** 2 - v[key])",
             "params[key] -= lr_t * m[key] / (np.sqrt(v[key]) + 1e-7)"),
}


def optimizer_code(name: str) -> tuple[str, ...]:
    """The update lines of optimizer class ``name`` ("SGD", "Adam", …); () for an unknown one."""
    return OPTIMIZER_CODE.get(name, ())
