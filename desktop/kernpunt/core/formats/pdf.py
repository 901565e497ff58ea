"""PDF files, read from their text layer with pypdf; paragraphs rebuilt from its lines.

Page numbers and the running headers and footers that pages repeat are left out; lines that
start with a bullet are list items. A line is a heading only where the type says so: set larger
than the body text, or a bold section number ("2.1 Aanleiding"); a bold line in the body's type
is a paragraph of its own, and a bold label ("Let op:") runs into its text. Where pypdf glued
words set close together, the page is read again from where each piece of text stands
(pdf_runs.py).
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from kernpunt.core.formats.base import (
    ArticleError,
    BlockKind,
    Parsed,
    Piece,
    ends_sentence,
    iso_date,
    looks_like_heading,
    real_title,
)
from kernpunt.core.formats.pdf_runs import (
    BOLD_NAME,
    BOLD_WEIGHT,
    FORCE_BOLD,
    Line,
    line_of,
    positioned_lines,
)

# A line this much shorter than the page's longest ends a paragraph.
PARAGRAPH_END_WIDTH = 0.85
# Type this much larger than the body text's is a heading's.
HEADING_SIZE = 1.15
# Lines this close to a page's top or bottom that come back on other pages (digits aside) are
# running headers and footers, not the article's text.
EDGE_LINES = 2
MIN_REPEATS = 3
# A running line is this many times its type's size or more away from the page's other lines;
# lines of a paragraph are 1.2 to 1.5 times apart.
SET_APART = 1.8
_PAGE_NUMBER = re.compile(
    r"\A(?:[-–—]\s*)?(?:(?:pagina|page|blz\.?|p\.)\s*)?\d{1,4}"
    r"(?:\s*(?:/|van|of)\s*\d{1,4})?(?:\s*[-–—])?\Z",
    re.IGNORECASE,
)
# pypdf reads a WinAnsi bullet written as code 127 (as reportlab writes "•") as "\x7f".
_BULLET = re.compile(r"\A(?:[•◦▪▫●○■□‣\u2043∙·\uf0b7\uf0a7*\x7f]|[-–—](?=\s))\s*")
_DIGITS = re.compile(r"\d+")
# "2", "2.1", "3." or "IV." before a section's name.
_SECTION_NUMBER = re.compile(r"\A(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,4}\.)\s+\w")
# Words of Dutch prose are 5 to 6 letters long on average; a page whose "words" average more
# than this lost the spaces between them.
GLUED_WORD_LENGTH = 12
# Dutch prose read right has words of 6 letters or fewer on average, punctuation included.
SUSPECT_WORD_LENGTH = 7
# Where two words were glued, a letter follows a small letter in capitals ("vanDe"), a closing
# bracket or punctuation ("[Function]int", "zei,dat"), or a full stop ("Texts.Hij").
_GLUE_SIGN = re.compile(r"[a-z][A-Z]|[\]),;:!?”»][^\W\d_]|\.[^\W\d_]{3}")
# A bold word or two in capitals on a line of its own ("LET OP", "WAARSCHUWING") is a label.
LABEL_WORDS = 2


def parse_pdf(data: bytes, name: str) -> Parsed:
    """Read the text layer of a PDF, with its title and date.

    Args:
        data: The PDF's bytes.
        name: The file's name, for messages.

    Returns:
        Paragraphs and headings rebuilt from the text lines of every page, and metadata.

    Raises:
        ArticleError: The PDF is locked or has no text layer. Other exceptions mean damage.
    """
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        _unlock(reader, name)
    pages = [_unglued(page, page_lines(page)) for page in reader.pages]
    metadata = reader.metadata
    title = real_title(metadata.title) if metadata else None
    pieces = _pieces(pages)
    if not pieces:
        raise ArticleError("article.pdf_no_text", name=name)
    if title and pieces[0].text.casefold() == title.casefold():
        pieces[0] = Piece("title", pieces[0].text)
    date = iso_date(metadata.get("/CreationDate")) if metadata else None
    return Parsed(pieces=tuple(pieces), title=title, date=date)


def _unlock(reader: object, name: str) -> None:
    from pypdf.errors import DependencyError

    try:
        # Many PDFs are encrypted with an empty password only to restrict printing or copying.
        unlocked = reader.decrypt("")  # type: ignore[attr-defined]
    except DependencyError:
        unlocked = 0
    if not unlocked:
        raise ArticleError("article.pdf_password", name=name)


def page_lines(page: Any) -> list[Line]:
    """A page's lines, each with the size and weight of the type most of its letters are in.

    pypdf hands its visitor the text in runs, each with its font and text matrices; a run
    ends at a line's end or where the font or the text object changes.
    """
    lines: list[Line] = []
    letters: Counter[tuple[float, bool]] = Counter()
    text = ""
    y: float | None = None

    def visit(run: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        nonlocal text, letters, y
        style = (_shown_size(size, cm, tm), _is_bold(font))
        for index, part in enumerate(run.split("\n")):
            if index:
                lines.append(line_of(text, letters, y))
                text, letters, y = "", Counter(), None
            if y is None and not index and part.strip():
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            text += part
            letters[style] += sum(1 for char in part if not char.isspace())

    page.extract_text(visitor_text=visit)
    lines.append(line_of(text, letters, y))
    return lines


def _unglued(page: Any, lines: list[Line]) -> list[Line]:
    """A page's lines, read from the position of every piece of text where pypdf glued words.

    pypdf's plain mode puts a space only where a gap is half a space wide, and leaves out the
    horizontal scaling (``Tz``) when it measures one: text set with tight word gaps and no
    spaces, or an OCR layer that squeezes each word into its box, came out as whole lines
    without a space ("LoretoPrado"). The positioned reading is kept where it holds the same
    letters in more words, or, on a page whose words are glued past doubt, shorter words.
    Reading a page twice takes 2.5 times as long, so only a page with signs of glue is.
    """
    plain = " ".join(line.text for line in lines)
    if not _may_be_glued(plain):
        return lines
    positioned = positioned_lines(page)
    if positioned is None:
        return lines
    placed = " ".join(line.text for line in positioned)
    if "".join(plain.split()) == "".join(placed.split()):
        return positioned if len(placed.split()) > len(plain.split()) else lines
    if _mean_word_length(plain) > GLUED_WORD_LENGTH > _mean_word_length(placed):
        return positioned
    return lines


def _may_be_glued(text: str) -> bool:
    """Whether a page's plain reading shows signs of words pypdf glued together."""
    return _mean_word_length(text) > SUSPECT_WORD_LENGTH or bool(_GLUE_SIGN.search(text))


