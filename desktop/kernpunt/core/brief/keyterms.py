"""Key terms: the handful of names and words that characterise an article.

A small, offline scoring in the spirit of YAKE, tuned for news: names ("Jens Stoltenberg"),
acronyms ("NAVO") and content words are counted over the sentences they occur in, weighted by kind
and by how early they first appear; stop words come from ``kernpunt.core.text.stopwords`` and
content words are grouped by their Snowball stem. A surname alone ("Stoltenberg") counts for the
full name the article introduced.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from kernpunt.core.cancel import CancelToken
from kernpunt.core.text.stopwords import language_name, stop_words

DEFAULT_COUNT = 7

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_POSSESSIVE = re.compile(r"['’]s$")
# Name particles that may stand between capitalised words: "Augustus De Morgan", "Van der Bellen".
_PARTICLES = frozenset({"van", "de", "der", "den", "ten", "ter", "von", "du", "la", "le", "of"})
# Titles that precede a name with a capital (in English; Dutch writes them in lower case except
# at the start of a sentence).
_TITLE_WORDS = """
    secretary general president prime minister chancellor king queen prince princess mr mrs ms
    dr sir lord pope senator governor mayor premier commissioner ambassador foreign defence
    koning koningin prins prinses staatssecretaris burgemeester kanselier minister-president
    secretaris-generaal generaal kolonel paus
