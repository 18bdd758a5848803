"""What the designer's drags carry: a layer type from the palette, or a layer being reordered.

The palette and the stack both build their QMimeData here, so a test can drive the real drop code
with exactly what a real drag would deliver.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData

LAYER_TYPE_MIME = "application/x-nnlab-layer-type"  # payload: the type name, e.g. "Affine"
LAYER_MOVE_MIME = "application/x-nnlab-layer-index"  # payload: the dragged layer's index


def layer_type_mime(layer_type: str) -> QMimeData:
    """What dragging ``layer_type`` out of the palette carries."""
    mime = QMimeData()
    mime.setData(LAYER_TYPE_MIME, layer_type.encode("utf-8"))
    mime.setText(layer_type)
    return mime


def layer_move_mime(index: int) -> QMimeData:
    """What dragging layer ``index`` within the stack carries."""
    mime = QMimeData()
    mime.setData(LAYER_MOVE_MIME, str(index).encode("ascii"))
    return mime


def dropped_type(mime: QMimeData) -> str | None:
    if not mime.hasFormat(LAYER_TYPE_MIME):
        return None
    return bytes(mime.data(LAYER_TYPE_MIME)).decode("utf-8", "replace") or None


def dropped_index(mime: QMimeData) -> int | None:
    if not mime.hasFormat(LAYER_MOVE_MIME):
        return None
    try:
        return int(bytes(mime.data(LAYER_MOVE_MIME)).decode("ascii"))
    except ValueError:
        return None
