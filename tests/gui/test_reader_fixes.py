"""What a reader met in the first hour: each test walks the path where it went wrong."""

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor, QTextFormat
from pytestqt.qtbot import QtBot

from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.panes import SentencePane
from kernpunt.ui.settings import Settings
from tests.gui.conftest import (
    export_through_the_dialog,
    open_and_wait,
    open_ready,
    open_translated,
    pdf_printer,
    shown_text,
    translate_and_wait,
)
from tests.gui.test_wording import catalogues, dutch_ui  # noqa: F401 (fixtures)

LONG = Path(__file__).resolve().parents[1] / "data" / "lassy-long-5k-words.nl.txt"


def pdf_words(path: Path) -> str:
    """A PDF's text with its white space as single spaces."""
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


CODE_ARTICLE = """# Zo werkt de terminal

Open eerst een terminal op je computer. Typ dan `git status --short` en druk op Enter.

De computer laat nu zien welke bestanden je hebt veranderd. Daarna kun je verder werken.
"""


def test_other_translations_keep_inline_code_as_it_is(
    qtbot: QtBot, window: MainWindow, installed_model: Path, tmp_path: Path
) -> None:
    path = tmp_path / "terminal.md"
    path.write_text(CODE_ARTICLE, encoding="utf-8")
    open_translated(qtbot, window, path)
    [index] = [s.index for s in window.session.sentences if "git status" in s.text]
    assert "git status --short" in (window.session.translations[index] or "")
    menu = window.actions_.sentence_menu(index)
    other = next(a for a in menu.actions() if a.text().replace("&", "") == "Other Translations…")
    with qtbot.waitSignal(window.session.alternatives_ready, timeout=30_000):
        other.trigger()
    offered = window.alternatives_dialog
    assert offered is not None and offered.texts()
    # The model's words are noise; the code is never among the words it may change.
    assert all("git status --short" in text for text in offered.texts())


def mark(pane: SentencePane, index: int) -> object:
    """How a pane marks a sentence: "edited", "pending" (greyed, not translated) or ""."""
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane._spans[index][0] + 1)
    return cursor.charFormat().property(QTextFormat.Property.UserProperty)


def cancel_once_the_brief_is_chosen(qtbot: QtBot, window: MainWindow) -> None:
    """Translate, and press Cancel the moment the brief is chosen, before any of it is English."""

    def cancel(brief: object) -> None:
        window.session.brief_changed.disconnect(cancel)
        window.status.cancel_button.click()

    window.session.brief_changed.connect(cancel)
    with qtbot.waitSignal(window.translation_finished, timeout=30_000):
        window.translate()
    assert window.status.stage_label.text().startswith("Cancelled")


def test_a_cancelled_brief_says_it_is_dutch_and_is_not_exported_as_the_brief(
    qtbot: QtBot, window: MainWindow, installed_model: Path, tmp_path: Path
) -> None:

    from kernpunt.ui.export_dialog import ExportDialog
    from kernpunt.ui.printing import print_content

    open_ready(qtbot, window, LONG)
    cancel_once_the_brief_is_chosen(qtbot, window)
    session, view = window.session, window.view
    brief = session.current.brief
    assert brief is not None and all(session.translations[i] is None for i in brief.indices)
    # The greyed sentences are the Dutch original, and the heading says so.
    count = len(brief.indices)
    assert view.brief_heading.text().endswith(f" · {count} not translated yet, shown in Dutch")
    first = brief.indices[0]
    assert shown_text(view.brief_pane, first) == " ".join(session.sentences[first].text.split())

    # Exporting the brief alone is refused with a reason, in the dialog, and writes nothing.
    target = tmp_path / "brief.md"
    said: list[str] = []

    def fill_in() -> None:
        dialog = window.findChild(ExportDialog)
        assert dialog is not None
        dialog.format.setCurrentIndex(dialog.format.findData("md"))
        dialog.content.setCurrentIndex(dialog.content.findData("brief"))
        dialog.folder.setText(str(tmp_path))
        dialog.file_name.setText(target.name)
        dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
        said.append(dialog.message.text())
        dialog.reject()

    QTimer.singleShot(0, fill_in)
    window.actions_.export.trigger()
    assert said and said[0].startswith("The brief is not translated yet")
    assert not target.exists()
    qtbot.waitUntil(lambda: not window.findChildren(ExportDialog))  # closed, and gone

    # Nothing in English is worth paper yet.
    assert not window.actions_.print.isEnabled()

    # The reader writes one brief sentence in English: it is the brief's one sentence, and
    # both the file and the printed page say the rest is left out.
    window.edit_sentence(first, "The reader's own sentence.")
    # Marked as the reader's own in the brief too, as in the translation pane.
    assert mark(view.brief_pane, first) == "edited" == mark(view.translation_pane, first)
    assert mark(view.brief_pane, brief.indices[1]) == "pending"
    assert view.brief_heading.text().endswith(f" · {count - 1} not translated yet, shown in Dutch")
    export_through_the_dialog(qtbot, window, target, "brief")
    brief_file = " ".join(target.read_text(encoding="utf-8").split()).replace("\\", "")
    assert "The reader's own sentence." in brief_file
    assert f"Incomplete: {count - 1} of the brief's {count} sentences are" in brief_file
    assert not any(session.sentences[i].text[:40] in brief_file for i in brief.indices[1:])
    assert window.actions_.print.isEnabled()
    printed = tmp_path / "brief.pdf"
    printer = pdf_printer(printed)
    print_content(session.document(), "brief", printer)
    page = pdf_words(printed)
    assert "The reader's own sentence." in page and "Incomplete:" in page

    # Translating again fills the brief in, and the heading no longer speaks of Dutch.
    translate_and_wait(qtbot, window)
    assert "not translated" not in view.brief_heading.text()


