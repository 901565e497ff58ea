"""Fuzzing the exports: any translated article exports, and the JSON export reads back whole.

Kernpunt has no JSON import yet, so the round trip is the reader's script: ``json.loads`` of the
exported file must give back, sentence by sentence, the source, the offsets, the translation (or
null), the edit marks and the brief, and follow the published schema. Every other text format
must render any such article too. Inputs that once failed stay as ``@example`` cases.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kernpunt.core.brief.choose import Brief, BriefLength
from kernpunt.core.brief.keyterms import KeyTerm
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export import CONTENTS, ExportError, render
from kernpunt.core.export.json_export import SCHEMA_PATH
from kernpunt.core.formats.article import ArticleError, article_from_text
from kernpunt.core.models.packages import InstalledPackage
from kernpunt.core.text.segment import segment

EXAMPLES = settings.default.max_examples
NOW = datetime(2024, 5, 1, 14, 3, tzinfo=UTC)
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
PACKAGE = InstalledPackage(
    "translate-nl_en", "nl", "en", "Dutch", "English", "1.8", path=Path("/models/nl_en")
)

# Text a model or a reader could write: any character but lone surrogates, which no file holds.
ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
# Sentences with the characters every format escapes its own way.
SPECIAL = st.sampled_from([*"<>&\"'*_`#[]()\\|{}~\t", "\xa0", "\u200b", "\x0b", "\x1a", "😀", "\r"])
SOURCE = st.lists(
    st.sampled_from(
        ["Het kabinet is gevallen.", "Dat meldt de NOS.", "# Kop", "- punt", "> citaat"]
    )
    | st.lists(SPECIAL | st.sampled_from(["woord", " ", ". ", "\n", "\n\n"]), max_size=12).map(
        "".join
    ),
    min_size=1,
    max_size=8,
).map("\n\n".join)


@st.composite
def documents(draw: st.DrawFn) -> TranslatedArticle:
    """A translated article of generated text: some sentences untranslated, some edited."""
    try:
        article = article_from_text(draw(SOURCE))
    except ArticleError:
        article = article_from_text("Het kabinet is gevallen.")
    sentences = segment(article)
    count = len(sentences)
    translations = [draw(st.none() | ANY_TEXT) for _ in sentences]
    indices = st.integers(0, count - 1)
    chosen = tuple(sorted(draw(st.sets(indices, max_size=min(count, 5)))))
    terms = tuple(
        KeyTerm(draw(ANY_TEXT), draw(st.floats(0, 100)), tuple(sorted(draw(st.sets(indices)))))
        for _ in range(draw(st.integers(0, 3)))
    )
    brief = Brief(
        chosen,
        draw(st.sampled_from(["lexrank", "luhn", "lead"])),
        BriefLength(draw(st.integers(1, 25))),
        draw(st.sampled_from(["dutch", "english"])),
        note=draw(st.none() | ANY_TEXT),
        key_terms=terms,
    )
    return TranslatedArticle(
        article,
        sentences,
        translations,
        draw(st.none() | st.just(brief)),
        draw(st.none() | st.just(PACKAGE)),
        key_terms=terms,
        edited=frozenset(draw(st.sets(indices))),
        mode=draw(st.sampled_from([None, "quality", "fast"])),
    )


def single(source: str, translation: str | None) -> TranslatedArticle:
    """A one-paragraph article with one translation per sentence, for explicit examples."""
    article = article_from_text(source)
    sentences = segment(article)
    return TranslatedArticle(article, sentences, [translation] * len(sentences))


CONTENT = st.sampled_from(CONTENTS)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(document=documents(), content=CONTENT)
def test_the_json_export_reads_back_whole(document: TranslatedArticle, content: str) -> None:
    if content == "brief" and document.brief is None:
        with pytest.raises(ExportError, match="no brief"):
            render(document, "json", content, NOW)
        return
    brief = document.brief
    translations = document.translations
    translated = {i for i in brief.indices if translations[i] is not None} if brief else set()
    if content == "brief" and brief is not None and brief.indices and not translated:
        with pytest.raises(ExportError, match="brief is not translated yet"):
            render(document, "json", content, NOW)
        return
    record = json.loads(render(document, "json", content, NOW).decode("utf-8"))
    VALIDATOR.validate(record)
    assert record["article"]["sentence_count"] == len(document.sentences)
    # A brief-only export holds the brief's translated sentences, as every format shows them.
    shown = translated if content == "brief" else set(range(len(document.sentences)))
    assert [item["index"] for item in record["sentences"]] == sorted(shown)
    text = record["article"]["text"]
    for item in record["sentences"]:
        sentence = document.sentences[item["index"]]
        assert (item["start"], item["end"], item["block"]) == (
            sentence.start,
            sentence.end,
            sentence.block,
        )
        assert item["translation"] == document.translations[sentence.index]
        assert item["edited"] == (sentence.index in document.edited)
        if content != "translation":
            assert item["source"] == sentence.text
        if text is not None:
            assert text[item["start"] : item["end"]] == sentence.text
    if content in ("all", "brief") and brief is not None:
        assert record["brief"]["sentences"] == list(brief.indices)
        assert set(record["brief"]["untranslated"]) == set(brief.indices) - translated
        assert record["brief"]["note"] == brief.note
    else:
        assert record["brief"] is None


# Word and OpenDocument take a fraction of a second each: fewer examples.
@settings(max_examples=max(5, EXAMPLES // 10), suppress_health_check=[HealthCheck.too_slow])
@given(document=documents(), content=CONTENT)
# An escape code in a translation, and a DOS end-of-file mark in a text file, broke Word and
# OpenDocument exports (XML cannot hold them).
@example(document=single("Het kabinet is gevallen.", "bad\x1b"), content="all")
@example(document=single("Het kabinet is gevallen.\x1a", "ok\ufffe"), content="bilingual")
def test_every_format_renders_any_article(document: TranslatedArticle, content: str) -> None:
    brief = document.brief
    if content == "brief" and (
        brief is None
        or (brief.indices and all(document.translations[i] is None for i in brief.indices))
    ):
        return
    for format in ("md", "txt", "html", "docx", "odt"):
        assert render(document, format, content, NOW)
