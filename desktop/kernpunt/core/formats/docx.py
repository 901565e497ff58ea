"""Word documents (.docx), read with python-docx: paragraphs by style, tables, metadata."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from kernpunt.core.formats.base import (
    ArticleError,
    BlockKind,
    Parsed,
    Piece,
    clean_lines,
    damaged,
    iso_date,
    real_title,
)

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

# Word's built-in style names are English in the file, whatever language Word shows them in.
_QUOTE_STYLES = ("quote", "intense quote", "block text")


def parse_docx(data: bytes, name: str) -> Parsed:
    """Read a Word document's text, structure, title and date.

    Args:
        data: The .docx file's bytes.
        name: The file's name, for messages.

    Returns:
        The document's pieces and metadata.

    Raises:
        ArticleError: The file is not a readable Word document, or holds no text.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError):
        raise damaged(name, "Word document") from None
    pieces: list[Piece] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            _add(pieces, _paragraph_kind(item), item.text)
        else:
            _add_table(pieces, item)
    if not pieces:
        raise ArticleError(f"“{name}” holds no text.")
    properties = document.core_properties
    return Parsed(
        pieces=tuple(pieces),
        # python-docx calls a document without core.xml "Word Document": real_title drops it.
        title=real_title(properties.title),
        date=iso_date(properties.created),
    )


def _paragraph_kind(paragraph: Paragraph) -> BlockKind:
    style = paragraph.style
    style_name = (style.name or "").lower() if style is not None else ""
    if style_name == "title":
        return "title"
    if style_name.startswith(("heading", "subtitle")):
        return "heading"
    if style_name in _QUOTE_STYLES:
        return "quote"
    # python-docx has no public API for numbering: a list paragraph of any style has numPr.
    properties = paragraph._p.pPr
    if style_name.startswith("list") or (properties is not None and properties.numPr is not None):
        return "list_item"
    return "paragraph"


def _add_table(pieces: list[Piece], table: Table) -> None:
    # A merged cell is listed once for every grid cell it spans; holding its element keeps
    # lxml's proxy (and so its id) the same for every listing.
    seen: dict[int, object] = {}
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen[id(cell._tc)] = cell._tc
            for paragraph in cell.paragraphs:
                _add(pieces, "paragraph", paragraph.text)


def _add(pieces: list[Piece], kind: BlockKind, text: str) -> None:
    text = clean_lines(text)
    if text:
        pieces.append(Piece(kind, text))
