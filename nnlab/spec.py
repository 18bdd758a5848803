"""Network specs: the JSON a learner designs, validated before anything is built from it.

A spec is a list of layers ending in exactly one head (design.md §2)::

    {"format": "nnlab.network/1", "name": "MNIST MLP", "input_shape": [784],
     "layers": [{"type": "Affine", "units": 100, "init": "he"}, {"type": "ReLU"},
                {"type": "Affine", "units": 10, "init": "xavier"}, {"type": "SoftmaxWithLoss"}]}

Parsing is lenient and validation is separate: ``NetworkSpec.from_dict`` keeps whatever the file
says so the designer can show every problem on the layer it belongs to; ``validate()`` returns those
problems, each with its layer index and a message in English and Japanese. Only input that cannot
be shown as a layer stack at all (not a JSON object, ``layers`` not a list) raises ``SpecError``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import NNLabError

FORMAT = "nnlab.network/1"
HEADS = ("SoftmaxWithLoss", "SigmoidWithLoss", "IdentityWithLoss")
INITS = ("he", "xavier", "std")
# Parameters stored as float64 beyond this would not fit a learner's machine.
MAX_PARAM_BYTES = 2 * 1024**3

# type -> {option: default}; an option whose default is None is required.
LAYER_OPTIONS: dict[str, dict[str, Any]] = {
    "Affine": {"units": None, "init": "he"},
    "ReLU": {},
    "LeakyReLU": {"alpha": 0.01},
    "Sigmoid": {},
    "Tanh": {},
    "Step": {},
    "Dropout": {"ratio": 0.5},
    "BatchNorm": {"momentum": 0.9},
    "Flatten": {},
    "SoftmaxWithLoss": {},
    "SigmoidWithLoss": {},
    "IdentityWithLoss": {},
}
LAYER_TYPES = tuple(LAYER_OPTIONS)

# One line per layer type for palettes and tooltips: (English, Japanese).
DESCRIPTIONS: dict[str, tuple[str, str]] = {
    "Affine": ("Fully connected layer: u = xW + b", "全結合層：u = xW + b"),
    "ReLU": ("Activation: z = max(0, u)", "活性化関数：z = max(0, u)"),
    "LeakyReLU": ("Activation: z = u if u > 0 else αu", "活性化関数：u > 0 なら z = u、それ以外は αu"),
    "Sigmoid": ("Activation: z = 1 / (1 + exp(−u))", "活性化関数：z = 1 / (1 + exp(−u))"),
    "Tanh": ("Activation: z = tanh(u)", "活性化関数：z = tanh(u)"),
    "Step": (
        "Perceptron activation: z = 1 if u > 0 else 0 (its gradient is zero)",
        "パーセプトロンの活性化関数：u > 0 なら 1、それ以外は 0（勾配は 0）",
    ),
    "Dropout": (
        "Drops a random fraction of units while training",
        "学習中にランダムな割合のユニットを消去する",
    ),
    "BatchNorm": (
        "Normalises each unit over the mini-batch, then scales by γ and shifts by β",
        "ミニバッチごとに各ユニットを正規化し、γ 倍して β だけずらす",
    ),
    "Flatten": ("Flattens an image into a vector", "画像を 1 次元のベクトルに平坦化する"),
    "SoftmaxWithLoss": (
        "Output: softmax + cross-entropy error (classification)",
        "出力層：ソフトマックス＋交差エントロピー誤差（多クラス分類）",
    ),
    "SigmoidWithLoss": (
        "Output: sigmoid + cross-entropy error (yes/no)",
        "出力層：シグモイド＋交差エントロピー誤差（2 値分類）",
    ),
    "IdentityWithLoss": (
        "Output: identity + sum of squared errors (regression)",
        "出力層：恒等関数＋二乗和誤差（回帰）",
    ),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a spec. ``index`` is the layer (0-based) or None for the network."""

    index: int | None
    en: str
    ja: str

    def message(self, lang: str = "en") -> str:
        return self.ja if lang == "ja" else self.en

    def __str__(self) -> str:
        where = "network" if self.index is None else f"layer {self.index}"
        return f"{where}: {self.en}"


