from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kernpunt.core.formats.article import ArticleError, article_from_text, read_article
from kernpunt.core.text.segment import block_units, segment, split_sentences
from tests.support import documents


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


def test_structure_comes_before_sentences() -> None:
    article = article_from_text(
        "Kabinet valt. Rutte weg\n\n"
        "Door onze redacteur\nHet kabinet is gevallen. Dat meldt de NOS.\n\n"
        "- Nieuwe verkiezingen\n- Een demissionair kabinet"
    )
    assert [(s.block, s.text) for s in segment(article)] == [
        (0, "Kabinet valt. Rutte weg"),
        (1, "Door onze redacteur"),
        (1, "Het kabinet is gevallen."),
        (1, "Dat meldt de NOS."),
        (2, "Nieuwe verkiezingen"),
        (3, "Een demissionair kabinet"),
    ]


def test_hard_wrapped_prose_is_not_cut_at_its_lines() -> None:
    text = (
        "De ministers van Buitenlandse Zaken van de NAVO-lidstaten hebben\n"
        "op hun tweedaagse top in Brussel hun toon tegenover Rusland\n"
        "Verscherpt, zei Stoltenberg."
    )
    assert block_units(text) == [(0, len(text), False)]
    assert [s.text for s in segment(article_from_text(text))] == [text]


def test_sentences_of_a_word_document_keep_their_blocks(tmp_path: Path) -> None:
    path = tmp_path / "stuk.docx"
    path.write_bytes(documents.docx_bytes())
    article = read_article(path)
    sentences = segment(article)
    kinds = [article.blocks[s.block].kind for s in sentences]
    assert kinds == [
        "title", "paragraph", "paragraph", "heading", "paragraph", "paragraph",
        "list_item", "list_item", "quote",
    ]  # fmt: skip
    assert all(article.text[s.start : s.end] == s.text for s in sentences)


@given(st.text(alphabet=st.sampled_from("abcA .!?\n'é-#>"), max_size=300))
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
        block = article.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
        previous_end = sentence.end
