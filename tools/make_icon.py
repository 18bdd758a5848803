"""Draw NN Lab's icon: a small layered network on a blue tile.

Writes resources/icons/nnlab.svg and renders it to nnlab.png (256 px) with QtSvg.
Run: python tools/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

SIZE = 256
LAYERS = ((64, (92, 164)), (128, (72, 128, 184)), (192, (104, 152)))  # x, node ys
# (from layer, from node, to node, sign, strength 0..1) for the first and second link layers
LINKS = (
    (0, 0, 0, +1, 0.9), (0, 0, 1, -1, 0.4), (0, 0, 2, +1, 0.3),
    (0, 1, 0, -1, 0.3), (0, 1, 1, +1, 0.6), (0, 1, 2, +1, 1.0),
    (1, 0, 0, +1, 0.7), (1, 0, 1, -1, 0.3), (1, 1, 0, -1, 0.8),
    (1, 1, 1, +1, 0.4), (1, 2, 0, +1, 0.3), (1, 2, 1, +1, 0.9),
)
POSITIVE, NEGATIVE = "#8fd3ff", "#ffae4a"  # the diagram's blue/orange, lightened for the tile


def svg() -> str:
    parts = [
        (f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" '
         f'viewBox="0 0 {SIZE} {SIZE}">'),
        ('<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">'
         '<stop offset="0" stop-color="#2b5aa6"/><stop offset="1" stop-color="#1b3a72"/>'
         '</linearGradient></defs>'),
        f'<rect x="8" y="8" width="{SIZE - 16}" height="{SIZE - 16}" rx="52" fill="url(#bg)"/>',
    ]
    for layer, a, b, sign, strength in LINKS:
        x1, ys1 = LAYERS[layer]
        x2, ys2 = LAYERS[layer + 1]
        colour = POSITIVE if sign > 0 else NEGATIVE
        width = 3 + 7 * strength
        opacity = 0.55 + 0.45 * strength
        parts.append(f'<line x1="{x1}" y1="{ys1[a]}" x2="{x2}" y2="{ys2[b]}" stroke="{colour}" '
                     f'stroke-width="{width:.1f}" stroke-linecap="round" '
                     f'stroke-opacity="{opacity:.2f}"/>')
    for x, ys in LAYERS:
        for y in ys:
            parts.append(f'<circle cx="{x}" cy="{y}" r="17" fill="#ffffff" stroke="#cfe3ff" '
                         f'stroke-width="5"/>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    root = Path(__file__).resolve().parent.parent / "resources" / "icons"
    root.mkdir(parents=True, exist_ok=True)
    text = svg()
    (root / "nnlab.svg").write_text(text, encoding="utf-8")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(text.encode("utf-8"))
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(root / "nnlab.png")):
        print("could not write nnlab.png", file=sys.stderr)
        return 1
    print(f"wrote {root / 'nnlab.svg'} and {root / 'nnlab.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
