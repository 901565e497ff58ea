"""The article list beside the panes: files and folders the reader opened together.

Several files or a folder are walked on the worker; the list fills as articles are found and
the first one opens at once. Titles are read on the worker too, cheaply: the first line of a
text or Markdown file; other documents keep their file name until they are opened. Each row
follows its article from waiting to translated (or failed, with the reason on hover).

The list and the article being read are remembered, and the next start brings them back (their
files checked on the worker); the bundled sample is shown on the very first start only.
"""

from __future__ import annotations

import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kernpunt.core.paths import sample_article
from kernpunt.ui.errors import reader_message
from kernpunt.ui.jobs import Job, Lane

if TYPE_CHECKING:
    from kernpunt.ui.article_list import ArticleList
    from kernpunt.ui.main_window import MainWindow

SCAN_BATCH = 200
SCAN_REPORT_SECONDS = 0.2
# A title is looked for in this much of a text file's start, no more.
TITLE_BYTES = 4096
TITLE_CHARACTERS = 120


class WindowArticles(QObject):
    """The article list with its title, and the folder walks that fill it.

    The list itself is made when there is one to show: a start with one article (or none) has
    no list, and its module and Qt's list classes (some 4 ms) are not loaded before the first
    frame. Until then an article's rows are nowhere to update, and the list's paths are none.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._list: ArticleList | None = None
        self.box = QWidget()
        self._layout = QVBoxLayout(self.box)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; padding: 4px 2px;")
        self._layout.addWidget(self.title)
        self.box.hide()
        self._scan_job: Job | None = None
        self._titles_job: Job | None = None
        self._scan_opened = False
        self._failure = ""
        self._translating: Path | None = None
        window.session.follow(self)

    @property
    def article_list(self) -> ArticleList:
        """The article list beside the panes, made the first time it is asked for."""
        if self._list is None:
            from kernpunt.ui.article_list import ArticleList

            self._list = ArticleList()
            self._layout.addWidget(self._list, 1)
            self._list.article_chosen.connect(self._on_list_article_chosen)
        return self._list

    def paths(self) -> list[Path]:
        """The articles in the list, in its order; none while there is no list."""
        return self._list.paths() if self._list is not None else []

    def mark_current(self, path: Path | None) -> None:
        """Mark the article being read in the list, if there is a list."""
        if self._list is not None:
            self._list.mark_current(path)

    def step(self, step: int) -> None:
        """Open the next (1) or previous (-1) article of the list, if there is a list."""
        if self._list is not None:
            self._list.step(step)

    # --- the start ------------------------------------------------------------------------

    def reopen_last(self, *, sample: bool = False) -> None:
        """Open what the reader had open last time; the sample on the very first start.

        Nothing is read on the GUI thread: the remembered files are checked on the worker,
        and whatever is still there comes back.

        Args:
            sample: Show the sample whatever was open last (for screenshots).
        """
        settings = self.window.settings
        articles = [Path(path) for path in settings.last_articles]
        last = Path(settings.last_article) if settings.last_article else None
        first_start = not settings.sample_shown and not articles and last is None
        self.window.save_setting(partial(setattr, settings, "sample_shown", True))
        if sample or first_start:
            self.window.open_article(sample_article())
            return
        self.window.runner.submit(
            "reopen",
            lambda job: _still_there(articles, last),
            finished=self._on_reopen_checked,
            lane=Lane.SCAN,
        )

    @Slot(object, object)
    def _on_reopen_checked(self, job: Job, found: tuple[list[Path], Path | None]) -> None:
        articles, last = found
        if self.window.session.article is not None or self._scan_job is not None:
            return  # the reader opened something meanwhile
        chosen = last if last is not None else (articles[0] if articles else None)
        if len(articles) > 1:
            self.show_list(articles)
            # Marked before the list can take the focus, which would open its first row.
            self.article_list.mark_current(chosen)
        if chosen is not None:
            self.window.open_article(chosen)
        else:
            self.window.status.set_stage("")

    def remember(self) -> None:
        """Keep the list for the next start (the article is kept as it is opened)."""
        self.window.settings.last_articles = [str(path) for path in self.paths()]

    def open_paths(self, paths: list[Path]) -> None:
        """Open what the reader gave: one article, a model to install, or several articles."""
        from kernpunt.core.formats.article import ArticleError, is_supported

        window = self.window
        # Absolute, so that the article list, the recovery journal and the next start find
        # them again whatever folder Kernpunt is started from.
        paths = [Path(path).absolute() for path in paths]
        if len(paths) == 1 and not paths[0].is_dir():
            path = paths[0]
            if path.suffix.lower() == ".argosmodel":
                window.install_model(path)
            elif is_supported(path):
                window.open_article(path)
            else:
                unsupported = ArticleError("article.unsupported", name=path.name)
                window.message_bar.show_message(reader_message(unsupported))
            return
        self._scan(paths)

    def show_list(self, paths: list[Path]) -> None:
        """Show these articles in the list, in place of what it held."""
        self.article_list.start_over()
        self.article_list.add_paths(paths)
        self.box.show()
        self.title.setText(self.tr("%n article(s)", "", len(paths)))
        self.remember()
        self._read_titles(paths)

    def _scan(self, paths: list[Path]) -> None:
        if self._scan_job is not None:
            self._scan_job.cancel()
        self.article_list.start_over()
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
        self.article_list.add_paths(batch)
        self._read_titles(batch)
        self.window.recovery.note_change()
        count = self.article_list.count()
        self.box.setVisible(count > 1)
        self.title.setText(self.tr("Articles found so far: {count}").format(count=count))
        if not self._scan_opened and batch:
            self._scan_opened = True
            # Marked so that the list taking the focus opens nothing.
            self.article_list.mark_current(batch[0])
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
        self.remember()

    @Slot(object)
    def _on_scan_ended(self, job: Job, *_: object) -> None:
        if job is self._scan_job:
            self._scan_job = None

    # --- titles and states ----------------------------------------------------------------

    def _read_titles(self, paths: list[Path]) -> None:
        from kernpunt.core.formats import FORMATS, TEXT_FORMATS

        wanted = [path for path in paths if FORMATS.get(path.suffix.lower()) in TEXT_FORMATS]
        if wanted:
            self._titles_job = self.window.runner.submit(
                "titles",
                lambda job: _read_titles(wanted, job),
                partial=self._on_titles_partial,
                lane=Lane.SCAN,
            )

    @Slot(object, object)
    def _on_titles_partial(self, job: Job, titles: list[tuple[Path, str]]) -> None:
        for path, title in titles:
            self.article_list.set_title(path, title)

    @Slot(object)
    def _on_list_article_chosen(self, path: Path) -> None:
        from kernpunt.ui.article_list import ArticleState

        if self.article_list.article_state(path) in (ArticleState.WAITING, ArticleState.FAILED):
            self.article_list.set_state(path, ArticleState.READING)
        self.window.open_article(path)

    @Slot()
    def _on_session_article_loaded(self) -> None:
        article = self.window.session.article
        if article is None or article.source is None:
            return
        self.window.save_setting(partial(_remember_article, self.window, article.source))
        rows = self._list
        if rows is None:
            return
        from kernpunt.ui.article_list import ArticleState

        rows.set_title(article.source, article.title, article.date)
        if rows.article_state(article.source) is ArticleState.READING:
            rows.set_state(article.source, ArticleState.WAITING)

    @Slot(object, str)
    def _on_session_read_failed(self, path: Path, message: str) -> None:
        self._set_state(path, "FAILED", message)

    @Slot(str)
    def _on_session_failed(self, message: str) -> None:
        self._failure = message

    @Slot(int)
    def _on_session_translation_started(self, _: int) -> None:
        article = self.window.session.article
        self._translating = article.source if article is not None else None
        self._failure = ""
        if self._translating is not None:
            self._set_state(self._translating, "TRANSLATING")

    @Slot(str)
    def _on_session_translation_finished(self, outcome: str) -> None:
        path, self._translating = self._translating, None
        if path is None:
            return
        if outcome == "done":
            self._set_state(path, "DONE")
        elif outcome == "failed":
            self._set_state(path, "FAILED", self._failure)
        else:
            self._set_state(path, "WAITING")

    def _set_state(self, path: Path, state: str, reason: str = "") -> None:
        """Show an article's state (an ArticleState's name) in its row, if there is a list."""
        if self._list is not None:
            from kernpunt.ui.article_list import ArticleState

            self._list.set_state(path, ArticleState[state], reason)


def _remember_article(window: MainWindow, path: Path) -> None:
    window.settings.last_article = str(path)


def _still_there(articles: list[Path], last: Path | None) -> tuple[list[Path], Path | None]:
    """Run on the worker: the remembered articles whose files are still there."""
    found = [path for path in articles if path.is_file()]
    return found, last if last is not None and last.is_file() else None


def _read_titles(paths: list[Path], job: Job) -> None:
    """Run on the worker: report the first line of each text file as its title, in batches."""
    batch: list[tuple[Path, str]] = []
    reported = time.monotonic()
    for path in paths:
        if job.token.cancelled:
            return
        title = first_line(path)
        if title:
            batch.append((path, title))
        if len(batch) >= SCAN_BATCH or time.monotonic() - reported > SCAN_REPORT_SECONDS:
            job.report_partial(batch)
            batch, reported = [], time.monotonic()
    if batch:
        job.report_partial(batch)


def first_line(path: Path) -> str:
    """The first line of text in a text or Markdown file, as a title; empty when there is none.

    Only the file's first few kilobytes are read, whatever its size.
    """
    try:
        with path.open("rb") as file:
            start = file.read(TITLE_BYTES)
    except OSError:
        return ""
    text = start.decode("utf-8", errors="replace").removeprefix("\ufeff")
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line and not set(line) <= set("=-*_ "):
            if len(line) > TITLE_CHARACTERS:
                line = line[: TITLE_CHARACTERS - 1].rstrip() + "…"
            return line
    return ""


def _find_articles(paths: list[Path], job: Job) -> int:
    """Run on the worker: report supported files under the paths in batches; return the count."""
    from kernpunt.core.formats.article import iter_article_files

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
