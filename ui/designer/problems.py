"""The problems list under the stack: spec.validate() in the current language, network first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ..i18n import current_language
from ..widgets.icons import ok_icon, problem_icon
from .model import LayerStackModel

_OK_ROLE = Qt.ItemDataRole.UserRole + 1  # marks the "no problems" line


class ProblemsList(QListWidget):
    """One line per problem; clicking a line selects its layer in the stack."""

    layerActivated = Signal(int)  # layer index, -1 for a network-level problem

    def __init__(self, model: LayerStackModel, parent=None):
        super().__init__(parent)
        self.setObjectName("problemsList")
        self._model = model
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap the lines on resize
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setIconSize(QSize(16, 16))
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        model.modelReset.connect(self.refresh)
        self.itemClicked.connect(self._clicked)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        lang = current_language()
        problems = self._model.problems
        if not problems:
            item = QListWidgetItem(ok_icon(), self.tr("No problems: this network can be built "
                                                      "and trained."))
            item.setData(Qt.ItemDataRole.UserRole, None)
            item.setData(_OK_ROLE, True)
            self.addItem(item)
            self._fit_height()
            return
        # Network-level problems first, then in stack order (as the learner reads the stack).
        for p in sorted(problems, key=lambda p: -1 if p.index is None else p.index):
            if p.index is None:
                where = self.tr("Network")
            else:
                layer_type = self._model.layer(p.index).type if p.index < self._model.layer_count \
                    else "?"
                where = self.tr("Layer %1 (%2)").replace("%1", str(p.index)) \
                    .replace("%2", str(layer_type))
            item = QListWidgetItem(problem_icon(), f"{where}: {p.message(lang)}")
            item.setToolTip(p.message(lang))
            item.setData(Qt.ItemDataRole.UserRole, p.index)
            self.addItem(item)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its lines (up to five), so the stack above gets the room."""
        self.doItemsLayout()  # wrap the lines at the current width before measuring them
        rows = sum(self.visualItemRect(self.item(i)).height() for i in range(min(self.count(), 5)))
        self.setFixedHeight(max(34, rows + 2 * self.frameWidth() + 6))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()  # wrapped lines change height with the width

    def messages(self) -> list[str]:
        """The lines as shown (for tests and accessibility)."""
        return [self.item(i).text() for i in range(self.count())]

    def _clicked(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if item.data(_OK_ROLE):
            return
        self.layerActivated.emit(-1 if index is None else int(index))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
