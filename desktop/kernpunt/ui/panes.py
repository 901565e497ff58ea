"""The reading panes: text laid out sentence by sentence, so that panes can point at sentences.

Each pane builds its QTextDocument with a cursor and records where every sentence starts and
ends; highlighting, hovering, clicking and scrolling all work on those positions, and a sentence
is always known by its index in the article.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from itertools import groupby
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QLabel, QTextBrowser, QTextEdit, QWidget

from kernpunt.ui.theme import is_dark
from kernpunt.ui.widgets import PLAIN_TEXT, SELECTABLE_BROWSER, TOP_LEFT

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QResizeEvent

    from kernpunt.core.formats.article import Article
    from kernpunt.core.text.segment import Sentence

BULLET = "•\u2002"
# Where the text the reader looks for occurs: a marker yellow, readable in both themes.
FIND_MARK = "#f6d743"
_HEADING_SCALE = {"title": 1.45, "heading": 1.2}


class SentencePane(QTextBrowser):
    """A read-only pane that knows where each sentence is.

    Signals:
        sentence_hovered: (index) the sentence under the mouse; -1 when there is none.
        sentence_clicked: (index) the reader clicked a sentence.
        sentence_menu_requested: (index, global position) the reader asked for a sentence's menu.
        content_changed: the text shown changed (a new article, or sentences replaced).
    """

    sentence_hovered = Signal(int)
    sentence_clicked = Signal(int)
    sentence_menu_requested = Signal(int, QPoint)
    content_changed = Signal()

    def __init__(
        self, accessible_name: str, *, sentence_menu: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._sentence_menu = sentence_menu
        self.setAccessibleName(accessible_name)
        self.setOpenLinks(False)
        # QTextBrowser tracks the mouse over its viewport already; the viewport is not asked
        # for here, because wrapping it makes PySide6 create every widget class it knows.
        self.setMouseTracking(True)
        self._starts: list[int] = []
        self._indices: list[int] = []
        self._spans: dict[int, tuple[int, int]] = {}
        self._kinds: dict[int, str] = {}
        self._code: dict[int, tuple[str, ...]] = {}
        self._hovered = -1
        self._selected = -1
        self._find_marks: list[tuple[int, int]] = []
        self._press: QPoint | None = None
        self._laid_out = False
        self._placeholder: QLabel | None = None
        # The document this pane made and shows; None while it shows Qt's own first one.
        self._own_document: QTextDocument | None = None
        # Text can be selected with the mouse and the keyboard (Shift+arrows), and copied.
        self.setProperty("textInteractionFlags", SELECTABLE_BROWSER)

    # --- the placeholder ------------------------------------------------------------------

    def set_placeholder(self, text: str) -> None:
        """Say what the empty pane will show, wrapped to the pane's width.

        QTextEdit's own placeholder is one line, cut off where the pane ends; this is a label over
        the viewport, wrapped, shown while the pane holds no sentences.
        """
        if self._placeholder is None:
            # A child of the pane above its viewport, placed on the viewport's area (asking for the
            # viewport itself would make PySide6 create every widget class it knows, at start-up).
            label = QLabel(self)
            label.setObjectName("placeholder")
            label.setWordWrap(True)
            label.setProperty("textFormat", PLAIN_TEXT)
            label.setProperty("alignment", TOP_LEFT)
            # Clicks on the label go to the pane below it: see enterEvent.
            # Drawn in the palette's placeholder colour, in whatever theme is chosen later.
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self._placeholder = label
        self._placeholder.setText(text)
        self._place_placeholder()

    def setPlaceholderText(self, text: str) -> None:
        """Say it with the wrapped label: QTextEdit's own placeholder drew over it."""
        self.set_placeholder(text)

    def placeholderText(self) -> str:
        """The text the empty pane shows."""
        return self._placeholder.text() if self._placeholder is not None else ""

    def _place_placeholder(self) -> None:
        label = self._placeholder
        if label is None:
            return
        margin = 10
        # An empty pane has no scroll bars, so its viewport fills the frame's contents.
        area = self.contentsRect()
        width = max(0, area.width() - 2 * margin)
        label.setGeometry(area.x() + margin, area.y() + margin, width, label.heightForWidth(width))
        label.setVisible(bool(label.text()) and not self._spans)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap the placeholder to the new width."""
        super().resizeEvent(event)
        self._place_placeholder()

    # --- content --------------------------------------------------------------------------

    def show_article(
        self,
        article: Article,
        sentences: Sequence[Sentence],
        texts: Sequence[str | None] | None = None,
        edited: Collection[int] = (),
    ) -> None:
        """Lay out an article block by block.

        Args:
            article: The article, for its blocks.
            sentences: Its sentences.
            texts: What to show per sentence: the sentences themselves when None; a None entry
                shows the source sentence greyed out, as not translated yet.
            edited: Indices of sentences the reader edited; they are marked.
        """
        document, cursor = self._new_document()
        spans: dict[int, tuple[int, int]] = {}
        kinds: dict[int, str] = {}
        self._code = _inline_code(article, sentences)
        for number, (block_index, members) in enumerate(groupby(sentences, key=lambda s: s.block)):
            kind = article.blocks[block_index].kind
            if number:
                cursor.insertBlock()
            cursor.setBlockFormat(self._block_format(kind))
            if kind == "list_item":
                cursor.insertText(BULLET, self._char_format(kind))
            for position, sentence in enumerate(members):
                if position:
                    cursor.insertText(" ", self._char_format(kind))
                text, state = _shown(sentence, texts, edited, code=kind == "code")
                start = cursor.position()
                self._insert(cursor, sentence.index, text, kind, state)
                spans[sentence.index] = (start, cursor.position())
                kinds[sentence.index] = kind
        self._install(document, spans, kinds)

    def update_sentences(
        self,
        sentences: Sequence[Sentence],
        texts: Sequence[str | None],
        edited: Collection[int],
        indices: Iterable[int],
    ) -> None:
        """Show new texts for some sentences of the article on show, leaving the rest alone.

        Rebuilding the whole document for every few translated sentences kept the GUI thread
        busy for 20–55 ms a time on the 5,000-word sample and 120 ms on ten times its length;
        replacing 20 sentences in place takes 1–2 ms on the one and 3–4 ms on the other.

        Args:
            sentences: The article's sentences, as given to ``show_article``.
            texts: What to show per sentence, as for ``show_article``.
            edited: Indices of sentences the reader edited.
            indices: The sentences whose text or state changed; others are not looked at.
        """
        changes = {
            index: _shown(sentences[index], texts, edited, code=self._kinds[index] == "code")
            for index in indices
            if index in self._spans
        }
        if not changes:
            return
        lengths: dict[int, int] = {}
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        # From the end backwards, so that every edit leaves the spans before it where they are.
        for index in sorted(changes, key=lambda index: self._spans[index][0], reverse=True):
            start, end = self._spans[index]
            text, state = changes[index]
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self._insert(cursor, index, text, self._kinds[index], state)
            lengths[index] = cursor.position() - start
        cursor.endEditBlock()
        shift = 0
        for index in self._indices:
            start, end = self._spans[index]
            length = lengths.get(index, end - start)
            self._spans[index] = (start + shift, start + shift + length)
            shift += length - (end - start)
        self._starts = [self._spans[index][0] for index in self._indices]
        self._laid_out = False
        self.set_highlight(self._selected, self._hovered)
        self.content_changed.emit()

    def show_list(
        self,
        indices: Sequence[int],
        texts: Sequence[str | None],
        pending: Sequence[Sentence] = (),
        edited: Collection[int] = (),
        article: Article | None = None,
    ) -> None:
        """Lay out a list of sentences (the brief), each pointing at its sentence index.

        A sentence whose text is None shows its ``pending`` sentence greyed out, when given; one
        the reader edited is marked as in the translation pane. Given the ``article`` of the
        ``pending`` sentences, their inline code is in a code font.
        """
        document, cursor = self._new_document()
        spans: dict[int, tuple[int, int]] = {}
        listed = [pending[index] for index in indices] if pending else []
        self._code = _inline_code(article, listed) if article is not None else {}
        for number, index in enumerate(indices):
            if number:
                cursor.insertBlock()
            cursor.setBlockFormat(self._block_format("brief"))
            cursor.insertText(BULLET, self._char_format("paragraph"))
            start = cursor.position()
            text, state = _shown(pending[index], texts, edited) if pending else (texts[index], "")
            self._insert(cursor, index, _one_line(text or ""), "paragraph", state)
            spans[index] = (start, cursor.position())
        self._install(document, spans, dict.fromkeys(spans, "paragraph"))

    def clear_sentences(self) -> None:
        """Empty the pane."""
        self._code = {}
        self._install(self._new_document()[0], {}, {})

    @property
    def sentence_indices(self) -> list[int]:
        """The indices of the sentences shown, in the order shown."""
        return list(self._indices)

    # --- pointing at sentences ------------------------------------------------------------

    def sentence_at(self, point: QPoint) -> int:
        """The index of the sentence at a viewport point, or -1."""
        self._ensure_layout()
        position = self.cursorForPosition(point).position()
        slot = bisect_right(self._starts, position) - 1
        if slot < 0:
            return -1
        index = self._indices[slot]
        start, end = self._spans[index]
        return index if start <= position < end or position == end > start else -1

    def first_visible_sentence(self) -> int:
        """The index of the first sentence at the top of the view, or -1."""
        self._ensure_layout()
        point = QPoint(8, 4)
        position = self.cursorForPosition(point).position()
        slot = max(0, bisect_right(self._starts, position) - 1)
        return self._indices[slot] if self._indices else -1

    def set_highlight(self, selected: int = -1, hovered: int = -1) -> None:
        """Mark the selected sentence strongly and the hovered one lightly."""
        self._selected, self._hovered = selected, hovered
        marks = [
            (*self._spans[index], self._tint(strength))
            for index, strength in ((hovered, 0.25), (selected, 0.45))
            if index in self._spans
        ]
        found = QColor(FIND_MARK)
        marks.extend((start, end, found) for start, end in self._find_marks)
        selections = []
        length = self.document().characterCount()
        for start, end, colour in marks:
            if end >= length:
                continue  # a mark left from text that has since changed
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format.setBackground(colour)
            if colour is found:
                selection.format.setForeground(QColor("black"))
            selections.append(selection)
        self.setExtraSelections(selections)

    def set_find_marks(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark the places where the text the reader looks for occurs."""
        self._find_marks = list(spans)
        self.set_highlight(self._selected, self._hovered)

    def sentence_at_position(self, position: int) -> int:
        """The index of the sentence holding a character position of the document, or -1."""
        slot = bisect_right(self._starts, position) - 1
        if slot < 0:
            return -1
        index = self._indices[slot]
        start, end = self._spans[index]
        return index if start <= position < end else -1

    def show_position(self, start: int, end: int) -> None:
        """Select a stretch of text (a match the reader looks for) and bring it into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def reveal(self, index: int, *, to_top: bool = False) -> None:
        """Scroll so that a sentence is in view: at the top, or a third down when off-screen."""
        if index not in self._spans:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._spans[index][0])
        top = self.cursorRect(cursor).top()
        bar = self.verticalScrollBar()
        if to_top:
            bar.setValue(bar.value() + top - 6)
        elif top < 0 or top > self.viewport().height() - 24:
            bar.setValue(bar.value() + top - self.viewport().height() // 3)

    def sentence_text(self, index: int) -> str:
        """The text the pane shows for a sentence; empty when it does not show it."""
        if index not in self._spans:
            return ""
        start, end = self._spans[index]
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    # --- events ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """PageUp, PageDown, Home and End scroll the pane, as in a reader; Shift still selects."""
        # Not at start-up: see widgets.PLAIN_TEXT.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractSlider

        actions = {
            Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
            Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
            Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
            Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum,
        }
        key = Qt.Key(event.key())
        if key in actions and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.verticalScrollBar().triggerAction(actions[key])
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Report the sentence under the mouse."""
        super().mouseMoveEvent(event)
        index = self.sentence_at(event.position().toPoint())
        if index != self._hovered:
            self._hovered = index
            self.sentence_hovered.emit(index)

    def enterEvent(self, event: object) -> None:
        """Let the mouse through the placeholder, before it can press on it.

        The mouse enters the pane before any of its children, so the label turns transparent
        here rather than when it is made, at start-up, where `Qt` would be needed (see
        widgets.PLAIN_TEXT).
        """
        if self._placeholder is not None:
            from PySide6.QtCore import Qt

            self._placeholder.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        super().enterEvent(event)  # type: ignore[arg-type]

    def leaveEvent(self, event: object) -> None:
        """The mouse left: no sentence is hovered."""
        super().leaveEvent(event)  # type: ignore[arg-type]
        if self._hovered != -1:
            self._hovered = -1
            self.sentence_hovered.emit(-1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember where a click began, to tell it from a text selection."""
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click without dragging selects the sentence under it."""
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        if self._press is not None and (point - self._press).manhattanLength() < 4:
            index = self.sentence_at(point)
            if index >= 0:
                self.sentence_clicked.emit(index)
        self._press = None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Offer the sentence's own menu when the pane has one, else the standard menu."""
        index = self.sentence_at(event.pos())
        if index >= 0 and self._sentence_menu:
            self.sentence_menu_requested.emit(index, event.globalPos())
            return
        super().contextMenuEvent(event)

    # --- internals ------------------------------------------------------------------------

    def _ensure_layout(self) -> None:
        # Qt lays documents out lazily; until it has, points map to the wrong positions.
        if not self._laid_out:
            document = self.document()
            document.documentLayout().blockBoundingRect(document.lastBlock())
            self._laid_out = True

    def _new_document(self) -> tuple[QTextDocument, QTextCursor]:
        document = QTextDocument(self)
        document.setDefaultFont(self.font())
        document.setDocumentMargin(10)
        # Sentences are replaced in place as they are translated; nobody undoes that.
        document.setUndoRedoEnabled(False)
        return document, QTextCursor(document)

    def _install(
        self,
        document: QTextDocument,
        spans: dict[int, tuple[int, int]],
        kinds: dict[int, str],
    ) -> None:
        bar = self.verticalScrollBar()
        position = bar.value()
        # setDocument deletes only a document of the pane's internal control, never one of
        # ours: without this every render (several a second while translating) leaked one.
        # Kept here rather than asked of the old document: its first parent is a Qt class
        # PySide6 has no wrapper for, and wrapping it makes PySide6 load every class it knows
        # (about 100 ms, before the first article could be shown).
        old, self._own_document = self._own_document, document
        self.setDocument(document)
        if old is not None:
            old.deleteLater()
        self._spans = spans
        self._kinds = kinds
        self._find_marks = []  # the find bar searches the new text again
        self._laid_out = False
        ordered = sorted(spans.items(), key=lambda item: item[1][0])
        self._indices = [index for index, _ in ordered]
        self._starts = [span[0] for _, span in ordered]
        bar.setValue(position)
        self.set_highlight(self._selected, self._hovered)
        self._place_placeholder()
        self.content_changed.emit()

    def _block_format(self, kind: str) -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setBottomMargin(10 if kind in ("paragraph", "quote") else 6)
        block.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if kind in _HEADING_SCALE:
            block.setTopMargin(8)
            block.setHeadingLevel(1 if kind == "title" else 3)
        if kind == "list_item":
            block.setIndent(1)
            block.setTextIndent(-14)
        if kind == "brief":
            # A hanging bullet at the pane's edge: the brief reads as a list, not an outline.
            block.setLeftMargin(14)
            block.setTextIndent(-14)
        if kind in ("quote", "code"):
            block.setLeftMargin(18)
        return block

    def _insert(self, cursor: QTextCursor, index: int, text: str, kind: str, state: str) -> None:
        """Insert a sentence's text as its kind and state show it, inline code in a code font."""
        char = self._char_format(kind, state)
        position = 0
        for start, end in _code_spans(text, self._code.get(index, ())):
            code = QTextCharFormat(char)
            _code_font(code)
            cursor.insertText(text[position:start], char)
            cursor.insertText(text[start:end], code)
            position = end
        cursor.insertText(text[position:], char)

    def _char_format(self, kind: str, state: str = "") -> QTextCharFormat:
        char = QTextCharFormat()
        if kind in _HEADING_SCALE:
            char.setFontWeight(QFont.Weight.Bold)
            char.setFontPointSize(self.font().pointSizeF() * _HEADING_SCALE[kind])
        if kind == "quote":
            char.setFontItalic(True)
        if kind == "code":
            _code_font(char)
        if state == "pending":
            char.setForeground(self.palette().placeholderText())
            char.setToolTip(self.tr("Not translated yet: the Dutch original"))
        elif state == "edited":
            char.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            char.setUnderlineColor(QColor("#c08a00"))
            char.setToolTip(self.tr("Edited by you"))
        char.setProperty(QTextFormat.Property.UserProperty, state)
        return char

    def _tint(self, strength: float) -> QColor:
        highlight = self.palette().highlight().color()
        base = self.palette().base().color()
        if is_dark(self.palette()):
            strength *= 0.8
        return QColor(
            round(base.red() + (highlight.red() - base.red()) * strength),
            round(base.green() + (highlight.green() - base.green()) * strength),
            round(base.blue() + (highlight.blue() - base.blue()) * strength),
        )


def _code_font(char: QTextCharFormat) -> None:
    from PySide6.QtGui import QFontDatabase

    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    char.setFontFamilies([fixed.family()])
    char.setFontFixedPitch(True)


def _inline_code(article: Article, sentences: Sequence[Sentence]) -> dict[int, tuple[str, ...]]:
    """The inline code each sentence holds (Markdown's backticks), as the pane shows it."""
    if not article.code:
        return {}
    from kernpunt.core.formats.inline_code import within

    starts = [start for start, _end in article.code]
    found: dict[int, tuple[str, ...]] = {}
    for sentence in sentences:
        spans = within(article.code, starts, sentence.start, sentence.end)
        if spans:
            found[sentence.index] = tuple(_one_line(sentence.text[s:e]) for s, e in spans)
    return found


def _code_spans(text: str, code: Sequence[str]) -> list[tuple[int, int]]:
    """Where each piece of code stands in a sentence's text, in order; a piece not found is skipped.

    The translation holds the code as it is, put back in the place of the marker the model saw.
    """
    spans = []
    position = 0
    for piece in code:
        start = text.find(piece, position)
        if piece and start >= 0:
            position = start + len(piece)
            spans.append((start, position))
    return spans


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shown(
    sentence: Sentence,
    texts: Sequence[str | None] | None,
    edited: Collection[int],
    *,
    code: bool = False,
) -> tuple[str, str]:
    """The text a pane shows for a sentence and its state: "pending", "edited" or "".

    Code keeps its lines and indentation, as line breaks within the one block.
    """
    text = sentence.text if texts is None else texts[sentence.index]
    state = "pending" if text is None else "edited" if sentence.index in edited else ""
    shown = text or sentence.text
    return (shown.replace("\n", "\u2028") if code else _one_line(shown)), state
