"""Figures 6-9 and 6-15 reproduced on a reduced setting that runs in seconds (150 iterations on
2,000 real MNIST training images): the book's qualitative result, and the verdicts that say so."""

from __future__ import annotations

import pytest

from nnlab.compare import run_comparison
from nnlab.data.mnist import load_mnist
from nnlab.lessons import figures as F

SMALL = F.Setting(150, 2000)


@pytest.fixture(scope="module")
def mnist():
    return load_mnist(dtype="uint8")


def losses(result, keys):
    return {k: r.final_loss() for k, r in zip(keys, result.results)}


def test_adam_beats_sgd_on_mnist(mnist):
    result = run_comparison(F.optimizer_comparison(SMALL), mnist)
    assert [r.status for r in result.results] == ["finished"] * 4
    assert [r.label[0] for r in result.results] == ["SGD lr 0.01", "Momentum lr 0.01",
                                                    "AdaGrad lr 0.01", "Adam lr 0.001"]
    found = losses(result, [k for k, _ in F.OPTIMIZER_LABELS])
    assert found["adam"] < found["sgd"] / 2
    verdict = F.optimizer_verdict(found)
    assert verdict.shown and verdict.detail


def test_std_001_does_not_learn_while_he_does(mnist):
    result = run_comparison(F.init_comparison(SMALL), mnist)
    found = losses(result, [k for k, _ in F.INIT_LABELS])
    assert found["std"] == pytest.approx(F.CHANCE_LOSS, abs=0.02)  # still guessing: −log(1/10)
    assert found["he"] < F.CHANCE_LOSS - 0.8
    verdict = F.init_verdict(found)
    assert verdict.shown and verdict.detail


def test_verdicts_are_honest_about_a_run_that_did_not_show_it():
    assert not F.optimizer_verdict({"sgd": 0.1, "momentum": 0.3, "adagrad": 0.2, "adam": 0.2}).shown
    assert not F.optimizer_verdict({"sgd": None, "adam": 0.1}).shown  # SGD failed
    assert not F.init_verdict({"std": 0.4, "xavier": 0.5, "he": 0.3}).shown  # std 0.01 learned
    assert not F.init_verdict({"std": 2.3, "xavier": 0.5, "he": 0.6}).detail  # Xavier ahead


def test_settings_book_and_reduced():
    assert F.FULL.full and not F.REDUCED.full
    comp = F.optimizer_comparison(F.FULL)
    assert comp.iterations == 2000 and comp.train_limit is None and comp.config.batch_size == 128
    assert comp.config.epochs * 60_000 >= 2000 * 128
    assert F.init_comparison().variants[0].changes == {"init": "std"}
