from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kernpunt.ui.main_window import MainWindow
from tests.gui.conftest import (
    english_article,
    export_through_the_dialog,
    open_and_wait,
    open_ready,
    open_translated,
    shown_text,
    translate_and_wait,
)

LONG = Path(__file__).resolve().parents[1] / "data" / "lassy-long-5k-words.nl.txt"


def drag_enter(window: MainWindow, mime: QMimeData) -> QDragEnterEvent:
    """Deliver a real drag-enter at the window's centre and return it, answered."""
    enter = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    return enter


def drop(window: MainWindow, mime: QMimeData) -> None:
    """Deliver a real drag-enter and drop, as a file manager does."""
    assert drag_enter(window, mime).isAccepted()
    event = QDropEvent(
        QPointF(window.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def assert_refused(qtbot: QtBot, window: MainWindow, words: str, current: Path) -> None:
    """The window says why in its message bar, and the article it showed stays."""
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=10_000)
    assert words in window.message_bar.label.text()
    assert window.session.article is not None and window.session.article.source == current


def file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_sample_shows_in_the_original_pane(qtbot: QtBot, window: MainWindow, sample: Path) -> None:
    open_and_wait(qtbot, window, sample)
    text = window.view.source_pane.toPlainText()
    assert text.startswith("De ministers van Buitenlandse Zaken van de NAVO-lidstaten")
    assert "date 2021-03" not in text
    assert "'We blijven geloven in dialoog'" in text
    assert "dated 2021-03" in window.status.stage_label.text()
    assert window.windowTitle().startswith("De ministers")


def test_dropping_a_file_opens_it(
    qtbot: QtBot, window: MainWindow, sample: Path, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    other = tmp_path / "kabinet.txt"
    other.write_text("Kabinet valt\n\nHet kabinet is vandaag gevallen. De premier trad af.\n")
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        drop(window, file_mime(other))
    assert window.view.source_pane.toPlainText().startswith("Kabinet valt")
    assert window.windowTitle().startswith("Kabinet valt")


def test_dropping_text_makes_an_article(qtbot: QtBot, window: MainWindow, sample: Path) -> None:
    open_and_wait(qtbot, window, sample)
    mime = QMimeData()
    mime.setText("Rutte stapt op\n\nDe premier heeft zijn ontslag aangeboden. Dat meldt de NOS.")
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        drop(window, mime)
    assert window.view.source_pane.toPlainText().startswith("Rutte stapt op")
    assert window.session.article is not None and window.session.article.source is None


def test_drag_of_something_else_is_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setData("image/png", b"\x89PNG")
    enter = drag_enter(window, mime)
    assert not enter.isAccepted()


def test_bad_file_keeps_the_current_article(
    qtbot: QtBot, window: MainWindow, sample: Path, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    before = window.view.source_pane.toPlainText()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    drop(window, file_mime(binary))
    assert_refused(qtbot, window, "not a text file", sample)
    assert window.view.source_pane.toPlainText() == before


def test_missing_model_offers_install(qtbot: QtBot, window: MainWindow, sample: Path) -> None:
    open_ready(qtbot, window, sample)
    assert window.view.translation_stack.currentWidget() is window.view.missing_model
    assert window.view.missing_model.button.text() == "Install model from file…"
    window.translate()
    # Nothing starts translating (the language check of the article may still be running).
    assert not window.session.translating
    assert all(job.name != "translate" for job in window.runner._jobs)
    assert window.view.source_pane.toPlainText().startswith("De ministers")


def test_dropping_a_model_installs_it(
    qtbot: QtBot, window: MainWindow, sample: Path, tiny_archive: Path
) -> None:
    open_ready(qtbot, window, sample)
    drop(window, file_mime(tiny_archive))
    qtbot.waitUntil(lambda: window.session.package is not None, timeout=10_000)
    assert window.view.translation_stack.currentWidget() is window.view.translation_pane
    assert "Installed the model Dutch → English 1.0" in window.message_bar.label.text()


def test_dropping_an_installed_model_again_offers_to_replace_it(
    qtbot: QtBot, window: MainWindow, sample: Path, tiny_archive: Path
) -> None:
    open_ready(qtbot, window, sample)
    with qtbot.waitSignal(window.session.model_installed, timeout=10_000):
        drop(window, file_mime(tiny_archive))
    drop(window, file_mime(tiny_archive))
    bar = window.message_bar
    qtbot.waitUntil(lambda: "installed already" in bar.label.text(), timeout=10_000)
    assert bar.action_button.isVisible() and bar.action_button.text() == "Replace"
    with qtbot.waitSignal(window.session.model_installed, timeout=10_000):
        bar.action_button.click()
    assert "Installed the model Dutch → English 1.0" in bar.label.text()
    assert window.session.package is not None


def test_translate_fills_translation_and_brief(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path
) -> None:
    open_ready(qtbot, window, sample)
    with qtbot.waitSignal(window.translation_finished, timeout=60_000):
        window.translate()
    session = window.session
    assert all(session.translations) and len(session.translations) == 15
    assert window.view.translation_pane.sentence_indices == list(range(15))
    for index, text in enumerate(session.translations):
        assert shown_text(window.view.translation_pane, index) == " ".join(text.split())
    assert session.current.brief is not None and len(session.current.brief.indices) == 3
    assert window.view.brief_pane.sentence_indices == list(session.current.brief.indices)
    for index in session.current.brief.indices:
        assert shown_text(window.view.brief_pane, index) == " ".join(
            session.translations[index].split()
        )
    assert "Translated 15 sentences" in window.status.stage_label.text()
    assert not window.status.progress_bar.isVisible()


def test_cancel_stops_and_keeps_finished_sentences(
    qtbot: QtBot, window: MainWindow, installed_model: Path
) -> None:
    open_ready(qtbot, window, LONG)
    window.translate()
    assert window.status.cancel_button.isVisible()
    qtbot.waitUntil(lambda: any(window.session.translations), timeout=30_000)
    with qtbot.waitSignal(window.translation_finished, timeout=30_000):
        window.status.cancel_button.click()
    done = sum(text is not None for text in window.session.translations)
    assert 0 < done < len(window.session.sentences)
    brief = window.session.current.brief
    if brief is not None:  # chosen first, so it survives the cancel, translated or not
        for index in brief.indices:
            text = window.session.translations[index] or window.session.sentences[index].text
            assert shown_text(window.view.brief_pane, index) == " ".join(text.split())
    assert (
        f"Cancelled: {done} of {len(window.session.sentences)}" in window.status.stage_label.text()
    )
    assert window.actions_.translate.isEnabled()


def test_export_markdown(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path, tmp_path: Path
) -> None:
    open_ready(qtbot, window, sample)
    with qtbot.waitSignal(window.translation_finished, timeout=60_000):
        window.translate()
    target = tmp_path / "navo.md"
    export_through_the_dialog(qtbot, window, target)
    assert window.message_bar.label.text() == f"Saved {target.name}."
    markdown = target.read_text(encoding="utf-8")
    assert "## Brief" in markdown and "## Translation" in markdown
    assert window.session.translations[0] is not None
    assert " ".join(window.session.translations[0].split())[:20] in " ".join(markdown.split())


def test_closing_during_translation_is_clean(
    qtbot: QtBot, sample: Path, installed_model: Path
) -> None:
    window = MainWindow()
    window.show()
    open_ready(qtbot, window, LONG)
    window.translate()
    qtbot.waitUntil(lambda: any(window.session.translations), timeout=30_000)
    window.close()
    assert not window.runner.busy or all(job.token.cancelled for job in window.runner._jobs)


def test_an_edited_sentence_is_marked_exported_and_kept(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QTextCursor, QTextFormat

    open_translated(qtbot, window, sample)
    window.edit_sentence(3, "He asked for the release of Kremlin critic Alexei Navalny.")
    qtbot.waitUntil(
        lambda: "Alexei Navalny" in shown_text(window.view.translation_pane, 3), timeout=5_000
    )
    pane = window.view.translation_pane

    def mark() -> object:
        cursor = QTextCursor(pane.document())
        cursor.setPosition(pane._spans[3][0] + 1)
        return cursor.charFormat().property(QTextFormat.Property.UserProperty)

    assert mark() == "edited"
    target = tmp_path / "out.md"
    export_through_the_dialog(qtbot, window, target)
    assert window.message_bar.label.text() == f"Saved {target.name}."
    assert "Kremlin critic Alexei Navalny." in target.read_text(encoding="utf-8")
    # The mark stays while the other sentences are translated again, not only once they are.
    marks_while_translating: list[object] = []
    window.session.translation_started.connect(lambda total: marks_while_translating.append(mark()))
    translate_and_wait(qtbot, window)
    assert marks_while_translating == ["edited"]
    assert mark() == "edited"
    assert window.session.translations[3] == (
        "He asked for the release of Kremlin critic Alexei Navalny."
    )
    assert all(window.session.translations)


def drop_paths(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    drop(window, mime)


def test_dropping_several_files_fills_the_article_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    files = []
    for number in range(3):
        path = tmp_path / f"artikel-{number}.txt"
        path.write_text(f"Artikel {number}\n\nDit is artikel nummer {number}. Het is kort.")
        files.append(path)
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        drop_paths(window, files)
    qtbot.waitUntil(lambda: window.article_list.count() == 3, timeout=10_000)
    assert window.articles.box.isVisible()
    assert window.view.source_pane.toPlainText().startswith("Artikel 0")
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.actions_.next_article.trigger()
    assert window.view.source_pane.toPlainText().startswith("Artikel 1")
    assert window.article_list.currentRow() == 1


def test_dropping_a_folder_lists_its_articles_recursively(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "archief"
    (folder / "2021" / "maart").mkdir(parents=True)
    for number in range(450):
        sub = folder / "2021" / "maart" if number % 2 else folder
        (sub / f"{number:04d}.txt").write_text(f"Bericht {number}. Het weer was goed.")
    (folder / "foto.jpg").write_bytes(b"\xff\xd8")
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        drop_paths(window, [folder])
    qtbot.waitUntil(lambda: window.article_list.count() == 450, timeout=30_000)
    names = [path.name for path in window.article_list.paths()]
    assert "foto.jpg" not in names
    qtbot.waitUntil(lambda: window.articles.title.text() == "450 articles", timeout=10_000)


def test_a_folder_without_articles_says_so(
    qtbot: QtBot, window: MainWindow, sample: Path, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    folder = tmp_path / "plaatjes"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"\xff\xd8")
    (folder / "b.png").write_bytes(b"\x89PNG")
    drop_paths(window, [folder])
    assert_refused(qtbot, window, "None of these files", sample)


def test_an_unsupported_file_gets_a_short_reason(
    qtbot: QtBot, window: MainWindow, sample: Path, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    drop_paths(window, [photo])
    assert_refused(qtbot, window, "cannot open “foto.jpg”", sample)


def test_a_file_deleted_before_reading(
    qtbot: QtBot, window: MainWindow, sample: Path, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    window.open_article(tmp_path / "weg.txt")
    assert_refused(qtbot, window, "no longer exists", sample)


def test_reopen_with_another_encoding(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    text = "Één financiële overeenkomst werd gesloten, zegt de minister."
    path.write_bytes(text.encode("cp1252"))
    open_and_wait(qtbot, window, path)
    assert "financiële" in window.view.source_pane.toPlainText()
    assert window.status.encoding_label.text() in {"CP1252", "WINDOWS-1252"}
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.reopen_with_encoding("mac-roman")
    assert "financiële" not in window.view.source_pane.toPlainText()
    assert window.status.encoding_label.text() == "MAC-ROMAN"


def test_a_non_dutch_article_gets_a_warning_but_opens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, english_article(tmp_path))
    assert window.view.source_pane.toPlainText().startswith("The foreign ministers")
    # The language is found just after the article is shown, off the window's thread.
    qtbot.waitUntil(lambda: "not in Dutch" in window.message_bar.label.text(), timeout=10_000)
    assert window.message_bar.isVisible()
    assert window.session.article is not None and window.session.article.language == "en"


def test_a_language_found_late_belongs_to_its_own_article(
    qtbot: QtBot, window: MainWindow, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from kernpunt.core.formats import article as article_module

    found = article_module.detected

    def slow(article: article_module.Article) -> article_module.Article:
        if article.source == english:
            time.sleep(0.5)  # still detecting when the reader opens the next article
        return found(article)

    english = english_article(tmp_path)
    monkeypatch.setattr(article_module, "detected", slow)
    open_and_wait(qtbot, window, english)
    open_and_wait(qtbot, window, sample)
    qtbot.wait(800)
    article = window.session.article
    assert article is not None and article.source == sample and article.language == "nl"
    assert not window.message_bar.isVisible(), "no warning about the English article left"


def test_the_window_shows_a_drop_hover_state(window: MainWindow, sample: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample))])
    assert drag_enter(window, mime).isAccepted()
    assert "dashed" in window._central.styleSheet()
    from PySide6.QtGui import QDragLeaveEvent

    QApplication.sendEvent(window, QDragLeaveEvent())
    assert window._central.styleSheet() == ""


def test_other_translations_can_be_picked(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path
) -> None:
    open_translated(qtbot, window, sample)
    menu = window.actions_.sentence_menu(2)
    other = next(a for a in menu.actions() if a.text().replace("&", "") == "Other Translations…")
    assert other.isEnabled()
    with qtbot.waitSignal(window.session.alternatives_ready, timeout=30_000) as ready:
        other.trigger()
    index, texts = ready.args
    assert index == 2 and texts and len(texts) == len(set(texts))
    offered = window.alternatives_dialog
    assert offered is not None and offered.texts() == texts
    offered.options.setCurrentRow(len(texts) - 1)
    qtbot.keyClick(offered.options, Qt.Key.Key_Return)
    assert window.session.translations[2] == texts[-1]
    assert 2 in window.session.edited
