"""The article being read: its sentences, translations and brief, and the jobs that make them.

ArticleSession owns the state the window shows and starts work on the job runner; it never
touches a widget. Every result names the job it came from, so nothing from a replaced article
or translation can land in the current one.
"""

from __future__ import annotations

import gc
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from kernpunt.core.brief.choose import Brief
from kernpunt.core.brief.keyterms import KeyTerm
from kernpunt.core.cancel import CancelToken
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.errors import ReaderError
from kernpunt.core.formats.article import Article, read_article
from kernpunt.core.models.packages import (
    InstalledPackage,
    find_package,
    install_package,
)
from kernpunt.core.models.store import ModelStore
from kernpunt.core.text.segment import Sentence, segment
from kernpunt.ui.jobs import Job, JobRunner

if TYPE_CHECKING:
    from kernpunt.core.engine.cache import TranslationCache
    from kernpunt.core.engine.translate import Mode, Progress, Translator


class ArticleSession(QObject):
    """One article and its translation, with the work that produces them.

    Signals:
        article_loaded: a new article is in place.
        translation_started: (total) a translation job began.
        sentence_translated: (index) one sentence got its translation.
        progress_changed: (Progress) the translation job progressed.
        stage_changed: (str) "loading", "translating" or "briefing".
        brief_changed: the brief (or the key terms) changed.
        translation_finished: (outcome) "done", "cancelled" or "failed".
        models_changed: the installed model was looked up again.
        model_installed: (InstalledPackage) a model was installed.
        exported: (Path) a file was written.
        alternatives_ready: (index, list of str) other translations of one sentence.
        cache_measured: (bytes) the translation cache's size, after measure_cache or clear_cache.
        failed: (str) something went wrong; the message is for the reader.
    """

    article_loaded = Signal()
    translation_started = Signal(int)
    sentence_translated = Signal(int)
    progress_changed = Signal(object)
    stage_changed = Signal(str)
    brief_changed = Signal()
    translation_finished = Signal(str)
    models_changed = Signal()
    model_installed = Signal(object)
    exported = Signal(object)
    alternatives_ready = Signal(int, object)
    cache_measured = Signal(int)
    failed = Signal(str)

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.mode = "quality"
        self.brief_method = "lexrank"
        self.brief_length = "3"
        self.key_terms: tuple[KeyTerm, ...] = ()
        self.article: Article | None = None
        self.sentences: tuple[Sentence, ...] = ()
        self.translations: list[str | None] = []
        self.edited: set[int] = set()
        self.brief: Brief | None = None
        self.package: InstalledPackage | None = None
        self.models_checked = False
        self.translation_job: Job | None = None
        self._read_job: Job | None = None
        self._brief_job: Job | None = None
        self.threads = 0
        # The translation cache is opened on a worker, and is safe to share between threads.
        self._cache: TranslationCache | None = None
        self.store = ModelStore(cache=self.cache)

    # --- reading --------------------------------------------------------------------------

    def open(self, path: Path, **options: Any) -> Job:
        """Read an article on the worker; the current one stays until the new one is read."""
        self._read_job = self.runner.submit(
            "read",
            lambda job: _read(Path(path), job.token, **options),
            finished=self._on_read,
            failed=self._on_failed,
            lane="io",
        )
        return self._read_job

    def open_text(self, text: str) -> Job:
        """Make an article of dropped or pasted text, on the worker."""
        from kernpunt.core.formats.article import article_from_text

        def work(job: Job) -> tuple[Article, tuple[Sentence, ...]]:
            article = article_from_text(text)
            return article, segment(article, "nl", cancel=job.token)

        self._read_job = self.runner.submit(
            "read", work, finished=self._on_read, failed=self._on_failed, lane="io"
        )
        return self._read_job

    @Slot(object, object)
    def _on_read(self, job: Job, result: tuple[Article, tuple[Sentence, ...]]) -> None:
        if job is not self._read_job:
            return
        self.cancel()
        self.translation_job = None
        self._brief_job = None
        self.article, self.sentences = result
        self.translations = [None] * len(self.sentences)
        self.edited = set()
        self.brief = None
        self.key_terms = ()
        self.article_loaded.emit()

    # --- models ---------------------------------------------------------------------------

    def refresh_models(self) -> Job:
        """Look for an installed Dutch → English model on the worker."""
        return self.runner.submit(
            "models",
            lambda job: find_package("nl", "en"),
            finished=self._on_models_found,
            failed=self._on_failed,
            lane="io",
        )

    @Slot(object, object)
    def _on_models_found(self, job: Job, package: InstalledPackage | None) -> None:
        self.package = package
        self.models_checked = True
        self.models_changed.emit()

    def install_model(self, path: Path) -> Job:
        """Install an .argosmodel file on the worker, then look for models again."""
        return self.runner.submit(
            "install",
            lambda job: install_package(path),
            finished=self._on_model_installed,
            failed=self._on_failed,
            lane="io",
        )

    @Slot(object, object)
    def _on_model_installed(self, job: Job, package: InstalledPackage) -> None:
        self.model_installed.emit(package)
        self.refresh_models()

    # --- translating ----------------------------------------------------------------------

    def translate(self) -> Job | None:
        """Translate the article and brief it, on the worker; None when it cannot start."""
        if self.article is None or self.package is None:
            return None
        self.cancel()
        article, package = self.article, self.package
        options = {
            "mode": self.mode,
            "brief_method": self.brief_method,
            "brief_length": self.brief_length,
            "threads": str(self.threads),
        }
        # The reader's own sentences survive a new translation of the others.
        self.translations = [
            self.translations[index] if index in self.edited else None
            for index in range(len(self.sentences))
        ]
        self.brief = None
        self._brief_job = None
        self.translation_job = self.runner.submit(
            "translate",
            lambda job: self._translate_work(job, article, package, options),
            partial=self._on_partial,
            progressed=self._on_progress,
            finished=self._on_translated,
            failed=self._on_failed,
            cancelled=self._on_cancelled,
        )
        self.translation_started.emit(len(self.sentences))
        self.stage_changed.emit("loading")
        return self.translation_job

    def cancel(self) -> None:
        """Stop the running translation; finished sentences stay."""
        if self.translation_job is not None:
            self.translation_job.cancel()

    @property
    def translating(self) -> bool:
        """Whether a translation job is running."""
        return self.translation_job is not None

    def _translate_work(
        self,
        job: Job,
        article: Article,
        package: InstalledPackage,
        options: dict[str, str],
    ) -> TranslatedArticle:
        """Run on the worker: choose the brief, translate it first, then the rest."""
        from kernpunt.core.pipeline import translate_article

        translator = self._translator(package, options["mode"], int(options["threads"]))
        job.report_progress("translating")
        return translate_article(
            article,
            translator,
            brief_method=options["brief_method"],
            brief_length=options["brief_length"],
            on_result=lambda index, text: job.report_partial((index, text)),
            on_progress=job.report_progress,
            on_brief=lambda brief, translations: job.report_progress(brief),
            cancel=job.token,
        )

    def _translator(self, package: InstalledPackage, mode: str, threads: int) -> Translator:
        """Run on the worker: the loaded translator for a model, mode and thread count."""
        _import_libraries()
        chosen: Mode = "fast" if mode == "fast" else "quality"
        return self.store.translator(package, mode=chosen, threads=threads)

    def preload(self) -> Job | None:
        """Load the model on the worker ahead of the first Translate, so it starts at once."""
        package = self.package
        if package is None or self.translating:
            return None
        mode, threads = self.mode, self.threads

        def work(job: Job) -> None:
            self._translator(package, mode, threads)

        return self.runner.submit("preload", work)

    def alternatives(self, index: int, count: int = 4) -> Job | None:
        """Ask the model for other translations of one sentence, on the worker."""
        package = self.package
        if package is None or not 0 <= index < len(self.sentences):
            return None
        sentence, mode, threads = self.sentences[index].text, self.mode, self.threads

        def work(job: Job) -> tuple[int, list[str]]:
            translator = self._translator(package, mode, threads)
            return index, translator.alternatives(sentence, count)

        return self.runner.submit(
            "alternatives", work, finished=self._on_alternatives, failed=self._on_failed
        )

    @Slot(object, object)
    def _on_alternatives(self, job: Job, result: tuple[int, list[str]]) -> None:
        index, texts = result
        self.alternatives_ready.emit(index, texts)

    def rebrief(self, language: str = "english") -> Job | None:
        """Choose the brief again, on the English translation (complete) or the Dutch original."""
        document = self.document()
        if document is None or (language == "english" and not document.complete):
            return None
        method, length = self.brief_method, self.brief_length

        def work(job: Job) -> Brief:
            from kernpunt.core.pipeline import brief_of

            return brief_of(document, method, length, language, cancel=job.token)

        self._brief_job = self.runner.submit(
            "brief", work, finished=self._on_rebriefed, failed=self._on_failed
        )
        return self._brief_job

    @Slot(object, object)
    def _on_rebriefed(self, job: Job, brief: Brief) -> None:
        # A brief of an article or translation since replaced would point at the wrong sentences.
        if job is not self._brief_job:
            return
        self._brief_job = None
        self.brief = brief
        self.brief_changed.emit()

    @Slot(object, object)
    def _on_partial(self, job: Job, item: tuple[int, str]) -> None:
        index, text = item
        if job is self.translation_job and index not in self.edited:
            self.translations[index] = text
            self.sentence_translated.emit(index)

    @Slot(object, object)
    def _on_progress(self, job: Job, progress: Progress | str) -> None:
        if job is not self.translation_job:
            return
        if isinstance(progress, str):
            self.stage_changed.emit(progress)
        elif isinstance(progress, Brief):
            self.brief = progress
            self.brief_changed.emit()
        else:
            self.progress_changed.emit(progress)

    @Slot(object, object)
    def _on_translated(self, job: Job, document: TranslatedArticle) -> None:
        if job is not self.translation_job:
            return
        for index, text in enumerate(document.translations):
            if index not in self.edited:
                self.translations[index] = text
        self.brief = document.brief
        self.key_terms = document.key_terms
        self.translation_job = None
        self.brief_changed.emit()
        self.translation_finished.emit("done")

    @Slot(object)
    def _on_cancelled(self, job: Job) -> None:
        if job is self.translation_job:
            self.translation_job = None
            self.translation_finished.emit("cancelled")

    # --- editing and export ---------------------------------------------------------------

    def edit_translation(self, index: int, text: str) -> None:
        """Replace one sentence's translation with the reader's own; it is kept from now on."""
        self.translations[index] = text
        self.edited.add(index)
        self.sentence_translated.emit(index)

    def document(self) -> TranslatedArticle | None:
        """The article with its translation as it stands, edits included."""
        if self.article is None:
            return None
        return TranslatedArticle(
            self.article,
            self.sentences,
            list(self.translations),
            self.brief,
            self.package,
            key_terms=self.key_terms,
            edited=frozenset(self.edited),
            mode=self.mode,
        )

    def export(self, path: Path, format: str = "md", content: str = "all") -> Job | None:
        """Export the article as it stands, edits included, atomically, on the worker."""
        from kernpunt.core.export import export_document

        document = self.document()
        if document is None:
            return None

        def work(job: Job) -> Path:
            return export_document(document, path, format, content)

        return self.runner.submit(
            "export", work, finished=self._on_exported, failed=self._on_failed, lane="io"
        )

    @Slot(object, object)
    def _on_exported(self, job: Job, path: Path) -> None:
        self.exported.emit(path)

    # --- the translation cache ------------------------------------------------------------

    def cache(self) -> TranslationCache:
        """The translation cache in the user's cache folder, opened on first use."""
        if self._cache is None:
            from kernpunt.core.engine.cache import TranslationCache

            self._cache = TranslationCache()
        return self._cache

    def measure_cache(self) -> Job:
        """Measure the translation cache on the worker; cache_measured reports the size."""
        return self.runner.submit(
            "cache", lambda job: self.cache().size_bytes(), finished=self._on_cache_size, lane="io"
        )

    def clear_cache(self) -> Job:
        """Empty the translation cache on the worker; cache_measured reports the new size."""

        def work(job: Job) -> int:
            self.cache().clear()
            return self.cache().size_bytes()

        return self.runner.submit(
            "cache", work, finished=self._on_cache_size, failed=self._on_failed, lane="io"
        )

    @Slot(object, object)
    def _on_cache_size(self, job: Job, size: int) -> None:
        self.cache_measured.emit(size)

    # --- failures -------------------------------------------------------------------------

    @Slot(object, object)
    def _on_failed(self, job: Job, error: BaseException) -> None:
        if isinstance(error, ReaderError):
            message = str(error)
        else:
            message = self.tr("Something went wrong: {error}").format(error=error)
        if job is self.translation_job:
            self.translation_job = None
            self.failed.emit(message)
            self.translation_finished.emit("failed")
        else:
            self.failed.emit(message)


@cache
def _import_libraries() -> None:
    """Run on the worker, once: import what translating and briefing need, out of the GC's way.

    The libraries (NLTK, through sumy, above all) bring some 50,000 objects that live as long
    as the program. Python's full collections walk every object while holding the GIL, and the
    two that these imports set off during a first translation held it, and so stalled the
    window, for 45–130 ms each (``benchmarks/responsiveness.py``). So the collector waits while
    they are imported, and everything there is then is frozen: later collections walk only what
    was made since. A frozen object is still freed when nothing refers to it any more; only a
    reference cycle among frozen objects would stay, and those are mostly the program's modules
    and its window, which stay anyway.
    """
    from kernpunt.core.pipeline import import_libraries

    collecting = gc.isenabled()
    gc.disable()
    try:
        import_libraries()
        gc.freeze()
    finally:
        if collecting:
            gc.enable()


def _read(path: Path, cancel: CancelToken, **options: Any) -> tuple[Article, tuple[Sentence, ...]]:
    article = read_article(path, cancel=cancel, **options)
    return article, segment(article, "nl", cancel=cancel)
