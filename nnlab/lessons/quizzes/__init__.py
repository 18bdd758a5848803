"""The 確認テスト of each lesson as data (one module per lesson), with the notes' mistakes corrected.

    from nnlab.lessons.quizzes import quiz_for
    quiz = quiz_for(5)                      # lesson 5's questions, or None
    quiz.questions[0].check(2)              # a number, a set of choices, or a line number

Quizzes are keyed by lesson number, so the day-2 quizzes (lessons 12–14) exist before their
lessons do and appear as soon as a lesson with that number is in the catalogue.
"""

from __future__ import annotations

from .base import KINDS, Question, Quiz
from .q01_perceptron import QUIZ as Q01
from .q02_input_hidden import QUIZ as Q02
from .q03_three_layer import QUIZ as Q03
from .q04_activations import QUIZ as Q04
from .q05_output_loss import QUIZ as Q05
from .q06_gradient_descent import QUIZ as Q06
from .q07_numerical import QUIZ as Q07
from .q08_computation_graph import QUIZ as Q08
from .q09_backprop import QUIZ as Q09
from .q10_mnist_batch import QUIZ as Q10
from .q11_train_mnist import QUIZ as Q11
from .q12_optimizers import QUIZ as Q12
from .q13_initialisation import QUIZ as Q13
from .q14_regularisation import QUIZ as Q14
from .q15_convolution import QUIZ as Q15

QUIZZES: dict[int, Quiz] = {q.lesson: q for q in (Q01, Q02, Q03, Q04, Q05, Q06, Q07, Q08, Q09,
                                                   Q10, Q11, Q12, Q13, Q14, Q15)}


def quiz_for(lesson_number: int) -> Quiz | None:
    """The 確認テスト of lesson ``lesson_number``, or None."""
    return QUIZZES.get(lesson_number)


__all__ = ["KINDS", "QUIZZES", "Question", "Quiz", "quiz_for"]
