"""A seeded random GUI session on every tab, with a real training run on a tiny MNIST slice.

Thousands of clicks, keys, drags (the Draw canvas too) and menu actions (tools/random_session.py;
run it longer with ``python tools/random_session.py --seed N --actions 20000``). The test fails
on any exception (pytest-qt reports those raised in Qt's callbacks; threads are watched here),
any Qt warning, or a thread left running once the window has closed.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from tools.random_session import QtMessages, RandomSession, patch_dialogs
from ui.app import create_window
from ui.i18n import set_language

ACTIONS = 1000  # per session, two sessions: about 20 s each on an idle 2-core machine


@pytest.fixture
def thread_errors(monkeypatch):
    errors = []
    monkeypatch.setattr(threading, "excepthook",
                        lambda a: errors.append(f"{a.exc_type.__name__}: {a.exc_value}"))
    return errors


@pytest.mark.parametrize("seed, lang", [(0, "en"), (1, "ja")])
def test_a_random_session_leaves_no_error_warning_or_thread(qtbot, monkeypatch, thread_errors,
                                                           seed, lang):
    patch_dialogs(monkeypatch.setattr)
    with QtMessages() as messages:
        window = create_window(["--lang", lang])
        qtbot.addWidget(window)
        window.resize(1024, 700)
        session = RandomSession(window, seed)
        # A real run on a tiny slice, going on while the random actions happen.
        window.set_current_tab("train")
        train = window.tabs["train"]
        session._keep_training_small()
        qtbot.mouseClick(train.run_controls.start_button, Qt.MouseButton.LeftButton)
        assert train.is_running()
        session.run(ACTIONS)
        running = session.finish()
    set_language("en")
    assert sum(session.counts.values()) == ACTIONS, session.counts
    assert len(train.runs) >= 1 and train.runs[0].status != "running"
    assert not thread_errors
    assert not messages.problems, messages.problems[:5]
    assert not running
