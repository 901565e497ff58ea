"""The article list beside the panes: files and folders the reader opened together.

Several files or a folder are walked on the worker; the list fills as articles are found and
the first one opens at once.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kernpunt.core.formats.article import is_supported, iter_article_files, unsupported_reason
from kernpunt.ui.article_list import ArticleList
from kernpunt.ui.jobs import Job, Lane

if TYPE_CHECKING:
    from kernpunt.ui.main_window import MainWindow

SCAN_BATCH = 200
SCAN_REPORT_SECONDS = 0.2


class WindowArticles(QObject):
    """The article list with its title, and the folder walks that fill it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.list = ArticleList()
        self.box = QWidget()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; padding: 4px 2px;")
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.box.hide()
        self._scan_job: Job | None = None
        self._scan_opened = False
        self.list.article_chosen.connect(window.open_article)

    def open_paths(self, paths: list[Path]) -> None:
        """Open what the reader gave: one article, a model to install, or several articles."""
        window = self.window
        paths = [Path(path) for path in paths]
        if len(paths) == 1 and not paths[0].is_dir():
            path = paths[0]
            if path.suffix.lower() == ".argosmodel":
                window.install_model(path)
            elif is_supported(path):
                window.open_article(path)
            else:
                window.message_bar.show_message(unsupported_reason(path))
            return
        self._scan(paths)

    def show_list(self, paths: list[Path]) -> None:
        """Show these articles in the list, in place of what it held."""
        self.list.start_over()
        self.list.add_paths(paths)
        self.box.show()
        self.title.setText(self.tr("%n article(s)", "", len(paths)))

    def _scan(self, paths: list[Path]) -> None:
        if self._scan_job is not None:
            self._scan_job.cancel()
        self.list.start_over()
        self._scan_opened = False
        self.window.status.set_stage(self.tr("Looking for articles…"))
        self._scan_job = self.window.runner.submit(
            "scan",
            lambda job: _find_articles(paths, job),
            partial=self._on_scan_partial,
            finished=self._on_scan_finished,
            failed=self._on_scan_ended,
            cancelled=self._on_scan_ended,
            lane=Lane.SCAN,
        )

    @Slot(object, object)
    def _on_scan_partial(self, job: Job, batch: list[Path]) -> None:
        if job is not self._scan_job:
            return
        self.list.add_paths(batch)
        self.window.recovery.note_change()
        count = self.list.count()
        self.box.setVisible(count > 1)
        self.title.setText(self.tr("Articles found so far: {count}").format(count=count))
        if not self._scan_opened and batch:
            self._scan_opened = True
            self.window.open_article(batch[0])

    @Slot(object, object)
    def _on_scan_finished(self, job: Job, count: int) -> None:
        if job is not self._scan_job:
            return
        self._scan_job = None
        if count == 0:
            self.window.message_bar.show_message(
                self.tr("None of these files is an article Kernpunt can open.")
            )
            self.window.status.set_stage(self.tr("Ready") if self.window.session.article else "")
        else:
            self.title.setText(self.tr("%n article(s)", "", count))

    @Slot(object)
    def _on_scan_ended(self, job: Job, *_: object) -> None:
        if job is self._scan_job:
            self._scan_job = None


def _find_articles(paths: list[Path], job: Job) -> int:
    """Run on the worker: report supported files under the paths in batches; return the count."""
    batch: list[Path] = []
    count = 0
    reported = time.monotonic()
    for path in paths:
        for found in iter_article_files(path, job.token):
            batch.append(found)
            count += 1
            if len(batch) >= SCAN_BATCH or time.monotonic() - reported > SCAN_REPORT_SECONDS:
                job.report_partial(batch)
                batch, reported = [], time.monotonic()
    if batch:
        job.report_partial(batch)
    return count
