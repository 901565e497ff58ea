"""A translated article with every kind of block, for the export tests.

Its translations are labelled stand-ins ("EN 4."), so a test can tell which sentence landed
where; the random-weight models' noise could not be told apart.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kernpunt.core.brief.choose import Brief, BriefLength
from kernpunt.core.brief.keyterms import KeyTerm
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.formats.article import read_article
from kernpunt.core.models.packages import InstalledPackage
from kernpunt.core.text.segment import segment

ARTICLE = """# Kabinet valt over stikstof

Het kabinet is dinsdagavond gevallen. Dat meldt de NOS op basis van bronnen in Den Haag.

## Reacties uit de Kamer

De coalitiepartijen konden het niet eens worden. Premier Rutte biedt woensdag het ontslag aan.

- Nieuwe verkiezingen in maart.
- Een demissionair kabinet tot die tijd.

> Dit is een zwarte dag voor Nederland.
"""
SOURCES = (
    "Kabinet valt over stikstof",
    "Het kabinet is dinsdagavond gevallen.",
    "Dat meldt de NOS op basis van bronnen in Den Haag.",
    "Reacties uit de Kamer",
    "De coalitiepartijen konden het niet eens worden.",
    "Premier Rutte biedt woensdag het ontslag aan.",
    "Nieuwe verkiezingen in maart.",
    "Een demissionair kabinet tot die tijd.",
    "Dit is een zwarte dag voor Nederland.",
)
KINDS = ("title", "paragraph", "paragraph", "heading", "paragraph", "paragraph", "list_item",
         "list_item", "quote")  # fmt: skip
DATE = "2021-03-24"
BRIEF = (1, 4, 6)
EDITED = 4
UNTRANSLATED = 7
NOW = datetime(2024, 5, 1, 14, 3, tzinfo=timezone(timedelta(hours=2)))
STAMP = "2024-05-01 14:03 UTC+02:00"
FILE_NAME = "kabinet-valt.nl.md"


def english(index: int) -> str:
    """The stand-in translation of sentence ``index``."""
    return f"EN {index}."


def structured_document(folder: Path, *, brief: bool = True) -> TranslatedArticle:
    """The article above, read from a file, with stand-in translations.

    Sentence EDITED was edited by the reader and sentence UNTRANSLATED has no translation.
    """
    path = folder / FILE_NAME
    path.write_text(ARTICLE, encoding="utf-8")
    article = replace(read_article(path), date=DATE)
    sentences = segment(article)
    assert tuple(s.text for s in sentences) == SOURCES
    translations: list[str | None] = [english(s.index) for s in sentences]
    translations[UNTRANSLATED] = None
    package = InstalledPackage(
        "translate-nl_en", "nl", "en", "Dutch", "English", "1.8", path=folder
    )
    terms = (KeyTerm("kabinet", 2.0, (0, 1)), KeyTerm("Rutte", 1.5, (5,)))
    return TranslatedArticle(
        article,
        sentences,
        translations,
        Brief(BRIEF, "luhn", BriefLength(3), "dutch", key_terms=terms) if brief else None,
        package,
        key_terms=terms,
        translated_key_terms=(KeyTerm("cabinet", 2.0, (0, 1)),),
        edited=frozenset({EDITED}),
        mode="quality",
    )
