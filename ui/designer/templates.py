"""The bundled designs a learner can start from (resources/specs/*.nnlab.json)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nnlab.paths import resource
from nnlab.spec import NetworkSpec

# (key, file name): the order of the "New from template" menu.
TEMPLATES: tuple[tuple[str, str], ...] = (
    ("section1_single_layer", "section1_single_layer.nnlab.json"),
    ("three_layer", "three_layer.nnlab.json"),
    ("xor", "xor.nnlab.json"),
    ("mnist_mlp", "mnist_mlp.nnlab.json"),
    ("mnist_deep", "mnist_deep.nnlab.json"),
    ("simple_convnet", "simple_convnet.nnlab.json"),
)


def template_title(key: str) -> str:
    """The menu text of a template, in the current language."""
    titles = {
        "section1_single_layer": QCoreApplication.translate(
            "Templates", "Section 1: input → hidden layer (4-3)"),
        "three_layer": QCoreApplication.translate("Templates", "Three-layer network (2-3-2-2)"),
        "xor": QCoreApplication.translate("Templates", "XOR (2-2-1, sigmoid)"),
        "mnist_mlp": QCoreApplication.translate("Templates", "MNIST MLP (784-100-10)"),
        "mnist_deep": QCoreApplication.translate("Templates", "Deeper MNIST MLP (784-256-128-10)"),
        "simple_convnet": QCoreApplication.translate("Templates", "SimpleConvNet (ch. 7)"),
    }
    return titles.get(key, key)


def template_name(key: str) -> str | None:
    """The design's name in the current language (the files carry the English one)."""
    names = {
        "section1_single_layer": QCoreApplication.translate("Templates", "Section 1: input to hidden"),
        "three_layer": QCoreApplication.translate("Templates", "Three-layer network"),
        "xor": QCoreApplication.translate("Templates", "XOR 2-2-1"),
        "mnist_mlp": QCoreApplication.translate("Templates", "MNIST MLP"),
        "mnist_deep": QCoreApplication.translate("Templates", "Deeper MNIST MLP"),
    }
    return names.get(key)


def load_template(key: str) -> NetworkSpec:
    """The template's spec, named in the current language (raises KeyError for an unknown key,
    SpecError for a broken file)."""
    files = dict(TEMPLATES)
    spec = NetworkSpec.from_json(resource("specs", files[key]))
    spec.name = template_name(key) or spec.name
    return spec
