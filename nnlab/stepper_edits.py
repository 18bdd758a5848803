"""Live edits of a Stepper's pass: an input, a target or one weight, everything downstream recomputed.

A mixin of ``nnlab.stepper.Stepper`` (which owns ``x``, ``t``, ``net``, ``_state``, ``_history``,
``_as_batch`` and ``_replay``). Each edit is an entry of the stepper's history, so ``undo`` takes
back the last edit or step, whichever came last: the entry is the pass state at the edit, with
``restore``, which puts the replaced value back.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import numpy as np

from .errors import StepperError


class LiveEdits:
    """set_input, set_target, set_param: refused after an update (undo it, or start a new pass)."""

    @property
    def undo_is_edit(self) -> bool:
        """Whether ``undo`` would take back an edit (rather than a step)."""
        return bool(self._history) and self._history[-1].restore is not None

    def _check_editable(self) -> None:
        if self._state.updated:
            raise StepperError("the weights were updated: step forward to start a new pass, or undo the update",
                               "重みは更新済みです。順伝播で次のパスを始めるか、更新を元に戻してください")

    def _remember_edit(self, restore: Callable[[], None]) -> None:
        entry = copy.copy(self._state)
        entry.restore = restore
        self._history.append(entry)

    def set_input(self, x: np.ndarray) -> None:
        """Replace the input batch (same batch size) and recompute every recorded value."""
        self._check_editable()
        x, _ = self._as_batch(x, self.t)
        self._replay_with(x, self.t)

    def set_target(self, t: np.ndarray) -> None:
        """Replace the targets and recompute."""
        self._check_editable()
        t = np.array(t)
        if t.size == self.t.size:
            t = t.reshape(self.t.shape)
        if len(t) != len(self.x):
            raise StepperError(f"{len(self.x)} inputs but {len(t)} targets",
                               f"入力が {len(self.x)} 個、正解が {len(t)} 個です")
        self._replay_with(self.x, t)

    def _replay_with(self, x: np.ndarray, t: np.ndarray) -> None:
        """Recompute with new x and t; if they do not fit the network, keep the old ones."""
        old = self.x, self.t
        self.x, self.t = x, t
        try:
            self._replay()
        except (ValueError, IndexError) as e:
            self.x, self.t = old
            self._replay()
            raise StepperError(f"these values do not fit the network: {e}",
                               f"この値はネットワークに合いません：{e}") from None
        self._remember_edit(lambda: self._put_back(*old))

    def _put_back(self, x: np.ndarray, t: np.ndarray) -> None:
        self.x, self.t = x, t

    def set_param(self, key: str, value: np.ndarray | float, index: tuple[int, ...] | None = None) -> None:
        """Set a parameter (``layers.0.W``), or one element of it, and recompute."""
        self._check_editable()
        if key not in self.net.params:
            raise StepperError(f"no parameter {key!r}", f"パラメータ {key!r} はありません")
        target = self._state.pass_state[key]
        old = target.copy()
        if index is None:
            target[...] = value
        else:
            target[index] = value
        self.net.set_state({key: target})
        self._replay()

        def restore() -> None:  # the pass state is shared with the entry: write the old value back
            target[...] = old
            self.net.set_state({key: target})

        self._remember_edit(restore)
