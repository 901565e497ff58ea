import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kernpunt.core import article as article_module
from kernpunt.core.article import ArticleError, article_from_text, decode_text, read_article


def test_sample_date_is_metadata_not_text(sample: Path) -> None:
    article = read_article(sample)
    assert article.date == "2021-03"
    assert article.text.startswith("De ministers van Buitenlandse Zaken")
    assert "date 2021-03" not in article.text
    assert article.source == sample
    assert article.encoding == "utf-8"


def test_sample_blocks_keep_the_subheading(sample: Path) -> None:
    article = read_article(sample)
    kinds = [block.kind for block in article.blocks]
    assert kinds.count("heading") == 1
    heading = article.blocks[kinds.index("heading")]
    assert article.block_text(heading) == "'We blijven geloven in dialoog'"
    assert len(article.blocks) == 9
    assert article.title.startswith("De ministers van Buitenlandse Zaken")
    assert len(article.title) <= article_module.TITLE_LENGTH + 1


def test_title_is_a_leading_heading() -> None:
    article = article_from_text("Kabinet valt\n\nHet kabinet is gevallen. Dat meldt de NOS.")
    assert article.title == "Kabinet valt"
    assert [block.kind for block in article.blocks] == ["heading", "paragraph"]


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


def test_cp1252_falls_back_to_a_detector() -> None:
    dutch = (
        "Één overeenkomst over de financiële steun werd gisteren bereikt, zegt de minister. " * 5
    )
    text, used = decode_text(dutch.encode("cp1252"))
    assert "financiële" in text
    assert used in {"cp1252", "windows-1252", "latin_1", "iso8859_15", "iso8859_1"}


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n \t\n", "is empty"),
        ("only-date.txt", b"date 2021-03 ", "is empty"),
        ("binary.txt", bytes(range(256)) * 4, "not a text file"),
        ("report.pdf", b"%PDF-1.7", "plain-text articles"),
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
    monkeypatch.setattr(Path, "open", refuse)
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
