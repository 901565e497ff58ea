"""JSON exports for scripts and archives, following the versioned schema next to this module.

The schema (``kernpunt-export.schema.json``) documents every field. A change that removes or
renames a field, or changes its meaning, raises SCHEMA_VERSION and publishes a new schema file;
adding an optional field does not.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kernpunt import __version__
from kernpunt.core.brief.keyterms import KeyTerm
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export.layout import ExportView

SCHEMA_VERSION = 1
SCHEMA_PATH = Path(__file__).with_name("kernpunt-export.schema.json")
FORMAT_NAME = "kernpunt-export"


def render_json(view: ExportView) -> str:
    """Render an export as JSON, indented, ending with a newline.

    What the content choice leaves out is absent or null: a translation-only export has no
    ``source`` per sentence and no article text; a brief-only export lists only the brief's
    translated sentences, as every format shows them; only ``brief`` and ``all`` carry the
    brief, whose ``untranslated`` lists its sentences left without a translation.
    """
    return json.dumps(export_record(view), ensure_ascii=False, indent=2) + "\n"


def export_record(view: ExportView) -> dict[str, Any]:
    """The JSON export as Python data (see ``render_json``)."""
    document, provenance = view.document, view.provenance
    content = provenance.content
    with_source = content != "translation"
    shown = {row.index for row in view.brief} if content == "brief" else None
    sentences = [
        _sentence(document, sentence.index, with_source)
        for sentence in document.sentences
        if shown is None or sentence.index in shown
    ]
    used_blocks = {document.sentences[item["index"]].block for item in sentences}
    article = document.article
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "generator": {"name": "Kernpunt", "version": __version__},
        "exported_at": provenance.exported_at.isoformat(timespec="seconds"),
        "content": content,
        "article": {
            "title": article.title,
            "date": article.date,
            "source_file": provenance.source_file,
            "format": article.format,
            "encoding": article.encoding,
            "language": article.language,
            "sentence_count": len(document.sentences),
            "text": article.text if content in ("all", "bilingual") else None,
        },
        "model": _model(document),
        "options": {
            "mode": document.mode,
            "brief_method": document.brief.method if document.brief else None,
            "brief_length": str(document.brief.length) if document.brief else None,
        },
        "blocks": [
            {"index": index, "kind": block.kind, "start": block.start, "end": block.end}
            for index, block in enumerate(article.blocks)
            if index in used_blocks
        ],
        "sentences": sentences,
        "brief": _brief(document) if "brief" in view.sections else None,
        "key_terms": {
            "original": _terms(document.key_terms),
            "translation": _terms(document.translated_key_terms),
        },
    }


def _sentence(document: TranslatedArticle, index: int, with_source: bool) -> dict[str, Any]:
    sentence = document.sentences[index]
    translations = document.translations
    item: dict[str, Any] = {
        "index": index,
        "block": sentence.block,
        "start": sentence.start,
        "end": sentence.end,
    }
    if with_source:
        item["source"] = sentence.text
    item["translation"] = translations[index] if index < len(translations) else None
    item["edited"] = index in document.edited
    return item


def _model(document: TranslatedArticle) -> dict[str, Any] | None:
    package = document.package
    if package is None:
        return None
    return {
        "code": package.code,
        "version": package.version,
        "from": package.from_code,
        "to": package.to_code,
    }


def _brief(document: TranslatedArticle) -> dict[str, Any] | None:
    brief = document.brief
    if brief is None:
        return None
    translations = document.translations
    return {
        "sentences": list(brief.indices),
        "untranslated": [
            index
            for index in brief.indices
            if index >= len(translations) or translations[index] is None
        ],
        "method": brief.method,
        "method_label": brief.method_label,
        "requested_method": brief.requested_method,
        "language": brief.language,
        "length": str(brief.length),
        "description": brief.describe(),
        "note": brief.note,
    }


def _terms(terms: tuple[KeyTerm, ...]) -> list[dict[str, Any]]:
    return [
        {"text": term.text, "score": round(term.score, 4), "sentences": list(term.sentences)}
        for term in terms
    ]
