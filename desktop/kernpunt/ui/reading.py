"""The reading view: the brief leads, the original and the translation below it, sentence-linked.

From the top: a header line (the article's title, date and source), the brief band (its method and
length, the key terms, the brief's sentences), then the original and the translation side by side
or stacked. The band and the two panes share a vertical splitter, so a reader can give either
more room. A find bar opens below the panes on Ctrl+F.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kernpunt.ui.key_terms import KeyTermChips
from kernpunt.ui.panes import SentencePane
from kernpunt.ui.widgets import HORIZONTAL, PLAIN_TEXT, VERTICAL, MissingModelNotice

if TYPE_CHECKING:
    from kernpunt.core.brief.keyterms import ReaderTerm
    from kernpunt.core.document import TranslatedArticle
    from kernpunt.ui.find import FindBar

MIN_POINT_SIZE = 7
MAX_ZOOM = 16
# The brief band's share of the height at first start: two fifths, so at 1000×700 it shows a
# five-sentence brief and the panes below still show a dozen lines.
BRIEF_SHARE = (400, 600)
# The find bar searches again this long after the panes' text last changed.
FIND_REFRESH_MS = 150
_STATE_VERSION = 2


class ReadingView(QWidget):
    """The brief band above two linked panes.

    Hovering a sentence in any pane marks it in all three; clicking selects it and brings it into
    view everywhere; scrolling the original scrolls the translation to the same sentence.

    Signals:
        sentence_selected: (index) the reader selected a sentence.
    """

    sentence_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_pane = SentencePane(self.tr("Dutch original"))
        self.translation_pane = SentencePane(self.tr("English translation"), sentence_menu=True)
        self.brief_pane = SentencePane(self.tr("English brief"))
        self.translation_pane.set_placeholder(
            self.tr("Press Translate (Ctrl+T) to translate the article on this computer.")
        )
        self.brief_pane.set_placeholder(
            self.tr("The brief appears here: the sentences that carry the article.")
        )
        self.header = QLabel()
        self.header.setObjectName("articleHeader")
        self.header.setWordWrap(True)
        # Plain text: a rich-text label would hold a text document of its own.
        self.header.setProperty("textFormat", PLAIN_TEXT)
        header_font = QFont(self.header.font())
        header_font.setWeight(QFont.Weight.DemiBold)
        self.header.setFont(header_font)
        self.header.setAccessibleName(self.tr("Article"))
        self.header.setContentsMargins(2, 0, 2, 4)
        self.header.hide()
        self.brief_heading = QLabel(self.tr("Brief"))
        self.brief_heading.setObjectName("briefHeading")
        self.brief_heading.setWordWrap(True)
        heading_font = QFont(self.brief_heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        self.brief_heading.setFont(heading_font)
        self.key_terms = KeyTermChips()
        self.missing_model = MissingModelNotice()
        self.translation_stack = QStackedWidget()
        self.translation_stack.addWidget(self.translation_pane)
        self.translation_stack.addWidget(self.missing_model)
        self.brief_band = QFrame()
        self.brief_band.setObjectName("briefBand")
        band = QVBoxLayout(self.brief_band)
        band.setContentsMargins(0, 0, 0, 4)
        band.setSpacing(4)
        band.addWidget(self.brief_heading)
        band.addWidget(self.key_terms)
        band.addWidget(self.brief_pane, 1)
        self.panes_splitter = QSplitter()
        self.panes_splitter.setChildrenCollapsible(True)
        source_column = _column(self.tr("Original (Dutch)"), self.source_pane)
        translation_column = _column(self.tr("Translation (English)"), self.translation_stack)
        self.panes_splitter.addWidget(source_column)
        self.panes_splitter.addWidget(translation_column)
        self.panes_splitter.setSizes([500, 500])
        self.splitter = QSplitter()
        self.splitter.setProperty("orientation", VERTICAL)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.brief_band)
        self.splitter.addWidget(self.panes_splitter)
        self.splitter.setSizes(list(BRIEF_SHARE))
        # Original, translation, brief: the order of View › Show Original/Translation/Brief.
        self.columns = [source_column, translation_column, self.brief_band]
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.header)
        self._layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.source_pane)
        self._find_bar: FindBar | None = None
        self._find_timer = QTimer(self, singleShot=True, interval=FIND_REFRESH_MS)
        self._find_timer.timeout.connect(self._on_find_timer_timeout)
        self._document: TranslatedArticle | None = None
        self._brief: tuple[int, ...] = ()
        self._stacked = False
        self._base_point_size = self.font().pointSizeF()
        self._zoom = 0
        self._selected = -1
        self._syncing = False
        for pane in self.panes:
            pane.sentence_hovered.connect(self._on_sentence_hovered)
            pane.sentence_clicked.connect(self.select_sentence)
            pane.content_changed.connect(self._on_pane_content_changed)
        self.source_pane.verticalScrollBar().valueChanged.connect(self._on_source_scrolled)

    @property
    def panes(self) -> tuple[SentencePane, SentencePane, SentencePane]:
        """The original, translation and brief panes."""
        return self.source_pane, self.translation_pane, self.brief_pane

    @property
    def selected(self) -> int:
        """The selected sentence's index, or -1."""
        return self._selected

    # --- content --------------------------------------------------------------------------

    def set_document(self, document: TranslatedArticle) -> None:
        """Show a new article; the panes read its translation and brief from it, never a copy."""
        self._document = document
        self._brief = ()
        self._selected = -1
        self._show_header(document)
        self.set_key_terms([])
        self.refresh()
        self.source_pane.verticalScrollBar().setValue(0)

    def show_translations(self, indices: Collection[int]) -> None:
        """Lay out again the translation of these sentences, and the brief if it holds one.

        Only those sentences are touched, so the cost of an update follows the sentences that
        arrived, not the length of the article.
        """
        document = self._document
        if document is None or not indices:
            return
        self.translation_pane.update_sentences(
            document.sentences, document.translations, document.edited, indices
        )
        if not set(self._brief).isdisjoint(indices):
            self._render_brief()

    def set_brief(self, indices: Sequence[int]) -> None:
        """Show the brief: the translations of these sentences, each pointing back at it.

        It is shown as soon as it is chosen: each sentence's translation replaces its greyed
        original as it arrives (``show_translations``).
        """
        self._brief = tuple(indices)
        self._render_brief()

    @property
    def brief(self) -> tuple[int, ...]:
        """The indices of the sentences the brief band shows."""
        return self._brief

    def set_key_terms(self, terms: Sequence[ReaderTerm]) -> None:
        """Show the article's key terms above the brief, the original's words on hover."""
        self.key_terms.set_terms(terms)

    def show_missing_model(self, missing: bool) -> None:
        """Show the missing-model notice instead of the translation pane, or the pane again."""
        self.translation_stack.setCurrentWidget(
            self.missing_model if missing else self.translation_pane
        )

    def refresh(self) -> None:
        """Lay out all three panes again (after a zoom or a theme change)."""
        document = self._document
        if document is None:
            for pane in self.panes:
                pane.clear_sentences()
            return
        self.source_pane.show_article(document.article, document.sentences)
        self._render_translation()
        self._render_brief()

    def _show_header(self, document: TranslatedArticle) -> None:
        article = document.article
        parts = [article.title]
        if article.date:
            parts.append(article.date)
        if article.source is not None:
            parts.append(article.source.name)
        self.header.setText(" · ".join(parts))
        self.header.setToolTip(str(article.source) if article.source is not None else "")
        self.header.show()

    def _render_translation(self) -> None:
        document = self._document
        if document is not None:
            self.translation_pane.show_article(
                document.article, document.sentences, document.translations, document.edited
            )

    def _render_brief(self) -> None:
        document = self._document
        if self._brief and document is not None:
            # A brief sentence not translated yet shows the original's, greyed, until it is.
            self.brief_pane.show_list(
                self._brief,
                document.translations,
                document.sentences,
                document.edited,
                article=document.article,
            )
        else:
            self.brief_pane.clear_sentences()
        self.brief_heading.setText(self._brief_title())

    def _brief_title(self) -> str:
        document = self._document
        brief = document.brief if document is not None else None
        if not self._brief or brief is None or tuple(brief.indices) != self._brief:
            return self.tr("Brief")
        title = self.tr("Brief · {method} · %n sentence(s)", "", len(self._brief)).format(
            method=brief.method_label
        )
        assert document is not None
        missing = sum(document.translations[index] is None for index in self._brief)
        if not missing:
            return title
        # Greyed Dutch in the brief is the original, waiting for its translation: say so, for
        # a translation that was stopped leaves it there.
        return title + self.tr(" · %n not translated yet, shown in Dutch", "", missing)

    # --- linking --------------------------------------------------------------------------

    @Slot(int)
    def select_sentence(self, index: int) -> None:
        """Select a sentence in every pane and bring it into view."""
        self._selected = index
        for pane in self.panes:
            pane.set_highlight(index)
        self._syncing = True
        try:
            for pane in self.panes:
                if pane is not self.sender():
                    pane.reveal(index)
        finally:
            self._syncing = False
        self.sentence_selected.emit(index)

    def step_sentence(self, step: int) -> None:
        """Select the next (step 1) or previous (step -1) sentence of the original."""
        indices = self.source_pane.sentence_indices
        if not indices:
            return
        if self._selected in indices:
            position = indices.index(self._selected) + step
        else:
            position = 0 if step > 0 else len(indices) - 1
        self.select_sentence(indices[max(0, min(position, len(indices) - 1))])

    @Slot(int)
    def _on_sentence_hovered(self, index: int) -> None:
        for pane in self.panes:
            pane.set_highlight(self._selected, index)

    @Slot(int)
    def _on_source_scrolled(self, value: int) -> None:
        if self._syncing:
            return
        index = self.source_pane.first_visible_sentence()
        if index >= 0:
            self.translation_pane.reveal(index, to_top=True)

    # --- find, copy, select ---------------------------------------------------------------

    @property
    def find_bar(self) -> FindBar:
        """The find bar below the panes, made the first time it is asked for."""
        if self._find_bar is None:
            from kernpunt.ui.find import FindBar

            self._find_bar = FindBar(self.panes, self.select_sentence)
            self._layout.addWidget(self._find_bar)
        return self._find_bar

    def open_find(self) -> None:
        """Show the find bar with its field selected."""
        self.find_bar.open_bar()

    def find_next(self) -> None:
        """Go to the next match; open the bar when it is closed."""
        bar = self.find_bar
        if not bar.isVisible() or not bar.field.text():
            bar.open_bar()
        else:
            bar.find_next()

    def find_previous(self) -> None:
        """Go to the previous match; open the bar when it is closed."""
        bar = self.find_bar
        if not bar.isVisible() or not bar.field.text():
            bar.open_bar()
        else:
            bar.find_previous()

    def current_pane(self) -> SentencePane:
        """The pane with the keyboard focus, else the one holding a selection, else the original."""
        focus = QApplication.focusWidget()
        for pane in self.panes:
            if focus is pane:
                return pane
        for pane in self.panes:
            if pane.textCursor().hasSelection():
                return pane
        return self.source_pane

    def copy(self) -> None:
        """Copy the text selected in the current pane, or the selected sentence's pane text."""
        pane = self.current_pane()
        if pane.textCursor().hasSelection():
            pane.copy()
        elif self._selected >= 0:
            text = pane.sentence_text(self._selected)
            if text:
                QGuiApplication.clipboard().setText(text)

    def select_all(self) -> None:
        """Select all the text of the current pane."""
        pane = self.current_pane()
        pane.setFocus()
        pane.selectAll()

    @Slot()
    def _on_pane_content_changed(self) -> None:
        if self._find_bar is not None and self._find_bar.isVisible():
            self._find_timer.start()

    @Slot()
    def _on_find_timer_timeout(self) -> None:
        if self._find_bar is not None:
            self._find_bar.refresh()

    # --- layout and zoom ------------------------------------------------------------------

    def set_stacked(self, stacked: bool) -> None:
        """Put the original and the translation above each other instead of side by side."""
        self._stacked = stacked
        self.panes_splitter.setProperty("orientation", VERTICAL if stacked else HORIZONTAL)

    @property
    def stacked(self) -> bool:
        """Whether the panes are stacked."""
        return self._stacked

    def set_column_visible(self, column: int, visible: bool) -> None:
        """Show or hide the original (0), the translation (1) or the brief band (2)."""
        self.columns[column].setVisible(visible)
        # With both panes hidden the brief takes the whole height.
        self.panes_splitter.setVisible(
            not self.columns[0].isHidden() or not self.columns[1].isHidden()
        )

    def save_state(self) -> QByteArray:
        """The splitters' sizes, to give back to ``restore_state`` in a later session."""
        state = {
            "version": _STATE_VERSION,
            "band": self.splitter.sizes(),
            "panes": self.panes_splitter.sizes(),
        }
        return QByteArray(json.dumps(state).encode())

    def restore_state(self, state: QByteArray) -> bool:
        """Give the splitters the sizes of an earlier session; False when the state is not ours.

        A state of an older layout (three columns in one splitter) is ignored, so a reader who
        updates starts with the brief band at its default size.
        """
        try:
            saved = json.loads(bytes(state.data()).decode())
            band, panes = saved["band"], saved["panes"]
            valid = saved["version"] == _STATE_VERSION and len(band) == 2 and len(panes) == 2
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            return False
        if not valid or not all(isinstance(size, int) and size >= 0 for size in band + panes):
            return False
        if min(band) > 0:
            self.splitter.setSizes(band)
        if max(panes) > 0:
            self.panes_splitter.setSizes(panes)
        return True

    def set_zoom(self, steps: int) -> None:
        """Make the panes' text larger (positive steps) or smaller; 0 is the normal size."""
        lowest = MIN_POINT_SIZE - self._base_point_size
        self._zoom = int(max(lowest, min(MAX_ZOOM, steps)))
        font = QFont(self.font())
        font.setPointSizeF(self._base_point_size + self._zoom)
        for pane in self.panes:
            pane.setFont(font)
        self.refresh()

    @property
    def zoom(self) -> int:
        """The current zoom in point-size steps."""
        return self._zoom


def _column(title: str, *widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold; padding: 4px 2px;")
    layout.addWidget(label)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is widgets[-1] else 0)
    return box
