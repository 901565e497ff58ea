"""Plain text and Markdown: decoding their bytes, and the structure their lines show."""

from __future__ import annotations

import codecs
import re

from kernpunt.core.formats.base import (
    ArticleError,
    BlockKind,
    Parsed,
    Piece,
    clean_lines,
    looks_like_heading,
)

WESTERN_ENCODINGS = ("cp1252", "iso8859_15", "latin_1", "mac_roman")
_CONTROLS = tuple(chr(code) for code in range(32) if chr(code) not in "\n\r\t\f")
# Codecs Python knows that are not a way to write an article: they turn text into other text
# (punycode, escapes) or bytes into bytes (rot13, base64, zlib are refused as non-text codecs).
_NOT_ARTICLE_ENCODINGS = frozenset(
    {"punycode", "idna", "unicode-escape", "raw-unicode-escape", "undefined"}
)
MAX_WESTERN_CHAOS = 0.1

# The sample's metadata prefix ("date 2021-03 De ministers ..."): a date, not text to translate.
_DATE_PREFIX = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_MARKDOWN_HEADING = re.compile(r"\A {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*\Z")
# A list item's bullet is cut from its text; its number is kept, as it carries the order.
_BULLET = re.compile(r"\A[ \t]*(?:[-*+•·–—][ \t]+|(?=\d{1,3}[.)][ \t]+\S))(?=\S)")
_QUOTE = re.compile(r"\A {0,3}>[ \t]?")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(
    data: bytes, name: str = "The file", encoding: str | None = None
) -> tuple[str, str]:
    """Decode a text file's bytes: a byte-order mark, then strict UTF-8, then a detector.

    Args:
        data: The file's contents.
        name: The file's name, for messages.
        encoding: An encoding the reader chose; when given, only it is tried.

    Returns:
        The text and the name of the encoding used.

    Raises:
        ArticleError: The bytes are empty, binary, or not in the chosen or any known encoding.
    """
    if not data.strip():
        raise ArticleError("article.empty", name=name)
    if encoding is not None:
        return decode_as(data, name, encoding), encoding
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(bom_encoding), bom_encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise ArticleError("article.binary", name=name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Detectors often call short Dutch cp1252 text cp1250; Western encodings come first.
    best = from_bytes(data, cp_isolation=list(WESTERN_ENCODINGS)).best()
    if best is None or best.chaos > MAX_WESTERN_CHAOS:
        best = from_bytes(data).best()
    if best is None or looks_binary(str(best)):
        raise ArticleError("article.encoding_unknown", name=name)
    return str(best), best.encoding


def decode_as(data: bytes, name: str, encoding: str) -> str:
    """Decode bytes with the one encoding the reader chose, strictly.

    Raises:
        ArticleError: The encoding is unknown, or the bytes are not valid in it.
    """
    try:
        codec = codecs.lookup(encoding)
    except (LookupError, ValueError, TypeError):
        raise ArticleError("encoding.unknown", encoding=encoding) from None
    # rot13, base64 and the like are codecs, but of text to text or bytes to bytes.
    if not getattr(codec, "_is_text_encoding", True) or codec.name in _NOT_ARTICLE_ENCODINGS:
        raise ArticleError("encoding.unknown", encoding=encoding)
    try:
        text = data.decode(codec.name)
    except UnicodeDecodeError as error:
        raise ArticleError(
            "encoding.byte_misfit", name=name, encoding=encoding, position=error.start
        ) from None
    except (UnicodeError, LookupError, ValueError, TypeError):
        raise ArticleError("encoding.misfit", name=name, encoding=encoding) from None
    text = text.removeprefix("\ufeff")  # A byte-order mark is not part of the text.
    if "\x00" in text or looks_binary(text):
        raise ArticleError("encoding.unreadable", name=name, encoding=encoding)
    return text


def looks_binary(text: str) -> bool:
    """Whether decoded text holds more control characters than text ever does."""
    # Counted by str.count, one control at a time: a loop over the characters in Python took
    # half a second per megabyte.
    controls = sum(text.count(char) for char in _CONTROLS)
    return controls > len(text) // 100


def split_date_prefix(text: str) -> tuple[str | None, str]:
    """Take the ``date YYYY-MM`` metadata prefix off a text, returning (date, rest)."""
    match = _DATE_PREFIX.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end() :]


def parse_text(text: str, *, markdown: bool = False) -> Parsed:
    r"""Read the structure of plain text: paragraphs, headings, list items and quotes.

    Paragraphs are separated by blank lines. Lines starting with a bullet (cut off) or a number
    (kept) are list items, lines starting with ``>`` are quotes, and Markdown ``#`` lines are
    headings (a leading ``#`` heading of a Markdown file is its title). A paragraph of one
    short line without sentence-final punctuation is a heading.

    Args:
        text: The text, with ``\\n`` line ends.
        markdown: Whether the text came from a Markdown file.

    Returns:
        The pieces of the text, with the date from its metadata prefix.
    """
    date, text = split_date_prefix(text)
    if markdown:
        from kernpunt.core.formats.markdown import markdown_pieces

        return Parsed(pieces=tuple(markdown_pieces(text)), date=date)
    pieces: list[Piece] = []
    for chunk in _PARAGRAPH_BREAK.split(text):
        pieces.extend(_chunk_pieces(chunk, markdown=markdown, first=not pieces))
    return Parsed(pieces=tuple(pieces), date=date)


def _chunk_pieces(chunk: str, *, markdown: bool, first: bool) -> list[Piece]:
    pieces: list[Piece] = []
    kind: BlockKind | None = None
    lines: list[str] = []
    for line in chunk.split("\n"):
        heading = _MARKDOWN_HEADING.match(line)
        bullet = _BULLET.match(line)
        quote = _QUOTE.match(line)
        if heading and heading.group(2).strip():
            _flush(pieces, kind, lines)
            title = markdown and len(heading.group(1)) == 1 and first and not pieces
            pieces.append(Piece("title" if title else "heading", clean_lines(heading.group(2))))
            kind = None
        elif bullet:
            _flush(pieces, kind, lines)
            kind = "list_item"
            lines.append(line[bullet.end() :])
        elif quote:
            if kind != "quote":
                _flush(pieces, kind, lines)
            kind = "quote"
            lines.append(line[quote.end() :])
        elif kind == "list_item" and line[:1].isspace() and line.strip():
            lines.append(line)
        elif line.strip():
            if kind != "paragraph":
                _flush(pieces, kind, lines)
            kind = "paragraph"
            lines.append(line.rstrip())
    _flush(pieces, kind, lines)
    if len(pieces) == 1 and pieces[0].kind == "paragraph" and looks_like_heading(pieces[0].text):
        return [Piece("heading", pieces[0].text)]
    return pieces


def _flush(pieces: list[Piece], kind: BlockKind | None, lines: list[str]) -> None:
    """Close the lines gathered so far into one piece of their kind."""
    # Paragraph lines keep their spacing; markers were cut from the others' lines.
    joined = "\n".join(lines)
    text = joined.strip() if kind == "paragraph" else clean_lines(joined)
    if kind is not None and text:
        pieces.append(Piece(kind, text))
    lines.clear()
