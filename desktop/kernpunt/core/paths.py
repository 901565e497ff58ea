"""Where Kernpunt keeps and finds its files: bundled resources and the user's folders.

The same code runs from three places, and each keeps the resources somewhere else:

- a checkout (editable install): ``resources/`` and ``translations/`` at the top of the
  repository, the ``.qm`` files compiled there by ``make translations``;
- an installed wheel: ``kernpunt/resources/`` and ``kernpunt/translations/`` inside the package,
  put there by the build (``packaging/backend/kernpunt_build.py``);
- a PyInstaller bundle: the same two folders under ``kernpunt/`` in the bundle's data folder
  (``packaging/pyinstaller/kernpunt.spec``).
"""

from __future__ import annotations

import stat
import sys
from pathlib import Path

APP_ID = "nl.kernpunt.Kernpunt"
ICON_SIZES = (16, 32, 48, 64, 128, 256)

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
_CHECKOUT_DIR = _PACKAGE_DIR.parent.parent


def package_dir() -> Path:
    """Return the folder of the ``kernpunt`` package, or its place in a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(str(frozen_root)) / "kernpunt"
    return _PACKAGE_DIR


def _data_dir(name: str) -> Path:
    installed = package_dir() / name
    if installed.is_dir():
        return installed
    return _CHECKOUT_DIR / name


def resources_dir() -> Path:
    """Return the folder with Kernpunt's bundled resources (sample articles, icons)."""
    return _data_dir("resources")


def translations_dir() -> Path:
    """Return the folder with the compiled interface translations (``.qm`` files)."""
    return _data_dir("translations")


def sample_article() -> Path:
    """Return the article Kernpunt opens on first start."""
    return resources_dir() / "samples" / "navo-ministers-2021-03.nl.txt"


def app_icon(size: int | None = None) -> Path:
    """Return Kernpunt's icon: the PNG of one of ICON_SIZES, or the scalable SVG when None.

    Raises:
        ValueError: There is no PNG of that size.
    """
    hicolor = resources_dir() / "icons" / "hicolor"
    if size is None:
        return hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    if size not in ICON_SIZES:
        sizes = ", ".join(map(str, ICON_SIZES))
        raise ValueError(f"Kernpunt's icon comes in {sizes} pixels, not {size}.")
    return hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def special_kind(mode: int) -> str:
    """What a path that is no ordinary file or folder is, from its ``st_mode``.

    Returns:
        ``pipe``, ``socket``, ``device`` (character or block), or ``other``.
    """
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "other"
