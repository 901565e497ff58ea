import codecs
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.core.formats import article as article_module
from kernpunt.core.formats.article import (
    ArticleError,
    article_from_text,
    decode_text,
    detected,
    is_supported,
    iter_article_files,
    read_article,
)

DUTCH = "Één overeenkomst over de financiële steun werd gisteren bereikt, zegt de minister. " * 5


def test_sample_date_is_metadata_not_text(sample: Path) -> None:
    article = read_article(sample)
    assert article.date == "2021-03"
    assert article.text.startswith("De ministers van Buitenlandse Zaken")
    assert "date 2021-03" not in article.text
    assert article.source == sample
    assert article.encoding == "utf-8"
    assert article.format == "text"


def test_sample_blocks_keep_the_subheading(sample: Path) -> None:
    article = read_article(sample)
    kinds = [block.kind for block in article.blocks]
    assert kinds.count("heading") == 1
    heading = article.blocks[kinds.index("heading")]
    assert article.block_text(heading) == "'We blijven geloven in dialoog'"
    assert len(article.blocks) == 9
    assert article.title.startswith("De ministers van Buitenlandse Zaken")
    assert len(article.title) <= article_module.TITLE_LENGTH + 1


def test_sample_is_recognised_as_dutch(sample: Path) -> None:
    article = read_article(sample)
    assert article.language == "nl"
    assert article.language_score > 0.9
    assert article.looks_dutch


def test_the_language_can_be_found_after_reading(sample: Path) -> None:
    english = "The foreign ministers met in Brussels on Tuesday and talked about Russia. " * 4
    read = article_from_text(english, detect=False)
    assert read.language is None and read.looks_dutch, "nothing said before it is known"
    found = detected(read)
    assert (found.language, found.text, found.blocks) == ("en", read.text, read.blocks)
    assert not found.looks_dutch
    assert detected(read_article(sample, detect=False)) == read_article(sample)


def test_english_text_is_flagged_as_not_dutch() -> None:
    article = article_from_text(
        "The ministers met in Brussels on Tuesday. They spoke about Russia and China at length."
    )
    assert article.language == "en"
    assert not article.looks_dutch


def test_title_is_a_leading_heading() -> None:
    article = article_from_text("Kabinet valt\n\nHet kabinet is gevallen. Dat meldt de NOS.")
    assert article.title == "Kabinet valt"
    assert [block.kind for block in article.blocks] == ["heading", "paragraph"]


def test_text_structure_lists_quotes_and_markdown_headings() -> None:
    article = article_from_text(
        "# Kabinet valt\n\nDe gevolgen:\n- nieuwe verkiezingen\n- een demissionair kabinet\n"
        "  tot maart\n\n> Dit is een zwarte dag,\n> zei de premier.\n\n## Reacties\n\n"
        "1. De Kamer.\n2. De Senaat.",
        markdown=True,
    )
    blocks = [(block.kind, article.block_text(block)) for block in article.blocks]
    assert blocks == [
        ("title", "Kabinet valt"),
        ("paragraph", "De gevolgen:"),
        ("list_item", "nieuwe verkiezingen"),
        ("list_item", "een demissionair kabinet\ntot maart"),
        ("quote", "Dit is een zwarte dag,\nzei de premier."),
        ("heading", "Reacties"),
        ("list_item", "1. De Kamer."),
        ("list_item", "2. De Senaat."),
    ]
    assert article.title == "Kabinet valt"
    assert article.format == "markdown"


def test_markdown_file_gets_its_title(tmp_path: Path) -> None:
    path = _write(tmp_path, "stuk.md", b"# Kabinet valt\n\nHet kabinet is gevallen.\n")
    article = read_article(path)
    assert article.blocks[0].kind == "title"
    assert article.title == "Kabinet valt"


def test_windows_line_endings_are_normalised() -> None:
    article = article_from_text("Eerste alinea hier.\r\n\r\nTweede alinea daar.\r\n")
    assert [article.block_text(block) for block in article.blocks] == [
        "Eerste alinea hier.",
        "Tweede alinea daar.",
    ]


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (codecs.BOM_UTF8 + "Één café.".encode(), "utf-8"),
        ("Één café.".encode("utf-16"), "utf-16"),
        ("Één café.".encode(), "utf-8"),
    ],
)
def test_unicode_encodings_are_read(encoded: bytes, encoding: str) -> None:
    text, used = decode_text(encoded)
    assert text == "Één café."
    assert used == encoding


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_encodings_fall_back_to_a_detector(codec: str) -> None:
    text, used = decode_text(DUTCH.encode(codec))
    assert "financiële" in text
    assert used in {"cp1252", "windows-1252", "latin_1", "iso8859_15", "iso8859_1"}


