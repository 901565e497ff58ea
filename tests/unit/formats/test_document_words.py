"""Word and PDF documents read word for word: every feature's words come back, nothing else.

The documents are those of ``benchmarks/documents.py``; each holds one feature and its text is
known word for word. Words are compared as multisets, so a dropped word costs recall, a glued
pair or a leaked running header costs precision.
"""

from pathlib import Path

import pytest

from kernpunt.core.formats.article import read_article
from tests.support.feature_documents import (
    FeatureDocument,
    pdf_documents,
    recall_precision,
    word_documents,
)

# The words of a document Kernpunt must read, and the share of what it reads that must be them.
MIN_RECALL = 0.99
MIN_PRECISION = 0.99
DOCUMENTS = [*word_documents(), *pdf_documents()]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda document: document.feature)
def test_every_word_is_read_and_nothing_else(document: FeatureDocument, tmp_path: Path) -> None:
    path = tmp_path / f"stuk{document.suffix}"
    path.write_bytes(document.data)
    recall, precision = recall_precision(read_article(path).text, document.expected)
    assert recall >= MIN_RECALL, f"{document.feature}: recall {recall:.3f}"
    assert precision >= MIN_PRECISION, f"{document.feature}: precision {precision:.3f}"


def _read(feature: str, tmp_path: Path) -> list[tuple[str, str]]:
    [document] = [doc for doc in pdf_documents() if doc.feature.startswith(feature)]
    path = tmp_path / "stuk.pdf"
    path.write_bytes(document.data)
    article = read_article(path)
    return [(block.kind, article.block_text(block)) for block in article.blocks]


def test_typeset_headings_are_headings_and_bold_labels_are_not(tmp_path: Path) -> None:
    blocks = _read("headings", tmp_path)
    headings = [text for kind, text in blocks if kind == "heading"]
    assert len(headings) == 6 and all(text.startswith("Hoofdstuk") for text in headings)
    assert not any(text.startswith("Let op") for kind, text in blocks if kind == "heading")


def test_bullets_drawn_by_reportlab_are_list_items(tmp_path: Path) -> None:
    blocks = _read("bullets", tmp_path)
    assert [kind for kind, _text in blocks].count("list_item") == 8
    assert not any("•" in text or "\x7f" in text for _kind, text in blocks)
