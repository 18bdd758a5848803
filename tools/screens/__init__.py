"""The screens of tools/screenshots.py: each group drives the real window to one state or more.

A group is ``function(window, shot)``: it brings the window to a state, then calls
``shot(name)`` to save it as ``<name>_<lang>.png``. ``GROUPS`` maps each group to the names it
saves, in order; a group runs when one of its names is asked for. ``SWITCH`` groups (real
training runs) run once and are shot in every language.
"""

from __future__ import annotations

from . import lessons, tabs

GROUPS = (
    (tabs.designer_mnist, ("designer_mnist",)),
    (tabs.designer_cnn, ("designer_cnn",)),
    (tabs.designer_xor, ("designer_xor",)),
    (lessons.lesson_02, ("lesson_02",)),
    (lessons.lesson_03, ("lesson_03",)),
    (lessons.lesson_08, ("lesson_08",)),
    (lessons.lesson_10, ("lesson_10",)),
    (lessons.lesson_12, ("lesson_12",)),
    (lessons.lesson_13, ("lesson_13",)),
    (lessons.lesson_14, ("lesson_14",)),
    (lessons.lesson_15, ("lesson_15",)),
    (tabs.stepper_three_layer, ("stepper_three_layer",)),
    (tabs.stepper_cnn, ("stepper_cnn_forward", "stepper_cnn_backward")),
    (tabs.train, ("train_running", "train_done")),
    (tabs.compare, ("compare",)),
    (tabs.draw, ("draw",)),
)

# Run once and shot in each language by switching the window's language. Not lesson 14 (its
# charts' notes keep the language of the run) nor the Train tab (its epoch markers vanish on a
# switch): they run once per language.
SWITCH = (tabs.compare,)

NAMES = tuple(name for _group, names in GROUPS for name in names)
