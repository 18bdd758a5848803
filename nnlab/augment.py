"""Data augmentation for 28×28 digits: a small random affine map per image, a whole batch at once.

Each image gets its own rotation θ, scale s and shift d = (dy, dx), drawn uniformly from
±``max_rotation`` degrees, [``min_scale``, ``max_scale``] and ±``max_shift`` pixels. The output
pixel p takes its value from the source position found by the inverse map about the centre c:

    q = R(−θ) · (p − c − d) / s + c

sampled bilinearly (the four neighbours weighted by (1 − fy)(1 − fx), (1 − fy)fx, fy(1 − fx),
fy·fx); outside the image is black. Everything is vectorised over the batch: one (N, 784) pair of
source coordinates, four gathers from a zero-padded copy, no per-image Python loop.

Why: the Draw tab's digits are not MNIST's. Mouse strokes are thicker or thinner, tilted, a little
off-centre after preprocessing; a network that has seen slightly moved, turned and resized digits
copes with them much better.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .data.mnist import SIDE

PAD = 2  # zero border: a clipped coordinate then reads only zeros (see Augmenter._gather)


@dataclass(frozen=True)
class AugmentConfig:
    """Ranges of the random affine map (uniform in each)."""

    max_shift: float = 2.0        # pixels, each axis
    max_rotation: float = 12.0    # degrees
    min_scale: float = 0.9
    max_scale: float = 1.1


class Augmenter:
    """Random shift, rotation and scale of flat 28×28 images (N, 784), seeded.

    ``augment(x, out)`` reads uint8 (0–255) or float (0–1) images and writes float images in [0, 1]
    into ``out`` (N, 784). Working arrays are kept between calls, so a training loop allocates
    nothing large per batch.
    """

    def __init__(self, seed: int | np.random.Generator | None = 0,
                 config: AugmentConfig | None = None):
        self.rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
        self.config = config or AugmentConfig()
        self._side = SIDE + 2 * PAD
        # Output pixel positions relative to the centre, as a column (rows) and a row (columns).
        grid = np.arange(SIDE, dtype=np.float32) - np.float32((SIDE - 1) / 2)
        self._py = grid[None, :, None]
        self._px = grid[None, None, :]
        self._cap = 0

    def _buffers(self, n: int) -> None:
        if n <= self._cap:
            return
        side = self._side
        self._padded = np.zeros((n, side, side), dtype=np.float32)
        # Each image's offset in the flat padded batch, as an integer: float32 would stop being
        # exact past 2²⁴ pixels (about 16,000 images).
        self._base = (np.arange(n, dtype=np.intp) * side * side)[:, None, None]
        shape = (n, SIDE, SIDE)
        self._qy, self._qx = np.empty(shape, np.float32), np.empty(shape, np.float32)
        self._fy, self._fx = np.empty(shape, np.float32), np.empty(shape, np.float32)
        self._idx, self._tmp = np.empty(shape, np.intp), np.empty(shape, np.intp)
        self._v, self._w = np.empty(shape, np.float32), np.empty(shape, np.float32)
        self._cap = n

    def draw(self, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Random (θ in radians, s, dy, dx) for n images."""
        c = self.config
        theta = np.deg2rad(self.rng.uniform(-c.max_rotation, c.max_rotation, n))
        scale = self.rng.uniform(c.min_scale, c.max_scale, n)
        shift = self.rng.uniform(-c.max_shift, c.max_shift, (2, n))
        return theta, scale, shift[0], shift[1]

    def augment(self, x: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """Randomly transformed copies of the flat images x (N, 784), float in [0, 1]."""
        n = len(x)
        if out is None:
            out = np.empty((n, SIDE * SIDE), dtype=np.float32)
        theta, scale, dy, dx = self.draw(n)
        return self.transform(x, theta, scale, dy, dx, out)

    def transform(self, x, theta, scale, dy, dx, out):
        """Apply the given per-image maps (module docstring) to x, writing into out."""
        n = len(x)
        self._buffers(n)
        side = self._side
        # q = R(−θ)(p − c − d)/s + c with R(−θ) = [[cos, sin], [−sin, cos]] acting on (y, x):
        #   qy =  (cos/s)·py + (sin/s)·px + oy,   qx = −(sin/s)·py + (cos/s)·px + ox,
        # where (oy, ox) = c − R(−θ)d/s (+ PAD, the zero border). Each is a sum of a per-row and a
        # per-column term, so one broadcast addition per axis builds the whole (n, 28, 28) grid.
        cos = (np.cos(theta) / scale).astype(np.float32)[:, None, None]
        sin = (np.sin(theta) / scale).astype(np.float32)[:, None, None]
        c = np.float32((SIDE - 1) / 2 + PAD)
        oy = c - (cos * dy[:, None, None] + sin * dx[:, None, None]).astype(np.float32)
        ox = c - (cos * dx[:, None, None] - sin * dy[:, None, None]).astype(np.float32)
        qy, qx, fy, fx = self._qy[:n], self._qx[:n], self._fy[:n], self._fx[:n]
        np.add(cos * self._py + oy, sin * self._px, out=qy)
        np.add(ox - sin * self._py, cos * self._px, out=qx)

        # Bilinear: integer corner (clipped into the zero border: a corner outside then reads
        # only zeros) and the fractions wy, wx left in qy, qx.
        np.floor(qy, out=fy)
        qy -= fy
        np.floor(qx, out=fx)
        qx -= fx
        np.clip(fy, 0, side - 2, out=fy)
        np.clip(fx, 0, side - 2, out=fx)
        idx, tmp = self._idx[:n], self._tmp[:n]
        fy *= side
        fy += fx  # < side², exact in float32
        idx[...] = fy
        idx += self._base[:n]

        padded = self._padded[:n]
        inner = padded[:, PAD:PAD + SIDE, PAD:PAD + SIDE]
        if x.dtype == np.uint8:
            np.multiply(x.reshape(n, SIDE, SIDE), np.float32(1 / 255), out=inner)
        else:
            inner[...] = x.reshape(n, SIDE, SIDE)
        flat = padded.reshape(-1)
        v, w = self._v[:n], self._w[:n]
        wy, wx = qy, qx
        top = out.reshape(n, SIDE, SIDE)
        # out = (1−wy)[(1−wx)a + wx·b] + wy[(1−wx)c + wx·d] = top + wy(bottom − top)
        np.take(flat, idx, out=top)           # a
        np.add(idx, 1, out=tmp)
        np.take(flat, tmp, out=w)             # b
        w -= top
        w *= wx
        top += w                              # top row
        tmp += side - 1
        np.take(flat, tmp, out=v)             # c
        tmp += 1
        np.take(flat, tmp, out=w)             # d
        w -= v
        w *= wx
        v += w                                # bottom row
        v -= top
        v *= wy
        top += v
        return out
