"""The three reading panes: the Dutch original, the English translation and the brief."""

from __future__ import annotations

import html
from collections.abc import Sequence
from itertools import groupby

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtWidgets import QTextBrowser, QWidget

from kernpunt.core.article import Article
from kernpunt.core.segment import Sentence

_STYLE = """
<style>
  body { line-height: 140%; }
  h3 { margin-top: 14px; margin-bottom: 6px; }
  p { margin-bottom: 10px; }
  .pending { color: #8a8a8a; }
</style>
"""


def sentence_anchor(index: int) -> str:
    """The anchor name of sentence ``index`` in every pane."""
    return f"s{index}"


def render_article(
    article: Article, sentences: Sequence[Sentence], texts: Sequence[str | None] | None = None
) -> str:
    """Render an article as HTML, block by block, one anchored span per sentence.

    Args:
        article: The article, for its block structure.
        sentences: Its sentences.
        texts: What to show for each sentence; the sentences themselves when None. A None
            entry is shown as a pending placeholder.

    Returns:
        HTML for a QTextBrowser.
    """
    parts = [_STYLE]
    for block_index, members in groupby(sentences, key=lambda s: s.block):
        spans = []
        for sentence in members:
            text = sentence.text if texts is None else texts[sentence.index]
            anchor = f'<a name="{sentence_anchor(sentence.index)}"></a>'
            if text is None:
                spans.append(f'{anchor}<span class="pending">{html.escape(sentence.text)}</span>')
            else:
                spans.append(f"{anchor}<span>{html.escape(' '.join(text.split()))}</span>")
        tag = "h3" if article.blocks[block_index].kind == "heading" else "p"
        parts.append(f"<{tag}>{' '.join(spans)}</{tag}>")
    return "".join(parts)


def render_brief(indices: Sequence[int], texts: Sequence[str | None]) -> str:
    """Render the brief as a list whose items link to their sentences in the other panes."""
    items = []
    for index in indices:
        text = html.escape(" ".join((texts[index] or "").split()))
        items.append(
            f'<li><a href="#{sentence_anchor(index)}" style="text-decoration:none">{text}</a></li>'
        )
    return f"{_STYLE}<ul>{''.join(items)}</ul>"


class Pane(QTextBrowser):
    """A read-only pane whose sentence links are reported instead of followed.

    Signals:
        sentence_activated: (index) when the reader clicks a link to a sentence.
    """

    sentence_activated = Signal(int)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(accessible_name)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def show_sentence(self, index: int) -> None:
        """Scroll so that sentence ``index`` is in view."""
        self.scrollToAnchor(sentence_anchor(index))

    def set_html_keeping_scroll(self, markup: str) -> None:
        """Replace the content without jumping back to the top."""
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(markup)
        bar.setValue(position)

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        fragment = url.fragment()
        if fragment.startswith("s") and fragment[1:].isdigit():
            self.sentence_activated.emit(int(fragment[1:]))
