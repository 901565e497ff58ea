"""Saved web pages as they are found in the wild: forms, share bars, tweets, tables, titles."""

from kernpunt.core.formats.agreement import agreed_pieces
from kernpunt.core.formats.base import Piece
from kernpunt.core.formats.html import parse_html

BODY = (
    "<p>Het kabinet is dinsdagavond gevallen over de aanpak van de stikstofcrisis. Dat meldt de "
    "NOS op basis van bronnen in Den Haag die bij het overleg betrokken waren.</p>"
    "<p>De coalitiepartijen konden het na weken van onderhandelen niet eens worden over de "
    "uitkoop van boeren rond natuurgebieden. Premier Rutte biedt woensdag het ontslag aan.</p>"
    "<h2>Reacties uit de Kamer ¶</h2>"
    "<p>De oppositie reageerde verbaasd op het nieuws. Volgens meerdere fracties had het "
    "kabinet al maanden geleden moeten ingrijpen in plaats van het probleem voor zich uit te "
    "schuiven tot na de zomer.</p>"
    "<p>Nieuwe verkiezingen worden in maart verwacht. Tot die tijd blijft het kabinet "
    "demissionair en neemt het geen besluiten over zaken die als controversieel gelden.</p>"
)


def page(body: str, head: str = "") -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def texts(data: bytes) -> list[str]:
    return [piece.text for piece in parse_html(data, "pagina.html").pieces]


def test_a_page_wrapped_in_a_form_is_read() -> None:
    data = page(f"<form method='post' action='/'><h1>Kabinet gevallen</h1>{BODY}</form>")
    read = texts(data)
    assert read[0] == "Kabinet gevallen"
    assert any(text.startswith("Het kabinet is dinsdagavond gevallen") for text in read)


def test_a_search_form_beside_the_article_is_dropped() -> None:
    data = page(
        f"<form><label>Zoek op de site naar nieuws en achtergronden</label></form>"
        f"<article><h1>Kabinet gevallen</h1>{BODY}</article>"
    )
    assert not any("Zoek op de site" in text for text in texts(data))


def test_a_newsletter_box_and_share_bar_inside_the_article_are_dropped() -> None:
    data = page(
        f"<article><h1>Kabinet gevallen</h1>{BODY[: len(BODY) // 2]}"
        "<div class='newsletter-signup'><p>Schrijf je in voor onze dagelijkse nieuwsbrief en "
        "ontvang elke ochtend het belangrijkste nieuws in je mailbox.</p></div>"
        "<div class='share-bar'><p>Deel dit artikel via WhatsApp, Facebook of X</p></div>"
        f"{BODY[len(BODY) // 2 :]}</article>"
    )
    read = " ".join(texts(data))
    assert "nieuwsbrief" not in read
    assert "WhatsApp" not in read
    assert "Nieuwe verkiezingen worden in maart verwacht." in read


def test_paragraphs_inside_inline_text_are_not_glued() -> None:
    data = page(
        "<article><h1>Kabinet gevallen</h1><span><p>Het kabinet is gevallen.</p>"
        "<p>Rutte biedt het ontslag aan.</p></span>" + BODY + "</article>"
    )
    read = "\n".join(texts(data))
    assert "gevallen.Rutte" not in read
    assert "Rutte biedt het ontslag aan." in read


def test_an_embedded_tweet_stays_as_a_quote() -> None:
    data = page(
        f"<article><h1>Kabinet gevallen</h1>{BODY}<div class='video-container'>"
        "<blockquote class='twitter-tweet'><p>Een zwarte dag voor Nederland, schrijft de "
        "fractievoorzitter van de grootste oppositiepartij vanavond op sociale media.</p>"
        "</blockquote></div></article>"
    )
    pieces = parse_html(data, "pagina.html").pieces
    assert any(piece.kind == "quote" and "zwarte dag" in piece.text for piece in pieces)


def test_titles_and_headings_lose_site_names_and_permalink_glyphs() -> None:
    head = "<title>Kabinet valt over stikstof - NOS</title>"
    parsed = parse_html(page(f"<article>{BODY}</article>", head), "pagina.html")
    assert parsed.title == "Kabinet valt over stikstof"
    assert "Reacties uit de Kamer" in [piece.text for piece in parsed.pieces]
    assert not any("¶" in piece.text for piece in parsed.pieces)


def test_og_title_loses_the_site_name_too() -> None:
    head = '<meta property="og:title" content="NOS | Kabinet valt over stikstof">'
    assert parse_html(page(BODY, head), "pagina.html").title == "Kabinet valt over stikstof"


def test_xhtml_with_an_internal_dtd_subset_is_not_titled_by_it() -> None:
    data = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" '
        '"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd" [\n<!ENTITY nos "NOS">\n]>\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{BODY}</body></html>'
    ).encode()
    read = texts(data)
    assert "]>" not in "".join(read)
    assert read[0].startswith("Het kabinet is dinsdagavond gevallen")


