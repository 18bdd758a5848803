"""Spec validation: every bad input is reported on its layer, in English and Japanese."""

import json

import pytest

from nnlab import Network, NetworkSpec, SpecError
from nnlab.paths import resource


def spec(layers, input_shape=(784,), **top):
    d = {"format": "nnlab.network/1", "name": "t", "input_shape": list(input_shape), "layers": layers}
    d.update(top)
    return NetworkSpec.from_dict(d)


def problems_at(s, index):
    return [p for p in s.validate() if p.index == index]


def only_problem(s, index, *words):
    found = problems_at(s, index)
    assert found, f"no problem reported on layer {index}: {s.validate()}"
    text = " ".join(p.en for p in found)
    for w in words:
        assert w in text
    assert all(p.ja and p.ja != p.en for p in found)
    where = "network" if index is None else f"layer {index}"
    assert all(str(p).startswith(where) for p in found)
    return found


HEAD = {"type": "SoftmaxWithLoss"}


@pytest.mark.parametrize("name", ["mnist_mlp", "mnist_deep", "xor", "section1_single_layer", "three_layer"])
def test_bundled_specs_are_valid_and_round_trip(name, tmp_path):
    s = NetworkSpec.from_json(resource("specs", f"{name}.nnlab.json"))
    assert s.validate() == []
    s.to_json(tmp_path / "x.nnlab.json")
    assert NetworkSpec.from_json(tmp_path / "x.nnlab.json") == s


def test_mnist_mlp_shapes_and_parameter_counts():
    s = NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json"))
    assert s.output_shapes() == [(100,), (100,), (10,), (10,)]
    assert s.param_counts() == [78500, 0, 1010, 0]
    assert s.total_params == 79510


def test_defaults_make_a_whole_layer():
    s = spec([{"type": "Affine", "units": 3}, {"type": "LeakyReLU"}, {"type": "Dropout"},
              {"type": "BatchNorm"}, {"type": "Affine", "units": 2}, HEAD], input_shape=(4,))
    assert s.validate() == []
    assert s.layers[0].get("init") == "he"
    assert s.layers[1].get("alpha") == 0.01
    assert s.layers[2].get("ratio") == 0.5
    assert s.layers[3].get("momentum") == 0.9


def test_unknown_type_is_reported_on_its_layer():
    only_problem(spec([{"type": "Affine", "units": 3}, {"type": "Convolution3D"}, HEAD]), 1, "unknown layer type")


def test_missing_head():
    only_problem(spec([{"type": "Affine", "units": 3}, {"type": "ReLU"}]), 1, "last layer must be an output layer")


def test_empty_network():
    only_problem(spec([]), None, "no layers")


def test_head_not_last():
    s = spec([{"type": "Affine", "units": 3}, HEAD, {"type": "ReLU"}, HEAD])
    only_problem(s, 1, "must come last")


def test_extra_head():
    s = spec([{"type": "Affine", "units": 3}, {"type": "SigmoidWithLoss"}, HEAD])
    only_problem(s, 1, "must come last")


@pytest.mark.parametrize("units", [0, -5])
def test_units_not_positive(units):
    only_problem(spec([{"type": "Affine", "units": units}, HEAD]), 0, "at least 1")


def test_units_absurd():
    found = only_problem(spec([{"type": "Affine", "units": 10_000_000}, HEAD]), 0, "GiB")
    assert "GiB" in found[0].ja


def test_units_missing():
    only_problem(spec([{"type": "Affine"}, HEAD]), 0, "units")


@pytest.mark.parametrize("ratio", [1.0, -0.1, 2, "half"])
def test_dropout_ratio_outside_range(ratio):
    only_problem(spec([{"type": "Affine", "units": 3}, {"type": "Dropout", "ratio": ratio},
                       {"type": "Affine", "units": 2}, HEAD]), 1, "dropout ratio")


def test_dropout_ratio_zero_is_allowed():
    assert spec([{"type": "Affine", "units": 3}, {"type": "Dropout", "ratio": 0.0},
                 {"type": "Affine", "units": 2}, HEAD]).validate() == []


def test_affine_on_an_image_input_is_a_shape_mismatch():
    only_problem(spec([{"type": "Affine", "units": 3}, HEAD], input_shape=(1, 28, 28)), 0, "Flatten")


def test_flatten_on_an_image_then_affine_is_fine():
    s = spec([{"type": "Flatten"}, {"type": "Affine", "units": 10}, HEAD], input_shape=(1, 28, 28))
    assert s.validate() == []
    assert s.output_shapes()[0] == (784,)


def test_flatten_on_a_flat_input_is_fine():
    assert spec([{"type": "Flatten"}, {"type": "Affine", "units": 10}, HEAD]).validate() == []


def test_softmax_over_one_output_is_refused():
    only_problem(spec([{"type": "Affine", "units": 1}, HEAD]), 1, "single output")


@pytest.mark.parametrize("layer,word", [
    ({"type": "Affine", "units": "100"}, "whole number"),
    ({"type": "Affine", "units": 10.5}, "whole number"),
    ({"type": "Affine", "units": True}, "whole number"),
    ({"type": "Affine", "units": 3, "init": "glorot"}, "init"),
    ({"type": "LeakyReLU", "alpha": "0.1"}, "alpha"),
    ({"type": "BatchNorm", "momentum": [0.9]}, "momentum"),
], ids=["units-str", "units-float", "units-bool", "init", "alpha", "momentum"])
def test_wrong_json_types(layer, word):
    s = spec([{"type": "Affine", "units": 3}, layer, {"type": "Affine", "units": 2}, HEAD])
    only_problem(s, 1, word)


