"""The runs list: one row per run of the session, compared by overlaying their curves.

The records themselves (settings, curves, results, status) are nnlab.runs' ``RunLog``, shared
with the tab; ``RunsTable`` lists them with a check box each, and checking a run overlays its
curves on the loss and accuracy plots.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from nnlab.health import OPTIMIZER_NAMES
from nnlab.runs import RunLog

from .plots import run_colour
from .run_controls import fmt_duration


def swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(1, 4, 12, 6, 2, 2)
    p.end()
    return QIcon(pixmap)


class RunsTable(QTableWidget):
    """One row per run, newest first; the check box shows the run on the plots."""

    overlayToggled = Signal(int, bool)  # run number, shown

    COLUMNS = 8
    DURATION = 7  # the column of the training time

    def __init__(self, parent=None):
        super().__init__(0, self.COLUMNS, parent)
        self.setObjectName("runsTable")
        self.runs = RunLog()
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.itemChanged.connect(self._item_changed)
        self._filling = False
        self.retranslateUi()

    def show_runs(self, runs: RunLog) -> None:
        """List ``runs`` (the tab's log; call ``refresh`` when it changes)."""
        self.runs = runs
        self._fill()

    def refresh(self) -> None:
        self._fill()

    def is_checked(self, number: int) -> bool:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                return item.checkState() == Qt.CheckState.Checked
        return False

    def set_checked(self, number: int, checked: bool) -> None:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _fill(self) -> None:
        checked = {r.number for r in self.runs if self.is_checked(r.number)}
        self._filling = True
        self.setRowCount(len(self.runs))
        for row, record in enumerate(reversed(self.runs.records)):
            s = record.settings
            first = QTableWidgetItem(swatch(run_colour(record.number)),
                                     self.tr("Run %1").replace("%1", str(record.number)))
            first.setData(Qt.ItemDataRole.UserRole, record.number)
            if record.status == "running":
                first.setFlags(Qt.ItemFlag.ItemIsEnabled)
                first.setText(self.tr("Run %1 (now)").replace("%1", str(record.number)))
            else:
                first.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsSelectable)
                first.setCheckState(Qt.CheckState.Checked if record.number in checked
                                    else Qt.CheckState.Unchecked)
            acc = "—" if record.final_test_acc is None else f"{100 * record.final_test_acc:.2f}%"
            values = [first, QTableWidgetItem(s.get("network", "")),
                      QTableWidgetItem(OPTIMIZER_NAMES.get(s.get("optimizer"), "")),
                      QTableWidgetItem(f"{s.get('lr', 0):g}"),
                      QTableWidgetItem(f"{s.get('batch_size', '')} × {s.get('epochs', '')}"),
                      QTableWidgetItem(acc), QTableWidgetItem(self._status(record)),
                      QTableWidgetItem(self._duration(record))]
            for col, item in enumerate(values):
                if col:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if col == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, col, item)
            self.item(row, 0).setToolTip(s.get("summary", ""))
        self._filling = False

    def _status(self, record) -> str:
        return {
            "running": self.tr("running"), "finished": self.tr("finished"),
            "stopped": self.tr("stopped"), "diverged": self.tr("diverged"),
            "loss_grew": self.tr("failed: loss grew"),
            "dead_units": self.tr("failed: ReLUs died"),
            "failed": self.tr("failed"),
        }.get(record.status, record.status)

    def _duration(self, record) -> str:
        """"1:05 (13.0 s/epoch)": how long the run trained; "—" before its first step."""
        if not record.seconds:
            return "—"
        per_epoch = record.seconds_per_epoch
        text = fmt_duration(record.seconds)
        if per_epoch:
            text += " " + self.tr("(%1/epoch)").replace("%1", fmt_duration(per_epoch))
        return text

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        number = item.data(Qt.ItemDataRole.UserRole)
        if number is not None:
            self.overlayToggled.emit(int(number), item.checkState() == Qt.CheckState.Checked)

    def retranslateUi(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Run"), self.tr("Network"), self.tr("Optimizer"), self.tr("Learning rate"),
            self.tr("Batch × epochs"), self.tr("Test accuracy"), self.tr("Result"),
            self.tr("Training time")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
