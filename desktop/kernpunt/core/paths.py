"""Where Kernpunt keeps and finds its files: bundled resources and the user's folders."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "kernpunt"

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Return the folder with Kernpunt's bundled resources (sample articles, icons)."""
    bundled = _PACKAGE_DIR / "resources"
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent.parent / "resources"


def translations_dir() -> Path:
    """Return the folder with the compiled interface translations (``.qm`` files)."""
    bundled = _PACKAGE_DIR / "translations"
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent.parent / "translations"


def sample_article() -> Path:
    """Return the article Kernpunt opens on first start."""
    return resources_dir() / "samples" / "navo-ministers-2021-03.nl.txt"
