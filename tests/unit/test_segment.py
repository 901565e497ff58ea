from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kernpunt.core.article import ArticleError, article_from_text, read_article
from kernpunt.core.segment import segment, split_sentences


def test_sample_sentences_carry_exact_offsets(sample: Path) -> None:
    article = read_article(sample)
    sentences = segment(article)
    assert len(sentences) == 15
    assert [s.index for s in sentences] == list(range(15))
    for sentence in sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
        block = article.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
    assert (
        sentences[2].text
        == "'We zien dat de oppositie in Rusland met geweld wordt neergeslagen', zei Stoltenberg."
    )


def test_heading_is_one_unit(sample: Path) -> None:
    sentences = segment(read_article(sample))
    assert "'We blijven geloven in dialoog'" in [s.text for s in sentences]


def test_english_split() -> None:
    text = "The ministers met in Brussels. Mr. Stoltenberg spoke! Was it enough?"
    spans = split_sentences(text, "en")
    assert [text[a:b] for a, b in spans] == [
        "The ministers met in Brussels.",
        "Mr. Stoltenberg spoke!",
        "Was it enough?",
    ]


@given(st.text(alphabet=st.sampled_from("abc .!?\n'é"), max_size=300))
def test_offsets_hold_for_any_text(text: str) -> None:
    try:
        article = article_from_text(text)
    except ArticleError:
        return
    sentences = segment(article)
    previous_end = 0
    for sentence in sentences:
        assert sentence.text == article.text[sentence.start : sentence.end]
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end
