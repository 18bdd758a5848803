"""Stepping pages: a lesson's network in the step-through view, and "Your design".

``SteppingPage`` opens a lesson's network (the notes' weights, its sample and its narrative) in a
StepView with predict-then-reveal on for the lesson's predictions (each guess is reported with
``predicted``); the lesson's panels (``options["panels"]``, e.g. lesson 2's weight presets) sit
above the view.
``DesignStepPage`` steps the designer's current spec — or a network sent with
``context.stepRequested`` — on a bundled MNIST test image when it takes 784 inputs, else on seeded
random values; an invalid spec shows its problems instead.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnlab.lessons import build_network, lesson_sample, narrate, sample_for_spec
from nnlab.network import Network
from nnlab.spec import NetworkSpec, SpecError

from ..i18n import bilingual, current_language
from ..stepview.step_view import StepView
from .lesson_page import LessonPage
from .progress import predictions_right


def as_html(pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """Lesson texts are plain text: escape them and make blank lines paragraphs."""
    if pair is None:
        return None
    return tuple("<p>" + html.escape(t).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
                 for t in pair)  # type: ignore[return-value]


class SteppingPage(LessonPage):
    """A StepView on the lesson's network."""

    scrolls = False  # the step view fits a 1024×700 screen itself; its record panel scrolls

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        self.view = StepView(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.panels = [make_panel(name, self) for name in self.lesson.options.get("panels", ())]
        if len(self.panels) == 1:  # one row: beside the lesson's tabs, not above the view
            self.corner = self.panels[0]
        else:
            for panel in self.panels:
                layout.addWidget(panel)
        layout.addWidget(self.view, 1)
        self.view.stepped.connect(self._stepped)
        self.view.predict.predicted.connect(self.predicted)
        self.start()

    def start(self) -> None:
        """(Re)open the lesson's network exactly as the lesson defines it."""
        lesson = self.lesson
        net = build_network(lesson)
        x, t = lesson_sample(lesson)
        self.view.set_session(net, x, t, title=None,
                              narration=lambda p, r: as_html(narrate(lesson.narrative, p, r)),
                              editable=True, until=lesson.options.get("until", "done"))
        # On for a lesson that has predictions; a lesson without them steps freely (switched on,
        # the option would ask for every step, as in "Your design").
        self.view.predict.configure(lesson.predictions, enabled=bool(lesson.predictions),
                                    solved=predictions_right(lesson.id))
        lr = lesson.options.get("lr")
        if lr is not None:
            controls = self.view.controls
            index = controls.optimizer_combo.findData("sgd")
            if index >= 0:
                controls.optimizer_combo.setCurrentIndex(index)
            controls.lr_spin.setValue(lr)

    def _stepped(self, _record) -> None:
        s = self.view.stepper
        if s is not None and s.position.phase.reached(self.lesson.finish_phase):
            self.mark_tried()  # the pass got as far as the lesson goes (not the lesson's goal)

    def shutdown(self) -> None:
        self.view.shutdown()


def make_panel(name: str, page: SteppingPage) -> QWidget:
    """A lesson's extra panel above the step view, by name (imported when a lesson asks)."""
    if name == "weight_presets":
        from .panels.presets import WeightPresets

        return WeightPresets(page.view)
    raise KeyError(f"no lesson panel {name!r}")


class DesignStepPage(LessonPage):
    """"Your design": the current spec or a requested network, or the reasons it cannot be stepped."""

    def __init__(self, lesson=None, context=None, parent: QWidget | None = None):
        super().__init__(lesson, context, parent)
        self.spec: NetworkSpec | None = None
        self.network: Network | None = None
        self.sample_text: tuple[str, str] | None = None
        self.problems: list = []
        self.message = QLabel()
        self.message.setObjectName("designProblems")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.sample_label = QLabel()
        self.sample_label.setObjectName("designSample")
        self.sample_label.setTextFormat(Qt.TextFormat.PlainText)
        self.view = StepView(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.sample_label)
        layout.addWidget(self.view, 1)
        self.show_spec(None)

    @property
    def stepping(self) -> bool:
        """Whether a network is open in the step view (rather than a refusal)."""
        return self.view.isVisibleTo(self) and self.view.stepper is not None

    def show_spec(self, spec: NetworkSpec | None) -> bool:
        """Step ``spec`` with weights from seed 0; False (and its problems shown) if it is invalid."""
        self.spec, self.network = spec, None
        if spec is None:
            self.problems = []
            self._refuse()
            return False
        try:
            self.problems = spec.validate()
        except (TypeError, ValueError, AttributeError) as e:  # a spec too broken to analyse
            self.problems = [str(e)]
        if self.problems:
            self._refuse()
            return False
        try:
            net = Network(spec, seed=0, dtype="float64")
        except (SpecError, ValueError, MemoryError) as e:
            self.problems = getattr(e, "problems", None) or [str(e)]
            self._refuse()
            return False
        return self._open(net)

    def show_network(self, net: Network) -> bool:
        """Step a network someone sent (``context.stepRequested``)."""
        self.spec, self.network, self.problems = net.spec, net, []
        # Always a copy: stepping and "Apply update" must never change the sender's model.
        return self._open(net.astype("float64"))

    def _open(self, net: Network) -> bool:
        x, t, self.sample_text = sample_for_spec(net.spec)
        self.view.set_session(net, x, t, title=None, narration=None, editable=True)
        self.view.predict.configure((), enabled=False)  # the learner may switch it on
        self.message.setVisible(False)
        self.view.setVisible(True)
        self.sample_label.setVisible(True)
        self.retranslateUi()
        return True

    def _refuse(self) -> None:
        self.view.shutdown()
        self.view.setVisible(False)
        self.sample_label.setVisible(False)
        self.message.setVisible(True)
        self.retranslateUi()

    def problem_texts(self) -> list[str]:
        lang = current_language()
        out = []
        for p in self.problems:
            if hasattr(p, "message"):
                where = (self.tr("network") if p.index is None
                         else self.tr("layer %1").replace("%1", str(p.index + 1)))
                out.append(f"{where}: {p.message(lang)}")
            else:
                out.append(str(p))
        return out

    def retranslateUi(self) -> None:
        if self.message.isVisibleTo(self):
            if self.spec is None:
                self.message.setText(self.tr("There is no design yet. Build a network in the "
                                             "Designer tab, then come back here to step through "
                                             "it."))
            else:
                items = "".join(f"<li>{html.escape(t)}</li>" for t in self.problem_texts())
                self.message.setText("<b>" + self.tr("This design cannot be stepped through yet. "
                                                     "Fix these problems in the Designer:") +
                                     f"</b><ul>{items}</ul>")
        if self.sample_text is not None:
            name = self.spec.name if self.spec is not None else ""
            self.sample_label.setText(self.tr("%1 — sample: %2").replace("%1", str(name))
                                      .replace("%2", bilingual(self.sample_text)))

    def shutdown(self) -> None:
        self.view.shutdown()
