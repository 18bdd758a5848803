"""The curriculum as data (design.md §5).

    from nnlab.lessons import LESSONS, get_lesson, build_network, lesson_sample, narrate
    lesson = get_lesson("three_layer")
    net = build_network(lesson)            # float64, the notes' weights set exactly
    x, t = lesson_sample(lesson)

Stepping lessons carry a spec, weights, a sample and a narrative; the others have a module with
their computation: ``gates`` (1), ``activations`` (4), ``losses`` (5), ``descent`` (6),
``numerical`` (7), ``graph`` (8), ``backprop`` (9, the notes' code written out),
``optimizer_paths`` (12: the optimizers on f(x, y) = x²/20 + y²), ``vanishing`` (13: activation
histograms and per-layer gradients) and ``figures`` (12, 13: the book's MNIST figures 6-9 and 6-15
as comparisons, and their verdicts).
"""

from .catalog import LESSONS, get_lesson
from .lesson import (
    KINDS,
    Lesson,
    Narrative,
    build_network,
    fmt,
    fmt_array,
    lesson_sample,
    narrate,
    step_values,
)
from .samples import sample_for_spec

STEPPING_KINDS = ("step", "mnist_batch", "convolution")

__all__ = [
    "KINDS",
    "LESSONS",
    "STEPPING_KINDS",
    "Lesson",
    "Narrative",
    "build_network",
    "fmt",
    "fmt_array",
    "get_lesson",
    "lesson_sample",
    "narrate",
    "sample_for_spec",
    "step_values",
]
