"""The divergence guard: after a NaN or infinite loss or weight, go back to the last good step.

The first NaN or infinite loss (checked every batch, free: it is one float) or parameter
(checked every ``Trainer.GUARD_EVERY`` steps) ends the run with ``Diverged``, and the network
gets back the parameters of the last good step: the last parameters that were finite and gave a
finite loss on the next batch. Copying every parameter every step would cost a few per cent of
the step, so instead a checkpoint (parameters, buffers, optimizer state, random generator
states) is taken every ``GUARD_EVERY`` steps and at the start of each epoch, only after the
parameters were seen to be finite and to give a finite loss. On divergence the checkpoint is
restored and the few steps since are replayed exactly (same batches, same random numbers) up to
the last good one. The cost is one copy per ``GUARD_EVERY`` steps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


@dataclass
class Checkpoint:
    """Everything needed to replay the run from step ``step``: batch ``batch`` of the epoch next."""

    step: int
    batch: int
    perm: np.ndarray
    state: dict[str, np.ndarray]
    optimizer: dict
    rngs: tuple


class DivergenceGuard:
    """Checkpoints of a network, its optimizer and random generators, and the replay to the
    last good step. ``augmenter`` (or None) owns the second random generator."""

    def __init__(self, net, optimizer, augmenter=None):
        self.net, self.optimizer, self.augmenter = net, optimizer, augmenter
        self.checkpoint: Checkpoint | None = None
        self._state_buf = {k: np.empty_like(v) for k, v in {**net.params, **net.buffers}.items()}

    def params_finite(self) -> bool:
        return all(np.isfinite(v).all() for v in self.net.params.values())

    def before_batch(self) -> tuple[tuple, dict[str, np.ndarray]]:
        """What a checkpoint must take before the batch: the random generators' states (before
        it draws from them) and BatchNorm's running statistics (before its forward pass)."""
        aug = self.augmenter.rng.bit_generator.state if self.augmenter is not None else None
        rngs = (self.net.rng.bit_generator.state, aug)
        return rngs, {k: v.copy() for k, v in self.net.buffers.items()}

    def save(self, step: int, batch: int, perm: np.ndarray,
             before: tuple[tuple, dict[str, np.ndarray]]) -> None:
        """Keep a checkpoint at ``step`` (the parameters are known to be good)."""
        rngs, buffers = before
        for k, v in {**self.net.params, **buffers}.items():
            np.copyto(self._state_buf[k], v)
        self.checkpoint = Checkpoint(step, batch, perm, self._state_buf,
                                     self.optimizer.state_dict(), rngs)

    def _restore(self) -> None:
        c = self.checkpoint
        self.net.set_state(c.state)
        self.optimizer.load_state_dict(c.optimizer)
        self.net.rng.bit_generator.state = c.rngs[0]
        if self.augmenter is not None:
            self.augmenter.rng.bit_generator.state = c.rngs[1]

    def replay(self, target: int, batch_size: int,
               learn: Callable[[np.ndarray], float]) -> int:
        """Put the network back to the parameters after ``target`` updates (≥ the checkpoint's),
        replaying from the checkpoint, which lies in the current epoch; ``learn(idx)`` makes one
        update on the batch x[idx]. Returns the step reached (0: no checkpoint, nothing changed).
        """
        c = self.checkpoint
        if c is None:  # diverged before any checkpoint: keep the weights as they are
            return 0
        self._restore()
        step, b = c.step, c.batch
        while step < target:
            learn(c.perm[b * batch_size:(b + 1) * batch_size])
            step += 1
            b += 1
        if not self.params_finite():  # cannot happen with a deterministic BLAS; be safe anyway
            self._restore()
            return c.step
        return step
