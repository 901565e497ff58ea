"""Word documents as people edit them: tracked changes, links, text boxes, controls, notes."""

from kernpunt.core.formats.docx import parse_docx
from tests.support.feature_documents import W, word_file

BODY = """
<w:p><w:r><w:t>Kabinet valt</w:t></w:r></w:p>
<w:p>
  <w:r><w:t xml:space="preserve">Het kabinet is </w:t></w:r>
  <w:ins w:id="1" w:author="Redactie">
    <w:r><w:t xml:space="preserve">dinsdagavond </w:t></w:r></w:ins>
  <w:del w:id="2" w:author="Redactie"><w:r><w:delText>maandag </w:delText></w:r></w:del>
  <w:r><w:t xml:space="preserve">gevallen, meldt </w:t></w:r>
  <w:smartTag w:uri="x" w:element="y"><w:hyperlink r:id="rIdLink"><w:r><w:t>de NOS</w:t></w:r>
  </w:hyperlink></w:smartTag><w:r><w:t>.</w:t></w:r>
  <w:r><w:fldChar w:fldCharType="begin"/></w:r>
  <w:r><w:instrText xml:space="preserve"> HYPERLINK "https://nos.nl" </w:instrText></w:r>
  <w:r><w:fldChar w:fldCharType="separate"/></w:r>
  <w:r><w:t xml:space="preserve"> Lees meer</w:t></w:r>
  <w:r><w:fldChar w:fldCharType="end"/></w:r>
  <w:r><w:t>.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>
</w:p>
<w:p><w:r><w:t>Na de alinea volgt een kader.</w:t></w:r><w:r><mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>
    <w:p><w:r><w:t>In het kader: de uitslag van 2021.</w:t></w:r></w:p>
  </w:txbxContent></wps:txbx></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:textbox><w:txbxContent>
    <w:p><w:r><w:t>In het kader: de uitslag van 2021.</w:t></w:r></w:p>
  </w:txbxContent></v:textbox></w:pict></mc:Fallback>
</mc:AlternateContent></w:r></w:p>
<w:sdt><w:sdtPr><w:alias w:val="Samenvatting"/></w:sdtPr><w:sdtContent>
  <w:p><w:r><w:t xml:space="preserve">Een alinea in een </w:t></w:r>
  <w:sdt><w:sdtContent><w:r><w:t>inhoudsbesturingselement</w:t></w:r></w:sdtContent></w:sdt>
  <w:r><w:t>.</w:t></w:r></w:p>
</w:sdtContent></w:sdt>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Partij</w:t></w:r></w:p></w:tc>
<w:tc><w:p><w:r><w:t>Zetels</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>De laatste alinea.</w:t></w:r></w:p>
"""

FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>
<w:r><w:t xml:space="preserve"> Bron: NOS, 24 maart 2021.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def test_a_word_document_is_read_as_word_shows_it_with_changes_accepted() -> None:
    parsed = parse_docx(word_file(BODY, FOOTNOTES), "stuk.docx")
    assert [(piece.kind, piece.text) for piece in parsed.pieces] == [
        ("paragraph", "Kabinet valt"),
        ("paragraph", "Het kabinet is dinsdagavond gevallen, meldt de NOS. Lees meer."),
        ("paragraph", "Na de alinea volgt een kader."),
        ("paragraph", "In het kader: de uitslag van 2021."),
        ("paragraph", "Een alinea in een inhoudsbesturingselement."),
        ("paragraph", "Partij"),
        ("paragraph", "Zetels"),
        ("paragraph", "De laatste alinea."),
        ("paragraph", "Bron: NOS, 24 maart 2021."),
    ]
    assert parsed.title is None


def test_words_around_a_hyperlink_are_never_glued() -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Zie </w:t></w:r><w:hyperlink r:id="rIdLink">'
        "<w:r><w:t>de site</w:t></w:r></w:hyperlink>"
        '<w:r><w:t xml:space="preserve"> voor meer.</w:t></w:r></w:p>'
    )
    pieces = parse_docx(word_file(body), "link.docx").pieces
    assert pieces[0].text == "Zie de site voor meer."
