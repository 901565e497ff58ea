"""Every format's title is one a reader recognises; a text in another language is warned about."""

import io
import zipfile
from pathlib import Path

import pytest

from kernpunt import cli
from kernpunt.core.formats.article import read_article
from kernpunt.core.formats.base import real_title
from tests.support import documents
from tests.support.documents import HEADING, PARAGRAPHS, TITLE


def _without_core_properties(data: bytes) -> bytes:
    """A .docx as some programs write it: no docProps/core.xml and no reference to it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            if item.filename == "docProps/core.xml":
                continue
            content = source.read(item)
            if item.filename in ("_rels/.rels", "[Content_Types].xml"):
                text = content.decode()
                for tag in text.split("<")[1:]:
                    if "core.xml" in tag or "core-properties" in tag:
                        text = text.replace("<" + tag.split(">")[0] + ">", "")
                content = text.encode()
            target.writestr(item, content)
    return buffer.getvalue()


def test_a_word_document_without_core_properties_is_titled_by_its_heading(
    tmp_path: Path,
) -> None:
    path = tmp_path / "verslag.docx"
    path.write_bytes(_without_core_properties(documents.docx_bytes()))
    article = read_article(path)
    assert article.title == TITLE


def test_a_pdf_with_junk_metadata_is_titled_by_its_heading_else_its_name(tmp_path: Path) -> None:
    path = tmp_path / "nota.pdf"
    path.write_bytes(documents.pdf_bytes(title="NAME"))
    assert read_article(path).title == TITLE
    disclaimer = (
        "Dit document is uitsluitend bedoeld voor de geadresseerde en mag zonder toestemming "
        "niet worden verspreid."
    )
    path.write_bytes(documents.pdf_bytes([disclaimer, "", PARAGRAPHS[0]], title="Colofon"))
    assert read_article(path).title == "nota"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Kabinet valt over stikstof", "Kabinet valt over stikstof"),
        ("Reacties uit de Kamer ¶", "Reacties uit de Kamer"),
        ("Word Document", None),
        ("NAME", None),
        ("Colofon", None),
        ("Microsoft Word - notulen.doc", None),
        ("]>", None),
        ("   ", None),
        (
            "Dit document is uitsluitend bedoeld voor intern gebruik en mag niet worden "
            "verspreid zonder toestemming van de auteur.",
            None,
        ),
    ],
)
def test_real_titles(value: str, expected: str | None) -> None:
    assert real_title(value) == expected


def test_a_heading_is_the_title_of_a_file_without_one(tmp_path: Path) -> None:
    path = tmp_path / "stuk.html"
    path.write_text(
        f"<html><body><h2>{HEADING} ¶</h2><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        "</body></html>",
        encoding="utf-8",
    )
    assert read_article(path).title == HEADING


ENGLISH = (
    "The foreign ministers of the NATO member states met in Brussels this week. They discussed "
    "the situation in Russia and the future of the alliance, and agreed that talks matter.\n"
)


def test_the_cli_warns_about_an_article_in_another_language_and_still_reads_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "english.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert cli.main(["segment", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "The foreign ministers" in out
    assert "not in Dutch (detected: en)" in err


def test_the_cli_says_nothing_about_a_dutch_article(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["segment", str(sample)]) == 0
    assert capsys.readouterr().err == ""


def test_an_export_says_which_language_was_detected(tmp_path: Path) -> None:
    from dataclasses import replace

    from kernpunt.core.export import render
    from tests.support.export_documents import NOW, structured_document

    document = structured_document(tmp_path)
    assert "Translated from Dutch" in render(document, "txt", "all", NOW).decode()
    document.article = replace(document.article, language="en", language_score=0.97)
    text = render(document, "txt", "all", NOW).decode()
    assert "Translated as Dutch (the text looks like en)" in text
