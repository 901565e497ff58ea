"""PDF exports through Qt's PDF writer, read back with pypdf."""

import io
import os
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

import kernpunt.qtexport  # noqa: F401 - registers PDF
from kernpunt import __version__
from kernpunt.core.export import ExportError, export_document, render
from kernpunt.core.export import atomic as atomic_module
from tests.support.export_documents import (
    BRIEF,
    DATE,
    EDITED,
    FILE_NAME,
    NOW,
    SOURCES,
    STAMP,
    english,
    structured_document,
)
from tests.unit.export.test_export import ShortWrites


def pdf_text(data: bytes) -> str:
    """The PDF's text without white space: pypdf guesses word gaps from glyph positions."""
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    # Qt embeds the font's ligatures ("ﬁ"); a reader's search finds "fi" in them.
    return squash(unicodedata.normalize("NFKC", text))


def squash(text: str) -> str:
    return "".join(text.split())


def test_pdf_has_the_brief_then_every_pair_in_order(tmp_path: Path) -> None:
    data = render(structured_document(tmp_path), "pdf", "all", NOW)
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    brief = [english(i) + (" (edited)" if i == EDITED else "") for i in BRIEF]
    pairs = []
    for index, source in enumerate(SOURCES):
        translation = english(index) if index != 7 else "[not translated]"
        pairs += [source, translation + (" (edited)" if index == EDITED else "")]
    position = 0
    for part in ["Brief", *brief, "Translation and original", *pairs]:
        found = text.find(squash(part), position)
        assert found >= 0, part
        position = found + len(squash(part))
    for expected in (f"Source file: {FILE_NAME}", f"Article date: {DATE}", f"Exported {STAMP}",
                     "translate-nl_en 1.8", "chosen by Luhn"):  # fmt: skip
        assert squash(expected) in text
    metadata = PdfReader(io.BytesIO(data)).metadata
    assert metadata is not None
    assert metadata.title == "Kabinet valt over stikstof"
    assert metadata.creator == f"Kernpunt {__version__}"


def test_pdf_translation_only_leaves_the_original_out(tmp_path: Path) -> None:
    text = pdf_text(render(structured_document(tmp_path), "pdf", "translation", NOW))
    assert squash("EN 4. (edited) EN 5.") in text
    assert not any(squash(source) in text for source in SOURCES[1:])


def test_a_long_article_runs_over_pages_with_numbers(tmp_path: Path) -> None:
    document = structured_document(tmp_path)
    document.translations = [f"{text} " * 30 for text in document.translations if text] + [None]
    reader = PdfReader(io.BytesIO(render(document, "pdf", "bilingual", NOW)))
    assert len(reader.pages) >= 2
    assert reader.pages[1].extract_text().strip().endswith("2"), "the page number at the foot"


def test_pdf_is_written_atomically_and_a_full_disk_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    document = structured_document(folder)
    target = folder / "brief.pdf"
    export_document(document, target, "pdf", "brief", now=NOW)
    first = target.read_bytes()
    assert squash("EN 4. (edited)") in pdf_text(first)
    monkeypatch.setattr(atomic_module.os, "fdopen", ShortWrites)
    with pytest.raises(ExportError, match="disk is full"):
        export_document(document, target, "pdf", "all", now=NOW)
    assert target.read_bytes() == first
    assert sorted(os.listdir(folder)) == ["brief.pdf", FILE_NAME]
