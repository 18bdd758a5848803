"""The layer registry: one entry per layer type (see ``base``); ``REGISTRY`` holds NN Lab's own.

Code that needs to know about layer types asks a registry (default ``REGISTRY``) instead of
listing types itself; tests and extensions can build their own ``Registry`` with more types.
"""

from .base import (
    CATEGORIES,
    INITS,
    MAX_PARAM_BYTES,
    BookCode,
    LayerType,
    Option,
    Registry,
    ShapeProblem,
    fmt_shape,
    needs_flat,
)
from .builtin import BUILTIN, INIT_LABELS, init_text

REGISTRY = Registry(BUILTIN)

__all__ = [
    "BUILTIN", "BookCode", "CATEGORIES", "INITS", "INIT_LABELS", "MAX_PARAM_BYTES", "REGISTRY",
    "LayerType", "Option", "Registry", "ShapeProblem", "fmt_shape", "init_text", "needs_flat",
]