def _mean_word_length(text: str) -> float:
    words = text.split()
    return sum(map(len, words)) / len(words) if words else 0.0


def _shown_size(size: float, cm: list[float], tm: list[float]) -> float:
    """The font size as the page shows it: scaled by the text and transformation matrices."""
    c = tm[2] * cm[0] + tm[3] * cm[2]
    d = tm[2] * cm[1] + tm[3] * cm[3]
    return round(size * math.hypot(c, d), 1)


def _is_bold(font: Any) -> bool:
    """Whether a font resource is a bold face: by its name, weight or ForceBold flag."""
    if not font:
        return False
    try:
        descriptor = _descriptor(font)
        weight = float(descriptor.get("/FontWeight", 0)) if descriptor else 0.0
        flags = int(descriptor.get("/Flags", 0)) if descriptor else 0
        name = str(font.get("/BaseFont", ""))
    except (TypeError, ValueError, AttributeError):
        return False
    return bool(BOLD_NAME.search(name)) or weight >= BOLD_WEIGHT or bool(flags & FORCE_BOLD)


def _descriptor(font: Any) -> Any:
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descendants = font["/DescendantFonts"].get_object()
        descriptor = descendants[0].get_object().get("/FontDescriptor") if descendants else None
    return descriptor.get_object() if descriptor is not None else None


def body_size(pages: list[list[Line]]) -> float:
    """The size of the type most of the document's letters are set in."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def is_heading(line: Line, body: float, *, in_paragraph: bool = False) -> bool:
    """Whether the type says a line is a heading: set larger than the body text.

    At the body's size only a bold section number ("2.1 Aanleiding") on a line of its own
    makes one; a bold line alone is a paragraph of its own (see ``_stands_alone``), and a bold
    label ("Let op:", "LET OP") runs into the text after it.
    """
    if not looks_like_heading(line.text):
        return False
    if body and line.size >= HEADING_SIZE * body:
        return True
    return line.bold and not in_paragraph and bool(_SECTION_NUMBER.match(line.text))


def _stands_alone(line: Line, after: Line | None, *, in_paragraph: bool) -> bool:
    """Whether a bold line in the body's type is a short paragraph of its own.

    Reports set a lead-in line in bold ("Onderhoud en reiniging") without making it larger; a
    reader keeps it apart from the sentence below, but it is no heading. A bold paragraph, whose
    next line is bold as well, and a label ("Let op:", "LET OP") run on.
    """
    label = line.text.isupper() and len(line.text.split()) <= LABEL_WORDS
    continued = after is not None and after.bold and after.size == line.size
    return line.bold and looks_like_heading(line.text) and not (label or continued or in_paragraph)


def _pieces(pages: list[list[Line]]) -> list[Piece]:
    pieces: list[Piece] = []
    lines: list[str] = []
    kind: BlockKind = "paragraph"
    body = body_size(pages)
    heading: Line | None = None  # the heading being read, when it runs over several lines
    for page in _without_running_lines(pages):
        width = max((len(line.text) for line in page), default=0)
        for index, line in enumerate(page):
            text = line.text
            bullet = _BULLET.match(text)
            if heading is not None and line[1:3] == heading[1:3] and is_heading(line, body):
                # A heading set over two lines is one heading.
                pieces[-1] = Piece("heading", f"{pieces[-1].text} {text}")
                continue
            heading = None
            running_on = bool(lines) and not ends_sentence(lines[-1])
            if not text:
                kind = _flush(pieces, lines, kind)
            elif bullet and text[bullet.end() :]:
                _flush(pieces, lines, kind)
                kind = "list_item"
                lines.append(text[bullet.end() :])
            elif is_heading(line, body, in_paragraph=running_on):
                kind = _flush(pieces, lines, kind)
                pieces.append(Piece("heading", text))
                heading = line
                continue
            elif _stands_alone(line, _next_text(page, index), in_paragraph=running_on):
                kind = _flush(pieces, lines, kind)
                pieces.append(Piece("paragraph", text))
                continue
            else:
                lines.append(text)
            if text and ends_sentence(text) and len(text) < PARAGRAPH_END_WIDTH * width:
                kind = _flush(pieces, lines, kind)
    _flush(pieces, lines, kind)
    return pieces


def _next_text(page: list[Line], index: int) -> Line | None:
    return next((line for line in page[index + 1 :] if line.text), None)


def _without_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Each page's lines without page numbers and the headers and footers pages repeat."""
    split = [[line for line in page if not _PAGE_NUMBER.match(line.text)] for page in pages]
    edges = [_edge(page) for page in split]
    repeated = _repeated(split, edges, _in_type, MIN_REPEATS)
    apart = [
        {index for index in edge if _set_apart(page, index)}
        for page, edge in zip(split, edges, strict=True)
    ]
    placed = _repeated(split, apart, _in_place, 2)
    title = _title(split)
    return [
        [
            line
            for index, line in enumerate(page)
            if index not in edge
            or not (
                _in_type(line) in repeated
                or _in_place(line) in placed
                or (number and _same_text(line, title))
            )
        ]
        for number, (page, edge) in enumerate(zip(split, edges, strict=True))
    ]


