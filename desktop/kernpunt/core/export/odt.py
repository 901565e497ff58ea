"""OpenDocument exports (.odt) for LibreOffice and other office suites, written with odfdo.

Headings are real outline headings, list items a bulleted list and quotes LibreOffice's
"Quotations" style; the original and the translation stand side by side in one table whose
header row repeats on every page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kernpunt import __version__
from kernpunt.core.export.layout import COLUMN_TITLES, EDITED, SECTION_TITLES, ExportView, Row, runs

if TYPE_CHECKING:
    from odfdo import Document, Element, Paragraph

_HEADING_LEVEL = {"title": 2, "heading": 3}
_CELL_STYLE = {
    "title": "Kernpunt_20_Cell_20_Title",
    "heading": "Kernpunt_20_Cell_20_Heading",
    "quote": "Kernpunt_20_Cell_20_Quote",
}
_BODY = "Text_20_body"


def render_odt(view: ExportView) -> bytes:
    """Render an export as an OpenDocument text."""
    from odfdo import Document, Paragraph

    odt = Document("text")
    _styles(odt)
    _meta(odt, view)
    body = odt.body
    body.clear()
    body.append(Paragraph(view.title, style="Title"))
    for line in view.provenance.lines():
        body.append(Paragraph(line, style="Kernpunt_20_Provenance"))
    for section in view.sections:
        _SECTIONS[section](body, view)
    buffer = io.BytesIO()
    odt.save(buffer)
    return buffer.getvalue()


def _styles(odt: Document) -> None:
    """Named styles (shown in LibreOffice's style list) and the table's automatic styles."""
    for xml in _NAMED_STYLES:
        odt.insert_style(xml)
    for xml in _AUTOMATIC_STYLES:
        odt.insert_style(xml, automatic=True)
    # odfdo's template numbers headings ("1.Brief"); an article's headings carry no numbers.
    for level in odt.styles.get_elements("//text:outline-level-style"):
        level.set_attribute("style:num-format", "")
        for name in ("style:num-suffix", "loext:num-list-format"):
            if level.get_attribute(name) is not None:
                level.del_attribute(name)


def _meta(odt: Document, view: ExportView) -> None:
    meta = odt.meta
    meta.set_title(view.title)
    meta.set_subject("English translation and brief of a Dutch article")
    meta.set_description("\n".join(view.provenance.lines()))
    meta.set_keywords(", ".join(term.text for _, terms in view.key_terms for term in terms))
    meta.set_language("en")
    meta.set_creation_date(view.provenance.exported_at.replace(tzinfo=None))
    meta.set_initial_creator(f"Kernpunt {__version__}")
    meta.set_generator(f"Kernpunt/{__version__}")


def _brief(body: Element, view: ExportView) -> None:
    from odfdo import Header, List, ListItem, Paragraph

    body.append(Header(1, SECTION_TITLES["brief"]))
    body.append(Paragraph(view.brief_description, style="Kernpunt_20_Provenance"))
    if view.brief_incomplete:
        incomplete = Paragraph(style=_BODY)
        _span(incomplete, view.brief_incomplete, "Kernpunt_20_Strong")
        body.append(incomplete)
    numbered = List(style="Kernpunt_20_Numbers")
    for row in view.brief:
        paragraph = Paragraph(style="List_20_Contents")
        _sentences(paragraph, (row,))
        numbered.append(ListItem(paragraph))
    body.append(numbered)
    for label, terms in view.key_terms:
        paragraph = Paragraph(style=_BODY)
        _span(paragraph, f"{label}: ", "Kernpunt_20_Strong")
        paragraph.append(", ".join(term.text for term in terms))
        body.append(paragraph)


def _translation(body: Element, view: ExportView) -> None:
    from odfdo import Header, List, ListItem, Paragraph

    body.append(Header(1, SECTION_TITLES["translation"]))
    for kind, blocks in runs(view.blocks):
        if kind == "list_item":
            bullets = List(style="Kernpunt_20_Bullets")
            for block in blocks:
                item = Paragraph(style="List_20_Contents")
                _sentences(item, block.rows)
                bullets.append(ListItem(item))
            body.append(bullets)
            continue
        level = _HEADING_LEVEL.get(kind)
        block = blocks[0]
        if kind == "code":
            # Formatted: line breaks and runs of spaces kept, as the code was written.
            body.append(Paragraph(block.rows[0].source, style="Kernpunt_20_Code"))
            continue
        paragraph = Header(level) if level else Paragraph(style=_flow_style(kind))
        _sentences(paragraph, block.rows)
        body.append(paragraph)


def _flow_style(kind: str) -> str:
    return "Quotations" if kind == "quote" else _BODY


def _sentences(paragraph: Paragraph, rows: Sequence[Row]) -> None:
    """Run the sentences on in the paragraph, each edited one marked."""
    for number, row in enumerate(rows):
        paragraph.append(" " * (number > 0) + _flat(row.shown))
        if row.edited:
            paragraph.append(" ")
            _span(paragraph, f"({EDITED})", "Kernpunt_20_Edited")


def _span(paragraph: Paragraph, text: str, style: str) -> None:
    from odfdo import Span

    paragraph.append(Span(text, style=style))


def _bilingual(body: Element, view: ExportView) -> None:
    from odfdo import Column, Element, Header, Table

    body.append(Header(1, SECTION_TITLES["bilingual"]))
    table = Table(SECTION_TITLES["bilingual"], style="KpPairs")
    table.append(Column(style="KpColumn", repeated=2))
    header = Element.from_tag("<table:table-header-rows/>")
    header.append(_row(COLUMN_TITLES, "Table_20_Heading"))
    table.append(header)
    for number, block in enumerate(view.blocks):
        cell_style = "KpShaded" if number % 2 else "KpCell"
        for pair in block.rows:
            table.append(_pair_row(pair, block.kind, cell_style))
    body.append(table)


def _row(texts: tuple[str, str], style: str) -> Element:
    from odfdo import Cell, Paragraph, Row

    row = Row()
    for text in texts:
        cell = Cell(style="KpCell")
        cell.append(Paragraph(text, style=style))
        row.append(cell)
    return row


def _pair_row(pair: Row, kind: str, cell_style: str) -> Element:
    from odfdo import Cell, Paragraph
    from odfdo import Row as TableRow

    prefix = "• " if kind == "list_item" else ""
    style = _CELL_STYLE.get(kind, "Table_20_Contents")
    row = TableRow()
    source = Cell(style=cell_style)
    source.append(Paragraph(prefix + _flat(pair.source), style=f"{style}_20_Dutch"))
    translation = Cell(style=cell_style)
    paragraph = Paragraph(prefix, style=style)
    _sentences(paragraph, (pair,))
    translation.append(paragraph)
    row.append(source)
    row.append(translation)
    return row


def _flat(text: str) -> str:
    return " ".join(text.split())


_SECTIONS = {"brief": _brief, "translation": _translation, "bilingual": _bilingual}


def _paragraph_style(name: str, display: str, parent: str, text: str, para: str = "") -> str:
    paragraph = f"<style:paragraph-properties {para}/>" if para else ""
    return (
        f'<style:style style:name="{name}" style:display-name="{display}" '
        f'style:family="paragraph" style:parent-style-name="{parent}">'
        f"{paragraph}<style:text-properties {text}/></style:style>"
    )


_DUTCH = 'fo:language="nl" fo:country="NL"'
_NAMED_STYLES = [
    _paragraph_style(
        "Title",
        "Title",
        "Heading",
        'fo:font-size="24pt" fo:font-weight="bold"',
        'fo:margin-bottom="0.2cm"',
    ),
    _paragraph_style(
        "Quotations",
        "Quotations",
        "Standard",
        'fo:font-style="italic"',
        'fo:margin-left="1cm" fo:margin-right="1cm" fo:margin-bottom="0.25cm"',
    ),
    _paragraph_style(
        "Kernpunt_20_Code",
        "Kernpunt Code",
        "Standard",
        'style:font-name="Liberation Mono" fo:font-family="monospace" fo:font-size="10pt"',
        'fo:margin-left="0.5cm" fo:margin-bottom="0.25cm"',
    ),
    _paragraph_style("List_20_Contents", "List Contents", "Standard", 'fo:font-size="11pt"'),
    _paragraph_style("Table_20_Contents", "Table Contents", "Standard", 'fo:font-size="10pt"'),
    _paragraph_style(
        "Table_20_Heading", "Table Heading", "Table_20_Contents", 'fo:font-weight="bold"'
    ),
    _paragraph_style(
        "Kernpunt_20_Provenance",
        "Kernpunt Provenance",
        "Standard",
        'fo:font-size="9pt" fo:font-style="italic" fo:color="#555555"',
    ),
    _paragraph_style(
        "Kernpunt_20_Cell_20_Title",
        "Kernpunt Cell Title",
        "Table_20_Contents",
        'fo:font-size="13pt" fo:font-weight="bold"',
    ),
    _paragraph_style(
        "Kernpunt_20_Cell_20_Heading",
        "Kernpunt Cell Heading",
        "Table_20_Contents",
        'fo:font-size="12pt" fo:font-weight="bold"',
    ),
    _paragraph_style(
        "Kernpunt_20_Cell_20_Quote",
        "Kernpunt Cell Quote",
        "Table_20_Contents",
        'fo:font-style="italic"',
    ),
    *(
        _paragraph_style(f"{name}_20_Dutch", f"{display} Dutch", name, _DUTCH)
        for name, display in (
            ("Table_20_Contents", "Table Contents"),
            ("Kernpunt_20_Cell_20_Title", "Kernpunt Cell Title"),
            ("Kernpunt_20_Cell_20_Heading", "Kernpunt Cell Heading"),
            ("Kernpunt_20_Cell_20_Quote", "Kernpunt Cell Quote"),
        )
    ),
    '<style:style style:name="Kernpunt_20_Edited" style:display-name="Kernpunt Edited" '
    'style:family="text"><style:text-properties fo:font-size="8pt" fo:font-style="italic" '
    'fo:color="#8a5a00"/></style:style>',
    '<style:style style:name="Kernpunt_20_Strong" style:display-name="Kernpunt Strong" '
    'style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
]


def _list_style(name: str, display: str, level: str) -> str:
    """A one-level list style with the label hanging in the margin, as LibreOffice makes them."""
    kind, attributes = level.split(" ", 1)
    return (
        f'<text:list-style style:name="{name}" style:display-name="{display}">'
        f'<text:list-level-style-{kind} text:level="1" {attributes}>'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" '
        'text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" '
        'fo:margin-left="0.635cm"/></style:list-level-properties>'
        f"</text:list-level-style-{kind}></text:list-style>"
    )


_NAMED_STYLES += [
    _list_style("Kernpunt_20_Bullets", "Kernpunt Bullets", 'bullet text:bullet-char="•"'),
    _list_style(
        "Kernpunt_20_Numbers",
        "Kernpunt Numbers",
        'number style:num-suffix="." style:num-format="1"',
    ),
]
_CELL = 'fo:padding="0.1cm" fo:border="0.5pt solid #999999"'
_AUTOMATIC_STYLES = [
    '<style:style style:name="KpPairs" style:family="table">'
    '<style:table-properties style:rel-width="100%" table:align="margins"/>'
    "</style:style>",
    '<style:style style:name="KpColumn" style:family="table-column">'
    '<style:table-column-properties style:rel-column-width="1*"/></style:style>',
    '<style:style style:name="KpCell" style:family="table-cell">'
    f"<style:table-cell-properties {_CELL}/></style:style>",
    '<style:style style:name="KpShaded" style:family="table-cell">'
    f'<style:table-cell-properties {_CELL} fo:background-color="#f1f3f5"/></style:style>',
]
