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

from .budget import budget_problems
from .errors import NNLabError, not_a_file
from .registry import MAX_PARAM_BYTES, REGISTRY, Registry, ShapeProblem, fmt_shape
from .registry.base import is_int
from .safe_write import write_text

FORMAT = "nnlab.network/1"
#: A spec file larger than this is refused unread (a spec of 1,000 layers is about 50 kB).
MAX_SPEC_BYTES = 16 << 20
#: Python refuses to turn longer digit strings into int (sys.get_int_max_str_digits()).
MAX_DIGITS = 4300


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
        entry = REGISTRY.get(self.type)
        return None if entry is None else entry.defaults.get(key)

    @property
    def is_head(self) -> bool:
        return REGISTRY.category(self.type) == "head"

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

    def to_json(self, path: str | Path) -> Path:
        """Write the spec to ``path`` (UTF-8) atomically; the file written (a symlink's target)."""
        return write_text(path, self.dumps())

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
        """Parse JSON text (a leading byte-order mark is allowed); SpecError when it is not a spec."""
        try:
            data = json.loads(text.removeprefix("\ufeff"), object_pairs_hook=_unique_keys,
                              parse_int=_whole_number)
        except SpecError:
            raise
        except json.JSONDecodeError as e:
            raise SpecError([Problem(None, f"not valid JSON (line {e.lineno}, column {e.colno})",
                                     f"JSON として読めません（{e.lineno} 行 {e.colno} 列）")]) from e
        except RecursionError:
            raise SpecError([Problem(None, "the JSON is nested too deeply to be a network spec",
                                     "JSON の入れ子が深すぎます（ネットワーク定義ではありません）")]) from None
        return cls.from_dict(data)

    @classmethod
    def from_json(cls, path: str | Path) -> NetworkSpec:
        """Read a ``*.nnlab.json`` file (UTF-8; OSError when it cannot be read at all)."""
        path = Path(path)
        kind = not_a_file(path)
        if kind is not None and not path.is_dir():  # a folder is the caller's IsADirectoryError
            raise SpecError([Problem(None, f"{path.name} {kind[0]}", f"{path.name} は{kind[1]}")])
        with open(path, "rb") as f:
            raw = f.read(MAX_SPEC_BYTES + 1)
        if len(raw) > MAX_SPEC_BYTES:
            raise SpecError([Problem(None, f"{path.name} is over {MAX_SPEC_BYTES >> 20} MB: far too "
                                     "large to be a network spec",
                                     f"{path.name} は {MAX_SPEC_BYTES >> 20} MB を超えています。"
                                     "ネットワーク定義としては大きすぎます")])
        if b"\0" in raw:
            raise SpecError([Problem(None, f"{path.name} is not a text file",
                                     f"{path.name} はテキストファイルではありません")])
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise SpecError([Problem(
                None, f"{path.name} is not UTF-8 text (byte 0x{raw[e.start]:02x} at offset "
                f"{e.start}): save it as UTF-8", f"{path.name} は UTF-8 のテキストではありません"
                f"（位置 {e.start} のバイト 0x{raw[e.start]:02x}）。UTF-8 で保存してください")]) from None
        return cls.loads(text)

    def copy(self) -> NetworkSpec:
        return NetworkSpec.from_dict(json.loads(json.dumps(self.to_dict())))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NetworkSpec) and self.to_dict() == other.to_dict()

    # ---- validation and shapes ----------------------------------------------------------------
    def validate(self, registry: Registry | None = None, batch_size: int | None = None) -> list[Problem]:
        """Every problem in the spec, network-level first, then by layer.

        ``batch_size``: also check that training in batches of that size fits the size budget
        (nnlab.budget); without it, one sample at a time must fit.
        """
        return _analyse(self, registry or REGISTRY, batch_size)[0]

    def check(self, registry: Registry | None = None, batch_size: int | None = None) -> None:
        """Raise SpecError if the spec has any problem."""
        problems = self.validate(registry, batch_size)
        if problems:
            raise SpecError(problems)

    def output_shapes(self, registry: Registry | None = None) -> list[tuple[int, ...] | None]:
        """The shape (without the batch axis) each layer outputs; None where it cannot be known."""
        return _analyse(self, registry or REGISTRY)[1]

    def param_counts(self, registry: Registry | None = None) -> list[int]:
        """The number of trainable parameters of each layer (0 where unknown)."""
        return _analyse(self, registry or REGISTRY)[2]

    def work_values(self, registry: Registry | None = None) -> list[int]:
        """Values per sample each layer needs besides its output (a convolution's im2col)."""
        return _analyse(self, registry or REGISTRY)[3]

    @property
    def total_params(self) -> int:
        return sum(self.param_counts())

    @property
    def head(self) -> LayerSpec | None:
        return self.layers[-1] if self.layers and self.layers[-1].is_head else None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json's object_pairs_hook: an object naming a key twice is refused, not half-read."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise SpecError([Problem(None, f'the key "{key}" appears twice in one object',
                                     f'キー "{key}" が 1 つのオブジェクトに 2 回あります')])
        seen[key] = value
    return seen


def _whole_number(digits: str) -> int:
    """json's parse_int, refusing numbers too long for Python's int() as a problem."""
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise SpecError([Problem(None, f"a number in the file has {len(digits.lstrip('-')):,} digits "
                                 f"(at most {MAX_DIGITS:,} can be read)",
                                 f"ファイル中の数が {len(digits.lstrip('-')):,} 桁あります"
                                 f"（読めるのは {MAX_DIGITS:,} 桁まで）")])
    return int(digits)


