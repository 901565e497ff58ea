"""Linked panes: hovering, clicking, stepping and scrolling follow one sentence across panes."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.panes import SentencePane
from kernpunt.ui.settings import Settings
from tests.gui.conftest import (
    open_and_wait,
    open_ready,
    open_translated,
    shown_text,
    translate_and_wait,
)

LONG = Path(__file__).resolve().parents[1] / "data" / "lassy-long-5k-words.nl.txt"


def fixed_type_at(pane: SentencePane, index: int, offset: int) -> bool:
    """Whether that character of a sentence, as the pane shows it, is in a fixed-pitch font."""
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane._spans[index][0] + offset + 1)  # the format of the character before
    return cursor.charFormat().fontFixedPitch()


def point_of(pane: SentencePane, index: int) -> QPoint:
    """A viewport point inside a sentence."""
    from PySide6.QtGui import QTextCursor

    start, end = pane._spans[index]
    cursor = QTextCursor(pane.document())
    cursor.setPosition((start + end) // 2)
    return pane.cursorRect(cursor).center()


def mouse(pane: SentencePane, kind: QEvent.Type, point: QPoint) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    buttons = (
        Qt.MouseButton.LeftButton
        if kind == QEvent.Type.MouseButtonPress
        else Qt.MouseButton.NoButton
    )
    event = QMouseEvent(
        kind,
        QPointF(point),
        QPointF(pane.viewport().mapToGlobal(point)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(pane.viewport(), event)


def highlighted(pane: SentencePane) -> list[tuple[int, int]]:
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in pane.extraSelections()]


def translate_long(qtbot: QtBot, window: MainWindow) -> None:
    """Open the long article and translate it, fast, as the reader would."""
    open_ready(qtbot, window, LONG)
    window.set_mode("fast")
    translate_and_wait(qtbot, window)


def test_hover_marks_the_sentence_in_every_pane(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path
) -> None:
    open_translated(qtbot, window, sample)
    view = window.view
    target = 4
    mouse(view.source_pane, QEvent.Type.MouseMove, point_of(view.source_pane, target))
    assert highlighted(view.source_pane) == [view.source_pane._spans[target]]
    assert highlighted(view.translation_pane) == [view.translation_pane._spans[target]]
    brief = window.session.current.brief
    assert brief is not None
    inside_brief = brief.indices[0]
    mouse(view.brief_pane, QEvent.Type.MouseMove, point_of(view.brief_pane, inside_brief))
    assert highlighted(view.source_pane) == [view.source_pane._spans[inside_brief]]


def test_clicking_a_brief_sentence_selects_and_reveals_its_source(
    qtbot: QtBot, window: MainWindow, installed_model: Path
) -> None:
    translate_long(qtbot, window)
    view = window.view
    brief = window.session.current.brief
    assert brief is not None
    last = brief.indices[-1]
    point = point_of(view.brief_pane, last)
    with qtbot.waitSignal(view.sentence_selected) as selected:
        mouse(view.brief_pane, QEvent.Type.MouseButtonPress, point)
        mouse(view.brief_pane, QEvent.Type.MouseButtonRelease, point)
    assert selected.args == [last]
    for pane in (view.source_pane, view.translation_pane):
        top = point_of(pane, last).y()
        assert 0 <= top <= pane.viewport().height(), "the sentence is scrolled into view"
        assert pane._spans[last] in highlighted(pane)


def test_scrolling_the_original_scrolls_the_translation(
    qtbot: QtBot, window: MainWindow, installed_model: Path
) -> None:
    translate_long(qtbot, window)
    view = window.view
    bar = view.source_pane.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    first = view.source_pane.first_visible_sentence()
    assert first > 0
    assert abs(view.translation_pane.first_visible_sentence() - first) <= 1


def test_next_and_previous_sentence(qtbot: QtBot, window: MainWindow, sample: Path) -> None:
    open_and_wait(qtbot, window, sample)
    window.actions_.next_sentence.trigger()
    assert window.view.selected == 0
    window.actions_.next_sentence.trigger()
    window.actions_.next_sentence.trigger()
    assert window.view.selected == 2
    window.actions_.previous_sentence.trigger()
    assert window.view.selected == 1
    assert highlighted(window.view.source_pane) == [window.view.source_pane._spans[1]]


def test_arriving_translations_change_only_their_own_sentences(qtbot: QtBot) -> None:
    """Each batch of results is written into the translation pane in place.

    The work per batch follows the sentences that arrived, not those already shown: the pane
    keeps its document, and the characters changed per batch are those of the batch alone.
    """
    from PySide6.QtGui import QTextCursor, QTextFormat

    from kernpunt.core.document import TranslatedArticle
    from kernpunt.core.formats.article import read_article
    from kernpunt.core.text.segment import segment
    from kernpunt.ui.reading import ReadingView

    article = read_article(LONG)
    sentences = segment(article, "nl")
    state = TranslatedArticle.untranslated(article, sentences)
    view = ReadingView()
    qtbot.addWidget(view)
    view.show()
    view.set_document(state)
    view.set_brief([3, 150])
    view.select_sentence(120)
    pane = view.translation_pane
    document = pane.document()
    changed: list[int] = []
    document.contentsChange.connect(lambda at, removed, added: changed.append(removed + added))
    translations = state.translations
    for start in range(0, len(sentences), 20):
        batch = range(start, min(start + 20, len(sentences)))
        for index in batch:
            assert state.set_translation(index, f"English sentence {index}, which arrived now.")
        changed.clear()
        view.show_translations(batch)
        assert pane.document() is document
        # Each changed sentence: its old and new text, and the space or paragraph break after.
        own = sum(len(sentences[i].text) + len(translations[i] or "") + 4 for i in batch)
        assert 0 < sum(changed) <= own
        if start == 100:
            assert shown_text(pane, 130) == " ".join(sentences[130].text.split())
            assert highlighted(pane) == [pane._spans[120]]
    assert pane.sentence_indices == list(range(len(sentences)))
    for index, text in enumerate(translations):
        assert shown_text(pane, index) == text
        cursor = QTextCursor(document)
        cursor.setPosition(pane._spans[index][0] + 1)
        assert cursor.charFormat().property(QTextFormat.Property.UserProperty) not in (
            "pending",
            "edited",
        )
    assert highlighted(pane) == [pane._spans[120]]
    assert [shown_text(view.brief_pane, index) for index in (3, 150)] == [
        translations[3],
        translations[150],
    ]
    state.edit(7, "The reader's own words.")
    view.show_translations({7})
    assert shown_text(pane, 7) == "The reader's own words."
    cursor = QTextCursor(document)
    cursor.setPosition(pane._spans[7][0] + 1)
    assert cursor.charFormat().property(QTextFormat.Property.UserProperty) == "edited"


def test_layout_zoom_and_theme_persist(
    qtbot: QtBot, window: MainWindow, sample: Path, make_settings: Callable[[], Settings]
) -> None:
    open_and_wait(qtbot, window, sample)
    size = window.view.source_pane.font().pointSizeF()
    window.actions_.zoom_in.trigger()
    window.actions_.zoom_in.trigger()
    assert window.view.source_pane.font().pointSizeF() == size + 2
    window.actions_.stacked.trigger()
    assert window.view.panes_splitter.orientation() == Qt.Orientation.Vertical
    window.actions_.themes["dark"].trigger()
    assert QApplication.palette().base().color().lightness() < 128
    window.close()
    saved = make_settings()
    assert (saved.zoom, saved.layout, saved.theme) == (2, "stacked", "dark")
    again = MainWindow(saved)
    qtbot.addWidget(again)
    assert again.view.stacked and again.view.zoom == 2
    assert again.actions_.themes["dark"].isChecked()
    window.set_theme("system")


def test_columns_can_be_hidden(qtbot: QtBot, window: MainWindow, sample: Path) -> None:
    open_and_wait(qtbot, window, sample)
    window.actions_.columns[2].trigger()
    assert not window.view.columns[2].isVisible()
    window.actions_.columns[2].trigger()
    assert window.view.columns[2].isVisible()
    # Without the original and the translation, the brief band takes the whole view.
    window.actions_.columns[0].trigger()
    window.actions_.columns[1].trigger()
    qtbot.wait(10)
    assert not window.view.panes_splitter.isVisible()
    assert window.view.brief_band.height() > 0.8 * window.view.splitter.height()
    window.actions_.columns[1].trigger()
    assert window.view.panes_splitter.isVisible() and window.view.columns[1].isVisible()


def test_every_command_has_a_key_and_the_sheet_lists_them(window: MainWindow) -> None:
    actions = window.actions_
    for action in (actions.open, actions.export, actions.translate, actions.cancel):
        assert not action.shortcut().isEmpty()
    for action in (actions.next_sentence, actions.previous_sentence, actions.zoom_in):
        assert not action.shortcut().isEmpty()
    from kernpunt.ui.actions import ShortcutsSheet

    sheet = ShortcutsSheet(actions.all, window)
    commands = [sheet.table.item(row, 0).text() for row in range(sheet.table.rowCount())]
    assert "Translate" in commands and "Open" in commands and "Next Sentence" in commands
    for pane in window.view.panes:
        assert pane.accessibleName()


def test_recent_files_are_remembered(
    qtbot: QtBot, window: MainWindow, sample: Path, make_settings: Callable[[], Settings]
) -> None:
    open_and_wait(qtbot, window, sample)
    window.close()
    assert make_settings().recent_files == [str(sample)]


def test_code_is_shown_as_written_in_fixed_type_on_both_sides(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, installed_model: Path
) -> None:
    path = tmp_path / "terminal.md"
    path.write_text(
        "# De terminal\n\nTyp `pip install kernpunt` in een terminal op je computer.\n\n"
        "```sh\ngit status\n    git log\n```\n\nDaarna zie je wat er veranderd is.\n",
        encoding="utf-8",
    )
    open_translated(qtbot, window, path)
    view = window.view
    for pane in (view.source_pane, view.translation_pane):
        # A block: one sentence, its lines kept apart and indented as written.
        assert shown_text(pane, 2) == "git status\u2028    git log"
        assert fixed_type_at(pane, 2, 0)
    assert 1 in view.brief_pane.sentence_indices
    for pane in (view.source_pane, view.translation_pane, view.brief_pane):
        # Inline code: in fixed type within the sentence, the prose around it not.
        text = shown_text(pane, 1)
        code = text.index("pip install kernpunt")
        end = code + len("pip install kernpunt")
        assert fixed_type_at(pane, 1, code) and fixed_type_at(pane, 1, end - 1)
        assert end == len(text) or not fixed_type_at(pane, 1, end)
        assert code == 0 or not fixed_type_at(pane, 1, code - 1)
