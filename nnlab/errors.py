"""Errors a learner can cause (a bad file, a bad setting), each told in English and Japanese.

The app shows ``error.message(lang)``; ``str(error)`` is the English text for logs and the CLI.
"""

from __future__ import annotations


class NNLabError(ValueError):
    """Base of every user-facing engine error: ``en`` and ``ja`` say what is wrong."""

    def __init__(self, en: str, ja: str | None = None):
        super().__init__(en)
        self.en = en
        self.ja = ja if ja is not None else en

    def message(self, lang: str = "en") -> str:
        """The message in ``lang`` ("ja" or anything else for English)."""
        return self.ja if lang == "ja" else self.en