class SpecError(NNLabError):
    """A spec that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)

        def where(p: Problem, lang: str) -> str:
            if p.index is None:
                return p.message(lang)
            return (f"層 {p.index}：" if lang == "ja" else f"layer {p.index}: ") + p.message(lang)

        super().__init__("; ".join(str(p) for p in self.problems) or "invalid network spec",
                         "；".join(where(p, "ja") for p in self.problems) or "ネットワーク定義が正しくありません")


@dataclass
class LayerSpec:
    """One layer: its type name and its options exactly as written (defaults filled on read)."""

    type: str
    options: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str) -> Any:
        """The option's value, or its default."""
        if key in self.options:
            return self.options[key]
        return LAYER_OPTIONS.get(self.type, {}).get(key)

    @property
    def is_head(self) -> bool:
        return self.type in HEADS

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, **self.options}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> LayerSpec:
        options = {k: v for k, v in d.items() if k != "type"}
        t = d.get("type", "")
        # Whatever a file holds, the type is text from here on, so validation can name it.
        return cls(type=t if isinstance(t, str) else json.dumps(t), options=options)


@dataclass
class NetworkSpec:
    """A layer stack on an input shape; round-trips through JSON unchanged."""

    input_shape: tuple[int, ...]
    layers: list[LayerSpec] = field(default_factory=list)
    name: str = "Untitled"
    format: str = FORMAT
    #: Top-level keys this version does not know: kept so a save loses nothing, and reported.
    extra: dict[str, Any] = field(default_factory=dict)

    # ---- JSON ---------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        shape = list(self.input_shape) if isinstance(self.input_shape, (tuple, list)) else self.input_shape
        return {
            "format": self.format,
            "name": self.name,
            "input_shape": shape,
            "layers": [layer.to_dict() for layer in self.layers],
            **self.extra,
        }

    def dumps(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def to_json(self, path: str | Path) -> None:
        """Write the spec to ``path`` (UTF-8)."""
        Path(path).write_text(self.dumps(), encoding="utf-8")

    @classmethod
    def from_dict(cls, d: Any) -> NetworkSpec:
        """Build a spec from parsed JSON. Raises SpecError only when there is no layer stack."""
        if not isinstance(d, dict):
            raise SpecError([Problem(None, "a network spec must be a JSON object",
                                     "ネットワーク定義は JSON オブジェクトでなければなりません")])
        layers = d.get("layers", [])
        if not isinstance(layers, list):
            raise SpecError([Problem(None, '"layers" must be a list',
                                     '"layers" はリストでなければなりません')])
        parsed = []
        for i, item in enumerate(layers):
            if not isinstance(item, dict):
                raise SpecError([Problem(i, "a layer must be a JSON object such as {\"type\": \"ReLU\"}",
                                         "層は {\"type\": \"ReLU\"} のような JSON オブジェクトでなければなりません")])
            parsed.append(LayerSpec.from_dict(item))
        shape = d.get("input_shape", [])
        spec = cls(
            input_shape=tuple(shape) if isinstance(shape, list) else shape,
            layers=parsed,
            name=d.get("name", "Untitled"),
            format=d.get("format", ""),
            extra={k: v for k, v in d.items() if k not in {"format", "name", "input_shape", "layers"}},
        )
        return spec

    @classmethod
    def loads(cls, text: str) -> NetworkSpec:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise SpecError([Problem(None, f"not valid JSON (line {e.lineno}, column {e.colno})",
                                     f"JSON として読めません（{e.lineno} 行 {e.colno} 列）")]) from e
        except RecursionError:
            raise SpecError([Problem(None, "the JSON is nested too deeply to be a network spec",
                                     "JSON の入れ子が深すぎます（ネットワーク定義ではありません）")]) from None
        return cls.from_dict(data)

    @classmethod
    def from_json(cls, path: str | Path) -> NetworkSpec:
        """Read a ``*.nnlab.json`` file."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise SpecError([Problem(None, f"{Path(path).name} is not a text file",
                                     f"{Path(path).name} はテキストファイルではありません")]) from e
        return cls.loads(text)

    def copy(self) -> NetworkSpec:
        return NetworkSpec.from_dict(json.loads(json.dumps(self.to_dict())))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NetworkSpec) and self.to_dict() == other.to_dict()

    # ---- validation and shapes ----------------------------------------------------------------
    def validate(self) -> list[Problem]:
        """Every problem in the spec, network-level first, then by layer."""
        return _analyse(self)[0]

    def check(self) -> None:
        """Raise SpecError if the spec has any problem."""
        problems = self.validate()
        if problems:
            raise SpecError(problems)

    def output_shapes(self) -> list[tuple[int, ...] | None]:
        """The shape (without the batch axis) each layer outputs; None where it cannot be known."""
        return _analyse(self)[1]

    def param_counts(self) -> list[int]:
        """The number of trainable parameters of each layer (0 where unknown)."""
        return _analyse(self)[2]

    @property
    def total_params(self) -> int:
        return sum(self.param_counts())

    @property
    def head(self) -> LayerSpec | None:
        return self.layers[-1] if self.layers and self.layers[-1].is_head else None


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _analyse(spec: NetworkSpec) -> tuple[list[Problem], list[tuple[int, ...] | None], list[int]]:
    problems: list[Problem] = []

    def bad(index: int | None, en: str, ja: str) -> None:
        problems.append(Problem(index, en, ja))

    if spec.format != FORMAT:
        bad(None, f'unsupported format "{spec.format}" (this version reads "{FORMAT}")',
            f'対応していない形式 "{spec.format}" です（読めるのは "{FORMAT}"）')
    for key in sorted(spec.extra):
        bad(None, f'unknown key "{key}"', f'不明なキー "{key}" があります')
    if not isinstance(spec.name, str):
        bad(None, '"name" must be a string', '"name" は文字列でなければなりません')

    shape: tuple[int, ...] | None
    raw = spec.input_shape
    if (isinstance(raw, (tuple, list)) and len(raw) > 0 and all(_is_int(n) and n > 0 for n in raw)):
        shape = tuple(raw)
        if math.prod(shape) * 8 > MAX_PARAM_BYTES:
            bad(None, f"an input of {_fmt(shape)} numbers per sample is far too large",
                f"1 サンプルあたり {_fmt(shape)} 個の入力は大きすぎます")
            shape = None
    else:
        bad(None, '"input_shape" must be a list of positive whole numbers, e.g. [784]',
            '"input_shape" は正の整数のリスト（例：[784]）でなければなりません')
        shape = None

    if not spec.layers:
        bad(None, "the network has no layers: add layers and an output layer (head)",
            "層がありません。層と出力層を追加してください")
    elif not spec.layers[-1].is_head:
        last = len(spec.layers) - 1
        bad(last, "the last layer must be an output layer (SoftmaxWithLoss, SigmoidWithLoss or "
            "IdentityWithLoss)", "最後の層は出力層（SoftmaxWithLoss・SigmoidWithLoss・"
            "IdentityWithLoss）でなければなりません")

    shapes: list[tuple[int, ...] | None] = []
    counts: list[int] = []
    for i, layer in enumerate(spec.layers):
        t = layer.type
        if not t:
            bad(i, 'the layer has no "type", e.g. "ReLU"', '層に "type"（例："ReLU"）がありません')
        elif t not in LAYER_OPTIONS:
            bad(i, f'unknown layer type "{t}"', f'不明な層の種類 "{t}" です')
        if t not in LAYER_OPTIONS:
            shapes.append(None)
            counts.append(0)
            shape = None
            continue
        allowed = LAYER_OPTIONS[t]
        for key in layer.options:
            if key not in allowed:
                bad(i, f'{t} has no option "{key}"', f'{t} には "{key}" という設定はありません')
        if layer.is_head and i != len(spec.layers) - 1:
            bad(i, f"{t} is an output layer and must come last",
                f"{t} は出力層なので最後に置かなければなりません")
        out, count = _layer_shape(i, layer, shape, bad)
        shapes.append(out)
        counts.append(count)
        shape = out
    return problems, shapes, counts


def _layer_shape(i, layer, shape, bad) -> tuple[tuple[int, ...] | None, int]:
    """Check one layer's options against its input shape; return (output shape, param count)."""
    t = layer.type
    if t == "Affine":
        units = layer.get("units")
        init = layer.get("init")
        if units is None:
            bad(i, "Affine needs a number of units", "Affine にはユニット数が必要です")
            return None, 0
        if not _is_int(units):
            bad(i, f"units must be a whole number, not {units!r}", f"ユニット数は整数でなければなりません（{units!r}）")
            return None, 0
        if units <= 0:
            bad(i, f"units must be at least 1 (got {units})", f"ユニット数は 1 以上にしてください（{units}）")
            return None, 0
        if not ((isinstance(init, str) and init in INITS) or (_is_number(init) and init > 0)):
            bad(i, f'init must be "he", "xavier", "std" or a positive standard deviation, not {init!r}',
                f'init は "he"・"xavier"・"std" か正の標準偏差でなければなりません（{init!r}）')
        if shape is None:
            return (units,), 0
        if len(shape) != 1:
            bad(i, f"Affine needs a flat input but receives {_fmt(shape)}: add Flatten before it",
                f"Affine には 1 次元の入力が必要ですが {_fmt(shape)} が来ています。前に Flatten を入れてください")
            return (units,), 0
        count = shape[0] * units + units
        if count * 8 > MAX_PARAM_BYTES:
            gib = count * 8 / 1024**3
            bad(i, f"{shape[0]}×{units} weights would need {gib:.1f} GiB: use fewer units",
                f"{shape[0]}×{units} の重みには {gib:.1f} GiB 必要です。ユニット数を減らしてください")
        return (units,), count
    if t == "LeakyReLU":
        alpha = layer.get("alpha")
        if not _is_number(alpha) or not 0 <= alpha < 1:
            bad(i, f"alpha must be a number in [0, 1), not {alpha!r}",
                f"alpha は 0 以上 1 未満の数でなければなりません（{alpha!r}）")
        return shape, 0
    if t == "Dropout":
        ratio = layer.get("ratio")
        if not _is_number(ratio) or not 0 <= ratio < 1:
            bad(i, f"dropout ratio must be in [0, 1), not {ratio!r}",
                f"ドロップアウト率は 0 以上 1 未満でなければなりません（{ratio!r}）")
        return shape, 0
    if t == "BatchNorm":
        momentum = layer.get("momentum")
        if not _is_number(momentum) or not 0 <= momentum < 1:
            bad(i, f"momentum must be in [0, 1), not {momentum!r}",
                f"momentum は 0 以上 1 未満でなければなりません（{momentum!r}）")
        if shape is None:
            return None, 0
        if len(shape) != 1:
            bad(i, f"BatchNorm here needs a flat input but receives {_fmt(shape)}: add Flatten before it",
                f"BatchNorm には 1 次元の入力が必要ですが {_fmt(shape)} が来ています。前に Flatten を入れてください")
            return shape, 0
        if 4 * shape[0] * 8 > MAX_PARAM_BYTES:
            bad(i, f"BatchNorm over {shape[0]} units would need more than 2 GiB",
                f"{shape[0]} ユニットの BatchNorm には 2 GiB を超えるメモリが必要です")
        return shape, 2 * shape[0]
    if t == "Flatten":
        return (None if shape is None else (math.prod(shape),)), 0
    if t in HEADS:
        if shape is None:
            return None, 0
        if len(shape) != 1:
            bad(i, f"{t} needs a flat input but receives {_fmt(shape)}",
                f"{t} には 1 次元の入力が必要ですが {_fmt(shape)} が来ています")
        elif t == "SoftmaxWithLoss" and shape[0] < 2:
            bad(i, "softmax over a single output is always 1: give the layer before it at least 2 "
                "units, or use SigmoidWithLoss", "出力が 1 つのソフトマックスは常に 1 です。前の層を 2 "
                "ユニット以上にするか SigmoidWithLoss を使ってください")
        return shape, 0
    return shape, 0  # element-wise activations keep the shape


def _fmt(shape: tuple[int, ...]) -> str:
    return "×".join(str(n) for n in shape)
