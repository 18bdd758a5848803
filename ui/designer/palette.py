"""The palette: every layer type as a card, grouped, with its one-line description.

Drag a card into the stack (a QDrag carrying ``layer_type_mime``), double-click it, press Enter on
it, or click its "+" button to add the layer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.registry import REGISTRY, LayerType, Registry

from ..i18n import bilingual
from ..widgets.factories import hint_label, section_title
from ..widgets.layer_style import CATEGORIES, category, category_title
from .mime import layer_type_mime


class PaletteCard(QFrame):
    """One layer type: name, description, an add button; draggable."""

    addRequested = Signal(str)

    def __init__(self, entry: LayerType, registry: Registry = REGISTRY,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.layer_type = layer_type = entry.name
        self._press: QPoint | None = None
        self.setObjectName("paletteCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        # Not Fixed: a fixed height is the one-width guess of sizeHint(), too short when the
        # description wraps to three lines in a narrow palette.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # The style sheet gives the card and its name the colour of the layer's group.
        self.setProperty("category", category(layer_type, registry))
        self.name_label = QLabel(layer_type)
        self.name_label.setObjectName("paletteName")
        self.name_label.setProperty("category", category(layer_type, registry))
        self.description_label = QLabel()
        self.description_label.setObjectName("paletteDescription")
        self.description_label.setWordWrap(True)
        small = self.description_label.font()
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.9))
        self.description_label.setFont(small)
        # Japanese lines mix two fonts and come out taller than the label measures: keep room.
        self.description_label.setContentsMargins(0, 0, 0, 3)
        self.add_button = QToolButton()
        self.add_button.setText("+")
        self.add_button.setAutoRaise(True)
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.setObjectName("paletteAdd")
        self.add_button.clicked.connect(lambda: self.addRequested.emit(self.layer_type))
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(1)
        text.addWidget(self.name_label)
        text.addWidget(self.description_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(9, 5, 3, 5)
        row.setSpacing(4)
        row.addLayout(text, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        description = bilingual(self.entry.description)
        self.description_label.setText(description)
        self.add_button.setToolTip(self.tr("Add %1 to the network").replace("%1", self.layer_type))
        self.setToolTip(self.tr("Drag into the layer stack, or double-click to add"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def mimeData(self):
        return layer_type_mime(self.layer_type)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() \
                < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(self.mimeData())
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.CopyAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.addRequested.emit(self.layer_type)
            event.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.addRequested.emit(self.layer_type)
            event.accept()
            return
        super().keyPressEvent(event)


class LayerPalette(QWidget):
    """Every layer type of the registry, in groups: Layers, Activations, Regularisation, Output."""

    addRequested = Signal(str)  # a layer type to append to the stack

    def __init__(self, parent: QWidget | None = None, registry: Registry = REGISTRY):
        super().__init__(parent)
        self.setObjectName("layerPalette")
        self._cards: dict[str, PaletteCard] = {}
        self._headers: dict[str, QLabel] = {}
        self.title = section_title()
        self.hint = hint_label()
        self.head_note = hint_label()

        content = QWidget()
        content.setObjectName("paletteContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(2, 0, 6, 8)
        column.setSpacing(5)
        for cat in CATEGORIES:
            types = [t for t in registry if category(t.name, registry) == cat]
            if not types:
                continue
            header = QLabel()
            header.setObjectName("groupTitle")
            self._headers[cat] = header
            column.addSpacing(6)
            column.addWidget(header)
            if cat == "output":
                column.addWidget(self.head_note)
            for t in types:
                card = PaletteCard(t, registry)
                card.addRequested.connect(self.addRequested)
                self._cards[t.name] = card
                column.addWidget(card)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        self._content = content
        # QScrollArea sizes its widget from the minimum size, which ignores how many lines the
        # descriptions wrap to at this width: without this, long ones (Step, BatchNorm) were
        # squeezed into their cards and drawn over the names.
        scroll.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        self.retranslateUi()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_content()
        return super().eventFilter(watched, event)

    def _fit_content(self) -> None:
        """Give the cards the height their wrapped descriptions need at the palette's width."""
        width = self.scroll.viewport().width()
        layout = self._content.layout()
        if width > 0 and layout.hasHeightForWidth():
            self._content.setMinimumHeight(layout.totalHeightForWidth(width))

    def card(self, layer_type: str) -> PaletteCard:
        return self._cards[layer_type]

    def mime_data(self, layer_type: str):
        """The QMimeData a drag of ``layer_type`` carries (what the stack's drop code receives)."""
        return self._cards[layer_type].mimeData()

    def retranslateUi(self) -> None:
        self.title.setText(self.tr("Layer palette"))
        self.hint.setText(self.tr("Drag a layer into the stack, or double-click it."))
        self.head_note.setText(self.tr("A network ends in exactly one output layer; adding "
                                       "another replaces it."))
        for cat, header in self._headers.items():
            header.setText(category_title(cat))
        if hasattr(self, "_content"):
            self._fit_content()  # the other language wraps differently

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            # The cards get the event after the palette: fit again once their texts changed.
            QTimer.singleShot(0, self, self._fit_content)
        super().changeEvent(event)
