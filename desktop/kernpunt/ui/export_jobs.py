"""The work behind the Export dialog: what it exports of the session, run as jobs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kernpunt.core.batch.exports import BatchItem
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.models.packages import InstalledPackage
from kernpunt.ui.jobs import Job
from kernpunt.ui.session import ArticleSession

if TYPE_CHECKING:
    from kernpunt.core.engine.translate import Mode


def translated_documents(session: ArticleSession) -> dict[Path, TranslatedArticle]:
    """The current article if it is fully translated: a batch exports it as is, edits and all."""
    document = session.document()
    if document is None or document.article.source is None or not document.complete:
        return {}
    return {document.article.source: document}


class BatchWork:
    """Read, translate and export a list of articles, as a job on the model's worker.

    Everything it needs is taken from the session when it is made, on the GUI thread.
    """

    def __init__(
        self,
        session: ArticleSession,
        package: InstalledPackage,
        paths: list[Path],
        folder: Path,
        format: str,
        content: str,
    ) -> None:
        self.session = session
        self.package = package
        self.paths = paths
        self.folder = folder
        self.format = format
        self.content = content
        self.known = translated_documents(session)
        self.mode: Mode = "fast" if session.mode == "fast" else "quality"
        self.threads = session.threads
        self.brief_method = session.brief_method
        self.brief_length = session.brief_length

    def __call__(self, job: Job) -> list[BatchItem]:
        """Run on the worker; progress and cancel go through the job."""
        from kernpunt.core.batch.exports import export_articles
        from kernpunt.core.engine.translate import Translator

        translator = Translator(
            self.package,
            mode=self.mode,
            cache=self.session.cache(),
            threads=self.threads,
        )
        return export_articles(
            self.paths,
            self.folder,
            self.format,
            self.content,
            translator,
            brief_method=self.brief_method,
            brief_length=self.brief_length,
            documents=self.known,
            on_progress=job.report_progress,
            cancel=job.token,
        )
