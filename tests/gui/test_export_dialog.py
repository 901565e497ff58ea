"""The Export dialog: remembered choices, proposed names, failures and batch export."""

import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from kernpunt.core.batch.run import BatchResult
from kernpunt.ui.export_dialog import ExportDialog
from kernpunt.ui.jobs import JobRunner
from kernpunt.ui.session import ArticleSession
from kernpunt.ui.settings import Settings

# The sample has no title, so its file names it (not its 90-character first sentence).
PROPOSED = "navo-ministers-2021-03.nl"


@pytest.fixture
def session(qtbot: QtBot) -> Iterator[ArticleSession]:
    runner = JobRunner()
    yield ArticleSession(runner)
    runner.shutdown()


@pytest.fixture
def opened(qtbot: QtBot, session: ArticleSession, sample: Path) -> ArticleSession:
    with qtbot.waitSignal(session.article_loaded, timeout=10_000):
        session.open(sample)
    return session


@pytest.fixture
def modelled(qtbot: QtBot, opened: ArticleSession, installed_model: Path) -> ArticleSession:
    """The open article's session once it has found the installed model."""
    with qtbot.waitSignal(opened.models_changed, timeout=10_000):
        opened.refresh_models()
    return opened


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def make_dialog(
    qtbot: QtBot, session: ArticleSession, settings: Settings, paths: list[Path] | None = None
) -> ExportDialog:
    dialog = ExportDialog(session, settings, paths or [])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: ExportDialog, format: str, content: str, folder: Path) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(format))
    dialog.content.setCurrentIndex(dialog.content.findData(content))
    dialog.folder.setText(str(folder))


def export_and_wait(qtbot: QtBot, dialog: ExportDialog) -> Path:
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as written:
        dialog.export_button.click()
    path = written.args[0]
    assert isinstance(path, Path)
    return path


def test_choices_are_remembered_and_the_name_comes_from_title_and_date(
    qtbot: QtBot, opened: ArticleSession, make_settings: Callable[[], Settings], out: Path
) -> None:
    dialog = make_dialog(qtbot, opened, make_settings())
    assert dialog.file_name.text() == f"{PROPOSED}.md"
    choose(dialog, "docx", "translation", out)
    assert dialog.file_name.text() == f"{PROPOSED}.docx", "the suffix follows the format"
    path = export_and_wait(qtbot, dialog)
    assert path == out / f"{PROPOSED}.docx"
    assert not dialog.isVisible(), "the dialog closes once the file is written"
    word = docx.Document(str(path))
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 1"] == ["Translation"]

    again = make_dialog(qtbot, opened, make_settings())
    assert (again.chosen_format, again.chosen_content) == ("docx", "translation")
    assert again.folder.text() == str(out)
    assert again.file_name.text() == f"{PROPOSED} (2).docx", "never the name of an earlier export"


def test_the_readers_own_name_keeps_its_stem_when_the_format_changes(
    qtbot: QtBot, opened: ArticleSession, make_settings: Callable[[], Settings]
) -> None:
    dialog = make_dialog(qtbot, opened, make_settings())
    dialog.file_name.setText("navo notities.md")
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert dialog.file_name.text() == "navo notities.html"


def test_an_existing_file_is_replaced_only_when_asked_twice(
    qtbot: QtBot, opened: ArticleSession, make_settings: Callable[[], Settings], out: Path
) -> None:
    target = out / "navo.md"
    target.write_text("my notes", encoding="utf-8")
    dialog = make_dialog(qtbot, opened, make_settings())
    choose(dialog, "md", "all", out)
    dialog.file_name.setText("navo.md")
    dialog.export_button.click()
    assert "“navo.md” exists. Press Export again to replace it." in dialog.message.text()
    assert target.read_text(encoding="utf-8") == "my notes" and dialog.isVisible()
    export_and_wait(qtbot, dialog)
    assert target.read_text(encoding="utf-8").startswith("# De ministers")


def test_the_readers_edits_are_marked_in_the_export(
    qtbot: QtBot, opened: ArticleSession, make_settings: Callable[[], Settings], out: Path
) -> None:
    opened.edit_translation(3, "He asked for the release of Alexei Navalny.")
    dialog = make_dialog(qtbot, opened, make_settings())
    choose(dialog, "json", "all", out)
    record = json.loads(export_and_wait(qtbot, dialog).read_text(encoding="utf-8"))
    edited = [s for s in record["sentences"] if s["edited"]]
    assert [(s["index"], s["translation"]) for s in edited] == [
        (3, "He asked for the release of Alexei Navalny.")
    ]


def test_a_vanished_folder_is_reported_in_the_dialog(
    qtbot: QtBot, opened: ArticleSession, make_settings: Callable[[], Settings], out: Path
) -> None:
    dialog = make_dialog(qtbot, opened, make_settings())
    choose(dialog, "html", "all", out)
    out.rmdir()
    dialog.export_button.click()
    assert dialog.isVisible() and "does not exist" in dialog.message.text()
    assert not out.exists()


