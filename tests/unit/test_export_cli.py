"""`kernpunt translate --format … --content …`: every format from the terminal."""

import json
import os
import unicodedata
from pathlib import Path

import docx
import jsonschema
import pytest
from pypdf import PdfReader

from kernpunt.cli import main
from kernpunt.core.export.json_export import SCHEMA_PATH
from kernpunt.core.formats.article import read_article
from kernpunt.core.text.segment import segment
from tests.support.commands import run_kernpunt


@pytest.mark.parametrize("format", ["docx", "odt", "pdf"])
def test_binary_formats_need_a_file(
    sample: Path, format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["translate", str(sample), "--format", format])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "usage: kernpunt translate" in error
    assert f"--format {format} makes a binary file: give it a name with -o FILE" in error


def test_unknown_format_and_content_are_usage_errors(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for option, value in (("--format", "rtf"), ("--content", "everything")):
        with pytest.raises(SystemExit) as stopped:
            main(["translate", str(sample), option, value])
        assert stopped.value.code == 2
        assert "invalid choice" in capsys.readouterr().err


def test_json_to_stdout_follows_the_schema(
    sample: Path, installed_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["translate", str(sample), "--fast", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    jsonschema.validate(record, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    sentences = segment(read_article(sample))
    assert [s["source"] for s in record["sentences"]] == [s.text for s in sentences]
    assert all(s["translation"] is not None and not s["edited"] for s in record["sentences"])
    assert len(record["brief"]["sentences"]) == 3
    assert record["options"]["mode"] == "fast" and record["model"]["code"] == "translate-nl_en"


def test_docx_brief_only_to_a_file(sample: Path, installed_model: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.docx"
    assert main(["translate", str(sample), "--fast", "--format", "docx", "-o", str(out),
                 "--content", "brief"]) == 0  # fmt: skip
    word = docx.Document(str(out))
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 1"] == ["Brief"]
    assert len([p for p in word.paragraphs if p.style.name == "List Number"]) == 3
    assert not word.tables, "a brief-only export leaves the article out"


def test_a_failed_write_leaves_the_previous_file(
    sample: Path, installed_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "gone" / "navo.html"
    assert main(["translate", str(sample), "--fast", "--format", "html", "-o", str(out)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "gone").exists()


def test_pdf_from_a_terminal_without_a_display(
    sample: Path, installed_model: Path, tmp_path: Path
) -> None:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    out = tmp_path / "navo.pdf"
    result = run_kernpunt("translate", sample, "--fast", "--format", "pdf", "-o", out, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", "no Qt complaints on the terminal"
    reader = PdfReader(out)
    text = unicodedata.normalize("NFKC", " ".join(page.extract_text() for page in reader.pages))
    # pypdf guesses word gaps from glyph positions, and reads the two columns line by line
    # across: compare without white space, and only the first words of every sentence.
    text = "".join(text.split())
    for expected in (
        "Source file: navo-ministers-2021-03.nl.txt. Article date: 2021-03.",
        "translate-nl_en 1.0 (fast: greedy)",
        "Brief",
        "Translation and original",
        *(sentence.text.split()[:2] for sentence in segment(read_article(sample))),
    ):
        assert "".join(expected if isinstance(expected, list) else expected.split()) in text
    assert reader.metadata is not None and reader.metadata.title.startswith("De ministers")
