"""PDF files, read from their text layer with pypdf; paragraphs rebuilt from its lines.

Page numbers and the running headers and footers that pages repeat are left out; lines that
start with a bullet are list items.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from kernpunt.core.formats.base import (
    ArticleError,
    BlockKind,
    Parsed,
    Piece,
    clean_line,
    ends_sentence,
    iso_date,
    looks_like_heading,
    real_title,
)

# A line this much shorter than the page's longest ends a paragraph, or stands alone.
PARAGRAPH_END_WIDTH = 0.85
HEADING_WIDTH = 0.7
# Lines this close to a page's top or bottom that come back on other pages (digits aside) are
# running headers and footers, not the article's text.
EDGE_LINES = 2
MIN_REPEATS = 3
_PAGE_NUMBER = re.compile(
    r"\A(?:[-–—]\s*)?(?:(?:pagina|page|blz\.?|p\.)\s*)?\d{1,4}"
    r"(?:\s*(?:/|van|of)\s*\d{1,4})?(?:\s*[-–—])?\Z",
    re.IGNORECASE,
)
_BULLET = re.compile(r"\A(?:[•◦▪▫●○■□‣\u2043∙·\uf0b7\uf0a7*]|[-–—](?=\s))\s*")
_DIGITS = re.compile(r"\d+")


def parse_pdf(data: bytes, name: str) -> Parsed:
    """Read the text layer of a PDF, with its title and date.

    Args:
        data: The PDF's bytes.
        name: The file's name, for messages.

    Returns:
        Paragraphs and headings rebuilt from the text lines of every page, and metadata.

    Raises:
        ArticleError: The PDF is locked or has no text layer. Other exceptions mean damage.
    """
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        _unlock(reader, name)
    pages = [page.extract_text() or "" for page in reader.pages]
    metadata = reader.metadata
    title = real_title(metadata.title) if metadata else None
    pieces = _pieces(pages)
    if not pieces:
        raise ArticleError("article.pdf_no_text", name=name)
    if title and pieces[0].text.casefold() == title.casefold():
        pieces[0] = Piece("title", pieces[0].text)
    date = iso_date(metadata.get("/CreationDate")) if metadata else None
    return Parsed(pieces=tuple(pieces), title=title, date=date)


def _unlock(reader: object, name: str) -> None:
    from pypdf.errors import DependencyError

    try:
        # Many PDFs are encrypted with an empty password only to restrict printing or copying.
        unlocked = reader.decrypt("")  # type: ignore[attr-defined]
    except DependencyError:
        unlocked = 0
    if not unlocked:
        raise ArticleError("article.pdf_password", name=name)


def _pieces(pages: list[str]) -> list[Piece]:
    pieces: list[Piece] = []
    lines: list[str] = []
    kind: BlockKind = "paragraph"
    for page_lines in _without_running_lines(pages):
        width = max((len(line) for line in page_lines), default=0)
        for line in page_lines:
            bullet = _BULLET.match(line)
            if not line:
                kind = _flush(pieces, lines, kind)
                continue
            if bullet and line[bullet.end() :]:
                _flush(pieces, lines, kind)
                kind = "list_item"
                lines.append(line[bullet.end() :])
            elif not lines and looks_like_heading(line) and len(line) < HEADING_WIDTH * width:
                pieces.append(Piece("heading", line))
                continue
            else:
                lines.append(line)
            if ends_sentence(line) and len(line) < PARAGRAPH_END_WIDTH * width:
                kind = _flush(pieces, lines, kind)
    _flush(pieces, lines, kind)
    return pieces


def _without_running_lines(pages: list[str]) -> list[list[str]]:
    """Each page's lines without page numbers and the headers and footers pages repeat."""
    split = [[clean_line(line) for line in page.split("\n")] for page in pages]
    split = [[line for line in page if not _PAGE_NUMBER.match(line)] for page in split]
    edges: Counter[str] = Counter()
    for page in split:
        text = [page[index] for index in _edge(page)]
        edges.update({_DIGITS.sub("#", line) for line in text})
    repeated = {line for line, count in edges.items() if count >= MIN_REPEATS}
    if len(split) < MIN_REPEATS or not repeated:
        return split
    kept = []
    for page in split:
        edge = _edge(page)
        kept.append(
            [
                line
                for index, line in enumerate(page)
                if index not in edge or _DIGITS.sub("#", line) not in repeated
            ]
        )
    return kept


def _edge(page: list[str]) -> set[int]:
    """Where a page's header and footer lines can be: the first and last text lines."""
    text_lines = [index for index, line in enumerate(page) if line]
    depth = EDGE_LINES if len(text_lines) > 3 * EDGE_LINES else 1
    return {*text_lines[:depth], *text_lines[-depth:]}


def _flush(pieces: list[Piece], lines: list[str], kind: BlockKind) -> BlockKind:
    """Join a paragraph's or list item's lines; a line-end hyphen joins the halves of a word.

    Returns:
        The kind of the next block, a paragraph until a bullet says otherwise.
    """
    text = ""
    for line in lines:
        text += line if not text or (text.endswith("-") and text[-2:-1].isalpha()) else " " + line
    if text:
        pieces.append(Piece(kind, text))
    lines.clear()
    return "paragraph"
