"""A layer type NN Lab does not have, for tests that the registry is the only place to add one."""

from __future__ import annotations

import numpy as np

from nnlab.layers import Layer
from nnlab.registry import REGISTRY, LayerType, Option, Registry


class Softplus(Layer):
    """z = log(1 + exp(βu)) / β;  ∂L/∂u = δ ⊙ σ(βu)."""

    def __init__(self, beta: float):
        super().__init__()
        self.beta = beta
        self.x = None

    def forward(self, x, train=False):
        self.x = x
        return np.logaddexp(0, self.beta * x) / self.beta

    def backward(self, dout, need_dx=True):
        return dout / (1 + np.exp(-self.beta * self.x))


SOFTPLUS = LayerType(
    "Softplus", "activation", ("Activation: z = log(1 + e^βu) / β", "活性化関数：z = log(1 + e^βu) / β"),
    build=lambda o, s, rng, dtype: Softplus(o["beta"]),
    options=(Option("beta", "float", 1.0, ("Sharpness β", "鋭さ β"), ("How sharp the bend is", "曲がりの鋭さ"),
                    low=0.1, high=20, step=0.1, decimals=2),),
    formula=("Softplus", "Softplus"),
    summary=lambda o: (f"β = {o['beta']}",) * 2,
)


def softplus_registry() -> Registry:
    registry = REGISTRY.copy()
    registry.register(SOFTPLUS)
    return registry
