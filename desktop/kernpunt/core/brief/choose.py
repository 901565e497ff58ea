"""The brief: an extractive summary whose every sentence points back to its source sentence.

The sentences are chosen by one of sumy's methods (``kernpunt.core.brief.summarizers``) among the
article's own sentences, so brief sentence k is always source sentence ``indices[k]``. Every
method ranks 5,000 sentences in about a second (``benchmarks/brief_scaling.py``), so the method
the reader chose is the one used; another is used only when it cannot rank the text at all, and
the brief says so.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from kernpunt.core.brief import summarizers
from kernpunt.core.brief.keyterms import KeyTerm
from kernpunt.core.brief.summarizers import DegenerateText, Unit, words
from kernpunt.core.cancel import CancelToken
from kernpunt.core.errors import ReaderError
from kernpunt.core.text.stopwords import language_name, stop_words


@dataclass(frozen=True)
class BriefMethod:
    """A way of choosing a brief's sentences: one of sumy's summarizers.

    Attributes:
        key: Its name in settings and on the command line (``lexrank``…).
        label: Its name for a reader (translated in the window by its English text).
        rank: The function that chooses the sentences (``kernpunt.core.brief.summarizers``).
        sees_headings: Whether it is also shown the headings, which it never chooses
            (Edmundson's title method weighs the words they share with a sentence).
    """

    key: str
    label: str
    rank: summarizers.Ranker
    sees_headings: bool = False


DEFAULT_METHOD = "lexrank"
# The methods a reader can choose, in the order they are offered. Each ranks 5,000 sentences in
# about a second or two (benchmarks/brief_scaling.py), so none has a size limit: the one chosen
# is the one used.
METHODS: dict[str, BriefMethod] = {
    method.key: method
    for method in (
        BriefMethod("lexrank", "LexRank", summarizers.lexrank),
        BriefMethod("lsa", "LSA", summarizers.lsa),
        BriefMethod("textrank", "TextRank", summarizers.textrank),
        BriefMethod("luhn", "Luhn", summarizers.luhn),
        BriefMethod(
            "edmundson", "Edmundson (news lead)", summarizers.edmundson, sees_headings=True
        ),
        BriefMethod("kl", "KL-Sum", summarizers.kl),
        BriefMethod("sumbasic", "SumBasic", summarizers.sumbasic),
        BriefMethod("reduction", "Reduction", summarizers.reduction),
    )
}
# Not offered to the reader: what the brief falls back to when nothing else can rank the text.
LEAD = "lead"
FALLBACK_METHOD = "luhn"
MAX_SENTENCES = 25


class BriefError(ReaderError, ValueError):
    """A brief cannot be made as asked; the message is for the reader."""


@dataclass(frozen=True)
class BriefLength:
    """How long a brief should be: a number of sentences or a percentage of the article.

    Attributes:
        value: Sentences (a whole number from 1 to MAX_SENTENCES) or a percentage (0–100].
        percent: Whether ``value`` is a percentage.
    """

    value: float
    percent: bool = False

    def __post_init__(self) -> None:
        if self.percent:
            if not 0 < self.value <= 100:
                raise BriefError("brief.percent_range")
        elif self.value != int(self.value) or not 1 <= self.value <= MAX_SENTENCES:
            raise BriefError("brief.sentences_range", most=MAX_SENTENCES)

    @classmethod
    def parse(cls, text: str) -> BriefLength:
        """Read a length as a reader writes it: ``3`` (sentences) or ``20%``.

        Raises:
            BriefError: The text is neither.
        """
        match = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*", text)
        if match is None:
            raise BriefError("brief.bad_length", text=text)
        value = float(match.group(1).replace(",", "."))
        return cls(value, percent=bool(match.group(2)))

    @classmethod
    def of(cls, length: BriefLength | int | str) -> BriefLength:
        """Accept a BriefLength, a number of sentences, or text for ``parse``."""
        if isinstance(length, BriefLength):
            return length
        if isinstance(length, str):
            return cls.parse(length)
        return cls(length)

    def count(self, total: int) -> int:
        """Return how many sentences of an article of ``total`` sentences the brief takes."""
        wanted = math.ceil(total * self.value / 100) if self.percent else int(self.value)
        return max(0, min(wanted, total, MAX_SENTENCES))

    def __str__(self) -> str:
        if self.percent:
            return f"{self.value:g} %"
        return "1 sentence" if self.value == 1 else f"{int(self.value)} sentences"


DEFAULT_LENGTH = BriefLength(3)


@dataclass(frozen=True)
class Brief:
    """A brief of an article.

    Attributes:
        indices: The chosen sentences' indices, in document order, each once.
        method: The method that chose them (a key of METHODS, or LEAD).
        length: The length that was asked for.
        language: The language of the sentences it was chosen on: ``dutch`` for the original,
            ``english`` for the translation.
        requested_method: The method that was asked for, when another one had to be used.
        note: Why another method was used, or why the brief is short or empty; for the reader.
        key_terms: The terms that characterise the text, in the same language.
    """

    indices: tuple[int, ...]
    method: str = DEFAULT_METHOD
    length: BriefLength = DEFAULT_LENGTH
    language: str = "english"
    requested_method: str | None = None
    note: str | None = None
    key_terms: tuple[KeyTerm, ...] = ()

    @property
    def size(self) -> int:
        """The number of sentences in the brief."""
        return len(self.indices)

    @property
    def method_label(self) -> str:
        """The method's name as a reader knows it."""
        return _label(self.method)

    def describe(self) -> str:
        """Say in one line how the brief was made, e.g. for an export."""
        source = "the Dutch original" if self.language == "dutch" else "the English translation"
        count = "1 sentence" if self.size == 1 else f"{self.size} sentences"
        text = f"{count} chosen by {self.method_label} on {source} (asked: {self.length})."
        return f"{text} {self.note}" if self.note else text


def make_brief(
    sentences: Sequence[str],
    length: BriefLength | int | str = DEFAULT_LENGTH,
    language: str = "english",
    *,
    method: str = DEFAULT_METHOD,
    paragraphs: Sequence[int] | None = None,
    headings: Collection[int] = (),
    cancel: CancelToken | None = None,
) -> Brief:
    """Choose the sentences that best summarise a text.

    Args:
        sentences: The text's sentences, in document order.
        length: How long the brief should be.
        language: The sentences' language: ``nl``/``dutch`` or ``en``/``english``.
        method: A key of METHODS.
        paragraphs: The paragraph of every sentence, for Edmundson; one paragraph if omitted.
        headings: Indices of sentences that are headings; they inform Edmundson's title method
            but are not chosen unless the text has nothing else.
        cancel: Checked between stages; a method's own ranking cannot be interrupted.

    Returns:
        The brief; empty, with a note, when the text has no words.

    Raises:
        BriefError: The method, length or language is not one Kernpunt knows.
        Cancelled: The cancel token was set.
    """
    if method not in METHODS:
        raise BriefError("brief.unknown_method", method=method, known=", ".join(METHODS))
    _check(cancel)
    try:
        name = language_name(language)
    except ValueError:
        raise BriefError("brief.language", language=language) from None
    wanted = BriefLength.of(length)
    template = Brief((), method, wanted, name)
    candidates = _candidates(sentences, stop_words(name), set(headings))
    if not candidates.indices:
        return _unrankable(template, candidates.plain, wanted.count(len(sentences)))
    count = min(wanted.count(len(sentences)), len(candidates.indices)) or 1
    if len(candidates.indices) <= count:
        return _with(template, candidates.indices)
    used, note = method, None
    units, owners = _units(sentences, candidates.indices, headings, paragraphs, used)
    _check(cancel)
    try:
        chosen = _run(used, units, count, name)
    except DegenerateText as error:
        fallback = FALLBACK_METHOD if used != FALLBACK_METHOD else LEAD
        note = f"{_label(used)} could not rank this text: {error.reason}; {_used(fallback)}"
        used, chosen = fallback, _run(fallback, units, count, name)
    _check(cancel)
    indices = tuple(owners[k] for k in chosen)
    return _with(template, indices, used, note)


@dataclass(frozen=True)
class _Candidates:
    indices: list[int]  # sentences worth ranking: words beyond stop words, each text once
    plain: list[int]  # sentences with any word, each text once


def _candidates(sentences: Sequence[str], stops: frozenset[str], headings: set[int]) -> _Candidates:
    seen: set[str] = set()
    indices: list[int] = []
    plain: list[int] = []
    headed: list[int] = []
    for index, text in enumerate(sentences):
        tokens = [word.lower() for word in words(text)]
        key = " ".join(tokens)
        if not tokens or key in seen:
            continue
        seen.add(key)
        plain.append(index)
        if any(token not in stops for token in tokens):
            (headed if index in headings else indices).append(index)
    # A text of headings alone (short lines without punctuation) still gets a brief.
    return _Candidates(indices or headed, plain)


def _unrankable(template: Brief, plain: list[int], count: int) -> Brief:
    if not plain:
        return _with(
            template, (), template.method, "There is nothing to brief: the text has no words."
        )
    note = "The text has only very common words; the brief is its opening."
    return _with(template, tuple(plain[: max(1, count)]), LEAD, note)


def _used(method: str) -> str:
    if method == LEAD:
        return "the brief is the text's opening."
    return f"{_label(method)} was used instead."


def _label(method: str) -> str:
    if method == LEAD:
        return "the opening sentences"
    known = METHODS.get(method)
    return known.label if known else method


def _units(
    sentences: Sequence[str],
    candidates: list[int],
    headings: Collection[int],
    paragraphs: Sequence[int] | None,
    method: str,
) -> tuple[list[Unit], list[int]]:
    """Build sumy's sentences; a method that sees headings gets them too, never to choose."""
    seen = method != LEAD and METHODS[method].sees_headings
    owners = sorted({*candidates, *headings}) if seen else candidates
    chosen = set(candidates)
    units = [
        Unit(
            sentences[index],
            paragraphs[index] if paragraphs is not None else 0,
            heading=index not in chosen,
        )
        for index in owners
    ]
    return units, owners


def _run(method: str, units: list[Unit], count: int, language: str) -> list[int]:
    if method == LEAD:
        return [k for k, unit in enumerate(units) if not unit.heading][:count]
    return METHODS[method].rank(units, count, language)


def _with(
    template: Brief, indices: Sequence[int], method: str | None = None, note: str | None = None
) -> Brief:
    used = method or template.method
    return Brief(
        tuple(sorted(set(indices))),
        used,
        template.length,
        template.language,
        template.method if used != template.method else None,
        note,
    )


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()
