"""UI test fixtures: every test must leave no QThread running."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QThread

from ui import theme


@pytest.fixture(scope="session", autouse=True)
def styled_app(qapp):
    """The application style sheet, as ui/app.py installs it, for every UI test."""
    theme.install(qapp)
    return qapp


@pytest.fixture(autouse=True)
def no_dangling_threads(qapp):
    """Fail a test that leaves a QThread running (closing a window must stop its workers)."""
    yield
    gc.collect()
    running = [
        obj for obj in gc.get_objects()
        if isinstance(obj, QThread) and _alive(obj) and obj.isRunning()
    ]
    for thread in running:  # do not let one test's leak crash the next
        thread.quit()
        thread.wait(5000)
    assert not running, f"{len(running)} QThread(s) still running after the test"


def _alive(obj) -> bool:
    try:
        import shiboken6

        return shiboken6.isValid(obj)
    except Exception:
        return False
