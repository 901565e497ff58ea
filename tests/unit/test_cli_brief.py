from pathlib import Path

import pytest

from kernpunt.cli import main


def brief_section(markdown: str) -> str:
    return markdown.split("## Brief")[1].split("## Translation")[0]


def test_translate_writes_the_brief_with_its_method_length_and_key_terms(
    sample: Path, tmp_path: Path, installed_model: Path
) -> None:
    out = tmp_path / "navo.md"
    options = ["--fast", "--brief-method", "edmundson", "--brief-length", "20%", "-o", str(out)]
    assert main(["translate", str(sample), *options]) == 0
    section = brief_section(out.read_text(encoding="utf-8"))
    assert "3 sentences chosen by Edmundson (news lead) on the Dutch original (asked: 20 %)" in (
        section
    )
    assert len([line for line in section.splitlines() if line.startswith("- ")]) == 3
    # One list of terms, as the window shows it (the test model's English is noise, so which
    # terms found an English counterpart is not asserted).
    terms = [line for line in section.splitlines() if line.startswith("**Key terms")]
    assert len(terms) == 1 and terms[0].startswith("**Key terms:** "), terms
    assert len(terms[0].removeprefix("**Key terms:** ").split(", ")) >= 3


def test_the_default_brief_is_three_sentences_by_lexrank(
    sample: Path, installed_model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["translate", str(sample), "--fast"]) == 0
    section = brief_section(capsys.readouterr().out)
    assert "chosen by LexRank on the Dutch original (asked: 3 sentences)" in section


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--brief-length", "lots", "not a brief length"),
        ("--brief-length", "0", "from 1 to 25 sentences"),
        ("--brief-method", "bert", "invalid choice"),
    ],
)
def test_bad_brief_options_are_refused_before_translating(
    sample: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, message: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["translate", str(sample), option, value])
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err
