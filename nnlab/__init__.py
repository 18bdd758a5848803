"""NN Lab's engine: neural networks from scratch in numpy, as the curriculum teaches them.

    from nnlab import NetworkSpec, Network, load_mnist, Stepper, Trainer, gradient_check, preprocess_digit

This package never imports Qt; the desktop app (``ui``) is built on top of it. The names below
are loaded on first use, so that ``import nnlab`` (and ``python -m nnlab`` before its command
runs) costs nothing and a Ctrl-C during start-up lands where the CLI can answer it in one line.
"""

from __future__ import annotations

import importlib
from typing import Any

#: Public name -> the module that defines it.
_EXPORTS = {
    "LayerSpec": "spec", "NetworkSpec": "spec", "Problem": "spec", "SpecError": "spec",
    "MnistFormatError": "data", "load_mnist": "data",
    "ModelFileError": "network", "Network": "network",
    "Stepper": "stepper", "StepperError": "stepper",
    "TrainConfig": "trainer", "Trainer": "trainer",
    "gradient_check": "gradcheck", "preprocess_digit": "digits",
}

__all__ = sorted(_EXPORTS)


def _version() -> str:
    """The installed distribution's version; in a checkout that is not installed, pyproject's."""
    from importlib.metadata import PackageNotFoundError, version
    from pathlib import Path

    try:
        return version("nnlab")
    except PackageNotFoundError:
        import tomllib

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])
        except (OSError, KeyError, ValueError):
            return "unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":  # looked up when asked: ``import nnlab`` stays free
        value = _version()
        globals()[name] = value
        return value
    if name not in _EXPORTS:
        raise AttributeError(f"module 'nnlab' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value  # the next look-up is an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
