"""The article being read: its sentences, translations and brief, and the jobs that make them.

ArticleSession owns the state the window shows and starts work on the job runner; it never
touches a widget. Every result names the job it came from, so nothing from a replaced article
or translation can land in the current one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from kernpunt.core.article import Article, ArticleError, read_article
from kernpunt.core.brief import Brief
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export import ExportError, render_markdown, write_atomic
from kernpunt.core.models import InstalledPackage, ModelError, find_package, install_package
from kernpunt.core.segment import Sentence, segment
from kernpunt.ui.jobs import Job, JobRunner

if TYPE_CHECKING:
    from kernpunt.core.translate import Progress, Translator


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
    failed = Signal(str)

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.mode = "quality"
        self.article: Article | None = None
        self.sentences: tuple[Sentence, ...] = ()
        self.translations: list[str | None] = []
        self.edited: set[int] = set()
        self.brief: Brief | None = None
        self.package: InstalledPackage | None = None
        self.models_checked = False
        self.translation_job: Job | None = None
        self._read_job: Job | None = None
        # Touched only on the worker thread: loaded models, by package folder and mode.
        self._translators: dict[tuple[Path, str], Translator] = {}

    # --- reading --------------------------------------------------------------------------

    def open(self, path: Path, **options: Any) -> Job:
        """Read an article on the worker; the current one stays until the new one is read."""
        self._read_job = self.runner.submit(
            "read",
            lambda job: _read(Path(path), **options),
            finished=self._on_read,
            failed=self._on_failed,
        )
        return self._read_job

    def open_text(self, text: str) -> Job:
        """Make an article of dropped or pasted text, on the worker."""
        from kernpunt.core.article import article_from_text

        def work(job: Job) -> tuple[Article, tuple[Sentence, ...]]:
            article = article_from_text(text)
            return article, segment(article, "nl")

        self._read_job = self.runner.submit(
            "read", work, finished=self._on_read, failed=self._on_failed
        )
        return self._read_job

    @Slot(object, object)
    def _on_read(self, job: Job, result: tuple[Article, tuple[Sentence, ...]]) -> None:
        if job is not self._read_job:
            return
        self.cancel()
        self.translation_job = None
        self.article, self.sentences = result
        self.translations = [None] * len(self.sentences)
        self.edited = set()
        self.brief = None
        self.article_loaded.emit()

    # --- models ---------------------------------------------------------------------------

    def refresh_models(self) -> Job:
        """Look for an installed Dutch → English model on the worker."""
        return self.runner.submit(
            "models",
            lambda job: find_package("nl", "en"),
            finished=self._on_models_found,
            failed=self._on_failed,
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
        article, sentences, package, mode = self.article, self.sentences, self.package, self.mode
        # The reader's own sentences survive a new translation of the others.
        kept = {index: self.translations[index] for index in self.edited}
        self.translations = [kept.get(index) for index in range(len(sentences))]
        self.brief = None
        self.translation_job = self.runner.submit(
            "translate",
            lambda job: self._translate_work(job, article, sentences, package, mode, kept),
            partial=self._on_partial,
            progressed=self._on_progress,
            finished=self._on_translated,
            failed=self._on_failed,
            cancelled=self._on_cancelled,
        )
        self.translation_started.emit(len(sentences))
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
        sentences: tuple[Sentence, ...],
        package: InstalledPackage,
        mode: str,
        kept: dict[int, str | None],
    ) -> TranslatedArticle:
        """Run on the worker: translate what the reader has not written, then brief."""
        from kernpunt.core.pipeline import brief_of
        from kernpunt.core.translate import Translator

        key = (package.path, mode)
        translator = self._translators.get(key)
        if translator is None:
            translator = self._translators[key] = Translator(
                package, mode="fast" if mode == "fast" else "quality"
            )
        translator.load()
        job.report_progress("translating")
        todo = [index for index in range(len(sentences)) if index not in kept]
        results = translator.translate(
            [sentences[index].text for index in todo],
            on_result=lambda local, text: job.report_partial((todo[local], text)),
            on_progress=job.report_progress,
            cancel=job.token,
        )
        translations = [kept.get(index) for index in range(len(sentences))]
        for index, text in zip(todo, results, strict=True):
            translations[index] = text
        document = TranslatedArticle(article, sentences, translations, package=package)
        if document.complete and not job.token.cancelled:
            job.report_progress("briefing")
            document.brief = brief_of(document)
        return document

    @Slot(object, object)
    def _on_partial(self, job: Job, item: tuple[int, str]) -> None:
        if job is self.translation_job:
            index, text = item
            self.translations[index] = text
            self.sentence_translated.emit(index)

    @Slot(object, object)
    def _on_progress(self, job: Job, progress: Progress | str) -> None:
        if job is not self.translation_job:
            return
        if isinstance(progress, str):
            self.stage_changed.emit(progress)
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
            self.article, self.sentences, list(self.translations), self.brief, self.package
        )

    def export_markdown(self, path: Path) -> Job | None:
        """Write the brief and the translation as Markdown, atomically, on the worker."""
        document = self.document()
        if document is None:
            return None

        def work(job: Job) -> Path:
            write_atomic(path, render_markdown(document).encode("utf-8"))
            return path

        return self.runner.submit(
            "export", work, finished=self._on_exported, failed=self._on_failed
        )

    @Slot(object, object)
    def _on_exported(self, job: Job, path: Path) -> None:
        self.exported.emit(path)

    # --- failures -------------------------------------------------------------------------

    @Slot(object, object)
    def _on_failed(self, job: Job, error: BaseException) -> None:
        if isinstance(error, ArticleError | ModelError | ExportError):
            message = str(error)
        else:
            message = self.tr("Something went wrong: {error}").format(error=error)
        if job is self.translation_job:
            self.translation_job = None
            self.failed.emit(message)
            self.translation_finished.emit("failed")
        else:
            self.failed.emit(message)


def _read(path: Path, **options: Any) -> tuple[Article, tuple[Sentence, ...]]:
    article = read_article(path, **options)
    return article, segment(article, "nl")
