"""The Japanese lesson texts name the day-1/day-2 notes' sections as the seeds do."""

from __future__ import annotations

import re

from nnlab.lessons import LESSONS, get_lesson
from nnlab.lessons.quizzes import QUIZZES


def test_japanese_texts_name_the_notes_sections_as_the_seeds_do():
    """The seeds head their sections "Section1：入力層〜中間層": the Japanese texts keep "Section",
    always as "Section N", and a lesson's summary gives the section's Japanese heading with it."""
    headings = {"1": "入力層〜中間層", "4": "勾配降下法", "5": "誤差逆伝播法"}
    texts = []
    for lesson in LESSONS:
        texts.append(lesson.summary[1])
        texts.append(lesson.body[1])  # (English, Japanese)
        for section in re.findall(r"^Section (\d)", lesson.summary[1]):
            assert lesson.summary[1].startswith(f"Section {section}（{headings[section]}）："), lesson.id
    for quiz in QUIZZES.values():
        texts.extend(q.source[1] for q in quiz.questions if q.source)
    for text in texts:
        assert not re.search(r"Section\d", text), text  # never "Section1" beside "Section 1"
        assert "日目 Section" not in text  # the days are "day1 ノート" / "day2 ノート" everywhere
    assert get_lesson("input_hidden").summary[1].startswith("Section 1（入力層〜中間層）：")
