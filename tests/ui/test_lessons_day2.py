"""Lessons 12 and 13 driven like a learner: step an optimizer and read the formula's numbers,
guess the predictions, pick the book's histogram cases and read the verdict sentences."""

from __future__ import annotations

import pytest
from lesson_helpers import lessons_tab_on_screen
from PySide6.QtCore import Qt

from nnlab.lessons.vanishing import BOOK_CASES
from ui.context import AppContext
from ui.i18n import set_language
from ui.lessons.lessons_tab import LessonsTab


@pytest.fixture
def tab(qtbot):
    yield from lessons_tab_on_screen(qtbot)


def test_lesson_12_steps_momentum_and_writes_v_with_its_numbers(qtbot, tab):
    page = tab.open_lesson("optimizers")
    plane = page.plane
    plane.choose("momentum")
    qtbot.mouseClick(plane.step_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plane.step_button, Qt.MouseButton.LeftButton)
    text = plane.formula.text()
    # t = 2: v = 0.9·(0.07, −0.4) − 0.1·(−0.693, 3.2) = (0.1323, −0.68); x = −6.93 + 0.1323
    assert "update 2 of 30" in text and "0.9·(0.07, −0.4) − 0.1·(−0.693, 3.2) = (0.1323, −0.68)" in text
    assert "(−6.798, 0.92)" in text


def test_lesson_12_asks_before_sgds_first_step_and_judges_the_guess(qtbot, tab):
    page = tab.open_lesson("optimizers")
    plane = page.plane
    plane.choose("sgd")
    got = []
    page.predicted.connect(lambda pid, right: got.append((pid, right)))
    qtbot.mouseClick(plane.step_button, Qt.MouseButton.LeftButton)
    assert plane.paths["sgd"].t == 0 and plane.predict_box.isVisible()
    plane.predict_box.edit.setText("1.8")
    qtbot.mouseClick(plane.predict_box.check_button, Qt.MouseButton.LeftButton)
    assert got == [("sgd_y1", False)] and plane.paths["sgd"].t == 0
    plane.predict_box.edit.setText("−1.8")
    qtbot.mouseClick(plane.predict_box.check_button, Qt.MouseButton.LeftButton)
    assert got[-1] == ("sgd_y1", True) and plane.paths["sgd"].t == 1
    assert "= (−6.335, −1.8)" in plane.formula.text()
    assert tab.frame("optimizers").tabs.tabText(0).endswith("1/2")


def test_lesson_12_runs_all_six_and_states_the_zigzag_from_the_run(qtbot, tab):
    page = tab.open_lesson("optimizers")
    plane = page.plane
    plane.solved.update(p.id for p in page.lesson.predictions)  # predictions tested above
    qtbot.mouseClick(plane.all_button, Qt.MouseButton.LeftButton)
    assert plane.done and page.is_tried
    text = plane.verdict.text()
    assert "After 30 updates" in text and "SGD crossed the valley floor y = 0 30 times" in text
    plane.arrows_box.setChecked(True)
    assert "points 65° away" in plane.verdict.text()
    plane.choose("sgd")
    plane.presets["large"].click()  # ε = 2.85: |1 − 2ε| > 1
    qtbot.mouseClick(plane.run_button, Qt.MouseButton.LeftButton)
    assert plane.paths["sgd"].diverged and "Diverged (ε too large): SGD" in plane.verdict.text()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_lesson_12_run_all_six_asks_for_the_pending_prediction_then_goes_on(qtbot, tab, lang):
    """SGD's question answered, AdaGrad's not: "Run all six" stops at AdaGrad, says so in the
    box and the formula, puts the cursor in the box, and runs the rest once it is answered."""
    set_language(lang)
    page = tab.open_lesson("optimizers")
    plane = page.plane
    plane.solved.add("sgd_y1")
    tab.window().activateWindow()
    qtbot.mouseClick(plane.all_button, Qt.MouseButton.LeftButton)
    assert plane.pending is not None and plane.pending[1] == "adagrad" and not plane.done
    assert plane.name == "adagrad" and plane.predict_box.isVisible()
    box = plane.predict_box
    assert box.verdict.isVisible() and box.verdict.text() == plane.waiting_text()
    assert ("Run all six" if lang == "en" else "6 つすべて実行") in box.verdict.text()
    assert "Press Step" not in plane.formula.text()
    assert ("Answer the prediction above first" if lang == "en" else "上の予想") in plane.formula.text()
    qtbot.waitUntil(box.edit.hasFocus)
    assert {n: plane.paths[n].t for n in ("sgd", "momentum", "nesterov", "adagrad")} == \
        {"sgd": 30, "momentum": 30, "nesterov": 30, "adagrad": 0}
    value = plane._next_value(*plane.pending)
    qtbot.keyClicks(box.edit, f"{value:.4f}")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert plane.done and all(plane.paths[n].t == 30 or plane.paths[n].diverged for n in plane.paths)
    assert not plane.running_all and ("After 30 updates" if lang == "en" else "30") in plane.verdict.text()


