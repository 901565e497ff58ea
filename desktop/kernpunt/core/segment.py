"""Sentence segmentation: structure first, then sentences, each with its character offsets."""

from __future__ import annotations

from dataclasses import dataclass

from kernpunt.core.article import Article


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article.

    Attributes:
        index: Its position among the article's sentences; it links every pane and export.
        block: The index of the block (heading or paragraph) it belongs to.
        start: Offset of its first character in the article's text.
        end: Offset just past its last character.
        text: The sentence itself, ``article.text[start:end]``.
    """

    index: int
    block: int
    start: int
    end: int
    text: str


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Split running text into sentences.

    Args:
        text: A paragraph or any run of prose.
        language: An ISO 639-1 code such as ``nl`` or ``en``.

    Returns:
        The (start, end) offsets of each sentence in ``text``, without surrounding white space.
    """
    import sentencex

    spans = []
    for boundary in sentencex.get_sentence_boundaries(language, text):
        start, end = boundary["start_index"], boundary["end_index"]
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            start += len(piece) - len(piece.lstrip())
            spans.append((start, start + len(stripped)))
    return spans


def segment(article: Article, language: str = "nl") -> tuple[Sentence, ...]:
    """Split an article into sentences, keeping headings whole.

    Args:
        article: The article to split.
        language: The article's language.

    Returns:
        The sentences in document order, indexed from 0.
    """
    sentences: list[Sentence] = []
    for block_index, block in enumerate(article.blocks):
        text = article.block_text(block)
        spans = [(0, len(text))] if block.kind == "heading" else split_sentences(text, language)
        for start, end in spans:
            absolute_start, absolute_end = block.start + start, block.start + end
            sentences.append(
                Sentence(
                    index=len(sentences),
                    block=block_index,
                    start=absolute_start,
                    end=absolute_end,
                    text=article.text[absolute_start:absolute_end],
                )
            )
    return tuple(sentences)
