"""Application start-up: options, QApplication, translator, error handling, main window.

    python main.py [--lang ja|en] [--tab designer|lessons|train|draw] [--model PATH]

``create_window(argv)`` does everything but ``app.exec()`` (tests call it); ``main(argv)`` runs the
application. Unexpected errors are logged and shown in a dialog instead of ending the app.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from nnlab.paths import data_dir, resource

from . import theme
from .context import AppContext
from .help import maybe_show_tour
from .i18n import error_text, normalise, set_language, system_language
from .main_window import TAB_KEYS, MainWindow

ORGANIZATION = "NNLab"
APPLICATION = "NN Lab"
_log = logging.getLogger("nnlab.ui")


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad option is one line on stderr (still exit status 2), as in the CLI."""

    def error(self, message: str):
        print(f"nnlab: {message} (see nnlab --help)", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="nnlab", description="NN Lab: learn neural networks from scratch.")
    parser.add_argument("--lang", choices=("ja", "en"),
                        help="interface language (default: the last one chosen, else the system's)")
    parser.add_argument("--tab", choices=TAB_KEYS, help="tab to show first")
    parser.add_argument("--model", metavar="PATH",
                        help="a trained model (.npz) to use, or a design (.nnlab.json) to open")
    return parser


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Parse the options; a bad value prints a clear message and exits with status 2.

    A ``--model`` design that cannot even be parsed (not UTF-8, not JSON, a number too long to
    read, a key twice) ends here too, in one line; one that parses opens in the Designer with its
    problems shown, and a model file that cannot be read opens the window with a message.
    """
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
    if args.model is not None and not Path(args.model).is_file():
        parser.error(f"--model: no such file: {args.model}")
    if args.model is not None and args.model.endswith(".json"):
        from nnlab.spec import NetworkSpec, SpecError

        try:
            NetworkSpec.from_json(args.model)
        except SpecError as e:
            parser.error(f"--model {args.model}: {e}")
        except OSError as e:
            parser.error(f"--model {args.model}: cannot be read ({e.strerror or e})")
    return args


def app_icon() -> QIcon:
    icon = QIcon()
    for name in ("nnlab.svg", "nnlab.png"):
        path = resource("icons", name)
        if path.is_file():
            icon.addFile(str(path))
    return icon


def ensure_application() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "nnlab"])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("nnlab")
    app.setWindowIcon(app_icon())
    theme.install(app)
    return app


def create_window(argv: list[str] | None = None) -> MainWindow:
    """Parse ``argv`` (without the program name), set up the app and return the shown window."""
    args = parse_args(argv)
    ensure_application()
    saved = normalise(QSettings().value("language"))
    set_language(args.lang or saved or system_language())
    context = AppContext()
    window = MainWindow(context)
    context.setParent(window)
    window.restore_settings()
    if args.tab:
        window.set_current_tab(args.tab)
    window.show()
    if args.model:
        open_model(window, args.model)
    return window


def open_model(window: MainWindow, path: str) -> bool:
    """``--model``: a design opens in the Designer, a trained model becomes the current model."""
    if path.endswith(".json"):
        return window.document.open_path(path)
    try:
        from nnlab.network import Network

        network = Network.load(path)
    except Exception as e:  # any unreadable model ends in a message, not a crash
        QMessageBox.critical(window, QCoreApplication.translate("App", "Open Model"),
                             QCoreApplication.translate("App", "Could not open the model “%1”:")
                             .replace("%1", Path(path).name) + "\n\n" + error_text(e))
        return False
    window.context.set_model(network)
    window.show_status(QCoreApplication.translate("App", "Model loaded: %1")
                       .replace("%1", Path(path).name))
    return True


class ErrorReporter(QObject):
    """Shows unexpected errors from any thread in one dialog in the GUI thread, and logs them."""

    errorRaised = Signal(str, str)  # summary, traceback

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._box: QMessageBox | None = None
        # A signal, because a worker thread must never touch widgets itself.
        self.errorRaised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        _log.error("unexpected error\n%s", details)
        self.errorRaised.emit(f"{exc_type.__name__}: {exc}", details)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, summary: str, details: str) -> None:
        if self._box is not None and self._box.isVisible():
            return  # one dialog at a time: a repeating error must not bury the window
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Unexpected Error"),
                          QCoreApplication.translate(
                              "App", "Something went wrong, but NN Lab is still running. You may "
                              "want to save your design.") + f"\n\n{summary}",
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setDetailedText(details + f"\n\nLog: {log_path()}")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._box = box


def log_path() -> Path:
    return data_dir() / "nnlab.log"


def install_error_handling(app: QApplication) -> ErrorReporter:
    """Log to stderr and to nnlab.log; route uncaught exceptions to a dialog."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logging.getLogger().addHandler(handler)
    except OSError as e:
        _log.warning("cannot write the log file: %s", e)
    reporter = ErrorReporter(app)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_excepthook
    return reporter


def main(argv: list[str] | None = None) -> int:
    """Run NN Lab; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    parse_args(args)  # bad options end here, before any window appears
    app = ensure_application()
    install_error_handling(app)
    window = create_window(args)
    window.raise_()
    maybe_show_tour(window)  # the first launch only (tests build windows with create_window)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
