"""PDFs of several pages: running headers, footers and page numbers go; bullets are lists."""

from kernpunt.core.formats.pdf import parse_pdf
from tests.support.documents import pdf_file


def pdf_pages(pages: list[list[str]]) -> bytes:
    """A PDF with one page per list of lines (Helvetica, WinAnsi), written byte by byte."""
    count = len(pages)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count)), count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for index, lines in enumerate(pages):
        shown = " ".join(
            "({}) Tj T*".format(line.replace("(", "\\(").replace(")", "\\)")) for line in lines
        )
        stream = f"BT /F1 11 Tf 72 770 Td 14 TL {shown} ET".encode("cp1252")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * index)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return pdf_file(objects)


BODY = [
    "Het kabinet is dinsdagavond gevallen over de aanpak van de stikstofcrisis in het land.",
    "Dat meldt de NOS op basis van bronnen in Den Haag die bij het overleg waren.",
]


def test_running_headers_footers_and_page_numbers_are_left_out() -> None:
    header = "Jaarverslag 2021 - Ministerie van LNV"
    pages = [
        [header, "", f"Op pagina {number} staat dit.", *BODY, "", f"Pagina {number} van 3"]
        for number in (1, 2, 3)
    ]
    text = "\n".join(piece.text for piece in parse_pdf(pdf_pages(pages), "v.pdf").pieces)
    assert "Jaarverslag" not in text
    assert "Pagina" not in text
    assert text.count("Het kabinet is dinsdagavond gevallen") == 3
    assert "Op pagina 2 staat dit." in text


def test_a_line_that_comes_back_on_one_page_only_stays() -> None:
    pages = [["Inleiding", "", *BODY], ["Besluit", "", *BODY]]
    text = [piece.text for piece in parse_pdf(pdf_pages(pages), "v.pdf").pieces]
    assert "Inleiding" in text
    assert "Besluit" in text


def test_bulleted_lines_are_list_items() -> None:
    lines = [
        "De gevolgen voor de boeren in het land zijn groot, zegt de minister van Landbouw:",
        "• nieuwe verkiezingen in maart,",
        "• een demissionair kabinet tot die tijd",
        "  en geen nieuwe plannen.",
        "- een lange formatie.",
        "",
        "Daarna volgt de rest van het verhaal over de gevolgen voor het land en de boeren.",
    ]
    pieces = parse_pdf(pdf_pages([lines]), "v.pdf").pieces
    assert [(piece.kind, piece.text) for piece in pieces[1:4]] == [
        ("list_item", "nieuwe verkiezingen in maart,"),
        ("list_item", "een demissionair kabinet tot die tijd en geen nieuwe plannen."),
        ("list_item", "een lange formatie."),
    ]
    assert pieces[-1].kind == "paragraph"
