"""Render Kernpunt's SVG app icon to the PNG sizes desktops look for (``make icons``).

The SVG in ``resources/icons/hicolor/scalable/apps/`` is the source; the PNGs beside it in
``resources/icons/hicolor/NxN/apps/`` are committed, so that building and installing need no
renderer. Run this again after changing the SVG.

Usage: python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_ID = "nl.kernpunt.Kernpunt"
SIZES = (16, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons" / "hicolor"
SOURCE = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"


def png_path(size: int) -> Path:
    """Return where the PNG of one size lives."""
    return ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(source: Path, size: int) -> bytes:
    """Return the SVG rendered as a square PNG of ``size`` pixels, on a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> None:
    """Write every PNG size of the icon."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render(SOURCE, size))
        print(f"{target.relative_to(ICONS.parent.parent.parent)}")


if __name__ == "__main__":
    main()
