"""Word and PDF documents with one feature each and the words a reader sees in them.

Each document is written here with the text it holds known word for word, so that what a
reader of documents returns can be scored against it: tracked insertions (deleted words must
not come back), hyperlinks inside words, text boxes, content controls, tables and footnotes in
Word; running headers and footers, bullets, headings and word-by-word text layers in PDF.
``benchmarks/documents.py`` reports word recall and precision on them next to peers, and
``tests/unit/formats/test_document_words.py`` holds Kernpunt to its thresholds on the same files.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

PROSE = Path(__file__).resolve().parents[1] / "data" / "lassy-long-5k-words.nl.txt"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
V = "urn:schemas-microsoft-com:vml"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class FeatureDocument:
    """A document and the words a reader should get from it.

    Attributes:
        feature: What the document tests, in a few words.
        suffix: ``.docx`` or ``.pdf``.
        data: The file's bytes.
        expected: Its text as a reader sees it (the words are what count, not their order).
    """

    feature: str
    suffix: str
    data: bytes
    expected: str


def words(text: str) -> Counter[str]:
    """The multiset of a text's words, case folded; punctuation and layout do not count."""
    return Counter(word.casefold() for word in _WORD.findall(text))


def recall_precision(read: str, expected: str) -> tuple[float, float]:
    """Word recall and precision of a reading against the expected text."""
    got, want = words(read), words(expected)
    shared = sum((got & want).values())
    return shared / max(1, sum(want.values())), shared / max(1, sum(got.values()))


def paragraphs(count: int, start: int = 0) -> list[str]:
    """Paragraphs of real Dutch prose (Wikipedia, from the tests' data), each a few sentences."""
    text = PROSE.read_text(encoding="utf-8")
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(text.split()))
    sentences = [sentence for sentence in sentences if 8 <= len(sentence.split()) <= 40]
    first = start * 3
    chosen = [sentences[(first + i) % len(sentences)] for i in range(count * 3)]
    return [" ".join(chosen[i : i + 3]) for i in range(0, len(chosen), 3)]


def word_documents() -> list[FeatureDocument]:
    """One Word document per feature Word documents are read for."""
    return [
        _tracked_insertions(),
        _hyperlinks(),
        _text_boxes(),
        _content_controls(),
        _tables(),
        _footnotes(),
    ]


def pdf_documents() -> list[FeatureDocument]:
    """One PDF per feature PDFs are read for (written with reportlab)."""
    return [
        _running_headers(),
        _bullets(),
        _headings_and_labels(),
        word_by_word("OCR text layer: words placed one by one, gap 0.25 em", 0.25),
        word_by_word("OCR text layer, words squeezed to 80 % (Tz)", 0.25, 80.0),
        word_by_word("tight word spacing, gap 0.12 em", 0.12),
        _kerned(),
    ]


# Word ---------------------------------------------------------------------------------------


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _paragraph(*inner: str) -> str:
    return f"<w:p>{''.join(inner)}</w:p>"


def _tracked_insertions() -> FeatureDocument:
    body, expected = [], []
    for number, text in enumerate(paragraphs(6)):
        split = text.split()
        third = len(split) // 3
        before, inserted, after = (
            " ".join(split[:third]),
            " ".join(split[third : 2 * third]),
            " ".join(split[2 * third :]),
        )
        deleted = f"verwijderd{number} geschrapt{number}"
        body.append(
            _paragraph(
                _run(before + " "),
                f'<w:ins w:id="{2 * number}" w:author="Redactie">{_run(inserted + " ")}</w:ins>',
                f'<w:del w:id="{2 * number + 1}" w:author="Redactie"><w:r><w:delText '
                f'xml:space="preserve">{deleted} </w:delText></w:r></w:del>',
                _run(after),
            )
        )
        expected.append(text)
    return _docx("tracked insertions (deletions left out)", body, expected)


def _hyperlinks() -> FeatureDocument:
    body, expected = [], []
    for text in paragraphs(6, 6):
        split = text.split()
        # A link that starts and ends inside words, as "begel[eidende brief schreef K]ühn".
        middle = len(split) // 2
        head = " ".join(split[: middle - 2]) + " " + split[middle - 2][:3]
        link = split[middle - 2][3:] + " " + " ".join(split[middle - 1 : middle + 1])
        link += " " + split[middle + 1][:2]
        tail = split[middle + 1][2:] + " " + " ".join(split[middle + 2 :])
        body.append(
            _paragraph(
                _run(head),
                f'<w:hyperlink r:id="rIdLink">{_run(link)}</w:hyperlink>',
                _run(tail),
            )
        )
        expected.append(text)
    return _docx("hyperlinks, inside words too", body, expected)


