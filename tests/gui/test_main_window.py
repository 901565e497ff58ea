from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kernpunt.ui.main_window import MainWindow

LONG = Path(__file__).resolve().parents[3] / "shared" / "samples" / "lassy-long-5k-words.nl.txt"


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def open_and_wait(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_article(path)


def check_models(qtbot: QtBot, window: MainWindow) -> None:
    window.refresh_models()
    qtbot.waitUntil(lambda: window.models_checked, timeout=10_000)


def drop(window: MainWindow, mime: QMimeData) -> None:
    """Deliver a real drag-enter and drop, as a file manager does."""
    position = QPointF(window.rect().center())
    enter = QDragEnterEvent(
        position.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_sample_shows_in_the_original_pane(qtbot: QtBot, window: MainWindow, sample: Path) -> None:
    open_and_wait(qtbot, window, sample)
    text = window.source_pane.toPlainText()
    assert text.startswith("De ministers van Buitenlandse Zaken van de NAVO-lidstaten")
    assert "date 2021-03" not in text
    assert "'We blijven geloven in dialoog'" in text
    assert "dated 2021-03" in window.stage_label.text()
    assert window.windowTitle().startswith("De ministers")


def test_dropping_a_file_opens_it(
    qtbot: QtBot, window: MainWindow, sample: Path, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    other = tmp_path / "kabinet.txt"
    other.write_text("Kabinet valt\n\nHet kabinet is vandaag gevallen. De premier trad af.\n")
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        drop(window, file_mime(other))
    assert window.source_pane.toPlainText().startswith("Kabinet valt")
    assert window.windowTitle().startswith("Kabinet valt")


def test_drag_without_files_is_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("tekst")
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_bad_file_keeps_the_current_article(
    qtbot: QtBot, window: MainWindow, sample: Path, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    before = window.source_pane.toPlainText()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    drop(window, file_mime(binary))
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=10_000)
    assert "not a text file" in window.message_bar.label.text()
    assert window.source_pane.toPlainText() == before
    assert window.article is not None and window.article.source == sample


def test_missing_model_offers_install(qtbot: QtBot, window: MainWindow, sample: Path) -> None:
    open_and_wait(qtbot, window, sample)
    check_models(qtbot, window)
    assert window.translation_stack.currentWidget() is window.missing_model
    assert window.missing_model.button.text() == "Install model from file…"
    window.translate()
    assert window.runner.busy is False
    assert window.source_pane.toPlainText().startswith("De ministers")


def test_dropping_a_model_installs_it(
    qtbot: QtBot, window: MainWindow, sample: Path, tiny_archive: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    check_models(qtbot, window)
    drop(window, file_mime(tiny_archive))
    qtbot.waitUntil(lambda: window.package is not None, timeout=10_000)
    assert window.translation_stack.currentWidget() is window.translation_pane
    assert "Installed the model Dutch → English 1.0" in window.message_bar.label.text()


def test_translate_fills_translation_and_brief(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    check_models(qtbot, window)
    with qtbot.waitSignal(window.translation_finished, timeout=60_000):
        window.translate()
    assert window.document is not None and window.document.complete
    assert all(window.translations)
    translation = window.translation_pane.toPlainText()
    assert translation.strip() and translation != window.source_pane.toPlainText()
    brief_items = window.brief_pane.toPlainText().strip().splitlines()
    assert len(brief_items) == 3
    assert window.document.brief is not None
    for index, item in zip(window.document.brief.indices, brief_items, strict=True):
        assert " ".join(window.translations[index].split()) in item
    assert "Translated 15 sentences" in window.stage_label.text()
    assert not window.progress_bar.isVisible()


def test_cancel_stops_and_keeps_finished_sentences(
    qtbot: QtBot, window: MainWindow, installed_model: Path
) -> None:
    open_and_wait(qtbot, window, LONG)
    check_models(qtbot, window)
    window.translate()
    assert window.cancel_button.isVisible()
    qtbot.waitUntil(lambda: any(window.translations), timeout=30_000)
    with qtbot.waitSignal(window.translation_finished, timeout=30_000):
        window.cancel_button.click()
    done = sum(text is not None for text in window.translations)
    assert 0 < done < len(window.sentences)
    assert window.brief_pane.toPlainText() == ""
    assert f"Cancelled: {done} of {len(window.sentences)}" in window.stage_label.text()
    assert window.translate_action.isEnabled()


def test_export_markdown(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    check_models(qtbot, window)
    with qtbot.waitSignal(window.translation_finished, timeout=60_000):
        window.translate()
    target = tmp_path / "navo.md"
    window.export_markdown(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    markdown = target.read_text(encoding="utf-8")
    assert "## Brief" in markdown and "## Translation" in markdown
    assert window.translations[0] is not None
    assert " ".join(window.translations[0].split())[:20] in " ".join(markdown.split())


def test_export_to_a_vanished_folder_says_so(
    qtbot: QtBot, window: MainWindow, sample: Path, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    window.export_markdown(tmp_path / "gone" / "navo.md")
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=10_000)
    assert "does not exist" in window.message_bar.label.text()


def test_closing_during_translation_is_clean(
    qtbot: QtBot, sample: Path, installed_model: Path
) -> None:
    window = MainWindow()
    window.show()
    open_and_wait(qtbot, window, LONG)
    check_models(qtbot, window)
    window.translate()
    qtbot.waitUntil(lambda: any(window.translations), timeout=30_000)
    window.close()
    assert not window.runner.busy or all(job.token.cancelled for job in window.runner._jobs)
