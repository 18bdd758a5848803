"""The designer's Qt model: a NetworkSpec shown as a table and changed only through undo commands.

Row 0 is the input; row ``i + 1`` is layer ``i`` (the engine's index, as in ``layers.<i>.W``).
Every mutating method builds the new spec and pushes a ``SpecCommand`` on ``undo_stack``, so every
edit is undoable. The engine's spec never learns about Qt: the model keeps a private NetworkSpec
and hands out copies.

The head rule: when the last layer is an output layer (a head) it stays last. A layer inserted or
moved below it lands just above it; a second head replaces the first (a network has one output).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QUndoStack

from nnlab.data.mnist import PIXELS
from nnlab.registry import REGISTRY, Registry
from nnlab.spec import LayerSpec, NetworkSpec, Problem

from ..i18n import bilingual, current_language
from ..widgets.icons import layer_icon, problem_icon
from ..widgets.layer_style import colour, format_count, format_shape
from .commands import SpecCommand, Text


def new_layer(layer_type: str, registry: Registry = REGISTRY) -> LayerSpec:
    """A layer of ``layer_type`` with every option written out (required ones at their initial
    value, e.g. 10 units for an Affine: the classic output size)."""
    entry = registry.get(layer_type)
    return LayerSpec(layer_type, entry.new_options() if entry is not None else {})


def empty_spec(name: str = "Untitled") -> NetworkSpec:
    return NetworkSpec(input_shape=(PIXELS,), layers=[], name=name)


class LayerStackModel(QAbstractTableModel):
    """A NetworkSpec as rows (input, layers…) and columns (#, layer, settings, output, parameters)."""

    specChanged = Signal(object)  # a copy of the spec, after every change (edit, undo, load)
    selectionRequested = Signal(int)  # layer index to select after a change; -1 is the input row
    notice = Signal(str)  # an edit was adjusted or refused: say why (status bar)

    COL_INDEX, COL_LAYER, COL_SETTINGS, COL_OUTPUT, COL_PARAMS = range(5)
    COLUMN_COUNT = 5

    def __init__(self, spec: NetworkSpec | None = None, parent=None,
                 registry: Registry | None = None):
        super().__init__(parent)
        self.registry = registry or REGISTRY
        self.undo_stack = QUndoStack(self)
        self._spec = spec.copy() if spec is not None else empty_spec()
        self._analyse()

    # ---- reading ------------------------------------------------------------------------------
    @property
    def spec(self) -> NetworkSpec:
        """A copy of the current spec (the model's own is never handed out)."""
        return self._spec.copy()

    @property
    def layer_count(self) -> int:
        return len(self._spec.layers)

    def layer(self, index: int) -> LayerSpec:
        return self._spec.layers[index]

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def problems_of(self, index: int | None) -> list[Problem]:
        return [p for p in self._problems if p.index == index]

    @property
    def output_shapes(self) -> list[tuple[int, ...] | None]:
        return list(self._shapes)

    @property
    def param_counts(self) -> list[int]:
        return list(self._counts)

    @property
    def total_params(self) -> int:
        return sum(self._counts)

    def head_index(self) -> int | None:
        """The index of the output layer when it is last (the position the rule protects)."""
        layers = self._spec.layers
        return len(layers) - 1 if layers and self.is_head(layers[-1].type) else None

    def is_head(self, layer_type: object) -> bool:
        return self.registry.category(layer_type) == "head"

    @staticmethod
    def row_of(index: int) -> int:
        return index + 1

    @staticmethod
    def layer_of(row: int) -> int:
        return row - 1

    # ---- mutations (each one undoable) --------------------------------------------------------
    def insert_layer(self, index: int, layer: str | LayerSpec) -> int | None:
        """Insert before ``index`` (0..n); return where the layer went, or None if refused."""
        layer = new_layer(layer, self.registry) if isinstance(layer, str) \
            else LayerSpec(layer.type, dict(layer.options))
        spec = self._spec.copy()
        head = self.head_index()
        if self.is_head(layer.type):
            if head is not None:
                old = spec.layers[head].type
                if old == layer.type:
                    self.notice.emit(self.tr("The network already ends in %1.").replace("%1", old))
                    return None
                spec.layers[head] = layer
                self.notice.emit(self.tr("A network has one output layer: %1 replaced %2.")
                                 .replace("%1", layer.type).replace("%2", old))
                self._push(spec, lambda: self.tr("Replace %1 with %2").replace("%1", old)
                           .replace("%2", layer.type), head)
                return head
            index = len(spec.layers)
        else:
            limit = len(spec.layers) if head is None else head
            if head is not None and index > head:
                self.notice.emit(self.tr("The output layer stays last: %1 was added above it.")
                                 .replace("%1", layer.type))
            index = max(0, min(index, limit))
        spec.layers.insert(index, layer)
        self._push(spec, lambda: self.tr("Add %1").replace("%1", str(layer.type)), index)
        return index

    def append_layer(self, layer: str | LayerSpec) -> int | None:
        """Add at the end of the stack (above the output layer)."""
        return self.insert_layer(len(self._spec.layers), layer)

    def remove_layer(self, index: int) -> bool:
        if not 0 <= index < len(self._spec.layers):
            return False
        spec = self._spec.copy()
        removed = spec.layers.pop(index)
        select = min(index, len(spec.layers) - 1)
        self._push(spec, lambda: self.tr("Remove %1").replace("%1", str(removed.type)), select, index)
        return True

    def move_layer(self, source: int, dest: int) -> int | None:
        """Move layer ``source`` so that it ends at index ``dest``; return where it went."""
        n = len(self._spec.layers)
        if not 0 <= source < n:
            return None
        head = self.head_index()
        if source == head:
            self.notice.emit(self.tr("The output layer always stays last."))
            return None
        limit = n - 1 if head is None else head - 1
        dest = max(0, min(dest, limit))
        if dest == source:
            return None
        spec = self._spec.copy()
        layer = spec.layers.pop(source)
        spec.layers.insert(dest, layer)
        self._push(spec, lambda: self.tr("Move %1").replace("%1", str(layer.type)), dest, source)
        return dest

    def duplicate_layer(self, index: int) -> int | None:
        if not 0 <= index < len(self._spec.layers):
            return None
        layer = self._spec.layers[index]
        if self.is_head(layer.type):
            self.notice.emit(self.tr("A network has one output layer: it cannot be duplicated."))
            return None
        spec = self._spec.copy()
        spec.layers.insert(index + 1, spec.layers[index])
        spec = spec.copy()  # the two layers must not share an options dict
        self._push(spec, lambda: self.tr("Duplicate %1").replace("%1", str(layer.type)), index + 1, index)
        return index + 1

    def set_option(self, index: int, key: str, value: Any) -> bool:
        if not 0 <= index < len(self._spec.layers):
            return False
        layer = self._spec.layers[index]
        if key in layer.options and layer.options[key] == value and type(layer.options[key]) is type(value):
            return False
        spec = self._spec.copy()
        spec.layers[index].options[key] = value
        self._push(spec, lambda: self.tr("Set %1 of %2").replace("%1", key).replace("%2", str(layer.type)),
                   index, index, merge_key=("option", index, key))
        return True

    def set_layer_type(self, index: int, layer_type: str) -> bool:
        """Change a layer's type, keeping the options both types have (e.g. ReLU -> Sigmoid)."""
        if not 0 <= index < len(self._spec.layers):
            return False
        old = self._spec.layers[index]
        if old.type == layer_type:
            return False
        if self.is_head(layer_type) != self.is_head(old.type):
            self.notice.emit(self.tr("Only an output layer can replace an output layer."))
            return False
        fresh = new_layer(layer_type, self.registry)
        for key in fresh.options:
            if key in old.options:
                fresh.options[key] = old.options[key]
        spec = self._spec.copy()
        spec.layers[index] = fresh
        self._push(spec, lambda: self.tr("Change %1 to %2").replace("%1", str(old.type))
                   .replace("%2", layer_type), index, index)
        return True

    def set_name(self, name: str) -> bool:
        if name == self._spec.name:
            return False
        spec = self._spec.copy()
        spec.name = name
        self._push(spec, lambda: self.tr("Rename network"), None, None, merge_key=("name",))
        return True

    def set_input_shape(self, shape: tuple[int, ...]) -> bool:
        shape = tuple(shape)
        if shape == self._spec.input_shape:
            return False
        spec = self._spec.copy()
        spec.input_shape = shape
        self._push(spec, lambda: self.tr("Set input shape"), -1, -1)
        return True

    def replace_spec(self, spec: NetworkSpec, text: Text) -> None:
        """Swap in a whole design (a template), undoably."""
        self._push(spec.copy(), text, 0 if spec.layers else -1, None)

    def load_spec(self, spec: NetworkSpec) -> None:
        """Start over with ``spec`` (New, Open): not undoable, the history is cleared."""
        self.undo_stack.clear()
        # Keep the caller's object: it remembers problems a copy would forget (unknown keys).
        self._apply(spec, 0 if spec.layers else -1)
        self.undo_stack.setClean()

    def _push(self, spec: NetworkSpec, text: Text, select_after: int | None,
              select_before: int | None = None, merge_key: tuple | None = None) -> None:
        self.undo_stack.push(SpecCommand(self._apply, self._spec.copy(), spec, text,
                                         select_after, select_before, merge_key))

    def _apply(self, spec: NetworkSpec, select: int | None) -> None:
        """Called by the undo commands and load_spec: the only place the spec is replaced."""
        self.beginResetModel()
        self._spec = spec
        self._analyse()
        self.endResetModel()
        self.specChanged.emit(self._spec.copy())
        if select is not None:
            self.selectionRequested.emit(select)

    def _analyse(self) -> None:
        self._problems = self._spec.validate(self.registry)
        self._shapes = self._spec.output_shapes(self.registry)
        self._counts = self._spec.param_counts(self.registry)

    def retranslate(self) -> None:
        """Texts changed language: repaint every cell and header, rename the undo steps."""
        for i in range(self.undo_stack.count()):
            command = self.undo_stack.command(i)
            if isinstance(command, SpecCommand):
                command.retranslate()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.COLUMN_COUNT - 1))

    # ---- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._spec.layers) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("#"), self.tr("Layer"), self.tr("Settings"), self.tr("Output"),
                    self.tr("Parameters"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Layer index (layers.<i> in the parameter names)"),
                    self.tr("Layer type"), self.tr("The layer's settings"),
                    self.tr("Shape of the layer's output for one sample"),
                    self.tr("Trainable parameters: weights and biases"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.COL_PARAMS,):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        layer_index = self.layer_of(index.row())
        if layer_index >= 0 and layer_index != self.head_index():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row == 0:
            return self._input_data(col, role)
        i = self.layer_of(row)
        if not 0 <= i < len(self._spec.layers):
            return None
        layer = self._spec.layers[i]
        problems = self.problems_of(i)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_INDEX:
                return str(i)
            if col == self.COL_LAYER:
                return str(layer.type)
            if col == self.COL_SETTINGS:
                return self.settings_text(layer)
            if col == self.COL_OUTPUT:
                return format_shape(self._shapes[i])
            if col == self.COL_PARAMS:
                return self._params_text(i, layer)
        elif role == Qt.ItemDataRole.DecorationRole and col == self.COL_LAYER:
            return problem_icon() if problems else layer_icon(layer.type)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_SETTINGS:  # the whole text where a narrow column elides it
                return "\n".join([f"{layer.type}: {self.settings_text(layer)}",
                                   self._tooltip(layer, problems)]).strip()
            return self._tooltip(layer, problems)
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            if col == self.COL_PARAMS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == self.COL_INDEX:
                return int(Qt.AlignmentFlag.AlignCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and col == self.COL_LAYER:
            return QBrush(colour(layer.type).darker(130))
        elif role == Qt.ItemDataRole.FontRole and col == self.COL_LAYER:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.UserRole:
            return i
        return None

    def _input_data(self, col: int, role: int) -> Any:
        problems = self.problems_of(None)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_LAYER:
                return self.tr("Input")
            if col == self.COL_SETTINGS:
                return self.tr("one sample")
            if col == self.COL_OUTPUT:
                return format_shape(self._spec.input_shape)
            return ""
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_LAYER:
            return problem_icon() if problems else layer_icon("Input")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("The input: one sample of this shape (a batch adds a first axis).")]
            lines += ["⚠ " + p.message(current_language()) for p in problems]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and col == self.COL_LAYER:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return -1
        return None

    def _params_text(self, i: int, layer: LayerSpec) -> str:
        entry = self.registry.get(layer.type)
        if entry is not None and entry.has_params:
            # 0 here means the input shape is unknown: a problem above says why.
            return format_count(self._counts[i]) if self._counts[i] else "?"
        return "—"

    def _tooltip(self, layer: LayerSpec, problems: list[Problem]) -> str:
        entry = self.registry.get(layer.type)
        lines = [bilingual(entry.description)] if entry is not None else []
        lines += ["⚠ " + p.message(current_language()) for p in problems]
        return "\n".join(lines)

    def settings_text(self, layer: LayerSpec) -> str:
        """The key options in a few words: "100 units · He", "α = 0.01", "—"."""
        entry = self.registry.get(layer.type)
        if entry is None:
            return "—"
        try:
            return bilingual(entry.settings_text(layer.options))
        except (KeyError, TypeError, ValueError):  # a file's odd value: the problem says why
            return "?"
