"""Markdown, read by a CommonMark parser (markdown-it-py) into headings, paragraphs, lists, quotes.

Emphasis marks, link addresses, images and raw HTML are not text a reader wants translated:
the pieces keep a link's words and drop its address. Fenced and indented code blocks are code
blocks, and inline code is marked in its piece: both are shown as they are, never translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kernpunt.core.formats.base import BlockKind, Piece, clean_lines, verbatim
from kernpunt.core.formats.inline_code import marked, unmark

if TYPE_CHECKING:
    from markdown_it.token import Token

# Inline tokens whose text is not the article's: pictures and raw HTML.
_DROPPED_INLINE = frozenset({"image", "html_inline"})


def markdown_pieces(text: str) -> list[Piece]:
    """Read Markdown text into pieces in document order.

    A first-level heading that opens the text is its title.

    Args:
        text: The Markdown source.

    Returns:
        Titles, headings, paragraphs, list items (an ordered item keeps its number) and quotes.
    """
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    pieces: list[Piece] = []
    context: list[str] = []  # the open blocks around the current token: "quote", "item"
    numbers: list[str] = []
    row: list[str] = []
    in_cell = False
    heading: str | None = None
    for token in tokens:
        if token.type == "blockquote_open":
            context.append("quote")
        elif token.type == "list_item_open":
            context.append("item")
            numbers.append(f"{token.info}{token.markup} " if token.info else "")
        elif token.type == "blockquote_close":
            context.pop()
        elif token.type == "list_item_close":
            context.pop()
            numbers.pop()
        elif token.type == "heading_open":
            heading = token.tag
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open", "th_close", "td_close"):
            in_cell = token.type.endswith("_open")
        elif token.type == "tr_close":
            _add(pieces, "paragraph", " ".join(cell for cell in row if cell))
        elif token.type in ("fence", "code_block") and token.content.strip():
            pieces.append(Piece("code", verbatim(token.content)))
        elif token.type == "inline":
            words = inline_text(token)
            if heading is not None:
                title = heading == "h1" and not pieces
                _add(pieces, "title" if title else "heading", " ".join(words.split()))
                heading = None
            elif in_cell:
                row.append(" ".join(words.split()))
            else:
                _add_block(pieces, context, numbers, words)
    return pieces


def inline_text(token: Token) -> str:
    """The words of an inline token: emphasis marks, link addresses and pictures left out.

    Inline code is kept between the markers of ``kernpunt.core.formats.inline_code``.
    """
    parts: list[str] = []
    for child in token.children or ():
        if child.type in _DROPPED_INLINE:
            continue
        if child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "text":
            parts.append(child.content)
        elif child.type == "code_inline":
            parts.append(marked(child.content))
    return "".join(parts)


def _add_block(pieces: list[Piece], context: list[str], numbers: list[str], words: str) -> None:
    if context and context[-1] == "item":
        # The first paragraph of an item carries its number; later ones belong to the item.
        number, numbers[-1] = numbers[-1], ""
        _add(pieces, "list_item", number + words)
        return
    kind: BlockKind = "quote" if "quote" in context else "paragraph"
    _add(pieces, kind, words)


def _add(pieces: list[Piece], kind: BlockKind, text: str) -> None:
    text, code = unmark(clean_lines(text))
    if text:
        pieces.append(Piece(kind, text, code))
