"""The engine never loads Qt: importing nnlab (and running it) pulls in no Qt module."""

import subprocess
import sys

CODE = """
import sys
import nnlab, nnlab.cli, nnlab.stepper, nnlab.gradcheck, nnlab.data, nnlab.digits
import nnlab.lessons
import pkgutil, importlib
for m in pkgutil.walk_packages(nnlab.__path__, "nnlab."):
    if m.name != "nnlab.__main__":
        importlib.import_module(m.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6"})
print(",".join(qt))
"""


def test_importing_every_nnlab_module_loads_no_qt():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
