"""What the Lessons-tab tests share: the tab on screen, choosing a lesson and typing a guess into
a predict box, the way a learner does. (Every UI test starts and ends in English: conftest.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.context import AppContext
from ui.lessons.lessons_tab import LessonsTab


def lessons_tab_on_screen(qtbot):
    """The Lessons tab at 1280×800, shown; shut down after the test (``yield from`` it in a fixture)."""
    t = LessonsTab(AppContext())
    qtbot.addWidget(t)
    t.resize(1280, 800)
    t.show()
    qtbot.waitExposed(t)
    yield t
    t.shutdown()


def choose(qtbot, tab: LessonsTab, lesson_id: str):
    """Click the lesson in the list, as a learner would (scrolled to it; the list keeps the focus)."""
    tab.activateWindow()
    for row in range(tab.list.count()):
        item = tab.list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == lesson_id:
            tab.list.scrollToItem(item)
            qtbot.mouseClick(tab.list.viewport(), Qt.MouseButton.LeftButton,
                             pos=tab.list.visualItemRect(item).center())
            break
    assert tab.current_id == lesson_id
    return tab.page(lesson_id)


def guess(qtbot, box, text: str) -> None:
    """Type a guess into a predict box and press Enter."""
    box.edit.clear()
    qtbot.keyClicks(box.edit, text)
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
