"""E-books (.epub), read with EbookLib: chapters in reading order, title and date."""

from __future__ import annotations

import io

from kernpunt.core.formats.base import (
    ArticleError,
    Parsed,
    Piece,
    clean_lines,
    iso_date,
    real_title,
)
from kernpunt.core.formats.html import with_title
from kernpunt.core.formats.markup import element_pieces


def parse_epub(data: bytes, name: str) -> Parsed:
    """Read an e-book's chapters in reading order, with its title and date.

    Args:
        data: The .epub file's bytes.
        name: The file's name, for messages.

    Returns:
        The book's pieces and metadata.

    Raises:
        ArticleError: The book holds no text. Other exceptions mean a damaged file.
    """
    import ebooklib
    import lxml.html
    from ebooklib import epub

    book = epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    pieces: list[Piece] = []
    for item_id, _linear in book.spine:
        item = book.get_item_with_id(item_id)
        # The navigation document is the book's table of contents, not its text.
        if item is None or isinstance(item, epub.EpubNav):
            continue
        if item.get_type() != ebooklib.ITEM_DOCUMENT:
            continue
        content = item.get_content()
        if content.strip():
            pieces.extend(element_pieces(lxml.html.document_fromstring(content, parser=parser)))
    title = real_title(_first(book, "title"))
    if not pieces:
        raise ArticleError("article.no_text", name=name)
    return Parsed(
        pieces=tuple(with_title(pieces, title)), title=title, date=iso_date(_first(book, "date"))
    )


def _first(book: object, field: str) -> str | None:
    values = book.get_metadata("DC", field)  # type: ignore[attr-defined]
    for value, _attributes in values:
        text = clean_lines(str(value or ""))
        if text:
            return text
    return None
