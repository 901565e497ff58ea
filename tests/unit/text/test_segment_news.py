"""Dutch news sentences: quotes, abbreviations, initials, dates and numbers."""

import time

import pytest

from kernpunt.core.formats.article import article_from_text
from kernpunt.core.text.segment import segment, split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, "nl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The newspaper opening quote after a sentence, and a quote of several sentences.
        (
            "De Rooij wist het. ,,De rest heeft gewacht. Wij niet.'' Dat zei hij.",
            ["De Rooij wist het.", ",,De rest heeft gewacht.", "Wij niet.''", "Dat zei hij."],
        ),
        (
            "Ze lachte. “Ik kom morgen. Jij ook.” Daarna ging ze.",
            ["Ze lachte.", "“Ik kom morgen.", "Jij ook.”", "Daarna ging ze."],
        ),
        (
            "Hij knikte. 'Dat klopt. Echt waar.' Toen viel het stil.",
            ["Hij knikte.", "'Dat klopt.", "Echt waar.'", "Toen viel het stil."],
        ),
        # A quote that ends in a question and goes on with who asked it is one sentence.
        (
            ",,Wanneer gaat u vrouwen wijden?'' riep een priester. Het bleef stil.",
            [",,Wanneer gaat u vrouwen wijden?'' riep een priester.", "Het bleef stil."],
        ),
        # A colon that opens a quote does not end the sentence.
        (
            "Hij zei: ,,Ik kom morgen terug.'' Niemand geloofde het.",
            ["Hij zei: ,,Ik kom morgen terug.''", "Niemand geloofde het."],
        ),
    ],
)
def test_quotes_start_and_end_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Het rapport van A. van den Berg kwam gisteren uit.",
        "Nobelprijswinnaar M.C. Maguire opende de conferentie.",
        "Hij komt c.q. hij belt morgen.",
        "Dat zijn o.a. de ministers van Financiën en Justitie.",
        "Het plan is klaar, d.w.z. bijna klaar.",
        "Volgens mr. Jansen en dr. De Vries is het rond.",
        "Neem bijv. de hond van de buren.",
        "Er kwamen ca. 300 mensen op af.",
        "Zie nr. 5 van de lijst.",
        "Op 3 mrt. 2021 ging de winkel open.",
        "De bouw duurt 2,5 jaar en kost 1.200 euro per woning.",
    ],
)
def test_abbreviations_initials_and_numbers_do_not_end_a_sentence(sentence: str) -> None:
    assert sentences(f"{sentence} Daarna volgde de rest.") == [sentence, "Daarna volgde de rest."]


def test_ellipsis_before_a_capital_ends_a_sentence() -> None:
    assert sentences("Het wachten duurde lang... Toen kwam de trein.") == [
        "Het wachten duurde lang...",
        "Toen kwam de trein.",
    ]


def test_headline_without_full_stop_is_its_own_sentence() -> None:
    article = article_from_text(
        "Kabinet valt over stikstof\n\nHet kabinet is gevallen. ,,Het is klaar,'' zei Rutte."
    )
    assert [sentence.text for sentence in segment(article)] == [
        "Kabinet valt over stikstof",
        "Het kabinet is gevallen.",
        ",,Het is klaar,'' zei Rutte.",
    ]


def test_segmentation_stays_linear_in_the_length() -> None:
    paragraph = "Hij zei: ,,Dat is o.a. mr. A. de Vries. Kom.'' Het was 3 mrt. 2021. " * 20
    short, long = paragraph * 20, paragraph * 160

    def seconds(text: str) -> float:
        started = time.perf_counter()
        split_sentences(text, "nl")
        return time.perf_counter() - started

    seconds(short)
    ratio = min(seconds(long) for _ in range(3)) / min(seconds(short) for _ in range(3))
    # Eight times the text: a linear splitter takes about eight times as long (with room for a
    # busy machine), a quadratic one sixty-four times.
    assert ratio < 24
