"""Predict, then run: the learner picks what an experiment will show before running it.

The choices are the lesson's (``nnlab.lessons.catalog.l14_regularisation``); once the run has
ended, ``judge(actual)`` compares the pick with what the learner's own run showed (``actual`` is
computed from that run, never fixed text) and says so, right or wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import bilingual
from ...theme import set_state


class ChoicePrediction(QFrame):
    """"✎ prompt  ( ) a  ( ) b  ( ) c" and, after the run, the verdict."""

    chosen = Signal(int)

    def __init__(self, choices: tuple[tuple[str, str], ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("predictBox")
        self.choices = choices
        self.prompt = QLabel()
        self.prompt.setObjectName("predictPrompt")
        self.prompt.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons = [QRadioButton() for _ in choices]
        row = QHBoxLayout()
        row.setSpacing(12)
        for i, button in enumerate(self.buttons):
            button.setObjectName(f"choice{i}")
            self.group.addButton(button, i)
            row.addWidget(button)
        row.addStretch(1)
        self.verdict = QLabel()
        self.verdict.setObjectName("predictVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.prompt)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        self.group.idClicked.connect(self.chosen)
        self._prompt: tuple[str, str] = ("", "")
        self._verdict: tuple[str, bool] | None = None

    def set_prompt(self, prompt: tuple[str, str]) -> None:
        self._prompt = prompt
        self.retranslateUi()

    def choice(self) -> int | None:
        i = self.group.checkedId()
        return None if i < 0 else i

    def choose(self, index: int) -> None:
        self.buttons[index].setChecked(True)
        self.chosen.emit(index)

    def set_locked(self, locked: bool) -> None:
        """While the experiment runs the prediction cannot change."""
        for b in self.buttons:
            b.setEnabled(not locked)

    def judge(self, actual: int) -> bool | None:
        """Compare the pick with what the run showed; None when nothing was picked."""
        picked = self.choice()
        if picked is None:
            self._verdict = None
            self.verdict.setVisible(False)
            return None
        self._verdict = (str(actual), picked == actual)
        self.retranslateUi()
        return picked == actual

    def retranslateUi(self) -> None:
        self.prompt.setText("<b>✎ " + bilingual(self._prompt) + "</b>")
        for button, text in zip(self.buttons, self.choices):
            button.setText(bilingual(text))
        if self._verdict is None:
            return
        actual, right = int(self._verdict[0]), self._verdict[1]
        shown = bilingual(self.choices[actual]) if 0 <= actual < len(self.choices) else "—"
        picked = bilingual(self.choices[self.choice()])
        if right:
            text = self.tr("✓ Right: you predicted “%1”, and your run showed it.").replace(
                "%1", picked)
        else:
            text = self.tr("✗ You predicted “%1”; your run showed “%2”.").replace(
                "%1", picked).replace("%2", shown)
        set_state(self.verdict, "verdict", "right" if right else "wrong")
        self.verdict.setText(text)
        self.verdict.setVisible(True)
