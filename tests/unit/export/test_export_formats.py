"""Every export format read back with a reader that is not Kernpunt's own writer."""

import io
import json
import re
import subprocess
import zipfile
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import docx
import jsonschema
import pytest
from pypdf import PdfReader

from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export import FORMATS, render
from kernpunt.core.export.json_export import SCHEMA_PATH, SCHEMA_VERSION
from tests.support.export_documents import (
    BRIEF,
    DATE,
    EDITED,
    FILE_NAME,
    KINDS,
    NOW,
    SOURCES,
    STAMP,
    UNTRANSLATED,
    english,
    structured_document,
)

TRANSLATIONS = [english(i) if i != UNTRANSLATED else "[not translated]" for i in range(9)]
ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


@pytest.fixture
def document(tmp_path: Path) -> TranslatedArticle:
    return structured_document(tmp_path)


def exported(document: TranslatedArticle, format: str, content: str = "all") -> bytes:
    return render(document, format, content, NOW)


def in_order(text: str, parts: list[str]) -> bool:
    """Whether every part occurs in text, each after the previous one."""
    position = 0
    for part in parts:
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


# --- plain text -----------------------------------------------------------------------------


def test_text_pairs_every_sentence_with_its_translation(document: TranslatedArticle) -> None:
    text = exported(document, "txt").decode("utf-8")
    pairs = text.split("TRANSLATION AND ORIGINAL")[1]
    lines = [line for line in pairs.splitlines() if line.strip("=- ")]
    expected = []
    for index, source in enumerate(SOURCES):
        translation = TRANSLATIONS[index] + (" [edited]" if index == EDITED else "")
        expected += [source, f"→ {translation}"]
    assert [line.lstrip("•> ").strip() for line in lines] == expected
    assert "• Nieuwe verkiezingen in maart." in lines and "> Dit is een zwarte dag" in pairs
    assert "Reacties uit de Kamer\n  → EN 3.\n---------------------" in pairs


def test_text_translation_only(document: TranslatedArticle) -> None:
    text = exported(document, "txt", "translation").decode("utf-8")
    body = text.split("TRANSLATION\n===========")[1]
    assert "EN 0.\n=====" in body and "EN 3.\n-----" in body, "title and heading underlined"
    assert "EN 4. [edited] EN 5." in body
    assert "• EN 6.\n• [not translated]" in body and "> EN 8." in body
    assert not any(source in text for source in SOURCES[1:])


# --- HTML -----------------------------------------------------------------------------------


class PageReader(HTMLParser):
    """Collects what the tests look at: resources, rows, brief links, text."""

    def __init__(self) -> None:
        super().__init__()
        self.resources: list[str] = []
        self.rows: list[dict[str, object]] = []
        self.brief_links: list[str] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self.style = ""
        self._cell: list[str] | None = None
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self._stack.append(tag)
        if tag in ("script", "link", "img", "iframe", "object", "embed"):
            self.resources.append(tag)
        for name in ("src", "href"):
            value = found.get(name)
            if value is not None and not value.startswith("#"):
                self.resources.append(value)
        if "id" in found:
            self.ids.add(str(found["id"]))
        if tag == "a" and "li" in self._stack:
            self.brief_links.append(str(found["href"]))
        if tag == "tr" and found.get("id"):
            self.rows.append({"id": found["id"], "class": found["class"] or "", "cells": []})
        if tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
        if tag == "td" and self._cell is not None:
            cells = self.rows[-1]["cells"]
            assert isinstance(cells, list)
            cells.append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._stack and self._stack[-1] == "style":
            self.style += data
            return
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def read_page(data: bytes) -> PageReader:
    reader = PageReader()
    reader.feed(data.decode("utf-8"))
    reader.close()
    return reader


def test_html_is_self_contained(document: TranslatedArticle) -> None:
    for content in ("all", "brief", "translation", "bilingual"):
        page = read_page(exported(document, "html", content))
        assert page.resources == [], "nothing is fetched from elsewhere"
        assert page.style and "url(" not in page.style and "@import" not in page.style


