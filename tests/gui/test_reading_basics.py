"""Reading basics: find in every pane, print, copy, the keyboard in the reading view."""

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QMouseEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.panes import FIND_MARK, SentencePane
from tests.gui.conftest import (
    open_and_wait,
    open_ready,
    open_translated,
    pdf_printer,
    translate_and_wait,
)

LONG = Path(__file__).resolve().parents[1] / "data" / "lassy-long-5k-words.nl.txt"


def find_marks(pane: SentencePane) -> list[tuple[int, int]]:
    found = QColor(FIND_MARK)
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in pane.extraSelections()
        if s.format.background().color() == found
    ]


def key(
    window: MainWindow,
    keys: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press a key as the window system delivers it: to the window, which routes it by focus."""
    QTest.keyClick(window.windowHandle(), keys, modifiers)


def active(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_the_keyboard_starts_in_the_original_and_pages_through_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1000, 700)
    open_and_wait(qtbot, window, LONG)
    active(qtbot, window)
    pane = window.view.source_pane
    assert QApplication.focusWidget() is pane
    bar = pane.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    key(window, Qt.Key.Key_PageDown)
    first = bar.value()
    assert first > 0
    key(window, Qt.Key.Key_PageDown)
    assert bar.value() > first
    key(window, Qt.Key.Key_PageUp)
    assert bar.value() == first
    key(window, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    key(window, Qt.Key.Key_Home)
    assert bar.value() == 0


def test_find_marks_matches_in_every_pane_and_steps_through_them(
    qtbot: QtBot, window: MainWindow, sample: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    active(qtbot, window)
    view = window.view
    key(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = view.find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.field
    # Under the panes, across the whole width.
    assert bar.mapTo(view, QPoint(0, 0)).y() > view.source_pane.mapTo(view, QPoint(0, 0)).y()
    QTest.keyClicks(bar.field, "stoltenberg")
    matches = bar.matches
    assert len(matches) >= 4 and all(m.pane is view.source_pane for m in matches)
    assert find_marks(view.source_pane) == [(m.start, m.end) for m in matches]
    # The current match's sentence is selected, so the other panes mark it too.
    first = view.selected
    assert first == view.source_pane.sentence_at_position(matches[0].start)
    assert bar.count.text() == f"1 of {len(matches)}"
    key(window, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {len(matches)}"
    key(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"1 of {len(matches)}"
    key(window, Qt.Key.Key_F3)
    assert bar.count.text() == f"2 of {len(matches)}"
    assert view.selected == view.source_pane.sentence_at_position(matches[1].start)
    key(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"1 of {len(matches)}"
    # Escape closes the bar and takes the marks away; it does not reach the window's Cancel.
    key(window, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert find_marks(view.source_pane) == []


def test_find_searches_again_when_the_text_changes(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path, tmp_path: Path
) -> None:
    open_ready(qtbot, window, sample)
    view = window.view
    view.open_find()
    view.find_bar.field.setText("Stoltenberg")
    before = len(view.find_bar.matches)
    other = tmp_path / "kort.nl.txt"
    other.write_text("Stoltenberg sprak. Daarna sprak Stoltenberg opnieuw.\n", encoding="utf-8")
    open_and_wait(qtbot, window, other)
    qtbot.waitUntil(lambda: len(view.find_bar.matches) == 2, timeout=2_000)
    assert before != 2
    assert len(find_marks(view.source_pane)) == 2
    # A translation arriving is searched too: every brief sentence holds a letter "e".
    view.find_bar.field.setText("e")
    translate_and_wait(qtbot, window)
    qtbot.waitUntil(
        lambda: any(m.pane is view.brief_pane for m in view.find_bar.matches), timeout=2_000
    )


def drag_select(pane: SentencePane, start: QPoint, end: QPoint) -> None:
    viewport = pane.viewport()
    for kind, point, buttons in (
        (QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, (start + end) / 2, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind,
            QPointF(point),
            QPointF(viewport.mapToGlobal(point)),
            Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)


def test_text_selected_by_mouse_or_keyboard_is_copied(
    qtbot: QtBot, window: MainWindow, sample: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    active(qtbot, window)
    pane = window.view.source_pane
    clipboard = QGuiApplication.clipboard()
    # The mouse: drag across the first words.
    cursor = QTextCursor(pane.document())
    cursor.setPosition(0)
    start = pane.cursorRect(cursor).center()
    cursor.setPosition(14)
    drag_select(pane, start, pane.cursorRect(cursor).center())
    selected = pane.textCursor().selectedText()
    assert len(selected) >= 10 and pane.toPlainText().startswith(selected)
    clipboard.clear()
    key(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == selected
    # The keyboard: Shift+Right from the start.
    pane.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(5):
        key(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert pane.textCursor().selectedText() == pane.toPlainText()[:5]
    clipboard.clear()
    window.actions_.copy.trigger()
    assert clipboard.text() == pane.toPlainText()[:5]
    # Edit › Select All takes the whole pane.
    window.actions_.select_all.trigger()
    window.actions_.copy.trigger()
    assert clipboard.text().replace("\u2029", "\n") == pane.toPlainText()


def test_the_edit_menu_holds_copy_find_and_edit_sentence(window: MainWindow) -> None:
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    edit = [action.text() for action in menus["&Edit"].actions() if not action.isSeparator()]
    assert edit == [
        "&Copy",
        "Select &All",
        "&Find…",
        "Find &Next",
        "Find Pre&vious",
        "&Edit Sentence…",
    ]
    actions = window.actions_
    assert actions.find_next.shortcut().toString() in ("F3", "Ctrl+G")
    assert actions.edit.shortcut().toString() == "F2"
    assert actions.print.shortcut().toString() == "Ctrl+P"


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(text.split())


def test_print_is_offered_once_translated_and_prints_the_brief_or_everything(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog

    from kernpunt.ui.printing import print_content

    open_ready(qtbot, window, sample)
    actions = window.actions_
    assert not actions.print.isEnabled() and not actions.print_preview.isEnabled()
    translate_and_wait(qtbot, window)
    assert actions.print.isEnabled() and actions.print_preview.isEnabled()
    document = window.session.document()
    assert document is not None and document.brief is not None

    # File › Print…: the dialog opens; accepting it prints what its Content tab says.
    actions.print.trigger()
    dialog = window.findChild(QPrintDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    # No printer is set up here: the dialog offers Print to File (PDF), into the file named.
    brief_pdf = tmp_path / "brief.pdf"
    file_name = dialog.findChild(QLineEdit, "filename")
    assert file_name is not None
    file_name.setText(str(brief_pdf))
    dialog.accept()
    qtbot.waitUntil(brief_pdf.exists, timeout=5_000)
    brief_text = pdf_text(brief_pdf)
    assert document.article.title in brief_text
    dutch = "Tot slot hekelen de bondgenoten ook de desinformatie"
    assert dutch not in brief_text  # the brief alone: the original's sentences are not in it

    everything = tmp_path / "all.pdf"
    printer = pdf_printer(everything)
    print_content(document, "all", printer)
    text = pdf_text(everything)
    assert dutch in text and document.article.title in text
    assert len(text) > len(brief_text)

    # File › Print Preview… shows pages.
    actions.print_preview.trigger()
    preview = window.findChild(QPrintPreviewDialog)
    assert preview is not None
    qtbot.waitUntil(preview.isVisible, timeout=5_000)
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() >= 1, timeout=5_000)
    preview.reject()


def test_print_preview_shows_what_the_reader_chooses_to_print(
    qtbot: QtBot,
    window: MainWindow,
    sample: Path,
    installed_model: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtWidgets import QComboBox, QToolBar

    from kernpunt.ui import printing

    open_translated(qtbot, window, sample)
    painted: list[str] = []
    paint = printing.print_content

    def print_content(document: object, content: str, printer: QPrinter) -> None:
        painted.append(content)
        paint(document, content, printer)  # type: ignore[arg-type]

    monkeypatch.setattr(printing, "print_content", print_content)
    window.actions_.print_preview.trigger()
    preview = window.findChild(QPrintPreviewDialog)
    assert preview is not None
    qtbot.waitUntil(preview.isVisible, timeout=5_000)
    pages = preview.findChild(QPrintPreviewWidget)
    toolbar = preview.findChild(QToolBar, "printContentBar")
    assert pages is not None and toolbar is not None
    # The choice sits in a toolbar of the preview, with the three parts a reader can print.
    combo = toolbar.findChild(QComboBox, "printContent")
    assert combo is not None and combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "The brief",
        "The bilingual article",
        "The brief and the bilingual article",
    ]
    qtbot.waitUntil(lambda: pages.pageCount() >= 1, timeout=5_000)
    assert painted and set(painted) == {"brief"}, "the brief, as the print dialog offers first"
    counts = {"brief": pages.pageCount()}
    for content in ("bilingual", "all"):
        painted.clear()
        combo.setCurrentIndex(combo.findData(content))
        qtbot.waitUntil(lambda: bool(painted), timeout=5_000)
        assert painted[-1] == content, "the preview shows what is chosen"
        counts[content] = pages.pageCount()
    assert counts["brief"] < counts["all"] and counts["bilingual"] <= counts["all"]
    preview.reject()

    # The bilingual article alone: the original's sentences, side by side with the translation.
    document = window.session.document()
    assert document is not None
    bilingual = tmp_path / "bilingual.pdf"
    printer = pdf_printer(bilingual)
    paint(document, "bilingual", printer)
    text = pdf_text(bilingual)
    assert "Tot slot hekelen de bondgenoten ook de desinformatie" in text
