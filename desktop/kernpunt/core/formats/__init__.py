"""Article formats: which files Kernpunt reads, and reading one format's bytes into pieces.

The binary formats and web pages are untrusted input read by large libraries; `parse` is the
function `kernpunt.core.formats.sandbox` runs for them in a child process with a time limit.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Callable, Iterator

from kernpunt.core.formats.base import ArticleError, Parsed, damaged
from kernpunt.core.formats.docx import parse_docx
from kernpunt.core.formats.epub import parse_epub
from kernpunt.core.formats.html import parse_html
from kernpunt.core.formats.odt import parse_odt
from kernpunt.core.formats.pdf import parse_pdf

# Suffix → format name. Plain text is read in the calling process; the rest in a child.
FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".odt": "odt",
    ".epub": "epub",
    ".pdf": "pdf",
}
TEXT_FORMATS = frozenset({"text", "markdown"})
# How a reader calls each format, for messages about damaged files.
FORMAT_NAMES = {
    "html": "web page",
    "docx": "Word document",
    "odt": "OpenDocument text",
    "epub": "e-book",
    "pdf": "PDF",
}

_LIBRARY_LOGGERS = ("pypdf", "readability", "trafilatura", "ebooklib", "odfdo", "docx")


def parse(kind: str, data: bytes, name: str, encoding: str | None = None) -> Parsed:
    """Read a web page, Word, OpenDocument, e-book or PDF file's bytes.

    Whatever goes wrong inside a format's library becomes an ArticleError in the reader's
    words: damaged files raise every kind of exception, and none of them should reach the
    window as a crash.

    Args:
        kind: A format name from FORMATS (not a text format).
        data: The file's bytes.
        name: The file's name, for messages.
        encoding: The reader's chosen text encoding; only web pages use it.

    Returns:
        The document's pieces and metadata.

    Raises:
        ArticleError: The file cannot be read, with the reason.
    """
    try:
        with _quiet():
            return _parse(kind, data, name, encoding)
    except ArticleError:
        raise
    except MemoryError:
        raise ArticleError(f"“{name}” is too large or too complex to read.") from None
    except Exception:  # A damaged file can make a library fail anywhere.
        raise damaged(name, FORMAT_NAMES.get(kind, "document")) from None


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence the libraries, which warn and log about every oddity of a damaged file.

    The reader gets one message instead.
    """
    loggers = [logging.getLogger(name) for name in _LIBRARY_LOGGERS]
    levels = [logger.level for logger in loggers]
    try:
        for logger in loggers:
            logger.setLevel(logging.CRITICAL)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _parse(kind: str, data: bytes, name: str, encoding: str | None) -> Parsed:
    if kind == "html":
        return parse_html(data, name, encoding)
    return _READERS[kind](data, name)


_READERS: dict[str, Callable[[bytes, str], Parsed]] = {
    "docx": parse_docx,
    "odt": parse_odt,
    "epub": parse_epub,
    "pdf": parse_pdf,
}
