"""The work behind the Export dialog: what it exports of the session, run as jobs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kernpunt.core.batch.run import BatchOptions, BatchResult, plan_by_title, run_batch
from kernpunt.core.brief.choose import BriefLength
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.models.packages import InstalledPackage
from kernpunt.ui.jobs import Job
from kernpunt.ui.session import ArticleSession

if TYPE_CHECKING:
    from kernpunt.core.engine.translate import Mode, Translator


def translated_documents(session: ArticleSession) -> dict[Path, TranslatedArticle]:
    """The current article if it is fully translated: a batch exports it as is, edits and all."""
    document = session.document()
    if document is None or document.article.source is None or not document.complete:
        return {}
    return {document.article.source: document}


def export_list(
    session: ArticleSession,
    package: InstalledPackage,
    paths: list[Path],
    folder: Path,
    format: str,
    content: str,
) -> Callable[[Job], list[BatchResult]]:
    """Return the job that reads, translates and exports a list of articles into one folder.

    Everything it needs is taken from the session now, on the GUI thread. It translates with
    the session's own model store, so the model the window has loaded is the one it uses.
    A cancelled batch ends the job as cancelled; the files already written stay.
    """
    known = translated_documents(session)
    mode: Mode = "fast" if session.mode == "fast" else "quality"
    threads = session.threads or None
    method, length = session.brief_method, session.brief_length
    store = session.store

    def translator() -> Translator:
        return store.translator(package, mode=mode, threads=threads)

    def work(job: Job) -> list[BatchResult]:
        options = BatchOptions(format, content, mode, method, BriefLength.of(length), threads)
        results = run_batch(
            plan_by_title(paths, folder, format),
            options,
            translator,
            documents=known,
            on_progress=job.report_progress,
            cancel=job.token,
        )
        job.token.raise_if_cancelled()
        return results

    return work