def test_lesson_13_hides_the_predicted_case_until_guessed(qtbot, tab):
    page = tab.open_lesson("initialisation")
    hist = page.histograms
    hist.show_case("sigmoid", "std0.01")
    assert hist.hidden() and hist.captions[4].text() == "?" and hist.verdict.text() == ""
    hist.predict_box.edit.setText("0.5")
    qtbot.mouseClick(hist.predict_box.check_button, Qt.MouseButton.LeftButton)
    assert not hist.hidden() and "mean 0.50" in hist.captions[4].text()
    assert "✓ as in the book" in hist.verdict.text()


def test_lesson_13_book_cases_each_end_with_their_verdict(qtbot, tab):
    page = tab.open_lesson("initialisation")
    hist = page.histograms
    hist.reveal()
    for (act, init), button in zip(BOOK_CASES, hist.cases):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert hist.case == (act, init)
        assert "✓ as in the book" in hist.verdict.text(), (act, init, hist.verdict.text())
    assert page.is_tried
    hist.depth_spin.setValue(10)
    assert sum(p.isVisible() for p in hist.plots) == 10


def test_lesson_13_gradients_vanish_through_sigmoid_and_the_question_is_judged(qtbot, tab):
    page = tab.open_lesson("initialisation")
    grads = page.gradients
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: grads.sigmoid is not None)
    assert "✓ The gradient vanishes through the sigmoid layers" in grads.verdict.text()
    assert grads.sigmoid.ratio() < 0.25
    grads.predict_box.edit.setText("0.25")
    qtbot.mouseClick(grads.predict_box.check_button, Qt.MouseButton.LeftButton)
    assert not grads.pending and "σ′(u) ≤ 0.25" in grads.verdict.text()


# ---- the MNIST comparisons (figures 6-9 and 6-15), on a reduced setting ------------------------------

RUN_TIMEOUT = 120_000


@pytest.fixture
def small(monkeypatch):
    from nnlab.lessons import figures as F

    monkeypatch.setattr(F, "REDUCED", F.Setting(150, 2000))


def run_race(qtbot, race):
    with qtbot.waitSignal(race.raceFinished, timeout=RUN_TIMEOUT) as done:
        qtbot.mouseClick(race.run_button, Qt.MouseButton.LeftButton)
        assert race.running and "Reduced: 150 iterations on the first 2,000" in race.setting_label.text()
    return done.args[0]


def test_lesson_12_races_the_optimizers_and_judges_from_the_run(qtbot, tab, small):
    page = tab.open_lesson("optimizers")
    page.tabs.setCurrentIndex(1)
    result = run_race(qtbot, page.race)
    sgd, adam = result.results[0].final_loss(), result.results[3].final_loss()
    text = page.race.verdict.text()
    assert f"SGD lr 0.01: <b>{sgd:.4g}" in text and f"Adam lr 0.001: <b>{adam:.4g}" in text
    assert "✓ SGD is the slowest, as in the book's figure 6-9." in text
    legend = [label.text for _s, label in page.race.view.chart.legend.items]
    assert legend == ["SGD lr 0.01", "Momentum lr 0.01", "AdaGrad lr 0.01", "Adam lr 0.001"]
    page.race.full_box.setChecked(True)
    assert "all 60,000" in page.race.setting_label.text()


def test_lesson_13_races_the_initial_weights_and_hands_he_to_the_train_tab(qtbot, small):
    context = AppContext()
    widget = LessonsTab(context)
    qtbot.addWidget(widget)
    widget.show()
    page = widget.open_lesson("initialisation")
    page.tabs.setCurrentIndex(2)
    run_race(qtbot, page.race)
    text = page.race.verdict.text()
    assert "std 0.01: <b>2.30" in text and "✓ With std 0.01 the network has not learned" in text
    sent = []
    context.designRequested.connect(lambda spec: sent.append(spec))
    context.trainSettingsRequested.connect(lambda s: sent.append(s))
    page.race.handoff_combo.setCurrentIndex(2)  # He
    qtbot.mouseClick(page.race.handoff_button, Qt.MouseButton.LeftButton)
    spec, settings = sent
    assert {d["init"] for d in spec.to_dict()["layers"] if d["type"] == "Affine"} == {"he"}
    assert settings == {"optimizer": "sgd", "lr": 0.01, "batch_size": 128, "epochs": 5}
    widget.shutdown()


