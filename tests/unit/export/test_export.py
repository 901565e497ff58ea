import errno
import os
import stat
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from kernpunt.core.brief.choose import Brief
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export import (
    FORMATS,
    ExportError,
    export_document,
    propose_name,
    render,
    unique_path,
    write_atomic,
)
from kernpunt.core.export import atomic as atomic_module
from kernpunt.core.formats.article import article_from_text, read_article
from kernpunt.core.text.segment import segment
from tests.support.export_documents import NOW, STAMP, structured_document

# --- Markdown -------------------------------------------------------------------------------


@pytest.fixture
def sample_document(sample: Path) -> TranslatedArticle:
    article = read_article(sample)
    sentences = segment(article)
    translations: list[str | None] = [f"English sentence {s.index}." for s in sentences]
    translations[-1] = None
    return TranslatedArticle(article, sentences, translations, Brief((0, 2, 10)))


def test_markdown_translation_keeps_paragraphs_and_headings(
    sample_document: TranslatedArticle,
) -> None:
    markdown = render(sample_document, "md", "translation", NOW).decode()
    translation = markdown.split("## Translation")[1]
    assert "#### English sentence 10." in translation, "the sub-heading stays a heading"
    assert "English sentence 2. English sentence 3. English sentence 4." in translation
    assert "\\[not translated\\]" in translation
    assert "Source file: navo-ministers-2021-03.nl.txt. Article date: 2021-03." in markdown
    assert markdown.startswith("# De ministers van Buitenlandse Zaken")


def test_markdown_of_everything_has_the_brief_then_the_pairs(tmp_path: Path) -> None:
    markdown = render(structured_document(tmp_path), "md", now=NOW).decode()
    head, rest = markdown.split("## Brief")
    brief, pairs = rest.split("## Translation and original")
    assert "translate-nl\\_en 1.8 (quality: beam search)" in head
    assert f"Exported {STAMP} (brief, original and translation)." in head
    assert [line for line in brief.splitlines() if line.startswith("- ")] == [
        "- EN 1.",
        "- EN 4. *(edited)*",
        "- EN 6.",
    ]
    # One sentence is untranslated, so the terms stay as the original writes them.
    assert "**Key terms:** kabinet, Rutte" in brief
    assert "in the original" not in brief
    rows = [line for line in pairs.splitlines() if line.startswith("| ")]
    assert rows.pop(1) == "| --- | --- |"
    assert rows[0] == "| Original (Dutch) | Translation (English) |"
    assert rows[1] == "| **Kabinet valt over stikstof** | **EN 0.** |", "the title stays bold"
    assert rows[5] == "| De coalitiepartijen konden het niet eens worden. | EN 4. *(edited)* |"
    assert rows[7] == "| • Nieuwe verkiezingen in maart. | • EN 6. |"
    assert rows[9] == "| *Dit is een zwarte dag voor Nederland.* | *EN 8.* |"
    assert len(rows) == 1 + 9


def test_markdown_brief_only_leaves_the_article_out(tmp_path: Path) -> None:
    markdown = render(structured_document(tmp_path), "md", "brief", NOW).decode()
    assert "## Brief" in markdown and "Translation" not in markdown
    assert "Dat meldt de NOS" not in markdown and "EN 2." not in markdown


def test_a_brief_only_export_without_a_brief_says_so(tmp_path: Path) -> None:
    document = structured_document(tmp_path, brief=False)
    with pytest.raises(ExportError, match="no brief to export yet"):
        render(document, "md", "brief")
    assert "Brief: none was made." in render(document, "md", "all").decode()


def test_unknown_formats_and_contents_are_refused(tmp_path: Path) -> None:
    document = structured_document(tmp_path)
    with pytest.raises(ExportError, match="not a format Kernpunt exports"):
        export_document(document, tmp_path / "x.rtf", "rtf")
    with pytest.raises(ExportError, match="choose one of all, brief, translation, bilingual"):
        render(document, "md", "everything")
    assert not (tmp_path / "x.rtf").exists()


# --- file names -----------------------------------------------------------------------------


def test_the_proposed_name_has_the_date_and_the_title(tmp_path: Path) -> None:
    article = structured_document(tmp_path).article
    assert propose_name(article, ".docx") == "2021-03-24 Kabinet valt over stikstof.docx"
    odd = replace(article, title='Wie/wat? "Niets": <alles>… ', date=None)
    assert propose_name(odd, ".md") == "Wie wat Niets alles.md"
    long = replace(article, title="woord " * 40)
    assert len(propose_name(long, ".pdf")) <= len("2021-03-24 ") + 60 + len(".pdf")
    # A title with nothing left to use gives way to the heading the article opens with.
    untitled = replace(article, title="...", date=None)
    assert propose_name(untitled, ".md") == "Kabinet valt over stikstof.md"


def test_a_long_title_is_cut_at_a_word_near_sixty_characters(tmp_path: Path) -> None:
    article = replace(
        structured_document(tmp_path).article,
        title="NAVO-ministers bespreken toekomst van het bondgenootschap tijdens een tweedaagse "
        "top in Brussel",
    )
    name = propose_name(article, ".md")
    assert name == "2021-03-24 NAVO-ministers bespreken toekomst van het bondgenootschap.md"
    assert len(name.removesuffix(".md").removeprefix("2021-03-24 ")) <= 60


