"""Image-shaped designs: shape inference OH = (H + 2P − FH)/S + 1, parameter counts, and the
bilingual problems on the layer that cannot take its input."""

import pytest

from nnlab import NetworkSpec
from nnlab.paths import resource
from nnlab.registry import REGISTRY


def spec(input_shape, layers):
    return NetworkSpec.from_dict({
        "format": "nnlab.network/1", "name": "cnn", "input_shape": list(input_shape),
        "layers": [*layers, {"type": "Flatten"}, {"type": "Affine", "units": 10},
                   {"type": "SoftmaxWithLoss"}]})


def test_simple_convnet_shapes_and_parameters():
    s = NetworkSpec.from_json(resource("specs") / "simple_convnet.nnlab.json")
    assert s.validate() == []
    assert s.output_shapes() == [(30, 24, 24), (30, 24, 24), (30, 12, 12), (4320,), (100,), (100,),
                                 (10,), (10,)]
    assert s.param_counts() == [30 * 25 + 30, 0, 0, 0, 4320 * 100 + 100, 0, 1010, 0]


def test_the_issues_spec_form_is_valid_with_defaults():
    s = spec([1, 28, 28], [{"type": "Convolution", "filters": 30, "size": 5, "stride": 1, "pad": 0},
                           {"type": "Pooling", "size": 2, "stride": 2}])
    assert s.validate() == []
    assert REGISTRY["Pooling"].defaults == {"size": 2, "stride": 2, "pad": 0}
    assert REGISTRY["Convolution"].category == "parameterised"
    assert REGISTRY["Convolution"].option("filters").required


@pytest.mark.parametrize("layer,shape", [
    ({"type": "Convolution", "filters": 8, "size": 3, "pad": 1}, (8, 28, 28)),
    ({"type": "Convolution", "filters": 4, "size": 4, "stride": 2, "pad": 1}, (4, 14, 14)),
    ({"type": "Pooling", "size": 3, "stride": 1, "pad": 1}, (1, 28, 28)),
    ({"type": "Pooling", "size": 4, "stride": 4}, (1, 7, 7)),
])
def test_output_shape_formula(layer, shape):
    s = spec([1, 28, 28], [layer])
    assert s.validate() == [] and s.output_shapes()[0] == shape


def problems(s):
    return [(p.index, p.en, p.ja) for p in s.validate()]


def test_a_side_that_is_not_a_whole_number_is_named_with_its_formula():
    [(layer, en, ja)] = problems(spec([1, 28, 28], [
        {"type": "ReLU"}, {"type": "Convolution", "filters": 2, "size": 5, "stride": 2}]))
    assert layer == 1
    assert "(28 + 2·0 − 5) / 2 + 1 = 12.5" in en and "whole number" in en
    assert "(28 + 2·0 − 5) / 2 + 1 = 12.5" in ja and "整数" in ja


def test_a_filter_larger_than_the_padded_input():
    [(layer, en, ja)] = problems(spec([3, 4, 4], [{"type": "Convolution", "filters": 2, "size": 7,
                                                   "pad": 1}]))
    assert layer == 0 and "larger than the padded input" in en and "4 + 2·1 = 6" in en
    assert "大きく" in ja


def test_an_image_layer_after_a_flat_one():
    s = NetworkSpec.from_dict({"format": "nnlab.network/1", "name": "x", "input_shape": [784],
                               "layers": [{"type": "Pooling"}, {"type": "Affine", "units": 10},
                                          {"type": "SoftmaxWithLoss"}]})
    [(layer, en, ja)] = problems(s)
    assert layer == 0 and "needs an image input" in en and "784" in en and "[1, 28, 28]" in en
    assert "画像の入力" in ja


def test_pooling_padding_must_be_smaller_than_its_window():
    [(layer, en, ja)] = problems(spec([1, 8, 8], [{"type": "Pooling", "size": 2, "stride": 2,
                                                  "pad": 2}]))
    assert layer == 0 and "padding (2) must be smaller" in en and "パディング" in ja


def test_affine_after_an_image_asks_for_flatten_and_later_shapes_carry_on():
    s = NetworkSpec.from_dict({"format": "nnlab.network/1", "name": "x", "input_shape": [1, 28, 28],
                               "layers": [{"type": "Convolution", "filters": 2, "size": 3,
                                           "stride": 2},
                                          {"type": "Pooling"}, {"type": "Affine", "units": 10},
                                          {"type": "SoftmaxWithLoss"}]})
    found = problems(s)
    assert [p[0] for p in found] == [0, 1, 2]  # 13.5, then 6.5 from the rounded-down 13
    assert "Flatten" in found[2][1]
    assert s.output_shapes()[:2] == [(2, 13, 13), (2, 6, 6)]


def test_the_size_budget_counts_im2col():
    s = spec([3, 224, 224], [{"type": "Convolution", "filters": 64, "size": 11, "pad": 5}])
    assert s.work_values()[0] == 2 * 3 * 11 * 11 * 224 * 224
    assert s.validate() == []  # one sample at a time fits
    [(layer, en, ja)] = problems_at_batch(s, 100)
    assert layer == 0 and "GiB" in en and "GiB" in ja
    simple = NetworkSpec.from_json(resource("specs") / "simple_convnet.nnlab.json")
    assert simple.validate(batch_size=100) == []


def problems_at_batch(s, batch):
    return [(p.index, p.en, p.ja) for p in s.validate(batch_size=batch)]