def _text_boxes() -> FeatureDocument:
    body, expected = [], []
    texts = paragraphs(8, 12)
    for text, boxed in zip(texts[::2], texts[1::2], strict=True):
        box = f"<w:txbxContent>{_paragraph(_run(boxed))}</w:txbxContent>"
        body.append(
            _paragraph(
                _run(text),
                '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
                f"{box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
                f"{box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>",
            )
        )
        expected += [text, boxed]
    return _docx("text boxes (Word's drawing and its fallback, read once)", body, expected)


def _content_controls() -> FeatureDocument:
    body, expected = [], []
    for number, text in enumerate(paragraphs(6, 20)):
        first, rest = text.split(" ", 1)
        inline = f"<w:sdt><w:sdtContent>{_run(first + ' ')}</w:sdtContent></w:sdt>"
        body.append(
            f'<w:sdt><w:sdtPr><w:alias w:val="Veld {number}"/></w:sdtPr><w:sdtContent>'
            f"{_paragraph(inline, _run(rest))}</w:sdtContent></w:sdt>"
        )
        expected.append(text)
    return _docx("content controls, around and inside paragraphs", body, expected)


def _tables() -> FeatureDocument:
    texts = paragraphs(8, 26)
    rows = []
    for left, right in zip(texts[::2], texts[1::2], strict=True):
        cells = "".join(f"<w:tc>{_paragraph(_run(cell))}</w:tc>" for cell in (left, right))
        rows.append(f"<w:tr>{cells}</w:tr>")
    intro = paragraphs(1, 34)[0]
    body = [_paragraph(_run(intro)), f"<w:tbl>{''.join(rows)}</w:tbl>"]
    return _docx("tables", body, [intro, *texts])


def _footnotes() -> FeatureDocument:
    texts = paragraphs(5, 35)
    notes = paragraphs(5, 40)
    body = [
        _paragraph(_run(text), f'<w:r><w:footnoteReference w:id="{number}"/></w:r>')
        for number, text in enumerate(texts, start=1)
    ]
    footnotes = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:footnoteRef/></w:r>{_run(" " + note)}</w:p>'
        "</w:footnote>"
        for number, note in enumerate(notes, start=1)
    )
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f"</w:footnote>{footnotes}</w:footnotes>"
    )
    return _docx("footnotes", body, [*texts, *notes], footnotes)


def _docx(
    feature: str, body: list[str], expected: list[str], footnotes: str | None = None
) -> FeatureDocument:
    return FeatureDocument(
        feature, ".docx", word_file("".join(body), footnotes), "\n\n".join(expected)
    )


