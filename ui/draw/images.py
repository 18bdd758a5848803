"""numpy arrays -> QImages for the Draw tab's small pictures, and the colour scales they use.

Signed values use the diagram's convention (TensorFlow Playground's): blue positive, orange
negative, white zero; non-negative values go from white to blue.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from ..theme import NEGATIVE, POSITIVE

_WHITE = np.array([255.0, 255.0, 255.0])
_POS = np.array([POSITIVE.red(), POSITIVE.green(), POSITIVE.blue()], float)
_NEG = np.array([NEGATIVE.red(), NEGATIVE.green(), NEGATIVE.blue()], float)


def grey_image(values: np.ndarray) -> QImage:
    """A 2-D array in [0, 1] (or uint8) as a Grayscale8 image, 1 = white: the network's view."""
    values = np.asarray(values)
    if values.dtype != np.uint8:
        values = np.rint(np.clip(values, 0, 1) * 255).astype(np.uint8)
    values = np.ascontiguousarray(values)
    h, w = values.shape
    return QImage(values.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


def rgb_image(rgb: np.ndarray) -> QImage:
    """(H, W, 3) uint8 -> an RGB888 image (a copy: numpy keeps its buffer)."""
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    h, w, _ = rgb.shape
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def heat_rgb(values: np.ndarray, scale: float | None = None) -> np.ndarray:
    """Colours for values: white at 0, blue for v > 0, orange for v < 0, full at |v| = scale.

    ``scale`` defaults to max |v| (a layer normalised on its own). Returns (..., 3) uint8.
    """
    values = np.asarray(values, float)
    if scale is None:
        scale = float(np.max(np.abs(values))) if values.size else 0.0
    t = np.clip(values / scale, -1, 1) if scale > 0 else np.zeros_like(values)
    a = np.abs(t)[..., None]
    colour = np.where((t >= 0)[..., None], _POS, _NEG)
    return np.rint(_WHITE * (1 - a) + colour * a).astype(np.uint8)


def saliency_rgb(image: np.ndarray, saliency: np.ndarray) -> np.ndarray:
    """The input in light grey (ink darker), with the signed saliency laid over it.

    Each pixel is the grey of the input mixed with blue (S > 0) or orange (S < 0) by
    α = |S| / max|S|, so the strongest pixels are pure colour and the input shows through
    where the network does not care.
    """
    image = np.clip(np.asarray(image, float), 0, 1)
    grey = (245 - 150 * image)[..., None] * np.ones(3)
    s = np.asarray(saliency, float)
    peak = float(np.max(np.abs(s))) if s.size else 0.0
    if peak <= 0:
        return np.rint(grey).astype(np.uint8)
    t = s / peak
    a = np.clip(np.abs(t) * 1.4, 0, 1)[..., None]  # lift the faint half into view
    colour = np.where((t >= 0)[..., None], _POS, _NEG)
    return np.rint(grey * (1 - a) + colour * a).astype(np.uint8)
