"""How layer types look everywhere in the UI: their group, colour and shape text.

The palette groups layers by ``category``; the stack, the diagram and the step-through view use
the same colours (ui.theme.CATEGORY_COLOURS) so a learner recognises a ReLU or an output layer at
a glance.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from nnlab.registry import REGISTRY, Registry

from ..theme import CATEGORY_COLOURS

#: The palette's groups; the registry's categories map onto them (shape layers sit with Layers).
CATEGORIES = ("layers", "activations", "regularisation", "output")
_GROUP = {"parameterised": "layers", "shape": "layers", "activation": "activations",
          "regularisation": "regularisation", "head": "output"}


def category(layer_type: object, registry: Registry = REGISTRY) -> str:
    """The palette group of a layer type: "layers", "activations", "regularisation", "output"
    (heads) or "unknown"."""
    return _GROUP.get(registry.category(layer_type), "unknown")


def colour(layer_type: object, registry: Registry = REGISTRY) -> QColor:
    """The colour of a layer type's group."""
    return QColor(CATEGORY_COLOURS[category(layer_type, registry)])


def category_title(cat: str) -> str:
    titles = {
        "layers": QCoreApplication.translate("LayerStyle", "Layers"),
        "activations": QCoreApplication.translate("LayerStyle", "Activations"),
        "regularisation": QCoreApplication.translate("LayerStyle", "Regularisation"),
        "output": QCoreApplication.translate("LayerStyle", "Output"),
        "unknown": QCoreApplication.translate("LayerStyle", "Unknown"),
    }
    return titles[cat]


def format_shape(shape: object) -> str:
    """(100,) -> "100", (1, 28, 28) -> "1×28×28", None -> "?"."""
    if not isinstance(shape, (tuple, list)) or not shape:
        return "?"
    return "×".join(str(n) for n in shape)


def input_shape(spec) -> tuple[int, ...] | None:
    """The spec's input shape when it is a valid one (positive whole numbers), else None."""
    raw = spec.input_shape
    if isinstance(raw, (tuple, list)) and raw and all(
            isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in raw):
        return tuple(raw)
    return None


def format_count(n: int) -> str:
    """Parameter counts with thousands separators, the same in both languages: 78,500."""
    return f"{n:,}"