def word_file(body: str, footnotes: str | None = None) -> bytes:
    """A .docx written part by part, as Word lays it out, with a hyperlink target."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" '
        f'xmlns:r="{R}" xmlns:mc="{MC}" xmlns:wps="{WPS}" xmlns:v="{V}" mc:Ignorable="wps">'
        f"<w:body>{body}</w:body></w:document>"
    )
    package_types = "http://schemas.openxmlformats.org/package/2006"
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    notes = (
        f'<Relationship Id="rIdNotes" Type="{office}/footnotes" Target="footnotes.xml"/>'
        if footnotes
        else ""
    )
    relationships = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package_types}/'
        f'relationships"><Relationship Id="rIdLink" Type="{office}/hyperlink" '
        f'Target="https://example.org" TargetMode="External"/>{notes}</Relationships>'
    )
    types = (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{package_types}/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
        f'<Override PartName="/word/footnotes.xml" ContentType="{main}.footnotes+xml"/></Types>'
    )
    package = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{package_types}/'
        f'relationships"><Relationship Id="rId1" Type="{office}/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", package)
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", relationships)
        if footnotes:
            archive.writestr("word/footnotes.xml", footnotes)
    return buffer.getvalue()


# PDF ----------------------------------------------------------------------------------------

PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0
MARGIN = 72.0
BODY_FONT, BOLD_FONT = "Helvetica", "Helvetica-Bold"
BODY_SIZE, LEADING = 11.0, 14.0


class _Pages:
    """Lines laid out on A4 pages with reportlab, wrapped to the text width."""

    def __init__(self) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1)
        self.y = PAGE_HEIGHT - MARGIN
        self.page = 1
        self.on_page: list[tuple[str, float]] = []  # running lines: text with {page}, height

    def paragraph(
        self, text: str, font: str = BODY_FONT, size: float = BODY_SIZE, indent: float = 0.0
    ) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        line: list[str] = []
        width = PAGE_WIDTH - 2 * MARGIN - indent
        for word in text.split():
            if line and stringWidth(" ".join([*line, word]), font, size) > width:
                self.line(" ".join(line), font, size, indent)
                line = []
            line.append(word)
        if line:
            self.line(" ".join(line), font, size, indent)
        self.y -= size * 0.6

    def line(self, text: str, font: str, size: float, indent: float = 0.0) -> None:
        leading = max(LEADING, size * 1.3)
        if self.y - leading < MARGIN:
            self.new_page()
        self.y -= leading
        self.canvas.setFont(font, size)
        self.canvas.drawString(MARGIN + indent, self.y, text)

    def new_page(self) -> None:
        self._running()
        self.canvas.showPage()
        self.page += 1
        self.y = PAGE_HEIGHT - MARGIN

    def finish(self) -> bytes:
        self._running()
        self.canvas.save()
        return self.buffer.getvalue()

    def _running(self) -> None:
        for text, height in self.on_page:
            self.canvas.setFont(BODY_FONT, 9)
            self.canvas.drawString(MARGIN, height, text.format(page=self.page))


def _running_headers() -> FeatureDocument:
    pages = _Pages()
    pages.on_page = [
        ("Jaarverslag 2021 | Ministerie van Landbouw, Natuur en Voedselkwaliteit", 800.0),
        ("Pagina {page}", 40.0),
    ]
    texts = paragraphs(40, 45)
    for text in texts:
        pages.paragraph(text)
    return FeatureDocument(
        "running headers, footers and page numbers", ".pdf", pages.finish(), "\n\n".join(texts)
    )


def _bullets() -> FeatureDocument:
    pages = _Pages()
    intro = paragraphs(2, 60)
    items = [" ".join(text.split()[:14]) for text in paragraphs(8, 62)]
    pages.paragraph(intro[0])
    for item in items:
        pages.paragraph(f"• {item}", indent=12)
    pages.paragraph(intro[1])
    return FeatureDocument("bullets", ".pdf", pages.finish(), "\n\n".join([*intro, *items]))


def _headings_and_labels() -> FeatureDocument:
    pages = _Pages()
    texts = paragraphs(6, 70)
    expected = []
    for number, text in enumerate(texts):
        heading = f"Hoofdstuk {number + 1}: " + " ".join(text.split()[:4])
        pages.paragraph(heading, BOLD_FONT, 15)
        pages.paragraph("Let op:", BOLD_FONT)
        pages.paragraph(text)
        expected += [heading, "Let op:", text]
    return FeatureDocument("headings and bold labels", ".pdf", pages.finish(), "\n".join(expected))


def word_by_word(feature: str, gap: float, squeeze: float = 100.0) -> FeatureDocument:
    """A text layer as OCR programs write it: one text object, every word placed on its own.

    No spaces are written: only the words' positions tell where one ends and the next
    begins. ``squeeze`` is the horizontal scaling (``Tz``) each word is set in, as OCR
    programs fit a word to its box on the scan; ``gap`` is the space between words in ems.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1)
    texts = paragraphs(6, 80)
    shown = canvas.beginText(MARGIN, PAGE_HEIGHT - MARGIN)
    shown.setFont(BODY_FONT, BODY_SIZE)
    shown.setHorizScale(squeeze)
    y = PAGE_HEIGHT - MARGIN
    for text in texts:
        x = MARGIN
        for word in text.split():
            width = stringWidth(word, BODY_FONT, BODY_SIZE) * squeeze / 100
            if x + width > PAGE_WIDTH - MARGIN:
                x, y = MARGIN, y - LEADING
            shown.setTextOrigin(x, y)
            shown.textOut(word)
            x += width + gap * BODY_SIZE
        y -= 2 * LEADING
    canvas.drawText(shown)
    canvas.save()
    return FeatureDocument(feature, ".pdf", buffer.getvalue(), "\n\n".join(texts))


def _kerned() -> FeatureDocument:
    """Words kerned letter by letter in TJ arrays, a word's gap only 0.11 em and no spaces.

    Inside a word letters are pulled together or pushed apart by up to 0.06 em, as kerning and
    letter spacing do; only the gap between words is wider than that.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from tests.support.documents import pdf_page

    texts = paragraphs(6, 90)
    shown, y = [], PAGE_HEIGHT - MARGIN
    for text in texts:
        line: list[str] = []
        for word in [*text.split(), None]:
            if word is None or stringWidth(" ".join([*line, word]), BODY_FONT, BODY_SIZE) > 430:
                shown.append(
                    f"1 0 0 1 {MARGIN} {y} Tm [{' -110 '.join(map(_kerned_word, line))}] TJ"
                )
                line, y = [], y - LEADING
            if word is not None:
                line.append(word)
        y -= LEADING
    stream = f"BT /F1 {BODY_SIZE} Tf {' '.join(shown)} ET".encode("cp1252")
    feature = "kerning inside words (TJ), words 0.11 em apart"
    return FeatureDocument(feature, ".pdf", pdf_page(stream), "\n\n".join(texts))


def _kerned_word(word: str) -> str:
    """A word as TJ items: a pair of letters tightened by 0.05 em, the next loosened by 0.06."""
    parts, kerning = [], ["50", "-60"]
    for index in range(0, len(word), 2):
        pair = word[index : index + 2].replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        parts.append(f"({pair})")
        if index + 2 < len(word):
            parts.append(kerning[index // 2 % 2])
    return " ".join(parts)
