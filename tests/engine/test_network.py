"""Network: predict/loss/gradient/accuracy and model files (atomic, with clear errors)."""

import json
import zipfile

import numpy as np
import pytest

from nnlab import ModelFileError, Network, NetworkSpec, Stepper, load_mnist
from nnlab.paths import resource


@pytest.fixture
def mlp():
    return Network(NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json")), seed=0)


def test_predict_gives_probabilities_and_keeps_float32(mlp):
    x = np.random.default_rng(0).random((5, 784), dtype=np.float32)
    y = mlp.predict(x)
    assert y.shape == (5, 10) and y.dtype == np.float32
    np.testing.assert_allclose(y.sum(axis=1), 1.0, rtol=1e-5)


def test_a_single_sample_gives_a_single_output(mlp):
    assert mlp.predict(np.zeros(784)).shape == (10,)


def test_loss_accepts_labels_or_one_hot(mlp):
    x = np.random.default_rng(1).random((4, 784))
    labels = np.array([3, 1, 4, 1])
    assert mlp.loss(x, labels) == pytest.approx(mlp.loss(x, np.eye(10)[labels]), rel=1e-6)


def test_params_are_the_live_arrays(mlp):
    mlp.params["layers.2.b"][...] = 0
    mlp.params["layers.2.b"][3] = 100.0
    assert mlp.predict(np.zeros((1, 784))).argmax() == 3


def test_gradient_keys_match_params(mlp):
    grads = mlp.gradient(np.zeros((2, 784)), np.array([1, 2]))
    assert set(grads) == set(mlp.params)
    assert all(grads[k].shape == mlp.params[k].shape for k in grads)


def test_accuracy(mlp):
    mlp.params["layers.2.b"][...] = 0
    mlp.params["layers.2.b"][7] = 100.0
    x = np.zeros((10, 784))
    assert mlp.accuracy(x, np.array([7] * 6 + [1] * 4)) == pytest.approx(0.6)


def test_same_seed_same_weights_and_different_seed_different():
    s = NetworkSpec.from_json(resource("specs", "xor.nnlab.json"))
    a, b, c = Network(s, seed=1), Network(s, seed=1), Network(s, seed=2)
    assert np.array_equal(a.params["layers.0.W"], b.params["layers.0.W"])
    assert not np.array_equal(a.params["layers.0.W"], c.params["layers.0.W"])


def test_he_and_xavier_scales():
    s = NetworkSpec.from_dict({"format": "nnlab.network/1", "input_shape": [1000], "layers": [
        {"type": "Affine", "units": 500, "init": "he"}, {"type": "Affine", "units": 500, "init": "xavier"},
        {"type": "Affine", "units": 500, "init": "std"}, {"type": "IdentityWithLoss"}]})
    p = Network(s, seed=0, dtype="float64").params
    assert p["layers.0.W"].std() == pytest.approx(np.sqrt(2 / 1000), rel=0.02)
    assert p["layers.1.W"].std() == pytest.approx(np.sqrt(1 / 500), rel=0.02)
    assert p["layers.2.W"].std() == pytest.approx(0.01, rel=0.02)


def test_save_and_load_round_trip_with_buffers_and_meta(tmp_path):
    s = NetworkSpec.from_dict({"format": "nnlab.network/1", "name": "bn", "input_shape": [4], "layers": [
        {"type": "Affine", "units": 3}, {"type": "BatchNorm"}, {"type": "ReLU"},
        {"type": "Affine", "units": 2}, {"type": "SoftmaxWithLoss"}]})
    net = Network(s, seed=3)
    net.gradient(np.random.default_rng(0).random((8, 4)), np.arange(8) % 2)  # moves running stats
    net.save(tmp_path / "m.npz", meta={"test_acc": 0.5})
    back = Network.load(tmp_path / "m.npz")
    assert back.spec == net.spec
    for k, v in {**net.params, **net.buffers}.items():
        np.testing.assert_array_equal(back.state()[k], v)
    assert back.meta["test_acc"] == 0.5 and "created" in back.meta
    assert back.dtype == np.float32
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]  # no temporary left behind


