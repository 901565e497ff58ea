"""Sentence segmentation: structure first, then sentences, each with its character offsets.

Titles and headings are one unit each. Inside other blocks, a short line without
sentence-final punctuation that is followed by a new line starting with a capital (a
subheading, a byline, a caption kept with its paragraph) is a unit of its own. Only the rest
is split into sentences, by sentencex.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from kernpunt.core.cancel import CancelToken
from kernpunt.core.formats.article import Article
from kernpunt.core.formats.base import VERBATIM_KINDS, ends_sentence, looks_like_heading

WHOLE_KINDS = frozenset({"title", "heading", "code"})
# Text without sentence punctuation (a list pasted as one line, OCR output) would otherwise be
# one "sentence" of thousands of words: minutes of uncancellable translation and hundreds of MB.
# Real sentences stay far below it: the longest of the Lassy test treebank has 421 characters.
MAX_SENTENCE_CHARS = 1_200
_BREAK = re.compile(r"\s+")
_SPACES = re.compile(r"\s*")
_LINE = re.compile(r"[^\n]+")
# Characters a new unit can start with besides capitals and digits: quotes, brackets, bullets.
_OPENERS = "\"'“‘«([•–—-"
# Dutch news, where sentencex misses and invents boundaries (benchmarks/segmentation.py, Alpino):
# a sentence end followed by a quote that opens the next sentence (the newspaper ,, as well as
# “ and '), also inside a quote of several sentences; and no end after an initial or an
# abbreviation, or before a word in lower case.
_QUOTED_START = re.compile(r"[.!?…](?:''|[”’\"'»)\]])*(?=\s+(?:,,|[“‘\"'«(])?[A-ZÀ-ÖØ-Þ])")
# An initial (``A.``, ``J.W.``, ``Th.``) or a dotted abbreviation (``c.q.``, ``d.w.z.``).
_INITIAL = re.compile(r"\A[(\"'“‘«]*(?:[A-ZÀ-ÖØ-Þ]|(?:[A-Za-z]\.)+[A-Za-z]|Th|Chr|Ph|Joh|Wm)\.\Z")
# Abbreviations that never end a Dutch sentence in news text (lower case; "enz." and "etc."
# often do, so they are not here).
_ABBREVIATIONS = frozenset(
    {
        "mr", "mgr", "dr", "drs", "ir", "ing", "prof", "mevr", "dhr", "mw", "st", "sr", "jr", "ds",
        "bijv", "bv", "ca", "nr", "nrs", "blz", "vgl", "resp", "evt", "incl", "excl", "ong",
        "max", "min", "afd", "art", "gem", "jl", "lid", "zgn", "zg", "vnl", "tel", "vs",
        "jan", "feb", "febr", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov",
        "dec", "ma", "di", "wo", "do", "vr", "za", "zo", "kol", "gen", "lt", "sgt", "kapt",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article.

    Attributes:
        index: Its position among the article's sentences; it links every pane and export.
        block: The index of the block it belongs to.
        start: Offset of its first character in the article's text.
        end: Offset just past its last character.
        text: The sentence itself, ``article.text[start:end]``.
    """

    index: int
    block: int
    start: int
    end: int
    text: str


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Split running text into sentences.

    Args:
        text: A paragraph or any run of prose.
        language: An ISO 639-1 code such as ``nl`` or ``en``.

    Returns:
        The (start, end) offsets of each sentence in ``text``, without surrounding white space.
    """
    import sentencex

    ends = [boundary["end_index"] for boundary in sentencex.get_sentence_boundaries(language, text)]
    if language == "nl":
        ends = dutch_ends(text, ends)
    spans = []
    start = 0
    for end in ends:
        spans.extend(_stripped(text, start, end))
        start = end
    spans.extend(_stripped(text, start, len(text)))
    return spans


def dutch_ends(text: str, ends: list[int]) -> list[int]:
    """Correct a splitter's sentence ends in Dutch text with the rules of Dutch news.

    Adds an end before a quote that opens a new sentence (``,,``, “, ') and between the
    sentences of a quote; removes ends after initials and abbreviations (``A. van den Berg``,
    ``c.q.``, ``3 mrt. 2021``) and before a word in lower case. Linear in the text's length.

    Args:
        text: The text the ends are offsets into.
        ends: Offsets just past each sentence, as the splitter found them.

    Returns:
        The corrected ends, in order.
    """
    candidates = {_content_end(text, end) for end in ends}
    candidates.update(match.end() for match in _QUOTED_START.finditer(text))
    kept = [end for end in sorted(candidates) if 0 < end < len(text) and _ends_here(text, end)]
    return [*kept, len(text)]


def _content_end(text: str, end: int) -> int:
    """The end of a sentence without the white space a splitter leaves after it."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _ends_here(text: str, end: int) -> bool:
    """Whether a sentence can end at this offset, judged by the words on both sides."""
    rest = text[end : end + 8].lstrip()
    if not rest or rest[0].islower() or not text[end : end + 1].isspace():
        return False
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
        if end - start > 40:
            return True
    word = text[start:end]
    if not word.endswith("."):
        return True
    return not (_INITIAL.match(word) or word[:-1].lower().lstrip("(\"'“‘«") in _ABBREVIATIONS)


def block_units(text: str) -> list[tuple[int, int, bool]]:
    """Split a block's text into units before sentence splitting.

    Args:
        text: The text of one paragraph, list item or quote.

    Returns:
        (start, end, whole) for each unit: ``whole`` units are standalone lines that must not
        be split or joined; the others are prose for the sentence splitter.
    """
    lines = [(match.start(), match.end()) for match in _LINE.finditer(text)]
    if len(lines) < 2:
        return [(0, len(text), False)]
    width = max(len(text[start:end].strip()) for start, end in lines)
    units: list[tuple[int, int, bool]] = []
    prose_start = 0
    for (start, end), (next_start, next_end) in itertools.pairwise(lines):
        if _stands_alone(text[start:end].strip(), text[next_start:next_end].strip(), width):
            if text[prose_start:start].strip():
                units.append((prose_start, start, False))
            units.append((start, end, True))
            prose_start = next_start
    units.append((prose_start, len(text), False))
    return units


def segment(
    article: Article, language: str = "nl", *, cancel: CancelToken | None = None
) -> tuple[Sentence, ...]:
    """Split an article into sentences, keeping titles, headings and standalone lines whole.

    Args:
        article: The article to split.
        language: The article's language.
        cancel: Checked between blocks and while long runs of text are cut.

    Returns:
        The sentences in document order, indexed from 0.

    Raises:
        Cancelled: The cancel token was set.
    """
    sentences: list[Sentence] = []
    for block_index, block in enumerate(article.blocks):
        if cancel is not None:
            cancel.raise_if_cancelled()
        text = article.block_text(block)
        for start, end in _block_spans(text, block.kind, language, cancel):
            absolute_start, absolute_end = block.start + start, block.start + end
            sentences.append(
                Sentence(
                    index=len(sentences),
                    block=block_index,
                    start=absolute_start,
                    end=absolute_end,
                    text=article.text[absolute_start:absolute_end],
                )
            )
    return tuple(sentences)


def _block_spans(
    text: str, kind: str, language: str, cancel: CancelToken | None = None
) -> list[tuple[int, int]]:
    if kind in VERBATIM_KINDS and len(text) <= MAX_SENTENCE_CHARS:
        # Code keeps the indent of its first line, as the pane and the exports show it.
        return [(0, len(text))]
    if kind in WHOLE_KINDS:
        return _bounded(text, _stripped(text, 0, len(text)), cancel)
    spans: list[tuple[int, int]] = []
    for start, end, whole in block_units(text):
        if whole:
            spans.extend(_stripped(text, start, end))
        else:
            unit = text[start:end]
            spans.extend((start + a, start + b) for a, b in split_sentences(unit, language))
    return _bounded(text, spans, cancel)


def _bounded(
    text: str, spans: list[tuple[int, int]], cancel: CancelToken | None = None
) -> list[tuple[int, int]]:
    """Cut spans longer than MAX_SENTENCE_CHARS at the last space before the limit."""
    bounded: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            window = text[start : start + MAX_SENTENCE_CHARS]
            last = max((match.end() for match in _BREAK.finditer(window)), default=0)
            cut = start + (last if last > len(window) // 2 else len(window))
            bounded.extend(_stripped(text, start, cut))
            # Measured in place: slicing the rest of a 16 MB span at every cut took minutes.
            start = _SPACES.match(text, cut, end).end()  # type: ignore[union-attr]
            if cancel is not None and len(bounded) % 1024 == 0:
                cancel.raise_if_cancelled()
        bounded.extend(_stripped(text, start, end))
    return bounded


def _stripped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return []
    start += len(piece) - len(piece.lstrip())
    return [(start, start + len(stripped))]


def _stands_alone(line: str, next_line: str, width: int) -> bool:
    """A short unpunctuated line, followed by a line whose first word would have fitted on it.

    Hard-wrapped prose fills its lines, so the next line's first word never fits on the line
    before it; a line that ends early without punctuation ends a unit of its own.
    """
    if not looks_like_heading(line) or ends_sentence(line) or not next_line:
        return False
    first_word = next_line.split()[0]
    opener = next_line[0]
    starts_unit = opener.isupper() or opener.isdigit() or opener in _OPENERS
    return starts_unit and len(line) + 1 + len(first_word) <= width
