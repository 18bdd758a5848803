"""The Lessons tab's header: the lesson's title, goal, summary and explanation.

A mixin of ``LessonsTab`` (kept apart so each file stays about one thing). The explanation sits in
a box that shows at most ``BODY_LINES`` lines — fewer on a laptop's screen — and scrolls, so the
lesson below keeps its room; the toggle hides it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import QSettings

from nnlab.lessons import Lesson, get_lesson
from nnlab.stepper import Phase

from ..i18n import bilingual, current_language
from ..theme import set_state
from .progress import FINISHED, SETTINGS_GROUP

BODY_LINES = 4  # the explanation shows this many lines (fewer below TALL, SHORT px); more scroll
TALL, SHORT = 800, 650
DESIGN = "your_design"  # the id of the "Your design" entry


def body_frame(scroll) -> int:
    """What the explanation's box adds above and below its text: border and padding (the
    theme's, on the scroll area, which places the viewport inside them)."""
    scroll.ensurePolished()  # the style sheet sets the margins when it polishes the widget
    m, v = scroll.contentsMargins(), scroll.viewportMargins()
    return m.top() + m.bottom() + v.top() + v.bottom()


class HeaderMixin:
    """Title, goal, summary and explanation for LessonsTab (uses its labels and toggle)."""

    def _show_header(self) -> None:
        if self.current_id == DESIGN:
            self.title.setText(Q.translate("LessonsTab", "Your design"))
            self.summary.setText(Q.translate("LessonsTab", "Step through the network from the Designer, one layer at "
                                         "a time, forward and backward."))
            self.body.setText(Q.translate("LessonsTab", "A network with 784 inputs gets a bundled MNIST test image "
                                      "and its label; any other gets seeded random values that "
                                      "fit its input and its output layer. The weights are the "
                                      "ones a new network starts with (seed 0)."))
            self.goal.setText("")
        else:
            lesson: Lesson = get_lesson(self.current_id)
            self.title.setText(f"{lesson.number}. {bilingual(lesson.title)}")
            self.summary.setText(bilingual(lesson.summary))
            self.body.setText(bilingual(lesson.body) + self._try_text(lesson))
            done = self.progress(lesson.id) == FINISHED
            self.goal.setText(("✓ " if done else "") + self.goal_text(lesson))
            set_state(self.goal, "done", done)
        self._toggle_body(self.body_toggle.isChecked())

    def goal_text(self, lesson: Lesson) -> str:
        """What finishes the lesson: its predictions right and its 確認テスト answered."""
        sep = "、" if current_language() == "ja" else ", "
        names = sep.join(p.title(current_language()) for p in lesson.predictions)
        if lesson.predictions:
            return Q.translate("LessonsTab", "Goal: predict %1, then answer the 確認テスト").replace("%1", names)
        return Q.translate("LessonsTab", "Goal: answer the 確認テスト")

    def _try_text(self, lesson: Lesson) -> str:
        if lesson.goal:
            return "\n" + Q.translate("LessonsTab", "Try: %1").replace("%1", bilingual(lesson.goal))
        if lesson.finish_phase == Phase.BACKWARD:
            return "\n" + Q.translate("LessonsTab", "Try: step until the forward pass is done, then backward.")
        return "\n" + Q.translate("LessonsTab", "Try: step through the forward and the backward pass.")

    def _toggle_body(self, hidden: bool) -> None:
        self.body_scroll.setVisible(not hidden and bool(self.body.text()))
        self._fit_body()
        self.body_toggle.setText(Q.translate("LessonsTab", "Show explanation ▾") if hidden else Q.translate("LessonsTab", "Hide explanation ▴"))
        QSettings().setValue(f"{SETTINGS_GROUP}/hideBody", hidden)

    def _fit_body(self) -> None:
        """The explanation's box: its text's height, at most BODY_LINES whole lines (then it
        scrolls by lines): viewport = n · lineSpacing, so no line is ever shown cut in half."""
        width = self.body_scroll.viewport().width()
        if width <= 0:
            return
        line = self.body.fontMetrics().lineSpacing()
        # A laptop's screen shows one line less, a 700-px one two less: the lesson keeps the room.
        lines = BODY_LINES - (self.height() < TALL) - (self.height() < SHORT)
        needed = self.body.heightForWidth(width)
        shown = min(lines * line, needed) if needed > 0 else lines * line
        self.body_scroll.setFixedHeight(shown + body_frame(self.body_scroll))
        self.body_scroll.verticalScrollBar().setSingleStep(line)  # a wheel notch: whole lines

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_body()
