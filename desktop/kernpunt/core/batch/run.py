"""Translating many articles in one run: each article to its own export, one model per process.

The model is loaded once and shared by every article of the batch. A few articles are worked on
at once, so that while one article is read, briefed or written (Python work, one core) the
other's sentences keep CTranslate2's threads busy. One article that cannot be read, translated
or written never stops the others: its reason is kept in its result. Cancelling stops every
article between two translation batches; an article is only written once it is complete, and
every export is atomic, so no output is ever left half-written.

    jobs = plan_batch([Path("news")], Path("out"), "md")
    results = run_batch(jobs, BatchOptions("md"), process_translator("fast"))
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

# Re-exported: planning lives in its own module, but a batch is planned and run from here.
from kernpunt.core.batch.plan import BatchJob as BatchJob
from kernpunt.core.batch.plan import plan_batch as plan_batch
from kernpunt.core.brief.choose import DEFAULT_LENGTH, DEFAULT_METHOD, BriefError, BriefLength
from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.engine.translate import Mode, Translator
from kernpunt.core.export import DEFAULT_CONTENT, ExportError, export_document
from kernpunt.core.formats.article import ArticleError, read_article
from kernpunt.core.models.packages import ModelError, find_package

Status = Literal["translated", "skipped", "failed", "cancelled"]
STATUSES: tuple[Status, ...] = ("translated", "skipped", "failed", "cancelled")

# Two articles in flight: measured by benchmarks/batch.py on two cores, where the second
# article's sentences fill the gaps the first leaves while it is read, briefed and written.
ARTICLES_IN_FLIGHT = 2

NO_MODEL = (
    "no Dutch → English model is installed; "
    "install one with 'kernpunt models install FILE.argosmodel'."
)


class Exporter(Protocol):
    """Writes a translated article to a file, atomically (``export_document``'s shape)."""

    def __call__(self, document: TranslatedArticle, path: Path, format: str, content: str) -> Path:
        """Write the document to path in this format and return the path written."""
        ...


@dataclass(frozen=True)
class BatchOptions:
    """How every article of a batch is translated and written.

    Attributes:
        format: A key of ``kernpunt.core.export.FORMATS``.
        content: ``all``, ``brief``, ``translation`` or ``bilingual``.
        mode: ``quality`` (beam search) or ``fast`` (greedy).
        brief_method: How each brief is chosen.
        brief_length: How long each brief is.
        threads: CPU threads for the model in each process; None for one per physical core.
    """

    format: str
    content: str = DEFAULT_CONTENT
    mode: Mode = "quality"
    brief_method: str = DEFAULT_METHOD
    brief_length: BriefLength = DEFAULT_LENGTH
    threads: int | None = None


@dataclass(frozen=True)
class BatchResult:
    """What became of one article of a batch.

    Attributes:
        source: The article file (or a folder that held no article).
        target: The export, when one was planned.
        status: ``translated`` (written), ``skipped`` (the export existed), ``failed`` (see
            ``error``) or ``cancelled`` (the batch was interrupted before it was written).
        error: Why it failed, in the reader's words; None otherwise.
        seconds: Time spent on it.
        sentences: Its sentences, when it was translated.
        worker: Where it ran, for a batch on a cluster.
    """

    source: Path
    target: Path | None
    status: Status
    error: str | None = None
    seconds: float = 0.0
    sentences: int = 0
    worker: str | None = None

    def to_json(self) -> dict[str, object]:
        """Return the result as plain JSON values."""
        return {
            "source": str(self.source),
            "output": None if self.target is None else str(self.target),
            "status": self.status,
            "error": self.error,
            "seconds": round(self.seconds, 3),
            "sentences": self.sentences,
            "worker": self.worker,
        }


ResultCallback = Callable[[BatchResult], None]

_TRANSLATORS: dict[tuple[str, str, str, int | None], Translator] = {}
_TRANSLATORS_LOCK = threading.Lock()


def process_translator(mode: Mode = "quality", threads: int | None = None) -> Translator:
    """Return this process's translator for the installed Dutch → English model, loaded.

    The first call loads the model; later calls (the next article, the next task on a cluster
    worker) get the same translator as long as the installed model is the same.

    Args:
        mode: ``quality`` or ``fast``.
        threads: CPU threads for the model; None for one per physical core.

    Raises:
        ModelError: No Dutch → English model is installed, or it cannot be loaded.
    """
    package = find_package("nl", "en")
    if package is None:
        raise ModelError(NO_MODEL)
    key = (str(package.path), package.version, mode, threads)
    with _TRANSLATORS_LOCK:
        translator = _TRANSLATORS.get(key)
        if translator is None:
            translator = Translator(package, mode=mode, threads=threads)
            translator.load()
            _TRANSLATORS[key] = translator
    return translator


def translate_job(
    job: BatchJob,
    options: BatchOptions,
    translator: Translator | Callable[[], Translator],
    *,
    skip_existing: bool = False,
    cancel: CancelToken | None = None,
    export: Exporter = export_document,
) -> BatchResult:
    """Read, translate and export one article of a batch; never raises for a bad article.

    Args:
        job: The article and its export.
        options: Format, content, mode and brief.
        translator: The engine, or a function that returns it (called only when the article
            needs translating, so a batch of skipped articles loads no model).
        skip_existing: Leave an export that exists alone.
        cancel: Stops the translation between batches; the article is then not written.
        export: Writes the translated article.

    Returns:
        The article's result.
    """
    started = time.perf_counter()

    def result(status: Status, error: str | None = None, sentences: int = 0) -> BatchResult:
        seconds = time.perf_counter() - started
        return BatchResult(job.source, job.target, status, error, seconds, sentences)

    if job.error is not None or job.target is None:
        return result("failed", job.error or "nothing to write it to.")
    if skip_existing and job.target.exists():
        return result("skipped")
    if cancel is not None and cancel.cancelled:
        return result("cancelled")
    try:
        document = _translate(job.source, options, translator, cancel)
        if cancel is not None and cancel.cancelled:
            return result("cancelled")
        if job.folder is not None:
            _make_folder(job.target.parent)
        export(document, job.target, options.format, options.content)
    except Cancelled:
        return result("cancelled")
    except (ArticleError, BriefError, ExportError, ModelError) as error:
        return result("failed", str(error))
    except Exception as error:
        # A bug met by one article (a parser's, a library's) must not end a night's batch.
        return result("failed", f"unexpected {type(error).__name__}: {error}")
    return result("translated", sentences=len(document.sentences))


def run_batch(
    jobs: Sequence[BatchJob],
    options: BatchOptions,
    translator: Translator | Callable[[], Translator],
    *,
    skip_existing: bool = False,
    in_flight: int = ARTICLES_IN_FLIGHT,
    on_result: ResultCallback | None = None,
    cancel: CancelToken | None = None,
    export: Exporter = export_document,
) -> list[BatchResult]:
    """Translate and export every article of a batch in this process.

    Args:
        jobs: The articles and their exports, from ``plan_batch``.
        options: Format, content, mode and brief.
        translator: The engine, or a function that returns it once the first article needs it.
        skip_existing: Leave exports that exist alone.
        in_flight: Articles worked on at once; they share the one loaded model.
        on_result: Called in this thread with every result as it comes in.
        cancel: Stops the batch: articles in flight stop between translation batches and are
            not written; the ones not started are reported as cancelled.
        export: Writes a translated article.

    Returns:
        One result per job, in the order of the jobs.
    """
    shared = _SharedTranslator(translator)
    results: list[BatchResult | None] = [None] * len(jobs)
    with ThreadPoolExecutor(max(1, in_flight), thread_name_prefix="kernpunt-batch") as pool:
        futures = {
            pool.submit(
                translate_job,
                job,
                options,
                shared.get,
                skip_existing=skip_existing,
                cancel=cancel,
                export=export,
            ): position
            for position, job in enumerate(jobs)
        }
        for future in as_completed(futures):
            item = future.result()
            results[futures[future]] = item
            if on_result is not None:
                on_result(item)
    return [item for item in results if item is not None]


def _translate(
    source: Path,
    options: BatchOptions,
    translator: Translator | Callable[[], Translator],
    cancel: CancelToken | None,
) -> TranslatedArticle:
    from kernpunt.core.pipeline import translate_article

    article = read_article(source, cancel=cancel)
    engine = translator if isinstance(translator, Translator) else translator()
    document = translate_article(
        article,
        engine,
        brief_length=options.brief_length,
        brief_method=options.brief_method,
        cancel=cancel,
    )
    document.mode = engine.mode
    return document


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(f"Could not make the folder {folder}: {reason}.") from error


class _SharedTranslator:
    """Hands one translator to every thread of a batch, loading it once, when first needed."""

    def __init__(self, source: Translator | Callable[[], Translator]) -> None:
        self._source = source
        self._translator: Translator | None = None
        self._lock = threading.Lock()

    def get(self) -> Translator:
        """Return the translator, loading its model on the first call."""
        with self._lock:
            if self._translator is None:
                source = self._source
                translator = source if isinstance(source, Translator) else source()
                translator.load()  # two threads must not load the model side by side
                self._translator = translator
            return self._translator
