"""File names for exports: the article's date and title, safe on every common file system."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from kernpunt.core.formats.article import Article

MAX_TITLE = 80
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = frozenset(
    {
        "con",
        "prn",
        "aux",
        "nul",
        *(f"com{n}" for n in range(1, 10)),
        *(f"lpt{n}" for n in range(1, 10)),
    }
)


def propose_name(article: Article, suffix: str) -> str:
    """Propose a file name such as ``2021-03-24 Kabinet valt over stikstof.docx``.

    The date comes first so that a folder of exports sorts by date. Characters that Windows,
    macOS or Linux refuse in names are dropped and long titles are cut at a word.

    Args:
        article: The exported article.
        suffix: The file suffix, with its dot (``.docx``).

    Returns:
        A file name without folder.
    """
    title = _clean(article.title)
    if not title and article.source is not None:
        title = _clean(article.source.stem)
    parts = [part for part in (_clean(article.date or ""), title) if part]
    stem = " ".join(parts) or "Kernpunt export"
    if stem.lower() in _RESERVED:
        stem = f"{stem} export"
    return stem + suffix


def unique_path(folder: Path, name: str, taken: set[Path] | None = None) -> Path:
    """Return folder/name, or folder/``name (2)``… when that file exists or is taken.

    Args:
        folder: Where the file goes.
        name: The proposed file name.
        taken: Paths already chosen for other files of the same batch.
    """
    taken = taken or set()
    path = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while path.exists() or path in taken:
        path = folder / f"{stem} ({number}){suffix}"
        number += 1
    return path


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN.sub(" ", text).replace("…", " ")
    text = " ".join(text.split())
    if len(text) > MAX_TITLE:
        cut = text[:MAX_TITLE]
        text = cut.rsplit(" ", 1)[0] if " " in cut else cut
    # Windows drops trailing dots and spaces; a name must not start with a dot (hidden).
    return text.strip(" .")
