"""A seeded random GUI session: thousands of clicks, keys, drags and menu actions on every tab.

Run: python tools/random_session.py [--seed 0] [--actions 20000] [--lang en|ja]
(offscreen by default; tests/ui/test_random_session.py runs a short one in CI).

The session drives the real window as a learner would, only faster and without aim: it picks a
tab, clicks a visible enabled button, types a key into the focused widget, drags across the Draw
canvas (or anywhere), or triggers a menu action (language switch, undo, export…). Dialogs that
would block are answered at once: file dialogs are cancelled, questions get "No"/"Cancel", and
any QDialog.exec() is rejected, and a popup menu or modal window that runs its own event loop
(a tool button's menu) is closed by a timer that fires inside that loop. Training stays small: before every action the Train tab's
settings are clamped to a tiny MNIST slice, so each Start is a short real run.

It fails (exit 1, or an AssertionError in the test) on any Python exception, any Qt warning, or
a thread still running after the window closed.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, Qt, QThread, QTimer, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QWidget,
)

KEYS = [Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Tab,
        Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Delete, Qt.Key.Key_Backspace,
        Qt.Key.Key_Space, Qt.Key.Key_F, Qt.Key.Key_B, Qt.Key.Key_C, Qt.Key.Key_0, Qt.Key.Key_1,
        Qt.Key.Key_5, Qt.Key.Key_9, Qt.Key.Key_Minus, Qt.Key.Key_Period, Qt.Key.Key_PageDown]
CTRL_KEYS = [Qt.Key.Key_Z, Qt.Key.Key_Y, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4,
             Qt.Key.Key_A]
# Qt messages of the offscreen platform itself, not of NN Lab.
HARMLESS = ("propagateSizeHints", "This plugin does not support")
# The Train tab's settings during a session: a tiny slice, so that every Start is a short run.
SMALL_TRAINING = {"subset": (50, 300), "epochs": (1, 2), "batch": (10, 100)}


def patch_dialogs(setattr_=setattr) -> None:
    """Answer every blocking dialog at once (``setattr_``: pytest's monkeypatch.setattr, or
    the builtin for the script)."""
    no = QMessageBox.StandardButton.No
    for name in ("question", "warning", "critical", "information"):
        setattr_(QMessageBox, name, staticmethod(lambda *a, **k: no))
    for name in ("about", "aboutQt"):
        setattr_(QMessageBox, name, staticmethod(lambda *a, **k: None))
    setattr_(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    setattr_(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    setattr_(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    setattr_(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    setattr_(QDialog, "exec", lambda self, *a: QDialog.DialogCode.Rejected)


class QtMessages:
    """Collects Qt's warnings (and worse) while installed."""

    def __init__(self):
        self.problems: list[str] = []
        self._previous = None

    def __enter__(self) -> QtMessages:
        self._previous = qInstallMessageHandler(self._handle)
        return self

    def __exit__(self, *exc) -> None:
        qInstallMessageHandler(self._previous)

    def _handle(self, kind, _context, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and not any(
                h in message for h in HARMLESS):
            self.problems.append(f"{kind.name}: {message}")


class RandomSession:
    """Random actions on ``window`` (ui.main_window.MainWindow), reproducible from ``seed``."""

    def __init__(self, window, seed: int = 0):
        self.window = window
        self.rng = random.Random(seed)
        self.counts: dict[str, int] = {}
        # Fires inside any nested event loop (QMenu.exec of a tool button's menu…) and ends it.
        self.closer = QTimer()
        self.closer.setInterval(30)
        self.closer.timeout.connect(self._close_popups)
        self.closer.start()
        self.actions = [(self.switch_tab, 3), (self.click_button, 10), (self.press_key, 8),
                        (self.click_anywhere, 5), (self.drag_canvas, 4), (self.drag_anywhere, 2),
                        (self.menu_action, 2)]

    # ---- the session ---------------------------------------------------------------------------
    def run(self, n: int, deadline: float | None = None) -> None:
        """``n`` actions (fewer if ``deadline``, a time.monotonic() value, passes first)."""
        functions, weights = zip(*self.actions)
        for _ in range(n):
            if deadline is not None and time.monotonic() > deadline:
                break
            self._keep_training_small()
            action = self.rng.choices(functions, weights)[0]
            action()
            self.counts[action.__name__] = self.counts.get(action.__name__, 0) + 1
            self._settle()

    def finish(self) -> list[str]:
        """Stop every tab's work and close the window; the threads still running (names)."""
        self.closer.stop()
        for widget in self.window.tabs.values():
            shutdown = getattr(widget, "shutdown", None)
            if callable(shutdown):
                shutdown()
        self.window.close()
        QApplication.processEvents()
        running = [t.objectName() or type(t).__name__ for t in self.window.findChildren(QThread)
                   if t.isRunning()]
        running += [t.name for t in threading.enumerate()
                    if t is not threading.main_thread() and t.is_alive() and not t.daemon]
        return running

    def _settle(self) -> None:
        self._close_popups()
        QApplication.processEvents()

    @staticmethod
    def _close_popups() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()

    def _keep_training_small(self) -> None:
        train = self.window.tabs.get("train")
        if train is None or train.is_running():
            return
        c = train.controls
        for spin, (low, high) in ((c.subset_spin, SMALL_TRAINING["subset"]),
                                  (c.epochs_spin, SMALL_TRAINING["epochs"]),
                                  (c.batch_spin, SMALL_TRAINING["batch"])):
            if not low <= spin.value() <= high:
                spin.setValue(self.rng.randint(low, high))
        if c.folder() is not None:
            c.set_dataset_folder(None)

    # ---- actions -------------------------------------------------------------------------------
    def _tab(self) -> QWidget:
        return self.window.tab_widget.currentWidget()

    def _visible(self, widgets) -> list:
        return [w for w in widgets if w.isVisible() and w.isEnabled() and w.width() > 0]

    def switch_tab(self) -> None:
        self.window.set_current_tab(self.rng.choice(list(self.window.tabs)))

    def click_button(self) -> None:
        buttons = self._visible(self._tab().findChildren(QAbstractButton))
        if not buttons:
            return
        button = self.rng.choice(buttons)
        menu = button.menu() if hasattr(button, "menu") else None
        if menu is not None:  # its popup would run its own event loop: pick from it instead
            actions = [a for a in menu.actions() if a.isEnabled() and not a.isSeparator()
                       and a.menu() is None]
            if actions:
                self.rng.choice(actions).trigger()
            return
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())

    def press_key(self) -> None:
        target = QApplication.focusWidget() or self._tab()
        if self.rng.random() < 0.2:
            QTest.keyClick(target, self.rng.choice(CTRL_KEYS), Qt.KeyboardModifier.ControlModifier)
        else:
            QTest.keyClick(target, self.rng.choice(KEYS))

    def click_anywhere(self) -> None:
        tab = self._tab()
        pos = QPoint(self.rng.randrange(max(tab.width(), 1)), self.rng.randrange(max(tab.height(), 1)))
        child = tab.childAt(pos) or tab
        QTest.mouseClick(child, Qt.MouseButton.LeftButton, pos=child.mapFrom(tab, pos))

    def drag_canvas(self) -> None:
        draw = self.window.tabs.get("draw")
        if draw is None:
            return
        if self.window.tab_widget.currentWidget() is not draw:
            self.window.set_current_tab("draw")
        self._drag(draw.canvas, self.rng.randint(2, 12))

    def drag_anywhere(self) -> None:
        tab = self._tab()
        widgets = self._visible(tab.findChildren(QWidget)) or [tab]
        self._drag(self.rng.choice(widgets), self.rng.randint(2, 6))

    def _drag(self, widget: QWidget, steps: int) -> None:
        w, h = max(widget.width(), 1), max(widget.height(), 1)
        point = QPoint(self.rng.randrange(w), self.rng.randrange(h))
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=point)
        for _ in range(steps):
            point = QPoint(min(max(point.x() + self.rng.randint(-40, 40), -10), w + 10),
                           min(max(point.y() + self.rng.randint(-40, 40), -10), h + 10))
            QTest.mouseMove(widget, point)
        QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=point)

    def menu_action(self) -> None:
        actions = [a for a in self._menu_actions() if a.isEnabled() and a.isVisible()]
        if actions:
            self.rng.choice(actions).trigger()

    def _menu_actions(self) -> list:
        found, menus = [], [a.menu() for a in self.window.menuBar().actions() if a.menu()]
        while menus:
            menu = menus.pop()
            for action in menu.actions():
                if action.menu() is not None:
                    menus.append(action.menu())
                elif not action.isSeparator() and action is not self.window.quit_action:
                    found.append(action)
        return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--actions", type=int, default=20000)
    parser.add_argument("--lang", choices=("en", "ja"), default="en")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    home = tempfile.mkdtemp(prefix="nnlab-random-")  # never the learner's settings or digits
    os.environ.update(XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                      NNLAB_DATA_DIR=f"{home}/nnlab")
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, f"{home}/settings")
    from ui.app import create_window

    errors: list[str] = []
    sys.excepthook = lambda kind, value, tb: errors.append(f"{kind.__name__}: {value}")
    threading.excepthook = lambda a: errors.append(f"{a.exc_type.__name__}: {a.exc_value}")
    patch_dialogs()
    start = time.monotonic()
    with QtMessages() as messages:
        window = create_window(["--lang", args.lang])
        window.resize(1024, 700)
        session = RandomSession(window, args.seed)
        session.run(args.actions)
        running = session.finish()
    took = time.monotonic() - start
    print(f"seed {args.seed}: {sum(session.counts.values())} actions in {took:.1f} s "
          f"({', '.join(f'{k} {v}' for k, v in sorted(session.counts.items()))})")
    for problem in errors + messages.problems + [f"still running: {t}" for t in running]:
        print("FAIL", problem)
    return 1 if errors or messages.problems or running else 0


if __name__ == "__main__":
    sys.exit(main())
