"""Every export lists the key terms the window shows: one list, in English once translated."""

import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from kernpunt.core.brief.choose import Brief, BriefLength
from kernpunt.core.brief.keyterms import key_terms, reader_terms
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export import render
from kernpunt.core.formats.article import read_article
from kernpunt.core.text.segment import segment
from tests.support.export_documents import NOW
from tests.unit.brief.test_reader_terms import SAMPLE_IN_ENGLISH


@pytest.fixture
def translated(sample: Path) -> TranslatedArticle:
    article = read_article(sample)
    sentences = segment(article)
    dutch = key_terms([sentence.text for sentence in sentences], "nl")
    english = key_terms(list(SAMPLE_IN_ENGLISH), "en")
    return TranslatedArticle(
        article,
        sentences,
        list(SAMPLE_IN_ENGLISH),
        Brief((0, 2, 11), "lexrank", BriefLength(3), "dutch", key_terms=dutch),
        key_terms=dutch,
        translated_key_terms=english,
    )


def text_of(data: bytes, format: str) -> str:
    if format in ("docx", "odt"):
        member = "word/document.xml" if format == "docx" else "content.xml"
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return archive.read(member).decode("utf-8")
    return data.decode("utf-8")


@pytest.mark.parametrize("format", ["md", "txt", "html", "docx", "odt"])
def test_exports_list_the_terms_the_window_shows(
    translated: TranslatedArticle, format: str
) -> None:
    shown = reader_terms(translated.key_terms, translated.translations)
    window = ", ".join(term.text for term in shown)
    assert window.startswith("Russia, Jens Stoltenberg, NATO"), window
    text = text_of(render(translated, format, "all", NOW), format)
    assert window in text, f"{format} lists other terms than the window"
    assert text.count("Key terms") == 1, "one heading, not one per language"
    assert "in the original" not in text
    assert "Rusland" not in text.split("Key terms")[1][: len(window) + 40]


def test_an_unfinished_translation_exports_the_dutch_terms_like_the_window(
    translated: TranslatedArticle,
) -> None:
    translated.translations[5] = None
    shown = reader_terms(translated.key_terms, translated.translations)
    assert shown[0].text == "Rusland"
    markdown = render(translated, "md", "all", NOW).decode("utf-8")
    assert "**Key terms:** " + ", ".join(term.text for term in shown) in markdown
