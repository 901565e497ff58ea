"""Fixture documents in every format Kernpunt reads, written by the tests themselves.

Word, OpenDocument and e-book files are written with the libraries that read them; the PDF is
a minimal file with a real text layer, written byte by byte.
"""

from __future__ import annotations

import datetime
import io
import shutil
from pathlib import Path

TITLE = "Kabinet valt over stikstof"
HEADING = "Reacties uit de Kamer"
PARAGRAPHS = (
    "Het kabinet is dinsdagavond gevallen. Dat meldt de NOS op basis van bronnen in Den Haag.",
    "De coalitiepartijen konden het niet eens worden over de stikstofaanpak. "
    "Premier Rutte biedt woensdag het ontslag aan bij de koning.",
)
LIST_ITEMS = ("Nieuwe verkiezingen in maart.", "Een demissionair kabinet tot die tijd.")
QUOTE = "Dit is een zwarte dag voor Nederland."
DATE = datetime.datetime(2021, 3, 24, 10, 30, tzinfo=datetime.UTC)
MENU = "Home Binnenland Buitenland Sport"
FOOTER = "Copyright NOS 2021 Alle rechten voorbehouden Privacy Cookies"


def copies(article: Path, folder: Path, count: int) -> list[Path]:
    """Make the folder and put that many copies of the article in it, named in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"stuk{number:02}{article.suffix}" for number in range(count)]
    for path in paths:
        shutil.copy(article, path)
    return paths


def docx_bytes() -> bytes:
    """A Word document with a title, a heading, paragraphs, a list, a quote and metadata."""
    import docx

    document = docx.Document()
    document.core_properties.title = TITLE
    document.core_properties.created = DATE
    document.add_heading(TITLE, 0)
    document.add_paragraph(PARAGRAPHS[0])
    document.add_heading(HEADING, 1)
    document.add_paragraph(PARAGRAPHS[1])
    for item in LIST_ITEMS:
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph(QUOTE, style="Quote")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt_bytes() -> bytes:
    """An OpenDocument text with the same structure and metadata as docx_bytes()."""
    from odfdo import Document, Header, List, Paragraph

    document = Document("text")
    body = document.body
    body.clear()
    body.append(Paragraph(TITLE, style="Title"))
    body.append(Paragraph(PARAGRAPHS[0]))
    body.append(Header(1, HEADING))
    body.append(Paragraph(PARAGRAPHS[1]))
    body.append(List(list(LIST_ITEMS)))
    body.append(Paragraph(QUOTE, style="Quotations"))
    document.meta.set_title(TITLE)
    document.meta.set_creation_date(DATE.replace(tzinfo=None))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def article_html(*, remote: bool = False) -> str:
    """A news page: menu, header, the article, a sidebar and a footer.

    Args:
        remote: Also point at images, scripts, style sheets and frames on other hosts.
    """
    resources = (
        '<link rel="stylesheet" href="http://192.0.2.1/style.css">'
        '<script src="http://192.0.2.1/app.js"></script>'
        if remote
        else ""
    )
    media = (
        '<img src="http://192.0.2.1/foto.jpg" alt="Foto">'
        '<iframe src="http://192.0.2.1/video"></iframe>'
        if remote
        else ""
    )
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    items = "".join(f"<li>{item}</li>" for item in LIST_ITEMS)
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<title>{TITLE} | NOS</title>
<meta property="article:published_time" content="2021-03-24T10:30:00+01:00">
{resources}</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/binnenland">Binnenland</a></li>
<li><a href="/buitenland">Buitenland</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>{TITLE}</h1>
{media}
{paragraphs.replace("</p><p>", f"</p><h2>{HEADING}</h2><p>", 1)}
<ul>{items}</ul>
<blockquote><p>{QUOTE}</p></blockquote>
</article></main>
<aside><h3>Meer nieuws</h3><p><a href="/1">Ander bericht</a></p></aside>
<footer><p>{FOOTER}</p></footer>
</body></html>
"""


def epub_bytes() -> bytes:
    """An e-book of two chapters with a title and a date."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("kernpunt-test")
    book.set_title(TITLE)
    book.set_language("nl")
    book.add_metadata("DC", "date", "2021-03-24")
    first = epub.EpubHtml(title="Een", file_name="een.xhtml", lang="nl")
    first.content = f"<html><body><h1>{TITLE}</h1><p>{PARAGRAPHS[0]}</p></body></html>"
    items = "".join(f"<li>{item}</li>" for item in LIST_ITEMS)
    second = epub.EpubHtml(title="Twee", file_name="twee.xhtml", lang="nl")
    second.content = (
        f"<html><body><h2>{HEADING}</h2><p>{PARAGRAPHS[1]}</p><ul>{items}</ul>"
        f"<blockquote><p>{QUOTE}</p></blockquote></body></html>"
    )
    for chapter in (first, second):
        book.add_item(chapter)
    book.toc = [first, second]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", first, second]
    buffer = io.BytesIO()
    epub.write_epub(buffer, book)
    return buffer.getvalue()


def pdf_bytes(
    lines: list[str] | None = None,
    *,
    title: str | None = TITLE,
    headings: dict[str, int] | None = None,
) -> bytes:
    """A one-page PDF whose text layer holds these lines (Helvetica 11, WinAnsi encoding).

    Args:
        lines: The page's lines; None gives the standard article, [] a page without text.
        title: The document title in its metadata.
        headings: Lines set in Helvetica-Bold, and their size; the standard article sets its
            title and heading so.
    """
    if lines is None:
        lines = [TITLE, "", *_wrap(PARAGRAPHS[0]), "", HEADING, "", *_wrap(PARAGRAPHS[1])]
        headings = {TITLE: 18, HEADING: 14} if headings is None else headings
    headings = headings or {}
    shown = " ".join(
        f"/F2 {headings[line]} Tf ({_pdf_string(line)}) Tj T* /F1 11 Tf"
        if line in headings
        else f"({_pdf_string(line)}) Tj T*"
        for line in lines
    )
    content = f"BT /F1 11 Tf 72 770 Td 14 TL {shown} ET" if lines else "0 0 m 100 100 l S"
    stream = content.encode("cp1252")
    info = f"<< /Title ({_pdf_string(title)}) /CreationDate (D:20210324103000Z) >>" if title else ""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 7 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        info.encode("cp1252") or b"<< >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    return pdf_file(objects, info=6)


def pdf_page(stream: bytes) -> bytes:
    """A one-page A4 PDF that draws this content stream, with Helvetica (WinAnsi) as /F1."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return pdf_file(objects)


def pdf_file(objects: list[bytes], *, info: int | None = None) -> bytes:
    """A PDF of these objects, numbered from 1 (the catalogue), with its cross-reference table.

    Args:
        objects: Each object's body.
        info: The number of the document information object, if there is one.
    """
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    extra = b" /Info %d 0 R" % info if info is not None else b""
    output += b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, extra)
    output += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(output)


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _wrap(text: str, width: int = 60) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def network_attempt() -> str:
    """Try to reach a host, as a library following a link would; return what stopped it.

    Run in the sandbox's child process by the tests, so it lives in an importable module.
    """
    import socket

    try:
        socket.create_connection(("192.0.2.1", 80), timeout=1).close()
    except OSError as error:
        return str(error)
    return "connected"
