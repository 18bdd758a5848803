"""Pieces both exported files share: the docstring, where the weights are, NN Lab's initial weights."""

from __future__ import annotations

import json
import textwrap

from .plan import ExportPlan, LayerInfo, init_text

#: How NN Lab starts each parameter and buffer other than W (which is drawn at random).
CONSTANT_INIT = {"b": "np.zeros", "beta": "np.zeros", "gamma": "np.ones",
                 "running_mean": "np.zeros", "running_var": "np.ones"}


def shape_text(shape: tuple[int, ...]) -> str:
    """(784,) → "(N, 784)": a batch of that shape."""
    return "(" + ", ".join(["N", *(str(n) for n in shape)]) + ")"


def tuple_text(shape: tuple[int, ...]) -> str:
    return str(shape[0]) if len(shape) == 1 else "(" + ", ".join(str(n) for n in shape) + ")"


def layer_words(layer: LayerInfo) -> str:
    """A few words for one layer: "Affine 100", "Dropout 0.5", "Convolution 30@5×5"."""
    o = layer.options
    words = {
        "Affine": lambda: f"Affine {o['units']}",
        "LeakyReLU": lambda: f"LeakyReLU α={o['alpha']}",
        "Dropout": lambda: f"Dropout {o['ratio']}",
        "Convolution": lambda: f"Convolution {o['filters']}@{o['size']}×{o['size']}",
        "Pooling": lambda: f"Pooling {o['size']}×{o['size']}",
    }.get(layer.type)
    return words() if words else layer.type


def structure(plan: ExportPlan) -> str:
    """"(N, 784) → Affine 100 → ReLU → Affine 10 → SoftmaxWithLoss"."""
    return " → ".join([shape_text(plan.input_shape),
                       *(layer_words(layer) for layer in (*plan.layers, plan.head))])


def weights_sentence(plan: ExportPlan) -> str:
    if plan.npz_path is None:
        return ("This design has no trained weights: the network starts from NN Lab's initial "
                "weights (init_params).")
    where = "next to this file" if plan.beside else "NN Lab's model file"
    return f"Weights: {plan.npz_path} ({where})."


def header(plan: ExportPlan, what: str, usage: list[str], notes: str) -> str:
    """The module docstring: what the file is, the network, where its weights are, how to use it."""
    lines = [f'"""{plan.name}: exported from NN Lab as {what}.', "",
             f"Network: {structure(plan)}."]
    if plan.about:
        lines.append(f"From: {plan.about}.")
    lines += [weights_sentence(plan), "", *(f"    {u}" for u in usage), "", notes, '"""']
    return "\n".join(wrap_docstring(line) for line in lines)


def wrap_docstring(line: str, width: int = 99) -> str:
    """Break a long prose line of the docstring at spaces (code lines start with spaces: kept)."""
    if len(line) <= width or line.startswith(" "):
        return line
    out, current = [], ""
    for word in line.split(" "):
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(current)
    return "\n".join(out)


def imports(plan: ExportPlan, modules: list[str]) -> str:
    """The import block: pathlib's Path only when NPZ_PATH is a path."""
    stdlib = ["from pathlib import Path"] if plan.npz_path is not None else []
    return "\n\n".join(block for block in ("\n".join(stdlib), "\n".join(modules)) if block)


def fill(text: str) -> str:
    """A docstring paragraph, indented and wrapped; "a = b" is never broken across lines."""
    text = text.replace(" = ", "\u00a0=\u00a0")
    return textwrap.fill(text, 95, initial_indent="    ", subsequent_indent="    ").replace("\u00a0", " ")


def npz_assignment(plan: ExportPlan) -> str:
    """The NPZ_PATH line: None, next to the file, or an absolute path."""
    if plan.npz_path is None:
        return "NPZ_PATH = None  # no trained weights: load_* starts from NN Lab's initial weights"
    name = json.dumps(plan.npz_path, ensure_ascii=False)
    if plan.beside:
        return f"NPZ_PATH = Path(__file__).with_name({name})"
    return f"NPZ_PATH = Path({name})"


def init_params_code(plan: ExportPlan) -> str:
    """``init_params(rng)``: NN Lab's initial weights, drawn in NN Lab's order from the same RNG,
    so that ``init_params(np.random.default_rng(seed))`` equals ``Network(spec, seed)``'s weights.
    """
    rows = []
    for layer in plan.layers:
        for name, shape in {**layer.params, **layer.buffers}.items():
            key = json.dumps(layer.key(name))
            if name == "W":
                std, why = init_text(layer.options.get("init", "he"), layer.fan_in)
                rows.append(f"        {key}: {std} * rng.standard_normal({tuple_text(shape)}),"
                            f"  # {why}")
            else:
                rows.append(f"        {key}: {CONSTANT_INIT[name]}({tuple_text(shape)}),")
    body = "\n".join(rows)
    batch_norm = "; BatchNorm's γ = 1, β = 0" if "BatchNorm" in plan.types() else ""
    doc = fill(f"W ~ N(0, σ²) with σ from the layer's init (n: inputs per unit); biases 0{batch_norm}. "
               "init_params(np.random.default_rng(seed)) equals the weights of NN Lab's "
               "Network(spec,\u00a0seed).")
    return (
        "def init_params(rng):\n"
        '    """NN Lab\'s initial weights for this design, drawn in NN Lab\'s order.\n'
        f"\n{doc}\n"
        '    """\n'
        + ("    return {\n" + body + "\n    }\n" if rows else "    return {}\n")
    )