def test_an_article_without_a_title_is_named_after_its_file_not_its_first_sentence(
    tmp_path: Path,
) -> None:
    path = tmp_path / "navo-top.txt"
    path.write_text(
        "De ministers van Buitenlandse Zaken van de NAVO-lidstaten hebben op hun tweedaagse "
        "top in Brussel hun toon tegen Rusland nog wat verder verscherpt.\n\n"
        "## 'We blijven geloven in dialoog'\n\nStoltenberg sprak van een nieuw hoofdstuk.\n"
    )
    article = read_article(path)
    assert article.date is None
    # No date in the metadata gives no date in the name, not today's.
    assert propose_name(article, ".md") == "navo-top.md"


def test_pasted_text_is_named_after_the_start_of_its_first_sentence() -> None:
    article = article_from_text(
        "De ministers van Buitenlandse Zaken van de NAVO-lidstaten hebben op hun tweedaagse "
        "top in Brussel hun toon tegen Rusland nog wat verder verscherpt. Daarna meer."
    )
    assert propose_name(article, ".docx") == (
        "De ministers van Buitenlandse Zaken van de NAVO-lidstaten.docx"
    )


def test_the_sample_article_is_named_by_its_file_and_dated_once(sample: Path) -> None:
    article = read_article(sample)
    assert article.date == "2021-03"
    assert propose_name(article, ".md") == f"{sample.stem}.md"


def test_unique_path_never_proposes_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("mine")
    assert unique_path(tmp_path, "a.md") == tmp_path / "a (2).md"
    assert unique_path(tmp_path, "a.md", {tmp_path / "a (2).md"}) == tmp_path / "a (3).md"


# --- safe writing ---------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "exports").mkdir()
    return tmp_path / "exports"


def test_write_atomic_replaces_the_whole_file_and_keeps_its_permissions(folder: Path) -> None:
    target = folder / "out.md"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert os.listdir(folder) == ["out.md"]


def test_a_new_file_is_readable_like_any_other(folder: Path) -> None:
    write_atomic(folder / "new.md", b"x")
    mode = stat.S_IMODE((folder / "new.md").stat().st_mode)
    assert mode & 0o600 == 0o600 and mode != 0o600, "not the temporary file's private mode"


# PDF needs Qt: tests/gui/test_export_pdf.py writes it through the same path.
@pytest.mark.parametrize("format", [key for key in FORMATS if key != "pdf"])
def test_every_format_is_written_atomically(
    folder: Path, format: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / f"out{FORMATS[format].suffix}"
    target.write_bytes(b"old")
    writes: list[int] = []
    real = atomic_module.write_atomic

    def spy(path: Path, data: bytes) -> None:
        writes.append(len(data))
        real(path, data)

    monkeypatch.setattr("kernpunt.core.export.write_atomic", spy)
    export_document(structured_document(folder), target, format, now=NOW)
    assert writes == [target.stat().st_size] and target.read_bytes() != b"old"
    assert sorted(os.listdir(folder)) == sorted([target.name, "kabinet-valt.nl.md"])


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(tmp_path / "gone" / "out.md", b"x")


def test_folder_that_vanishes_while_writing_leaves_nothing(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "out.md"
    real_replace = os.replace

    def vanish(source: str, destination: Path) -> None:
        os.unlink(source)
        folder.rmdir()
        real_replace(source, destination)

    monkeypatch.setattr(atomic_module.os, "replace", vanish)
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(target, b"new")
    assert not folder.exists()


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


def test_read_only_file_system_leaves_the_old_file_and_no_temporary(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "out.md"
    target.write_text("old")

    def refuse(source: str, destination: Path) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic_module.os, "replace", refuse)
    with pytest.raises(ExportError, match="may not write") as raised:
        write_atomic(target, b"new")
    assert "Nothing was changed" in str(raised.value)
    assert target.read_text() == "old"
    assert os.listdir(folder) == ["out.md"]


class ShortWrites:
    """A file whose writes stop short once 10 bytes are in, as on a full disk."""

    real_fdopen = os.fdopen

    def __init__(self, fd: int, mode: str) -> None:
        self._file = ShortWrites.real_fdopen(fd, mode)
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


def test_full_disk_leaves_the_old_file_and_no_temporary(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "out.md"
    target.write_text("old")
    monkeypatch.setattr(atomic_module.os, "fdopen", ShortWrites)
    with pytest.raises(ExportError, match="disk is full"):
        write_atomic(target, b"a much longer new content than ten bytes")
    assert target.read_text() == "old"
    assert os.listdir(folder) == ["out.md"]


def test_full_disk_on_a_docx_export(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = folder / "brief.docx"
    target.write_bytes(b"the reader's earlier export")
    document = structured_document(folder)
    monkeypatch.setattr(atomic_module.os, "fdopen", ShortWrites)
    with pytest.raises(ExportError, match="disk is full"):
        export_document(document, target, "docx")
    assert target.read_bytes() == b"the reader's earlier export"
    assert sorted(os.listdir(folder)) == ["brief.docx", "kabinet-valt.nl.md"]


def test_a_folder_in_the_way(folder: Path) -> None:
    (folder / "out.md").mkdir()
    with pytest.raises(ExportError, match="a folder of that name is in the way"):
        write_atomic(folder / "out.md", b"x")
    assert os.listdir(folder) == ["out.md"]
