"""Attack 8: encodings that are not text encodings, and links out of a batch folder."""

from pathlib import Path

import pytest

from kernpunt.core.batch.plan import plan_batch
from kernpunt.core.formats.article import ArticleError, read_article
from kernpunt.core.formats.html import decode_html
from tests.support.commands import run_kernpunt

DUTCH = "De ministers van Buitenlandse Zaken kwamen bijeen in Brussel. Het overleg duurde lang.\n"
CODECS = [
    "rot13",
    "base64",
    "punycode",
    "hex",
    "zlib",
    "bz2",
    "uu",
    "quopri",
    "idna",
    "unicode_escape",
]


@pytest.mark.parametrize("encoding", CODECS)
def test_a_codec_that_is_no_text_encoding_is_a_message(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(DUTCH, encoding="utf-8")
    with pytest.raises(ArticleError, match="is not a text encoding Kernpunt knows"):
        read_article(path, encoding)


def test_the_program_prints_one_line_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(DUTCH, encoding="utf-8")
    for encoding in ("rot13", "base64", "punycode"):
        result = run_kernpunt("segment", path, "--encoding", encoding, timeout=60)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("charset", ["rot13", "base64", "punycode", "zlib", "x-no-such"])
def test_a_page_declaring_an_odd_charset_is_read_with_a_guess(charset: str) -> None:
    page = f'<html><head><meta charset="{charset}"></head><body><p>{DUTCH}</p></body></html>'
    text, used = decode_html(page.encode("utf-8"), "pagina.html")
    assert DUTCH.strip() in text and used == "utf-8"


def test_a_link_to_the_root_is_not_followed(tmp_path: Path) -> None:
    news = tmp_path / "news"
    (news / "2021").mkdir(parents=True)
    (news / "2021" / "kabinet.txt").write_text(DUTCH)
    (news / "navo.txt").write_text(DUTCH)
    (news / "root").symlink_to("/")
    (news / "etc.txt").symlink_to("/etc/hostname")
    (news / "2021" / "loop").symlink_to(news)  # inside the folder: followed, but only once
    (news / "2021" / "self").symlink_to(".")
    jobs = plan_batch([news], tmp_path / "out", "md")
    assert sorted(job.source.relative_to(news).as_posix() for job in jobs) == [
        "2021/kabinet.txt",
        "navo.txt",
    ]


def test_a_link_inside_the_folder_is_followed(tmp_path: Path) -> None:
    news = tmp_path / "news"
    (news / "archief").mkdir(parents=True)
    (news / "archief" / "oud.txt").write_text(DUTCH)
    (news / "snelkoppeling").symlink_to(news / "archief")
    jobs = plan_batch([news], tmp_path / "out", "md")
    assert [job.source.name for job in jobs] == ["oud.txt"]
