"""Articles: reading a file into text, blocks and metadata, with reader-facing errors."""

from __future__ import annotations

import codecs
import errno
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

MAX_FILE_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = frozenset({"", ".txt", ".text", ".md", ".markdown"})
TITLE_LENGTH = 90
WESTERN_ENCODINGS = ("cp1252", "iso8859_15", "latin_1", "mac_roman")
MAX_WESTERN_CHAOS = 0.1

BlockKind = Literal["heading", "paragraph"]

# The sample's metadata prefix ("date 2021-03 De ministers ..."): a date, not text to translate.
_DATE_PREFIX = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_TERMINAL = tuple(".!?…:;")
_HEADING_MAX_WORDS = 14
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class ArticleError(Exception):
    """An article could not be read; the message is written for the reader."""


@dataclass(frozen=True)
class Block:
    """A structural unit of an article: a heading or a paragraph, as offsets into its text."""

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """A Dutch article as Kernpunt reads it.

    Attributes:
        text: The article's text, without metadata prefixes.
        blocks: Headings and paragraphs in document order, as offsets into ``text``.
        title: A title for windows and exports.
        date: The article's date as written in its metadata (``2021-03``), if any.
        source: The file it came from, if any.
        encoding: The text encoding the file was decoded with.
    """

    text: str
    blocks: tuple[Block, ...]
    title: str
    date: str | None = None
    source: Path | None = None
    encoding: str = "utf-8"

    def block_text(self, block: Block) -> str:
        """Return the text of one of this article's blocks."""
        return self.text[block.start : block.end]


def read_article(path: Path) -> Article:
    """Read an article from a file.

    Args:
        path: A plain-text or Markdown file.

    Returns:
        The article with its blocks and metadata.

    Raises:
        ArticleError: The file is missing, unreadable, too large, empty, binary or not text.
    """
    path = Path(path)
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise ArticleError(
            f"Kernpunt cannot open “{path.name}”: it reads plain-text articles (.txt, .md)."
        )
    data = _read_bytes(path)
    text, encoding = decode_text(data, path.name)
    return article_from_text(text, source=path, encoding=encoding)


def article_from_text(text: str, *, source: Path | None = None, encoding: str = "utf-8") -> Article:
    """Build an article from text already in memory.

    Args:
        text: The article's text; paragraphs are separated by blank lines.
        source: The file it came from, if any.
        encoding: The encoding the text was decoded with.

    Returns:
        The article with its blocks and metadata.

    Raises:
        ArticleError: The text has no words in it.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    date = None
    match = _DATE_PREFIX.match(text)
    if match:
        date = match.group(1)
        text = text[match.end() :]
    if not text.strip():
        name = f"“{source.name}”" if source else "The text"
        raise ArticleError(f"{name} is empty: there is nothing to read.")
    blocks = tuple(_blocks(text))
    return Article(
        text=text,
        blocks=blocks,
        title=_title(text, blocks),
        date=date,
        source=source,
        encoding=encoding,
    )


def decode_text(data: bytes, name: str = "The file") -> tuple[str, str]:
    """Decode a text file's bytes: a byte-order mark, then strict UTF-8, then a detector.

    Args:
        data: The file's contents.
        name: The file's name, for messages.

    Returns:
        The text and the name of the encoding used.

    Raises:
        ArticleError: The bytes are empty, binary, or in no recognisable text encoding.
    """
    if not data.strip():
        raise ArticleError(f"“{name}” is empty: there is nothing to read.")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise ArticleError(f"“{name}” is not a text file: it holds binary data.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Detectors often call short Dutch cp1252 text cp1250; Western encodings come first.
    best = from_bytes(data, cp_isolation=list(WESTERN_ENCODINGS)).best()
    if best is None or best.chaos > MAX_WESTERN_CHAOS:
        best = from_bytes(data).best()
    if best is None or _looks_binary(str(best)):
        raise ArticleError(f"“{name}” is not a text file, or its text encoding is unknown.")
    return str(best), best.encoding


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ArticleError(f"“{path.name}” is a folder, not an article.")
        if size > MAX_FILE_BYTES:
            raise ArticleError(
                f"“{path.name}” is too large to open ({size / 1e6:.0f} MB; "
                f"the limit is {MAX_FILE_BYTES / 1e6:.0f} MB)."
            )
        with path.open("rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError(f"“{path.name}” no longer exists.") from None
    except PermissionError:
        raise ArticleError(f"Kernpunt is not allowed to read “{path.name}”.") from None
    except OSError as error:
        if error.errno == errno.EISDIR:
            raise ArticleError(f"“{path.name}” is a folder, not an article.") from None
        raise ArticleError(f"“{path.name}” could not be read: {error.strerror}.") from None


def _looks_binary(text: str) -> bool:
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\n\r\t\f")
    return controls > len(text) // 100


def _blocks(text: str) -> list[Block]:
    blocks = []
    position = 0
    for part in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = part.start() if part else len(text)
        chunk = text[position:end]
        stripped = chunk.strip()
        if stripped:
            start = position + (len(chunk) - len(chunk.lstrip()))
            kind: BlockKind = "heading" if _is_heading(stripped) else "paragraph"
            blocks.append(Block(kind, start, start + len(stripped)))
        if part:
            position = part.end()
    return blocks


def _is_heading(text: str) -> bool:
    stripped = text.rstrip("'\"”’»)] ")
    return (
        "\n" not in text
        and len(text.split()) <= _HEADING_MAX_WORDS
        and not stripped.endswith(_TERMINAL)
    )


def _title(text: str, blocks: tuple[Block, ...]) -> str:
    first = text[blocks[0].start : blocks[0].end]
    if blocks[0].kind == "heading":
        return first
    line = " ".join(first.split())
    if len(line) <= TITLE_LENGTH:
        return line
    return line[:TITLE_LENGTH].rsplit(" ", 1)[0] + "…"
