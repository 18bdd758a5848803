"""Render the README's screenshots from the real app window, in English and Japanese.

    python tools/screenshots.py [--lang en|ja|both] [--only NAME ...] [--out DIR] [--size WxH]

Each screen opens a fresh window (ui.app.create_window, the one main.py shows) at ``--size``
(1366x768 by default), drives it as a learner would — templates, steps, real training runs on
MNIST slices, a digit drawn with mouse events — and saves ``<name>_<lang>.png`` into ``--out``
(docs/screenshots by default), compressed with Pillow when it is over 400 KB. It runs offscreen
unless QT_QPA_PLATFORM or a display says otherwise (``xvfb-run`` works too), with the settings
and data folders in a temporary directory, so the learner's own settings are neither read nor
changed. A screen that fails is reported and the others still run (exit status 1 then).
Names: see tools/screens/__init__.py (``--only`` accepts any of them).
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "tests" / "ui"):  # tests/ui: the mouse-drawn digits (drawn_digits.py)
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

MAX_BYTES = 400_000


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    from tools.screens import NAMES

    parser = argparse.ArgumentParser(description="Render NN Lab's screenshots from the real window.")
    parser.add_argument("--lang", choices=("en", "ja", "both"), default="both")
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=NAMES,
                        help="only these screens: " + ", ".join(NAMES))
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="output folder")
    parser.add_argument("--size", default="1366x768", help="window size WxH (default 1366x768)")
    args = parser.parse_args(argv)
    try:
        w, h = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size: expected WxH, e.g. 1366x768, not {args.size!r}")
    args.width, args.height = w, h
    return args


def isolate() -> None:
    """Settings and data in a fresh temporary folder: every window starts as on a first launch."""
    home = Path(tempfile.mkdtemp(prefix="nnlab-shots-"))
    atexit.register(shutil.rmtree, home, True)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["NNLAB_DATA_DIR"] = str(home / "data" / "NN Lab")
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def save_png(image, path: Path) -> int:
    """Save a QImage as PNG; over MAX_BYTES, re-encode it with Pillow (palette, then smaller)."""
    image.save(str(path), "PNG")
    if path.stat().st_size <= MAX_BYTES:
        return path.stat().st_size
    from PIL import Image

    with Image.open(path) as im:
        rgb = im.convert("RGB")
    rgb.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)
    if path.stat().st_size > MAX_BYTES:
        rgb.quantize(colors=64, dither=Image.Dither.NONE).save(path, optimize=True)
    return path.stat().st_size


def answer_dialogs() -> None:
    """No dialog may block the script: questions are answered "Discard", messages and other
    dialogs are printed (so that a screen's error is seen) and closed at once."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def say(kind: str, answer):
        def box(_parent=None, title="", text="", *_a, **_k):
            print(f"  [{kind}] {title}: {text}", file=sys.stderr, flush=True)
            return answer
        return staticmethod(box)

    discard = QMessageBox.StandardButton.Discard
    QMessageBox.question = say("question", discard)
    QMessageBox.warning = say("warning", discard)
    QMessageBox.critical = say("critical", QMessageBox.StandardButton.Ok)
    QMessageBox.information = say("information", QMessageBox.StandardButton.Ok)

    def rejected(dialog, *_a):
        print(f"  [dialog] {type(dialog).__name__} {dialog.windowTitle()!r} closed unanswered",
              file=sys.stderr, flush=True)
        return QDialog.DialogCode.Rejected

    QDialog.exec = rejected


def open_window(lang: str, width: int, height: int):
    from PySide6.QtCore import QSettings

    from tools.screens.common import settle
    from ui.app import create_window

    QSettings().clear()  # no lesson progress or run left over from the screen before
    QSettings().sync()
    window = create_window(["--lang", lang])
    window.resize(width, height)
    settle(100)
    return window


def close_window(window) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for tab in window.tabs.values():
        shutdown = getattr(tab, "shutdown", None)
        if callable(shutdown):
            try:
                shutdown()
            except Exception:  # a screen's failure is reported, never fatal here
                traceback.print_exc()
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.hide()
    window.hide()
    window.deleteLater()
    # Gone now, not during the next screen (where it would still write its settings).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


class Shooter:
    """``shot(name, target=None)`` for one group: saves the window (or ``target``, a dialog) as
    ``<name>_<lang>.png`` when ``name`` was asked for, in each of ``langs`` — switching the
    window's language as the Language menu does when there is more than one."""

    def __init__(self, out: Path, langs: tuple[str, ...], todo: list[str]):
        self.out, self.langs, self.todo = out, langs, todo
        self.window = None
        self.done: list[str] = []

    def __call__(self, name: str, target=None, still=None) -> None:
        """``still``: a condition the state must still meet in each language (a run going on)."""
        from tools.screens.common import ScreenError, settle

        if name not in self.todo:
            return
        for lang in self.langs:
            if len(self.langs) > 1 and lang != self.langs[0]:
                self.window.choose_language(lang)
                self.window.statusBar().clearMessage()  # said in the other language
            settle(250)
            if still is not None and not still():
                raise ScreenError(f"{name}_{lang}: the state passed before it was shot")
            image = (target or self.window).grab().toImage()
            path = self.out / f"{name}_{lang}.png"
            size = save_png(image, path)
            self.done.append(f"{name}_{lang}")
            print(f"  {path}  {image.width()}x{image.height()}  {size // 1024} KB", flush=True)
        if len(self.langs) > 1:
            self.window.choose_language(self.langs[0])


def run_group(group, todo: list[str], langs: tuple[str, ...], args: argparse.Namespace) -> list[str]:
    """One group in a fresh window opened in ``langs[0]``; returns the files it failed to save."""
    started = time.monotonic()
    shot = Shooter(Path(args.out), langs, todo)
    try:
        shot.window = open_window(langs[0], args.width, args.height)
        group(shot.window, shot)
    except Exception:  # one screen failing must not stop the others
        print(f"FAILED {group.__name__} ({', '.join(langs)}):", file=sys.stderr)
        traceback.print_exc()
    finally:
        if shot.window is not None:
            close_window(shot.window)
    missing = [f"{n}_{lang}" for n in todo for lang in langs if f"{n}_{lang}" not in shot.done]
    print(f"{group.__name__} {'+'.join(langs)}: {time.monotonic() - started:.1f} s"
          + (f"  MISSING {', '.join(missing)}" if missing else ""), flush=True)
    return missing


def run(args: argparse.Namespace) -> list[str]:
    """Render every asked-for screen; returns the files that failed.

    Most groups open a fresh window per language (the state a learner who starts in that
    language sees); the long ones (``SWITCH``: real training runs) run once and are shot in
    each language by switching the window's language, which keeps the script to a few minutes.
    """
    from tools.screens import GROUPS, SWITCH

    Path(args.out).mkdir(parents=True, exist_ok=True)
    langs = ("en", "ja") if args.lang == "both" else (args.lang,)
    wanted = set(args.only or ())
    failed: list[str] = []
    for group, names in GROUPS:
        todo = [n for n in names if not wanted or n in wanted]
        if not todo:
            continue
        if group in SWITCH:
            failed += run_group(group, todo, langs, args)
        else:
            for lang in langs:
                failed += run_group(group, todo, (lang,), args)
    return failed


def main(argv: list[str] | None = None) -> int:
    isolate()  # before Qt is imported: the platform and the settings folder come from here
    args = parse_args(argv)
    from ui.app import ensure_application

    ensure_application()
    answer_dialogs()
    started = time.monotonic()
    failed = run(args)
    print(f"done in {time.monotonic() - started:.0f} s", flush=True)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
