"""The path from an article to its translation and brief, as one cancellable job."""

from __future__ import annotations

from kernpunt.core.article import Article
from kernpunt.core.brief import DEFAULT_LENGTH, Brief, make_brief
from kernpunt.core.cancel import CancelToken
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.segment import segment
from kernpunt.core.translate import ProgressCallback, ResultCallback, Translator


def translate_article(
    article: Article,
    translator: Translator,
    *,
    brief_length: int = DEFAULT_LENGTH,
    on_result: ResultCallback | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> TranslatedArticle:
    """Translate every sentence of an article, then brief the translation.

    Args:
        article: The Dutch article.
        translator: The engine, with its model.
        brief_length: Sentences in the brief.
        on_result: Called with (index, translation) for every sentence, in order.
        on_progress: Called as batches finish.
        cancel: Stops the job; finished sentences are kept and no brief is made.

    Returns:
        The translated article; with a brief only when every sentence was translated.
    """
    sentences = segment(article, "nl")
    translations = translator.translate(
        [sentence.text for sentence in sentences],
        on_result=on_result,
        on_progress=on_progress,
        cancel=cancel,
    )
    document = TranslatedArticle(article, sentences, translations, package=translator.package)
    if document.complete and not (cancel and cancel.cancelled):
        document.brief = brief_of(document, brief_length)
    return document


def brief_of(document: TranslatedArticle, length: int = DEFAULT_LENGTH) -> Brief:
    """Make the brief of a translated article from its English sentences."""
    texts = [text or "" for text in document.translations]
    return make_brief(texts, length, "english")