def _in_type(line: Line) -> tuple[str, float]:
    """A line's text (any number the same) in its type: running lines alike wherever they stand."""
    return _DIGITS.sub("#", line.text), line.size


def _in_place(line: Line) -> tuple[str, float, float] | None:
    """A line's text in its type and at its height on the page, where that is known."""
    return None if line.y is None else (*_in_type(line), round(line.y))


def _repeated(
    pages: list[list[Line]],
    edges: list[set[int]],
    alike: Callable[[Line], tuple[Any, ...] | None],
    count: int,
) -> set[tuple[Any, ...]]:
    """The lines found alike at the edge of at least ``count`` pages.

    Any number of pages repeats a line in one type at its top or bottom; where the pages are
    two, a running line also stands apart at the same height on both, and text that merely
    reads the same stands elsewhere on the page, in another type, or among other lines.
    """
    counts: Counter[tuple[Any, ...]] = Counter()
    for page, edge in zip(pages, edges, strict=True):
        keys = {alike(page[index]) for index in edge}
        counts.update(key for key in keys if key is not None)
    return {key for key, found in counts.items() if found >= count}


def _set_apart(page: list[Line], index: int) -> bool:
    """Whether a line stands apart from the page's other lines, as running lines do.

    Where the page gives no heights, no line does.
    """
    line = page[index]
    if line.y is None:
        return False
    others = [other.y for other in page if other.text and other is not line]
    if any(y is None for y in others):
        return False
    gap = min((abs(line.y - y) for y in others if y is not None), default=math.inf)
    return gap > SET_APART * max(line.size, 1.0)


def _title(pages: list[list[Line]]) -> Line | None:
    """The first page's top line: later pages often repeat it as their running header."""
    first = pages[0] if pages else []
    edge = sorted(_edge(first))
    return first[edge[0]] if edge else None


def _same_text(line: Line, title: Line | None) -> bool:
    return title is not None and line.text.casefold() == title.text.casefold()


def _edge(page: list[Line]) -> set[int]:
    """Where a page's header and footer lines can be: its top and bottom text lines.

    Top and bottom by their height on the page where every line's is known, else by the order
    the page draws them in.
    """
    text_lines = [index for index, line in enumerate(page) if line.text]
    if all(page[index].y is not None for index in text_lines):
        text_lines.sort(key=lambda index: -(page[index].y or 0.0))
    depth = EDGE_LINES if len(text_lines) > 3 * EDGE_LINES else 1
    return {*text_lines[:depth], *text_lines[-depth:]}


def _flush(pieces: list[Piece], lines: list[str], kind: BlockKind) -> BlockKind:
    """Join a paragraph's or list item's lines; a line-end hyphen joins the halves of a word.

    Returns:
        The kind of the next block, a paragraph until a bullet says otherwise.
    """
    text = ""
    for line in lines:
        text += line if not text or (text.endswith("-") and text[-2:-1].isalpha()) else " " + line
    if text:
        pieces.append(Piece(kind, text))
    lines.clear()
    return "paragraph"
