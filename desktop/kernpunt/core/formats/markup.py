"""HTML and XHTML elements into pieces: headings, paragraphs, list items, quotes and code.

Shared by web pages (after the main text is extracted) and e-book chapters. The tree comes from
lxml's HTML parser; this module only maps its elements to the kinds of blocks Kernpunt shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kernpunt.core.formats.base import BlockKind, Piece, clean_lines, heading_text, verbatim

if TYPE_CHECKING:
    from lxml.html import HtmlElement

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that start a block of their own; anything else is inline text.
_KINDS: dict[str, BlockKind] = {
    **dict.fromkeys(HEADINGS, "heading"),
    "p": "paragraph",
    "li": "list_item",
    "dt": "list_item",
    "dd": "list_item",
    "blockquote": "quote",
    "pre": "paragraph",
    "figcaption": "paragraph",
    "caption": "paragraph",
    "td": "paragraph",
    "th": "paragraph",
}
# A table row whose cells hold no blocks is one line of text, its cells apart by spaces.
_CELLS = frozenset({"td", "th"})
_CONTAINERS = frozenset(
    {
        "html", "body", "div", "section", "article", "main", "header", "ul", "ol", "dl",
        "table", "thead", "tbody", "tfoot", "tr", "figure", "center", "details", "summary",
        "hgroup", "address",
    }
)  # fmt: skip
_BLOCKS = (frozenset(_KINDS) | _CONTAINERS | {"br"}) - _CELLS
# Never the article's text: code, styling, navigation, forms, embedded media.
SKIPPED = frozenset(
    {
        "head", "script", "style", "noscript", "template", "nav", "footer", "aside", "form",
        "button", "select", "textarea", "input", "svg", "math", "iframe", "object", "embed",
        "video", "audio", "canvas", "img", "picture", "map",
    }
)  # fmt: skip


def element_pieces(root: HtmlElement) -> list[Piece]:
    """Return the pieces of an HTML element's text, in document order.

    Args:
        root: A document, its body, or any element holding the text.

    Returns:
        Headings, paragraphs, list items and quotes; loose text in containers is a paragraph.
    """
    pieces: list[Piece] = []
    _walk(root, "paragraph", pieces)
    return pieces


def _walk(element: HtmlElement, kind: BlockKind, pieces: list[Piece]) -> None:
    buffer = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in SKIPPED or not tag:
            buffer.append(child.tail or "")
        elif tag == "tr" and _plain_row(child):
            _add(pieces, kind, buffer)
            cells = (_inline_text(cell) for cell in child if cell.tag in _CELLS)
            _add(pieces, kind, [" ".join(cells)])
            buffer = [child.tail or ""]
        elif tag == "pre" and _is_code(child):
            _add(pieces, kind, buffer)
            code = verbatim(child.text_content())
            if code:
                pieces.append(Piece("code", code))
            buffer = [child.tail or ""]
        elif tag in _KINDS or tag in _CONTAINERS:
            _add(pieces, kind, buffer)
            _walk(child, _child_kind(kind, tag), pieces)
            buffer = [child.tail or ""]
        elif tag == "br":
            buffer.extend(("\n", child.tail or ""))
        else:
            buffer.extend((_inline_text(child), child.tail or ""))
    _add(pieces, kind, buffer)


def _is_code(pre: HtmlElement) -> bool:
    """Whether preformatted text is code (``<pre><code>``, or marked as a listing), not verse."""
    marks = f"{pre.get('class', '')} {pre.get('data-lang', '')}".lower()
    return bool(pre.xpath(".//code")) or any(m in marks for m in ("code", "highlight", "lang"))


def _plain_row(row: HtmlElement) -> bool:
    """Whether a table row holds only cells of inline text (data, not a page laid out)."""
    return all(
        child.tag in _CELLS
        and not any(isinstance(inner.tag, str) and inner.tag in _BLOCKS for inner in child.iter())
        for child in row
        if isinstance(child.tag, str)
    )


def _child_kind(parent: BlockKind, tag: str) -> BlockKind:
    """The kind of a block inside another: a paragraph in a quote or list item keeps theirs."""
    kind = _KINDS.get(tag)
    if kind is None or (kind == "paragraph" and parent in ("quote", "list_item")):
        return parent
    return kind


def _inline_text(element: HtmlElement) -> str:
    parts = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            parts.append("\n")
        elif tag in _BLOCKS:
            # A block inside inline text (paragraphs in a <span>) is a line of its own, never
            # glued to the words before and after it.
            parts.extend(("\n", _inline_text(child), "\n"))
        elif tag and tag not in SKIPPED:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _add(pieces: list[Piece], kind: BlockKind, buffer: list[str]) -> None:
    text = clean_lines("".join(buffer))
    if kind == "heading":
        text = heading_text(text)
    if text:
        pieces.append(Piece(kind, text))
