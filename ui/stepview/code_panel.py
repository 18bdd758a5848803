"""The book-style NumPy code beside a step: the lines that compute it, the way the exam asks
"該当するソースコードを示せ".

A layer's lines come from its registry entry (``LayerType.code``: forward and backward, written
with the step's own symbols), an update's from ``nnlab.book_code``. The panel sits under the
formula; a toggle in the record header shows or hides it (remembered in QSettings).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QToolButton, QWidget

from nnlab.book_code import optimizer_code
from nnlab.registry import LayerType
from nnlab.stepper import Phase, StepRecord

SETTINGS_KEY = "stepview/showCode"


def code_lines(record: StepRecord | None, entry: LayerType | None) -> tuple[str, ...]:
    """The NumPy lines that compute ``record`` (a layer step, or an update)."""
    if record is None:
        return ()
    if record.kind == Phase.UPDATE:
        return optimizer_code(record.layer_type)
    return entry.code.lines(record.kind) if entry is not None else ()


class CodePanel(QFrame):
    """A title and the code lines of the step on screen, in a monospaced face."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("codePanel")
        self.title = QLabel()
        self.title.setObjectName("codeTitle")
        self.code = QLabel()
        self.code.setObjectName("codeText")
        self.code.setTextFormat(Qt.TextFormat.RichText)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # One line of code sits beside its title; several go under it.
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(8, 3, 8, 3)
        self.box.setSpacing(10)
        self.box.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        self.box.addWidget(self.code, 1)
        self.toggle = QToolButton()
        self.toggle.setObjectName("codeToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setChecked(QSettings().value(SETTINGS_KEY, True, type=bool))
        self.toggle.toggled.connect(self._toggled)
        self.lines: tuple[str, ...] = ()
        self.setVisible(False)
        self.retranslateUi()

    def show_code(self, record: StepRecord | None, entry: LayerType | None) -> None:
        self.lines = code_lines(record, entry)
        self.box.setDirection(QBoxLayout.Direction.LeftToRight if len(self.lines) <= 1
                              else QBoxLayout.Direction.TopToBottom)
        self.code.setText("<pre style='margin:0'>" + "\n".join(html.escape(t) for t in self.lines)
                          + "</pre>")
        self.toggle.setEnabled(bool(self.lines))
        self.setVisible(bool(self.lines) and self.toggle.isChecked())

    def _toggled(self, on: bool) -> None:
        QSettings().setValue(SETTINGS_KEY, on)
        self.setVisible(bool(self.lines) and on)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("NumPy (book style):"))
        self.title.setToolTip(self.tr("The code that computes this step"))
        self.toggle.setText(self.tr("Code"))
        self.toggle.setToolTip(self.tr("Show the book-style NumPy lines that compute this step "
                                       "(該当するソースコード)"))
