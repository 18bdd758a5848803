"""Lesson plots without pyqtgraph's "A" (auto-range) button.

The button appears in a plot's corner on hover and rescales the axes a lesson chose on purpose
(e.g. the loss curve's fixed range); a learner gains nothing from it. ``hide_plot_buttons(page)``
hides it on every plot inside a widget — the Lessons tab calls it on each page it makes, so a
lesson's plots (lesson 12's and later ones too) never show it.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget


def plot_items(root: QWidget) -> list[pg.PlotItem]:
    """Every PlotItem in ``root``'s plot widgets (PlotWidget and GraphicsLayoutWidget)."""
    items: list[pg.PlotItem] = []
    widgets = root.findChildren(pg.GraphicsView)
    if isinstance(root, pg.GraphicsView):
        widgets.append(root)
    for view in widgets:
        scene = view.scene()
        if scene is None:
            continue
        items.extend(i for i in scene.items() if isinstance(i, pg.PlotItem))
    return items


def hide_plot_buttons(root: QWidget) -> int:
    """Hide the auto-range button of every plot inside ``root``; returns how many plots."""
    items = plot_items(root)
    for item in items:
        item.hideButtons()
    return len(items)
