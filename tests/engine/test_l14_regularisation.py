"""Lesson 14's engine: BatchNorm stepped against the formula written out here, and the book's
figures 6-19 to 6-21 reproduced qualitatively on reduced settings (real MNIST slices)."""

from __future__ import annotations

import numpy as np
import pytest

from nnlab import load_mnist
from nnlab.compare import ComparisonResult, run_comparison
from nnlab.lessons import get_lesson
from nnlab.lessons import regularisation as R


@pytest.fixture(scope="module")
def mnist():
    return load_mnist(dtype="uint8")


def test_batchnorm_steps_follow_the_formula():
    x = np.array(R.BN_BATCH)
    s = R.batchnorm_steps(gamma=2.0, beta=1.0)
    mu = x.sum(axis=0) / 4
    var = ((x - mu) ** 2).sum(axis=0) / 4
    xhat = (x - mu) / np.sqrt(var + 10e-7)
    assert s.mu == pytest.approx([3.0, 50.0]) and s.var == pytest.approx([3.5, 350.0])
    assert s.xhat == pytest.approx(xhat) and s.y == pytest.approx(2.0 * xhat + 1.0)
    lesson = get_lesson("regularisation")
    mu_prediction = next(p for p in lesson.predictions if p.id == "bn_mu")
    assert mu_prediction.expected == pytest.approx(R.batchnorm_steps().mu[0])


def test_batchnorm_learns_at_small_scales_where_plain_does_not(mnist):
    comparison = R.batchnorm_comparison(scales=R.REDUCED_SCALES[1:3], epochs=10, threads=1)
    finding = R.batchnorm_finding(run_comparison(comparison, mnist))
    small = finding.outcomes[-1]  # σ = 0.0022
    assert small.with_bn > 0.9 and small.without < R.CHANCE
    assert finding.shown and finding.small_choice == 0
    en, ja = R.batchnorm_verdict(finding)
    assert "as in the book" in en and f"{100 * small.with_bn:.1f}%" in en and "本と同じく" in ja


def test_overfitting_gap_and_weight_decay(mnist):
    """300 images, 784-100×6-10, SGD 0.01, batch 100, 50 epochs, first 1000 test images, the
    mean over seeds 0–4: train − test gap > 0.15 without regularisation, ≥ 30 % smaller with
    λ = 0.1. (At the book's 200 epochs the mean reduction measured was about 23 %: see
    benchmarks/day2_figures.py; it is largest while the unregularised run is reaching 100 %.)"""
    gaps = []
    for seed in range(5):
        c = R.overfitting_comparison(epochs=50, test_limit=1000, seed=seed, threads=1,
                                     dropout=False)
        f = R.overfitting_finding(run_comparison(c, mnist))
        assert f.gaps[0] > R.WIDE_GAP
        gaps.append(f.gaps)
    none, decay = np.mean(gaps, axis=0)
    assert none > 0.15 and decay <= 0.7 * none


def test_verdicts_say_so_when_a_run_did_not_show_it():
    c = R.overfitting_comparison()
    result = ComparisonResult.empty(c)
    for r, (train, test) in zip(result.results, [(0.8, 0.72), (0.79, 0.70), (0.5, 0.45)]):
        r.status, r.final_train_acc, r.final_test_acc = "finished", train, test
    en, ja = R.overfitting_verdict(R.overfitting_finding(result))
    assert "gap 0.08" in en and "did not overfit" in en and "過学習していません" in ja
    result.results[1].status = "failed"
    en, _ = R.overfitting_verdict(R.overfitting_finding(result))
    assert "Weight decay λ = 0.1: failed" in en

    b = R.batchnorm_comparison(scales=(0.01,))
    result = ComparisonResult.empty(b)
    for r, acc in zip(result.results, (0.3, 0.35)):
        r.status, r.final_train_acc = "finished", acc
    finding = R.batchnorm_finding(result)
    assert not finding.shown and finding.small_choice == 3
    assert "did not show" in R.batchnorm_verdict(finding)[0]


def test_validation_data_are_held_out_training_images(mnist):
    from nnlab.compare import comparison_data
    from nnlab.lessons import validation as V

    c = V.random_search_comparison(trials=4, seed=1)
    (x, t), (xv, tv) = comparison_data(c, mnist)
    assert len(x) == 400 and len(xv) == 100
    assert np.array_equal(xv, mnist[0][0][400:500])  # training images, never the test set
    lrs = [v.changes["lr"] for v in c.variants]
    assert all(1e-6 <= lr <= 1e-2 for lr in lrs) and len(set(lrs)) == 4
    trials = [V.Trial(0.005, 1e-7, 0.8), V.Trial(0.003, 1e-6, 0.7), V.Trial(1e-5, 1e-6, 0.1)]
    en, ja = V.search_verdict(trials)
    assert en.startswith("Best validation accuracy: 80.0% with lr 0.005")
    assert "0.001–0.01" not in en and "narrow" not in en  # the best three include lr 1e-5
    assert "本と違い" in ja