def _analyse(spec: NetworkSpec, registry: Registry, batch_size: int | None = None
             ) -> tuple[list[Problem], list[tuple[int, ...] | None], list[int], list[int]]:
    """(problems, output shape, parameter count and working values per sample of each layer)."""
    problems = _network_problems(spec, registry)
    shape = input_shape = _input_shape(spec, problems)
    shapes: list[tuple[int, ...] | None] = []
    counts: list[int] = []
    stored: list[int] = []  # parameters and buffers: what the size budget counts
    work: list[int] = []  # values per sample a layer needs besides its output (im2col's matrix)
    last = len(spec.layers) - 1
    for i, layer in enumerate(spec.layers):
        entry = registry.get(layer.type)
        if entry is None:
            if not layer.type:
                problems.append(Problem(i, 'the layer has no "type", e.g. "ReLU"',
                                        '層に "type"（例："ReLU"）がありません'))
            else:
                problems.append(Problem(i, f'unknown layer type "{layer.type}"',
                                        f'不明な層の種類 "{layer.type}" です'))
            shape = None
            shapes.append(None)
            counts.append(0)
            stored.append(0)
            work.append(0)
            continue
        if entry.is_head and i != last:
            problems.append(Problem(i, f"{entry.name} is an output layer and must come last",
                                    f"{entry.name} は出力層なので最後に置かなければなりません"))
        shape, count, kept, extra = _layer(i, layer, entry, shape, problems)
        shapes.append(shape)
        counts.append(count)
        stored.append(kept)
        work.append(extra)
    problems += [Problem(*p) for p in budget_problems(input_shape, shapes, stored, batch_size, work)]
    return problems, shapes, counts, work


def _network_problems(spec: NetworkSpec, registry: Registry) -> list[Problem]:
    problems = []
    if spec.format != FORMAT:
        problems.append(Problem(None, f'unsupported format "{spec.format}" (this version reads "{FORMAT}")',
                                f'対応していない形式 "{spec.format}" です（読めるのは "{FORMAT}"）'))
    for key in sorted(spec.extra):
        problems.append(Problem(None, f'unknown key "{key}"', f'不明なキー "{key}" があります'))
    if not isinstance(spec.name, str):
        problems.append(Problem(None, '"name" must be a string', '"name" は文字列でなければなりません'))
    if not spec.layers:
        problems.append(Problem(None, "the network has no layers: add layers and an output layer (head)",
                                "層がありません。層と出力層を追加してください"))
    elif registry.category(spec.layers[-1].type) != "head":
        heads = "・".join(registry.heads)
        problems.append(Problem(
            len(spec.layers) - 1,
            f"the last layer must be an output layer ({', '.join(registry.heads[:-1])} or "
            f"{registry.heads[-1]})", f"最後の層は出力層（{heads}）でなければなりません"))
    return problems


def _input_shape(spec: NetworkSpec, problems: list[Problem]) -> tuple[int, ...] | None:
    raw = spec.input_shape
    if not (isinstance(raw, (tuple, list)) and len(raw) > 0 and all(is_int(n) and n > 0 for n in raw)):
        problems.append(Problem(None, '"input_shape" must be a list of positive whole numbers, e.g. [784]',
                                '"input_shape" は正の整数のリスト（例：[784]）でなければなりません'))
        return None
    shape = tuple(raw)
    if math.prod(shape) * 8 > MAX_PARAM_BYTES:
        problems.append(Problem(None, f"an input of {fmt_shape(shape)} numbers per sample is far too large",
                                f"1 サンプルあたり {fmt_shape(shape)} 個の入力は大きすぎます"))
        return None
    return shape


def _layer(i: int, layer: LayerSpec, entry, shape, problems: list[Problem]
           ) -> tuple[tuple[int, ...] | None, int, int, int]:
    """Check one layer's options and input shape; return (output shape, parameter count,
    parameters and buffers stored, working values per sample)."""
    for key in layer.options:
        if entry.option(key) is None:
            problems.append(Problem(i, f'{entry.name} has no option "{key}"',
                                    f'{entry.name} には "{key}" という設定はありません'))
    opts = entry.filled({k: v for k, v in layer.options.items() if entry.option(k) is not None})
    unusable = False  # a required option is missing or wrong: no output shape to carry on with
    for option in entry.options:
        value = opts[option.name]
        wrong = option.problem(value) if value is not None else option.missing(entry.name)
        if wrong is not None:
            problems.append(Problem(i, *wrong))
            if option.required:
                unusable = True
            else:
                opts[option.name] = option.default  # carry on as if it had its default
    if unusable:
        return None, 0, 0, 0
    try:
        out = entry.output_shape(opts, shape)
    except ShapeProblem as e:
        problems.append(Problem(i, e.en, e.ja))
        return e.out, 0, 0, 0
    if shape is None:
        return out, 0, 0, 0
    params = entry.param_shapes(opts, shape)
    count = sum(math.prod(s) for s in params.values())
    stored = count + sum(math.prod(s) for s in entry.buffer_shapes(opts, shape).values())
    return out, count, stored, entry.work_values(opts, shape)  # how much is too much: nnlab.budget
