"""The Draw tab says how far to trust an answer: a weak model and a near-uniform guess are
shown in the warning colour with words that say so, never in success green."""

from __future__ import annotations

from drawn_digits import DIGITS, Placement, draw_digit

from nnlab import NetworkSpec
from nnlab.network import Network
from nnlab.paths import resource
from ui.draw.probabilities import is_guess


def test_a_low_accuracy_model_is_marked_as_one_that_guesses(tab, model_path):
    good = Network.load(model_path)
    good.meta = {"test_acc": 0.9874}
    tab.context.set_model(good)
    label = tab.model_bar.accuracy_label
    assert "98.74%" in label.text() and label.property("low") is not True
    weak = Network.load(model_path)
    weak.meta = {"test_acc": 0.2557}
    tab.context.set_model(weak)
    assert "25.57%" in label.text()
    assert "low" in label.text() and "90%" in label.toolTip()
    assert label.property("low") is True


def test_an_untrained_network_says_it_is_guessing(tab):
    spec = NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json"))
    untrained = Network(spec, seed=0)  # weights σ = 0.01: y is close to 1/10 for every digit
    untrained.meta = {"test_acc": 0.1}
    tab.context.set_model(untrained)
    draw_digit(tab.canvas, DIGITS[7][0], Placement(size=0.75, cx=0.5, cy=0.5))
    p = tab.prediction.chart.probabilities
    assert p is not None and p.max() < 0.3 and is_guess(p)
    text = tab.prediction.confidence_label.text()
    assert "Not sure" in text and "guessing" in text
    assert tab.prediction.confidence_label.property("guessing") is True


def test_a_trained_network_reads_with_confidence(tab):
    draw_digit(tab.canvas, DIGITS[7][0], Placement(size=0.75, cx=0.5, cy=0.5))
    assert tab.prediction.predicted() == 7
    assert "reads a <b>7</b>" in tab.prediction.confidence_label.text()
    assert tab.prediction.confidence_label.property("guessing") is not True
