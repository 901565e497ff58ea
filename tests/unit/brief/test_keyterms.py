from pathlib import Path

import pytest

from kernpunt.core.brief.keyterms import DEFAULT_COUNT, key_terms
from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.core.formats.article import read_article
from kernpunt.core.text.segment import segment

ENGLISH = [
    "NATO foreign ministers sharpened their tone against Russia at a summit in Brussels.",
    "Secretary General Jens Stoltenberg spoke of Russia's repressive behaviour at home.",
    "Stoltenberg called for the release of Kremlin critic Alexei Navalny.",
    "The foreign ministers also condemned Russian disinformation campaigns.",
    "Stoltenberg said NATO remains open to dialogue with Russia.",
]


def sample_sentences(sample: Path) -> list[str]:
    return [sentence.text for sentence in segment(read_article(sample))]


def test_the_sample_article_is_about_nato_stoltenberg_and_russia(sample: Path) -> None:
    terms = key_terms(sample_sentences(sample), "nl")
    texts = [term.text for term in terms]
    assert 5 <= len(terms) <= DEFAULT_COUNT
    assert set(texts[:3]) == {"Rusland", "Jens Stoltenberg", "NAVO"}, texts
    scores = [term.score for term in terms]
    assert scores == sorted(scores, reverse=True)


def test_terms_point_at_the_sentences_they_occur_in(sample: Path) -> None:
    sentences = sample_sentences(sample)
    for term in key_terms(sentences, "nl"):
        assert list(term.sentences) == sorted(set(term.sentences))
        last_word = term.text.split()[-1].lower()
        assert all(last_word in sentences[i].lower() for i in term.sentences), term


def test_a_surname_counts_for_the_full_name() -> None:
    terms = key_terms(ENGLISH, "en")
    stoltenberg = next(term for term in terms if "Stoltenberg" in term.text)
    assert stoltenberg.text == "Jens Stoltenberg"
    assert stoltenberg.sentences == (1, 2, 4)
    assert sum("Stoltenberg" in term.text for term in terms) == 1


def test_english_terms_and_repeated_pairs() -> None:
    texts = [term.text for term in key_terms(ENGLISH, "english")]
    assert "NATO" in texts and "Russia" in texts
    assert "foreign ministers" in texts, "a pair of words that recurs is one term"
    assert "ministers" not in texts, "and its words are not repeated on their own"


def test_count_is_honoured(sample: Path) -> None:
    assert len(key_terms(sample_sentences(sample), "nl", count=3)) == 3


@pytest.mark.parametrize(
    "sentences",
    [[], ["..."], ["De het een.", "En of maar."], ["Wij zij het, ook nog al!"]],
)
def test_texts_without_content_have_no_terms(sentences: list[str]) -> None:
    assert key_terms(sentences, "nl") == ()


def test_all_capitals_text_gives_words_not_false_names() -> None:
    shouting = [sentence.upper() for sentence in ENGLISH]
    texts = [term.text.lower() for term in key_terms(shouting, "en")]
    assert "russia" in texts and "nato" in texts
    assert all(" " not in text or text == "foreign ministers" for text in texts), texts


def test_cancel_stops_it() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        key_terms(ENGLISH, "en", cancel=token)