def test_unknown_option_key():
    only_problem(spec([{"type": "Affine", "units": 3, "unit": 4}, HEAD]), 0, 'no option "unit"')


def test_unknown_top_level_key_and_bad_input_shape():
    s = spec([{"type": "Affine", "units": 3}, HEAD], input_shape=(0,), extra=1)
    texts = [p.en for p in s.validate() if p.index is None]
    assert any('unknown key "extra"' in t for t in texts)
    assert any("input_shape" in t for t in texts)


def test_unsupported_format_version():
    s = NetworkSpec.from_dict({"format": "nnlab.network/2", "input_shape": [2],
                               "layers": [{"type": "Affine", "units": 2}, HEAD]})
    only_problem(s, None, "unsupported format")


def test_every_problem_is_reported_not_just_the_first():
    s = spec([{"type": "Affine", "units": 0}, {"type": "Nope"}, {"type": "Dropout", "ratio": 3}, HEAD])
    assert {p.index for p in s.validate()} >= {0, 1, 2}


@pytest.mark.parametrize("text", ["not json", "[1, 2]", '{"layers": 5}', '{"layers": [1]}'])
def test_unreadable_specs_raise_spec_error(text):
    with pytest.raises(SpecError) as e:
        NetworkSpec.loads(text)
    assert e.value.problems and e.value.problems[0].ja


def test_a_layer_that_is_not_an_object_names_its_index():
    with pytest.raises(SpecError) as e:
        NetworkSpec.loads(json.dumps({"layers": [{"type": "ReLU"}, "Affine"]}))
    assert e.value.problems[0].index == 1


def test_network_refuses_an_invalid_spec_with_the_problems():
    with pytest.raises(SpecError) as e:
        Network(spec([{"type": "Affine", "units": 0}, HEAD]))
    assert e.value.problems[0].index == 0
    assert "layer 0" in str(e.value)


# ---- hostile files: read, not crashed on ------------------------------------------------------

MLP_TEXT = json.dumps({"format": "nnlab.network/1", "name": "café", "input_shape": [784], "layers": [
    {"type": "Affine", "units": 10}, HEAD]}, ensure_ascii=False)


def read_problem(tmp_path, data: bytes) -> str:
    (tmp_path / "s.json").write_bytes(data)
    with pytest.raises(SpecError) as e:
        NetworkSpec.from_json(tmp_path / "s.json")
    assert e.value.problems[0].ja != e.value.problems[0].en
    return str(e.value)


def test_a_byte_order_mark_is_accepted(tmp_path):
    (tmp_path / "s.json").write_bytes(b"\xef\xbb\xbf" + MLP_TEXT.encode("utf-8"))
    assert NetworkSpec.from_json(tmp_path / "s.json").name == "café"


def test_latin_1_says_it_is_not_utf_8_and_binary_that_it_is_not_text(tmp_path):
    assert "is not UTF-8 text (byte 0xe9" in read_problem(tmp_path, MLP_TEXT.encode("latin-1"))
    assert "is not a text file" in read_problem(tmp_path, b"PK\x03\x04\x00\x00binary")


def test_a_key_given_twice_is_refused_not_half_read():
    with pytest.raises(SpecError, match='"units" appears twice'):
        NetworkSpec.loads(MLP_TEXT.replace('"units": 10', '"units": 10, "units": 20'))


def test_a_5000_digit_number_is_a_problem_not_a_traceback():
    with pytest.raises(SpecError, match="5,000 digits"):
        NetworkSpec.loads(MLP_TEXT.replace('"units": 10', '"units": ' + "9" * 5000))


def test_an_absurd_init_is_blamed_on_the_init():
    found = only_problem(spec([{"type": "Affine", "units": 10, "init": 1e300}, HEAD]), 0, "init",
                         "far too large")
    assert "1e+300" in found[0].en
    assert spec([{"type": "Affine", "units": 10, "init": 1.0}, HEAD]).validate() == []


# ---- the size budget --------------------------------------------------------------------------

def test_784_200000_10_is_refused_on_the_layer_that_crosses_the_budget():
    s = spec([{"type": "Affine", "units": 200_000}, {"type": "ReLU"}, {"type": "Affine", "units": 10},
              HEAD])
    found = only_problem(s, 0, "GiB", "limit of 2 GiB")
    assert "157,000,000 parameters" in found[0].en
    with pytest.raises(SpecError):
        Network(s)


def test_more_than_1000_layers_is_refused():
    s = spec([{"type": "Affine", "units": 10}, *[{"type": "ReLU"}] * 100_000, HEAD])
    only_problem(s, 1000, "at most 1,000 layers")


def test_the_batch_size_counts_activation_memory():
    s = spec([{"type": "Affine", "units": 4096}, {"type": "ReLU"}, {"type": "Affine", "units": 10},
              HEAD])
    assert s.validate() == [] and s.validate(batch_size=100) == []
    found = s.validate(batch_size=60_000)
    assert len(found) == 1 and found[0].index == 0  # its 4096 outputs per sample take it over
    assert "in batches of 60,000" in found[0].en and "smaller batch" in found[0].en


def test_bundled_specs_fit_the_budget_at_their_usual_batches():
    for name in ("mnist_mlp", "mnist_deep", "xor", "section1_single_layer", "three_layer"):
        assert NetworkSpec.from_json(resource("specs", f"{name}.nnlab.json")).validate(batch_size=1000) == []
