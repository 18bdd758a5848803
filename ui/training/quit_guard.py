"""Asking before a run in progress is thrown away (the window is closing, the app quitting).

A run's model lives in memory until it is saved; closing the window stops the run and the model
is gone. ``ask_before_discarding`` puts the question, naming the run and how far it got.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_before_discarding(parent: QWidget, record) -> bool:
    """True when the learner agrees to stop and discard the run ``record`` (a RunRecord)."""
    translate = QCoreApplication.translate
    text = (translate("TrainTab", "Run %1 is training (epoch %2 of %3) and its model is not "
                      "saved. Quitting stops it and discards the model. Quit anyway?")
            .replace("%1", str(record.number)).replace("%2", str(len(record.epochs)))
            .replace("%3", str(record.settings.get("epochs", ""))))
    answer = QMessageBox.question(
        parent, translate("TrainTab", "Training is running"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes
