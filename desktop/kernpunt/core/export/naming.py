"""File names for exports: the article's date and title, safe on every common file system."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kernpunt.core.formats.article import Article

MAX_TITLE = 60
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

    The date comes first so that a folder of exports sorts by date; an article without a date
    in its metadata gets none rather than today's, which would say something untrue. The words
    are the article's title, else a heading it opens with, else the file's name, else the start
    of its first sentence: never a whole first paragraph. Characters that Windows, macOS or
    Linux refuse in names are dropped and the words are cut at a word within MAX_TITLE
    characters.

    Args:
        article: The exported article.
        suffix: The file suffix, with its dot (``.docx``).

    Returns:
        A file name without folder.
    """
    title = next((cleaned for cleaned in map(_clean, _title_candidates(article)) if cleaned), "")
    date = _clean(article.date or "")
    if date in title:
        date = ""  # "2021-03 navo-ministers-2021-03" says it twice
    parts = [part for part in (date, title) if part]
    stem = " ".join(parts) or "Kernpunt export"
    if stem.lower() in _RESERVED:
        stem = f"{stem} export"
    return stem + suffix


def _title_candidates(article: Article) -> list[str]:
    """What could name the article, best first."""
    # A heading counts only before the text starts: later ones name a section, or quote someone.
    first_heading = ""
    for block in article.blocks:
        if block.kind not in ("title", "heading"):
            break
        first_heading = first_heading or article.text[block.start : block.end]
    stem = article.source.stem if article.source is not None else ""
    made_up = _title_is_first_paragraph(article)
    return [
        "" if made_up else article.title,
        first_heading,
        stem,
        article.title,  # even the start of the first paragraph beats "Kernpunt export"
    ]


def _title_is_first_paragraph(article: Article) -> bool:
    """Whether the reader made the title up from the first paragraph, for want of a real one."""
    if not article.blocks or article.blocks[0].kind in ("title", "heading"):
        return False
    first = " ".join(article.text[article.blocks[0].start : article.blocks[0].end].split())
    title = article.title.removesuffix("…")
    return bool(title) and first.startswith(title)


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