def test_lessons_12_and_13_switch_language_with_their_numbers(qtbot, tab):
    from PySide6.QtWidgets import QApplication

    page = tab.open_lesson("optimizers")
    page.plane.solved.update(p.id for p in page.lesson.predictions)
    page.plane.run_all()
    init = tab.open_lesson("initialisation")
    init.histograms.reveal()
    set_language("ja")
    QApplication.processEvents()
    assert page.plane.lr_label.text() == "ε（学習率）"
    assert "回の更新後の f(x, y)" in page.plane.verdict.text() and "SGD 0.01333" in page.plane.verdict.text()
    assert init.tabs.tabText(0) == "アクティベーション分布"
    assert "本のとおりです" in init.histograms.verdict.text()
    set_language("en")
    assert "After 30 updates" in page.plane.verdict.text()


def test_lesson_12_hands_adam_and_the_books_network_to_the_train_tab(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from nnlab.spec import NetworkSpec
    from ui.app import create_window

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window = create_window(["--lang", "en", "--tab", "lessons"])
    qtbot.addWidget(window)
    page = window.tabs["lessons"].open_lesson("optimizers")
    page.tabs.setCurrentIndex(1)
    assert page.race.handoff_combo.currentText() == "Adam lr 0.001"  # the book's winner first
    qtbot.mouseClick(page.race.handoff_button, Qt.MouseButton.LeftButton)
    assert window.current_tab() == "train"
    assert window.context.spec == NetworkSpec.from_dict(page.lesson.spec)
    controls = window.tabs["train"].controls
    assert controls.optimizer() == "adam" and controls.lr_spin.value() == pytest.approx(0.001)
    assert controls.settings().config.batch_size == 128
    window.close()


def test_lesson_12_says_which_paths_stayed_far_with_too_small_a_rate(qtbot, tab):
    page = tab.open_lesson("optimizers")
    plane = page.plane
    plane.solved.update(p.id for p in page.lesson.predictions)
    plane.choose("adam")
    plane.presets["small"].click()  # ε = 0.03: 30 steps of about 0.03
    plane.run_all()
    text = plane.verdict.text()
    assert "Still far from the minimum after 30 updates" in text and "Adam (ε = 0.03)" in text
    assert "SGD (ε" not in text  # the book's rates all get there


def test_a_stopped_race_says_so_instead_of_judging(qtbot, tab, small):
    page = tab.open_lesson("optimizers")
    page.tabs.setCurrentIndex(1)
    race = page.race
    with qtbot.waitSignal(race.raceFinished, timeout=RUN_TIMEOUT):
        qtbot.mouseClick(race.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(race.view.result.results[0].steps), timeout=RUN_TIMEOUT)
        qtbot.mouseClick(race.view.stop_button, Qt.MouseButton.LeftButton)
    assert "stopped before every run ended" in race.verdict.text()
    assert "✓" not in race.verdict.text()
    with qtbot.waitSignal(race.raceFinished, timeout=RUN_TIMEOUT):  # stopped before any data
        qtbot.mouseClick(race.run_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(race.view.stop_button, Qt.MouseButton.LeftButton)
    assert not race.running and "stopped before every run ended" in race.verdict.text()


def test_run_is_disabled_while_the_race_runs_so_it_cannot_restart_it(qtbot, tab, small):
    """A second click on Run used to restart the race, and the killed run's queued end then
    showed "Stopped" and a verdict while the new one trained (review #1)."""
    page = tab.open_lesson("optimizers")
    page.tabs.setCurrentIndex(1)
    race = page.race
    ended = []
    race.raceFinished.connect(ended.append)
    with qtbot.waitSignal(race.raceFinished, timeout=RUN_TIMEOUT):
        qtbot.mouseClick(race.run_button, Qt.MouseButton.LeftButton)
        assert not race.run_button.isEnabled()
        qtbot.mouseClick(race.run_button, Qt.MouseButton.LeftButton)  # ignored
    assert len(ended) == 1 and all(r.done for r in ended[0].results)
    assert race.run_button.isEnabled() and "✓" in race.verdict.text()
