"""Guard against PySide6 6.12.0 on CPython 3.11, which over-decrements None/True on every signal
emit and many void calls and aborts the interpreter ("bool_dealloc"/"none_dealloc") after a few
thousand. pyproject.toml keeps that combination from being installed; this proves the installed one
survives far more calls than the app makes in a session."""

import sys

import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal

CALLS = 50_000


class Emitter(QObject):
    fired = Signal(object)
    flag = Signal(bool)


def test_fifty_thousand_signals_and_item_updates(qapp):
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    emitter = Emitter()
    seen = []
    emitter.fired.connect(lambda v: seen.append(v) if v is None else None)
    emitter.flag.connect(lambda v: None)
    for _ in range(CALLS):
        emitter.fired.emit(None)
        emitter.flag.emit(True)
    item = pg.PlotCurveItem()
    for i in range(CALLS):
        item.update()
        item.setVisible(i % 2 == 0)
    assert len(seen) == CALLS
    # On the broken combination these counts fall by one per call (and the process aborts).
    assert sys.getrefcount(None) > before_none - 1000
    assert sys.getrefcount(True) > before_true - 1000
