"""A finished comparison as a JSON file (``*.nnlab-compare.json``), to show it again later.

    {"format": "nnlab.comparison/1", "title": [en, ja], "setting": "optimizer",
     "spec": {...network spec...}, "config": {...TrainConfig fields...},
     "train_limit": 1000, "test_limit": null, "iterations": 2000, "created": "2026-…",
     "variants": [{"label": [en, ja], "changes": {...}, "result": {"status": "finished",
                   "message": ["", ""], "steps": [...], "losses": [...], "epochs": [...],
                   "train_loss": [...], "train_acc": [...], "test_loss": [...], "test_acc": [...],
                   "final_train_acc": 0.98, "final_test_acc": 0.91, "seconds": 3.2}}, ...]}

Written through nnlab.safe_write; NaN and ∞ are written as null. Reading checks every field and
raises CompareError (both languages) for anything that is not such a file — never a KeyError or
a TypeError from deep inside.
"""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path
from typing import Any

from ..errors import not_a_file
from ..safe_write import write_text
from ..spec import NetworkSpec, SpecError
from ..trainer import TrainConfig
from .model import STATUSES, Comparison, ComparisonResult, Variant, VariantResult
from .setup import CompareError

FORMAT = "nnlab.comparison/1"
MAX_BYTES = 64 << 20
#: Lesson 14's grid has 32 variants; a file with thousands would freeze the window while drawn.
MAX_VARIANTS = 64
#: Points per series: the runner thins a run's curve to a few thousand.
MAX_POINTS = 100_000
_SERIES = ("steps", "losses", "epochs", "train_loss", "train_acc", "test_loss", "test_acc")


def _clean(v: Any) -> Any:
    """JSON-safe: NaN/∞ → None, tuples → lists, numpy scalars → Python numbers."""
    if isinstance(v, dict):
        return {str(k): _clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_clean(x) for x in v]
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        v = v.item()
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v


def to_dict(result: ComparisonResult) -> dict[str, Any]:
    """The JSON object of a comparison and its results."""
    c = result.comparison
    variants = []
    for v, r in zip(c.variants, result.results):
        run = {"status": r.status, "message": list(r.message),
               **{k: getattr(r, k) for k in _SERIES},
               "final_train_acc": r.final_train_acc, "final_test_acc": r.final_test_acc,
               "seconds": r.seconds}
        variants.append({"label": list(v.label), "changes": v.changes, "result": run})
    return _clean({
        "format": FORMAT, "title": list(c.title), "setting": c.setting, "spec": c.spec,
        "config": dataclasses.asdict(c.config), "train_limit": c.train_limit,
        "test_limit": c.test_limit, "iterations": c.iterations, "validation": c.validation,
        "created": result.created,
        "variants": variants})


def save_comparison(result: ComparisonResult, path: str | Path) -> Path:
    """Write the comparison to ``path`` atomically (SaveError when it cannot be written)."""
    text = json.dumps(to_dict(result), ensure_ascii=False, allow_nan=False)
    return write_text(path, text + "\n")


def _bad(what: str, ja: str) -> CompareError:
    return CompareError(f"not a saved comparison: {what}", f"保存された比較ではありません：{ja}")


def _text(v: Any, what: str) -> tuple[str, str]:
    if not (isinstance(v, list) and len(v) == 2 and all(isinstance(s, str) for s in v)):
        raise _bad(f"{what} must be [English, Japanese]", f"{what} は [英語, 日本語] の形が必要です")
    return v[0], v[1]


def _limit(d: dict, key: str, low: int = 1) -> int | None:
    v = d.get(key)
    if v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= low):
        return v
    raise _bad(f"{key} must be a whole number ≥ {low} or null",
               f"{key} は {low} 以上の整数か null でなければなりません")


def _config(d: Any) -> TrainConfig:
    if not isinstance(d, dict):
        raise _bad("config must be an object", "config はオブジェクトでなければなりません")
    known = {f.name for f in dataclasses.fields(TrainConfig)}
    try:
        return TrainConfig(**{k: v for k, v in d.items() if k in known})
    except TypeError as e:
        raise _bad(f"config: {e}", f"config：{e}") from None


def _series(d: dict, key: str) -> list:
    v = d.get(key, [])
    if not isinstance(v, list) or len(v) > MAX_POINTS or not all(
            x is None or (isinstance(x, (int, float)) and not isinstance(x, bool)
                          and math.isfinite(x)) for x in v):
        raise _bad(f"{key} must be a list of at most {MAX_POINTS:,} finite numbers",
                   f"{key} は有限の数値 {MAX_POINTS:,} 個までのリストでなければなりません")
    return [math.nan if x is None and key == "losses" else x for x in v]


