"""Where NN Lab's files live: the bundled data, and the learner's own data folder.

In a checkout (or an editable install) the data is the ``resources/`` folder next to ``nnlab/``.
In an installed wheel the same folder is the package ``nnlab_resources`` (pyproject.toml maps it
so that it can never collide with another distribution's top-level ``resources``).
"""

from __future__ import annotations

import importlib.util
import os
import sys
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


APP_FOLDER = "NN Lab"
#: Where versions before 0.2 kept the data: Qt's AppDataLocation, organisation and application.
_LEGACY_FOLDER = ("NNLab", "NN Lab")


def _data_home() -> Path:
    """The platform's folder for applications' data (what Qt calls GenericDataLocation)."""
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"


def data_dir() -> Path:
    """NN Lab's folder for the learner's data (My digits, rescued models, the log).

    ``$NNLAB_DATA_DIR`` when set, else ``NN Lab`` in the platform's data folder
    (``~/.local/share/NN Lab`` on Linux). The folder of older versions
    (``~/.local/share/NNLab/NN Lab``, the name twice) is moved here the first time, when this one
    does not exist yet. The folder itself is not created.
    """
    env = os.environ.get("NNLAB_DATA_DIR")
    if env:
        return Path(env)
    home = _data_home()
    folder = home / APP_FOLDER
    legacy = home.joinpath(*_LEGACY_FOLDER)
    if not folder.exists() and legacy.is_dir():
        try:
            legacy.rename(folder)
            legacy.parent.rmdir()  # "NNLab", now empty (fails harmlessly when it is not)
        except OSError:
            pass
    return folder
