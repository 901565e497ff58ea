"""Find in the article: every match marked in every pane, the current one linked across panes.

The bar searches the original, the translation and the brief at once. Moving to a match selects
its sentence, so the same sentence is marked in the other panes too: a word found in the Dutch
shows where its English is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from kernpunt.ui.panes import SentencePane


@dataclass(frozen=True)
class Match:
    """One place where the searched text occurs.

    Attributes:
        pane: The pane it is in.
        start: Its first character in the pane's document.
        end: One past its last character.
    """

    pane: SentencePane
    start: int
    end: int


def find_matches(panes: Sequence[SentencePane], text: str) -> list[Match]:
    """Every occurrence of ``text`` in the panes, case-insensitive, pane by pane in order.

    Untranslated sentences standing in the translation pane are not searched.
    """
    if not text:
        return []
    matches = []
    for pane in panes:
        if not pane.isVisibleTo(pane.window()):
            continue
        document = pane.document()
        cursor = document.find(text, 0)
        while not cursor.isNull():
            if not _pending(document, cursor.selectionStart()):
                matches.append(Match(pane, cursor.selectionStart(), cursor.selectionEnd()))
            cursor = document.find(text, cursor, QTextDocument.FindFlag(0))
    return matches


def _pending(document: QTextDocument, position: int) -> bool:
    """Whether the text at a position is an original sentence standing in for its translation.

    The translation pane shows the Dutch, greyed, until a sentence is translated; a match there
    would only repeat the original's.
    """
    cursor = QTextCursor(document)
    cursor.setPosition(position + 1)
    state = cursor.charFormat().property(QTextFormat.Property.UserProperty)
    return bool(state == "pending")


class FindBar(QWidget):
    """A bar below the reading view: the text to find, previous and next, and how many there are.

    Args:
        panes: The panes to search.
        select_sentence: Called with a sentence's index when a match in it becomes current.
    """

    def __init__(
        self,
        panes: Sequence[SentencePane],
        select_sentence: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._panes = tuple(panes)
        self._select_sentence = select_sentence
        self._matches: list[Match] = []
        self._current = -1
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in the article"))
        self.field.setAccessibleName(self.tr("Find"))
        self.field.setClearButtonEnabled(True)
        self.previous_button = self._button(self.tr("Previous"), self.find_previous)
        self.next_button = self._button(self.tr("Next"), self.find_next)
        self.count = QLabel()
        close = self._button(self.tr("Close"), self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.field, 1)
        for widget in (self.previous_button, self.next_button, self.count, close):
            layout.addWidget(widget)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.installEventFilter(self)
        self.hide()

    def _button(self, text: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    @property
    def matches(self) -> list[Match]:
        """The matches of the text in the field."""
        return list(self._matches)

    @property
    def current(self) -> Match | None:
        """The current match, if any."""
        return self._matches[self._current] if 0 <= self._current < len(self._matches) else None

    def open_bar(self) -> None:
        """Show the bar with the field selected, searching again what the panes now hold."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.refresh()

    @Slot()
    def close_bar(self) -> None:
        """Hide the bar and its marks; focus goes back to the original."""
        self.hide()
        for pane in self._panes:
            pane.set_find_marks(())
        self._panes[0].setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def refresh(self) -> None:
        """Search again: the panes' text has changed (a translation arrived)."""
        if self.isVisible():
            self._search(keep=True)

    @Slot()
    def find_next(self) -> None:
        """Make the next match current, wrapping at the end."""
        self._step(1)

    @Slot()
    def find_previous(self) -> None:
        """Make the previous match current, wrapping at the start."""
        self._step(-1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the field: Enter goes to the next match, Shift+Enter back, Escape closes the bar.

        Escape is taken before the window's shortcuts see it, so it closes the bar and does not
        cancel a translation.
        """
        if watched is self.field and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                if key == Qt.Key.Key_Escape:
                    self.close_bar()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                        self.find_previous()
                    else:
                        self.find_next()
                    return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the bar."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.matches(QKeySequence.StandardKey.FindPrevious):
            self.find_previous()
        else:
            super().keyPressEvent(event)

    @Slot(str)
    def _on_field_text_changed(self, _text: str) -> None:
        self._search(keep=False)

    def _search(self, *, keep: bool) -> None:
        previous = self.current
        self._matches = find_matches(self._panes, self.field.text())
        self._current = -1
        if keep and previous is not None:
            for position, match in enumerate(self._matches):
                if (match.pane, match.start) == (previous.pane, previous.start):
                    self._current = position
        for pane in self._panes:
            pane.set_find_marks([(m.start, m.end) for m in self._matches if m.pane is pane])
        if self._current < 0 and self._matches and not keep:
            self._step(1)
        self._show_count()

    def _step(self, step: int) -> None:
        if not self._matches:
            self._show_count()
            return
        self._current = (self._current + step) % len(self._matches)
        match = self._matches[self._current]
        index = match.pane.sentence_at_position(match.start)
        if index >= 0:
            self._select_sentence(index)
        match.pane.show_position(match.start, match.end)
        self._show_count()

    def _show_count(self) -> None:
        text = self.field.text()
        if not text:
            self.count.clear()
        elif not self._matches:
            self.count.setText(self.tr("Not found"))
        else:
            self.count.setText(
                self.tr("{current} of {total}").format(
                    current=self._current + 1, total=len(self._matches)
                )
            )
        self.previous_button.setEnabled(len(self._matches) > 0)
        self.next_button.setEnabled(len(self._matches) > 0)
