import os
import tempfile
from pathlib import Path

import pytest

from kernpunt.core import export
from kernpunt.core.article import read_article
from kernpunt.core.brief import Brief
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export import ExportError, render_markdown, write_atomic
from kernpunt.core.segment import segment


@pytest.fixture
def document(sample: Path) -> TranslatedArticle:
    article = read_article(sample)
    sentences = segment(article)
    translations: list[str | None] = [f"English sentence {s.index}." for s in sentences]
    translations[-1] = None
    return TranslatedArticle(article, sentences, translations, Brief((0, 2, 10)))


def test_markdown_has_brief_then_translation(document: TranslatedArticle) -> None:
    markdown = render_markdown(document)
    brief, translation = markdown.split("## Brief")[1].split("## Translation")
    assert [line for line in brief.splitlines() if line.startswith("- ")] == [
        "- English sentence 0.",
        "- English sentence 2.",
        "- English sentence 10.",
    ]
    assert "### English sentence 10." in translation, "the sub-heading stays a heading"
    assert "English sentence 2. English sentence 3. English sentence 4." in translation
    assert "\\[not translated\\]" in translation
    assert "Source: navo-ministers-2021-03.nl.txt; date: 2021-03." in markdown
    assert markdown.startswith("# De ministers van Buitenlandse Zaken")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "exports").mkdir()
    return tmp_path / "exports"


def test_write_atomic_replaces_the_whole_file(folder: Path) -> None:
    target = folder / "out.md"
    target.write_text("old")
    write_atomic(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert os.listdir(folder) == ["out.md"]


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(tmp_path / "gone" / "out.md", b"x")


def test_read_only_folder_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.md"
    target.write_text("old")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # As root a read-only folder does not refuse writes; refuse the temporary file instead.
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match="may not write"):
        write_atomic(target, b"new")
    assert target.read_text() == "old"


def test_full_disk_leaves_the_old_file_and_no_temporary(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "out.md"
    target.write_text("old")
    real_fdopen = os.fdopen

    class ShortWrites:
        """A file whose writes stop short once 10 bytes are in, as on a full disk."""

        def __init__(self, fd: int, mode: str) -> None:
            self._file = real_fdopen(fd, mode)
            self._written = 0

        def write(self, data: memoryview) -> int:
            room = max(0, 10 - self._written)
            count = self._file.write(data[:room])
            self._written += count
            return count

        def __getattr__(self, name: str) -> object:
            return getattr(self._file, name)

        def __enter__(self) -> "ShortWrites":
            return self

        def __exit__(self, *exc: object) -> None:
            self._file.close()

    monkeypatch.setattr(export.os, "fdopen", ShortWrites)
    with pytest.raises(ExportError, match="disk is full"):
        write_atomic(target, b"a much longer new content than ten bytes")
    assert target.read_text() == "old"
    assert os.listdir(folder) == ["out.md"]
