"""PDFs as pages of typeset lines: what becomes a heading, a list item, or is left out.

Running headers, footers and page numbers go, on two pages too; bullets are list items;
headings are what the type makes them, never a bold line in the body's type, a bold label or a
short line; words set close together stay apart.
"""

from kernpunt.core.formats.pdf import parse_pdf
from tests.support.documents import pdf_file, pdf_page

# A line of a test page: its text, or its text with the size and weight it is set in.
PageLine = str | tuple[str, int, bool]


def pdf_pages(pages: list[list[PageLine]]) -> bytes:
    """A PDF with one page per list of lines (Helvetica 11, WinAnsi), written byte by byte."""
    count = len(pages)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (5 + 2 * i) for i in range(count)), count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    for index, lines in enumerate(pages):
        shown = " ".join(_shown(line) for line in lines)
        stream = f"BT /F1 11 Tf 72 770 Td 14 TL {shown} ET".encode("cp1252")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (6 + 2 * index)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    return pdf_file(objects)


def _shown(line: PageLine) -> str:
    text, size, bold = (line, 11, False) if isinstance(line, str) else line
    escaped = text.replace("(", "\\(").replace(")", "\\)")
    leading = max(14, round(size * 1.3))
    return f"/F{2 if bold else 1} {size} Tf {leading} TL ({escaped}) Tj T* /F1 11 Tf 14 TL"


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


def test_the_running_header_and_footer_of_two_pages_are_left_out() -> None:
    header, footer = "Jaarverslag 2021 - Ministerie van LNV", "Vertrouwelijk - concept"
    pages = [[header, "", *BODY, "", footer] for _page in (1, 2)]
    text = "\n".join(piece.text for piece in parse_pdf(pdf_pages(pages), "v.pdf").pieces)
    assert "Jaarverslag" not in text
    assert "Vertrouwelijk" not in text
    assert text.count("Dat meldt de NOS") == 2


def test_the_title_repeated_as_the_second_pages_header_is_left_out_there_only() -> None:
    title = "Stikstofcrisis in Den Haag"
    pages: list[list[PageLine]] = [[(title, 18, True), "", *BODY], [(title, 8, False), "", *BODY]]
    pieces = parse_pdf(pdf_pages(pages), "v.pdf").pieces
    assert " ".join(piece.text for piece in pieces).count(title) == 1
    assert (pieces[0].kind, pieces[0].text) == ("heading", title)


def test_lines_that_read_the_same_on_two_pages_but_are_text_stay() -> None:
    # The same sentence ends both pages, among the other lines, not set apart as a footer is.
    pages = [["Inleiding bij het verslag.", "", *BODY], ["Besluit van het verslag.", "", *BODY]]
    text = "\n".join(piece.text for piece in parse_pdf(pdf_pages(pages), "v.pdf").pieces)
    assert text.count("Dat meldt de NOS") == 2
    assert text.count("Het kabinet is dinsdagavond") == 2


def test_a_line_that_comes_back_on_one_page_only_stays() -> None:
    pages = [[("Inleiding", 14, True), "", *BODY], [("Besluit", 14, True), "", *BODY]]
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


def test_headings_are_what_the_type_makes_them() -> None:
    lines: list[PageLine] = [
        ("Handleiding voor de warmtepomp", 20, False),
        "Lees deze handleiding voor u het toestel aansluit op het net.",
        ("Installatie", 14, True),
        "Zet het toestel op een vlakke vloer, ver van water en warmte.",
        ("2.1 Aansluiten op het net", 11, True),
        "Gebruik een geaard stopcontact met een eigen groep in de meterkast.",
        "Kort en bondig",
        "De garantie vervalt als u het toestel zelf opent of wijzigt.",
    ]
    pieces = parse_pdf(pdf_pages([lines]), "h.pdf").pieces
    headings = [piece.text for piece in pieces if piece.kind == "heading"]
    assert headings == [
        "Handleiding voor de warmtepomp",
        "Installatie",
        "2.1 Aansluiten op het net",
    ]
    # A short line in the body's type is not a heading, however short.
    assert not any(piece.text == "Kort en bondig" for piece in pieces)


def test_a_bold_line_in_the_body_type_is_its_own_paragraph_not_a_heading() -> None:
    lines: list[PageLine] = [
        ("Onderhoud en reiniging", 11, True),
        "Maak het filter elke maand schoon met lauw water.",
        "",
        ("Het kabinet is dinsdagavond gevallen over de aanpak van de", 11, True),
        ("stikstofcrisis, dat in bold als inleiding boven het stuk staat.", 11, True),
        *BODY,
    ]
    pieces = parse_pdf(pdf_pages([lines]), "h.pdf").pieces
    assert not [piece.text for piece in pieces if piece.kind == "heading"]
    assert [(piece.kind, piece.text) for piece in pieces[:3]] == [
        ("paragraph", "Onderhoud en reiniging"),
        ("paragraph", "Maak het filter elke maand schoon met lauw water."),
        (
            "paragraph",
            "Het kabinet is dinsdagavond gevallen over de aanpak van de stikstofcrisis, dat in "
            "bold als inleiding boven het stuk staat.",
        ),
    ]


def test_bold_warning_labels_and_bullets_are_not_headings() -> None:
    lines: list[PageLine] = [
        ("Veiligheid", 16, True),
        ("Let op:", 11, True),
        "trek de stekker uit het stopcontact voor u het toestel schoonmaakt.",
        ("WAARSCHUWING", 11, True),
        "Raak de verwarmingselementen niet aan terwijl het toestel aan staat.",
        ("• Gevaar voor brandwonden", 11, True),
        "• Houd kinderen uit de buurt",
    ]
    pieces = parse_pdf(pdf_pages([lines]), "w.pdf").pieces
    assert [piece.text for piece in pieces if piece.kind == "heading"] == ["Veiligheid"]
    assert [piece.text for piece in pieces if piece.kind == "list_item"] == [
        "Gevaar voor brandwonden",
        "Houd kinderen uit de buurt",
    ]
    assert "WAARSCHUWING" in " ".join(piece.text for piece in pieces)


def test_a_heading_set_over_two_lines_is_one_heading() -> None:
    lines: list[PageLine] = [
        ("Kabinet valt over de aanpak van", 18, True),
        ("de stikstofcrisis in het land", 18, True),
        *BODY,
    ]
    pieces = parse_pdf(pdf_pages([lines]), "t.pdf").pieces
    assert (pieces[0].kind, pieces[0].text) == (
        "heading",
        "Kabinet valt over de aanpak van de stikstofcrisis in het land",
    )
    assert pieces[1].kind == "paragraph"


def test_words_set_a_tenth_of_an_em_apart_are_read_apart_and_kerned_words_stay_whole() -> None:
    # Each word drawn as letter pairs kerned by up to 0.06 em; 0.11 em between words and no
    # space character, as tightly set or OCR text layers are written.
    sentence = "Het kabinet is dinsdagavond gevallen over de stikstofcrisis."
    words = []
    for word in sentence.split():
        pairs = [f"({word[index : index + 2]})" for index in range(0, len(word), 2)]
        words.append(" -60 ".join(pairs))
    stream = f"BT /F1 11 Tf 72 770 Td [{' -110 '.join(words)}] TJ ET".encode("cp1252")
    [piece] = parse_pdf(pdf_page(stream), "krap.pdf").pieces
    assert piece.text == sentence
