"""A message strip above the plots: what went wrong (or right) and, when there is one, a fix.

Texts are given as functions returning the string in the current language (``lambda:
self.tr(...)`` for the tab's own words, ``bilingual((en, ja))`` for the engine's), and are asked
again on every language change, so a message follows a switch like every other string.
``show_run_problem`` shows a run's Diverged, LossGrowing or DeadUnits event with the engine's
explanation and a button to the learning rate it suggests (no button when the engine suggests
none: a loss that was NaN before any update is not the learning rate's fault).

``BannerHost`` lays the banner over the top of what it holds instead of above it: showing or
hiding a message never moves the plots or the tabs under them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.events import DeadUnits, Diverged

from ..i18n import bilingual
from ..theme import set_state
from ..widgets.icons import ok_icon, problem_icon

Text = Callable[[], str]


def _blank() -> str:
    return ""


class MessageBanner(QFrame):
    """Hidden until ``show_message``; an optional action button runs a suggested fix."""

    actionTriggered = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.icon = QLabel()
        self.icon.setFixedSize(22, 22)
        self.title = QLabel()
        self.title.setObjectName("bannerTitle")
        self.text = QLabel()
        self.text.setObjectName("bannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(120)
        self.action = QPushButton()
        self.action.setObjectName("bannerAction")
        self.action.clicked.connect(self.actionTriggered)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.text)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 7, 6, 7)
        row.setSpacing(10)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        row.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = "info"
        self._title: Text = _blank
        self._text: Text = _blank
        self._action: Text | None = None
        self.suggested_lr: float | None = None  # what the action button sets, for run problems
        self.hide()

    def show_message(self, kind: str, title: Text, text: Text, action: Text | None = None) -> None:
        """``kind`` "error" | "warning" | "info"; ``action`` labels the fix button (None: none)."""
        self.kind = kind
        self._title, self._text, self._action = title, text, action
        self.suggested_lr = None
        set_state(self, "level", kind)  # the style sheet colours the frame by level
        icon = ok_icon() if kind == "info" else problem_icon()
        self.icon.setPixmap(icon.pixmap(22, 22))
        self._render()
        self.show()

    def show_run_problem(self, event, running: Callable[[], bool]) -> None:
        """A run's Diverged, LossGrowing or DeadUnits ``event``; the button offers its suggested
        learning rate ("Stop and use …" while ``running()``, for a warning)."""
        lr = f"{event.suggested_lr:g}"
        stops = not isinstance(event, Diverged)  # a diverged run has ended already

        def title() -> str:
            if isinstance(event, Diverged):
                return (self.tr("Training diverged at epoch %1, step %2")
                        .replace("%1", str(event.epoch)).replace("%2", str(event.step)))
            if isinstance(event, DeadUnits):
                return self.tr("The ReLU units of layer %1 died").replace("%1", str(event.layer))
            return self.tr("The loss is growing instead of falling")

        def action() -> str:
            text = (self.tr("Stop and use learning rate %1") if stops and running()
                    else self.tr("Use learning rate %1"))
            return text.replace("%1", lr)

        offer = event.suggested_lr > 0  # 0: the engine has no learning rate to suggest
        self.show_message("error" if not stops else "warning", title,
                          lambda: bilingual((event.en, event.ja)), action if offer else None)
        self.suggested_lr = event.suggested_lr if offer else None

    def refresh(self) -> None:
        """Ask the texts again (e.g. the action's once the run has ended)."""
        self._render()

    def message(self) -> str:
        """The text as shown (tests, accessibility)."""
        return self.text.text()

    def _render(self) -> None:
        title = self._title()
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.text.setText(self._text())
        self.action.setVisible(self._action is not None)
        if self._action is not None:
            self.action.setText(self._action())
        self.place()

    def place(self) -> None:
        """Over the top of the parent, as wide as it and as tall as the text needs."""
        parent = self.parentWidget()
        if parent is None or not isinstance(parent, BannerHost):
            return
        width = parent.width()
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        if height <= 0:  # a sizeHint's wrapped text is laid out narrower than the banner: taller
            height = self.sizeHint().height()
        self.setGeometry(0, 0, width, height)
        self.raise_()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.place()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)


class BannerHost(QWidget):
    """``content`` filling the widget, and ``banner`` laid over its top edge when shown."""

    def __init__(self, banner: MessageBanner, content: QWidget, parent=None):
        super().__init__(parent)
        self.banner = banner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)
        banner.setParent(self)
        shadow = QGraphicsDropShadowEffect(banner)
        shadow.setBlurRadius(14)
        shadow.setOffset(0, 2)
        shadow.setColor(QColor(0, 0, 0, 70))
        banner.setGraphicsEffect(shadow)
        banner.hide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.banner.place()