"""
_TITLES = frozenset(_TITLE_WORDS.split())
_NAME_WEIGHT = 1.6
_ACRONYM_WEIGHT = 1.6
_WORD_WEIGHT = 1.0
_PAIR_WEIGHT = 1.3
_MIN_WORD_LENGTH = 3


@dataclass(frozen=True)
class KeyTerm:
    """A term that characterises a text.

    Attributes:
        text: The term as the text writes it: "Jens Stoltenberg", "NAVO", "dialoog".
        score: Its weight; higher is more characteristic.
        sentences: The indices of the sentences it occurs in, in document order.
    """

    text: str
    score: float
    sentences: tuple[int, ...]


@dataclass
class _Tally:
    kind: str  # "name", "acronym", "word" or "pair"
    forms: dict[str, int] = field(default_factory=dict)
    sentences: list[int] = field(default_factory=list)
    count: int = 0

    def add(self, form: str, sentence: int) -> None:
        self.forms[form] = self.forms.get(form, 0) + 1
        self.count += 1
        if not self.sentences or self.sentences[-1] != sentence:
            self.sentences.append(sentence)

    @property
    def text(self) -> str:
        return max(self.forms, key=lambda form: (self.forms[form], len(form)))


def key_terms(
    sentences: Sequence[str],
    language: str = "dutch",
    count: int = DEFAULT_COUNT,
    cancel: CancelToken | None = None,
) -> tuple[KeyTerm, ...]:
    """Find the terms that characterise a text.

    Args:
        sentences: The text's sentences, in document order.
        language: ``nl``/``dutch`` or ``en``/``english``.
        count: At most this many terms.
        cancel: Checked before the work starts and before scoring.

    Returns:
        The terms, most characteristic first; fewer (or none) when the text has few words.

    Raises:
        Cancelled: The cancel token was set.
    """
    if cancel is not None:
        cancel.raise_if_cancelled()
    name = language_name(language)
    stops = stop_words(name)
    tokenized = [_TOKEN.findall(sentence) for sentence in sentences]
    shouting = _is_shouting(tokenized)
    capitalised = set() if shouting else _capitalised_inside(tokenized)
    stem = _stemmer(name)
    tallies: dict[tuple[str, str], _Tally] = {}
    for index, tokens in enumerate(tokenized):
        _count_sentence(tokens, index, stops, capitalised, shouting, stem, tallies)
    if cancel is not None:
        cancel.raise_if_cancelled()
    _fold_surnames(tallies)
    return _best(tallies, len(sentences), count)


def _is_shouting(tokenized: list[list[str]]) -> bool:
    """Whether the text is written in capitals, so capitals say nothing about names."""
    letters = [token for tokens in tokenized for token in tokens if token[0].isalpha()]
    upper = sum(token.isupper() and len(token) > 1 for token in letters)
    return bool(letters) and upper > len(letters) / 2


def _capitalised_inside(tokenized: list[list[str]]) -> set[str]:
    """Words written with a capital somewhere other than at the start of a sentence."""
    found = set()
    for tokens in tokenized:
        for position, token in enumerate(tokens):
            if position > _first_word(tokens) and token[0].isupper():
                found.add(token)
    return found


def _first_word(tokens: list[str]) -> int:
    return next((k for k, token in enumerate(tokens) if token[0].isalnum()), len(tokens))


def _count_sentence(
    tokens: list[str],
    index: int,
    stops: frozenset[str],
    capitalised: set[str],
    shouting: bool,
    stem: Callable[[str], str],
    tallies: dict[tuple[str, str], _Tally],
) -> None:
    first = _first_word(tokens)
    name: list[str] = []
    previous_word: str | None = None
    for position, token in enumerate([*tokens, "."]):
        is_word = token[0].isalnum()
        lower = token.lower()
        if is_word and _is_name_part(token, position == first, capitalised, shouting, name):
            name.append(token)
            previous_word = None
            continue
        _close_name(name, index, stops, tallies)
        name = []
        head = token.split("-")[0]
        if is_word and not shouting and _is_acronym(head) and lower not in stops:
            _tally(tallies, ("acronym", head), "acronym").add(head, index)
        acronym = not shouting and _is_acronym(token)
        if not is_word or lower in stops or not _is_content(token) or acronym:
            previous_word = None
            continue
        _tally(tallies, ("word", stem(lower)), "word").add(lower, index)
        if previous_word is not None:
            pair = f"{previous_word} {lower}"
            _tally(tallies, ("pair", pair), "pair").add(pair, index)
        previous_word = lower


def _is_name_part(
    token: str, initial: bool, capitalised: set[str], shouting: bool, name: list[str]
) -> bool:
    if shouting or _is_acronym(token.split("-")[0]):
        return False  # acronyms are terms of their own
    if token.lower() in _PARTICLES:
        return bool(name)  # only inside a name; a trailing particle is dropped on closing
    if not token[0].isupper():
        return False
    return not initial or token in capitalised


def _close_name(
    name: list[str], index: int, stops: frozenset[str], tallies: dict[tuple[str, str], _Tally]
) -> None:
    while name and name[-1].lower() in _PARTICLES:
        name.pop()
    # "In De Morgan's ..." starts a sentence, "Secretary General Jens Stoltenberg" a title.
    while len(name) > 1 and (name[0].lower() in _TITLES or name[0].lower() in stops):
        if name[0].lower() in _PARTICLES:
            break
        name.pop(0)
    if not name or (len(name) == 1 and name[0].lower() in stops):
        return
    text = _POSSESSIVE.sub("", " ".join(name))
    _tally(tallies, ("name", text), "name").add(text, index)


def _is_acronym(token: str) -> bool:
    return len(token) > 1 and token.isupper() and token.isalpha()


def _is_content(token: str) -> bool:
    return len(token) >= _MIN_WORD_LENGTH and not any(char.isdigit() for char in token)


def _tally(tallies: dict[tuple[str, str], _Tally], key: tuple[str, str], kind: str) -> _Tally:
    tally = tallies.get(key)
    if tally is None:
        tally = tallies[key] = _Tally(kind)
    return tally


def _fold_surnames(tallies: dict[tuple[str, str], _Tally]) -> None:
    """Count "Stoltenberg" for "Jens Stoltenberg" when the article introduced him so.

    A name that ends another, longer name ("De Morgan", "Augustus De Morgan") is folded into the
    most frequent such name.
    """
    full_names = sorted(
        (tally for key, tally in tallies.items() if key[0] == "name" and " " in key[1]),
        key=lambda tally: -tally.count,
    )
    for key in sorted((key for key in tallies if key[0] == "name"), key=lambda k: len(k[1])):
        words = key[1].split()
        owner = next(
            (t for t in full_names if _is_suffix(words, t.text.split()) and t is not tallies[key]),
            None,
        )
        if owner is not None:
            single = tallies.pop(key)
            owner.count += single.count
            owner.sentences = sorted({*owner.sentences, *single.sentences})
    # A name's words also count as content words; drop those to keep one entry per name.
    name_words = {
        word.lower()
        for key, tally in tallies.items()
        if key[0] == "name"
        for word in key[1].split()
    }
    for key in [key for key, tally in tallies.items() if key[0] == "word"]:
        if set(tallies[key].forms) <= name_words:
            del tallies[key]


def _is_suffix(words: list[str], name: list[str]) -> bool:
    return len(words) < len(name) and name[-len(words) :] == words


def _best(tallies: dict[tuple[str, str], _Tally], total: int, count: int) -> tuple[KeyTerm, ...]:
    weights = {
        "name": _NAME_WEIGHT,
        "acronym": _ACRONYM_WEIGHT,
        "word": _WORD_WEIGHT,
        "pair": _PAIR_WEIGHT,
    }
    scored = []
    for tally in tallies.values():
        if tally.kind == "pair" and len(tally.sentences) < 2:
            continue  # a pair of words seen once is a phrase, not a term
        spread = len(tally.sentences) + 0.5 * (tally.count - len(tally.sentences))
        early = 1.0 + 0.5 * (1.0 - tally.sentences[0] / max(1, total))
        multiword = 1.2 if tally.kind == "name" and " " in tally.text else 1.0
        score = spread * weights[tally.kind] * early * multiword
        scored.append(KeyTerm(tally.text, round(score, 3), tuple(tally.sentences)))
    scored.sort(key=lambda term: (-term.score, term.sentences[0], term.text))
    chosen: list[KeyTerm] = []
    for term in scored:
        if len(chosen) == count:
            break
        if not any(_covers(other.text, term.text) for other in chosen):
            chosen.append(term)
    return tuple(chosen)


def _covers(longer: str, shorter: str) -> bool:
    """Whether a chosen term already says what another does ("foreign ministers", "ministers")."""
    return set(shorter.lower().split()) <= set(longer.lower().split())


def _stemmer(language: str) -> Callable[[str], str]:
    # sumy's Stemmer is NLTK's Snowball stemmer, which needs no NLTK data files.
    from sumy.nlp.stemmers import Stemmer

    stem: Callable[[str], str] = Stemmer(language)
    return stem


@dataclass(frozen=True)
class ReaderTerm:
    """A key term as the reader sees it: in English once the translation says it.

    Attributes:
        text: The term to show: the translation's words for it ("NATO"), or the original's
            ("NAVO") while there is no complete translation or no counterpart was found.
        original: The term in the original, for a tooltip ("NAVO").
        sentences: The indices of the original's sentences it occurs in.
        translated: Whether ``text`` comes from the translation.
    """

    text: str
    original: str
    sentences: tuple[int, ...]
    translated: bool = False


# How many English candidates to look among for each Dutch term: the translation ranks its terms
# a little differently, so the counterpart of the seventh Dutch term may be the twelfth English.
CANDIDATES_PER_TERM = 4
# The least share of sentences a Dutch term and its English counterpart must have in common.
MIN_OVERLAP = 0.5


def reader_terms(
    original: Sequence[KeyTerm],
    translations: Sequence[str | None],
    cancel: CancelToken | None = None,
) -> tuple[ReaderTerm, ...]:
    """The key terms for the window and every export, in English where the translation allows.

    Sentence ``i`` of the translation translates sentence ``i`` of the original, so a term's
    counterpart is the English term found in (nearly) the same sentences: "NAVO" in sentences
    0, 1 and 9 is "NATO" in sentences 0, 1 and 9. Until every sentence is translated the terms
    stay as the original writes them.

    Args:
        original: The original's key terms (Dutch), most characteristic first.
        translations: One translation per sentence of the original; None where there is none.
        cancel: Checked before the English terms are found.

    Returns:
        One term per original term, in the same order.

    Raises:
        Cancelled: The cancel token was set.
    """
    if not original:
        return ()
    if not translations or any(text is None for text in translations):
        return tuple(ReaderTerm(term.text, term.text, term.sentences) for term in original)
    if cancel is not None:
        cancel.raise_if_cancelled()
    texts = tuple(text or "" for text in translations)
    return pair_terms(original, _english_terms(texts, len(original) * CANDIDATES_PER_TERM))


@functools.lru_cache(maxsize=2)
def _english_terms(translations: tuple[str, ...], count: int) -> tuple[KeyTerm, ...]:
    # The window and an export of the same article ask for the same terms; a long article's
    # take a third of a second to find.
    return key_terms(translations, "english", count=count)


def brief_terms(
    terms: Sequence[KeyTerm],
    language: str,
    original: Sequence[KeyTerm],
    translations: Sequence[str | None],
) -> tuple[ReaderTerm, ...]:
    """The terms shown with a brief, the same in the window and every export.

    Args:
        terms: The brief's own key terms.
        language: The language the brief was chosen in: ``dutch`` or ``english``.
        original: The original's key terms, for a brief chosen on the translation.
        translations: One translation per sentence of the original.
    """
    dutch = terms if language == "dutch" else original
    if dutch:
        return reader_terms(dutch, translations)
    return tuple(ReaderTerm(t.text, t.text, t.sentences, translated=True) for t in terms)


def pair_terms(original: Sequence[KeyTerm], english: Sequence[KeyTerm]) -> tuple[ReaderTerm, ...]:
    """Give each original term the English term that occurs in the most of the same sentences.

    Each English term serves one original term at most; an original term without a counterpart
    sharing at least MIN_OVERLAP of their sentences keeps its own words.
    """
    used: set[str] = set()
    paired = []
    for term in original:
        sentences = set(term.sentences)
        best: tuple[float, bool, float] | None = None
        match: KeyTerm | None = None
        for candidate in english:
            if candidate.text in used:
                continue
            other = set(candidate.sentences)
            overlap = len(sentences & other) / len(sentences | other)
            rank = (overlap, candidate.text.lower() == term.text.lower(), candidate.score)
            if overlap >= MIN_OVERLAP and (best is None or rank > best):
                best, match = rank, candidate
        if match is None:
            paired.append(ReaderTerm(term.text, term.text, term.sentences))
        else:
            used.add(match.text)
            paired.append(ReaderTerm(match.text, term.text, term.sentences, translated=True))
    return tuple(paired)
