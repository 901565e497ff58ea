"""Word documents (.docx), read with python-docx: paragraphs by style, tables, metadata.

python-docx's ``Paragraph.text`` leaves out tracked insertions and the words of hyperlinks
nested in other elements, and ``iter_inner_content`` skips content controls and text boxes;
the text is therefore read from the paragraph's XML here, in document order.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

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

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Elements inside a paragraph whose text is not the paragraph's: deleted text, text boxes
# (read after it), the copy of a drawing for older readers, field codes, footnote marks.
_NOT_INLINE_TEXT = frozenset(
    {"del", "moveFrom", "txbxContent", "Fallback", "instrText", "delText", "pPr", "rPr"}
)
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

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError):
        raise damaged(name, "docx") from None
    pieces: list[Piece] = []
    _add_blocks(pieces, document.element.body, document)
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/word/footnotes.xml":
            _add_footnotes(pieces, part.blob)
    if not pieces:
        raise ArticleError("article.no_text", name=name)
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


def _add_blocks(pieces: list[Piece], container: Any, parent: Any) -> None:
    """Add the paragraphs and tables of a body, cell or content control, in reading order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        tag = _local(child.tag)
        if tag == "p":
            paragraph = Paragraph(child, parent)
            _add(pieces, _paragraph_kind(paragraph), paragraph_text(child))
            for box in _text_boxes(child):
                _add_blocks(pieces, box, parent)
        elif tag == "tbl":
            _add_table(pieces, Table(child, parent))
        elif tag == "sdt":  # a content control around whole paragraphs or tables
            for content in child.iterchildren(f"{{{_W}}}sdtContent"):
                _add_blocks(pieces, content, parent)


def paragraph_text(element: Any) -> str:
    """The words of a paragraph as Word shows them with changes accepted.

    Tracked insertions, hyperlinks, fields and inline content controls are read; deletions,
    text boxes (read as paragraphs of their own) and the fallback copy of drawings are not.
    """
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element: Any, parts: list[str]) -> None:
    for child in element.iterchildren():
        tag = _local(child.tag) if isinstance(child.tag, str) else ""
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "tab":
            parts.append("\t")
        elif tag in ("br", "cr"):
            parts.append("\n")
        elif tag == "noBreakHyphen":
            parts.append("-")
        elif tag and tag not in _NOT_INLINE_TEXT:
            _collect(child, parts)


def _text_boxes(paragraph: Any) -> list[Any]:
    """The text boxes anchored in a paragraph, each once (not their fallback copies)."""
    boxes = []
    for box in paragraph.iter(f"{{{_W}}}txbxContent"):
        ancestors = {_local(ancestor.tag) for ancestor in box.iterancestors()}
        if "Fallback" not in ancestors and "txbxContent" not in ancestors:
            boxes.append(box)
    return boxes


def _add_footnotes(pieces: list[Piece], xml: bytes) -> None:
    """Add the document's footnotes after its text, skipping Word's separator notes."""
    from lxml import etree

    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    for note in root.iterchildren(f"{{{_W}}}footnote"):
        if note.get(f"{{{_W}}}type") in (None, "normal"):
            for paragraph in note.iter(f"{{{_W}}}p"):
                _add(pieces, "paragraph", paragraph_text(paragraph))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _add_table(pieces: list[Piece], table: Table) -> None:
    # A merged cell is listed once for every grid cell it spans; holding its element keeps
    # lxml's proxy (and so its id) the same for every listing.
    seen: dict[int, object] = {}
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen[id(cell._tc)] = cell._tc
            _add_blocks(pieces, cell._tc, cell)


def _add(pieces: list[Piece], kind: BlockKind, text: str) -> None:
    text = clean_lines(text)
    if text:
        pieces.append(Piece(kind, text))
