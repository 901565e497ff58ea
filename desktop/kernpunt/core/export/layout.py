"""What an export holds, decided once for every format: its sections, blocks and provenance.

Each writer (Markdown, text, HTML, Word, OpenDocument, PDF, JSON) renders the same ExportView,
so every format carries the same sentences, marks and provenance; only the look differs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from kernpunt import __version__
from kernpunt.core.export.atomic import ExportError

if TYPE_CHECKING:
    from kernpunt.core.brief.keyterms import ReaderTerm
    from kernpunt.core.document import TranslatedArticle

CONTENTS = ("all", "brief", "translation", "bilingual")
DEFAULT_CONTENT = "all"
CONTENT_LABELS = {
    "all": "brief, original and translation",
    "brief": "brief only",
    "translation": "translation only",
    "bilingual": "original and translation",
}
# The sections each content choice shows, in order. "bilingual" is the original and the
# translation side by side, sentence by sentence.
SECTIONS = {
    "all": ("brief", "bilingual"),
    "brief": ("brief",),
    "translation": ("translation",),
    "bilingual": ("bilingual",),
}
# Each section's heading and the pair table's column headings, worded alike in every format.
SECTION_TITLES = {
    "brief": "Brief",
    "translation": "Translation",
    "bilingual": "Translation and original",
}
COLUMN_TITLES = ("Original (Dutch)", "Translation (English)")
UNTRANSLATED = "[not translated]"
EDITED = "edited"
MODE_LABELS = {"quality": "quality: beam search", "fast": "fast: greedy"}
# Characters XML 1.0 cannot hold, so neither can a Word or OpenDocument file: a stray one in an
# article (a DOS end-of-file mark, an escape code) or in a pasted edit made those exports fail.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class Row:
    """One sentence as exported.

    Attributes:
        index: The sentence's index in the article.
        source: The Dutch sentence.
        translation: Its translation; None where none was made.
        edited: Whether the reader wrote or changed the translation.
    """

    index: int
    source: str
    translation: str | None
    edited: bool

    @property
    def shown(self) -> str:
        """The translation, or a visible marker where there is none."""
        return self.translation if self.translation is not None else UNTRANSLATED


@dataclass(frozen=True)
class BlockRows:
    """The sentences of one block of the article.

    Attributes:
        index: The block's index in the article.
        kind: ``title``, ``heading``, ``paragraph``, ``list_item`` or ``quote``.
        rows: Its sentences in order.
    """

    index: int
    kind: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Provenance:
    """Where an export came from: recorded in every format.

    Attributes:
        source_file: The article's file name, if it came from a file.
        date: The article's date from its metadata, if any.
        model_code: The translating model's code, such as ``translate-nl_en``.
        model_version: That model's version.
        mode: ``quality`` or ``fast``, if known.
        brief: One line on how the brief was made; None when there is none.
        brief_method: The brief's method as a reader knows it; None when there is none.
        exported_at: When the export was made, with the local time zone.
        content: What the export holds: a key of CONTENT_LABELS.
        edited: How many sentences the reader edited.
        language: The language detected in an article that does not look Dutch, else None.
    """

    source_file: str | None
    date: str | None
    model_code: str | None
    model_version: str | None
    mode: str | None
    brief: str | None
    brief_method: str | None
    exported_at: datetime
    content: str
    edited: int
    language: str | None = None

    def lines(self) -> list[str]:
        """The provenance as short sentences for a reader, one per line."""
        mode = f" ({MODE_LABELS.get(self.mode, self.mode)})" if self.mode else ""
        model = (
            f"by the Argos model {self.model_code} {self.model_version}{mode}"
            if self.model_code
            else "(no model recorded)"
        )
        origin = (
            f"Translated as Dutch (the text looks like {self.language})"
            if self.language
            else "Translated from Dutch"
        )
        lines = [
            f"{origin} {model} with Kernpunt {__version__}.",
            f"Source file: {self.source_file or 'none (pasted text)'}. "
            f"Article date: {self.date or 'unknown'}.",
            f"Brief: {self.brief or 'none was made.'}",
            f"Exported {self.stamp} ({CONTENT_LABELS[self.content]}).",
        ]
        if self.edited:
            count = "1 sentence" if self.edited == 1 else f"{self.edited} sentences"
            lines.append(f"{count} edited by the reader, marked ({EDITED}).")
        return lines

    @property
    def stamp(self) -> str:
        """The export time as a reader reads it, with its UTC offset."""
        offset = self.exported_at.strftime("%z")
        zone = "UTC" if offset in ("", "+0000") else f"UTC{offset[:3]}:{offset[3:]}"
        return f"{self.exported_at:%Y-%m-%d %H:%M} {zone}"


@dataclass(frozen=True)
class ExportView:
    """Everything one export shows, independent of its format.

    Attributes:
        title: The article's title.
        provenance: Where it came from.
        sections: The sections to render, in order: ``brief``, ``translation``, ``bilingual``.
        brief: The brief's sentences, in document order.
        brief_description: How the brief was made.
        key_terms: (label, terms) pairs for the brief: one, "Key terms", as the window shows them.
        blocks: Every block of the article that has sentences, with those sentences.
        document: The translated article it shows, for a format that records all of it.
        brief_missing: How many of the brief's sentences have no translation yet (a cancelled
            translation); they are left out of ``brief``, never shown in Dutch as the brief.
    """

    title: str
    provenance: Provenance
    sections: tuple[str, ...]
    brief: tuple[Row, ...]
    brief_description: str
    key_terms: tuple[tuple[str, tuple[ReaderTerm, ...]], ...]
    blocks: tuple[BlockRows, ...]
    document: TranslatedArticle
    brief_missing: int = 0

    @property
    def brief_incomplete(self) -> str | None:
        """A line saying which of the brief is left out, untranslated; None when it is whole."""
        missing = self.brief_missing
        if not missing:
            return None
        total = missing + len(self.brief)
        return (
            f"Incomplete: {missing} of the brief's {total} sentences "
            f"{'is' if missing == 1 else 'are'} not translated yet and left out. "
            "Translate the article to complete it."
        )


def build_view(
    document: TranslatedArticle, content: str = DEFAULT_CONTENT, now: datetime | None = None
) -> ExportView:
    """Decide what an export of this document holds.

    Args:
        document: The translated article.
        content: A key of CONTENT_LABELS.
        now: The export time; the current local time if omitted.

    Returns:
        The view every writer renders.

    Raises:
        ExportError: The content is unknown, or a brief-only export has no brief to show: none
            was made, or none of its sentences is translated yet.
    """
    check_content(content)
    brief = document.brief
    if content == "brief" and brief is None:
        raise ExportError("export.no_brief")
    rows = [_row(document, sentence.index) for sentence in document.sentences]
    chosen = [rows[i] for i in brief.indices] if brief is not None else []
    translated = tuple(row for row in chosen if row.translation is not None)
    if content == "brief" and chosen and not translated:
        raise ExportError("export.brief_untranslated")
    blocks = tuple(
        BlockRows(block, document.article.blocks[block].kind, tuple(rows[s.index] for s in group))
        for block, group in groupby(document.sentences, key=lambda s: s.block)
    )
    return ExportView(
        title=printable(document.article.title),
        provenance=_provenance(document, content, now),
        sections=SECTIONS[content],
        brief=translated,
        brief_description=printable(brief.describe())
        if brief is not None
        else "No brief was made.",
        key_terms=_key_terms(document),
        blocks=blocks,
        document=document,
        brief_missing=len(chosen) - len(translated),
    )


def check_content(content: str) -> None:
    """Refuse a content choice Kernpunt does not know, with a message for the reader."""
    if content not in CONTENT_LABELS:
        raise ExportError("export.unknown_content", content=content, known=", ".join(CONTENTS))


def printable(text: str) -> str:
    """Replace the characters no export format can hold with spaces, keeping every offset."""
    return _NOT_XML.sub(" ", text)


def runs(blocks: tuple[BlockRows, ...]) -> Iterator[tuple[str, list[BlockRows]]]:
    """Group consecutive blocks of the same kind, so list items form one list."""
    for kind, group in groupby(blocks, key=lambda block: block.kind):
        items = list(group)
        if kind == "list_item":
            yield kind, items
        else:
            for block in items:
                yield kind, [block]


def joined(rows: tuple[Row, ...], mark: str = "") -> str:
    """A block's translation as one run of text, with ``mark`` after every edited sentence."""
    return " ".join(row.shown + (mark if row.edited else "") for row in rows)


