"""Walk one batch through a network one layer at a time, forward then backward, then update.

A pass is: forward through layers 0 … L−1 (the last is the head, which computes the loss),
backward from the head (∂L/∂L = 1) through L−1 … 0, then optionally one optimizer update.
Every step leaves a ``StepRecord`` of copies — input, output, parameters, δ in, ∂L/∂x out, and
∂L/∂θ — so nothing on the learner's screen changes under their eyes.

Records are recomputed from the state of the pass (input, target, the parameters the pass started
with, and how far it has gone), so editing an input, a weight or the target recomputes everything
downstream at once, and ``undo`` is exact. The computation is the network's own: running a pass to
the end gives exactly ``net.loss`` and ``net.gradient``.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from .errors import StepperError
from .gradcheck import SAMPLE, Progress, check_entries, entries_to_check
from .layers import Dropout, Head
from .network import Network
from .optimizers import Optimizer
from .stepper_edits import LiveEdits
from .threads import blas_threads


class Phase(StrEnum):
    """Where a pass is, in order: forward, backward, waiting for the update, done.

    A ``StrEnum``, so ``Phase.FORWARD == "forward"`` (lessons name their goal phase as text).
    """

    FORWARD = "forward"
    BACKWARD = "backward"
    UPDATE = "update"  # the backward pass is finished; the update has not been applied
    DONE = "done"  # the update has been applied

    def reached(self, goal: str) -> bool:
        """Whether a pass at this phase has got as far as ``goal`` ("backward": forward is done)."""
        order = list(Phase)
        return order.index(self) >= order.index(Phase(goal))


@dataclass(frozen=True)
class StepRecord:
    """What one step computed (all arrays are copies)."""

    kind: Phase  # FORWARD, BACKWARD or UPDATE
    index: int  # the layer; -1 for an update
    layer_type: str
    x: np.ndarray | None = None  # forward: the layer's input
    out: np.ndarray | None = None  # forward: its output (the head: y)
    params: dict[str, np.ndarray] = field(default_factory=dict)  # the layer's parameters
    t: np.ndarray | None = None  # head forward: the target
    loss: float | None = None  # head forward: L
    dout: np.ndarray | None = None  # backward: δ arriving from above (the head: 1)
    dx: np.ndarray | None = None  # backward: ∂L/∂x passed down
    grads: dict[str, np.ndarray] = field(default_factory=dict)  # backward/update: ∂L/∂θ
    new_params: dict[str, np.ndarray] = field(default_factory=dict)  # update: θ after the step
    lr: float | None = None  # update: the learning rate ε it used
    note: tuple[str, str] | None = None  # (en, ja) e.g. why Step's gradient is zero
    kept: dict[str, np.ndarray] = field(default_factory=dict)  # forward: Layer.kept(), e.g. col, arg_max


@dataclass(frozen=True)
class Position:
    """Where the pass stands: the next step's phase and layer."""

    phase: Phase
    index: int  # next layer to run (forward/backward); -1 for update/done


@dataclass
class _State:
    n_forward: int
    n_backward: int
    updated: bool
    pass_state: dict[str, np.ndarray]  # parameters and buffers the pass started with
    live_state: dict[str, np.ndarray] | None  # after an update
    update_record: StepRecord | None
    masks: dict[int, np.ndarray] = field(default_factory=dict)  # Dropout masks, drawn once a pass
    optimizer_state: tuple[Optimizer, dict] | None = None
    restore: Callable[[], None] | None = None  # an edit's entry in the history: puts the old value back


