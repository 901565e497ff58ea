"""A translated article: the sentences, their translations and the brief, linked by index."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # names for annotations only: the window imports this module at start-up
    from kernpunt.core.brief.choose import Brief
    from kernpunt.core.brief.keyterms import KeyTerm
    from kernpunt.core.cancel import CancelToken
    from kernpunt.core.formats.article import Article
    from kernpunt.core.models.packages import InstalledPackage
    from kernpunt.core.text.segment import Sentence


@dataclass
class TranslatedArticle:
    """Everything Kernpunt knows about one article after translating it.

    Attributes:
        article: The original article.
        sentences: Its sentences; sentence ``i`` is translated by ``translations[i]``.
        translations: One translation per sentence; None where none was made (cancelled).
        brief: The brief, chosen among the sentences, if one was made.
        package: The model that translated it.
        key_terms: The terms that characterise the original (Dutch).
        translated_key_terms: The terms that characterise the translation (English), once it
            is complete.
        edited: Indices of the sentences whose translation the reader wrote or changed.
        mode: How it was translated: ``quality`` (beam search) or ``fast`` (greedy); None when
            not known.
    """

    article: Article
    sentences: tuple[Sentence, ...]
    translations: list[str | None] = field(default_factory=list)
    brief: Brief | None = None
    package: InstalledPackage | None = None
    key_terms: tuple[KeyTerm, ...] = ()
    translated_key_terms: tuple[KeyTerm, ...] = ()
    edited: frozenset[int] = frozenset()
    mode: str | None = None

    @classmethod
    def untranslated(cls, article: Article, sentences: Iterable[Sentence]) -> TranslatedArticle:
        """An article read and segmented, with no translation yet but its code, shown as is."""
        sentences = tuple(sentences)
        document = cls(article, sentences, [None] * len(sentences))
        for index in document.verbatim:
            document.translations[index] = sentences[index].text
        return document

    @property
    def verbatim(self) -> frozenset[int]:
        """The sentences shown as they are and never translated or briefed: code."""
        from kernpunt.core.formats.base import VERBATIM_KINDS

        blocks = self.article.blocks
        return frozenset(
            sentence.index
            for sentence in self.sentences
            if blocks[sentence.block].kind in VERBATIM_KINDS
        )

    @property
    def complete(self) -> bool:
        """Whether every sentence has a translation."""
        return len(self.translations) == len(self.sentences) and all(
            translation is not None for translation in self.translations
        )

    def set_translation(self, index: int, text: str | None) -> bool:
        """Put the model's translation of one sentence in place, unless the reader wrote it.

        Returns:
            Whether the sentence changed.
        """
        if index in self.edited or self.translations[index] == text:
            return False
        self.translations[index] = text
        return True

    def edit(self, index: int, text: str) -> None:
        """Replace one sentence's translation with the reader's own; it is kept from now on."""
        self.translations[index] = text
        self.edited = self.edited | {index}

    def start_over(self) -> list[int]:
        """Forget the model's translations and the brief; keep the reader's edits.

        Returns:
            The sentences whose translation was dropped.
        """
        kept = self.edited | self.verbatim
        dropped = [
            index
            for index, text in enumerate(self.translations)
            if text is not None and index not in kept
        ]
        for index in dropped:
            self.translations[index] = None
        self.brief = None
        return dropped

    def snapshot(self) -> TranslatedArticle:
        """A copy to hand to a worker: later changes to this one do not reach it."""
        return replace(self, translations=list(self.translations))


def segmented(article: Article, cancel: CancelToken | None = None) -> TranslatedArticle:
    """An article cut into its sentences, once, with nothing translated yet.

    This is the state every path translates: the window makes it as it reads an article and
    hands ``translate_article`` a snapshot of it; the command line and a batch make it too.

    Raises:
        Cancelled: The cancel token was set.
    """
    from kernpunt.core.text.segment import segment

    return TranslatedArticle.untranslated(article, segment(article, "nl", cancel=cancel))