def test_a_failed_save_leaves_the_old_file_untouched(tmp_path, mlp, monkeypatch):
    path = tmp_path / "m.npz"
    mlp.save(path)
    before = path.read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez", boom)
    with pytest.raises(OSError):
        mlp.save(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]


def test_truncated_file(tmp_path, mlp):
    mlp.save(tmp_path / "m.npz")
    data = (tmp_path / "m.npz").read_bytes()
    (tmp_path / "cut.npz").write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelFileError, match="cut.npz"):
        Network.load(tmp_path / "cut.npz")


@pytest.mark.parametrize("content", [b"hello", b"", b"\x89PNG\r\n\x1a\n0000"])
def test_foreign_file(tmp_path, content):
    (tmp_path / "x.npz").write_bytes(content)
    with pytest.raises(ModelFileError, match="x.npz"):
        Network.load(tmp_path / "x.npz")


def test_foreign_npz_without_spec(tmp_path):
    np.savez(tmp_path / "other.npz", a=np.zeros(3))
    with pytest.raises(ModelFileError, match="no 'spec'"):
        Network.load(tmp_path / "other.npz")


def test_plain_npy_file(tmp_path):
    np.save(tmp_path / "a.npy", np.zeros(3))
    with pytest.raises(ModelFileError, match="a.npy"):
        Network.load(tmp_path / "a.npy")


def test_missing_file(tmp_path):
    with pytest.raises(ModelFileError, match="no such file"):
        Network.load(tmp_path / "nope.npz")


def _rewrite(path, out, change):
    with np.load(path) as f:
        arrays = {k: f[k] for k in f.files}
    change(arrays)
    np.savez(out, **arrays)


def test_mismatched_shape_names_the_parameter(tmp_path, mlp):
    mlp.save(tmp_path / "m.npz")
    _rewrite(tmp_path / "m.npz", tmp_path / "bad.npz",
             lambda a: a.__setitem__("layers.0.W", np.zeros((784, 99), np.float32)))
    with pytest.raises(ModelFileError, match=r"layers\.0\.W has shape \(784, 99\)"):
        Network.load(tmp_path / "bad.npz")


def test_missing_parameter(tmp_path, mlp):
    mlp.save(tmp_path / "m.npz")
    _rewrite(tmp_path / "m.npz", tmp_path / "bad.npz", lambda a: a.pop("layers.2.b"))
    with pytest.raises(ModelFileError, match=r"missing layers\.2\.b"):
        Network.load(tmp_path / "bad.npz")


def test_invalid_spec_inside(tmp_path, mlp):
    mlp.save(tmp_path / "m.npz")
    bad = json.loads(mlp.spec.dumps())
    bad["layers"][0]["units"] = 0
    _rewrite(tmp_path / "m.npz", tmp_path / "bad.npz", lambda a: a.__setitem__("spec", np.array(json.dumps(bad))))
    with pytest.raises(ModelFileError, match="spec is invalid"):
        Network.load(tmp_path / "bad.npz")


def test_non_finite_weights_are_refused(tmp_path, mlp):
    mlp.params["layers.0.b"][0] = np.nan
    mlp.save(tmp_path / "m.npz")
    with pytest.raises(ModelFileError, match="NaN"):
        Network.load(tmp_path / "m.npz")


def test_model_file_holds_the_documented_keys(tmp_path, mlp):
    mlp.save(tmp_path / "m.npz")
    with zipfile.ZipFile(tmp_path / "m.npz") as z:
        names = {n.removesuffix(".npy") for n in z.namelist()}
    assert names == {"spec", "meta", "layers.0.W", "layers.0.b", "layers.2.W", "layers.2.b"}


