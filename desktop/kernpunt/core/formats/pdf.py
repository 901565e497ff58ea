"""PDF files, read from their text layer with pypdf; paragraphs rebuilt from its lines."""

from __future__ import annotations

import io

from kernpunt.core.formats.base import (
    ArticleError,
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
        raise ArticleError(
            f"Kernpunt cannot read “{name}”: this PDF has no text layer (it may be a scan)."
        )
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
        raise ArticleError(f"“{name}” is protected by a password; Kernpunt cannot open it.")


def _pieces(pages: list[str]) -> list[Piece]:
    pieces: list[Piece] = []
    lines: list[str] = []
    for page in pages:
        page_lines = [clean_line(line) for line in page.split("\n")]
        width = max((len(line) for line in page_lines), default=0)
        for line in page_lines:
            if not line:
                _flush(pieces, lines)
            elif line.isdigit():
                continue  # A page number.
            elif not lines and looks_like_heading(line) and len(line) < HEADING_WIDTH * width:
                pieces.append(Piece("heading", line))
            else:
                lines.append(line)
                if ends_sentence(line) and len(line) < PARAGRAPH_END_WIDTH * width:
                    _flush(pieces, lines)
    _flush(pieces, lines)
    return pieces


def _flush(pieces: list[Piece], lines: list[str]) -> None:
    """Join a paragraph's lines; a line-end hyphen joins the word halves it split."""
    text = ""
    for line in lines:
        text += line if not text or (text.endswith("-") and text[-2:-1].isalpha()) else " " + line
    if text:
        pieces.append(Piece("paragraph", text))
    lines.clear()
