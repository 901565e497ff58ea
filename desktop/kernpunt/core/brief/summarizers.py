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
from typing import Any

from kernpunt.core.brief import ranking
from kernpunt.core.brief.ranking import Unrankable
from kernpunt.core.text.stopwords import language_name, stop_words

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")

# Edmundson's location score for news: the lead sentence gets LEAD_WEIGHT, and the weight halves
# every LEAD_HALF_LIFE sentences, so the opening of an inverted pyramid counts most while a later
# sentence dense with the article's key words and title words can still be chosen.
LEAD_WEIGHT = 3.0
LEAD_HALF_LIFE = 2.0


# The methods that compare every pair of sentences, scored with numpy (module docstring).
RANKED = frozenset({"lexrank", "textrank", "reduction", "lsa"})


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


def choose(method: str, units: Sequence[Unit], count: int, language: str) -> list[int]:
    """Let one of sumy's methods choose sentences.

    Args:
        method: A key of ``kernpunt.core.brief.choose.METHODS``.
        units: The sentences and headings, in document order, with distinct texts.
        count: How many sentences to choose.
        language: ``dutch`` or ``english``.

    Returns:
        Positions in ``units`` of the chosen sentences, in document order.

    Raises:
        DegenerateText: The method cannot rank this text.
    """
    import numpy

    name = language_name(language)
    if method in RANKED:
        try:
            with numpy.errstate(all="raise"):
                return _ranked(method, units, count, name)
        except (FloatingPointError, Unrankable) as error:
            raise DegenerateText(_reason(error)) from error

    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = WordTokenizer(name)
    wrapped = [SumySentence(unit.text, tokenizer, unit.heading) for unit in units]
    paragraphs: dict[int, list[Any]] = {}
    for unit, sentence in zip(units, wrapped, strict=True):
        paragraphs.setdefault(unit.paragraph, []).append(sentence)
    document = ObjectDocumentModel([Paragraph(group) for group in paragraphs.values()])
    summarizer = _summarizer(method, name, stop_words(name), document)
    # Degenerate matrices (no shared words, all-zero rows) would only warn and give NaN ranks.
    try:
        with numpy.errstate(all="raise"):
            chosen = summarizer(document, count)
    except (FloatingPointError, ZeroDivisionError, numpy.linalg.LinAlgError) as error:
        raise DegenerateText("its sentences share too few words") from error
    # sumy compares sentences by text; identity maps each choice back to its own position.
    positions = {id(sentence): k for k, sentence in enumerate(wrapped)}
    return sorted({positions[id(sentence)] for sentence in chosen})


def _ranked(method: str, units: Sequence[Unit], count: int, language: str) -> list[int]:
    """Score the sentences with ``ranking`` in the order sumy would see them, and choose."""
    # sumy's document lists sentences paragraph by paragraph, in order of first appearance.
    first: dict[int, int] = {}
    for unit in units:
        first.setdefault(unit.paragraph, len(first))
    order = sorted(range(len(units)), key=lambda k: first[units[k].paragraph])
    stops = frozenset(word.lower() for word in stop_words(language))
    stem = _stemmer(language)
    lowered = [[word.lower() for word in words(units[k].text)] for k in order]
    stems = [[stem(word) for word in sentence if word not in stops] for sentence in lowered]
    if method == "lsa":
        scores = ranking.lsa(stems, [[stem(word) for word in sentence] for sentence in lowered])
    elif method == "lexrank":
        scores = ranking.lexrank(stems)
    elif method == "textrank":
        scores = ranking.textrank(stems)
    else:
        scores = ranking.reduction(stems)
    return sorted(order[k] for k in ranking.best(scores, count))


def _reason(error: Exception) -> str:
    return str(error) if isinstance(error, Unrankable) else "its sentences share too few words"


def _stemmer(language: str) -> Callable[[str], str]:
    from sumy.nlp.stemmers import Stemmer

    # Every method stems each word of each sentence, often more than once: remember the stems.
    stemmer: Callable[[str], str] = lru_cache(maxsize=65_536)(Stemmer(language))
    return stemmer


def import_methods() -> None:
    """Import sumy's summarizers, and NLTK with them, ahead of the first brief."""
    _classes()


def _summarizer(method: str, language: str, stops: frozenset[str], document: Any) -> Any:
    summarizer = _classes()[method](_stemmer(language))
    if method == "edmundson":
        summarizer.null_words = stops
        summarizer.bonus_words = {
            word.lower() for word in document.words if word.lower() not in stops
        }
    else:
        summarizer.stop_words = stops
    return summarizer


@cache
def _classes() -> dict[str, Any]:
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer

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
        neither language, so it is left out.
        """

        def __init__(self, stemmer: Any) -> None:
            super().__init__(stemmer, cue_weight=0.0, key_weight=1.0)

        def _build_location_method_instance(self) -> LeadLocation:
            return LeadLocation()

    class FastLuhn(LuhnSummarizer):  # type: ignore[misc]
        """sumy's Luhn, looking significant words up in a set rather than a tuple."""

        def _get_significant_words(self, words: Any) -> frozenset[str]:
            return frozenset(super()._get_significant_words(words))

    class BoundedKL(KLSummarizer):  # type: ignore[misc]
        """KL-Sum that stops once the brief's sentences are chosen."""

        picks = 0

        def __call__(self, document: Any, sentences_count: int) -> Any:
            self.picks = sentences_count
            return super().__call__(document, sentences_count)

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

    class BoundedSumBasic(SumBasicSummarizer):  # type: ignore[misc]
        """SumBasic that stops once the brief's sentences are chosen."""

        picks = 0

        def __call__(self, document: Any, sentences_count: int) -> Any:
            self.picks = sentences_count
            return super().__call__(document, sentences_count)

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

    return {
        "luhn": FastLuhn,
        "edmundson": NewsEdmundson,
        "kl": BoundedKL,
        "sumbasic": BoundedSumBasic,
    }
