"""What the export tests share: designs using every layer type, models of them, and running an
exported file in a fresh Python process."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nnlab import Network, NetworkSpec
from nnlab.cli.common import sample_batch
from nnlab.paths import resource

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = sorted(resource("specs").glob("*.nnlab.json"))


def design(name: str, input_shape, layers) -> NetworkSpec:
    return NetworkSpec.from_dict({"format": "nnlab.network/1", "name": name,
                                  "input_shape": list(input_shape), "layers": layers})


def every_flat_layer(head: str, units: int, step: bool = True, dropout: bool = True) -> NetworkSpec:
    """Every layer type that takes a flat input, with options away from their defaults.

    Step passes no gradient back, so ``step=False`` leaves it out for the gradients before it;
    ``dropout=False`` leaves Dropout out where random masks cannot be matched (PyTorch's).
    """
    return design(f"Every layer ({head})", [6], [
        {"type": "Affine", "units": 8, "init": "std"},  # small values: BatchNorm's ε matters
        {"type": "BatchNorm", "momentum": 0.8},
        {"type": "LeakyReLU", "alpha": 0.2},
        *([{"type": "Dropout", "ratio": 0.3}] if dropout else []),
        {"type": "Affine", "units": 7, "init": "xavier"},
        {"type": "Sigmoid"},
        *([{"type": "Step"}] if step else []),
        {"type": "Affine", "units": 6, "init": "he"},
        {"type": "Tanh"},
        {"type": "Flatten"},
        {"type": "Affine", "units": 5, "init": 0.3},
        {"type": "ReLU"},
        {"type": "Affine", "units": units},
        {"type": head},
    ])


def every_image_layer() -> NetworkSpec:
    """Convolution and Pooling with stride, padding (also more than nn.MaxPool2d takes), then
    Flatten into the flat layers."""
    return design("Every image layer", [2, 7, 7], [
        {"type": "Convolution", "filters": 3, "size": 3, "stride": 1, "pad": 1, "init": "he"},
        {"type": "ReLU"},
        {"type": "Pooling", "size": 2, "stride": 1, "pad": 0},
        {"type": "Convolution", "filters": 2, "size": 2, "stride": 2, "pad": 0, "init": 0.2},
        {"type": "Pooling", "size": 3, "stride": 1, "pad": 2},
        {"type": "Pooling", "size": 2, "stride": 1, "pad": 1},
        {"type": "Flatten"},
        {"type": "Affine", "units": 6},
        {"type": "BatchNorm"},
        {"type": "Dropout", "ratio": 0.25},
        {"type": "Affine", "units": 4},
        {"type": "SoftmaxWithLoss"},
    ])


def designs() -> list:
    """(id, spec) for every bundled spec and the every-layer designs, image ones included."""
    out = [pytest.param(NetworkSpec.from_json(p), id=p.name.removesuffix(".nnlab.json"))
           for p in BUNDLED]
    out += [pytest.param(every_flat_layer("SoftmaxWithLoss", 4, step=False),
                         id="every-layer-but-step-softmax"),
            pytest.param(every_flat_layer("SigmoidWithLoss", 3, step=False),
                         id="every-layer-but-step-sigmoid"),
            pytest.param(every_flat_layer("IdentityWithLoss", 2), id="every-layer-identity")]
    out.append(pytest.param(every_image_layer(), id="every-image-layer"))
    return out


def trained_looking(spec: NetworkSpec, dtype: str = "float64", seed: int = 0) -> Network:
    """A network whose biases and BatchNorm statistics are not at their initial values."""
    net = Network(spec, seed=seed, dtype=dtype)
    rng = np.random.default_rng(seed + 100)
    for key, value in {**net.params, **net.buffers}.items():
        if key.endswith((".b", ".beta", ".running_mean")):
            value[...] = rng.normal(0, 0.3, value.shape)
        elif key.endswith(".gamma"):
            value[...] = rng.uniform(0.5, 2.0, value.shape)
        elif key.endswith(".running_var"):  # small ones make ε show
            value[...] = rng.uniform(1e-4, 1e-2, value.shape)
    return net


def batch(net: Network, n: int = 7, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    return sample_batch(net, n, np.random.default_rng(seed))


RUN_NUMPY = r"""
import importlib.util, sys
import numpy as np
spec = importlib.util.spec_from_file_location("exported", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
data = np.load(sys.argv[2])
seed = int(data["seed"])
network = module.load_network(seed=seed)          # the file's own NPZ_PATH
y = network.predict(data["x"])
grads = network.gradient(data["x"], data["t"])
init = module.init_params(np.random.default_rng(seed))
foreign = sorted({m.split(".")[0] for m in sys.modules} & {"nnlab", "torch", "PySide6", "ui"})
np.savez(sys.argv[3], y=y, foreign=np.array(",".join(foreign)),
         **{"grad/" + k: v for k, v in grads.items()}, **{"init/" + k: v for k, v in init.items()})
"""


def run_numpy_export(code: Path, x: np.ndarray, t: np.ndarray, seed: int,
                     tmp_path: Path) -> dict[str, np.ndarray]:
    """Run the exported file in a fresh interpreter from an empty folder; what it computed."""
    inputs, outputs = tmp_path / "inputs.npz", tmp_path / "outputs.npz"
    np.savez(inputs, x=x, t=t, seed=seed)
    work = tmp_path / "elsewhere"
    work.mkdir(exist_ok=True)
    done = subprocess.run([sys.executable, "-c", RUN_NUMPY, str(code), str(inputs), str(outputs)],
                          cwd=work, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with np.load(outputs) as result:
        return dict(result)


def import_file(path: Path, name: str = "exported_module"):
    """Import an exported file as a module (for the PyTorch file, in this process)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ruff_problems(*paths: Path) -> str:
    """`ruff check` with the project's settings on ``paths``: '' when clean."""
    if importlib.util.find_spec("ruff") is None:
        pytest.skip("ruff is not installed")
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--config",
                           str(ROOT / "pyproject.toml"), *map(str, paths)],
                          capture_output=True, text=True, timeout=120)
    return "" if done.returncode == 0 else done.stdout + done.stderr