@pytest.mark.parametrize("stored, expected", [
    ("<f2", np.float32), (">f4", np.float32), (">f8", np.float64), ("longdouble", np.float64)])
def test_unusual_weight_types_are_converted_to_the_networks_dtype(tmp_path, mlp, stored, expected):
    """float16, big-endian and long double weights are read, never computed in that type."""
    mlp.save(tmp_path / "m.npz")
    _rewrite(tmp_path / "m.npz", tmp_path / "odd.npz",
             lambda a: a.update({k: v.astype(stored) for k, v in a.items() if k.startswith("layers")}))
    net = Network.load(tmp_path / "odd.npz")
    assert net.dtype == expected
    assert all(v.dtype == expected and v.dtype.isnative for v in net.params.values())
    x = np.random.default_rng(1).random((3, 784), dtype=np.float32)
    assert net.predict(x).dtype == expected
    tolerance = 1e-3 if stored == "<f2" else 1e-6
    np.testing.assert_allclose(net.predict(x), mlp.predict(x), atol=tolerance)
    assert Network.load(tmp_path / "odd.npz", dtype="float32").dtype == np.float32


def test_weights_beyond_float32_are_refused_by_name(tmp_path, mlp):
    mlp.save(tmp_path / "m.npz")
    _rewrite(tmp_path / "m.npz", tmp_path / "big.npz",
             lambda a: a.__setitem__("layers.0.b", np.full(100, 1e300)))
    with pytest.raises(ModelFileError, match=r"layers\.0\.b holds values beyond float32's range"):
        Network.load(tmp_path / "big.npz", dtype="float32")


def test_an_unreadable_model_says_permission_denied(tmp_path, mlp):
    import os

    mlp.save(tmp_path / "m.npz")
    (tmp_path / "m.npz").chmod(0)
    as_root = os.geteuid() == 0
    if as_root:
        os.seteuid(65534)  # root reads anything: ask as nobody
    try:
        with pytest.raises(ModelFileError, match="permission denied") as info:
            Network.load(tmp_path / "m.npz")
    finally:
        if as_root:
            os.seteuid(0)
    assert "アクセス権" in info.value.message("ja")


def test_save_returns_the_file_written_and_writes_through_a_link(tmp_path, mlp):
    (tmp_path / "real.npz").write_bytes(b"old")
    (tmp_path / "link.npz").symlink_to(tmp_path / "real.npz")
    assert mlp.save(tmp_path / "link.npz") == tmp_path / "real.npz"
    assert (tmp_path / "link.npz").is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.npz", "real.npz"]


def test_rows_of_784_pixels_feed_an_image_design_as_1x28x28_and_images_a_flat_one():
    """What MNIST holds (N, 784) goes into SimpleConvNet as (N, 1, 28, 28), by a reshape only."""
    (x, t), _ = load_mnist()
    cnn = Network(NetworkSpec.from_json(resource("specs", "simple_convnet.nnlab.json")), seed=0,
                  dtype="float64")
    images = x[:4].reshape(4, 1, 28, 28)
    np.testing.assert_array_equal(cnn.predict(x[:4]), cnn.predict(images))
    np.testing.assert_array_equal(cnn.predict(x[0]), cnn.predict(images)[0])
    assert cnn.loss(x[:4], t[:4]) == cnn.loss(images, t[:4])
    stepper = Stepper(cnn, x[0], t[0])
    assert stepper.x.shape == (1, 1, 28, 28)
    mlp = Network(NetworkSpec.from_json(resource("specs", "mnist_mlp.nnlab.json")), seed=0)
    np.testing.assert_array_equal(mlp.predict(images), mlp.predict(x[:4]))
    for net in (cnn, mlp):  # preprocess_digit's 28×28: one sample, for either kind of design
        np.testing.assert_array_equal(net.predict(images[1, 0]), net.predict(x[1]))
        assert Stepper(net, images[1, 0], t[1]).x.shape == (1, *net.input_shape)
