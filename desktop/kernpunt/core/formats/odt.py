"""OpenDocument text (.odt, as LibreOffice writes it), read with odfdo."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from kernpunt.core.formats.base import (
    ArticleError,
    BlockKind,
    Parsed,
    Piece,
    clean_lines,
    iso_date,
    real_title,
)

if TYPE_CHECKING:
    from odfdo import Document, Element

# Elements whose children are the document's text, in reading order.
_CONTAINERS = frozenset(
    {
        "office:text", "text:section", "table:table", "table:table-header-rows",
        "table:table-rows", "table:table-row", "table:table-cell", "draw:frame",
        "draw:text-box", "text:soft-page-break",
    }
)  # fmt: skip
_LISTS = frozenset({"text:list", "text:list-item", "text:list-header"})
_STYLE_DEPTH = 8


def parse_odt(data: bytes, name: str) -> Parsed:
    """Read an OpenDocument text's paragraphs, headings, lists, title and date.

    Args:
        data: The .odt file's bytes.
        name: The file's name, for messages.

    Returns:
        The document's pieces and metadata.

    Raises:
        ArticleError: The document holds no text. Other exceptions mean a damaged file.
    """
    from odfdo import Document

    document = Document(io.BytesIO(data))
    body = document.body
    for note in body.get_elements("//text:note"):
        note.delete()  # Footnotes would otherwise run into the sentence they annotate.
    pieces: list[Piece] = []
    _walk(document, body, "paragraph", pieces)
    if not pieces:
        raise ArticleError("article.no_text", name=name)
    meta = document.meta
    return Parsed(
        pieces=tuple(pieces),
        title=real_title(meta.get_title()),
        date=iso_date(meta.get_creation_date() or meta.get_modification_date()),
    )


def _walk(document: Document, element: Element, kind: BlockKind, pieces: list[Piece]) -> None:
    for child in element.children:
        tag = child.tag
        if tag == "text:h":
            _add(pieces, "heading", child.text_recursive)
        elif tag == "text:p":
            style = child.get_attribute_string("text:style-name")
            _add(pieces, _paragraph_kind(document, style, kind), child.text_recursive)
        elif tag in _LISTS:
            _walk(document, child, "list_item", pieces)
        elif tag in _CONTAINERS:
            _walk(document, child, kind, pieces)


def _paragraph_kind(document: Document, style: str | None, inherited: BlockKind) -> BlockKind:
    """The kind a paragraph's style gives it, looking through automatic styles to their parents."""
    for _ in range(_STYLE_DEPTH):
        if not style:
            break
        name = style.replace("_20_", " ").lower()
        if name == "title":
            return "title"
        if name.startswith(("heading", "subtitle")):
            return "heading"
        if name.startswith(("quotation", "quote")):
            return "quote"
        found = document.get_style("paragraph", style)
        style = getattr(found, "parent_style", None)
    return inherited


def _add(pieces: list[Piece], kind: BlockKind, text: str | None) -> None:
    text = clean_lines(text or "")
    if text:
        pieces.append(Piece(kind, text))
