"""The 確認テスト as data: every numeric answer is the engine's, every code answer points at the line
that computes it, and each known mistake of the notes is corrected somewhere."""

from __future__ import annotations

import pytest

from nnlab.lessons import LESSONS
from nnlab.lessons.predict import within
from nnlab.lessons.quizzes import QUIZZES, quiz_for
from nnlab.lessons.quizzes.base import Question, choice, code_line, number

ALL = [(n, q) for n, quiz in QUIZZES.items() for q in quiz.questions]
NUMBERS = [(n, q) for n, q in ALL if q.kind == "number"]


def ids(items):
    return [f"{n}-{q.id}" for n, q in items]


@pytest.mark.parametrize(("lesson", "question"), NUMBERS, ids=ids(NUMBERS))
def test_every_numeric_answer_key_is_the_engines_value(lesson, question):
    value = question.key()
    assert within(question.answer, value, question.tolerance), (question.answer, value)
    assert question.check(value)  # the engine's own number is accepted as an answer


@pytest.mark.parametrize(("lesson", "question"), ALL, ids=ids(ALL))
def test_every_question_speaks_both_languages(lesson, question):
    for en, ja in question.choices:  # a choice may be the same in both ("AND", "np.random.randn")
        assert en.strip() and ja.strip()
    for en, ja in (question.prompt, question.explanation,
                   *([question.correction] if question.correction else [])):
        assert en.strip() and ja.strip()
        assert any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in ja), ja


def test_lessons_1_to_11_each_have_a_quiz_and_day_2_ones_wait_for_their_lessons():
    assert all(quiz_for(lesson.number) is not None for lesson in LESSONS)
    assert {12, 13, 14} <= set(QUIZZES)
    assert quiz_for(99) is None


CODE_ANSWERS = {
    (2, "u_line"): "u = np.dot(x, W) + b",
    (3, "z2_line"): "z2 = functions.relu(u2)",
    (4, "activation_line"): "z = functions.sigmoid(u)",
    (5, "overflow"): "x = x - np.max(x)",
    (6, "update_line"): "network[key] -= learning_rate * grad[key]",
    (9, "delta2_line"): "delta2 = functions.d_mean_squared_error(d, y)",
    (9, "gradW2_line"): "grad['W2'] = np.dot(z1.T, delta2)",
    (9, "reuse_line"): "delta1 = np.dot(delta2, W2.T)",
    (10, "argmax_line"): "p = np.argmax(y_batch, axis=1)",
}


@pytest.mark.parametrize(("key", "line"), CODE_ANSWERS.items(), ids=[f"{n}-{i}" for n, i in CODE_ANSWERS])
def test_code_answers_point_at_the_line_that_computes_it(key, line):
    question = QUIZZES[key[0]].question(key[1])
    assert question.kind == "code"
    assert line in question.code_lines[question.lines[0] - 1]
    wrong = next(n for n in range(1, len(question.code_lines) + 1) if n not in question.lines)
    assert question.check(question.lines[0]) and not question.check(wrong)


def corrections() -> str:
    return "\n".join(q.correction[0] + "\n" + q.correction[1] for _, q in ALL if q.correction)


@pytest.mark.parametrize(("mistake", "needles"), [
    ("t[1] for t[2]", ("t[1]", "t[2]")),
    ("regression output sigmoid-like", ("シグモイド関数のような出力", "identity")),
    ("ΔE for ∇E", ("εΔE", "∇E")),
    ("outputs for weights and biases", ("② the output", "③ the weights", "④ the biases")),
    ("delta2 and grad['W2']", ("delta1", "grad['W1']", "delta2", "grad['W2']")),
    ("one iteration called an epoch", ("epoch = 1000", "iteration", "1エポックごとに")),
    ("正則化 described as 標準化", ("正則化は平均0、分散1", "標準化")),
    ("np.randam.rand", ("np.randam.rand", "np.random.randn", "uniform")),
    ("∇ as steepest descent", ("最も減らす方向", "−∇")),
    ("three-layer code prints z1 twice", ("z1 twice", "z2", "y")),
    ("np.mean / 2", ("0.00975", "0.0975")),
    ("step function at x = 0", ("x ≥ 0", "x > 0", "x = 0")),
    ("softmax keeps the ratio", ("比率はそのまま", "order")),
])
def test_each_known_mistake_of_the_notes_is_corrected(mistake, needles):
    text = corrections()
    for needle in needles:
        assert needle in text, (mistake, needle)


def test_checking_answers():
    q = QUIZZES[2].question("goal")
    assert q.multiple and q.check({2, 3}) and not q.check({1}) and not q.check({2, 3, 1})
    mse = QUIZZES[5].question("notes_mse")
    assert mse.check("0.00975") and mse.check("０．００９７５") and not mse.check("0.0975")
    assert not mse.check("about 0.01") and not mse.check(None)
    delta2 = QUIZZES[9].question("delta2")
    assert delta2.check("−3.818") and delta2.check("-3.82") and not delta2.check("3.818")
    quarter = QUIZZES[4].question("sigmoid_max")
    assert quarter.check("1/4") and quarter.check(0.25)


def test_a_question_refuses_to_be_malformed():
    with pytest.raises(ValueError):
        Question("x", "essay", ("a", "あ"), ("b", "い"))
    with pytest.raises(ValueError):
        choice("x", ("a", "あ"), (), 0, ("b", "い"))
    with pytest.raises(ValueError):
        number("x", ("a", "あ"), 1.0, None, ("b", "い"))
    with pytest.raises(ValueError):
        code_line("x", ("a", "あ"), "a = 1\nb = 2", 3, ("b", "い"))
