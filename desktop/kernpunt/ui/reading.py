"""The reading view: original, translation and brief, side by side or stacked, sentence-linked."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from kernpunt.core.brief.keyterms import ReaderTerm
from kernpunt.core.document import TranslatedArticle
from kernpunt.ui.key_terms import KeyTermChips
from kernpunt.ui.panes import SentencePane
from kernpunt.ui.widgets import MissingModelNotice

MIN_POINT_SIZE = 7
MAX_ZOOM = 16


class ReadingView(QWidget):
    """Three linked panes.

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
        self.translation_pane.setPlaceholderText(
            self.tr("Press Translate (Ctrl+T) to translate the article on this computer.")
        )
        self.brief_pane.setPlaceholderText(
            self.tr("The brief appears here: the sentences that carry the article.")
        )
        self.key_terms = KeyTermChips()
        self.missing_model = MissingModelNotice()
        self.translation_stack = QStackedWidget()
        self.translation_stack.addWidget(self.translation_pane)
        self.translation_stack.addWidget(self.missing_model)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(True)
        self.columns = [
            _column(self.tr("Original (Dutch)"), self.source_pane),
            _column(self.tr("Translation (English)"), self.translation_stack),
            _column(self.tr("Brief (English)"), self.key_terms, self.brief_pane),
        ]
        for column in self.columns:
            self.splitter.addWidget(column)
        self.splitter.setSizes([460, 460, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
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
        """Show the brief: the translations of these sentences, each pointing back at it."""
        self._brief = tuple(indices)
        self._render_brief()

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

    def _render_translation(self) -> None:
        document = self._document
        if document is not None:
            self.translation_pane.show_article(
                document.article, document.sentences, document.translations, document.edited
            )

    def _render_brief(self) -> None:
        if self._brief and self._document is not None:
            self.brief_pane.show_list(self._brief, self._document.translations)
        else:
            self.brief_pane.clear_sentences()

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

    # --- layout and zoom ------------------------------------------------------------------

    def set_stacked(self, stacked: bool) -> None:
        """Put the panes above each other instead of side by side."""
        from PySide6.QtCore import Qt

        self._stacked = stacked
        self.splitter.setOrientation(
            Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        )

    @property
    def stacked(self) -> bool:
        """Whether the panes are stacked."""
        return self._stacked

    def set_column_visible(self, column: int, visible: bool) -> None:
        """Show or hide one of the three columns."""
        self.columns[column].setVisible(visible)

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
    label.setStyleSheet("font-weight: bold; padding: 4px 2px;")
    layout.addWidget(label)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is widgets[-1] else 0)
    return box