def test_reopening_with_a_chosen_encoding(tmp_path: Path) -> None:
    path = _write(tmp_path, "stuk.txt", "Het café in Zürich sloot. Dat zei de eigenaar.".encode())
    assert "café" in read_article(path).text
    reopened = read_article(path, "cp1252")
    assert reopened.encoding == "cp1252"
    assert "cafÃ©" in reopened.text  # What the reader asked for, shown as it decodes.


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        ("Een financiële ramp.".encode("cp1252"), "utf-8", "is not written in utf-8"),
        (b"Een oneven zin.", "utf-16", "is not written in utf-16"),
        (b"Een zin.", "klingon-8", "not a text encoding Kernpunt knows"),
    ],
)
def test_a_wrong_chosen_encoding_is_refused(
    tmp_path: Path, data: bytes, encoding: str, message: str
) -> None:
    with pytest.raises(ArticleError, match=message):
        read_article(_write(tmp_path, "stuk.txt", data), encoding)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("empty.docx", b"", "is empty"),
        ("empty.pdf", b"", "is empty"),
        ("blank.txt", b"  \n\n \t\n", "is empty"),
        ("only-date.txt", b"date 2021-03 ", "is empty"),
        ("binary.txt", bytes(range(256)) * 4, "not a text file"),
        ("photo.jpg", b"\xff\xd8\xff\xe0", "cannot open"),
    ],
)
def test_bad_files_get_a_clear_message(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    with pytest.raises(ArticleError, match=message):
        read_article(_write(tmp_path, name, data))


def test_vanished_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no longer exists"):
        read_article(tmp_path / "gone.txt")


def test_folder_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(ArticleError, match="is a folder"):
        read_article(tmp_path / "folder.txt")


def test_huge_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_module, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ArticleError, match="too large"):
        read_article(_write(tmp_path, "huge.txt", b"Een zin. " * 200))


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "secret.txt", b"Geheim.")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # As root, file modes do not refuse reads; refuse the open itself.
    monkeypatch.setattr(article_module.os, "open", refuse)
    with pytest.raises(ArticleError, match="not allowed to read"):
        read_article(path)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_any_bytes_give_an_article_or_an_article_error(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, "fuzz.txt", data)
    try:
        article = read_article(path)
    except ArticleError as error:
        assert str(error)
    else:
        assert article.text.strip()
        for block in article.blocks:
            assert article.block_text(block).strip() == article.block_text(block)


def _tree(root: Path) -> None:
    for name in (
        "b/twee.docx",
        "a/een.txt",
        "a/diep/drie.PDF",
        "a/foto.jpg",
        ".verborgen/geheim.txt",
        "a/.ook-verborgen.md",
        "Zonder-map.html",
        "LEESMIJ",
    ):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def test_a_folder_yields_its_articles_recursively_in_order(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = [path.relative_to(tmp_path).as_posix() for path in iter_article_files(tmp_path)]
    assert found == ["a/diep/drie.PDF", "a/een.txt", "b/twee.docx", "Zonder-map.html"]


def test_a_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    _tree(tmp_path)
    os.symlink(tmp_path, tmp_path / "a" / "terug")
    found = list(iter_article_files(tmp_path))
    assert len(found) == len(set(found)) == 4


def test_folder_walk_stops_when_cancelled(tmp_path: Path) -> None:
    _tree(tmp_path)
    token = CancelToken()
    files = iter_article_files(tmp_path, token)
    assert next(files).name == "drie.PDF"
    token.cancel()
    with pytest.raises(Cancelled):
        next(files)


def test_a_file_or_missing_folder_given_to_the_walk(tmp_path: Path) -> None:
    path = _write(tmp_path, "stuk.odt", b"x")
    assert list(iter_article_files(path)) == [path]
    assert list(iter_article_files(tmp_path / "weg")) == []


@pytest.mark.parametrize(
    ("name", "supported"),
    [
        ("a.txt", True),
        ("a.MD", True),
        ("a.htm", True),
        ("a.epub", True),
        ("a.doc", False),
        ("a.argosmodel", False),
        ("LEESMIJ", False),
    ],
)
def test_is_supported(name: str, supported: bool) -> None:
    assert is_supported(Path(name)) is supported
