"""A variant's network and training settings: the base with the variant's changes applied.

Config changes are TrainConfig fields (``optimizer``, ``lr``, ``weight_decay``, ``batch_size``,
``epochs``, ``seed``, ``optimizer_options`` …). Network changes, as the book makes them:

- ``init``: every Affine's initial weights — "std" (σ = 0.01), "xavier", "he" or a number σ;
  ``weight_scale`` σ is the same as a number (figure 6-19's 16 scales);
- ``batchnorm``: True puts a BatchNorm between every hidden Affine and its activation
  (Affine → BatchNorm → ReLU, the book's MultiLayerNetExtend); False removes them;
- ``dropout``: r > 0 puts Dropout(r) after every hidden activation (or sets the ratio of those
  already there); 0 or None removes them;
- ``activation``: every activation layer becomes this type ("ReLU", "Sigmoid", "Tanh" …);
- ``spec``: a whole other spec (dict).
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

from ..errors import NNLabError
from ..registry import REGISTRY
from ..spec import NetworkSpec
from ..trainer import TrainConfig
from .model import Comparison, Variant

NETWORK_KEYS = ("init", "weight_scale", "batchnorm", "dropout", "activation", "spec")
CONFIG_KEYS = tuple(f.name for f in dataclasses.fields(TrainConfig))


class CompareError(NNLabError):
    """A comparison that cannot be set up or read (both languages)."""


def variant_setup(comparison: Comparison, variant: Variant) -> tuple[NetworkSpec, TrainConfig]:
    """The spec and TrainConfig of one variant (CompareError names an unknown change)."""
    unknown = [k for k in variant.changes if k not in NETWORK_KEYS + CONFIG_KEYS]
    if unknown:
        raise CompareError(f"variant {variant.label[0]!r}: unknown setting {unknown[0]!r}",
                           f"比較「{variant.label[1]}」：{unknown[0]!r} という設定はありません")
    changes = variant.changes
    layers = [dict(d) for d in (changes.get("spec") or comparison.spec)["layers"]]
    base = dict(changes.get("spec") or comparison.spec)
    if "init" in changes or "weight_scale" in changes:
        init = changes.get("weight_scale", changes.get("init"))
        layers = [{**d, "init": init} if _has_init(d) else d for d in layers]
    if "activation" in changes:
        layers = [{**d, "type": changes["activation"]} if _category(d) == "activation" else d
                  for d in layers]
    if "batchnorm" in changes:
        layers = with_batchnorm(layers, bool(changes["batchnorm"]))
    if "dropout" in changes:
        layers = with_dropout(layers, changes["dropout"] or 0.0)
    spec = NetworkSpec.from_dict({**base, "layers": layers})
    config_changes = {k: v for k, v in changes.items() if k in CONFIG_KEYS}
    return spec, dataclasses.replace(comparison.config, **config_changes)


def _category(layer: dict) -> str | None:
    return REGISTRY.category(layer.get("type"))


def _has_init(layer: dict) -> bool:
    """Affine and Convolution: every layer type with initial weights to choose."""
    entry = REGISTRY.get(layer.get("type"))
    return entry is not None and any(o.name == "init" for o in entry.options)


def with_batchnorm(layers: list[dict], on: bool) -> list[dict]:
    """Affine → BatchNorm → activation for every hidden Affine (on), or no BatchNorm (off)."""
    plain = [d for d in layers if d.get("type") != "BatchNorm"]
    if not on:
        return plain
    out: list[dict] = []
    for i, d in enumerate(plain):
        out.append(d)
        following = plain[i + 1] if i + 1 < len(plain) else {}
        if d.get("type") == "Affine" and _category(following) == "activation":
            out.append({"type": "BatchNorm"})
    return out


def with_dropout(layers: list[dict], ratio: float) -> list[dict]:
    """Dropout(ratio) after every hidden activation (ratio > 0), or no Dropout (ratio 0)."""
    if not (isinstance(ratio, (int, float)) and math.isfinite(ratio) and 0 <= ratio < 1):
        raise CompareError(f"a dropout ratio must be in [0, 1), not {ratio!r}",
                           f"ドロップアウト率は 0 以上 1 未満でなければなりません（{ratio!r}）")
    plain = [d for d in layers if d.get("type") != "Dropout"]
    if ratio == 0:
        return plain
    out: list[dict] = []
    for d in plain:
        out.append(d)
        if _category(d) == "activation":
            out.append({"type": "Dropout", "ratio": float(ratio)})
    return out


def describe_changes(changes: dict[str, Any]) -> str:
    """A short, language-neutral line of a variant's changes, e.g. "adam · lr 0.001"."""
    parts = []
    for k, v in changes.items():
        if k == "spec":
            parts.append(str(v.get("name", "spec")) if isinstance(v, dict) else "spec")
        elif isinstance(v, bool):
            parts.append(f"{k} {'on' if v else 'off'}")
        elif isinstance(v, float):
            parts.append(f"{k} {v:g}")
        else:
            parts.append(f"{k} {v}")
    return " · ".join(parts)
