"""Where NN Lab's bundled data lives: the one place that knows.

In a checkout (or an editable install) the data is the ``resources/`` folder next to ``nnlab/``.
In an installed wheel the same folder is the package ``nnlab_resources`` (pyproject.toml maps it
so that it can never collide with another distribution's top-level ``resources``).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding mnist/, models/, specs/, i18n/ and icons/."""
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "specs").is_dir():
        return checkout
    found = importlib.util.find_spec("nnlab_resources")
    if found is not None and found.submodule_search_locations:
        return Path(next(iter(found.submodule_search_locations)))
    raise FileNotFoundError("NN Lab's resources folder is missing: reinstall the package")


def resource(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource("specs", "mnist_mlp.nnlab.json")``."""
    return resources_dir().joinpath(*parts)
