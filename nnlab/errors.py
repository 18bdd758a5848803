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


class StepperError(NNLabError):
    """A step that cannot be taken now (e.g. backward before the forward pass has finished).

    Defined here so that nnlab.stepper and nnlab.stepper_edits share it without an import circle;
    ``from nnlab.stepper import StepperError`` keeps working."""


def not_a_file(path) -> tuple[str, str] | None:
    """(en, ja) when ``path`` exists but is not an ordinary file (a folder, a device, a FIFO,
    whose reading would hang or never end), else None (missing files are the caller's to say)."""
    import os
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file", "フォルダです（ファイルではありません）"
    return ("is not an ordinary file (a device, FIFO or socket)",
            "通常のファイルではありません（デバイス・FIFO・ソケット）")
