"""What the step-view tests share: the notes' networks, a shown StepView, and a learner's clicks.

Values are read back from the widget (the cell texts of its tables), never from the engine alone.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from nnlab import Network, NetworkSpec
from nnlab.paths import resource
from ui.stepview.numbers import format_number, parse_number
from ui.stepview.step_view import StepView

X3 = np.array([1.0, 2.0])
T3 = np.array([0, 0])


def three_layer_net() -> Network:
    spec = NetworkSpec.from_json(resource("specs", "three_layer.nnlab.json"))
    net = Network(spec, dtype="float64")
    p = net.params
    p["layers.0.W"][...] = [[.1, .3, .5], [.2, .4, .6]]
    p["layers.0.b"][...] = [.1, .2, .3]
    p["layers.2.W"][...] = [[.1, .4], [.2, .5], [.3, .6]]
    p["layers.2.b"][...] = [.1, .2]
    p["layers.4.W"][...] = [[.1, .3], [.2, .4]]
    p["layers.4.b"][...] = [1, 2]
    return net


def section1_net() -> Network:
    spec = NetworkSpec.from_json(resource("specs", "section1_single_layer.nnlab.json"))
    net = Network(spec, dtype="float64")
    net.params["layers.0.W"][...] = [[.1, .2, .3], [.2, .3, .4], [.3, .4, .5], [.4, .5, .6]]
    net.params["layers.0.b"][...] = [.1, .2, .3]
    return net


def shown_view(qtbot) -> StepView:
    """A StepView at a laptop's size, shown (each test module's ``view`` fixture shuts it down)."""
    v = StepView()
    qtbot.addWidget(v)
    v.resize(1280, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def values(view: StepView, key: str) -> np.ndarray:
    """The numbers a table shows, parsed back from its cell texts."""
    table = view.array_view(key)
    assert table is not None and table.is_table(), key
    return np.array([[parse_number(t) for t in row] for row in table.texts()])


def assert_shown(view: StepView, key: str, expected: np.ndarray) -> None:
    """Every cell of table ``key`` shows ``expected`` to the displayed precision."""
    texts = view.array_view(key).texts()
    want = np.asarray(expected, dtype=float).reshape(len(texts), -1)
    assert texts == [[format_number(v) for v in row] for row in want], key


def cell_rect(view: StepView, key: str, row: int, col: int):
    table = view.array_view(key).table
    return table, table.visualRect(table.model().index(row, col)).center()


def open_editor(qtbot, view: StepView, key: str, row: int, col: int) -> QLineEdit:
    """Double-click a cell as a learner does (press, release, double-click) and get its editor."""
    table, pos = cell_rect(view, key, row, col)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    editor = table.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    return editor
