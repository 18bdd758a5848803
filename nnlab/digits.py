"""A drawing -> the 28×28 image an MNIST network receives (design.md §2, "Digit preprocessing").

MNIST's own recipe (LeCun, Cortes, Burges): the NIST digit was scaled to fit a 20×20 box keeping
its aspect ratio, anti-aliased, and pasted into a 28×28 field so that its centre of mass sits at
the centre. Here, step by step::

    bbox      = the rows and columns holding ink (value ≥ INK_LEVEL)
    s         = 20 / max(box height, box width)     one factor for both axes: no stretching
    scaled    = box filter of the crop by s         output pixel = mean of the ink it covers
    (ȳ, x̄)    = Σ(i, j)·p(i, j) / Σp(i, j)           centre of mass, in pixel indices
    centred   = the crop resampled once more by s, offset so that (ȳ, x̄) = (14, 14)

Centre of the field: MNIST measured in pixel indices has its centre of mass in [13.5, 14.5] on
both axes for every training image, mean 14.00 (checked on the bundled training set). So the
target is index 14, and MNIST rounded the shift to whole pixels.

Sub-pixel centring, and why: the shift is folded into the one box-filter resample (the crop is
mapped to ``offset + s·(row, col)`` of the 28×28 grid), instead of pasting ``scaled`` at a rounded
position. For a canvas larger than 28×28 (the Draw tab's ~280×280) that costs no blur at all: the
fractional offset only moves where the output pixel boundaries fall on the fine canvas, a grid
phase that was arbitrary in MNIST too. It also keeps the output steady: with a rounded shift, a
tiny extra stroke can make the whole digit jump by one pixel between two predictions. The offset
is refined by Newton's method on the one-dimensional mass profiles until the centre of mass is
within 0.001 px of (14, 14) (the box filter moves the discrete centre of mass almost, but not
exactly, by the offset). It is the whole digit's mass that is centred: a lopsided digit (a "7"
with a heavy bar) may then lose the tip of its stem at the border, as in MNIST, where 813 of
the 60,000 training digits touch the border. Only when the canvas pixels are about as coarse as
the output's (a 28×28 MNIST image, or one enlarged by repeating its pixels) does the fractional
offset blend neighbouring pixels, as a bilinear shift of at most half a pixel would.

Everything is numpy: the box filter is a difference of running sums along each axis in turn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .data.mnist import SIDE as FIELD  # MNIST's image side
from .errors import NNLabError

BOX = 20  # the side of the box the digit is scaled to fit (MNIST: 20×20, then padded to 28×28)
CENTRE = 14.0  # centre-of-mass target in pixel indices (MNIST training set: 13.5–14.5, mean 14.00)

# A pixel is ink from 10% of full brightness. MNIST's own bounding boxes are unchanged by this
# level (59,984 of 60,000 training digits still span exactly 20 pixels), while JPEG ringing and
# scanner noise (a few grey levels out of 255) stay below it and cannot stretch the box.
INK_LEVEL = 0.1
# "Empty or near-empty": fewer ink pixels than 0.1% of the canvas (78 on a 280×280 canvas, a
# 9×9 blob) or than 5 pixels whatever the size. Stray specks stay under it; the sparsest real
# digit does not (the sparsest of MNIST's 60,000 training digits, a "1", has 34 ink pixels on
# its 28×28 image; a "1" drawn with a 10-pixel pen on a 280×280 canvas has over 1,000). A single
# deliberate dot of a Draw-tab pen (about 200 pixels for a 16-pixel pen) counts as a drawing.
MIN_INK_FRACTION = 0.001
MIN_INK_PIXELS = 5
# read_image: ink fainter than this (out of 255) above the background is not stretched to full
# contrast: 32 is well above the noise of a blank photo or scan (a few levels) and well below
# the faintest pencil stroke worth classifying.
MIN_CONTRAST = 32

_NEWTON_STEPS = 6
_NEWTON_TOL = 1e-3


class DigitImageError(NNLabError):
    """Bad input to the digit preprocessing; ``en`` and ``ja`` hold the message in each language."""


@dataclass(frozen=True)
class DigitSteps:
    """Every stage of ``preprocess_digit``, for the Draw tab to show.

    bbox                  (top, left, bottom, right) of the ink in canvas pixels, bottom and right
                          exclusive: ``cropped == canvas[top:bottom, left:right]`` (as float).
    cropped               the ink inside the box, float32 in [0, 1].
    scaled                the crop box-filtered by ``scale``, float32, its exact shape: the longer
                          side is 20, the shorter ``ceil(side·scale)`` with the ink centred in it.
    centred               the final float32 (28, 28) image in [0, 1]: what the network receives.
    scale                 s = 20 / max(crop height, crop width).
    shift                 (rows, cols) that ``scaled`` moved by to become ``centred`` (sub-pixel):
                          before + shift = (14, 14) to within the box filter's rounding (~0.05 px).
    centre_of_mass_before (row, col) of ``scaled``'s centre of mass, in its pixel indices.
    centre_of_mass_after  (row, col) of ``centred``'s centre of mass: (14, 14) to within 0.001 px
                          unless part of the digit had to be cut off at the border of the field.
    """

    bbox: tuple[int, int, int, int]
    cropped: np.ndarray
    scaled: np.ndarray
    centred: np.ndarray
    scale: float
    shift: tuple[float, float]
    centre_of_mass_before: tuple[float, float]
    centre_of_mass_after: tuple[float, float]


def preprocess_digit(canvas: np.ndarray) -> np.ndarray | None:
    """The float32 (28, 28) MNIST-style image of a drawing, or None when the canvas is empty.

    canvas: 2-D uint8 (0–255) or float (0–1) array of any size, ink bright on dark.
    The same code path as ``preprocess_digit_steps(canvas).centred``.
    """
    steps = preprocess_digit_steps(canvas)
    return None if steps is None else steps.centred


def preprocess_digit_steps(canvas: np.ndarray) -> DigitSteps | None:
    """Crop, scale to fit 20×20 and centre by mass (module docstring); None when (near) empty."""
    ink = _ink_mask(canvas)
    count = int(np.count_nonzero(ink))
    if count < max(MIN_INK_PIXELS, MIN_INK_FRACTION * ink.size):
        return None
    rows = np.flatnonzero(ink.any(axis=1))
    cols = np.flatnonzero(ink.any(axis=0))
    top, bottom = int(rows[0]), int(rows[-1]) + 1
    left, right = int(cols[0]), int(cols[-1]) + 1
    cropped = _as_unit_float(canvas[top:bottom, left:right])
    height, width = cropped.shape
    s = BOX / max(height, width)

    # scaled: the crop alone, its shorter side centred in a whole number of pixels.
    out_h, out_w = _fitted_length(height * s), _fitted_length(width * s)
    pad_y, pad_x = (out_h - height * s) / 2, (out_w - width * s) / 2
    scaled = _resample(cropped, s, (pad_y, pad_x), (out_h, out_w))
    com_before = _centre_of_mass(scaled)

    # centred: the same resample onto the 28×28 field, placed so the mass lands on CENTRE.
    row_mass = cropped.sum(axis=1, dtype=np.float64)
    col_mass = cropped.sum(axis=0, dtype=np.float64)
    off_y = _centring_offset(row_mass, s, com_before[0] - pad_y)
    off_x = _centring_offset(col_mass, s, com_before[1] - pad_x)
    centred = _resample(cropped, s, (off_y, off_x), (FIELD, FIELD))
    return DigitSteps(
        bbox=(top, left, bottom, right),
        cropped=cropped,
        scaled=scaled,
        centred=centred,
        scale=s,
        shift=(float(off_y - pad_y), float(off_x - pad_x)),
        centre_of_mass_before=com_before,
        centre_of_mass_after=_centre_of_mass(centred),
    )


def read_image(path: str | Path) -> np.ndarray:
    """A digit image file as a 2-D uint8 canvas, ink bright on dark, ready for preprocess_digit.

    Reads PNG, JPEG, BMP, PGM (anything Pillow opens; the first frame of an animation), honours
    the EXIF orientation of photos, composites transparency over white paper, and converts to grey
    (Pillow's L = 0.299 R + 0.587 G + 0.114 B). A mostly light image (median grey above 127: dark
    ink on paper, the usual scan, photo or paint-program case) is inverted, v -> 255 − v. Then
    the background level b (the median: most of a digit image is background) becomes 0,
    v -> max(v − b, 0), so that the grey paper of a photo is not taken for ink, and the brightest
    ink m becomes 255, v -> 255·v/m, unless m < MIN_CONTRAST (a blank image, whose noise must
    not be blown up into ink). A clean drawing (black background, white ink) is unchanged.
    Raises DigitImageError (a ValueError) naming the file when it is missing or not an image.
    """
    from PIL import Image, ImageOps

    path = Path(path)
    try:
        with Image.open(path) as image:
            image.seek(0)
            image = ImageOps.exif_transpose(image)
            grey = _grey(image)
    except FileNotFoundError as exc:
        raise DigitImageError(
            f"Image file not found: {path}",
            f"画像ファイルが見つかりません：{path}",
        ) from exc
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError) as exc:
        raise DigitImageError(
            f"Cannot read {path} as an image ({exc})",
            f"{path} を画像として読み込めません（{exc}）",
        ) from exc
    if grey.size == 0:
        raise DigitImageError(f"{path} is an empty image", f"{path} は空の画像です")

    if np.median(grey) > 127:
        grey = 255 - grey
    above = np.clip(grey.astype(np.float32) - float(np.median(grey)), 0, None)
    contrast = float(above.max())
    if contrast >= MIN_CONTRAST:
        above *= 255.0 / contrast
    return np.rint(above).astype(np.uint8)


def _grey(image) -> np.ndarray:
    """Pillow image -> uint8 grey array, alpha composited over white."""
    from PIL import Image

    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N"):
        return (np.asarray(image, dtype=np.float64) / 257.0).round().astype(np.uint8)
    if image.mode in ("I", "F"):
        values = np.asarray(image, dtype=np.float64)
        low, high = float(values.min()), float(values.max())
        scaled = (values - low) * (255.0 / (high - low)) if high > low else values * 0
        return scaled.round().astype(np.uint8)
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, rgba)
    return np.asarray(image.convert("L"), dtype=np.uint8)


def _ink_mask(canvas: np.ndarray) -> np.ndarray:
    """Where the canvas holds ink (≥ INK_LEVEL), after checking it is a usable 2-D image."""
    canvas = np.asarray(canvas)
    if canvas.ndim != 2 or 0 in canvas.shape:
        raise DigitImageError(
            f"The canvas must be a non-empty 2-D grey image; got shape {canvas.shape}",
            "キャンバスは空でない 2 次元のグレースケール画像である必要があります"
            f"（形状 {canvas.shape}）",
        )
    if canvas.dtype == np.bool_:
        return canvas
    if np.issubdtype(canvas.dtype, np.integer):
        # Compare in the integer domain: no float copy of the whole canvas.
        return canvas >= math.ceil(INK_LEVEL * 255)
    if np.issubdtype(canvas.dtype, np.floating):
        if not np.isfinite(canvas).all():
            raise DigitImageError(
                "The canvas holds NaN or infinite values",
                "キャンバスに NaN または無限大の値が含まれています",
            )
        return canvas >= INK_LEVEL
    raise DigitImageError(
        f"The canvas must hold uint8 (0–255) or float (0–1) values; got {canvas.dtype}",
        "キャンバスの値は uint8（0〜255）か浮動小数点数（0〜1）である必要があります"
        f"（{canvas.dtype}）",
    )


def _as_unit_float(values: np.ndarray) -> np.ndarray:
    """uint8 0–255 / float 0–1 / bool -> float32 in [0, 1]."""
    if np.issubdtype(values.dtype, np.integer):
        return np.clip(values, 0, 255).astype(np.float32) / np.float32(255)
    return np.clip(values.astype(np.float32), 0, 1)


def _fitted_length(length: float) -> int:
    """Whole pixels that hold a scaled side of ``length`` (20.0000001 is still 20)."""
    return max(1, math.ceil(length - 1e-6))


def _box_filter(values: np.ndarray, scale: float, offset: float, n_out: int) -> np.ndarray:
    """Box-filter axis 0 of ``values`` (n_in, ...) onto n_out output pixels.

    Input pixel j covers [offset + s·j, offset + s·(j+1)) of the output axis; output pixel i is

        out[i] = Σ_j |[i, i+1) ∩ that interval|·in[j] = s·(F(u_{i+1}) − F(u_i)),
        u_k = (k − offset) / s,

    with F the running sum of the input, linear across each pixel (an integral image): the mean
    of the input over the output pixel (area averaging) when shrinking, the covered fraction of
    each input pixel when enlarging. No matrix product, so no BLAS threads: when the machine is
    busy (training in the background), those made a 0.5 ms call take 10 ms.
    """
    n_in = values.shape[0]
    running = np.zeros((n_in + 1, *values.shape[1:]))
    np.cumsum(values, axis=0, dtype=np.float64, out=running[1:])
    u = np.clip((np.arange(n_out + 1) - offset) / scale, 0, n_in)
    below = np.minimum(u.astype(np.intp), n_in - 1)
    frac = (u - below).reshape(-1, *([1] * (values.ndim - 1)))
    integral = running[below] * (1 - frac) + running[below + 1] * frac
    return np.diff(integral, axis=0) * scale


def _resample(image: np.ndarray, scale: float, offset: tuple[float, float],
              shape: tuple[int, int]) -> np.ndarray:
    """The separable box filter, rows then columns, float32 clipped to [0, 1] against rounding."""
    rows = _box_filter(image, scale, offset[0], shape[0])
    both = _box_filter(rows.T, scale, offset[1], shape[1]).T
    return np.clip(both, 0, 1).astype(np.float32)


def _centring_offset(mass: np.ndarray, scale: float, com_in_box: float) -> float:
    """The offset o that puts the centre of mass of one axis's resampled mass profile on CENTRE.

    Start from the box filter moving mass exactly (index ȳ -> ȳ + o), then Newton's method with
    slope 1: o <- o + (CENTRE − ȳ(o)), where ȳ(o) = Σ i·p_i / Σ p_i, p = box filter of the mass.
    """
    offset = CENTRE - com_in_box
    # The profile is taken on a grid three fields wide, so that the mass of the whole digit is
    # centred, as in MNIST, even when a lopsided digit then loses a tip at the border.
    indices = np.arange(-FIELD, 2 * FIELD, dtype=np.float64)
    for _ in range(_NEWTON_STEPS):
        profile = _box_filter(mass, scale, offset + FIELD, 3 * FIELD)
        total = profile.sum()
        if total <= 0:
            break
        error = CENTRE - float(indices @ profile) / total
        offset += error
        if abs(error) < _NEWTON_TOL:
            break
    return offset


def _centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(Σ i·p / Σ p, Σ j·p / Σ p) in pixel indices; the middle of the image if it has no mass."""
    total = float(image.sum(dtype=np.float64))
    if total <= 0:
        return ((image.shape[0] - 1) / 2, (image.shape[1] - 1) / 2)
    row = float(np.arange(image.shape[0]) @ image.sum(axis=1, dtype=np.float64)) / total
    col = float(np.arange(image.shape[1]) @ image.sum(axis=0, dtype=np.float64)) / total
    return (row, col)
