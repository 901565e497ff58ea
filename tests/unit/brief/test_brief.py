from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kernpunt.core.brief.choose import (
    LEAD,
    MAX_SENTENCES,
    METHODS,
    Brief,
    BriefError,
    BriefLength,
    make_brief,
)
from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.core.formats.article import read_article
from kernpunt.core.text.segment import segment

LONG_SAMPLE = Path(__file__).resolve().parents[2] / "data/lassy-long-5k-words.nl.txt"

ENGLISH = [
    "NATO foreign ministers sharpened their tone against Russia at a two-day summit in Brussels.",
    "Secretary General Jens Stoltenberg spoke of Russia's repressive behaviour at home.",
    "He called for the release of Kremlin critic Alexei Navalny.",
    "The weather in Brussels was grey and cold.",
    "The allies also condemned Russian disinformation campaigns against Western countries.",
    "Russia is developing militarily from the Baltic to the Black Sea, the ministers said.",
    "Stoltenberg said NATO remains open to dialogue with Russia.",
    "The NATO-Russia Council has not met for almost two years.",
    "Lunch was served at noon.",
    "The ministers discussed relations with Russia in a physical meeting.",
]

ODD_TEXTS = {
    "empty": [],
    "one sentence": ["Stoltenberg sprak in Brussel over Rusland."],
    "no punctuation": [
        "de ministers van buitenlandse zaken van de navo spraken in brussel over rusland en "
        "over de dialoog met moskou die al jaren stilligt zonder dat iemand weet waarom"
    ],
    "all capitals": [sentence.upper() for sentence in ENGLISH],
    "stop words only": ["De het een.", "En of maar.", "Wij zij het.", "Ook nog al."],
    "identical sentences": ["Rusland werd besproken."] * 8,
    "punctuation only": ["...", "!!!", "?"],
}


def dutch_sample(sample: Path) -> list[str]:
    return [sentence.text for sentence in segment(read_article(sample))]


def assert_well_formed(brief: Brief, total: int, most: int) -> None:
    assert list(brief.indices) == sorted(set(brief.indices)), "document order, each once"
    assert all(0 <= index < total for index in brief.indices)
    assert brief.size <= most


@pytest.mark.parametrize("method", list(METHODS))
def test_every_method_gives_three_sentences_in_document_order(method: str, sample: Path) -> None:
    sentences = dutch_sample(sample)
    brief = make_brief(sentences, 3, "nl", method=method)
    assert brief.size == 3
    assert_well_formed(brief, len(sentences), 3)
    assert (brief.method, brief.language, brief.length) == (method, "dutch", BriefLength(3))
    assert brief.requested_method is None and brief.note is None


def test_lexrank_is_the_default_and_prefers_the_central_sentences() -> None:
    brief = make_brief(ENGLISH)
    assert brief.method == "lexrank" and brief.size == 3
    assert 3 not in brief.indices and 8 not in brief.indices, "off-topic sentences stay out"


def test_edmundson_prefers_the_lead(sample: Path) -> None:
    sentences = dutch_sample(sample)
    assert 0 in make_brief(sentences, 3, "nl", method="edmundson").indices
    # The same sentences in reverse: the former last sentence now leads, and is chosen.
    reverse = make_brief(sentences[::-1], 3, "nl", method="edmundson")
    assert 0 in reverse.indices
    lead_free = make_brief(sentences[1:] + sentences[:1], 3, "nl", method="edmundson")
    assert 0 in lead_free.indices, "whatever sentence opens the text is weighed up"


@pytest.mark.parametrize("method", list(METHODS))
@pytest.mark.parametrize("case", list(ODD_TEXTS))
def test_odd_text_gives_a_sensible_brief(case: str, method: str) -> None:
    sentences = ODD_TEXTS[case]
    brief = make_brief(sentences, 3, "nl", method=method)
    assert_well_formed(brief, len(sentences), 3)
    if case in ("empty", "punctuation only"):
        assert brief.indices == () and brief.note and "no words" in brief.note
    elif case in ("one sentence", "no punctuation", "identical sentences"):
        assert brief.indices == (0,), "one sentence to say, said once"
    elif case == "stop words only":
        assert brief.indices == (0, 1, 2) and brief.method == LEAD
        assert brief.note and "common words" in brief.note
    else:
        assert brief.size == 3


def test_percentage_length(sample: Path) -> None:
    sentences = dutch_sample(sample)
    brief = make_brief(sentences, "20%", "nl")
    assert brief.size == 3, "20 % of 15 sentences"
    assert brief.length == BriefLength(20, percent=True)
    assert "20 %" in brief.describe()


def test_long_briefs_stay_bounded() -> None:
    sentences = [f"Zin {n} gaat over onderwerp {n} en thema {n * 7}." for n in range(200)]
    assert make_brief(sentences, "100%", "nl", method="luhn").size == MAX_SENTENCES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3", BriefLength(3)),
        (" 20 % ", BriefLength(20, percent=True)),
        ("7,5%", BriefLength(7.5, True)),
    ],
)
def test_lengths_as_a_reader_writes_them(text: str, expected: BriefLength) -> None:
    assert BriefLength.parse(text) == expected


