"""The article being read: its one state, and the jobs that translate and brief it.

ArticleSession owns the :class:`TranslatedArticle` the window shows and changes it only on the
GUI thread, from what the jobs report; it never touches a widget. Every result names the job it
came from, so nothing from a replaced article or translation can land in the current one.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kernpunt.core.cancel import CancelToken
from kernpunt.core.document import TranslatedArticle
from kernpunt.ui.errors import reader_message
from kernpunt.ui.jobs import Job, JobRunner, Lane, TranslationJob

if TYPE_CHECKING:
    from kernpunt.core.brief.choose import Brief
    from kernpunt.core.brief.keyterms import ReaderTerm
    from kernpunt.core.engine.cache import TranslationCache
    from kernpunt.core.engine.streaming import Progress
    from kernpunt.core.engine.translate import Mode, Translator
    from kernpunt.core.formats.article import Article
    from kernpunt.core.models.packages import InstalledPackage
    from kernpunt.core.models.store import ModelStore
    from kernpunt.core.text.segment import Sentence


class Stage(StrEnum):
    """What a translation or brief job is doing."""

    LOADING = "loading"
    TRANSLATING = "translating"
    BRIEFING = "briefing"


class ArticleSession(QObject):
    """One article and its translation, with the work that produces them.

    Signals:
        article_loaded: a new article is in place; its language is found just after.
        language_found: the current article's language was detected (``article.language``).
        translation_started: (total) a translation job began.
        translation_changed: (index) one sentence's translation changed: the model's arrived,
            the reader wrote one, or a new translation dropped the old.
        progress_changed: (Progress) the translation job progressed.
        stage_changed: (Stage) the translation or brief job moved on.
        brief_changed: (Brief | None) the brief changed.
        key_terms_changed: (tuple of ReaderTerm) the key terms shown with the brief changed:
            the original's until the translation is whole, then English.
        finding_terms_changed: the key terms began or ended being found again (finding_terms).
        translation_finished: (outcome) "done", "cancelled" or "failed".
        models_changed: the installed model was looked up again.
        model_installed: (InstalledPackage) a model was installed.
        model_exists: (path, message) that file's model is installed already; installing it
            again with ``replace=True`` replaces it.
        alternatives_ready: (index, list of str) other translations of one sentence.
        cache_measured: (bytes) the translation cache's size, after measure_cache or clear_cache.
        failed: (str) something went wrong; the message is for the reader.
    """

    article_loaded = Signal()
    language_found = Signal()
    translation_started = Signal(int)
    translation_changed = Signal(int)
    # A Progress; its module loads with the first translation, not at start-up.
    progress_changed = Signal(object)
    stage_changed = Signal(object)
    brief_changed = Signal(object)
    key_terms_changed = Signal(object)
    finding_terms_changed = Signal()
    translation_finished = Signal(str)
    models_changed = Signal()
    model_installed = Signal(object)
    model_exists = Signal(object, str)
    alternatives_ready = Signal(int, object)
    cache_measured = Signal(int)
    failed = Signal(str)
    # (path, message): the article of that file could not be read; `failed` follows.
    read_failed = Signal(object, str)

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.mode = "quality"
        self.brief_method = "lexrank"
        self.brief_length = "3"
        self.current: TranslatedArticle | None = None
        self.package: InstalledPackage | None = None
        self.models_checked = False
        self.translation_job: Job | None = None
        self._read_job: Job | None = None
        self._reading: Path | None = None
        self._installing: dict[Job, Path] = {}
        self._brief_job: Job | None = None
        self._terms_job: Job | None = None
        self._terms_for: tuple[TranslatedArticle, Brief | None] | None = None
        self._language_for: tuple[TranslatedArticle, Article] | None = None
        self._language_job: Job | None = None
        self.threads = 0
        # The translation cache is opened on a worker, and is safe to share between threads.
        self._cache: TranslationCache | None = None
        self._store: ModelStore | None = None
        self._store_lock = threading.Lock()

    def follow(self, receiver: QObject) -> None:
        """Connect each of the receiver's ``_on_session_<signal>`` methods to that signal.

        As Qt's connectSlotsByName does for children: a handler's name says what it handles.
        A handler named for no signal raises AttributeError, so none goes unheard unnoticed.
        """
        for name in dir(type(receiver)):
            if name.startswith("_on_session_"):
                getattr(self, name.removeprefix("_on_session_")).connect(getattr(receiver, name))

    @property
    def store(self) -> ModelStore:
        """Where loaded models come from; made when a model is first looked up or loaded.

        Not at start-up: the model modules it needs wait until the first article is shown.
        """
        with self._store_lock:  # the worker may ask first
            if self._store is None:
                from kernpunt.core.models.store import ModelStore

                self._store = ModelStore(cache=self.cache)
            return self._store

    # --- the article as it stands (views of the one state, never copies) ------------------

    @property
    def article(self) -> Article | None:
        """The article being read."""
        return self.current.article if self.current is not None else None

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """Its sentences, segmented once as it was read."""
        return self.current.sentences if self.current is not None else ()

    @property
    def translations(self) -> list[str | None]:
        """One translation per sentence so far, edits included; None where none is made yet."""
        return self.current.translations if self.current is not None else []

    @property
    def edited(self) -> frozenset[int]:
        """The sentences the reader translated."""
        return self.current.edited if self.current is not None else frozenset()

    def document(self) -> TranslatedArticle | None:
        """A copy of the article as it stands, edits included, to hand to a worker."""
        return self.current.snapshot() if self.current is not None else None

    # --- reading --------------------------------------------------------------------------

    def open(self, path: Path, **options: Any) -> Job:
        """Read an article on the worker; the current one stays until the new one is read."""
        self._reading = Path(path)

        def read(cancel: CancelToken) -> Article:
            from kernpunt.core.formats.article import read_article

            return read_article(Path(path), cancel=cancel, detect=False, **options)

        return self._read(read)

    def open_text(self, text: str) -> Job:
        """Make an article of dropped or pasted text, on the worker."""
        self._reading = None
        from kernpunt.core.formats.article import article_from_text

        return self._read(lambda cancel: article_from_text(text, detect=False))

    def _read(self, read: Callable[[CancelToken], Article]) -> Job:
        def work(job: Job) -> TranslatedArticle:
            from kernpunt.core.document import segmented

            return segmented(read(job.token), job.token)

        self._read_job = self.runner.submit(
            "read", work, finished=self._on_read_finished, failed=self._on_failed, lane=Lane.IO
        )
        return self._read_job

    @Slot(object, object)
    def _on_read_finished(self, job: Job, document: TranslatedArticle) -> None:
        if job is not self._read_job:
            return
        self.cancel()
        self.translation_job = None
        self._brief_job = None
        self._set_terms_job(None)
        self.current = document
        self._language_job = None
        self._language_for = (document, document.article)
        self.article_loaded.emit()
        # On a zero timer: loading the detector on the worker, with Python's lock held, would
        # otherwise slow the frame that shows the article.
        QTimer.singleShot(0, self, self._find_language)

    @Slot()
    def _find_language(self) -> None:
        """Detect the article's language on the worker, once the article is shown."""
        document, read = self._language_for or (None, None)
        if document is None or read is None or self.current is not document:
            return

        def work(job: Job) -> Article:
            from kernpunt.core.formats.article import detected

            return detected(read)

        self._language_job = self.runner.submit(
            "language", work, finished=self._on_language_found, failed=self._on_failed, lane=Lane.IO
        )

    @Slot(object, object)
    def _on_language_found(self, job: Job, article: Article) -> None:
        if job is not self._language_job:
            return  # found for an article read before the current one
        document, read = self._language_for or (None, None)
        if document is not None and self.current is document and document.article is read:
            document.article = article
            self.language_found.emit()

    # --- models ---------------------------------------------------------------------------

    def refresh_models(self) -> Job:
        """Look for an installed Dutch → English model on the worker."""
        return self.runner.submit(
            "models",
            lambda job: _find_package(),
            finished=self._on_lookup_finished,
            failed=self._on_failed,
            lane=Lane.IO,
        )

    @Slot(object, object)
    def _on_lookup_finished(self, job: Job, package: InstalledPackage | None) -> None:
        if package != self.package:
            self.store.clear()  # the models changed: let go of the one no longer used
        self.package = package
        self.models_checked = True
        self.models_changed.emit()

    def install_model(self, path: Path, *, replace: bool = False) -> Job:
        """Install an .argosmodel file on the worker, then look for models again.

        A model of the same name is replaced only when asked; else model_exists says so.
        """
        job = submit_install(
            self.runner, path, replace, self._on_install_finished, self._on_install_failed
        )
        self._installing[job] = path  # before the job can report: that waits for this thread
        return job

    @Slot(object, object)
    def _on_install_finished(self, job: Job, package: InstalledPackage) -> None:
        self._installing.pop(job, None)
        self.model_installed.emit(package)
        self.refresh_models()

    @Slot(object, object)
    def _on_install_failed(self, job: Job, error: BaseException) -> None:
        from kernpunt.core.models.packages import ModelExistsError

        path = self._installing.pop(job, None)
        if isinstance(error, ModelExistsError) and path is not None:
            self.model_exists.emit(path, reader_message(error))
        else:
            self._on_failed(job, error)

    # --- translating ----------------------------------------------------------------------

    def translate(self) -> Job | None:
        """Translate the article and brief it, on the worker; None when it cannot start."""
        document, package = self.current, self.package
        if document is None or package is None:
            return None
        self.cancel()
        options = {
            "mode": self.mode,
            "brief_method": self.brief_method,
            "brief_length": self.brief_length,
            "threads": str(self.threads),
        }
        # The reader's own sentences survive a new translation of the others.
        for index in document.start_over():
            self.translation_changed.emit(index)
        document.package, document.mode = package, self.mode
        self._brief_job = None
        snapshot = document.snapshot()
        translation = TranslationJob("translate")
        translation.stage_reached.connect(self._on_translation_stage_reached)
        translation.brief_chosen.connect(self._on_translation_brief_chosen)
        self.translation_job = self.runner.submit(
            "translate",
            lambda job: self._translate_work(translation, snapshot, package, options),
            partial=self._on_translation_partial,
            progressed=self._on_translation_progressed,
            finished=self._on_translation_finished,
            failed=self._on_failed,
            cancelled=self._on_translation_cancelled,
            job=translation,
        )
        self.translation_started.emit(len(snapshot.sentences))
        self.stage_changed.emit(Stage.LOADING)
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
        job: TranslationJob,
        document: TranslatedArticle,
        package: InstalledPackage,
        options: dict[str, str],
    ) -> TranslatedArticle:
        """Run on the worker: choose the brief, translate it first, then the rest."""
        from kernpunt.core.pipeline import translate_article

        translator = self._translator(package, options["mode"], int(options["threads"]))
        job.stage_reached.emit(job, Stage.TRANSLATING)
        return translate_article(
            document,
            translator,
            brief_method=options["brief_method"],
            brief_length=options["brief_length"],
            on_result=lambda index, text: job.report_partial((index, text)),
            on_progress=job.report_progress,
            on_brief=lambda brief, translations: job.brief_chosen.emit(job, brief),
            on_chosen=lambda brief: job.brief_chosen.emit(job, brief),
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
            from kernpunt.core.text.language import detect_language

            self._translator(package, mode, threads)
            # Reading the next article asks its language first: have that model loaded too.
            detect_language("Dit is een korte Nederlandse zin om de taal te herkennen.")

        return self.runner.submit("preload", work)

    def alternatives(self, index: int, count: int = 4) -> Job | None:
        """Ask the model for other translations of one sentence, on the worker."""
        package = self.package
        if package is None or not 0 <= index < len(self.sentences):
            return None
        document, mode, threads = self.document(), self.mode, self.threads
        assert document is not None

        def work(job: Job) -> tuple[int, list[str]]:
            from kernpunt.core.pipeline import other_translations

            translator = self._translator(package, mode, threads)
            # Inline code is kept out of the model's reach, as when the article is translated.
            return index, other_translations(document, index, translator, count)

        return self.runner.submit(
            "alternatives",
            work,
            finished=self._on_alternatives_finished,
            failed=self._on_failed,
        )

    @Slot(object, object)
    def _on_alternatives_finished(self, job: Job, result: tuple[int, list[str]]) -> None:
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
            "brief", work, finished=self._on_brief_finished, failed=self._on_failed
        )
        self.stage_changed.emit(Stage.BRIEFING)
        return self._brief_job

    @Slot(object, object)
    def _on_brief_finished(self, job: Job, brief: Brief) -> None:
        # A brief of an article or translation since replaced would point at the wrong sentences.
        if job is not self._brief_job or self.current is None:
            return
        self._brief_job = None
        self._set_brief(brief)

    def _set_brief(self, brief: Brief) -> None:
        assert self.current is not None
        self.current.brief = brief
        if brief.language == "dutch":
            self.current.key_terms = brief.key_terms
        else:
            self.current.translated_key_terms = brief.key_terms
        self.brief_changed.emit(brief)
        self._find_terms()

    @property
    def finding_terms(self) -> bool:
        """Whether the key terms shown with the brief are being found again."""
        return self._terms_job is not None

    def _find_terms(self) -> Job | None:
        """Find the terms shown with the brief on the worker: English once the translation is whole.

        Pairing the original's terms with the translation's takes a third of a second on a long
        article, so it never runs on the GUI thread; what it finds is shown only if the article,
        its brief and its translations are still the ones it was found for.
        """
        if self._terms_job is not None:
            self._terms_job.cancel()  # not begun yet, it never will be; else it is ignored
        current = self.current
        if current is None or current.brief is None:
            self._set_terms_job(None)
            self.key_terms_changed.emit(())
            return None
        brief, original = current.brief, current.key_terms
        translations = tuple(current.translations)

        def work(job: Job) -> tuple[ReaderTerm, ...]:
            from kernpunt.core.brief.keyterms import brief_terms

            return brief_terms(brief.key_terms, brief.language, original, translations)

        self._terms_for = (current, brief)
        job = self.runner.submit(
            "terms", work, finished=self._on_terms_found, failed=self._on_failed, lane=Lane.TERMS
        )
        self._set_terms_job(job)
        return job

    def _set_terms_job(self, job: Job | None) -> None:
        finding = self.finding_terms
        self._terms_job = job
        if self.finding_terms != finding:
            self.finding_terms_changed.emit()

    @Slot(object, object)
    def _on_terms_found(self, job: Job, terms: tuple[ReaderTerm, ...]) -> None:
        current = self.current
        if job is not self._terms_job or current is None:
            return
        self._set_terms_job(None)
        # Every change the terms follow (a brief, a finished translation, an edit) asks for them
        # again, so only the newest job counts; a new article or brief makes it moot.
        assert self._terms_for is not None
        document, brief = self._terms_for
        if document is current and brief is current.brief:
            self.key_terms_changed.emit(terms)

    # --- the translation job's reports ----------------------------------------------------

    @Slot(object, object)
    def _on_translation_partial(self, job: Job, item: tuple[int, str]) -> None:
        index, text = item
        current = self.current
        if job is self.translation_job and current and current.set_translation(index, text):
            self.translation_changed.emit(index)

    @Slot(object, object)
    def _on_translation_progressed(self, job: Job, progress: Progress) -> None:
        if job is self.translation_job:
            self.progress_changed.emit(progress)

    @Slot(object, object)
    def _on_translation_stage_reached(self, job: Job, stage: Stage) -> None:
        if job is self.translation_job:
            self.stage_changed.emit(stage)

    @Slot(object, object)
    def _on_translation_brief_chosen(self, job: Job, brief: Brief) -> None:
        if job is self.translation_job and self.current is not None:
            self._set_brief(brief)

    @Slot(object, object)
    def _on_translation_finished(self, job: Job, result: TranslatedArticle) -> None:
        if job is not self.translation_job or self.current is None:
            return
        # Every sentence came through _on_translation_partial already; only what the pipeline
        # made at the end is new.
        self.current.translated_key_terms = result.translated_key_terms
        self.translation_job = None
        self._find_terms()
        self.translation_finished.emit("done")

    @Slot(object)
    def _on_translation_cancelled(self, job: Job) -> None:
        if job is self.translation_job:
            self.translation_job = None
            self.translation_finished.emit("cancelled")

    # --- editing --------------------------------------------------------------------------

    def edit_translation(self, index: int, text: str) -> None:
        """Replace one sentence's translation with the reader's own; it is kept from now on."""
        if self.current is not None:
            self.current.edit(index, text)
            self.translation_changed.emit(index)
            if not self.translating:
                self._find_terms()  # an English term may have changed with the sentence

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
            "cache",
            lambda job: self.cache().size_bytes(),
            finished=self._on_cache_measured,
            lane=Lane.IO,
        )

    def clear_cache(self) -> Job:
        """Empty the translation cache on the worker; cache_measured reports the new size."""

        def work(job: Job) -> int:
            self.cache().clear()
            return self.cache().size_bytes()

        return self.runner.submit(
            "cache", work, finished=self._on_cache_measured, failed=self._on_failed, lane=Lane.IO
        )

    @Slot(object, object)
    def _on_cache_measured(self, job: Job, size: int) -> None:
        self.cache_measured.emit(size)

    # --- failures -------------------------------------------------------------------------

    @Slot(object, object)
    def _on_failed(self, job: Job, error: BaseException) -> None:
        if job is self.translation_job:
            self.translation_job = None
            self.failed.emit(reader_message(error))
            self.translation_finished.emit("failed")
        else:
            if job is self._read_job and self._reading is not None:
                self.read_failed.emit(self._reading, reader_message(error))
            if job is self._terms_job:
                self._set_terms_job(None)  # the terms shown stay
            self.failed.emit(reader_message(error))


def _find_package() -> InstalledPackage | None:
    from kernpunt.core.models.packages import find_package

    return find_package("nl", "en")


def submit_install(
    runner: JobRunner,
    path: Path,
    replace: bool,
    finished: Callable[[Job, InstalledPackage], None],
    failed: Callable[[Job, BaseException], None],
) -> Job:
    """Install an .argosmodel file on the worker: for the window and the Models dialog alike.

    A model of the same name is replaced only with ``replace``; else ModelExistsError fails it.
    """

    def work(job: Job) -> InstalledPackage:
        from kernpunt.core.models.packages import install_package

        return install_package(path, replace=replace)

    return runner.submit("install", work, finished=finished, failed=failed, lane=Lane.IO)


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
