"""Translating many articles in one run: each article to its own export, one model per process.

The model is loaded once and shared by every article of the batch. A few articles are worked on
at once, so that while one article is read, briefed or written (Python work, one core) the
other's sentences keep CTranslate2's threads busy. One article that cannot be read, translated
or written never stops the others: its reason is kept in its result. Cancelling stops every
article between two translation batches; an article is only written once it is complete, and
every export is atomic, so no output is ever left half-written.

This one engine serves ``kernpunt translate PATH... --out``, the window's export of its article
list (with the window's own ``ModelStore``, so its loaded model is used) and every task of a
cluster worker.

    jobs = plan_batch([Path("news")], Path("out"), "md")
    results = run_batch(jobs, BatchOptions("md", mode="fast"), process_store().translator)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal, Protocol

# Re-exported: planning lives in its own module, but a batch is planned and run from here.
from kernpunt.core.batch.plan import BatchJob as BatchJob
from kernpunt.core.batch.plan import plan_batch as plan_batch
from kernpunt.core.batch.plan import plan_by_title as plan_by_title
from kernpunt.core.brief.choose import DEFAULT_LENGTH, DEFAULT_METHOD, BriefLength
from kernpunt.core.cancel import Cancelled, CancelToken
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.engine.translate import Mode, Translator
from kernpunt.core.errors import ReaderError
from kernpunt.core.export import (
    DEFAULT_CONTENT,
    ExportError,
    export_document,
    export_format,
    propose_name,
    unique_path,
)
from kernpunt.core.formats.article import read_article
from kernpunt.core.models.store import ModelStore

Status = Literal["translated", "skipped", "failed", "cancelled"]
STATUSES: tuple[Status, ...] = ("translated", "skipped", "failed", "cancelled")

# Two articles in flight: measured by benchmarks/batch.py on two cores, where the second
# article's sentences fill the gaps the first leaves while it is read, briefed and written.
ARTICLES_IN_FLIGHT = 2


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

Translators = Callable[[], Translator]


@dataclass(frozen=True)
class BatchProgress:
    """How far a batch is.

    Attributes:
        done: Articles finished (written, skipped or failed).
        total: Articles in the batch.
        current: The article just started; None once all are done.
    """

    done: int
    total: int
    current: Path | None


BatchProgressCallback = Callable[[BatchProgress], None]


@cache
def process_store() -> ModelStore:
    """Return this process's model store: the CLI's batch and every task on a cluster worker.

    The first article loads the model; later ones (the next task on a cluster worker) get the
    same translator as long as the installed model is the same.
    """
    return ModelStore()


def run_job(
    job: BatchJob,
    options: BatchOptions,
    translator: Translators,
    *,
    skip_existing: bool = False,
    cancel: CancelToken | None = None,
    export: Exporter = export_document,
    document: TranslatedArticle | None = None,
    names: TitleNames | None = None,
) -> BatchResult:
    """Read, translate and export one article of a batch; never raises for a bad article.

    Args:
        job: The article and its export.
        options: Format, content, mode and brief.
        translator: Returns the loaded engine; called only when the article needs
            translating, so a batch of skipped articles loads no model.
        skip_existing: Leave an export that exists alone.
        cancel: Stops the translation between batches; the article is then not written.
        export: Writes the translated article.
        document: The article already translated (with the reader's edits): exported as it
            is instead of being read and translated again.
        names: Chooses the name of a job without a target, from the article's title.

    Returns:
        The article's result.
    """
    started = time.perf_counter()
    target = job.target

    def result(status: Status, error: str | None = None, sentences: int = 0) -> BatchResult:
        seconds = time.perf_counter() - started
        return BatchResult(job.source, target, status, error, seconds, sentences)

    titled = job.folder is not None and names is not None
    if job.error is not None or (target is None and not titled):
        return result("failed", job.error or "nothing to write it to.")
    if skip_existing and target is not None and target.exists():
        return result("skipped")
    if cancel is not None and cancel.cancelled:
        return result("cancelled")
    try:
        if document is None:
            document = _translate(job.source, options, translator, cancel)
        if cancel is not None and cancel.cancelled:
            return result("cancelled")
        target = _place(job, names, document)
        export(document, target, options.format, options.content)
    except Cancelled:
        return result("cancelled")
    except ReaderError as error:
        return result("failed", str(error))
    except Exception as error:
        # A bug met by one article (a parser's, a library's) must not end a night's batch.
        return result("failed", f"unexpected {type(error).__name__}: {error}")
    return result("translated", sentences=len(document.sentences))


def run_batch(
    jobs: Sequence[BatchJob],
    options: BatchOptions,
    translator: Translators,
    *,
    skip_existing: bool = False,
    in_flight: int = ARTICLES_IN_FLIGHT,
    documents: Mapping[Path, TranslatedArticle] | None = None,
    on_progress: BatchProgressCallback | None = None,
    on_result: ResultCallback | None = None,
    cancel: CancelToken | None = None,
    export: Exporter = export_document,
) -> list[BatchResult]:
    """Translate and export every article of a batch in this process.

    Args:
        jobs: The articles and their exports, from ``plan_batch`` or ``plan_by_title``.
        options: Format, content, mode and brief.
        translator: Returns the loaded engine once the first article needs it, such as a
            ``ModelStore``'s ``translator``; every article in flight shares it.
        skip_existing: Leave exports that exist alone.
        in_flight: Articles worked on at once; they share the one loaded model.
        documents: Articles already translated (with the reader's edits), by path: exported
            as they are instead of being translated again.
        on_progress: Called as each article starts (from the thread working on it) and once
            at the end.
        on_result: Called in this thread with every result as it comes in.
        cancel: Stops the batch: articles in flight stop between translation batches and are
            not written; the ones not started are reported as cancelled.
        export: Writes a translated article.

    Returns:
        One result per job, in the order of the jobs.

    Raises:
        ExportError: The format is unknown; nothing was started.
    """
    names = TitleNames(export_format(options.format).suffix)  # an unknown format stops here
    known = documents or {}
    progress = _ProgressCounter(len(jobs), on_progress)

    def one(job: BatchJob) -> BatchResult:
        progress.started(job.source)
        try:
            return run_job(
                job,
                options,
                translator,
                skip_existing=skip_existing,
                cancel=cancel,
                export=export,
                document=known.get(job.source),
                names=names,
            )
        finally:
            progress.finished()

    results: list[BatchResult | None] = [None] * len(jobs)
    with ThreadPoolExecutor(max(1, in_flight), thread_name_prefix="kernpunt-batch") as pool:
        futures = {pool.submit(one, job): position for position, job in enumerate(jobs)}
        for future in as_completed(futures):
            item = future.result()
            results[futures[future]] = item
            if on_result is not None:
                on_result(item)
    progress.report(None)
    return [item for item in results if item is not None]


class TitleNames:
    """Names exports from their articles' dates and titles, each name once, across threads."""

    def __init__(self, suffix: str) -> None:
        """Name exports with this suffix."""
        self._suffix = suffix
        self._taken: set[Path] = set()
        self._lock = threading.Lock()

    def choose(self, folder: Path, document: TranslatedArticle) -> Path:
        """Return a name in folder that no file and no other export of the batch has."""
        with self._lock:
            target = unique_path(folder, propose_name(document.article, self._suffix), self._taken)
            self._taken.add(target)
            return target


class _ProgressCounter:
    def __init__(self, total: int, callback: BatchProgressCallback | None) -> None:
        self._total = total
        self._done = 0
        self._callback = callback
        self._lock = threading.Lock()

    def started(self, source: Path) -> None:
        self.report(source)

    def finished(self) -> None:
        with self._lock:
            self._done += 1

    def report(self, current: Path | None) -> None:
        if self._callback is not None:
            with self._lock:
                done = self._done
            self._callback(BatchProgress(done, self._total, current))


def _translate(
    source: Path,
    options: BatchOptions,
    translator: Translators,
    cancel: CancelToken | None,
) -> TranslatedArticle:
    from kernpunt.core.document import segmented
    from kernpunt.core.pipeline import translate_article

    document = segmented(read_article(source, cancel=cancel), cancel)
    return translate_article(
        document,
        translator(),
        brief_length=options.brief_length,
        brief_method=options.brief_method,
        cancel=cancel,
    )


def _place(job: BatchJob, names: TitleNames | None, document: TranslatedArticle) -> Path:
    """The file an article goes to: its planned target (with its folders), or a titled name."""
    if job.target is None:
        if job.folder is None or names is None:
            raise ValueError("a job without a target needs a folder and names")
        return names.choose(job.folder, document)
    if job.folder is not None:
        _make_folder(job.target.parent)
    return job.target


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError("export.make_folder", folder=folder, reason=reason) from error
