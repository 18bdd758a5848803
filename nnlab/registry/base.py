"""What a layer type is, for everything that is not its forward/backward arithmetic.

One ``LayerType`` per type declares its options (name, kind, default, allowed range, labels in both
languages), its category, how its output shape and parameter shapes follow from its input shape,
how to build the layer, and what the step-through view shows of it (symbols, formula keys). Spec
validation, shape inference, parameter counts, ``Network``, the designer's palette and properties
panel and the step view all read a ``Registry`` of them, so a new layer is its class plus one entry.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

Shape = tuple[int, ...]
Options = dict[str, Any]
Text = tuple[str, str]  # (English, Japanese)

#: The palette's groups, in order.
CATEGORIES = ("parameterised", "activation", "regularisation", "shape", "head")
#: What ``init`` may name; a positive number is a standard deviation.
INITS = ("he", "xavier", "std")
#: Parameters stored as float64 beyond this would not fit a learner's machine.
MAX_PARAM_BYTES = 2 * 1024**3


class ShapeProblem(Exception):
    """An input shape a layer cannot take. ``out`` is the shape to carry on with (or None)."""

    def __init__(self, en: str, ja: str, out: Shape | None = None):
        super().__init__(en)
        self.en, self.ja, self.out = en, ja, out


def is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def fmt_shape(shape: Iterable[int]) -> str:
    """(1, 28, 28) -> "1×28×28"."""
    return "×".join(str(n) for n in shape)


@dataclass(frozen=True)
class Option:
    """One setting of a layer type.

    ``kind`` is "int" (``low`` ≤ v, and v ≤ ``high`` when given), "float" (``low`` ≤ v < ``high``)
    or "init" (one of INITS or a positive standard deviation ≤ ``high``). ``default`` None means
    required; ``initial`` is what a newly added layer gets then. ``ui_high``, ``step`` and
    ``decimals`` size the designer's spin box.
    """

    name: str
    kind: str
    default: Any = None
    label: Text = ("", "")
    tip: Text = ("", "")
    low: float | None = None
    high: float | None = None
    initial: Any = None
    ui_high: float | None = None
    step: float = 1
    decimals: int = 0

    @property
    def required(self) -> bool:
        return self.default is None

    def _names(self) -> Text:
        """How a message names the option: its label, with the JSON key when they differ."""
        en, ja = self.label
        en = en[:1].lower() + en[1:] if en else self.name
        if en != self.name:
            en, ja = f'{en} ("{self.name}")', f"{ja}（{self.name}）"
        return en, ja or self.name

    def missing(self, type_name: str) -> Text:
        en, ja = self._names()
        return f"{type_name} needs {en}", f"{type_name} には{ja}が必要です"

    def problem(self, value: Any) -> Text | None:
        """(en, ja) saying why ``value`` is not allowed, or None."""
        en, ja = self._names()
        if self.kind == "int":
            if not is_int(value):
                return (f"{en} must be a whole number, not {value!r}",
                        f"{ja}は整数でなければなりません（{value!r}）")
            if self.low is not None and value < self.low:
                return (f"{en} must be at least {self.low:g} (got {value})",
                        f"{ja}は {self.low:g} 以上にしてください（{value}）")
            if self.high is not None and value > self.high:
                return (f"{en} must be at most {self.high:g} (got {value})",
                        f"{ja}は {self.high:g} 以下にしてください（{value}）")
            return None
        if self.kind == "float":
            lo = -math.inf if self.low is None else self.low
            hi = math.inf if self.high is None else self.high
            if not is_number(value) or not lo <= value < hi:
                return (f"{en} must be a number in [{lo:g}, {hi:g}), not {value!r}",
                        f"{ja}は {lo:g} 以上 {hi:g} 未満の数でなければなりません（{value!r}）")
            return None
        if self.kind == "init":
            if isinstance(value, str) and value in INITS:
                return None
            if is_number(value) and value > 0 and (self.high is None or value <= self.high):
                return None
            if is_number(value) and value > 0:  # weights this large overflow before any update
                return (f"{en}: a standard deviation of {value:g} is far too large (at most "
                        f"{self.high:g}; He and Xavier give about 0.05 for 784 inputs)",
                        f"{ja}：標準偏差 {value:g} は大きすぎます（{self.high:g} まで。"
                        "入力 784 個なら He・Xavier で約 0.05）")
            return (f'{en} must be "he", "xavier", "std" or a positive standard deviation, '
                    f"not {value!r}",
                    f'{ja}は "he"・"xavier"・"std" か正の標準偏差でなければなりません（{value!r}）')
        raise ValueError(f"unknown option kind {self.kind!r}")


def same_shape(opts: Options, shape: Shape | None) -> Shape | None:
    return shape


def no_params(opts: Options, shape: Shape) -> dict[str, Shape]:
    return {}


def no_work(opts: Options, shape: Shape) -> int:
    return 0


def needs_flat(type_name: str, shape: Shape | None, out: Shape | None, *, flatten: bool = True) -> None:
    """Raise ShapeProblem unless ``shape`` is flat (one axis)."""
    if shape is not None and len(shape) != 1:
        hint_en = ": add Flatten before it" if flatten else ""
        hint_ja = "。前に Flatten を入れてください" if flatten else ""
        raise ShapeProblem(
            f"{type_name} needs a flat input but receives {fmt_shape(shape)}{hint_en}",
            f"{type_name} には 1 次元の入力が必要ですが {fmt_shape(shape)} が来ています{hint_ja}", out)


@dataclass(frozen=True)
class BookCode:
    """The book-style NumPy lines that compute a layer's forward and backward step.

    Written with the step view's symbols (Affine x → u, activations u → z, heads u → y) and the
    book's names (dout, dx, dW, mask), the way an exam asks "該当するソースコードを示せ".
    """

    forward: tuple[str, ...] = ()
    backward: tuple[str, ...] = ()

    def lines(self, phase: str) -> tuple[str, ...]:
        """The lines of ``phase`` ("forward" or "backward"; anything else has none)."""
        return {"forward": self.forward, "backward": self.backward}.get(str(phase), ())


@dataclass(frozen=True)
class LayerType:
    """Everything about one layer type except its arithmetic (which is its Layer class).

    - ``build(opts, in_shape, rng, dtype)`` makes the layer; ``opts`` has every option filled.
    - ``output_shape(opts, in_shape)`` is the shape after the layer (``in_shape`` may be None when
      unknown); it raises ShapeProblem for an input it cannot take.
    - ``param_shapes`` / ``buffer_shapes`` give trained parameters and saved state by name.
    - ``symbols`` are the step view's (input, output) symbols; ``formula`` its (forward, backward)
      formula keys; ``backward_shows`` which values of the forward step a backward step shows
      ("x", "out", "mask", "xhat", "y", "t") and ``backward_params`` which parameters.
    - ``code`` holds the book-style NumPy lines of its forward and backward step (empty: none).
    - ``summary(opts)`` is the designer's few words on the settings, (en, ja).
    - ``work_values(opts, in_shape)``: values per sample the layer needs besides its output
      while training (Convolution: its im2col matrix and its gradient), for the size budget.
    """

    name: str
    category: str
    description: Text
    build: Callable[[Options, Shape, np.random.Generator, Any], Any]
    options: tuple[Option, ...] = ()
    output_shape: Callable[[Options, Shape | None], Shape | None] = same_shape
    param_shapes: Callable[[Options, Shape], dict[str, Shape]] = no_params
    buffer_shapes: Callable[[Options, Shape], dict[str, Shape]] = no_params
    symbols: tuple[str, str] | None = None
    formula: tuple[str, str] = ("", "")
    backward_shows: tuple[str, ...] = ("x",)
    backward_params: tuple[str, ...] = ()
    summary: Callable[[Options], Text] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    code: BookCode = BookCode()
    work_values: Callable[[Options, Shape], int] = no_work

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"{self.name}: unknown category {self.category!r}")

    @property
    def is_head(self) -> bool:
        return self.category == "head"

    @property
    def has_params(self) -> bool:
        return self.param_shapes is not no_params

    @property
    def defaults(self) -> Options:
        return {o.name: o.default for o in self.options}

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)

    def io_symbols(self) -> tuple[str, str]:
        """(input, output) symbols: u → z for activations, u → y for heads, else x → z."""
        if self.symbols is not None:
            return self.symbols
        return {"activation": ("u", "z"), "head": ("u", "y")}.get(self.category, ("x", "z"))

    def filled(self, given: Options) -> Options:
        """``given`` with every missing option at its default."""
        return {**self.defaults, **given}

    def new_options(self) -> Options:
        """Every option of a freshly added layer (required ones at ``initial``)."""
        return {o.name: (o.initial if o.required else o.default) for o in self.options}

    def settings_text(self, opts: Options) -> Text:
        if self.summary is not None:
            return self.summary(self.filled(opts))
        return ("—", "—")


class Registry:
    """Layer types by name, in the order they were registered (the palette's order)."""

    def __init__(self, types: Iterable[LayerType] = ()):
        self._types: dict[str, LayerType] = {}
        for t in types:
            self.register(t)

    def register(self, layer_type: LayerType) -> None:
        if layer_type.name in self._types:
            raise ValueError(f"layer type {layer_type.name!r} is already registered")
        self._types[layer_type.name] = layer_type

    def copy(self) -> Registry:
        return Registry(self._types.values())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self._types

    def __getitem__(self, name: str) -> LayerType:
        return self._types[name]

    def get(self, name: object) -> LayerType | None:
        return self._types.get(name) if isinstance(name, str) else None

    def __iter__(self) -> Iterator[LayerType]:
        return iter(self._types.values())

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._types)

    def of_category(self, category: str) -> tuple[str, ...]:
        return tuple(t.name for t in self if t.category == category)

    @property
    def heads(self) -> tuple[str, ...]:
        return self.of_category("head")

    def category(self, name: object) -> str | None:
        t = self.get(name)
        return None if t is None else t.category
