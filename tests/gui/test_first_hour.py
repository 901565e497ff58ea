"""A reader's first hour in the window: a model in one click, translation by itself, no loss."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from pytestqt.qtbot import QtBot

from kernpunt.core.models.packages import installed_packages
from kernpunt.ui import recovery
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.recovery import Recovery
from kernpunt.ui.settings import Settings
from tests.gui.conftest import check_models, open_and_wait
from tests.gui.test_main_window import drop, file_mime
from tests.support.index_server import NL_EN, IndexServer, serving


@pytest.fixture
def server(tiny_archive: Path) -> Iterator[IndexServer]:
    with serving(chunk=32 * 1024, chunk_delay=0.01) as server:
        server.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        yield server


@pytest.fixture
def reader_window(qtbot: QtBot, make_settings: Callable[[], Settings]) -> MainWindow:
    """The window as a reader gets it: articles translate as they open."""
    window = MainWindow(make_settings())
    qtbot.addWidget(window)
    window.show()
    return window


def translated(window: MainWindow) -> bool:
    translations = window.session.translations
    return bool(translations) and all(text is not None for text in translations)


def test_download_from_the_notice_then_the_open_article_translates_by_itself(
    qtbot: QtBot, reader_window: MainWindow, server: IndexServer, sample: Path
) -> None:
    window = reader_window
    window.settings.index_url = server.base_url
    check_models(qtbot, window)
    open_and_wait(qtbot, window, sample)
    notice = window.view.missing_model
    assert window.view.translation_stack.currentWidget() is notice
    assert "Argos Translate" in notice.body.text()
    assert server.requests == [], "the index is looked up only when the reader asks"
    assert notice.button.isVisible(), "Install model from file… is offered beside Download"

    notice.download_button.click()
    qtbot.waitUntil(lambda: bool(installed_packages()), timeout=60_000)
    assert server.requests[0] == "/index.json"
    qtbot.waitUntil(lambda: translated(window) and not window.session.translating, timeout=120_000)
    assert window.view.translation_stack.currentWidget() is window.view.translation_pane
    assert window.session.current is not None and window.session.current.brief is not None
    assert "Installed the model Dutch → English" in window.message_bar.label.text()


def test_the_notice_shows_progress_and_the_download_can_be_cancelled(
    qtbot: QtBot, reader_window: MainWindow, tiny_archive: Path
) -> None:
    window = reader_window
    with serving(chunk=4 * 1024, chunk_delay=0.05) as slow:
        slow.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        window.settings.index_url = slow.base_url
        notice = window.view.missing_model
        notice.download_button.click()
        qtbot.waitUntil(lambda: "MB/s" in notice.status.text(), timeout=30_000)
        assert notice.progress.isVisibleTo(notice) and notice.cancel_button.isVisibleTo(notice)
        assert "%" in notice.status.text() and notice.progress.maximum() == 1000
        notice.cancel_button.click()
        qtbot.waitUntil(lambda: "cancelled" in notice.status.text(), timeout=30_000)
    assert installed_packages() == []
    assert notice.download_button.isEnabled() and not notice.cancel_button.isVisibleTo(notice)


def test_an_unreachable_index_is_said_in_the_notice_and_install_from_file_stays(
    qtbot: QtBot, reader_window: MainWindow
) -> None:
    window = reader_window
    window.settings.index_url = "http://127.0.0.1:9/"
    notice = window.view.missing_model
    notice.download_button.click()
    qtbot.waitUntil(lambda: "could not reach" in notice.status.text(), timeout=30_000)
    assert "install a model from a file" in notice.status.text()
    assert notice.button.isEnabled() and notice.download_button.isEnabled()


def test_an_article_opened_with_a_model_translates_by_itself(
    qtbot: QtBot, reader_window: MainWindow, installed_model: Path, sample: Path
) -> None:
    window = reader_window
    assert "by itself" in window.view.translation_pane.placeholderText()
    check_models(qtbot, window)
    open_and_wait(qtbot, window, sample)
    qtbot.waitUntil(lambda: translated(window) and not window.session.translating, timeout=120_000)
    # The key terms are found on a worker once the translation is whole, then all is done.
    qtbot.waitUntil(lambda: window.settled, timeout=10_000)


def test_dropping_the_first_model_translates_the_open_article(
    qtbot: QtBot, reader_window: MainWindow, sample: Path, tiny_archive: Path
) -> None:
    window = reader_window
    check_models(qtbot, window)
    open_and_wait(qtbot, window, sample)
    assert not window.session.translating
    drop(window, file_mime(tiny_archive))
    qtbot.waitUntil(lambda: translated(window) and not window.session.translating, timeout=120_000)


def test_dropped_text_translates_by_itself(
    qtbot: QtBot, reader_window: MainWindow, installed_model: Path
) -> None:
    window = reader_window
    check_models(qtbot, window)
    mime = QMimeData()
    mime.setText("Rutte stapt op\n\nDe premier heeft zijn ontslag aangeboden. Dat meldt de NOS.")
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        drop(window, mime)
    qtbot.waitUntil(lambda: translated(window) and not window.session.translating, timeout=120_000)
    assert window.session.article is not None and window.session.article.source is None


def test_with_the_setting_off_the_reader_presses_translate(
    qtbot: QtBot, reader_window: MainWindow, installed_model: Path, sample: Path
) -> None:
    window = reader_window
    window.settings.translate_on_open = False
    window.dialogs.apply_settings()
    assert "Press Translate" in window.view.translation_pane.placeholderText()
    check_models(qtbot, window)
    open_and_wait(qtbot, window, sample)
    qtbot.wait(300)
    assert not window.session.translating and not any(window.session.translations)


def crashed_journal(state: Path, sample: Path) -> Path:
    """What a window killed while reading an article with one edit leaves behind."""
    folder = state / "kernpunt"
    folder.mkdir(parents=True, exist_ok=True)
    journal = folder / "recovery-4000000.json"  # a process id no Linux hands out
    recovery.save(
        Recovery(path=str(sample), edits={0: ("x", "y")}, translating=False, pid=4_000_000),
        journal,
    )
    return journal


@pytest.fixture
def state() -> Path:
    import os

    return Path(os.environ["XDG_STATE_HOME"])


def test_the_recovery_offer_outlives_the_start_article_and_discard_forgets_it(
    qtbot: QtBot, window: MainWindow, state: Path, sample: Path
) -> None:
    crashed_journal(state, sample)
    assert window.keep_journal() is not None
    open_and_wait(qtbot, window, sample)
    offer = window.recovery.offer
    assert offer.isVisible(), "reading the start article does not hide the offer"
    assert offer.action_button.text() == "Restore" and offer.second_button.text() == "Discard"
    offer.second_button.click()
    assert not offer.isVisible()
    window.close()
    assert list((state / "kernpunt").glob("recovery*.json")) == []


def test_a_clean_quit_with_the_offer_open_keeps_it_for_the_next_start(
    qtbot: QtBot,
    window: MainWindow,
    make_settings: Callable[[], Settings],
    state: Path,
    sample: Path,
) -> None:
    crashed_journal(state, sample)
    window.keep_journal()
    open_and_wait(qtbot, window, sample)
    window.edit_sentence(1, "Something of this run.")
    qtbot.waitUntil(
        lambda: window.recovery.journal is not None and window.recovery.journal.exists()
    )
    window.close()
    again = MainWindow(make_settings())
    qtbot.addWidget(again)
    found = again.keep_journal()
    assert found is not None and found.edits == {0: ("x", "y")}


def test_a_damaged_journal_is_said_after_the_start_article_loads(
    qtbot: QtBot, window: MainWindow, state: Path, sample: Path
) -> None:
    folder = state / "kernpunt"
    folder.mkdir(parents=True)
    (folder / "recovery.json").write_text("{not json")
    assert window.keep_journal() is None
    open_and_wait(qtbot, window, sample)
    offer = window.recovery.offer
    assert offer.isVisible() and "could not read what it saved" in offer.label.text()
    offer.action_button.click()
    assert not offer.isVisible()


def test_the_setting_is_in_the_settings_dialog(
    qtbot: QtBot, make_settings: Callable[[], Settings]
) -> None:
    from kernpunt.ui.settings_dialog import SettingsDialog

    settings = make_settings()
    assert settings.translate_on_open, "on by default"
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.translate_on_open.isChecked()
    dialog.translate_on_open.setChecked(False)
    dialog.accept()
    assert not make_settings().translate_on_open
