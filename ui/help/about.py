"""The About box's facts: NN Lab's version and what it runs on."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version


def version() -> str:
    """NN Lab's version, from the package metadata (``nnlab.__version__``)."""
    import nnlab

    return nnlab.__version__


def versions_line(template: str) -> str:
    """``template`` ("Version %1 · Python %2 · PySide6 %3", translated) filled in."""
    return (template.replace("%1", version()).replace("%2", platform.python_version())
            .replace("%3", pyside_version))
