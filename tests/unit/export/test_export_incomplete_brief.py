"""A brief whose translation was stopped: every format leaves its Dutch out and says so."""

import json
from pathlib import Path

import pytest

from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export import FORMATS, ExportError, render
from tests.support.export_documents import BRIEF, NOW, SOURCES, structured_document
from tests.unit.export.test_export_formats import readable_text, validated

WAITING = BRIEF[-1]  # a brief sentence the cancelled translation never reached
NOTE = "Incomplete: 1 of the brief's 3 sentences is not translated yet and left out."
TEXT_FORMATS = [key for key in FORMATS if key not in ("pdf", "json")]


@pytest.fixture
def document(tmp_path: Path) -> TranslatedArticle:
    document = structured_document(tmp_path)
    document.translations[WAITING] = None
    return document


def brief_section(format: str, data: bytes) -> str:
    text = " ".join(readable_text(format, data).split())
    return text.split("Brief")[-1] if format != "txt" else text.split("BRIEF")[-1]


@pytest.mark.parametrize("format", TEXT_FORMATS)
def test_a_brief_only_export_shows_the_translated_brief_and_says_it_is_incomplete(
    document: TranslatedArticle, format: str
) -> None:
    brief = brief_section(format, render(document, format, "brief", NOW))
    assert NOTE in brief, format
    assert "EN 1." in brief and "EN 4." in brief
    # Neither the Dutch nor a stand-in is passed off as a sentence of the brief.
    assert SOURCES[WAITING] not in brief and "[not translated]" not in brief


@pytest.mark.parametrize("format", TEXT_FORMATS)
def test_the_brief_of_a_whole_export_says_it_is_incomplete_too(
    document: TranslatedArticle, format: str
) -> None:
    text = " ".join(readable_text(format, render(document, format, "all", NOW)).split())
    assert NOTE in text, format


def test_json_lists_the_brief_as_the_other_formats_do(document: TranslatedArticle) -> None:
    record = validated(render(document, "json", "brief", NOW))
    assert [s["index"] for s in record["sentences"]] == list(BRIEF[:-1])  # type: ignore[attr-defined]
    assert record["brief"]["sentences"] == list(BRIEF)  # type: ignore[index]
    assert record["brief"]["untranslated"] == [WAITING]  # type: ignore[index]
    whole = json.loads(render(document, "json", "all", NOW))
    assert whole["brief"]["untranslated"] == [WAITING]


@pytest.mark.parametrize("format", list(FORMATS))
def test_a_brief_with_nothing_translated_is_not_exported_alone(
    document: TranslatedArticle, format: str
) -> None:
    for index in BRIEF:
        document.translations[index] = None
    document.edited = frozenset()
    with pytest.raises(ExportError, match="The brief is not translated yet"):
        render(document, format, "brief", NOW)
