"""The core's messages in the reader's language: every ReaderError in Dutch in the Dutch window."""

import errno
import os
import string
from pathlib import Path

import pytest

from kernpunt.core.errors import MESSAGES, ReaderError
from kernpunt.core.export import ExportError
from kernpunt.core.export.atomic import check_target
from kernpunt.core.formats.article import ArticleError, read_article
from kernpunt.core.models.packages import ModelError, install_package
from kernpunt.ui import core_messages
from kernpunt.ui.errors import reader_message
from tests.gui.test_wording import catalogues, dutch_ui  # noqa: F401 (fixtures)

# Texts that read the same in both languages (none so far: every message has Dutch words).
SAME_IN_BOTH: set[str] = set()
# English words that never belong in a Dutch sentence; names and options aside.
ENGLISH_WORDS = {
    "the",
    "not",
    "could",
    "cannot",
    "has",
    "no",
    "and",
    "to",
    "with",
    "it",
    "be",
    "was",
    "this",
    "which",
    "file",
    "folder",
    "nothing",
    "changed",
    "read",
    "too",
    "large",
}


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def example(message_id: str) -> ReaderError:
    return ReaderError(message_id, **{name: f"<{name}>" for name in fields(MESSAGES[message_id])})


def words(text: str) -> set[str]:
    return {word.strip(".,;:()“”'\"").lower() for word in text.split()}


def test_the_generated_list_for_lupdate_matches_the_catalogue() -> None:
    # `make update-translations` writes it; an id added to the core without it stays English.
    assert core_messages.GENERATED.read_text(encoding="utf-8") == core_messages.catalogue_source()


@pytest.mark.usefixtures("dutch_ui")
@pytest.mark.parametrize("message_id", sorted(MESSAGES))
def test_every_core_message_reads_dutch_in_the_dutch_window(message_id: str) -> None:
    error = example(message_id)
    shown = reader_message(error)
    assert shown == core_messages.core_message(error)
    assert shown != str(error) or str(error) in SAME_IN_BOTH
    assert "{" not in shown and "}" not in shown, shown
    assert all(f"<{name}>" in shown for name in fields(MESSAGES[message_id])), shown
    english = words(shown) & ENGLISH_WORDS
    assert not english, f"{shown} still holds {english}"


def test_every_core_message_stays_english_in_the_english_window() -> None:
    for message_id in MESSAGES:
        error = example(message_id)
        assert reader_message(error) == str(error)


def reading_message(path: Path, data: bytes) -> str:
    """What the window says when a file of these bytes cannot be read."""
    path.write_bytes(data)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    return reader_message(caught.value)


@pytest.mark.usefixtures("dutch_ui")
def test_an_empty_file_is_reported_in_dutch(tmp_path: Path) -> None:
    shown = reading_message(tmp_path / "leeg.txt", b" \n")
    assert shown == "“leeg.txt” is leeg: er valt niets te lezen."


@pytest.mark.usefixtures("dutch_ui")
def test_what_a_damaged_file_should_have_been_is_said_in_dutch(tmp_path: Path) -> None:
    shown = reading_message(tmp_path / "stuk.docx", b"PK\x03\x04 geen echt document")
    assert shown == (
        "“stuk.docx” kon niet worden gelezen: het is beschadigd of geen echt Word-document."
    )


@pytest.mark.usefixtures("dutch_ui")
def test_a_pipe_in_the_way_is_named_in_dutch(tmp_path: Path) -> None:
    pipe = tmp_path / "uit.md"
    os.mkfifo(pipe)
    with pytest.raises(ExportError) as caught:
        check_target(pipe)
    shown = reader_message(caught.value)
    assert "het is een pipe, geen bestand" in shown and "Er is niets gewijzigd." in shown


@pytest.mark.usefixtures("dutch_ui")
def test_a_package_that_is_no_zip_is_reported_in_dutch(tmp_path: Path) -> None:
    fake = tmp_path / "nep.argosmodel"
    fake.write_bytes(b"geen zip")
    with pytest.raises(ModelError) as caught:
        install_package(fake, tmp_path / "packages")
    assert reader_message(caught.value) == (
        "“nep.argosmodel” is geen Argos-model: het is geen zip-archief."
    )


@pytest.mark.usefixtures("dutch_ui")
def test_the_systems_reason_is_translated_when_it_is_a_common_one() -> None:
    error = ArticleError("article.unreadable", name="a.txt", reason=os.strerror(errno.EACCES))
    assert reader_message(error) == "“a.txt” kon niet worden gelezen: toegang geweigerd."
    full = ModelError(
        "download.cannot_write",
        folder="/vol",
        reason=OSError(errno.ENOSPC, "No space left on device"),
    )
    assert (
        reader_message(full) == "Kernpunt kan de download niet opslaan in /vol: de schijf is vol."
    )
    odd = ArticleError("article.unreadable", name="a.txt", reason="Exotic failure")
    assert reader_message(odd) == "“a.txt” kon niet worden gelezen: Exotic failure."


@pytest.mark.usefixtures("dutch_ui")
def test_an_unexpected_failure_still_says_something_went_wrong_in_dutch() -> None:
    assert reader_message(RuntimeError("boem")) == "Er ging iets mis: boem"
