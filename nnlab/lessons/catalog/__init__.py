"""The curriculum's lessons (design.md §5), with the seeds' exact values.

Every text is (English, Japanese) and uses the curriculum's terms (全結合層, 活性化関数,
ソフトマックス, 交差エントロピー誤差, 学習率, 勾配, 順伝播, 逆伝播, 重み, バイアス, 総入力 u,
中間層出力 z).

One module per lesson (``lNN_<id>.py``); a new lesson is its module and a line in ``LESSONS``.
"""

from __future__ import annotations

from ..lesson import Lesson
from .l01_perceptron import PERCEPTRON
from .l02_input_hidden import INPUT_HIDDEN
from .l03_three_layer import THREE_LAYER
from .l04_activations import ACTIVATIONS
from .l05_output_loss import OUTPUT_LOSS
from .l06_gradient_descent import GRADIENT_DESCENT
from .l07_numerical import NUMERICAL
from .l08_computation_graph import COMPUTATION_GRAPH
from .l09_backprop import BACKPROP
from .l10_mnist_batch import MNIST_BATCH
from .l11_train_mnist import TRAIN_MNIST
from .l12_optimizers import OPTIMIZERS
from .l13_initialisation import INITIALISATION
from .l14_regularisation import REGULARISATION
from .l15_convolution import CONVOLUTION

LESSONS: tuple[Lesson, ...] = (
    PERCEPTRON, INPUT_HIDDEN, THREE_LAYER, ACTIVATIONS, OUTPUT_LOSS, GRADIENT_DESCENT, NUMERICAL,
    COMPUTATION_GRAPH, BACKPROP, MNIST_BATCH, TRAIN_MNIST, OPTIMIZERS, INITIALISATION, REGULARISATION,
    CONVOLUTION,
)


def get_lesson(lesson_id: str) -> Lesson:
    """The lesson with this id (e.g. "computation_graph"); KeyError names the known ids."""
    for lesson in LESSONS:
        if lesson.id == lesson_id:
            return lesson
    raise KeyError(f"no lesson {lesson_id!r}; known: {', '.join(x.id for x in LESSONS)}")
