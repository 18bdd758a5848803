"""Help → Getting started: a short tour of the four tabs, shown once on the first launch.

Five pages (welcome, Designer, Lessons, Train, Draw); each tab's page also shows that tab behind
the dialog. "Skip" closes it at any page; the Help menu opens it again. Whether it was shown is
kept in QSettings (``help/tourShown``), so it appears by itself only once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

SHOWN_KEY = "help/tourShown"



def pages() -> list[tuple[str | None, str, str]]:
    """(tab key or None, title, text) of each page, in the current language."""
    return [
        (None, Q.translate("GettingStarted", "Welcome to NN Lab"),
         Q.translate("GettingStarted", "NN Lab teaches neural networks from scratch, as ゼロから作るDeep Learning and the "
            "JDLA E資格 notes do: you build a network, walk one sample through it a layer at a "
            "time, train it on MNIST and test it with digits you draw. Four tabs, one for each; "
            "this tour shows them in a minute.")),
        ("designer", Q.translate("GettingStarted", "Designer: build a network"),
         Q.translate("GettingStarted", "Drag layers from the palette into the stack (or double-click them), set their "
            "options on the right, and watch the diagram and the parameter count. Problems are "
            "listed with the layer they belong to. File → New from Template starts from the "
            "curriculum's networks; Ctrl+Z undoes any edit.")),
        ("lessons", Q.translate("GettingStarted", "Lessons: the curriculum, step by step"),
         Q.translate("GettingStarted", "The lessons follow the course: perceptrons, forward passes with the notes' "
            "numbers, losses, gradients and backpropagation. In the stepping lessons press → or F "
            "to step forward, ← or B to step back, U to undo; predict a value before it is "
            "shown, then answer the 確認テスト. “Your design” steps the Designer's network.")),
        ("train", Q.translate("GettingStarted", "Train: learn MNIST"),
         Q.translate("GettingStarted", "Pick the optimizer, learning rate, batch size and epochs, press Start and watch "
            "the loss and the accuracy while the window stays responsive. Pause or Stop at any "
            "time; every run is kept in the Runs list, and a finished model can be saved.")),
        ("draw", Q.translate("GettingStarted", "Draw: test it with your own digits"),
         Q.translate("GettingStarted", "Draw a digit with the mouse: NN Lab shows it the way MNIST writes it (28×28, "
            "centred) and the probability of each class. “Look inside” shows what each layer "
            "makes of it. Help → Keyboard shortcuts lists every key.")),
    ]


class GettingStarted(QDialog):
    """The tour; ``page`` is the index shown. Not modal: the tabs behind it can be tried."""

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("gettingStarted")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._window = window
        self.page = 0
        self.step_label = QLabel()
        self.step_label.setObjectName("tourStep")
        self.title = QLabel()
        self.title.setObjectName("tourTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("tourText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setMinimumHeight(150)
        self.skip_button = QPushButton()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.skip_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.step_label)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.setFixedWidth(480)
        self.retranslateUi()

    def show_page(self, index: int) -> None:
        """Show page ``index`` (clamped) and, for a tab's page, that tab."""
        all_pages = pages()
        self.page = max(0, min(index, len(all_pages) - 1))
        tab, title, text = all_pages[self.page]
        self.step_label.setText(Q.translate("GettingStarted", "%1 of %2").replace("%1", str(self.page + 1))
                                .replace("%2", str(len(all_pages))))
        self.title.setText(title)
        self.text.setText(text)
        last = self.page == len(all_pages) - 1
        self.back_button.setEnabled(self.page > 0)
        self.next_button.setText(Q.translate("GettingStarted", "Start using NN Lab") if last else Q.translate("GettingStarted", "Next ▶"))
        self.skip_button.setVisible(not last)
        if tab is not None:
            self._window.set_current_tab(tab)

    def _next(self) -> None:
        if self.page == len(pages()) - 1:
            self.accept()
        else:
            self.show_page(self.page + 1)

    def retranslateUi(self) -> None:
        self.setWindowTitle(Q.translate("GettingStarted", "Getting Started"))
        self.skip_button.setText(Q.translate("GettingStarted", "Skip the tour"))
        self.back_button.setText(Q.translate("GettingStarted", "◀ Back"))
        self.show_page(self.page)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def show_tour(window) -> GettingStarted:
    """Open the tour at its first page (Help → Getting started) and remember it was shown."""
    dialog = getattr(window, "_tour", None)
    if dialog is None:
        dialog = GettingStarted(window)
        window._tour = dialog
    dialog.show_page(0)
    dialog.show()
    dialog.raise_()
    QSettings().setValue(SHOWN_KEY, True)
    return dialog


def maybe_show_tour(window) -> GettingStarted | None:
    """On the very first launch only: the tour."""
    if QSettings().value(SHOWN_KEY, False, type=bool):
        return None
    return show_tour(window)
