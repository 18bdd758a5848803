"""Every visible text follows the language switch, on every tab; lesson 11's hand-off asks before
replacing an unsaved design and its note follows the language too."""

from __future__ import annotations

import re

import pytest
from designer_helpers import DialogRecorder
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMessageBox

from ui.app import create_window
from ui.i18n import set_language


@pytest.fixture
def ask(monkeypatch):
    recorder = DialogRecorder(QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", recorder)
    yield recorder
    set_language("en")


@pytest.fixture
def window(qtbot, ask):
    w = create_window(["--lang", "en"])
    qtbot.addWidget(w)
    w.resize(1280, 760)
    qtbot.waitExposed(w)
    return w


def is_english_sentence(text: str) -> bool:
    """ASCII only, with at least four lower-case words: prose, not a formula or a layer name."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.islower() and len(w) >= 2]
    return text.isascii() and len(words) >= 4


def english_sentences(tab) -> list[str]:
    """Visible texts of ``tab`` that are plain English sentences (four words or more)."""
    texts = []
    for widget in tab.findChildren(QLabel) + tab.findChildren(QAbstractButton) \
            + tab.findChildren(QGroupBox):
        if not widget.isVisible():
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        text = re.sub(r"<[^>]+>", "", text).replace("&", "").strip()
        if is_english_sentence(text):
            texts.append(text)
    return texts


def test_every_tab_speaks_japanese_after_the_switch(qtbot, window):
    before = {}
    for key in window.tabs:
        window.set_current_tab(key)
        before[key] = english_sentences(window.tabs[key])
        assert before[key], f"no English sentence seen on the {key} tab"
    set_language("ja")
    for key in window.tabs:
        window.set_current_tab(key)
        left = english_sentences(window.tabs[key])
        assert left == [], f"still English on the {key} tab after switching: {left}"
    # Samples, one per tab, and the menus' shortcuts dialog texts come from the same catalogue.
    assert window.designer.palette.title.text() == "層パレット"
    assert window.tab_widget.tabText(1) == "レッスン"
    set_language("en")
    window.set_current_tab("designer")
    assert english_sentences(window.designer) == before["designer"]


def test_lesson_11_asks_before_replacing_an_unsaved_design(qtbot, window, ask):
    designer = window.designer
    designer.document.load_template("xor")  # an unsaved design
    assert designer.document.is_modified()
    page = window.tabs["lessons"].open_lesson("train_mnist")
    window.set_current_tab("lessons")
    calls = len(ask.calls)
    ask.answer = QMessageBox.StandardButton.Cancel
    page.button.click()
    assert len(ask.calls) == calls + 1 and "XOR 2-2-1" in ask.calls[-1][1]
    assert designer.model.spec.name == "XOR 2-2-1"  # kept
    assert window.current_tab() == "lessons"
    assert not page.note.text().startswith("Sent")

    ask.answer = QMessageBox.StandardButton.Discard
    page.button.click()
    assert [layer.type for layer in designer.model.spec.layers] == [
        "Affine", "ReLU", "Affine", "SoftmaxWithLoss"]
    assert window.current_tab() == "train"
    assert page.note.text().startswith("Sent: the network is now your design")

    set_language("ja")
    assert page.note.text().startswith("送りました")  # the note follows the switch, too
    assert "Sent" not in page.note.text()


def test_lesson_11_does_not_ask_when_nothing_is_unsaved(qtbot, window, ask):
    window.designer.document.new()
    assert not window.designer.document.is_modified()
    calls = len(ask.calls)
    window.tabs["lessons"].open_lesson("train_mnist").button.click()
    assert len(ask.calls) == calls and window.current_tab() == "train"


def test_every_lesson_page_speaks_japanese_after_the_switch(qtbot, window):
    from nnlab.lessons import LESSONS

    lessons = window.tabs["lessons"]
    window.set_current_tab("lessons")
    for lesson in LESSONS:
        lessons.open_lesson(lesson.id)  # made in English
    set_language("ja")
    left = {}
    for lesson in LESSONS:
        page = lessons.open_lesson(lesson.id)
        if page.objectName() == "lessonError":  # a lesson whose page is not merged yet
            continue
        found = english_sentences(lessons)
        if found:
            left[lesson.number] = found
    assert left == {}
