"""Lesson 2's 試してみよう: the notes' presets for W, and the reading notes' matrix example.

    WeightPresets(view)   buttons that set W to np.zeros((4, 3)), np.ones, np.random.rand,
                          np.random.randint(5, …) or the notes' values, and the step view
                          recomputes; one row, so it fits beside the lesson's tabs; a button
                          opens MatrixExample as a popup
    MatrixExample()       (x₁ x₂)·[[1, 3, 5], [2, 4, 6]] with x₁, x₂ to edit
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from nnlab.lessons import comparisons as C

from ...stepview.numbers import format_number

WEIGHT_KEY = "layers.0.W"


class MatrixExample(QWidget):
    """x = (x₁ x₂) times the book's 2×3 matrix, worked out."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("matrixExample")
        self.spins = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        row.addWidget(self.caption)
        for name, value in (("x₁", 1.0), ("x₂", 2.0)):
            label = QLabel(name)
            spin = QDoubleSpinBox()
            spin.setObjectName(f"matrix_{name}")
            spin.setRange(-100, 100)
            spin.setDecimals(1)
            spin.setValue(value)
            spin.valueChanged.connect(self.update_result)
            row.addWidget(label)
            row.addWidget(spin)
            self.spins.append(spin)
        self.result = QLabel()
        self.result.setObjectName("matrixResult")
        self.result.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.result, 1)
        self.retranslateUi()

    def update_result(self) -> None:
        x1, x2 = (s.value() for s in self.spins)
        y = C.matrix_example(x1, x2)
        f = format_number
        self.result.setText(
            f"({f(x1)} {f(x2)}) · [[1, 3, 5], [2, 4, 6]] = "
            f"({f(x1)} + 2·{f(x2)}, 3·{f(x1)} + 4·{f(x2)}, 5·{f(x1)} + 6·{f(x2)}) = "
            f"<b>({', '.join(f(v) for v in y)})</b>")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.caption.setText(self.tr("The book's matrix example: y = xW with"))
        self.update_result()


class WeightPresets(QWidget):
    """The notes' 試してみよう lines for W as buttons, and the matrix example behind a toggle."""

    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weightPresets")
        self.view = view
        self.label = QLabel()
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 10, 2)
        row.setSpacing(4)
        row.addWidget(self.label)
        for name in C.PRESETS:
            button = QToolButton()
            button.setObjectName(f"preset_{name}")
            button.clicked.connect(lambda _c=False, n=name: self.apply(n))
            self.buttons[name] = button
            row.addWidget(button)
        row.addSpacing(8)
        self.matrix = MatrixExample()
        self.matrix.setContentsMargins(8, 6, 8, 6)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.matrix)
        menu.addAction(action)
        self.matrix_button = QToolButton()
        self.matrix_button.setObjectName("matrixButton")
        self.matrix_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.matrix_button.setMenu(menu)
        row.addWidget(self.matrix_button)
        self.retranslateUi()

    def set_compact(self, on: bool) -> None:
        """On a narrow screen "W =" alone, so the lesson's tabs beside it keep their names."""
        self._compact = on
        self.retranslateUi()

    def apply(self, name: str) -> bool:
        """Set W as the preset's line does (the step view recomputes everything after it)."""
        return self.view.set_parameter(WEIGHT_KEY, C.weight_preset(name), C.PRESET_CODE[name])

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        full = self.tr("Try it (試してみよう) — W =")
        self.label.setText("W =" if getattr(self, "_compact", False) else full)
        self.label.setToolTip(full)
        texts = {"notes": self.tr("the notes' W"), "zeros": "zeros", "ones": "ones", "rand": "rand",
                 "randint": "randint(5)"}
        tips = {"rand": self.tr("Uniform in [0, 1) — not the standard normal (that is randn)"),
                "randint": self.tr("Integers 0 … 4")}
        for name, button in self.buttons.items():
            button.setText(texts[name])
            tip = C.PRESET_CODE[name]
            button.setToolTip(f"{tip}\n{tips[name]}" if name in tips else tip)
        self.matrix_button.setText(self.tr("Matrix example"))
        self.matrix_button.setToolTip(self.tr("The book's example: (x₁ x₂)·[[1, 3, 5], [2, 4, 6]]"))