def test_a_table_row_of_figures_is_one_line() -> None:
    import lxml.html

    from kernpunt.core.formats.markup import element_pieces

    table = lxml.html.fromstring(
        "<div><table><tr><th>Partij</th><th>Zetels</th></tr>"
        "<tr><td>VVD</td><td>34</td></tr><tr><td>D66</td><td>24</td></tr></table>"
        "<table><tr><td><p>Een cel met een alinea.</p><p>En nog een.</p></td></tr></table></div>"
    )
    assert [piece.text for piece in element_pieces(table)] == [
        "Partij Zetels",
        "VVD 34",
        "D66 24",
        "Een cel met een alinea.",
        "En nog een.",
    ]


def test_blocks_the_second_reading_lacks_are_dropped() -> None:
    pieces = [
        Piece("paragraph", "Het kabinet is dinsdagavond gevallen over de stikstofaanpak."),
        Piece("paragraph", "Lees ook: alles over de val van het kabinet in ons dossier."),
        Piece("heading", "Reacties"),
        Piece("paragraph", "De oppositie reageerde verbaasd op het nieuws van de avond."),
    ]
    reference = (
        "Het kabinet is dinsdagavond gevallen over de stikstofaanpak.\nReacties\n"
        "De oppositie reageerde verbaasd op het nieuws van de avond."
    )
    assert agreed_pieces(pieces, reference) == [pieces[0], pieces[2], pieces[3]]


def test_readings_that_disagree_on_where_the_article_is_keep_the_first() -> None:
    pieces = [Piece("paragraph", "Het kabinet is dinsdagavond gevallen over de stikstofaanpak.")]
    assert agreed_pieces(pieces, "Iets heel anders dat over de voetbaluitslagen gaat.") == pieces
    assert agreed_pieces(pieces, "") == pieces


def test_a_page_that_lies_about_its_charset_is_read_by_guessing() -> None:
    body = (
        "<p>De financiële steun voor de coöperatie werd gisteren bereikt, na een café-overleg "
        "in Zürich. Het ministerie reageerde „tevreden” op het akkoord.</p>"
    )
    data = page(body, '<meta charset="utf-8">').decode().encode("cp1252")
    parsed = parse_html(data, "oud.html")
    assert "De financiële steun voor de coöperatie" in parsed.pieces[0].text
    assert parsed.encoding == "cp1252"


PULL_QUOTE = "Dit is een zwarte dag voor de boeren en voor het hele land, zei de minister."
BOX = (
    "Stikstof komt vooral vrij bij de veehouderij, het verkeer en de industrie. In de buurt "
    "van kwetsbare natuurgebieden zorgt te veel stikstof voor verzuring van de bodem."
)


SPLIT = BODY.index("<h2>")


def test_an_editorial_aside_stays_and_newsletter_and_related_asides_go() -> None:
    data = page(
        "<article><h1>Kabinet gevallen</h1>"
        f"{BODY[:SPLIT]}<aside class='pullquote'><p>{PULL_QUOTE}</p></aside>{BODY[SPLIT:]}"
        f"<aside class='uitleg'><h3>Wat is stikstof?</h3><p>{BOX}</p></aside>"
        "<aside class='newsletter'><p>Schrijf je in voor onze nieuwsbrief en ontvang elke "
        "ochtend het belangrijkste nieuws van de dag in je mailbox.</p></aside>"
        "<aside class='related'><ul><li><a href='/1'>Boeren protesteren opnieuw in Den Haag "
        "tegen de plannen</a></li><li><a href='/2'>Wat betekent de val van het kabinet voor "
        "jouw portemonnee</a></li></ul></aside></article>"
        "<aside><p>Meest gelezen: vijf tips om je huis dit jaar goedkoop te verduurzamen en "
        "geld te besparen op je energierekening.</p></aside>"
    )
    read = " ".join(texts(data))
    assert PULL_QUOTE in read
    assert BOX in read
    assert "nieuwsbrief" not in read
    assert "portemonnee" not in read
    assert "Meest gelezen" not in read


def test_code_on_a_page_is_kept_as_code_and_verse_stays_text() -> None:
    data = page(
        f"<article><h1>Kabinet gevallen</h1>{BODY[:SPLIT]}"
        "<pre><code class='language-python'>def zetels(stemmen):\n    return stemmen // 70000\n"
        "</code></pre>"
        "<pre>Rozen zijn rood,\n  viooltjes zijn blauw.</pre>"
        f"{BODY[SPLIT:]}</article>"
    )
    pieces = parse_html(data, "pagina.html").pieces
    assert Piece("code", "def zetels(stemmen):\n    return stemmen // 70000") in pieces
    [verse] = [piece for piece in pieces if "Rozen" in piece.text]
    assert verse.kind == "paragraph", "preformatted text without code is translated"
