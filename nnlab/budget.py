"""The size budget: the memory a design needs, estimated before anything is allocated.

Training (float32, mini-batches of B samples) holds, for P stored numbers (parameters and
BatchNorm statistics) and A values per sample (the input, every layer's output, and each
convolution's im2col matrix col and its gradient dcol, ``LayerType.work_values``)::

    memory ≈ BYTES_PER_PARAM · P  +  BYTES_PER_VALUE · B · A

    BYTES_PER_PARAM = 40: the weight (4), its gradient (4), Adam's two moments (8), the
                      divergence guard's checkpoint of weights and optimizer state (12), and
                      the copies made while a checkpoint is replaced or weights are drawn (12)
    BYTES_PER_VALUE = 12: each layer's output kept for backward (4), a mask or second copy it
                      keeps (4), and the gradient flowing back through it (4)

Validation refuses a design whose estimate exceeds MEMORY_BUDGET, with a problem on the first
layer that takes it over, and a design of more than MAX_LAYERS layers. Without a batch size
the estimate is for one sample at a time (what any use of the network needs); the trainer, the
CLI and the Train tab validate with the batch they will use.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

#: What a design may need to train: a learner's laptop with room left for everything else.
MEMORY_BUDGET = 2 * 1024**3
#: More layers than any network of the curriculum by far (the deepest has about 20).
MAX_LAYERS = 1000
BYTES_PER_PARAM = 40
BYTES_PER_VALUE = 12
#: Evaluation runs forward only: the outputs kept (4) and a mask or copy (4) per value.
BYTES_PER_VALUE_FORWARD = 8

Shape = tuple[int, ...]


def training_bytes(stored: int, values: int, batch: int) -> int:
    """The estimate above: ``stored`` numbers, ``values`` per sample, batches of ``batch``."""
    return BYTES_PER_PARAM * stored + BYTES_PER_VALUE * batch * values


def forward_batch(values: int, want: int, at_least: int) -> int:
    """The largest batch ≤ ``want`` whose forward pass stays within the budget for its values,
    but never below ``at_least`` (the training batch, which validation already allowed)."""
    fits = MEMORY_BUDGET // max(BYTES_PER_VALUE_FORWARD * values, 1)
    return max(min(want, fits), min(at_least, want), 1)


def budget_problems(input_shape: Shape | None, shapes: Sequence[Shape | None],
                    stored: Sequence[int], batch_size: int | None,
                    work: Sequence[int] | None = None) -> list[tuple[int, str, str]]:
    """(layer index, en, ja) for a design over the limits; empty when it fits. ``work``: each
    layer's values per sample besides its output (a convolution's im2col matrix), counted like
    outputs."""
    problems = []
    if len(shapes) > MAX_LAYERS:
        problems.append((MAX_LAYERS, f"a network may have at most {MAX_LAYERS:,} layers; this one "
                         f"has {len(shapes):,}",
                         f"層は {MAX_LAYERS:,} 個までです（このネットワークは {len(shapes):,} 個）"))
    batch = batch_size or 1
    total_stored = 0
    values = math.prod(input_shape) if input_shape else 0
    work = work if work is not None else [0] * len(shapes)
    for i, (shape, count, extra) in enumerate(zip(shapes, stored, work)):
        total_stored += count
        values += (math.prod(shape) if shape else 0) + extra
        need = training_bytes(total_stored, values, batch)
        if need > MEMORY_BUDGET:
            problems.append((i, *_over_budget(need, total_stored, values, batch)))
            break
    return problems


def _over_budget(need: int, stored: int, values: int, batch: int) -> tuple[str, str]:
    gib, limit = need / 1024**3, MEMORY_BUDGET / 1024**3
    at = f"in batches of {batch:,}" if batch > 1 else "one sample at a time"
    at_ja = f"バッチサイズ {batch:,} で" if batch > 1 else "1 サンプルずつでも"
    smaller = "use fewer or smaller layers" + (", or a smaller batch" if batch > 1 else "")
    smaller_ja = "層を減らすか小さくしてください" + ("（またはバッチを小さく）" if batch > 1 else "")
    return (f"up to this layer the network needs about {gib:,.1f} GiB to train {at} "
            f"({stored:,} parameters, {values:,} values per sample), over NN Lab's limit of "
            f"{limit:g} GiB: {smaller}",
            f"この層までで学習に約 {gib:,.1f} GiB 必要です（{at_ja}、パラメータ {stored:,} 個、"
            f"1 サンプルあたり {values:,} 個の値）。NN Lab の上限 {limit:g} GiB を超えています。"
            f"{smaller_ja}")
