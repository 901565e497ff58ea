"""Key terms as the reader sees them: English once translated, the Dutch kept for a tooltip."""

from pathlib import Path

from kernpunt.core.brief.keyterms import KeyTerm, ReaderTerm, key_terms, pair_terms, reader_terms
from kernpunt.core.formats.article import read_article
from kernpunt.core.text.segment import segment

# A careful English translation of the sample article, sentence by sentence.
SAMPLE_IN_ENGLISH = (
    "The foreign ministers of the NATO member states sharpened their tone against Russia a little "
    "further at their two-day summit in Brussels.",
    "At the closing press conference, NATO Secretary General Jens Stoltenberg spoke of the "
    "'repressive' behaviour of the Russians at home and their 'aggressive' behaviour abroad.",
    "'We see that the opposition in Russia is being put down by force', said Stoltenberg.",
    "He therefore called for the release of Kremlin critic Alexei Navalny, who is currently "
    "serving 2.5 years in prison in a case that according to Navalny is politically inspired.",
    "The people who were arrested during peaceful demonstrations must also be released, the "
    "alliance believes.",
    "But Russian activities abroad were condemned as well.",
    "'Russia's neighbours are being undermined and destabilised', said Stoltenberg, who gave "
    "Ukraine, Georgia and Moldova as examples.",
    "In addition there is the Russian interference in Belarus and in the western Balkans.",
    "Also worrying for the NATO member states is the fact that Moscow is developing further "
    "militarily, from the Baltic to the Black Sea, in the Middle East and North Africa, in the "
    "Mediterranean and in the Arctic.",
    "Finally, the allies also denounce the disinformation and propaganda campaigns that Russia "
    "carries out, its efforts to influence elections and the cyber attacks on various western "
    "countries.",
    "'We continue to believe in dialogue'",
    "At the same time Stoltenberg said he remained open to dialogue with the Russians, but in the "
    "questions he had to admit that the invitations to the NATO-Russia Council have gone "
    "unanswered by Moscow for almost two years.",
    "'This platform for dialogue between the various partners has met ten times since the summer "
    "of 2016, but it is indeed true that there have been no new meetings since the summer of "
    "2019', said Stoltenberg.",
    "'Unfortunately Russia does not accept the invitation, but we continue to believe in "
    "dialogue.'",
    "The foreign ministers of the thirty allies, joined by their counterparts from Sweden, Finland "
    "and the European Union, discussed among other things the relationship with Russia on "
    "Wednesday morning in a physical meeting.",
)


def sample_terms(sample: Path) -> tuple[KeyTerm, ...]:
    sentences = [sentence.text for sentence in segment(read_article(sample))]
    assert len(sentences) == len(SAMPLE_IN_ENGLISH)
    return key_terms(sentences, "nl")


def test_the_sample_article_gets_its_key_terms_in_english(sample: Path) -> None:
    dutch = sample_terms(sample)
    shown = reader_terms(dutch, list(SAMPLE_IN_ENGLISH))
    by_original = {term.original: term for term in shown}
    assert by_original["NAVO"].text == "NATO"
    assert by_original["Rusland"].text == "Russia"
    assert by_original["Jens Stoltenberg"].text == "Jens Stoltenberg"
    assert by_original["dialoog"].text == "dialogue"
    assert [term.original for term in shown] == [term.text for term in dutch], "same order"
    assert all(term.translated for term in shown), [term.text for term in shown]
    assert len({term.text for term in shown}) == len(shown), "no English term shown twice"


def test_until_every_sentence_is_translated_the_terms_stay_dutch(sample: Path) -> None:
    dutch = sample_terms(sample)
    partial: list[str | None] = list(SAMPLE_IN_ENGLISH)
    partial[-1] = None
    shown = reader_terms(dutch, partial)
    assert [term.text for term in shown] == [term.text for term in dutch]
    assert not any(term.translated for term in shown)
    assert reader_terms(dutch, []) == shown
    assert reader_terms((), list(SAMPLE_IN_ENGLISH)) == ()


def test_a_term_without_a_counterpart_keeps_its_own_words() -> None:
    dutch = (
        KeyTerm("NAVO", 3.0, (0, 1, 2)),
        KeyTerm("stikstof", 2.0, (3, 4)),
    )
    english = (
        KeyTerm("NATO", 3.0, (0, 1, 2)),
        KeyTerm("farmers", 2.5, (5, 6)),  # in other sentences: not the same term
    )
    assert pair_terms(dutch, english) == (
        ReaderTerm("NATO", "NAVO", (0, 1, 2), translated=True),
        ReaderTerm("stikstof", "stikstof", (3, 4), translated=False),
    )


def test_one_english_term_serves_one_dutch_term() -> None:
    dutch = (KeyTerm("kabinet", 3.0, (0, 1)), KeyTerm("regering", 2.0, (0, 1)))
    english = (KeyTerm("cabinet", 3.0, (0, 1)), KeyTerm("government", 1.0, (0, 1, 2)))
    shown = pair_terms(dutch, english)
    assert [term.text for term in shown] == ["cabinet", "government"]
