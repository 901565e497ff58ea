"""The brief: an extractive summary whose every sentence points back to its source sentence.

sumy's own tokenizer needs NLTK's ``punkt_tab`` data, which cannot be fetched offline; the brief
hands sumy Kernpunt's own sentences and a plain word tokenizer instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

DEFAULT_LENGTH = 3
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class Brief:
    """A brief of an article.

    Attributes:
        indices: The chosen sentences' indices, in document order.
        method: The summarization method that chose them.
    """

    indices: tuple[int, ...]
    method: str = "lexrank"

    @property
    def length(self) -> int:
        """The number of sentences in the brief."""
        return len(self.indices)


class _WordTokenizer:
    """The one part of sumy's tokenizer interface its summarizers use."""

    language = "english"

    @staticmethod
    def to_words(sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def make_brief(
    sentences: Sequence[str], length: int = DEFAULT_LENGTH, language: str = "english"
) -> Brief:
    """Choose the sentences that best summarise a text with LexRank.

    Args:
        sentences: The text's sentences, in document order.
        length: How many sentences the brief should have at most.
        language: sumy's name for the sentences' language, for stop words and stemming.

    Returns:
        The brief; empty when no sentence has words.
    """
    candidates = [i for i, text in enumerate(sentences) if _WORD.search(text)]
    if len(candidates) <= length:
        return Brief(tuple(candidates))
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = _WordTokenizer()
    wrapped = [SumySentence(sentences[i], tokenizer) for i in candidates]
    document = ObjectDocumentModel([Paragraph(wrapped)])
    summarizer = LexRankSummarizer(Stemmer(language))
    summarizer.stop_words = get_stop_words(language)
    chosen = summarizer(document, length)
    # sumy's Sentence compares by text; identity keeps two equal sentences apart.
    positions = {id(sentence): candidates[k] for k, sentence in enumerate(wrapped)}
    return Brief(tuple(sorted({positions[id(sentence)] for sentence in chosen})))