@pytest.mark.usefixtures("dutch_ui")
def test_the_dutch_window_names_the_model_in_dutch(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path
) -> None:
    from kernpunt.ui.models_dialog import ModelsDialog

    open_ready(qtbot, window, sample)
    # The package's metadata names its languages in English: "Dutch → English".
    assert window.status.model_label.text() == "Nederlands → Engels 1.0"
    translate_and_wait(qtbot, window)
    assert window.status.stage_label.text() == "15 zinnen vertaald met Nederlands → Engels 1.0"
    dialog = ModelsDialog(window.runner, window.settings.index_url, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.installed.count() == 1, timeout=10_000)
    listed = dialog.installed.item(0).text()
    # A small model's size as the system writes numbers: "0.4 MB", where it read "0 MB".
    assert re.fullmatch(r"Nederlands → Engels 1\.0 · \d+[.,]\d MB", listed), listed
    assert not re.search(r" 0[.,]0 MB", listed)
    details = dialog.details.toPlainText()
    assert "Nederlands → Engels 1.0" in details and "Map: " in details
    assert "Folder" not in details and "Dutch" not in details.split("Map: ")[0]


def test_the_empty_translation_pane_says_one_thing(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel, QTextEdit

    pane = window.view.translation_pane
    [label] = [child for child in pane.findChildren(QLabel) if child.objectName() == "placeholder"]
    # Qt's own one-line placeholder drew over the wrapped one, two sentences on one line.
    assert QTextEdit.placeholderText(pane) == ""
    assert label.isVisible() and label.text() == pane.placeholderText()
    assert label.text().startswith("Press Translate")


def test_an_article_opened_by_a_relative_name_comes_back_after_a_crash_from_elsewhere(
    qtbot: QtBot,
    window: MainWindow,
    make_settings: Callable[[], Settings],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kernpunt.ui.main_window import MainWindow

    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "bericht.txt").write_text(
        "Het kabinet is gevallen. Dat meldt de NOS.", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path / "news")  # `kernpunt bericht.txt` in a terminal
    window.keep_journal()
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_paths([Path("bericht.txt")])
    window.edit_sentence(0, "My own sentence.")
    journal = window.recovery.journal
    assert journal is not None
    qtbot.waitUntil(journal.exists, timeout=10_000)
    # The run dies; the next one starts from the desktop menu, in another folder.
    window.recovery._timer.stop()
    monkeypatch.chdir(tmp_path)
    again = MainWindow(make_settings())
    qtbot.addWidget(again)
    again.show()
    found = again.keep_journal()
    assert found is not None
    with qtbot.waitSignal(again.article_shown, timeout=10_000):
        again.recovery.offer.action_button.click()
    assert again.session.article is not None
    assert again.session.article.source == tmp_path / "news" / "bericht.txt"
    assert again.session.translations[0] == "My own sentence."


def test_restoring_an_article_that_was_moved_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from kernpunt.ui import recovery

    journal = tmp_path / "crashed.json"
    gone = tmp_path / "moved" / "bericht.txt"
    recovery.save(
        recovery.Recovery(path=str(gone), edits={0: ("x", "y")}, translating=False, pid=4_000_000),
        journal,
    )
    assert window.keep_journal(journal) is not None
    window.recovery.offer.action_button.click()
    # Restore did nothing, and said nothing, before.
    shown = window.message_bar.label.text()
    assert shown.startswith("Could not bring back bericht.txt: it is no longer in ")
    assert str(gone.parent) in shown
    assert window.session.article is None


def test_translate_is_offered_only_once_a_model_is_there(
    qtbot: QtBot, window: MainWindow, sample: Path, tiny_archive: Path
) -> None:
    open_ready(qtbot, window, sample)
    assert window.session.package is None
    # The notice offering a model fills the translation pane; Translate would do nothing more.
    assert window.view.translation_stack.currentWidget() is window.view.missing_model
    assert not window.actions_.translate.isEnabled()
    with qtbot.waitSignal(window.session.models_changed, timeout=30_000):
        window.install_model(tiny_archive)
    qtbot.waitUntil(window.actions_.translate.isEnabled, timeout=10_000)


def test_the_export_dialog_never_offers_all_0_articles(
    qtbot: QtBot, window: MainWindow, sample: Path
) -> None:
    from kernpunt.ui.export_dialog import ExportDialog

    open_and_wait(qtbot, window, sample)
    dialog = ExportDialog(window.session, window.settings, [], window)
    qtbot.addWidget(dialog)
    assert not dialog.all_articles.isEnabled()
    assert dialog.all_articles.text() == "All articles in the list (the list is empty)"
