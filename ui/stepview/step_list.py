"""The steps of the pass so far, newest last; choosing one shows its record."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from nnlab.stepper import Phase, StepRecord

from ..theme import phase_colour


def step_title(record: StepRecord, n_layers: int) -> str:
    """"→ 1 Affine  1×3", "← 6 IdentityWithLoss", "⟳ SGD" (layers counted from 1).

    A forward step names the shape it computed, so the list reads as the chain of shapes
    (lesson 10: 100×50 → 100×50 → 100×100 → …)."""
    if record.kind == Phase.UPDATE:
        return f"⟳ {record.layer_type}"
    arrow = "→" if record.kind == Phase.FORWARD else "←"
    title = f"{arrow} {record.index + 1} {record.layer_type}"
    if record.kind == Phase.FORWARD and record.out is not None:
        title += "  " + "×".join(str(n) for n in record.out.shape)
    return title


class StepList(QListWidget):
    """One row per record; ``recordChosen`` gives the row (the record's index)."""

    recordChosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.currentRowChanged.connect(self._row_changed)
        self._titles: list[str] = []

    def set_records(self, records: list[StepRecord], n_layers: int, current: int | None) -> None:
        titles = [step_title(r, n_layers) for r in records]
        with QSignalBlocker(self):
            if titles != self._titles:
                self.clear()
                for r, title in zip(records, titles, strict=True):
                    item = QListWidgetItem(title)
                    item.setForeground(QBrush(phase_colour(r.kind).darker(115)))
                    self.addItem(item)
                self._titles = titles
            self.setCurrentRow(-1 if current is None else current)
        if current is not None and self.item(current) is not None:
            self.scrollToItem(self.item(current))

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.recordChosen.emit(row)
