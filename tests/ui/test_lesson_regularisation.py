"""Lesson 14 driven like a learner: predict μ₁, step BatchNorm, predict and run both experiments
(reduced sizes, real MNIST), and read the sentences computed from the runs."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from nnlab.lessons import regularisation as R
from ui.context import AppContext
from ui.i18n import set_language
from ui.lessons.lessons_tab import LessonsTab
from ui.lessons.progress import predictions_right

RUN_TIMEOUT = 120_000


@pytest.fixture
def page(qtbot):
    set_language("en")
    context = AppContext()
    tab = LessonsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    page = tab.open_lesson("regularisation")
    yield page
    tab.shutdown()
    set_language("en")


def test_batchnorm_stepped_with_mu_predicted_first(qtbot, page):
    steps = page.steps
    qtbot.mouseClick(steps.next_button, Qt.MouseButton.LeftButton)
    assert steps.stage == 0 and steps.predict_box.isVisible()  # the guess comes first
    steps.predict_box.edit.setText("2.5")
    qtbot.mouseClick(steps.predict_box.check_button, Qt.MouseButton.LeftButton)
    assert steps.stage == 0 and "off by 0.5" in steps.predict_box.verdict.text()
    steps.predict_box.edit.setText("3")
    qtbot.mouseClick(steps.predict_box.check_button, Qt.MouseButton.LeftButton)
    assert steps.stage == 1 and "bn_mu" in predictions_right("regularisation")
    for _ in range(3):
        qtbot.mouseClick(steps.next_button, Qt.MouseButton.LeftButton)
    assert "3.5" in steps.formula.text() and "−1.069" in steps.formula.text()
    assert steps.table.item(0, 2).text() == "−1.069"
    steps.gamma.setValue(2.0)
    steps.beta.setValue(1.0)
    assert steps.table.item(0, 2).text() == "−1.138"  # 2 · (−1.069) + 1


def test_batchnorm_experiment_runs_and_judges_the_prediction(qtbot, page):
    experiment = page.batchnorm
    assert not experiment.run_button.isEnabled()  # predict first
    page.bn_choice.choose(0)
    experiment.reduced_scales = R.REDUCED_SCALES[1:3]
    experiment.epochs = 6
    with qtbot.waitSignal(experiment.finished, timeout=RUN_TIMEOUT) as done:
        qtbot.mouseClick(experiment.run_button, Qt.MouseButton.LeftButton)
    finding = R.batchnorm_finding(done.args[0])
    text = experiment.verdict.text()
    assert text == R.batchnorm_verdict(finding)[0]
    assert "of 2 weight scales" in text and re.search(r"\d+\.\d%", text)
    right = finding.small_choice == 0
    assert ("✓" in page.bn_choice.verdict.text()) == right
    assert ("bn_small_scale" in predictions_right("regularisation")) == right
    assert len(experiment.charts) == 2 and len(experiment.charts[1].with_bn.getData()[0]) == 6


def test_overfitting_experiment_shows_each_gap(qtbot, page):
    experiment = page.overfitting
    page.tabs.setCurrentIndex(1)
    page.decay_choice.choose(0)
    experiment.reduced = {"epochs": 40, "dropout_epochs": 40, "test_limit": 500}
    with qtbot.waitSignal(experiment.finished, timeout=RUN_TIMEOUT) as done:
        qtbot.mouseClick(experiment.run_button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    gaps = [r.gap for r in result.results]
    text = experiment.verdict.text()
    assert text.startswith("Without regularisation: training accuracy")
    for g in gaps:
        assert f"gap {g:.2f}" in text and f"<b>{g:.2f}</b>" in experiment.gaps.text()
    assert [t.text for _s, t in experiment.view.chart.legend.items] == [
        "No regularisation", "Weight decay λ = 0.1", "Dropout 0.2"]
    decay_right = R.overfitting_finding(result).decay_choice == 0
    assert ("✓" in page.decay_choice.verdict.text()) == decay_right


def test_the_settings_go_to_the_train_tab(qtbot, page):
    context = page.context
    with qtbot.waitSignal(context.trainSettingsRequested) as sent:
        qtbot.mouseClick(page.overfit_handoff, Qt.MouseButton.LeftButton)
    assert sent.args[0] == {"optimizer": "sgd", "lr": 0.01, "batch_size": 100, "epochs": 200,
                            "weight_decay": 0.1, "train_subset": 300}
    with qtbot.waitSignal(context.designRequested) as design:
        qtbot.mouseClick(page.bn_handoff, Qt.MouseButton.LeftButton)
    assert [layer.type for layer in design.args[0].layers].count("BatchNorm") == 5


def test_japanese(qtbot, page):
    set_language("ja")
    assert page.tabs.tabText(0) == "バッチ正規化"
    assert page.bn_choice.buttons[0].text() == "バッチ正規化ありだけ"


def test_random_search_on_validation_data(qtbot, page):
    experiment = page.validation
    page.tabs.setCurrentIndex(2)
    experiment.trials, experiment.epochs = 3, 5
    with qtbot.waitSignal(experiment.finished, timeout=RUN_TIMEOUT) as done:
        qtbot.mouseClick(experiment.run_button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert result.comparison.validation == 100 and len(result.results) == 3
    best = max(r.final_test_acc for r in result.results)
    assert experiment.verdict.text().startswith(
        f"Best validation accuracy: {100 * best:.1f}%")
    assert len(experiment.points.data) == 3


def test_a_diverged_run_is_named_in_its_own_colour(qtbot, page):
    """σ = 1 without BatchNorm diverges: the note says which run, in that run's orange, top-left,
    and an ✗ marks where its (dashed) curve ends; the BatchNorm run is not labelled."""
    from ui.theme import ORANGE

    experiment = page.batchnorm
    page.bn_choice.choose(0)
    experiment.reduced_scales = R.REDUCED_SCALES[:1]  # σ = 1
    experiment.epochs = 2
    with qtbot.waitSignal(experiment.finished, timeout=RUN_TIMEOUT) as done:
        qtbot.mouseClick(experiment.run_button, Qt.MouseButton.LeftButton)
    with_bn, without = done.args[0].results
    assert without.failed and not with_bn.failed
    chart = experiment.charts[0]
    assert chart.note.toPlainText() == "without BatchNorm:\n✗ diverged"
    assert chart.note.color.name() == ORANGE.name()
    assert (chart.note.pos().x(), chart.note.pos().y()) == (0, 1.0)
    assert len(chart.diverged_at.data) == 1
    set_language("ja")
    assert chart.note.toPlainText() == "バッチ正規化なし：\n✗ 発散"