def test_a_refused_write_is_reported_and_the_old_file_stays(
    qtbot: QtBot,
    opened: ArticleSession,
    make_settings: Callable[[], Settings],
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = out / "navo.pdf"
    target.write_bytes(b"earlier export")
    dialog = make_dialog(qtbot, opened, make_settings())
    choose(dialog, "pdf", "all", out)
    dialog.file_name.setText("navo.pdf")
    dialog.export_button.click()  # asks before replacing

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # As root a read-only folder does not refuse writes; refuse the temporary file instead.
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "may not write" in dialog.message.text(), timeout=20_000)
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert target.read_bytes() == b"earlier export"
    assert sorted(p.name for p in out.iterdir()) == ["navo.pdf"]


@pytest.fixture
def article_list(tmp_path: Path, sample: Path) -> list[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = []
    for number, text in enumerate(
        ("Het kabinet is gevallen. De Kamer debatteert morgen.", "Rutte biedt het ontslag aan.")
    ):
        path = folder / f"bericht-{number}.txt"
        path.write_text(f"date 2021-03-0{number + 1} {text}\n", encoding="utf-8")
        paths.append(path)
    shutil.copy(sample, folder / "navo.txt")
    return [*paths, folder / "navo.txt"]


def list_dialog(
    qtbot: QtBot,
    session: ArticleSession,
    settings: Settings,
    paths: list[Path],
    format: str,
    out: Path,
) -> ExportDialog:
    """The dialog set to export every article of the list into the folder, as a reader sets it."""
    dialog = make_dialog(qtbot, session, settings, paths)
    choose(dialog, format, "all", out)
    dialog.all_articles.setChecked(True)
    assert not dialog.file_name.isEnabled(), "each article gets its own name"
    return dialog


ListDialog = Callable[[str], ExportDialog]


@pytest.fixture
def list_of_modelled(
    qtbot: QtBot,
    modelled: ArticleSession,
    make_settings: Callable[[], Settings],
    out: Path,
    article_list: list[Path],
) -> ListDialog:
    """Opens the dialog of a window with a model, set to export the list in a format."""
    return lambda format: list_dialog(qtbot, modelled, make_settings(), article_list, format, out)


def export_list(qtbot: QtBot, dialog: ExportDialog) -> list[BatchResult]:
    """Press Export and wait for every article of the list to be done."""
    with qtbot.waitSignal(dialog.batch_finished, timeout=60_000) as finished:
        dialog.export_button.click()
    result: list[BatchResult] = finished.args[0]
    return result


def test_batch_export_writes_one_file_per_article(
    qtbot: QtBot,
    list_of_modelled: ListDialog,
    make_settings: Callable[[], Settings],
    out: Path,
    article_list: list[Path],
) -> None:
    dialog = list_of_modelled("odt")
    items = export_list(qtbot, dialog)
    assert [item.source for item in items] == article_list
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [
            "2021-03-01 bericht-0.odt",
            "2021-03-02 bericht-1.odt",
            "2021-03 navo.odt",
        ]
    )
    assert dialog.progress.value() == 3
    assert dialog.message.text().startswith("Exported 3 article")
    assert make_settings().export_format == "odt"


def test_batch_export_uses_the_model_the_window_loaded(
    qtbot: QtBot, modelled: ArticleSession, list_of_modelled: ListDialog, model_loads: list[str]
) -> None:
    with qtbot.waitSignal(modelled.translation_finished, timeout=60_000):
        modelled.translate()
    assert len(model_loads) == 1, "the window loaded its model"
    dialog = list_of_modelled("md")
    items = export_list(qtbot, dialog)
    assert [item.status for item in items] == ["translated"] * 3
    assert len(model_loads) == 1, "three articles exported without loading a second copy"


def test_every_registered_format_is_offered_under_a_translated_name(
    qtbot: QtBot, session: ArticleSession, make_settings: Callable[[], Settings]
) -> None:
    from kernpunt.core.export import FORMATS

    dialog = make_dialog(qtbot, session, make_settings())
    offered = [dialog.format.itemData(row) for row in range(dialog.format.count())]
    assert offered == list(FORMATS) == ["md", "txt", "html", "docx", "odt", "pdf", "json"]
    assert [dialog.format.itemText(row) for row in range(dialog.format.count())] == [
        FORMATS[key].label for key in offered
    ], "each under the name it registered with"


def test_batch_export_needs_a_model(
    qtbot: QtBot,
    opened: ArticleSession,
    make_settings: Callable[[], Settings],
    out: Path,
    article_list: list[Path],
) -> None:
    dialog = list_dialog(qtbot, opened, make_settings(), article_list, "md", out)
    dialog.export_button.click()
    assert "Install a Dutch → English model" in dialog.message.text()
    assert not list(out.iterdir())


def test_without_an_article_only_the_list_can_be_exported(
    qtbot: QtBot, session: ArticleSession, make_settings: Callable[[], Settings], sample: Path
) -> None:
    dialog = make_dialog(qtbot, session, make_settings(), [sample])
    assert not dialog.this_article.isEnabled() and dialog.all_articles.isChecked()
    assert dialog.all_articles.text().startswith("All 1 article")


def test_closing_during_a_batch_stops_it_and_keeps_what_was_written(
    qtbot: QtBot, list_of_modelled: ListDialog, out: Path, article_list: list[Path]
) -> None:
    dialog = list_of_modelled("md")
    dialog.export_button.click()
    assert dialog.job is not None
    with qtbot.assertNotEmitted(dialog.batch_finished, wait=100):
        dialog.reject()
        assert dialog.isVisible() and dialog.message.text() == "Stopping…"
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
    assert dialog.job is None
    assert len(list(out.iterdir())) < len(article_list)