def _row(document: TranslatedArticle, index: int) -> Row:
    translations = document.translations
    translation = translations[index] if index < len(translations) else None
    if translation is not None:
        translation = printable(translation)
    source = printable(document.sentences[index].text)
    return Row(index, source, translation, index in document.edited)


def _provenance(document: TranslatedArticle, content: str, now: datetime | None) -> Provenance:
    article, package, brief = document.article, document.package, document.brief
    source: Path | None = article.source
    return Provenance(
        source_file=printable(source.name) if source is not None else None,
        date=printable(article.date) if article.date is not None else None,
        model_code=printable(package.code) if package is not None else None,
        model_version=printable(package.version) if package is not None else None,
        mode=document.mode,
        brief=printable(brief.describe()) if brief is not None else None,
        brief_method=printable(brief.method_label) if brief is not None else None,
        exported_at=_local(now),
        content=content,
        edited=len(document.edited),
        language=None if article.looks_dutch else article.language,
    )


def _local(now: datetime | None) -> datetime:
    """The export time with its time zone: the local one unless the caller gave another."""
    if now is None or now.tzinfo is None:
        return (now or datetime.now()).astimezone()
    return now


def _key_terms(document: TranslatedArticle) -> tuple[tuple[str, tuple[ReaderTerm, ...]], ...]:
    """One list, "Key terms", the same the window shows: English once the translation is whole."""
    from kernpunt.core.brief.keyterms import brief_terms

    brief = document.brief
    if brief is None:
        return ()
    terms = brief_terms(brief.key_terms, brief.language, document.key_terms, document.translations)
    if not terms:
        return ()
    return (("Key terms", tuple(replace(term, text=printable(term.text)) for term in terms)),)
