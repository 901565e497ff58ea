"""sumy's summarizers, run on Kernpunt's own sentences and word tokenizer.

sumy's ``Tokenizer`` needs NLTK's ``punkt_tab`` data, which no wheel ships and which cannot be
fetched offline; sumy only ever calls ``to_words`` on a tokenizer, so ours is a regular
expression. LexRank, TextRank, LSA and Reduction compare every pair of sentences; their scores
come from ``kernpunt.core.brief.ranking`` (numpy, sparse) instead of sumy's dense Python loops,
which took minutes on long texts. Of the others, KL-Sum and SumBasic stop once the brief's sentences
are chosen (sumy goes on until every sentence is ranked, quadratic in the text's length) and
Luhn looks words up in a set rather than a tuple. Every method chooses the sentences sumy would
choose. Edmundson gets a location method that suits news.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from kernpunt.core.brief import ranking
from kernpunt.core.brief.ranking import Unrankable
from kernpunt.core.text.stopwords import language_name, stop_words

if TYPE_CHECKING:
    from kernpunt.core.brief.ranking import Floats

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")

# Edmundson's location score for news: the lead sentence gets LEAD_WEIGHT, and the weight halves
# every LEAD_HALF_LIFE sentences, so the opening of an inverted pyramid counts most while a later
# sentence dense with the article's key words and title words can still be chosen.
LEAD_WEIGHT = 3.0
LEAD_HALF_LIFE = 2.0


class DegenerateText(Exception):  # noqa: N818 - a signal to choose another method
    """A method cannot rank these sentences meaningfully (e.g. too few distinct words)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Unit:
    """A sentence handed to sumy.

    Attributes:
        text: The sentence.
        paragraph: The paragraph (block) it belongs to.
        heading: Whether it is a heading; headings only inform Edmundson's title method.
    """

    text: str
    paragraph: int = 0
    heading: bool = False


def words(text: str) -> list[str]:
    """Split text into words the way the brief and the key terms see them."""
    return _WORD.findall(text)


class WordTokenizer:
    """The one part of sumy's tokenizer interface its summarizers use."""

    def __init__(self, language: str) -> None:
        self.language = language

    @staticmethod
    def to_words(sentence: str) -> tuple[str, ...]:
        """Return the sentence's words."""
        return tuple(_WORD.findall(sentence))


Ranker = Callable[[Sequence[Unit], int, str], list[int]]
"""A brief method's ranking: the sentences and headings in document order with distinct texts,
how many to choose, and ``dutch`` or ``english``; it returns the positions of the chosen
sentences in document order and raises DegenerateText when it cannot rank the text."""

Scores = Callable[[list[list[str]], list[list[str]]], "Floats"]


def lexrank(units: Sequence[Unit], count: int, language: str) -> list[int]:
    """LexRank, scored with numpy the way sumy scores it."""
    return _ranked(lambda stems, _all: ranking.lexrank(stems), units, count, language)


def textrank(units: Sequence[Unit], count: int, language: str) -> list[int]:
    """TextRank, scored with numpy the way sumy scores it."""
    return _ranked(lambda stems, _all: ranking.textrank(stems), units, count, language)


def reduction(units: Sequence[Unit], count: int, language: str) -> list[int]:
    """Reduction, scored with numpy the way sumy scores it."""
    return _ranked(lambda stems, _all: ranking.reduction(stems), units, count, language)


def lsa(units: Sequence[Unit], count: int, language: str) -> list[int]:
    """LSA, scored with numpy the way sumy scores it (its term frequencies count stop words)."""
    return _ranked(ranking.lsa, units, count, language)


def luhn(units: Sequence[Unit], count: int, language: str) -> list[int]:
    """Luhn as sumy ranks it, looking significant words up in a set."""
    return _by_sumy(_fast_luhn(), units, count, language)


def edmundson(units: Sequence[Unit], count: int, language: str) -> list[int]:
    """Edmundson as sumy ranks it, with a location method for news."""
    return _by_sumy(_news_edmundson(), units, count, language)


def kl(units: Sequence[Unit], count: int, language: str) -> list[int]:
    """KL-Sum as sumy ranks it, stopping once the brief's sentences are chosen."""
    return _by_sumy(_bounded_kl(), units, count, language)


def sumbasic(units: Sequence[Unit], count: int, language: str) -> list[int]:
    """SumBasic as sumy ranks it, stopping once the brief's sentences are chosen."""
    return _by_sumy(_bounded_sumbasic(), units, count, language)


def _by_sumy(kind: Any, units: Sequence[Unit], count: int, language: str) -> list[int]:
    """Let one of sumy's summarizer classes choose sentences."""
    import numpy
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    name = language_name(language)
    tokenizer = WordTokenizer(name)
    wrapped = [SumySentence(unit.text, tokenizer, unit.heading) for unit in units]
    paragraphs: dict[int, list[Any]] = {}
    for unit, sentence in zip(units, wrapped, strict=True):
        paragraphs.setdefault(unit.paragraph, []).append(sentence)
    document = ObjectDocumentModel([Paragraph(group) for group in paragraphs.values()])
    summarizer = kind(_stemmer(name))
    summarizer.stop_words = stop_words(name)
    # Degenerate matrices (no shared words, all-zero rows) would only warn and give NaN ranks.
    try:
        with numpy.errstate(all="raise"):
            chosen = summarizer(document, count)
    except (FloatingPointError, ZeroDivisionError, numpy.linalg.LinAlgError) as error:
        raise DegenerateText("its sentences share too few words") from error
    # sumy compares sentences by text; identity maps each choice back to its own position.
    positions = {id(sentence): k for k, sentence in enumerate(wrapped)}
    return sorted({positions[id(sentence)] for sentence in chosen})


