"""One 確認テスト question on screen: the prompt, the code it points into, the answer, the check.

    card = QuestionCard(question, number=2)
    card.answered.connect(lambda question_id, right: ...)
    card.choose({2, 3}); card.type_answer("0.00975"); card.pick_line(6); card.check()

A choice question has radio buttons (check boxes when several are right, "全て選べ"); a number
question a line edit; a code question the code as a list of numbered lines to click. "Check"
says right or not; a right answer locks the card and shows the explanation and — where the notes
were wrong — the correction; a wrong one may be tried again, or explained first.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons.quizzes import Question

from ..i18n import bilingual
from ..stepview.numbers import format_number
from ..theme import DISABLED, set_state


class QuestionCard(QFrame):
    """A question, its answer widgets, Check, the verdict, the explanation and the correction."""

    answered = Signal(str, bool)  # question id, right

    def __init__(self, question: Question, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("questionCard")
        self.question = question
        self.number = number
        self.right = False
        self.explained = False
        self.line: int | None = None  # the picked code line (1-based)

        self.number_label = QLabel()
        self.number_label.setObjectName("questionNumber")
        self.prompt = QLabel()
        self.prompt.setObjectName("questionPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = QLabel()
        self.source.setObjectName("questionSource")
        self.source.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.prompt, 1)
        top.addWidget(self.source, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        self.code_list: QListWidget | None = None
        self.code_block: QLabel | None = None
        self.buttons: list[QAbstractButton] = []
        self.group: QButtonGroup | None = None
        self.edit: QLineEdit | None = None
        if question.kind == "code":
            self.code_list = self._code_list(question.code_lines)
            layout.addWidget(self.code_list)
        elif question.code:
            self.code_block = QLabel(self._code_html(question.code_lines))
            self.code_block.setObjectName("codeBlock")
            self.code_block.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(self.code_block)
        if question.kind == "choice":
            layout.addLayout(self._choices())
        elif question.kind == "number":
            self.edit = QLineEdit()
            self.edit.setObjectName("numberAnswer")
            self.edit.setFixedWidth(170)
            self.edit.returnPressed.connect(self.check)

        self.check_button = QPushButton()
        self.check_button.setObjectName("checkAnswer")
        self.check_button.clicked.connect(self.check)
        self.explain_button = QPushButton()
        self.explain_button.setObjectName("explainAnswer")
        self.explain_button.setVisible(False)
        self.explain_button.clicked.connect(self.explain)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        row = QHBoxLayout()
        if self.edit is not None:
            row.addWidget(self.edit)
        row.addWidget(self.check_button)
        row.addWidget(self.explain_button)
        row.addWidget(self.verdict, 1)
        layout.addLayout(row)
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setVisible(False)
        self.correction = QLabel()
        self.correction.setObjectName("correctionNote")
        self.correction.setWordWrap(True)
        self.correction.setTextFormat(Qt.TextFormat.RichText)
        self.correction.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correction.setVisible(False)
        layout.addWidget(self.explanation)
        layout.addWidget(self.correction)
        self.retranslateUi()

    # ---- parts ----------------------------------------------------------------------------------
    def _choices(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        multiple = self.question.multiple
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        for i in range(len(self.question.choices)):
            button = QCheckBox() if multiple else QRadioButton()
            button.setObjectName(f"choice_{i}")
            self.group.addButton(button, i)
            self.buttons.append(button)
            box.addWidget(button)
        return box

    def _code_list(self, lines: list[str]) -> QListWidget:
        view = QListWidget()
        view.setObjectName("codeLines")
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        width = len(str(len(lines)))
        for n, text in enumerate(lines, 1):
            item = QListWidgetItem(f"{n:>{width}}  {text}")
            item.setData(Qt.ItemDataRole.UserRole, n)
            view.addItem(item)
        view.currentRowChanged.connect(lambda row: self._line_picked(row + 1 if row >= 0 else None))
        rows = view.sizeHintForRow(0) * len(lines) if lines else 0
        view.setFixedHeight(rows + 2 * view.frameWidth() + 20)  # room for a horizontal bar
        return view

    @staticmethod
    def _code_html(lines: list[str]) -> str:
        width = len(str(len(lines)))
        rows = [f"<span style='color:{DISABLED.name()}'>{n:>{width}}</span>  {html.escape(t)}"
                for n, t in enumerate(lines, 1)]
        return "<pre style='margin:0'>" + "\n".join(rows) + "</pre>"

    def _line_picked(self, line: int | None) -> None:
        self.line = line

    # ---- answering (what the learner does; tests call these too) --------------------------------
    def choose(self, indices) -> None:
        for i, button in enumerate(self.buttons):
            button.setChecked(i in set(indices))

    def type_answer(self, text: str) -> None:
        if self.edit is not None:
            self.edit.setText(text)

    def pick_line(self, line: int) -> None:
        if self.code_list is not None:
            self.code_list.setCurrentRow(line - 1)

    def response(self):
        """What the learner has given: a set of choices, the typed text, or a line (or None)."""
        q = self.question
        if q.kind == "choice":
            chosen = {i for i, b in enumerate(self.buttons) if b.isChecked()}
            return chosen or None
        if q.kind == "number":
            text = self.edit.text().strip()
            return text or None
        return self.line

    def check(self) -> bool:
        """Judge the answer given; True when it is right."""
        if self.right:
            return True
        response = self.response()
        if response is None:
            set_state(self.verdict, "verdict", "wrong")
            self.verdict.setText(self._missing_text())
            return False
        right = self.question.check(response)
        if right:
            self.set_right()
        else:
            set_state(self.verdict, "verdict", "wrong")
            self.verdict.setText(self.tr("✗ Not quite. Try again, or ask for the explanation."))
            self.explain_button.setVisible(not self.explained)
        self.answered.emit(self.question.id, right)
        return right

    def set_right(self, restored: bool = False) -> None:
        """Lock the card as answered right (``restored``: from an earlier session)."""
        self.right = True
        if restored:
            self._show_key()
        set_state(self, "state", "right")
        set_state(self.verdict, "verdict", "right")
        self.verdict.setText(self.tr("✓ Right (answered earlier).") if restored else self.tr("✓ Right!"))
        for w in (*self.buttons, self.edit, self.code_list, self.check_button, self.explain_button):
            if w is not None:
                w.setEnabled(False)
        self.explain_button.setVisible(False)
        self.explain()

    def explain(self) -> None:
        """Show the explanation and, where the notes were wrong, the correction."""
        self.explained = True
        self.explain_button.setVisible(False)
        if not self.right and self.verdict.text():
            self.verdict.setText(self.tr("✗ Not quite. Read the explanation, then try again."))
        self.explanation.setVisible(True)
        self.correction.setVisible(self.question.correction is not None)
        self.retranslateUi()

    def _show_key(self) -> None:
        q = self.question
        if q.kind == "choice":
            self.choose(q.right)
        elif q.kind == "number":
            self.edit.setText(format_number(q.answer))
        else:
            self.pick_line(q.lines[0])

    def _missing_text(self) -> str:
        return {"choice": self.tr("Choose an answer first."),
                "number": self.tr("Type a number first."),
                "code": self.tr("Click a line of the code first.")}[self.question.kind]

    # ---- texts ----------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        q = self.question
        self.number_label.setText(self.tr("Q%1").replace("%1", str(self.number)))
        prompt = bilingual(q.prompt)
        if q.multiple:
            prompt += " " + self.tr("(Choose every right answer.)")
        self.prompt.setText(prompt)
        self.source.setText(bilingual(q.source))
        for button, text in zip(self.buttons, q.choices, strict=True):
            button.setText(bilingual(text))
        if self.edit is not None:
            self.edit.setPlaceholderText(self.tr("e.g. 0.25 or 1/4"))
        self.check_button.setText(self.tr("Check"))
        self.explain_button.setText(self.tr("Explain"))
        self.explanation.setText(bilingual(q.explanation))
        if q.correction is not None:
            self.correction.setText("<b>" + html.escape(self.tr("ノートの訂正 — the notes corrected")) + "</b><br>"
                                    + html.escape(bilingual(q.correction), quote=False))