def test_html_brief_on_top_then_the_sentence_pairs(document: TranslatedArticle) -> None:
    page = read_page(exported(document, "html"))
    assert [row["id"] for row in page.rows] == [f"s{i}" for i in range(9)]
    assert [row["cells"] for row in page.rows] == [
        [("• " if KINDS[i] == "list_item" else "") + source, _cell_translation(i)]
        for i, source in enumerate(SOURCES)
    ]
    assert [str(row["class"]).split()[0] for row in page.rows] == list(KINDS)
    assert ["edited" in str(row["class"]) for row in page.rows] == [i == EDITED for i in range(9)]
    assert page.brief_links == [f"#s{i}" for i in BRIEF], "the brief links to its sentences"
    text = " ".join(" ".join(page.text).split())
    assert in_order(text, ["Brief", "EN 1.", "EN 4. (edited)", "EN 6.", "Translation and"])


def _cell_translation(index: int) -> str:
    prefix = "• " if KINDS[index] == "list_item" else ""
    return prefix + TRANSLATIONS[index] + (" (edited)" if index == EDITED else "")


def test_html_translation_keeps_the_block_look(document: TranslatedArticle) -> None:
    html = exported(document, "html", "translation").decode("utf-8")
    assert '<h3 class="title"><span class="sentence" id="s0">EN 0.</span></h3>' in html
    assert '<h4 class="heading"><span class="sentence" id="s3">EN 3.</span></h4>' in html
    assert re.search(r"<ul>\s*<li>.*EN 6\..*</li>\s*<li>.*\[not translated\].*</li>\s*</ul>", html)
    assert re.search(r"<blockquote><p>.*EN 8\..*</p></blockquote>", html)
    assert not read_page(html.encode()).rows


# --- Word -----------------------------------------------------------------------------------


def read_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def test_docx_everything(document: TranslatedArticle) -> None:
    word = read_docx(exported(document, "docx"))
    styles = [(p.style.name, p.text) for p in word.paragraphs]
    assert styles[0] == ("Title", "Kabinet valt over stikstof")
    assert ("Heading 1", "Brief") in styles and ("Heading 1", "Translation and original") in styles
    numbered = [text for style, text in styles if style == "List Number"]
    assert numbered == ["EN 1.", "EN 4. (edited)", "EN 6."]
    (table,) = word.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Original (Dutch)", "Translation (English)"]
    assert rows[1:] == [
        [("• " if KINDS[i] == "list_item" else "") + s, _cell_translation(i)]
        for i, s in enumerate(SOURCES)
    ]
    title_run = table.rows[1].cells[1].paragraphs[0].runs[0]
    quote_run = table.rows[9].cells[1].paragraphs[0].runs[0]
    assert title_run.bold and quote_run.italic, "title and quote keep their look in the table"
    assert word.core_properties.title == "Kabinet valt over stikstof"
    assert word.core_properties.created is not None
    assert word.core_properties.created.isoformat().startswith("2024-05-01T12:03")


def test_docx_translation_uses_words_own_styles(document: TranslatedArticle) -> None:
    word = read_docx(exported(document, "docx", "translation"))
    body = [(p.style.name, p.text) for p in word.paragraphs]
    start = body.index(("Heading 1", "Translation"))
    assert body[start + 1 :] == [
        ("Heading 2", "EN 0."),
        ("Normal", "EN 1. EN 2."),
        ("Heading 3", "EN 3."),
        ("Normal", "EN 4. (edited) EN 5."),
        ("List Bullet", "EN 6."),
        ("List Bullet", "[not translated]"),
        ("Quote", "EN 8."),
    ]
    assert not word.tables


# --- OpenDocument ---------------------------------------------------------------------------


