"""The path from an article to its brief and translation, as one cancellable job.

Brief first: the brief is extractive, so it is chosen on the Dutch sentences and reported at once,
those few are translated first (the shortest alone, so that one is there soonest) and the brief
is reported again with its key terms; only then does the rest of the article stream in.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from kernpunt.core.brief.choose import (
    DEFAULT_LENGTH,
    DEFAULT_METHOD,
    Brief,
    BriefError,
    BriefLength,
    make_brief,
)
from kernpunt.core.brief.keyterms import key_terms, reader_terms
from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.engine.translate import Progress, ProgressCallback, ResultCallback, Translator
from kernpunt.core.formats.inline_code import protect, restore, within
from kernpunt.core.text.stopwords import LanguageError, language_name

BriefCallback = Callable[[Brief, list[str | None]], None]
"""Called with the brief and a copy of the translations so far (the brief's are all there)."""
ChosenCallback = Callable[[Brief], None]
"""Called with the brief as soon as it is chosen, before any of it is translated."""


def translate_article(
    document: TranslatedArticle,
    translator: Translator,
    *,
    brief_length: BriefLength | int | str = DEFAULT_LENGTH,
    brief_method: str = DEFAULT_METHOD,
    on_result: ResultCallback | None = None,
    on_progress: ProgressCallback | None = None,
    on_brief: BriefCallback | None = None,
    on_chosen: ChosenCallback | None = None,
    cancel: CancelToken | None = None,
) -> TranslatedArticle:
    """Brief an article on its Dutch sentences, translate the brief, then everything else.

    Every sentence is delivered once through ``on_result``: the brief's sentences first, the
    shortest alone before the others (a short sentence is translated soonest, so a reader has
    one to read while the others are decoded), then the others in source order. Progress counts
    all of the article's sentences.

    Args:
        document: The article as read and segmented (``segmented``, or the window's
            snapshot); it is filled in place and returned. A sentence the reader edited keeps
            the reader's translation.
        translator: The engine, with its model.
        brief_length: Sentences in the brief, or a percentage ("20%").
        brief_method: A key of ``kernpunt.core.brief.choose.METHODS``.
        on_result: Called with (index, translation) for every sentence.
        on_progress: Called as batches finish.
        on_brief: Called once the brief's sentences are translated, with its key terms, before
            the rest.
        on_chosen: Called as soon as the brief is chosen, without key terms, before any of its
            sentences is translated: a window can lay it out and fill it in as they come.
        cancel: Stops the job; finished sentences are kept, and the brief if it was reported.

    Returns:
        The same translated article, with its brief and key terms.

    Raises:
        BriefError: The brief's method or length is not one Kernpunt knows.
    """
    BriefLength.of(brief_length)  # a bad length fails before any work starts
    document.package, document.mode = translator.package, translator.mode
    run = _Run(document, translator, on_result, on_progress, cancel)
    try:
        brief = brief_of(document, brief_method, brief_length, "dutch", terms=False, cancel=cancel)
    except Cancelled:
        return document
    if on_chosen is not None:
        on_chosen(brief)
    sentences = document.sentences
    first = sorted(brief.indices, key=lambda index: (len(sentences[index].text), index))
    chosen = set(first)
    rest = [index for index in range(len(sentences)) if index not in chosen]

    def brief_translated() -> None:
        nonlocal brief
        # The key terms wait until the brief can be read: 0.2 s on the 5,000-word sample.
        texts = [sentence.text for sentence in sentences]
        brief = replace(brief, key_terms=key_terms(texts, "dutch", cancel=cancel))
        document.key_terms = brief.key_terms
        document.brief = brief
        if on_brief is not None:
            on_brief(brief, list(document.translations))

    # The shortest alone first: decoded beside the others it reached the screen after 0.61 s,
    # alone after 0.39 s; the whole brief then takes 1.5 s instead of 1.2 s (benchmarks/brief.py).
    # The three parts are one job, each part's batches queued behind the last part's, so no
    # translator waits for a part's last batch before the next part starts. Measured on the
    # NATO sample against a single call over all its sentences, batched the same way (4
    # alternating rounds): as three jobs 1.36 times as long at beam 4 and 1.55 times greedy;
    # as one job 1.13 and 1.09.
    run.translate([first[:1], first[1:], rest], after=(2, brief_translated))
    if document.complete and not _cancelled(cancel):
        english = _texts(document, "english")
        document.translated_key_terms = key_terms(english, "english")
        reader_terms(document.key_terms, document.translations, cancel)  # ready for the window
    release_free_memory()
    return document


def release_free_memory() -> None:
    """Give the memory an article's work freed back to the system, where glibc would keep it.

    glibc keeps freed memory scattered over its heaps for reuse, so a day of reading grew by a
    few megabytes every few dozen articles though nothing was kept (``benchmarks/soak.py``);
    ``malloc_trim`` returns it, in milliseconds. Other C libraries need nothing of the kind.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """Return glibc's ``malloc_trim``, looked up once; None elsewhere (musl, macOS)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def import_libraries() -> None:
    """Import the libraries that translating and briefing import only when they are first used.

    The window imports none of them so that it appears at once; a worker calls this ahead of
    the first translation, so that the brief does not wait a second for sumy and NLTK.
    """
    import ctranslate2  # noqa: F401 - imported to have it loaded
    import numpy  # noqa: F401 - imported to have it loaded
    import sentencepiece  # noqa: F401 - imported to have it loaded
    import stopwordsiso  # noqa: F401 - imported to have it loaded
    from sumy.nlp.stemmers import Stemmer

    from kernpunt.core.brief.summarizers import import_methods

    import_methods()
    # sumy's Stemmer looks its language up in pycountry's database, which loads on first use:
    # 0.3 s that the first brief would otherwise wait for.
    Stemmer("dutch")


def brief_of(
    document: TranslatedArticle,
    method: str = DEFAULT_METHOD,
    length: BriefLength | int | str = DEFAULT_LENGTH,
    language: str = "english",
    *,
    terms: bool = True,
    cancel: CancelToken | None = None,
) -> Brief:
    """Make the brief of an article, chosen on its original or on its translation.

    Args:
        document: The article, translated or not.
        method: A key of ``kernpunt.core.brief.choose.METHODS``.
        length: Sentences in the brief, or a percentage ("20%").
        language: ``english`` to choose among the translation's sentences (it must be
            complete), ``dutch`` to choose among the original's.
        terms: Whether to find the key terms of the text too; without them the brief comes
            sooner, with none.
        cancel: Checked between stages.

    Returns:
        The brief, with the key terms of the text it was chosen on (when asked for).

    Raises:
        BriefError: The method, length or language is unknown, or the translation is
            incomplete.
        Cancelled: The cancel token was set.
    """
    try:
        name = language_name(language)
    except LanguageError as error:
        raise BriefError("brief.language", language=error.params["language"]) from None
    texts = _texts(document, name)
    brief = make_brief(
        texts,
        length,
        name,
        method=method,
        paragraphs=[sentence.block for sentence in document.sentences],
        headings=_headings(document),
        cancel=cancel,
    )
    return replace(brief, key_terms=key_terms(texts, name, cancel=cancel)) if terms else brief


def other_translations(
    document: TranslatedArticle, index: int, translator: Translator, count: int = 4
) -> list[str]:
    """Other translations of one sentence, best first, its inline code kept as it is.

    The same protection as a whole article's translation: the model sees a marker where the
    sentence holds inline code, and the code comes back in its place, untranslated.
    """
    text, codes = protected(document, index)
    found = (restore(other, codes) for other in translator.alternatives(text, count))
    return list(dict.fromkeys(found))


def protected(
    document: TranslatedArticle, index: int, code_starts: Sequence[int] | None = None
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A sentence as the translator sees it: its inline code replaced by markers.

    Args:
        document: The article.
        index: The sentence's index.
        code_starts: Where each span of the article's inline code starts, when already known.

    Returns:
        The sentence with markers, and each marker with the code it stands for (``restore``).
    """
    sentence = document.sentences[index]
    code = document.article.code
    if code_starts is None:
        code_starts = [start for start, _end in code]
    return protect(sentence.text, within(code, code_starts, sentence.start, sentence.end))


def _texts(document: TranslatedArticle, language: str) -> list[str]:
    """The sentences to brief; code is not prose and is never chosen, so it is left empty."""
    verbatim = document.verbatim
    if language == "dutch":
        texts = [sentence.text for sentence in document.sentences]
    else:
        missing = sum(text is None for text in document.translations)
        missing += max(0, len(document.sentences) - len(document.translations))
        if missing:
            raise BriefError("brief.untranslated", missing=missing, total=len(document.sentences))
        texts = [text or "" for text in document.translations]
    return [("" if index in verbatim else text) for index, text in enumerate(texts)]


def _headings(document: TranslatedArticle) -> set[int]:
    blocks = document.article.blocks
    return {s.index for s in document.sentences if blocks[s.block].kind == "heading"}


def _cancelled(cancel: CancelToken | None) -> bool:
    return cancel is not None and cancel.cancelled


class _Run:
    """Translates an article's sentences in parts while reporting them as one run."""

    def __init__(
        self,
        document: TranslatedArticle,
        translator: Translator,
        on_result: ResultCallback | None,
        on_progress: ProgressCallback | None,
        cancel: CancelToken | None,
    ) -> None:
        self.document = document
        self.translator = translator
        self.on_result = on_result
        self.on_progress = on_progress
        self.cancel = cancel
        self.started = time.perf_counter()
        self.verbatim = document.verbatim
        self.code_starts = [start for start, _end in document.article.code]
        self.done = len(self.verbatim)  # code is shown as it is: done before anything runs
        self.tokens = 0
        self.cached = 0

    def translate(
        self,
        parts: Sequence[Sequence[int]],
        *,
        after: tuple[int, Callable[[], None]] | None = None,
    ) -> None:
        """Translate the parts' sentences as one job, each part queued after the one before it.

        Args:
            parts: Sentence indices, in the order they are wanted.
            after: (n, then): ``then()`` is called once every sentence of the first n parts
                is delivered, while the rest is decoded; never if a cancel comes first.
        """
        order = [index for part in parts for index in part]
        wanted = sum(len(part) for part in parts[: after[0]]) if after is not None else -1
        # Code is shown as it is: never sent to the model, delivered when its turn comes.
        indices = [index for index in order if index not in self.verbatim]
        sizes = [sum(index not in self.verbatim for index in part) for part in parts]
        protected = [self._protected(i) for i in indices]
        latest = Progress(0, len(indices), 0, 0.0)
        position = 0

        def advance() -> None:
            nonlocal position, wanted
            while position < len(order) and order[position] in self.verbatim:
                if self.on_result is not None:
                    self.on_result(
                        order[position], self.document.translations[order[position]] or ""
                    )
                position += 1
            if after is not None and 0 <= wanted <= position and not _cancelled(self.cancel):
                wanted = -1  # once
                after[1]()

        def result(k: int, text: str) -> None:
            nonlocal position
            text = restore(text, protected[k][1])
            self.document.set_translation(indices[k], text)
            if self.on_result is not None:
                self.on_result(indices[k], text)
            position += 1
            advance()

        def progress(part: Progress) -> None:
            nonlocal latest
            latest = part
            if self.on_progress is not None:
                self.on_progress(self._overall(part))

        advance()
        if not indices or _cancelled(self.cancel):
            return
        results = self.translator.translate(
            [text for text, _codes in protected],
            on_result=result,
            on_progress=progress,
            cancel=self.cancel,
            parts=sizes[:-1],
        )
        for index, text, (_masked, codes) in zip(indices, results, protected, strict=True):
            if text is not None:
                self.document.set_translation(index, restore(text, codes))
        self.done += latest.done
        self.tokens += latest.tokens
        self.cached += latest.cached

    def _protected(self, index: int) -> tuple[str, tuple[tuple[str, str], ...]]:
        return protected(self.document, index, self.code_starts)

    def _overall(self, part: Progress) -> Progress:
        total = len(self.document.sentences)
        elapsed = time.perf_counter() - self.started
        return Progress(
            self.done + part.done,
            total,
            self.tokens + part.tokens,
            elapsed,
            cached=self.cached + part.cached,
        )