class Stepper(LiveEdits):
    """One-layer-at-a-time forward and backward over ``net`` for inputs ``x`` and targets ``t``."""

    def __init__(self, net: Network, x: np.ndarray, t: np.ndarray, train: bool = True):
        self.net = net
        self.train = train
        self.x, self.t = self._as_batch(x, t)
        self._initial = net.state()
        self._history: list[_State] = []
        self._state = _State(0, 0, False, net.state(), None, None)
        self.records: list[StepRecord] = []

    # ---- inputs ---------------------------------------------------------------------------------
    def _as_batch(self, x, t) -> tuple[np.ndarray, np.ndarray]:
        x = np.array(x, dtype=self.net.dtype)
        t = np.array(t)
        shape, size = self.net.input_shape, math.prod(self.net.input_shape)
        batch = x.shape != shape and x.ndim >= 2 and math.prod(x.shape[1:]) == size
        if not batch and x.size == size:  # one sample: 784 pixels, 28×28 or 1×28×28
            x = x.reshape(1, *shape)
            t = t[np.newaxis] if t.ndim else t.reshape(1)
        elif batch:
            x = x.reshape(len(x), *shape)
        if x.ndim != len(self.net.input_shape) + 1 or x.shape[1:] != self.net.input_shape:
            sample = x.shape if x.ndim <= len(self.net.input_shape) else x.shape[1:]
            raise StepperError(f"input shape {sample} does not match the network's {self.net.input_shape}",
                               f"入力の形状 {sample} がネットワークの入力 {self.net.input_shape} と合いません")
        if len(t) != len(x):
            raise StepperError(f"{len(x)} inputs but {len(t)} targets", f"入力が {len(x)} 個、正解が {len(t)} 個です")
        return x, t

    @property
    def n_layers(self) -> int:
        return len(self.net.layers)

    @property
    def position(self) -> Position:
        s, n = self._state, self.n_layers
        if s.n_forward < n:
            return Position(Phase.FORWARD, s.n_forward)
        if s.n_backward < n:
            return Position(Phase.BACKWARD, n - 1 - s.n_backward)
        return Position(Phase.DONE if s.updated else Phase.UPDATE, -1)

    @property
    def can_forward(self) -> bool:
        """During the forward pass, and after a finished backward pass (it starts the next pass)."""
        return self.position.phase != Phase.BACKWARD

    @property
    def can_backward(self) -> bool:
        return self.position.phase == Phase.BACKWARD

    @property
    def can_update(self) -> bool:
        return self.position.phase == Phase.UPDATE

    @property
    def can_undo(self) -> bool:
        return bool(self._history)

    @property
    def loss(self) -> float | None:
        for r in self.records:
            if r.loss is not None:
                return r.loss
        return None

    # ---- steps ----------------------------------------------------------------------------------
    def forward_step(self) -> StepRecord:
        """Run the next layer forward (starting a new pass after a finished one)."""
        if not self.can_forward:
            raise StepperError("finish the backward pass (or undo it) before a new forward pass",
                               "新しい順伝播の前に逆伝播を最後まで進めてください（または元に戻してください）")
        s = self._state
        self._history.append(copy.copy(s))
        if s.n_forward >= self.n_layers:  # the pass is over: the next one starts from live weights
            self._state = _State(0, 0, False, self.net.state(), None, None)
        self._state.n_forward += 1
        self._replay()
        return self.records[-1]

    def backward_step(self) -> StepRecord:
        """Run the next layer backward; the first backward step is the head's."""
        if not self.can_backward:
            if self.position.phase == Phase.FORWARD:
                raise StepperError("finish the forward pass before stepping backward",
                                   "逆伝播の前に順伝播を出力層まで進めてください")
            raise StepperError("the backward pass is finished", "逆伝播は終わっています")
        self._history.append(copy.copy(self._state))
        self._state.n_backward += 1
        self._replay()
        return self.records[-1]

    def apply_update(self, optimizer: Optimizer) -> StepRecord:
        """Update every parameter with the gradients of this pass: θ ← optimizer(θ, ∂L/∂θ)."""
        if not self.can_update:
            raise StepperError("finish the backward pass before updating the weights",
                               "重みを更新する前に逆伝播を最後まで進めてください")
        saved = copy.copy(self._state)
        saved.optimizer_state = (optimizer, optimizer.state_dict())
        self._history.append(saved)
        grads = {f"layers.{r.index}.{k}": v.copy() for r in self.records for k, v in r.grads.items()}
        self.net.set_state(self._state.pass_state)
        optimizer.update(self.net.params, grads)
        before = self._state.pass_state
        after = self.net.params
        record = StepRecord(
            Phase.UPDATE, -1, type(optimizer).__name__,
            params={k: before[k].copy() for k in grads}, grads=grads,
            new_params={k: after[k].copy() for k in grads}, lr=float(optimizer.lr),
        )
        self._state.updated = True
        self._state.live_state = self.net.state()
        self._state.update_record = record
        self._replay()
        return record

    def run_to_end(self) -> None:
        """Finish the current pass: the rest of the forward steps, then every backward step.

        After a finished pass this runs the whole next one."""
        if self.position.phase in (Phase.UPDATE, Phase.DONE):
            self.forward_step()
        while self.position.phase == Phase.FORWARD:
            self.forward_step()
        while self.position.phase == Phase.BACKWARD:
            self.backward_step()

    def undo(self) -> None:
        """Revert the last step of any kind, exactly (an update restores the weights too; an edit
        of an input, a target or a weight puts the old value back)."""
        if not self._history:
            raise StepperError("nothing to undo", "元に戻す操作はありません")
        previous = self._history.pop()
        if previous.restore is not None:  # an edit (stepper_edits.py): the value it replaced
            previous.restore()
            previous.restore = None
        if previous.optimizer_state is not None:
            optimizer, state = previous.optimizer_state
            optimizer.load_state_dict(state)
            previous.optimizer_state = None
        self._state = previous
        self._replay()

    def reset(self) -> None:
        """Back to the start: no steps taken, the weights as they were when the stepper was made."""
        self.net.set_state(self._initial)
        self._history.clear()
        self._state = _State(0, 0, False, self.net.state(), None, None)
        self._replay()

    # ---- numerical check ------------------------------------------------------------------------
    def numerical_check(self, index: int, h: float = 1e-4, sample: int | None = SAMPLE,
                        progress: Progress | None = None,
                        ) -> dict[str, tuple[np.ndarray, np.ndarray, float]]:
        """For layer ``index`` after its backward step: {name: (backprop, numerical, relative error)}.

        Checks ∂L/∂x of the layer's input ("x") and every parameter, by central differences of L
        (the five-point stencil), with gradient_check's code: an array larger than ``sample`` is
        checked on a seeded sample of its entries (``numerical`` is NaN at the others);
        ``sample=None`` checks all. ``progress(done, total)`` may raise to cancel.
        """
        record = next((r for r in self.records if r.kind == "backward" and r.index == index), None)
        fwd = next((r for r in self.records if r.kind == "forward" and r.index == index), None)
        if record is None or fwd is None:
            raise StepperError("step backward through this layer first", "先にこの層まで逆伝播を進めてください")
        live = self.net.state()
        self.net.set_state(self._state.pass_state)
        self._fix_masks()
        layers = self.net.layers
        buffers = {k: v.copy() for k, v in self.net.buffers.items()}
        x_in = fwd.x.copy()

        def loss(_):
            z = x_in
            for layer in layers[index:-1]:
                z = layer.forward(z, self.train)
            value = layers[-1].forward(z, self.t)
            self.net.set_state(buffers)
            return value

        arrays = {"x": (record.dx, x_in)} if record.dx is not None else {}
        arrays.update({name: (record.grads[name], p) for name, p in layers[index].params.items()})
        rng = np.random.default_rng(0)
        plan = {name: entries_to_check(g, sample, rng) for name, (g, _) in arrays.items()}
        total, done, results = sum(len(i) for i in plan.values()), 0, {}
        for layer in layers[index:]:  # the pieces backprop took stay chosen (Layer.freeze)
            layer.freeze()
        try:
            for name, (g, array) in arrays.items():
                tick = None if progress is None else (lambda d, _n, b=done: progress(b + d, total))
                c = check_entries(name, g, loss, array, plan[name], h, tick)
                results[name] = (c.backprop, c.numerical, c.relative_error)
                done += c.checked
        finally:
            for layer in layers:
                layer.unfreeze()
            self._clear_masks()
            self.net.set_state(live)
            self._replay()
        return results

    # ---- the computation --------------------------------------------------------------------------
    def _fix_masks(self) -> None:
        """Draw each Dropout mask once per pass so replays drop the same units."""
        shapes = [self.net.input_shape, *self.net.spec.output_shapes(self.net.registry)]
        masks = self._state.masks
        for i, layer in enumerate(self.net.layers):
            if isinstance(layer, Dropout):
                shape = (len(self.x), *shapes[i])
                if i not in masks or masks[i].shape != shape:
                    masks[i] = layer.rng.random(shape) > layer.ratio
                layer.fixed_mask = masks[i]

    def _clear_masks(self) -> None:
        for layer in self.net.layers:
            if isinstance(layer, Dropout):
                layer.fixed_mask = None

    def _replay(self) -> None:
        """Recompute every record of the pass from its starting state, with one BLAS thread: a
        step's products (one image, a small batch) are too small to share, and a second thread
        waiting for a busy core only adds delay."""
        with blas_threads(1):
            self._recompute()

    def _recompute(self) -> None:
        s = self._state
        net = self.net
        net.set_state(s.pass_state)
        self._fix_masks()
        records: list[StepRecord] = []
        z = self.x
        last = self.n_layers - 1
        for i in range(s.n_forward):
            layer = net.layers[i]
            params = {k: v.copy() for k, v in layer.params.items()}
            if i == last:
                assert isinstance(layer, Head)
                loss = layer.forward(z, self.t, self.train)
                y = layer.activate(z)
                records.append(StepRecord(Phase.FORWARD, i, type(layer).__name__, x=z.copy(), out=y.copy(),
                                          params=params, t=self.t.copy(), loss=loss))
            else:
                out = layer.forward(z, self.train)
                records.append(StepRecord(Phase.FORWARD, i, type(layer).__name__, x=z.copy(),
                                          out=out.copy(), params=params, kept=layer.kept()))
                z = out
        dout: np.ndarray | float = 1.0
        for k in range(s.n_backward):
            i = last - k
            layer = net.layers[i]
            dx = layer.backward(dout)
            note = (layer.gradient_note, layer.gradient_note_ja) if layer.gradient_note else None
            records.append(StepRecord(
                Phase.BACKWARD, i, type(layer).__name__, dout=np.array(dout, dtype=net.dtype),
                dx=dx.copy(), grads={n: g.copy() for n, g in layer.grads.items()},
                params={n: v.copy() for n, v in layer.params.items()}, note=note))
            dout = dx
        self._clear_masks()
        if s.updated:
            records.append(s.update_record)
            net.set_state(s.live_state)
        self.records = records