def _number(d: dict, key: str) -> float | None:
    v = d.get(key)
    if v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)):
        return v
    raise _bad(f"{key} must be a number or null", f"{key} は数値か null でなければなりません")


def _variant(d: Any, i: int) -> tuple[Variant, VariantResult]:
    if not isinstance(d, dict) or not isinstance(d.get("changes", {}), dict):
        raise _bad(f"variant {i + 1} must be an object with changes",
                   f"比較 {i + 1} は changes を持つオブジェクトでなければなりません")
    label = _text(d.get("label"), f"variant {i + 1} label")
    run = d.get("result", {})
    if not isinstance(run, dict) or run.get("status", "pending") not in STATUSES:
        raise _bad(f"variant {i + 1} has no valid result", f"比較 {i + 1} の結果が正しくありません")
    result = VariantResult(label, run.get("status", "pending"),
                           _text(run.get("message", ["", ""]), "message"),
                           **{k: _series(run, k) for k in _SERIES},
                           final_train_acc=_number(run, "final_train_acc"),
                           final_test_acc=_number(run, "final_test_acc"),
                           seconds=_number(run, "seconds") or 0.0)
    if len(result.steps) != len(result.losses):
        raise _bad("steps and losses differ in length", "steps と losses の長さが違います")
    per_epoch = [k for k in _SERIES[3:] if getattr(result, k) and
                 len(getattr(result, k)) != len(result.epochs)]
    if per_epoch:  # the accuracy chart draws each against epochs
        raise _bad(f"variant {i + 1}: {per_epoch[0]} and epochs differ in length",
                   f"比較 {i + 1}：{per_epoch[0]} と epochs の長さが違います")
    return Variant(label, dict(d.get("changes", {}))), result


def from_dict(d: Any) -> ComparisonResult:
    """A comparison and its results from the JSON object (CompareError when it is not one)."""
    if not isinstance(d, dict) or d.get("format") != FORMAT:
        raise _bad(f'"format" is not "{FORMAT}"', f'"format" が "{FORMAT}" ではありません')
    raw = d.get("variants")
    if not isinstance(raw, list) or not raw:
        raise _bad("no variants", "比較する条件がありません")
    if len(raw) > MAX_VARIANTS:
        raise _bad(f"{len(raw):,} variants (at most {MAX_VARIANTS})",
                   f"比較する条件が {len(raw):,} 個あります（{MAX_VARIANTS} 個まで）")
    pairs = [_variant(v, i) for i, v in enumerate(raw)]
    if not isinstance(d.get("spec"), dict):
        raise _bad("spec must be an object", "spec はオブジェクトでなければなりません")
    try:
        problems = NetworkSpec.from_dict(d["spec"]).validate()
    except SpecError as e:
        problems = e.problems
    if problems:  # the base design is what "send to the Train tab" would build
        raise _bad(f"spec: {problems[0]}", f"spec：{problems[0].message('ja')}")
    setting = d.get("setting", "")
    comparison = Comparison(
        _text(d.get("title"), "title"), d["spec"], _config(d.get("config")),
        tuple(p[0] for p in pairs), setting if isinstance(setting, str) else "",
        _limit(d, "train_limit"), _limit(d, "test_limit", 0), _limit(d, "iterations"),
        _limit(d, "validation", 0) or 0)
    created = d.get("created", "")
    return ComparisonResult(comparison, [p[1] for p in pairs],
                            created if isinstance(created, str) else "")


def _no_constant(name: str):
    """NaN and Infinity are not JSON (save_comparison writes null): refuse them."""
    raise ValueError(name)


def load_comparison(path: str | Path) -> ComparisonResult:
    """Read a comparison saved by ``save_comparison`` (CompareError for anything else)."""
    path = Path(path)
    kind = not_a_file(path)
    if kind is not None:
        raise CompareError(f"{path.name} {kind[0]}", f"{path.name} は{kind[1]}")
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as e:
        raise CompareError(f"cannot read {path.name}: {e.strerror}",
                           f"{path.name} を読めません：{e.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise _bad(f"{path.name} is over {MAX_BYTES >> 20} MB", f"{path.name} が大きすぎます")
    try:
        data = json.loads(raw.decode("utf-8").removeprefix("\ufeff"), parse_constant=_no_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError):
        raise _bad(f"{path.name} is not JSON text", f"{path.name} は JSON のテキストではありません") \
            from None
    return from_dict(data)
