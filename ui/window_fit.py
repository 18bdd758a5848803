"""Keeping the window on the screen it opens on, and every tab reachable in a small window.

Three rules, so that a 1024×700 laptop screen shows the whole app:

* ``scrollable(tab)`` — the tab sits in a frameless scroll area that resizes it with the window
  and only scrolls when the window is smaller than what the tab needs. The window's minimum is
  then the shell's (menus, tab bar, status bar), not the widest tab's; each tab still lays itself
  out to fit (tests/ui/test_window_fit.py holds every tab to 1024×700), the scroll area is the
  safety net that keeps nothing out of reach meanwhile.
* ``first_geometry(preferred, available)`` — the first launch opens at the preferred size, or
  the screen's available area less a margin when that is smaller, centred on it.
* ``clamp_geometry(rect, available)`` — a restored geometry (saved on another, larger screen, or
  past an edge) is shrunk to the available area and moved inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: Room left around a first-launch window that would otherwise fill the screen (px).
MARGIN = 24


class TabScrollArea(QScrollArea):
    """Gives its tab the whole viewport, and only scrolls below the tab's minimum size.

    Not QScrollArea's ``widgetResizable``: that one also honours heightForWidth, and a tab with a
    wrapped label deep inside (the Train tab: 972 px at 1010 px wide) would be made that tall and
    its buttons scrolled away, where the tab itself lays out fine in the window's height.
    """

    def __init__(self, tab: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{tab.objectName() or 'tab'}Scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(tab)
        self.setMinimumSize(QSize(0, 0))
        # Not a stop for Tab or a click: the focus (and the arrow keys) stay with the tab's widgets.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        tab.installEventFilter(self)

    def fit_tab(self) -> None:
        tab = self.widget()
        if tab is None:
            return
        need = tab.minimumSizeHint().expandedTo(tab.minimumSize())
        room = self.maximumViewportSize()
        # A scroll bar in one direction takes room from the other.
        if need.width() > room.width():
            room.setHeight(room.height() - self.horizontalScrollBar().sizeHint().height())
        if need.height() > room.height():
            room.setWidth(room.width() - self.verticalScrollBar().sizeHint().width())
        size = room.expandedTo(need)
        if tab.size() != size:
            tab.resize(size)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_tab()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_tab()  # the tab's minimum may have changed (another lesson, language)
        return super().eventFilter(watched, event)


def scrollable(tab: QWidget) -> QScrollArea:
    """``tab`` in a scroll area that gives it all the room there is and scrolls only below its minimum."""
    return TabScrollArea(tab)


def first_geometry(preferred: QSize, available: QRect, minimum: QSize | None = None) -> QRect:
    """The first launch's window: ``preferred`` or the available area less MARGIN, centred."""
    minimum = minimum or QSize(0, 0)
    room = available.size() - QSize(2 * MARGIN, 2 * MARGIN)
    width = max(minimum.width(), min(preferred.width(), room.width()))
    height = max(minimum.height(), min(preferred.height(), room.height()))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return clamp_geometry(rect, available)


def clamp_geometry(rect: QRect, available: QRect) -> QRect:
    """``rect`` no larger than ``available`` and moved so that no edge lies past the screen's."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    left = min(max(rect.left(), available.left()), available.right() - width + 1)
    top = min(max(rect.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


def screen_for(window: QWidget) -> QScreen | None:
    """The screen under the window's centre, else the primary screen."""
    screen = QGuiApplication.screenAt(window.frameGeometry().center())
    return screen or window.screen() or QGuiApplication.primaryScreen()


def fit_first_launch(window: QWidget, preferred: QSize) -> None:
    """Size and place a window that has no saved geometry (see ``first_geometry``)."""
    screen = screen_for(window)
    if screen is None:
        window.resize(preferred)
        return
    rect = first_geometry(preferred, screen.availableGeometry(), window.minimumSizeHint())
    window.resize(rect.size())
    window.move(rect.topLeft())


def keep_on_screen(window: QWidget) -> None:
    """After ``restoreGeometry``: the whole frame inside its screen's available area."""
    screen = screen_for(window)
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    inside = clamp_geometry(frame, available)
    if inside == frame:
        return
    # The frame (title bar, borders) is outside the client area: keep its thickness.
    extra = frame.size() - window.geometry().size()
    window.resize(inside.size() - extra)
    window.move(QPoint(inside.left(), inside.top()))
