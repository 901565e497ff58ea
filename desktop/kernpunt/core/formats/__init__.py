"""Article formats: which files Kernpunt reads, and reading one format's bytes into pieces.

The binary formats and web pages are untrusted input read by large libraries; `parse` is the
function `kernpunt.core.formats.sandbox` runs for them in a child process with a time limit.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kernpunt.core.formats.base import ArticleError, Parsed, damaged

Reader = Callable[[bytes, str, str | None], Parsed]


@dataclass(frozen=True)
class ArticleFormat:
    """A kind of file Kernpunt reads articles from.

    Attributes:
        name: The format's name (``html``, ``docx``…), kept on the article.
        label: How a reader calls such a file, as the Open dialog lists it: ``Word document``.
        suffixes: The file suffixes it is recognised by, lower case, with their dot.
        damaged: The message id that tells a reader such a file could not be read, saying what
            it should have been.
        reader: Reads the file's bytes (its name and the reader's chosen encoding given) in the
            sandboxed child; None for text, which is decoded in the calling process.
    """

    name: str
    label: str
    suffixes: tuple[str, ...]
    damaged: str
    reader: Reader | None = None


def _reader(module: str, *, takes_encoding: bool = False) -> Reader:
    """The reader ``parse_<module>`` of ``kernpunt.core.formats.<module>``, imported when used.

    Opening a text file (the window's start article, as a rule) then loads none of the readers
    of web pages, Word, OpenDocument, e-books and PDFs; the sandbox's fork server preloads them.
    """

    def read(data: bytes, name: str, encoding: str | None) -> Parsed:
        found = importlib.import_module(f"kernpunt.core.formats.{module}")
        parse_format = getattr(found, f"parse_{module}")
        parsed: Parsed = (
            parse_format(data, name, encoding) if takes_encoding else parse_format(data, name)
        )
        return parsed

    return read


ARTICLE_FORMATS: dict[str, ArticleFormat] = {
    item.name: item
    for item in (
        ArticleFormat("text", "Text file", (".txt", ".text"), "article.damaged.text"),
        ArticleFormat(
            "markdown", "Markdown file", (".md", ".markdown"), "article.damaged.markdown"
        ),
        ArticleFormat(
            "html",
            "Web page",
            (".html", ".htm", ".xhtml"),
            "article.damaged.html",
            _reader("html", takes_encoding=True),
        ),
        ArticleFormat("docx", "Word document", (".docx",), "article.damaged.docx", _reader("docx")),
        ArticleFormat("odt", "OpenDocument text", (".odt",), "article.damaged.odt", _reader("odt")),
        ArticleFormat("epub", "E-book", (".epub",), "article.damaged.epub", _reader("epub")),
        ArticleFormat("pdf", "PDF", (".pdf",), "article.damaged.pdf", _reader("pdf")),
    )
}
# Suffix → format name, and the formats read in the calling process: views of the records.
FORMATS = {suffix: item.name for item in ARTICLE_FORMATS.values() for suffix in item.suffixes}
TEXT_FORMATS = frozenset(item.name for item in ARTICLE_FORMATS.values() if item.reader is None)

_LIBRARY_LOGGERS = ("pypdf", "readability", "trafilatura", "ebooklib", "odfdo", "docx")


def parse(kind: str, data: bytes, name: str, encoding: str | None = None) -> Parsed:
    """Read a web page, Word, OpenDocument, e-book or PDF file's bytes.

    Whatever goes wrong inside a format's library becomes an ArticleError in the reader's
    words: damaged files raise every kind of exception, and none of them should reach the
    window as a crash.

    Args:
        kind: A format name from ARTICLE_FORMATS (not a text format).
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
        raise ArticleError("article.too_complex", name=name) from None
    except Exception:  # A damaged file can make a library fail anywhere.
        raise damaged(name, kind) from None


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
    reader = ARTICLE_FORMATS[kind].reader
    if reader is None:
        raise ValueError(f"{kind} is read in the calling process, not parsed")
    return reader(data, name, encoding)
