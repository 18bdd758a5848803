"""The Draw tab: hand-drawn digits predicted as you draw."""

from .draw_tab import DrawTab

__all__ = ["DrawTab"]
