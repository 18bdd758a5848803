"""The main window: four tabs, the menus, the status bar, and what survives a restart.

Tabs are built from ``tab_factories()``: each factory is called as ``factory(context, parent)``
and returns a QWidget. A tab may define ``shutdown()`` (stop and join its workers): the window
calls it on close before accepting.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from .context import AppContext
from .designer import DesignerTab
from .draw import DrawTab
from .edit_history import EditHistory
from .export_menu import ExportMenu
from .help import show_shortcuts, show_tour, version, versions_line
from .i18n import current_language, set_language
from .lessons.lessons_tab import LessonsTab
from .training import TrainTab
from .widgets.recent_files import RecentFilesMenu
from .window_fit import fit_first_launch, keep_on_screen, scrollable

_log = logging.getLogger(__name__)
TAB_KEYS = ("designer", "lessons", "train", "draw")
DEFAULT_SIZE = (1280, 800)
LANGUAGES = (("ja", "日本語"), ("en", "English"))  # each language named in itself

TabFactory = Callable[[AppContext, QWidget], QWidget]


def tab_factories() -> dict[str, TabFactory]:
    """The widget behind each tab."""
    return {
        "designer": DesignerTab,
        "lessons": LessonsTab,
        "train": TrainTab,
        "draw": DrawTab,
    }


class MainWindow(QMainWindow):
    """NN Lab's window. ``tabs[key]`` is the widget of tab ``key``."""

    def __init__(self, context: AppContext, factories: dict[str, TabFactory] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = context
        self.resize(*DEFAULT_SIZE)
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("mainTabs")
        self.tab_widget.setDocumentMode(True)
        self.setCentralWidget(self.tab_widget)
        self._placed = False
        self.tabs: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}  # what the tab widget holds: each tab in a scroll area
        made = factories or tab_factories()
        for key in TAB_KEYS:
            widget = made[key](context, self.tab_widget)
            widget.setObjectName(widget.objectName() or f"{key}Tab")
            self.tabs[key] = widget
            self._pages[key] = scrollable(widget)
            self.tab_widget.addTab(self._pages[key], "")
        self.designer: DesignerTab = self.tabs["designer"]
        self.document = self.designer.document

        self._build_menus()
        self.statusBar().setSizeGripEnabled(True)
        context.statusMessage.connect(self.show_status)
        context.tabRequested.connect(self.set_current_tab)
        self.tab_widget.currentChanged.connect(self._tab_changed)
        self.document.changed.connect(self._update_title)
        self.document.fileUsed.connect(self.recent_menu.add)
        self.retranslateUi()

    # ---- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        d = self.designer
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(self.file_menu, QKeySequence.StandardKey.New, self.new_design)
        self.file_menu.addMenu(d.template_menu)
        self.open_action = self._action(self.file_menu, QKeySequence.StandardKey.Open,
                                        self.document.open_dialog)
        self.recent_menu = RecentFilesMenu(self)
        self.recent_menu.fileChosen.connect(self.open_recent)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.save_action = self._action(self.file_menu, QKeySequence.StandardKey.Save,
                                        self.document.save)
        self.save_as_action = self._action(self.file_menu, QKeySequence.StandardKey.SaveAs,
                                           self.document.save_as)
        self.export_menu = ExportMenu(self, self.context, self.export_source)
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, QKeySequence.StandardKey.Quit, self.close)
        if not self.quit_action.shortcuts():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = bar.addMenu("")
        # Undo/Redo act on the visible tab's own history (ui/edit_history.py), never another tab's.
        self.history = EditHistory(self.edit_menu, lambda: self.tabs.get(self.current_tab()), self)
        self.undo_action, self.redo_action = self.history.undo_action, self.history.redo_action
        self.layer_actions = (d.duplicate_action, d.delete_action, d.move_up_action,
                              d.move_down_action)
        self.layer_separator = self.edit_menu.addSeparator()
        for action in self.layer_actions:
            self.edit_menu.addAction(action)

        self.view_menu = bar.addMenu("")
        self.tab_actions = QActionGroup(self)
        self.tab_actions.setExclusive(True)
        for n, key in enumerate(TAB_KEYS, start=1):
            action = self.view_menu.addAction("")
            action.setCheckable(True)
            action.setData(key)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.triggered.connect(lambda _checked=False, k=key: self.set_current_tab(k))
            self.tab_actions.addAction(action)
        self.view_menu.addSeparator()
        self.full_screen_action = self._action(self.view_menu, QKeySequence.StandardKey.FullScreen,
                                               self.toggle_full_screen)
        if not self.full_screen_action.shortcuts():
            self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.setCheckable(True)

        self.language_menu = bar.addMenu("")
        self.language_actions = QActionGroup(self)
        self.language_actions.setExclusive(True)
        for lang, name in LANGUAGES:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setData(lang)
            action.triggered.connect(lambda _checked=False, code=lang: self.choose_language(code))
            self.language_actions.addAction(action)

        self.help_menu = bar.addMenu("")
        self.tour_action = self._action(self.help_menu, None, lambda: show_tour(self))
        self.shortcuts_action = self._action(self.help_menu, None, lambda: show_shortcuts(self))
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.help_menu.addSeparator()
        self.about_action = self._action(self.help_menu, None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(self.help_menu, None, self._about_qt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _action(self, menu, key, slot) -> QAction:
        action = menu.addAction("")
        if key is not None:
            action.setShortcuts(QKeySequence.keyBindings(key))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # ---- commands -----------------------------------------------------------------------------
    def new_design(self) -> None:
        if self.document.new():
            self.set_current_tab("designer")

    def open_path(self, path: str) -> bool:
        """Open a design file (asks about unsaved changes first)."""
        if self.document.open_path(path):
            self.set_current_tab("designer")
            return True
        return False

    def open_recent(self, path: str) -> None:
        if not Path(path).is_file():
            QMessageBox.critical(self, self.tr("Open Recent"),
                                 self.tr("“%1” no longer exists; it was removed from the list.")
                                 .replace("%1", path))
            self.recent_menu.remove(path)
            return
        self.open_path(path)

    def export_source(self) -> tuple[str, object]:
        """What File → Export writes: the Train tab's model on that tab, else the design."""
        if self.current_tab() == "train":
            return "model", getattr(self.tabs["train"], "model", None)
        return "design", self.designer.spec()

    def set_current_tab(self, key: str) -> None:
        if key in self.tabs:
            self.tab_widget.setCurrentWidget(self._pages[key])

    def current_tab(self) -> str:
        widget = self.tab_widget.currentWidget()
        return next((k for k, w in self._pages.items() if w is widget), TAB_KEYS[0])

    def choose_language(self, lang: str) -> None:
        """Switch the language now and remember it."""
        set_language(lang)
        QSettings().setValue("language", current_language())
        self._check_language()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.full_screen_action.setChecked(self.isFullScreen())

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About NN Lab"), self.about_text())

    def about_text(self) -> str:
        return "<h3>NN Lab {}</h3><p>{}</p><p>{}</p><p>{}</p><p><small>{}</small></p>".format(
            version(),
            self.tr("Learn neural networks from scratch: build a layer stack, step one sample "
                    "through it forward and backward, train it on MNIST, and draw digits for it "
                    "to read."),
            self.tr("Follows ゼロから作るDeep Learning and the JDLA E資格 curriculum."),
            self.tr("MNIST by Yann LeCun, Corinna Cortes and Christopher J.C. Burges, "
                    "CC BY-SA 3.0."),
            versions_line(self.tr("Version %1 · Python %2 · PySide6 %3")))

    def _about_qt(self) -> None:
        QMessageBox.aboutQt(self)

    # ---- state --------------------------------------------------------------------------------
    def _tab_changed(self, _index: int) -> None:
        key = self.current_tab()
        for action in self.tab_actions.actions():
            action.setChecked(action.data() == key)
        # The layer commands belong to the Designer: shown in the Edit menu only there.
        for action in (self.layer_separator, *self.layer_actions):
            action.setVisible(key == "designer")

    def _check_language(self) -> None:
        for action in self.language_actions.actions():
            action.setChecked(action.data() == current_language())

    def _update_title(self) -> None:
        name = self.document.display_name()
        path = self.document.path
        if path and Path(path).name != name:
            name = f"{name} ({Path(path).name})"
        self.setWindowTitle(f"{name}[*] — NN Lab")
        self.setWindowModified(self.document.is_modified())

    def restore_settings(self) -> None:
        """Geometry, layout, last tab and the design of the last run (even unsaved)."""
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() \
                and self.restoreGeometry(geometry):
            keep_on_screen(self)  # saved on a larger screen, or past an edge
        else:
            fit_first_launch(self, QSize(*DEFAULT_SIZE))
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value("designer/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.designer.splitter.restoreState(splitter)
        session = settings.value("designer/session")
        restored = False
        if isinstance(session, str) and session:
            try:
                restored = self.document.restore_session(json.loads(session))
            except (ValueError, AttributeError):
                restored = False
            if restored:
                self.show_status(self.tr("Restored the design from your last session."))
        elif session is None:
            # First launch: a working network to explore, not an empty page with a warning.
            self.document.start_from_template("mnist_mlp")
        tab = settings.value("window/tab")
        if tab in self.tabs:
            self.set_current_tab(tab)
        self._update_title()

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/tab", self.current_tab())
        settings.setValue("designer/splitter", self.designer.splitter.saveState())
        settings.setValue("designer/session", json.dumps(self.document.session_state()))
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A tab may ask first (the Train tab: a run in progress would be discarded).
        for widget in self.tabs.values():
            confirm = getattr(widget, "confirm_close", None)
            if callable(confirm) and not confirm():
                event.ignore()
                return
        if not self.document.maybe_save(closing=True):
            event.ignore()
            return
        self.save_settings()
        for key, widget in self.tabs.items():
            shutdown = getattr(widget, "shutdown", None)
            if callable(shutdown):
                try:
                    shutdown()  # stop and join the tab's workers before the window goes
                except Exception:  # one tab's failure must not keep the others running
                    _log.exception("the %s tab failed to shut down", key)
        event.accept()

    # ---- language -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        titles = self.tab_titles()
        for key in self.tabs:
            self.tab_widget.setTabText(self.tab_widget.indexOf(self._pages[key]), titles[key])
        for action in self.tab_actions.actions():
            action.setText(titles[action.data()])
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New"))
        self.open_action.setText(self.tr("&Open…"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &As…"))
        self.export_menu.retranslateUi()
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.history.retranslate()
        self.view_menu.setTitle(self.tr("&View"))
        self.full_screen_action.setText(self.tr("&Full Screen"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.tour_action.setText(self.tr("&Getting Started"))
        self.shortcuts_action.setText(self.tr("&Keyboard Shortcuts"))
        self.about_action.setText(self.tr("&About NN Lab"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self._check_language()
        self._tab_changed(self.tab_widget.currentIndex())
        self._update_title()

    def tab_titles(self) -> dict[str, str]:
        return {"designer": self.tr("Designer"), "lessons": self.tr("Lessons"),
                "train": self.tr("Train"), "draw": self.tr("Draw")}

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:  # the frame's size is known only now: keep all of it on screen
            self._placed = True
            keep_on_screen(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