@pytest.mark.parametrize("text", ["", "three", "0", "-3", "2.5", "150%", "0%", "26"])
def test_impossible_lengths_are_refused_clearly(text: str) -> None:
    with pytest.raises(BriefError, match="brief"):
        BriefLength.parse(text)


def test_length_counts() -> None:
    assert BriefLength(3).count(2) == 2
    assert BriefLength(10, percent=True).count(5) == 1, "at least one sentence"
    assert BriefLength(50, percent=True).count(1000) == MAX_SENTENCES
    assert str(BriefLength(1)) == "1 sentence" and str(BriefLength(5)) == "5 sentences"


def test_unknown_method_and_language_are_refused() -> None:
    with pytest.raises(BriefError, match="not a brief method"):
        make_brief(ENGLISH, method="bert")
    with pytest.raises(BriefError, match="Dutch and English"):
        make_brief(ENGLISH, language="fr")


def test_needs_no_nltk_data(monkeypatch: pytest.MonkeyPatch, sample: Path) -> None:
    import nltk

    with pytest.raises(LookupError):
        nltk.data.find("tokenizers/punkt_tab")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the brief must not load or download NLTK data")

    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.data, "load", refuse)
    for method in METHODS:
        assert make_brief(ENGLISH, 2, method=method).size == 2
        assert make_brief(dutch_sample(sample), 2, "nl", method=method).size == 2


def test_dutch_stemming_groups_word_forms() -> None:
    from sumy.nlp.stemmers import Stemmer

    stem = Stemmer("dutch")
    assert stem("bondgenoten") == stem("bondgenoot")
    assert stem("ministers") == stem("minister")


def test_equal_sentences_are_chosen_once() -> None:
    texts = ["Russia was discussed."] * 6 + ENGLISH
    brief = make_brief(texts, 4)
    assert brief.size == 4
    chosen = [texts[index].lower() for index in brief.indices]
    assert len(chosen) == len(set(chosen))


def test_headings_inform_edmundson_but_are_not_chosen() -> None:
    body = [
        "Het regende hard in Brussel.",
        "De lunch was om twaalf uur.",
        "Stoltenberg wil de dialoog openhouden.",
        "Er was koffie.",
    ]
    assert make_brief(body, 1, "nl", method="edmundson").indices == (0,), "the lead, unheaded"
    texts = ["Stoltenberg wil dialoog", *body]
    brief = make_brief(texts, 1, "nl", method="edmundson", headings={0}, paragraphs=[0, 1, 1, 1, 1])
    assert brief.indices == (3,), "the sentence that shares the heading's words"


def test_a_method_that_cannot_rank_the_text_gives_way() -> None:
    # Every word is in all sentences but one: LexRank's idf is zero everywhere.
    texts = ["Beta gamma delta.", "Alpha gamma delta.", "Alpha beta delta.", "Alpha beta gamma."]
    brief = make_brief(texts, 2, method="lexrank")
    assert brief.size == 2 and brief.method == "luhn"
    assert brief.note and brief.note.startswith("LexRank could not rank this text")


def test_a_cancelled_brief_stops() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        make_brief(ENGLISH, cancel=token)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(
            st.sampled_from(["Rusland", "de", "NAVO", "dialoog", "het", "Moskou", "."]), max_size=6
        ).map(" ".join),
        max_size=12,
    ),
    st.sampled_from(list(METHODS)),
    st.integers(min_value=1, max_value=5),
)
def test_any_text_gives_a_well_formed_brief(sentences: list[str], method: str, count: int) -> None:
    brief = make_brief(sentences, count, "nl", method=method)
    assert_well_formed(brief, len(sentences), count)


@pytest.mark.parametrize(
    ("method", "original"),
    [
        ("kl", "sumy.summarizers.kl.KLSummarizer"),
        ("sumbasic", "sumy.summarizers.sum_basic.SumBasicSummarizer"),
        ("luhn", "sumy.summarizers.luhn.LuhnSummarizer"),
    ],
)
def test_faster_methods_choose_what_sumy_chooses(method: str, original: str) -> None:
    import importlib

    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer

    from kernpunt.core.brief.summarizers import WordTokenizer
    from kernpunt.core.text.stopwords import stop_words

    sentences = [s.text for s in segment(read_article(LONG_SAMPLE))][:80]
    module, name = original.rsplit(".", 1)
    summarizer = getattr(importlib.import_module(module), name)(Stemmer("dutch"))
    summarizer.stop_words = stop_words("nl")
    tokenizer = WordTokenizer("dutch")
    wrapped = [SumySentence(text, tokenizer) for text in sentences]
    chosen = summarizer(ObjectDocumentModel([Paragraph(wrapped)]), 4)
    expected = tuple(sorted(sentences.index(str(sentence)) for sentence in chosen))
    assert make_brief(sentences, 4, "nl", method=method).indices == expected