def _ranked(score: Scores, units: Sequence[Unit], count: int, language: str) -> list[int]:
    """Score the sentences with ``ranking`` in the order sumy would see them, and choose.

    ``score`` gets every sentence's stems without stop words and with them.
    """
    import numpy

    name = language_name(language)
    # sumy's document lists sentences paragraph by paragraph, in order of first appearance.
    first: dict[int, int] = {}
    for unit in units:
        first.setdefault(unit.paragraph, len(first))
    order = sorted(range(len(units)), key=lambda k: first[units[k].paragraph])
    stops = frozenset(word.lower() for word in stop_words(name))
    stem = _stemmer(name)
    lowered = [[word.lower() for word in words(units[k].text)] for k in order]
    stems = [[stem(word) for word in sentence if word not in stops] for sentence in lowered]
    try:
        with numpy.errstate(all="raise"):
            scores = score(stems, [[stem(word) for word in sentence] for sentence in lowered])
            return sorted(order[k] for k in ranking.best(scores, count))
    except (FloatingPointError, Unrankable) as error:
        raise DegenerateText(_reason(error)) from error


def _reason(error: Exception) -> str:
    return str(error) if isinstance(error, Unrankable) else "its sentences share too few words"


def _stemmer(language: str) -> Callable[[str], str]:
    from sumy.nlp.stemmers import Stemmer

    # Every method stems each word of each sentence, often more than once: remember the stems.
    stemmer: Callable[[str], str] = lru_cache(maxsize=65_536)(Stemmer(language))
    return stemmer


def import_methods() -> None:
    """Import sumy's summarizers, and NLTK with them, ahead of the first brief."""
    for kind in (_fast_luhn, _news_edmundson, _bounded_kl, _bounded_sumbasic):
        kind()


class _StopsAtBrief:
    """Stops ranking once the brief's sentences are chosen (sumy ranks every sentence)."""

    picks = 0

    def __call__(self, document: Any, sentences_count: int) -> Any:
        self.picks = sentences_count
        return super().__call__(document, sentences_count)  # type: ignore[misc]


@cache
def _fast_luhn() -> Any:
    from sumy.summarizers.luhn import LuhnSummarizer

    class FastLuhn(LuhnSummarizer):  # type: ignore[misc]
        """Luhn as sumy ranks it, looking significant words up in a set rather than a tuple."""

        def _get_significant_words(self, words: Any) -> frozenset[str]:
            return frozenset(super()._get_significant_words(words))

    return FastLuhn


@cache
def _news_edmundson() -> Any:
    from sumy.summarizers.edmundson import EdmundsonSummarizer

    class LeadLocation:
        """Edmundson's location method for news: the earlier the sentence, the higher."""

        def rate_sentences(self, document: Any) -> dict[Any, float]:
            return {
                sentence: LEAD_WEIGHT * 0.5 ** (order / LEAD_HALF_LIFE)
                for order, sentence in enumerate(document.sentences)
            }

    class NewsEdmundson(EdmundsonSummarizer):  # type: ignore[misc]
        """Edmundson's key, title and location methods, with the location weighted to the lead.

        The cue method needs hand-made lists of bonus and stigma words, which exist for
        neither language, so it is left out. The key method's bonus words are the text's own
        words beyond the stop words.
        """

        stop_words: frozenset[str] = frozenset()

        def __init__(self, stemmer: Any) -> None:
            super().__init__(stemmer, cue_weight=0.0, key_weight=1.0)

        def __call__(self, document: Any, sentences_count: int) -> Any:
            stops = self.stop_words
            self.null_words = stops
            self.bonus_words = {w.lower() for w in document.words if w.lower() not in stops}
            return super().__call__(document, sentences_count)

        def _build_location_method_instance(self) -> LeadLocation:
            return LeadLocation()

    return NewsEdmundson


@cache
def _bounded_kl() -> Any:
    from sumy.summarizers.kl import KLSummarizer

    class BoundedKL(_StopsAtBrief, KLSummarizer):  # type: ignore[misc]
        """KL-Sum that stops once the brief's sentences are chosen."""

        def _compute_ratings(self, sentences: Sequence[Any]) -> dict[Any, float]:
            frequencies = self.compute_tf(sentences)
            ratings = dict.fromkeys(sentences, float("-inf"))
            remaining = list(sentences)
            content = [self._get_content_words_in_sentence(s) for s in sentences]
            summary: list[Any] = []
            while remaining and len(summary) < self.picks:
                summary_words = self._get_all_words_in_doc(summary)
                divergences = [
                    self._kl_divergence(self._joint_freq(words, summary_words), frequencies)
                    for words in content
                ]
                best = divergences.index(min(divergences))
                del content[best]
                sentence = remaining.pop(best)
                ratings[sentence] = -len(summary)
                summary.append(sentence)
            return ratings

    return BoundedKL


@cache
def _bounded_sumbasic() -> Any:
    from sumy.summarizers.sum_basic import SumBasicSummarizer

    class BoundedSumBasic(_StopsAtBrief, SumBasicSummarizer):  # type: ignore[misc]
        """SumBasic that stops once the brief's sentences are chosen."""

        def _compute_ratings(self, sentences: Sequence[Any]) -> dict[Any, float]:
            frequencies = self._compute_tf(sentences)
            ratings = dict.fromkeys(sentences, float("-inf"))
            remaining = list(sentences)
            content = [self._get_content_words_in_sentence(s) for s in sentences]
            for order in range(min(self.picks, len(remaining))):
                best = self._find_index_of_best_sentence(frequencies, content)
                ratings[remaining.pop(best)] = -order
                self._update_tf(frequencies, content.pop(best))
            return ratings

    return BoundedSumBasic
