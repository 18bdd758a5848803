"""The Help menu's dialogs: keyboard shortcuts, the getting-started tour, the About box."""

from .about import version, versions_line
from .shortcuts import ShortcutsDialog, show_shortcuts
from .tour import GettingStarted, maybe_show_tour, show_tour

__all__ = ["GettingStarted", "ShortcutsDialog", "maybe_show_tour", "show_shortcuts",
           "show_tour", "version",
           "versions_line"]
