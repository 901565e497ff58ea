"""Word exports (.docx), written with python-docx in Word's own built-in styles.

Headings, list items and quotes use Word's Heading, List Bullet and Quote styles, so the
export fits the reader's own templates; the original and the translation stand side by side in
one table whose header row repeats on every page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC
from typing import TYPE_CHECKING

from kernpunt import __version__
from kernpunt.core.export.layout import COLUMN_TITLES, EDITED, SECTION_TITLES, ExportView, Row, runs

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph

_FLOW_STYLE = {"list_item": "List Bullet", "quote": "Quote"}
_HEADING_LEVEL = {"title": 2, "heading": 3}
_CELL_SIZE = {"title": 13, "heading": 12}
_SHADE = "F1F3F5"
_MARK_COLOUR = (0x8A, 0x5A, 0x00)
_GREY = (0x55, 0x55, 0x55)
_PROPERTY_LIMIT = 255


def render_docx(view: ExportView) -> bytes:
    """Render an export as a Word document."""
    import docx

    word = docx.Document()
    _properties(word, view)
    word.add_heading(view.title, 0)
    for line in view.provenance.lines():
        _small(word.add_paragraph(), line)
    for section in view.sections:
        _SECTIONS[section](word, view)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _properties(word: Document, view: ExportView) -> None:
    properties = word.core_properties
    # python-docx writes the time as UTC without converting it.
    moment = view.provenance.exported_at.astimezone(UTC).replace(tzinfo=None)
    properties.title = _fit(view.title)
    properties.subject = "English translation and brief of a Dutch article"
    properties.author = f"Kernpunt {__version__}"
    properties.last_modified_by = f"Kernpunt {__version__}"
    properties.comments = _fit(" ".join(view.provenance.lines()[:2]))
    properties.keywords = _fit(
        ", ".join(term.text for _, terms in view.key_terms for term in terms)
    )
    properties.language = "en"
    properties.created = properties.modified = moment
    properties.revision = 1


def _brief(word: Document, view: ExportView) -> None:
    word.add_heading(SECTION_TITLES["brief"], 1)
    _small(word.add_paragraph(), view.brief_description)
    if view.brief_incomplete:
        word.add_paragraph().add_run(view.brief_incomplete).bold = True
    for row in view.brief:
        _sentences(word.add_paragraph(style="List Number"), (row,))
    for label, terms in view.key_terms:
        paragraph = word.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(", ".join(term.text for term in terms))


def _translation(word: Document, view: ExportView) -> None:
    word.add_heading(SECTION_TITLES["translation"], 1)
    for kind, blocks in runs(view.blocks):
        for block in blocks:
            if kind == "code":
                _code(word.add_paragraph(), block.rows[0].source)
                continue
            level = _HEADING_LEVEL.get(kind)
            if level is not None:
                paragraph = word.add_heading(level=level)
            else:
                paragraph = word.add_paragraph(style=_FLOW_STYLE.get(kind))
            _sentences(paragraph, block.rows)


def _code(paragraph: Paragraph, code: str) -> None:
    """A code block line by line in fixed type; it is never translated."""
    lines = code.splitlines()
    for number, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.font.name = "Courier New"
        if number < len(lines) - 1:
            run.add_break()


def _sentences(paragraph: Paragraph, rows: Sequence[Row]) -> None:
    """Run the sentences on in the paragraph, each edited one marked."""
    for number, row in enumerate(rows):
        paragraph.add_run(" " * (number > 0) + _flat(row.shown))
        if row.edited:
            _mark(paragraph)


def _bilingual(word: Document, view: ExportView) -> None:
    word.add_heading(SECTION_TITLES["bilingual"], 1)
    table = word.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    header = table.rows[0]
    _repeat_header(header)
    for cell, label in zip(header.cells, COLUMN_TITLES, strict=True):
        cell.paragraphs[0].add_run(label).bold = True
    for number, block in enumerate(view.blocks):
        for row in block.rows:
            source, translation = table.add_row().cells
            _cell(source, block.kind, row.source, dutch=True)
            _cell(translation, block.kind, row.shown)
            if row.edited:
                _mark(translation.paragraphs[0])
            if number % 2:
                _shade(source)
                _shade(translation)


def _cell(cell: _Cell, kind: str, text: str, *, dutch: bool = False) -> None:
    from docx.shared import Pt

    prefix = "• " if kind == "list_item" else ""
    run = cell.paragraphs[0].add_run(prefix + _flat(text))
    run.bold = kind in _CELL_SIZE or None
    run.italic = kind == "quote" or None
    if kind in _CELL_SIZE:
        run.font.size = Pt(_CELL_SIZE[kind])
    if dutch:
        _language(run._r, "nl-NL")


def _mark(paragraph: Paragraph) -> None:
    from docx.shared import Pt, RGBColor

    run = paragraph.add_run(f" ({EDITED})")
    run.italic = True
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(*_MARK_COLOUR)


def _small(paragraph: Paragraph, text: str) -> None:
    from docx.shared import Pt, RGBColor

    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.italic = True
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(*_GREY)


# python-docx has no API for these three; they are single elements of WordprocessingML.
def _shade(cell: _Cell) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd", {qn("w:val"): "clear", qn("w:fill"): _SHADE})
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row: object) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]  # _Row is untyped here
    properties.append(OxmlElement("w:tblHeader", {qn("w:val"): "true"}))


def _language(run: object, tag: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = run.get_or_add_rPr()  # type: ignore[attr-defined]  # CT_R
    properties.append(OxmlElement("w:lang", {qn("w:val"): tag}))


def _fit(text: str) -> str:
    """Word's document properties hold at most 255 characters."""
    return text if len(text) <= _PROPERTY_LIMIT else text[: _PROPERTY_LIMIT - 1] + "…"


def _flat(text: str) -> str:
    return " ".join(text.split())


_SECTIONS = {"brief": _brief, "translation": _translation, "bilingual": _bilingual}
