"""The Lessons tab: the curriculum on the left, the open lesson on the right.

The list shows lessons 1–11 (nnlab.lessons.LESSONS) with a mark for each — not started, opened,
finished — and how many predictions and 確認テスト questions are right, kept in QSettings across
restarts, and a last entry, "Your design", that steps the designer's current network. The right
side shows the lesson's title, summary and explanation above its page (a step-through view for
the stepping lessons, a page of its own for the others) and its 確認テスト, one tab each
(``LessonFrame``). A lesson is finished when every prediction and every question is right.
Pages are made when first opened and kept, so a lesson keeps its state while the learner looks
at another. ``context.stepRequested(network)`` opens "Your design" on that network.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QEvent, QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnlab.lessons import LESSONS, Lesson, get_lesson

from ..i18n import bilingual, current_language
from ..widgets.plots import hide_plot_buttons
from .lesson_frame import LessonFrame
from .lesson_header import DESIGN, HeaderMixin
from .lesson_page import LessonPage
from .progress import (
    FINISHED,
    NOT_STARTED,
    OPENED,
    SETTINGS_GROUP,
    mark_icon,
    progress,
    save_progress,
    score,
)

_log = logging.getLogger(__name__)


# Lesson kind → (module in ui.lessons, page class). Imported when first opened, so the tab opens
# fast; a new kind of lesson is one line here.
PAGES: dict[str, tuple[str, str]] = {
    "step": ("lesson_stepping", "SteppingPage"),
    "mnist_batch": ("lesson_batch", "MnistBatchPage"),
    "gates": ("lesson_gates", "GatesPage"),
    "activations": ("lesson_activations", "ActivationsPage"),
    "output": ("lesson_output", "OutputPage"),
    "descent": ("lesson_descent", "DescentPage"),
    "numerical": ("lesson_numerical", "NumericalPage"),
    "graph": ("lesson_graph", "GraphPage"),
    "train_handoff": ("lesson_train_handoff", "TrainHandoffPage"),
    "optimizers": ("lesson_optimizers", "OptimizersPage"),
    "initialisation": ("lesson_initialisation", "InitialisationPage"),
    "regularisation": ("lesson_regularisation", "RegularisationPage"),
    "convolution": ("lesson_conv", "ConvolutionPage"),
}


def page_class(kind: str) -> type[LessonPage]:
    """The page for a lesson kind."""
    if kind not in PAGES:
        raise KeyError(f"no page for lesson kind {kind!r}")
    module, name = PAGES[kind]
    return getattr(importlib.import_module(f"{__package__}.{module}"), name)


class LessonsTab(HeaderMixin, QWidget):
    """Lesson list | lesson page. ``open_lesson(id)``, ``progress(id)``, ``page(id)``, ``shutdown()``."""

    def __init__(self, context=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lessonsTab")
        self.context = context
        self.pages: dict[str, QWidget] = {}
        self.frames: dict[str, QWidget] = {}  # what the stack shows: a LessonFrame, or the page
        self.current_id: str | None = None
        self._design_dirty = True
        self._icons = {s: mark_icon(s) for s in (NOT_STARTED, OPENED, FINISHED)}

        self.list = QListWidget()
        self.list.setObjectName("lessonList")
        self.list.setIconSize(QSize(18, 18))
        self.list.setMinimumWidth(190)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap titles when resized
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for lesson in LESSONS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, lesson.id)
            self.list.addItem(item)
        separator = QListWidgetItem()
        separator.setFlags(Qt.ItemFlag.NoItemFlags)
        separator.setSizeHint(QSize(10, 8))
        self.list.addItem(separator)
        design = QListWidgetItem()
        design.setData(Qt.ItemDataRole.UserRole, DESIGN)
        self.list.addItem(design)

        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.summary = QLabel()
        self.summary.setObjectName("lessonSummary")
        self.summary.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("lessonBody")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.goal = QLabel()
        self.goal.setObjectName("lessonGoal")
        self.goal.setWordWrap(True)
        self.goal.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.body_toggle = QToolButton()
        self.body_toggle.setObjectName("lessonBodyToggle")
        self.body_toggle.setCheckable(True)
        self.body_toggle.setAutoRaise(True)
        self.stack = QStackedWidget()

        header_row = QHBoxLayout()
        header_row.addWidget(self.title)
        header_row.addSpacing(16)
        header_row.addWidget(self.goal, 1, Qt.AlignmentFlag.AlignBottom)
        header_row.addWidget(self.body_toggle, 0, Qt.AlignmentFlag.AlignBottom)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 4, 2, 2)
        right_layout.setSpacing(6)
        right_layout.addLayout(header_row)
        right_layout.addWidget(self.summary)
        # The explanation scrolls within a few lines, so the lesson below keeps its room.
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("lessonBodyScroll")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setWidget(self.body)
        right_layout.addWidget(self.body_scroll)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        right_layout.addWidget(line)
        right_layout.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1080])
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        settings = QSettings()
        self.body_toggle.setChecked(settings.value(f"{SETTINGS_GROUP}/hideBody", False, type=bool))
        self.body_toggle.toggled.connect(self._toggle_body)
        self.list.currentItemChanged.connect(self._item_chosen)
        if context is not None:
            context.specChanged.connect(self._spec_changed)
            context.stepRequested.connect(self.step_network)
        self.retranslateUi()
        last = settings.value(f"{SETTINGS_GROUP}/current", LESSONS[0].id, type=str)
        self.open_lesson(last if self._known(last) else LESSONS[0].id)

    # ---- progress -----------------------------------------------------------------------------------
    @staticmethod
    def _known(lesson_id: str) -> bool:
        return lesson_id == DESIGN or any(lesson.id == lesson_id for lesson in LESSONS)

    @staticmethod
    def progress(lesson_id: str) -> str:
        """"" (not started), "opened" or "finished", as remembered in QSettings."""
        return progress(lesson_id)

    def _set_progress(self, lesson_id: str, state: str) -> None:
        if lesson_id == DESIGN:
            return
        old = self.progress(lesson_id)
        if old == FINISHED or old == state:
            return
        save_progress(lesson_id, state)
        self._decorate()
        if lesson_id == self.current_id:
            self._show_header()

    def _decorate(self) -> None:
        tips = {NOT_STARTED: self.tr("Not started"), OPENED: self.tr("Opened"),
                FINISHED: self.tr("Finished")}
        for row in range(self.list.count()):
            item = self.list.item(row)
            lesson_id = item.data(Qt.ItemDataRole.UserRole)
            if lesson_id is None:
                continue
            if lesson_id == DESIGN:
                item.setText(self.tr("★ Your design"))
                item.setToolTip(self.tr("Step through the network you built in the Designer"))
                continue
            lesson = get_lesson(lesson_id)
            state = self.progress(lesson_id)
            counts = self.score_text(lesson)
            item.setText(f"{lesson.number}. {bilingual(lesson.title)}" + (f"\n{counts}" if counts else ""))
            item.setIcon(self._icons[state])
            item.setToolTip(f"{bilingual(lesson.summary)}\n{tips[state]}")

    def score_text(self, lesson: Lesson) -> str:
        """"✎ 1/1 · 確認テスト 2/4": predictions right and questions answered right so far."""
        s = score(lesson)
        parts = []
        if s.predictions:
            parts.append(self.tr("✎ %1/%2").replace("%1", str(s.predicted_right))
                         .replace("%2", str(s.predictions)))
        if s.questions:
            parts.append(self.tr("quiz %1/%2").replace("%1", str(s.answered_right))
                         .replace("%2", str(s.questions)))
        return ("・" if current_language() == "ja" else " · ").join(parts)

    def _progress_changed(self, lesson_id: str) -> None:
        """A prediction or an answer was made: the goal is met when all of them are right."""
        if score(get_lesson(lesson_id)).complete:
            self._set_progress(lesson_id, FINISHED)
        self._decorate()
        if lesson_id == self.current_id:
            self._show_header()

    # ---- opening lessons ----------------------------------------------------------------------------
    def open_lesson(self, lesson_id: str) -> QWidget:
        """Show lesson ``lesson_id`` (or "your_design"); returns its page."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == lesson_id:
                if self.list.currentRow() != row:
                    self.list.setCurrentRow(row)  # → _item_chosen
                else:
                    self._show(lesson_id)
                break
        else:
            raise KeyError(f"no lesson {lesson_id!r}")
        return self.pages[lesson_id]

    def page(self, lesson_id: str) -> QWidget | None:
        return self.pages.get(lesson_id)

    def frame(self, lesson_id: str) -> LessonFrame | None:
        frame = self.frames.get(lesson_id)
        return frame if isinstance(frame, LessonFrame) else None

    def _item_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        self._show(item.data(Qt.ItemDataRole.UserRole))

    def _show(self, lesson_id: str) -> None:
        if lesson_id not in self.pages:
            self._make_page(lesson_id)
        self.current_id = lesson_id
        self.stack.setCurrentWidget(self.frames[lesson_id])
        hide_plot_buttons(self.frames[lesson_id])  # no "A" auto-range button on lesson plots
        QSettings().setValue(f"{SETTINGS_GROUP}/current", lesson_id)
        if lesson_id == DESIGN:
            if self._design_dirty:
                self._load_design()
        else:
            self._set_progress(lesson_id, OPENED)
        self._show_header()

    def _make_page(self, lesson_id: str) -> QWidget:
        if lesson_id == DESIGN:
            from .lesson_stepping import DesignStepPage
            page = DesignStepPage(None, self.context)
        else:
            lesson = get_lesson(lesson_id)
            try:
                page = page_class(lesson.kind)(lesson, self.context)
            except Exception as e:  # e.g. missing data files: say so, never crash the window
                _log.exception("could not open lesson %s", lesson_id)
                page = QLabel(self.tr("This lesson could not be opened: %1").replace("%1", str(e)))
                page.setObjectName("lessonError")
                page.setWordWrap(True)
                page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages[lesson_id] = page
        frame = page
        if lesson_id != DESIGN and isinstance(page, LessonPage):
            frame = LessonFrame(get_lesson(lesson_id), page)
            frame.progressChanged.connect(lambda i=lesson_id: self._progress_changed(i))
        self.frames[lesson_id] = frame
        self.stack.addWidget(frame)
        if lesson_id != DESIGN and score(get_lesson(lesson_id)).complete:
            self._set_progress(lesson_id, FINISHED)  # finished in an earlier session
        return page

    # ---- "Your design" --------------------------------------------------------------------------------
    def _spec_changed(self, _spec) -> None:
        self._design_dirty = True
        if self.current_id == DESIGN and self.isVisible():
            self._load_design()

    def _load_design(self) -> None:
        page = self.pages.get(DESIGN) or self._make_page(DESIGN)
        self._design_dirty = False
        page.show_spec(getattr(self.context, "spec", None))

    def step_network(self, network) -> None:
        """Open "Your design" on ``network`` (context.stepRequested)."""
        page = self.pages.get(DESIGN) or self._make_page(DESIGN)
        self._design_dirty = False
        page.show_network(network)
        self.open_lesson(DESIGN)

    def showEvent(self, event) -> None:
        if self.current_id == DESIGN and self._design_dirty:
            self._load_design()
        super().showEvent(event)

    # ---- language and shutdown --------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self._decorate()
        if self.current_id is not None:
            self._show_header()
        self.body_toggle.setToolTip(self.tr("Show or hide the lesson's explanation"))

    def shutdown(self) -> None:
        """Stop every page's timers and workers (the window calls this before closing)."""
        for page in self.pages.values():
            stop = getattr(page, "shutdown", None)
            if stop is not None:
                try:
                    stop()
                except Exception:
                    _log.exception("a lesson page failed to shut down")


__all__ = ["DESIGN", "LessonPage", "LessonsTab"]