def read_odt(data: bytes) -> dict[str, ElementTree.Element]:
    """The parts of an ODT package, checked against the package rules ODF sets."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        first = package.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert package.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        manifest = ElementTree.fromstring(package.read("META-INF/manifest.xml"))
        listed = {
            entry.get(f"{{{ODF['manifest']}}}full-path")
            for entry in manifest.iter(f"{{{ODF['manifest']}}}file-entry")
        }
        assert {"content.xml", "styles.xml", "meta.xml"} <= listed
        return {
            name: ElementTree.fromstring(package.read(name))
            for name in ("content.xml", "styles.xml", "meta.xml")
        }


def odf_text(element: ElementTree.Element) -> str:
    """An element's text as an office suite shows it (<text:s/> is a space)."""
    parts = [element.text or ""]
    for child in element:
        parts.append(" " if child.tag == f"{{{ODF['text']}}}s" else odf_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def test_odt_everything(document: TranslatedArticle) -> None:
    parts = read_odt(exported(document, "odt"))
    body = parts["content.xml"].find("office:body/office:text", ODF)
    assert body is not None
    headings = [odf_text(h) for h in body.iter(f"{{{ODF['text']}}}h")]
    assert headings == ["Brief", "Translation and original"]
    brief_list = body.find("text:list", ODF)
    assert brief_list is not None
    assert [odf_text(item) for item in brief_list] == ["EN 1.", "EN 4. (edited)", "EN 6."]
    (table,) = body.iter(f"{{{ODF['table']}}}table")
    header = table.find("table:table-header-rows", ODF)
    assert header is not None, "the header row repeats on every page"
    rows = [
        [odf_text(cell) for cell in row.iter(f"{{{ODF['table']}}}table-cell")]
        for row in table.findall("table:table-row", ODF)
    ]
    assert rows == [
        [("• " if KINDS[i] == "list_item" else "") + s, _cell_translation(i)]
        for i, s in enumerate(SOURCES)
    ]
    meta = parts["meta.xml"]
    assert meta.findtext(".//dc:title", namespaces=ODF) == "Kabinet valt over stikstof"
    assert str(meta.findtext(".//meta:creation-date", namespaces=ODF)).startswith("2024-05-01")


def test_odt_translation_keeps_headings_lists_and_quotes(document: TranslatedArticle) -> None:
    parts = read_odt(exported(document, "odt", "translation"))
    body = parts["content.xml"].find("office:body/office:text", ODF)
    assert body is not None
    text_ns, style_name = ODF["text"], f"{{{ODF['text']}}}style-name"
    blocks = [
        (child.tag.split("}")[1], child.get(style_name) or "", " ".join(odf_text(child).split()))
        for child in body
        if child.tag in (f"{{{text_ns}}}h", f"{{{text_ns}}}p", f"{{{text_ns}}}list")
    ]
    translation = blocks[[b[2] for b in blocks].index("Translation") + 1 :]
    assert translation == [
        ("h", "", "EN 0."),
        ("p", "Text_20_body", "EN 1. EN 2."),
        ("h", "", "EN 3."),
        ("p", "Text_20_body", "EN 4. (edited) EN 5."),
        ("list", "Kernpunt_20_Bullets", "EN 6.[not translated]"),
        ("p", "Quotations", "EN 8."),
    ]
    levels = [h.get(f"{{{text_ns}}}outline-level") for h in body.iter(f"{{{text_ns}}}h")]
    assert levels == ["1", "2", "3"]
    named = {
        style.get(f"{{{ODF['style']}}}name")
        for style in parts["styles.xml"].iter()
        if style.get(f"{{{ODF['style']}}}name")
    }
    assert {"Quotations", "Kernpunt_20_Bullets", "Kernpunt_20_Edited"} <= named, (
        "every style the text uses is defined"
    )


# --- JSON -----------------------------------------------------------------------------------


def schema() -> dict[str, object]:
    loaded = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(loaded)
    return loaded


def validated(data: bytes) -> dict[str, object]:
    record = json.loads(data)
    validator = jsonschema.Draft202012Validator(
        schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(record)
    return record


def test_json_follows_its_schema_for_every_content(document: TranslatedArticle) -> None:
    for content in ("all", "brief", "translation", "bilingual"):
        record = validated(exported(document, "json", content))
        assert record["schema_version"] == SCHEMA_VERSION and record["content"] == content


def test_json_holds_every_sentence_with_offsets_and_marks(document: TranslatedArticle) -> None:
    record = validated(exported(document, "json"))
    sentences = record["sentences"]
    assert isinstance(sentences, list)
    article = record["article"]
    assert isinstance(article, dict)
    text = article["text"]
    assert [s["index"] for s in sentences] == list(range(9))
    assert [s["source"] for s in sentences] == list(SOURCES)
    assert [text[s["start"] : s["end"]] for s in sentences] == list(SOURCES)
    assert [s["translation"] for s in sentences] == [
        english(i) if i != UNTRANSLATED else None for i in range(9)
    ]
    assert [s["edited"] for s in sentences] == [i == EDITED for i in range(9)]
    blocks = {b["index"]: b["kind"] for b in record["blocks"]}  # type: ignore[attr-defined]
    assert [blocks[s["block"]] for s in sentences] == list(KINDS)
    assert record["brief"]["sentences"] == list(BRIEF)  # type: ignore[index]
    assert record["brief"]["method"] == "luhn"  # type: ignore[index]
    assert record["model"] == {
        "code": "translate-nl_en",
        "version": "1.8",
        "from": "nl",
        "to": "en",
    }
    assert record["options"] == {
        "mode": "quality",
        "brief_method": "luhn",
        "brief_length": "3 sentences",
    }
    assert record["exported_at"] == "2024-05-01T14:03:00+02:00"
    assert (article["source_file"], article["date"]) == (FILE_NAME, DATE)
    assert record["key_terms"]["original"][0]["text"] == "kabinet"  # type: ignore[index]


def test_json_leaves_out_what_the_content_leaves_out(document: TranslatedArticle) -> None:
    brief = validated(exported(document, "json", "brief"))
    assert [s["index"] for s in brief["sentences"]] == list(BRIEF)  # type: ignore[attr-defined]
    translation = validated(exported(document, "json", "translation"))
    assert all("source" not in s for s in translation["sentences"])  # type: ignore[attr-defined]
    assert translation["brief"] is None and translation["article"]["text"] is None  # type: ignore[index]


def test_a_broken_export_fails_the_schema(document: TranslatedArticle) -> None:
    record = json.loads(exported(document, "json"))
    record["sentences"][0]["edited"] = "yes"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, schema())


# --- every format ---------------------------------------------------------------------------


def readable_text(format: str, data: bytes) -> str:
    """What a reader sees in the file, as one string."""
    if format in ("md", "txt"):
        return data.decode("utf-8").replace("\\", "")
    if format == "html":
        return " ".join(read_page(data).text)
    if format == "docx":
        word = read_docx(data)
        cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
        return "\n".join([p.text for p in word.paragraphs] + cells)
    if format == "odt":
        return odf_text(read_odt(data)["content.xml"])
    return data.decode("utf-8")


@pytest.mark.parametrize("format", [key for key in FORMATS if key not in ("pdf", "json")])
def test_every_format_records_where_it_came_from(document: TranslatedArticle, format: str) -> None:
    text = " ".join(readable_text(format, exported(document, format)).split())
    for expected in (
        f"Source file: {FILE_NAME}",
        f"Article date: {DATE}",
        "translate-nl_en 1.8",
        "chosen by Luhn",
        f"Exported {STAMP}",
        "1 sentence edited by the reader, marked (edited)",
    ):
        assert expected in text, f"{format}: {expected}"


@pytest.mark.parametrize("format", [key for key in FORMATS if key not in ("pdf", "json")])
@pytest.mark.parametrize("content", ["all", "bilingual", "translation"])
def test_every_sentence_once_in_order(
    document: TranslatedArticle, format: str, content: str
) -> None:
    text = " ".join(readable_text(format, exported(document, format, content)).split())
    if content != "translation":
        assert in_order(text, list(SOURCES))
        assert all(text.count(source) == 1 for source in SOURCES[1:])
    assert in_order(text.split("Translation")[-1], TRANSLATIONS[1:])


# --- LibreOffice ----------------------------------------------------------------------------


@pytest.mark.slow
def test_libreoffice_opens_the_word_and_opendocument_exports(
    document: TranslatedArticle, tmp_path: Path, system_program: Callable[[str], str]
) -> None:
    soffice = system_program("soffice")
    files = []
    for format in ("docx", "odt"):
        for content in ("all", "translation"):
            path = tmp_path / f"{content}-{format}.{format}"
            path.write_bytes(exported(document, format, content))
            files.append(path)
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), *map(str, files)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    for path in files:
        pdf = tmp_path / "pdf" / f"{path.stem}.pdf"
        text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
        if path.stem.startswith("all"):
            assert in_order(text, ["Kabinet valt over stikstof", "Brief", "EN 1.", "EN 4."]), path
            assert all(source in text for source in SOURCES), path
            assert all(translation in text for translation in TRANSLATIONS), path
        else:
            assert in_order(text, ["Translation", *TRANSLATIONS]), path
