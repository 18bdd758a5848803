"""Export a design or a trained model as code a learner can take along (``nnlab export``).

- ``--to pytorch``: an ``nn.Module`` mirroring the design one to one, ``load_model(npz_path=…)``
  returning it in eval mode with NN Lab's weights (its output: the logits), ``predict`` and a
  training loop with the learner's optimizer; torch and numpy only.
- ``--to numpy``: the book's layer classes with forward/backward, a network with ``predict`` and
  ``gradient``, and ``load_network(npz_path=…)``; numpy only.

Both reproduce NN Lab's predictions (and the NumPy file its gradients) exactly. A design without
weights exports NN Lab's initialisation. The code for each layer type comes from a table
(``NUMPY_LAYERS``, ``TORCH_LAYERS``), so a new layer type is one entry in each.
"""

from __future__ import annotations

import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..network import Network
from ..spec import NetworkSpec
from .numpy_code import NUMPY_LAYERS, numpy_code
from .plan import ExportError, ExportPlan, Training, make_plan, module_name
from .torch_code import TORCH_LAYERS, torch_code

TARGETS = {"pytorch": torch_code, "numpy": numpy_code}

__all__ = ["NUMPY_LAYERS", "TARGETS", "TORCH_LAYERS", "ExportError", "ExportPlan", "Exported",
           "Training", "export_code", "export_to_file", "module_name", "saved_file"]


def export_code(source: Network | NetworkSpec, to: str, *, npz_path: str | Path | None = None,
                beside: bool = False, about: str = "", training: Training | None = None) -> str:
    """The exported file's text for a model (its weights at ``npz_path``) or a design.

    ``beside``: the file finds ``npz_path``'s file name next to itself instead of the full path.
    """
    if to not in TARGETS:
        raise ExportError(f"cannot export to {to!r}: choose {' or '.join(TARGETS)}",
                          f"{to!r} にはエクスポートできません（{' か '.join(TARGETS)} を選んでください）")
    if isinstance(source, Network):
        spec, meta, registry = source.spec, source.meta, source.registry
    else:
        spec, meta, registry = source, None, None
    plan = make_plan(spec, meta=meta, npz_path=npz_path, beside=beside, about=about,
                     training=training, registry=registry)
    return TARGETS[to](plan)


@dataclass(frozen=True)
class Exported:
    """What an export wrote: the code, and the weights when they were written next to it."""

    code: Path
    weights: Path | None = None


def export_to_file(source: Network | NetworkSpec, to: str, out: str | Path, *,
                   model_path: str | Path | None = None, copy_weights: bool = False,
                   about: str = "", training: Training | None = None) -> Exported:
    """Write the exported code to ``out``.

    A model's file defaults to ``model_path`` (the .npz it was loaded from). With ``copy_weights``,
    or for a model that is in no file, the weights are written next to ``out`` as ``<out>.npz``
    and the code loads them from there. A design has no weights to write.
    """
    out = Path(out)
    weights = None
    if isinstance(source, Network) and (copy_weights or model_path is None):
        weights = out.with_suffix(".npz")
    try:
        if out.is_dir():
            raise IsADirectoryError(21, "is a folder", str(out))
        if weights is not None:
            _write_weights(source, model_path, weights)
        npz = weights or (model_path if isinstance(source, Network) else None)
        code = export_code(source, to, npz_path=npz, beside=weights is not None, about=about,
                           training=training)
        out.write_text(code, encoding="utf-8")
    except OSError as e:
        reason = e.strerror or str(e)
        raise ExportError(f"{e.filename or out}: cannot be written ({reason})",
                          f"{e.filename or out} に書き込めません（{reason}）") from None
    return Exported(out, weights)


def saved_file(net: Network) -> Path | None:
    """The model file ``net`` was loaded from or saved to, if it still holds exactly its weights."""
    path = net.path
    if path is None or not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as npz:
            state = net.state()
            if set(state) != {k for k in npz.files if k.startswith("layers.")}:
                return None
            return path if all(np.array_equal(npz[k], v) for k, v in state.items()) else None
    except (OSError, ValueError, zipfile.BadZipFile, EOFError):
        return None


def _write_weights(net: Network, model_path: str | Path | None, weights: Path) -> None:
    if model_path is not None:
        if Path(model_path).resolve() != weights.resolve():
            shutil.copyfile(model_path, weights)
    else:
        net.save(weights)
