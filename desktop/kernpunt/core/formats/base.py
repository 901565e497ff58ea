"""What every article format reads into: pieces of text with a kind, a title, a date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from kernpunt.core.errors import ReaderError

BlockKind = Literal["title", "heading", "paragraph", "list_item", "quote", "code"]
# Blocks shown as they are and never translated or briefed: program code is not Dutch prose.
VERBATIM_KINDS: frozenset[str] = frozenset({"code"})

# Sentence-final punctuation, and the closing quotes or brackets that may follow it.
TERMINAL = ".!?…:;"
CLOSERS = "'\"”’»)] "
HEADING_MAX_WORDS = 14

# Titles that programs and templates write, and pages of a book that are not its title.
_NOT_TITLES = frozenset(
    {
        "name", "title", "untitled", "document", "word document", "microsoft word document",
        "new document", "naamloos", "document1", "colofon", "colophon", "inhoud",
        "inhoudsopgave", "contents", "table of contents", "copyright", "disclaimer", "index",
        "voorwoord", "home", "]>", "none", "null",
    }
)  # fmt: skip
_PROGRAM_PREFIX = re.compile(r"\A(?:Microsoft Word|Microsoft PowerPoint|PowerPoint|Word) - ")
# Permalink and anchor glyphs that pages put beside their headings.
_PERMALINK = re.compile(r"\s*[¶§#🔗⚓]+\s*\Z|\A\s*[¶§🔗⚓]+\s*")
TITLE_MAX_WORDS = 25
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})?")


class ArticleError(ReaderError):
    """An article could not be read; the message is written for the reader."""


_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")


def verbatim(text: str) -> str:
    """Code as a block shows it: no blank lines around it, the first line's indent kept."""
    return _LEADING_BLANK_LINES.sub("", text).rstrip()


class Piece(NamedTuple):
    """One structural unit of a document before it becomes an article: its kind and text.

    ``code`` says where inline code is in the text (offsets), to be shown, never translated.
    """

    kind: BlockKind
    text: str
    code: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Parsed:
    """A document read from its format, before offsets and language are added.

    Attributes:
        pieces: Titles, headings, paragraphs, list items and quotes in document order.
        title: The title its metadata gives, if any.
        date: Its date from metadata (``2021-03`` or ``2021-03-24``), if any.
        encoding: The text encoding its bytes were decoded with, for text formats.
    """

    pieces: tuple[Piece, ...]
    title: str | None = None
    date: str | None = None
    encoding: str | None = None


def clean_line(text: str) -> str:
    """Collapse white space within one line of text, as a page shows it."""
    return " ".join(text.split())


def clean_lines(text: str) -> str:
    """Collapse white space on each line, dropping empty lines but keeping line breaks."""
    lines = (clean_line(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def heading_text(text: str) -> str:
    """A heading's text as a reader sees it: one line, without a permalink glyph beside it."""
    return _PERMALINK.sub("", clean_line(text))


def real_title(value: object) -> str | None:
    """Return a document's title when it is one a reader would recognise, else None.

    Rejects what programs write when nobody gave a title ("Word Document", "NAME",
    "Microsoft Word - notes.doc"), pages that are not a title ("Colofon", "Inhoud"), text
    without letters, and sentences (a disclaimer on page one is not the document's title).
    """
    if value is None:
        return None
    title = heading_text(str(value))
    if _PROGRAM_PREFIX.match(title) or title.casefold() in _NOT_TITLES:
        return None
    if not any(char.isalpha() for char in title) or len(title.split()) > TITLE_MAX_WORDS:
        return None
    if len(title.split()) > HEADING_MAX_WORDS and title.endswith("."):
        return None
    return title


def ends_sentence(line: str) -> bool:
    """Whether a line ends with sentence-final punctuation, closing quotes aside."""
    return line.rstrip(CLOSERS).endswith(tuple(TERMINAL))


def looks_like_heading(line: str) -> bool:
    """Whether one line reads like a heading: short, and without sentence-final punctuation."""
    return (
        bool(line)
        and "\n" not in line
        and len(line.split()) <= HEADING_MAX_WORDS
        and not ends_sentence(line)
    )


def iso_date(value: object) -> str | None:
    """Return a date from metadata as ``YYYY-MM-DD`` (or ``YYYY-MM``), if it holds one."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    text = str(value).strip()
    match = _PDF_DATE.match(text)
    if match:
        return "-".join(part for part in match.groups() if part)
    match = _ISO_DATE.match(text)
    if match:
        return "-".join(part for part in match.groups() if part)
    return None


def damaged(name: str, kind: str) -> ArticleError:
    """The reader's message for a file its library could not make sense of.

    Args:
        name: The file's name.
        kind: The ArticleFormat's key (``docx``, ``pdf``…): each says what the file should
            have been in a message of its own, so the window can say it in the reader's language.
    """
    from kernpunt.core.formats import ARTICLE_FORMATS  # the registry imports this module

    known = ARTICLE_FORMATS.get(kind)
    message_id = known.damaged if known is not None else "article.damaged"
    return ArticleError(message_id, name=name)
