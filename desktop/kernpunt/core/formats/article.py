"""Articles: reading a file into text, blocks and metadata, with reader-facing errors.

Plain text and Markdown are read in this process. Web pages, Word, OpenDocument, e-book and
PDF files are parsed by `kernpunt.core.formats` in a child process with a time limit
(`kernpunt.core.formats.sandbox`), so that a damaged file cannot hang or crash the window.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from kernpunt.core.cancel import CancelToken
from kernpunt.core.formats import FORMATS, TEXT_FORMATS, parse
from kernpunt.core.formats.base import ArticleError as ArticleError
from kernpunt.core.formats.base import BlockKind as BlockKind
from kernpunt.core.formats.base import Parsed, Piece, real_title
from kernpunt.core.formats.text import decode_text as decode_text
from kernpunt.core.formats.text import parse_text
from kernpunt.core.paths import special_kind
from kernpunt.core.text.language import WARNING_CONFIDENCE, detect_language

MAX_FILE_BYTES = 50 * 1024 * 1024
TITLE_LENGTH = 90
# What a folder is searched for. A file without a suffix is still read as text when opened.
SUPPORTED_SUFFIXES = frozenset(FORMATS)
BLOCK_SEPARATOR = "\n\n"
# How far into a document its first heading is looked for, as the title it did not give.
_TITLE_BLOCKS = 12


@dataclass(frozen=True)
class Block:
    """A structural unit of an article, as offsets into its text.

    Attributes:
        kind: ``title``, ``heading``, ``paragraph``, ``list_item`` or ``quote``.
        start: Offset of its first character in the article's text.
        end: Offset just past its last character.
    """

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """A Dutch article as Kernpunt reads it.

    Attributes:
        text: The article's text, blocks separated by blank lines, without metadata prefixes.
        blocks: Titles, headings, paragraphs, list items and quotes in document order.
        title: A title for windows and exports.
        date: The article's date from its metadata (``2021-03``, ``2021-03-24``), if any.
        source: The file it came from, if any.
        encoding: The text encoding its bytes were decoded with; None for formats that carry
            their own (Word, OpenDocument, e-book, PDF).
        format: ``text``, ``markdown``, ``html``, ``docx``, ``odt``, ``epub`` or ``pdf``.
        language: The detected language (ISO 639, ``nl`` for Dutch); None when the text is
            too short to tell.
        language_score: How sure the detector is of ``language``, from 0 to 1.
        code: Where inline code is in ``text`` (Markdown's backticks), as (start, end)
            offsets in order: shown as it is, never translated.
    """

    text: str
    blocks: tuple[Block, ...]
    title: str
    date: str | None = None
    source: Path | None = None
    encoding: str | None = "utf-8"
    format: str = "text"
    language: str | None = None
    language_score: float = 0.0
    code: tuple[tuple[int, int], ...] = ()

    def block_text(self, block: Block) -> str:
        """Return the text of one of this article's blocks."""
        return self.text[block.start : block.end]

    @property
    def looks_dutch(self) -> bool:
        """False only when the detector is fairly sure the article is in another language."""
        return (
            self.language is None
            or self.language == "nl"
            or self.language_score < WARNING_CONFIDENCE
        )


def read_article(
    path: Path,
    encoding: str | None = None,
    *,
    cancel: CancelToken | None = None,
    detect: bool = True,
) -> Article:
    """Read an article from a file.

    Args:
        path: A text, Markdown, web page, Word, OpenDocument, e-book or PDF file.
        encoding: A text encoding the reader chose (text files and web pages); the bytes are
            decoded with it strictly instead of the detected one.
        cancel: Stops a parse running in the child process.
        detect: Detect the article's language; without, ``language`` is None until
            ``detected(article)`` fills it in.

    Returns:
        The article with its blocks and metadata.

    Raises:
        ArticleError: The file is missing, unreadable, too large, empty, damaged, of a type
            Kernpunt does not read, or not valid in the chosen encoding.
        Cancelled: The cancel token was set while the file was parsed.
    """
    path = Path(path)
    kind = "text" if path.suffix == "" else FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ArticleError("article.unsupported", name=path.name)
    data = _read_bytes(path)
    if not data.strip():
        raise ArticleError("article.empty", name=path.name)
    if kind in TEXT_FORMATS:
        text, used = decode_text(data, path.name, encoding)
        markdown = kind == "markdown"
        return article_from_text(text, source=path, encoding=used, markdown=markdown, detect=detect)
    # The sandbox (and multiprocessing) is kept off the plain-text path the window starts on.
    from kernpunt.core.formats import sandbox

    parsed = sandbox.run_limited(
        parse, kind, data, path.name, encoding, name=path.name, cancel=cancel
    )
    return article_from_parsed(parsed, source=path, format=kind, detect=detect)


def article_from_text(
    text: str,
    *,
    source: Path | None = None,
    encoding: str | None = "utf-8",
    markdown: bool = False,
    detect: bool = True,
) -> Article:
    """Build an article from text already in memory (a text file, dropped or pasted text).

    Args:
        text: The article's text; paragraphs are separated by blank lines.
        source: The file it came from, if any.
        encoding: The encoding the text was decoded with.
        markdown: Read ``#`` headings of the first level as the title, as Markdown means them.
        detect: Detect the article's language (see ``read_article``).

    Returns:
        The article with its blocks and metadata.

    Raises:
        ArticleError: The text has no words in it.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parsed = replace(parse_text(text, markdown=markdown), encoding=encoding)
    format = "markdown" if markdown else "text"
    return article_from_parsed(parsed, source=source, format=format, detect=detect)


def article_from_parsed(
    parsed: Parsed, *, source: Path | None, format: str, detect: bool = True
) -> Article:
    """Lay a parsed document's pieces out as one text with block offsets, and detect its language.

    Args:
        parsed: What a format's reader made of the file.
        source: The file it came from, if any.
        format: The format's name, as in ``kernpunt.core.formats.FORMATS``.
        detect: Detect the article's language (see ``read_article``).

    Returns:
        The article; blocks are separated by a blank line in its text.

    Raises:
        ArticleError: The document has no text.
    """
    if not parsed.pieces:
        if source is None:
            raise ArticleError("article.text_empty")
        raise ArticleError("article.empty", name=source.name)
    text, blocks, code = _layout(parsed.pieces)
    article = Article(
        text=text,
        blocks=blocks,
        title=parsed.title or _title(text, blocks, None if format in TEXT_FORMATS else source),
        date=parsed.date,
        source=source,
        encoding=parsed.encoding,
        format=format,
        code=code,
    )
    return detected(article) if detect else article


def detected(article: Article) -> Article:
    """The article with its language detected (loading the detector takes about 20 ms).

    The window shows an article first and detects its language just after, so that loading
    the detector never delays the article's first frame.
    """
    guess = detect_language(article.text)
    if guess is None:
        return article
    return replace(article, language=guess[0], language_score=guess[1])


def is_supported(path: Path) -> bool:
    """Whether Kernpunt reads files of this kind (judged by the suffix)."""
    return Path(path).suffix.lower() in SUPPORTED_SUFFIXES


def iter_article_files(folder: Path, cancel: CancelToken | None = None) -> Iterator[Path]:
    """Yield the articles in a folder and its subfolders as they are found.

    Names are visited in sorted order; hidden files and folders are skipped, and so are
    folders that cannot be listed, symbolic links that lead out of the folder given (a link
    to ``/`` would pull in the whole system) and links back into a folder already visited.
    A supported file given instead of a folder is yielded itself.

    Args:
        folder: The folder to search.
        cancel: Checked between entries.

    Yields:
        Paths of supported files.

    Raises:
        Cancelled: The cancel token was set.
    """
    folder = Path(folder)
    if not folder.is_dir():
        if folder.is_file() and is_supported(folder):
            yield folder
        return
    yield from _walk(folder, set(), cancel, os.path.realpath(folder))


def _walk(
    folder: Path, visited: set[tuple[int, int]], cancel: CancelToken | None, root: str
) -> Iterator[Path]:
    try:
        status = folder.stat()
        key = (status.st_dev, status.st_ino)
        if key in visited:
            return
        visited.add(key)
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: (entry.name.casefold(), entry.name))
    except OSError:
        return
    for entry in entries:
        if cancel is not None:
            cancel.raise_if_cancelled()
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_symlink() and not _inside(os.path.realpath(path), root):
                continue
            if entry.is_dir():
                yield from _walk(path, visited, cancel, root)
            elif entry.is_file() and is_supported(path):
                yield path
        except OSError:
            continue


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _read_bytes(path: Path) -> bytes:
    """Read a file's bytes; only a regular file is opened, never a pipe, device or socket.

    The file is opened without waiting (a pipe named ``.txt`` would otherwise block until
    someone writes to it) and checked through the open descriptor, so it cannot be swapped
    for something else between the check and the read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        _check_regular(path, path.stat().st_mode)  # a device is not even opened
        descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(descriptor, "rb") as file:
            status = os.fstat(file.fileno())
            _check_regular(path, status.st_mode)
            if status.st_size > MAX_FILE_BYTES:
                raise ArticleError(
                    "article.too_large",
                    name=path.name,
                    megabytes=f"{status.st_size / 1e6:.0f}",
                    limit=f"{MAX_FILE_BYTES / 1e6:.0f}",
                )
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError("article.gone", name=path.name) from None
    except PermissionError:
        raise ArticleError("article.refused", name=path.name) from None
    except OSError as error:
        if error.errno == errno.EISDIR:
            raise ArticleError("article.folder", name=path.name) from None
        raise ArticleError("article.unreadable", name=path.name, reason=error.strerror) from None
    if len(data) > MAX_FILE_BYTES:  # It grew after it was measured.
        raise ArticleError("article.grew", name=path.name)
    return data


def _check_regular(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise ArticleError("article.folder", name=path.name)
    if not stat.S_ISREG(mode):
        raise ArticleError(_not_a_file(mode), name=path.name)


def _not_a_file(mode: int) -> str:
    """The message id for a path that is a pipe, a device or a socket, not a file."""
    return {
        "pipe": "article.pipe",
        "socket": "article.socket",
        "device": "article.device",
    }.get(special_kind(mode), "article.not_a_file")


def _layout(
    pieces: Iterable[Piece],
) -> tuple[str, tuple[Block, ...], tuple[tuple[int, int], ...]]:
    parts: list[str] = []
    blocks: list[Block] = []
    code: list[tuple[int, int]] = []
    position = 0
    for piece in pieces:
        if parts:
            parts.append(BLOCK_SEPARATOR)
            position += len(BLOCK_SEPARATOR)
        parts.append(piece.text)
        blocks.append(Block(piece.kind, position, position + len(piece.text)))
        code += [(position + start, position + end) for start, end in piece.code]
        position += len(piece.text)
    return "".join(parts), tuple(blocks), tuple(code)


def _title(text: str, blocks: tuple[Block, ...], source: Path | None) -> str:
    """A title when the document gives none: its first real heading, else the file's name.

    Plain text has no title but its first line: it is named by that line when it is not a
    heading (``source`` is None for it).
    """
    for block in blocks[: _TITLE_BLOCKS if source else 1]:
        if block.kind in ("title", "heading"):
            heading = real_title(text[block.start : block.end])
            if heading:
                return heading
    if source is not None:
        return source.stem
    line = " ".join(text[blocks[0].start : blocks[0].end].split())
    if len(line) <= TITLE_LENGTH:
        return line
    return line[:TITLE_LENGTH].rsplit(" ", 1)[0] + "…"
