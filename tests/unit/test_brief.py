from pathlib import Path

import pytest

from kernpunt.core.brief import make_brief

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


def test_brief_is_three_sentences_in_document_order() -> None:
    brief = make_brief(ENGLISH)
    assert brief.length == 3
    assert list(brief.indices) == sorted(set(brief.indices))
    assert all(0 <= i < len(ENGLISH) for i in brief.indices)
    assert brief.method == "lexrank"


def test_brief_prefers_the_central_sentences() -> None:
    brief = make_brief(ENGLISH)
    assert 3 not in brief.indices and 8 not in brief.indices, "off-topic sentences stay out"


def test_needs_no_nltk_data(tmp_path: Path) -> None:
    import nltk

    with pytest.raises(LookupError):
        nltk.data.find("tokenizers/punkt_tab")
    assert make_brief(ENGLISH, 2).length == 2


def test_short_and_empty_texts() -> None:
    assert make_brief([]).indices == ()
    assert make_brief(["Only one sentence."]).indices == (0,)
    assert make_brief(["...", "!!!", "Words here."]).indices == (2,)


def test_equal_sentences_keep_their_own_indices() -> None:
    texts = ["Russia was discussed."] * 6 + ENGLISH
    brief = make_brief(texts, 4)
    assert len(brief.indices) == len(set(brief.indices)) == 4
