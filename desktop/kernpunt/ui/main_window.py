"""Kernpunt's main window: menus, the reading view, the status area, drag and drop."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kernpunt.core.brief.keyterms import brief_terms
from kernpunt.core.formats.article import (
    SUPPORTED_SUFFIXES,
    is_supported,
    iter_article_files,
    unsupported_reason,
)
from kernpunt.core.paths import sample_article
from kernpunt.ui import recovery
from kernpunt.ui.actions import Actions
from kernpunt.ui.article_list import ArticleList
from kernpunt.ui.jobs import Job, JobRunner
from kernpunt.ui.reading import ReadingView
from kernpunt.ui.recovery import Recovery
from kernpunt.ui.session import ArticleSession
from kernpunt.ui.settings import Settings
from kernpunt.ui.status import StatusArea
from kernpunt.ui.theme import apply_theme
from kernpunt.ui.widgets import MessageBar
from kernpunt.ui.wording import language_name

if TYPE_CHECKING:
    from kernpunt.core.engine.translate import Progress

RENDER_DELAY_MS = 80
JOURNAL_DELAY_MS = 300
PRELOAD_DELAY_MS = 1500
ARTICLE_FILTER = " ".join(f"*{suffix}" for suffix in sorted(SUPPORTED_SUFFIXES))
SCAN_BATCH = 200
SCAN_REPORT_SECONDS = 0.2


class MainWindow(QMainWindow):
    """The reading window.

    Signals:
        article_shown: an article was loaded and is displayed in the original pane.
        translation_finished: a translation job ended (done, cancelled or failed).
        state_changed: anything the status area shows changed.
    """

    article_shown = Signal()
    translation_finished = Signal()
    state_changed = Signal()

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        auto_translate: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.auto_translate = auto_translate
        self.remember_layout = True
        # Load the model a moment after start-up, so that Translate starts at once.
        self.preload_model = False
        self.runner = JobRunner(self)
        self.session = ArticleSession(self.runner, self)
        self.session.mode = self.settings.mode
        self.session.brief_method = self.settings.brief_method
        self.session.brief_length = self.settings.brief_length
        self.view = ReadingView()
        self.article_list = ArticleList()
        self._scan_job: Job | None = None
        self._scan_opened = False
        self.message_bar = MessageBar()
        self.status = StatusArea()
        self.actions_ = Actions(self)
        self._render_timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self._render_translation)
        self._chosen_encoding: str | None = None
        self._journal_timer = QTimer(self, singleShot=True, interval=JOURNAL_DELAY_MS)
        self._journal_timer.timeout.connect(self._write_journal)
        self.journal: Path | None = None
        self._restoring: Recovery | None = None
        self._menu_position: QPoint | None = None
        self.alternatives_dialog: QWidget | None = None
        self.setWindowTitle("Kernpunt")
        self.setAcceptDrops(True)
        self.setStatusBar(self.status)
        self._build_central()
        self._connect()
        self._restore()
        self._update_actions()

    # --- building -------------------------------------------------------------------------

    def _build_central(self) -> None:
        self._central = central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.message_bar)
        self.list_splitter = QSplitter()
        self.list_box = QWidget()
        box = QVBoxLayout(self.list_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.list_title = QLabel()
        self.list_title.setStyleSheet("font-weight: bold; padding: 4px 2px;")
        box.addWidget(self.list_title)
        box.addWidget(self.article_list, 1)
        self.list_splitter.addWidget(self.list_box)
        self.list_splitter.addWidget(self.view)
        self.list_splitter.setStretchFactor(1, 1)
        self.list_splitter.setSizes([220, 1040])
        self.list_box.hide()
        layout.addWidget(self.list_splitter, 1)
        self.setCentralWidget(central)
        self.status.set_mode(self.session.mode)
        self.status.set_model(None)

    def _connect(self) -> None:
        session, view, status = self.session, self.view, self.status
        session.article_loaded.connect(self._on_article_loaded)
        session.translation_started.connect(self._on_translation_started)
        session.sentence_translated.connect(self._schedule_render)
        session.progress_changed.connect(self._on_progress)
        session.stage_changed.connect(self._on_stage)
        session.brief_changed.connect(self._on_brief_changed)
        session.translation_finished.connect(self._on_translation_finished)
        session.models_changed.connect(self._on_models_changed)
        session.model_installed.connect(self._on_model_installed)
        session.exported.connect(self._on_exported)
        session.failed.connect(self._on_failed)
        view.missing_model.install_requested.connect(self.choose_model_file)
        self.article_list.article_chosen.connect(self.open_article)
        view.translation_pane.sentence_menu_requested.connect(self._on_sentence_menu)
        session.alternatives_ready.connect(self._on_alternatives)
        status.cancel_requested.connect(self.cancel)
        status.mode_chosen.connect(self.set_mode)

    def _restore(self) -> None:
        settings = self.settings
        self.resize(1280, 780)
        if not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        self.view.set_stacked(settings.layout == "stacked")
        if not settings.splitter_state.isEmpty():
            self.view.splitter.restoreState(settings.splitter_state)
        if settings.zoom:
            self.view.set_zoom(settings.zoom)
        self.actions_.sync_checks()

    # --- the reader's commands ------------------------------------------------------------

    def open_article(self, path: Path) -> None:
        """Read an article on the worker and show it; the current one stays until it is read."""
        self.status.set_stage(self.tr("Reading {name}…").format(name=Path(path).name))
        self.session.open(Path(path))

    def open_paths(self, paths: list[Path]) -> None:
        """Open what the reader gave: one article, a model to install, or several articles.

        Several files or a folder fill the article list beside the panes as they are found,
        and the first article opens at once.
        """
        paths = [Path(path) for path in paths]
        if len(paths) == 1 and not paths[0].is_dir():
            path = paths[0]
            if path.suffix.lower() == ".argosmodel":
                self.install_model(path)
            elif is_supported(path):
                self.open_article(path)
            else:
                self.message_bar.show_message(unsupported_reason(path))
            return
        self._scan(paths)

    def reopen_with_encoding(self, encoding: str | None) -> None:
        """Read the current article again with a text encoding the reader chose."""
        article = self.session.article
        self._chosen_encoding = encoding
        if article is not None and article.source is not None:
            self.status.set_stage(self.tr("Reading {name}…").format(name=article.source.name))
            self.session.open(article.source, encoding=encoding)

    def open_text(self, text: str) -> None:
        """Make a new article of some text (dropped or pasted)."""
        self.status.set_stage(self.tr("Reading the text…"))
        self.session.open_text(text)

    def refresh_models(self) -> None:
        """Look for an installed Dutch → English model on the worker."""
        self.session.refresh_models()

    @Slot()
    def translate(self) -> None:
        """Translate the current article and make its brief, on the worker."""
        if self.session.translate() is None and self.session.models_checked:
            self.view.show_missing_model(self.session.package is None)

    @Slot()
    def cancel(self) -> None:
        """Stop the running translation; finished sentences stay."""
        if self.session.translating:
            self.session.cancel()
            self.status.set_stage(self.tr("Cancelling…"))

    def install_model(self, path: Path) -> None:
        """Install an .argosmodel file on the worker."""
        self.status.set_stage(self.tr("Installing {name}…").format(name=path.name))
        self.session.install_model(path)

    def export(self, path: Path, format: str = "md", content: str = "all") -> None:
        """Export the article in a format, atomically, on the worker."""
        self.session.export(path, format, content)

    @Slot(str)
    def set_mode(self, mode: str) -> None:
        """Choose Quality or Fast for the next translation."""
        self.session.mode = self.settings.mode = mode
        self.status.set_mode(mode)
        self.actions_.sync_checks()

    def set_theme(self, theme: str) -> None:
        """Switch between the system look, light and dark."""
        self.settings.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.view.refresh()
        self.actions_.sync_checks()

    def set_zoom(self, steps: int) -> None:
        """Make the panes' text larger or smaller."""
        self.view.set_zoom(steps)
        self.settings.zoom = self.view.zoom

    def set_stacked(self, stacked: bool) -> None:
        """Put the panes above each other, or side by side."""
        self.view.set_stacked(stacked)
        self.settings.layout = "stacked" if stacked else "side"
        self.actions_.sync_checks()

    def edit_sentence(self, index: int, text: str) -> None:
        """Replace a sentence's translation with the reader's own."""
        self.session.edit_translation(index, text)
        self._note_change()

    # --- recovery after a crash -----------------------------------------------------------

    def keep_journal(self, path: Path | None = None) -> Recovery | None:
        """Start keeping a recovery journal; return what a crashed run left behind, if anything.

        The old journal is read before this run writes its own.
        """
        self.journal = path or recovery.journal_path()
        found = recovery.load(self.journal)
        if found is not None:
            self.message_bar.show_message(
                self.tr(
                    "Kernpunt did not close properly last time. Bring back the articles you "
                    "were reading and your edits?"
                ),
                error=False,
                action=(self.tr("Restore"), lambda: self.restore(found)),
            )
        return found

    def restore(self, found: Recovery) -> None:
        """Bring back a crashed run's article list, article and edits."""
        paths = [Path(path) for path in found.articles if Path(path).exists()]
        if len(paths) > 1:
            self.article_list.start_over()
            self.article_list.add_paths(paths)
            self.list_box.show()
            self.list_title.setText(self.tr("%n article(s)", "", len(paths)))
        self._restoring = found
        if found.path and Path(found.path).exists():
            self.status.set_stage(self.tr("Restoring…"))
            self._chosen_encoding = found.encoding
            self.session.open(Path(found.path), encoding=found.encoding)
        elif found.text:
            self.session.open_text(found.text)
        elif paths:
            self.open_article(paths[0])

    def _apply_restored(self) -> None:
        found, self._restoring = self._restoring, None
        session = self.session
        if found is None:
            return
        for index, (source, text) in found.edits.items():
            if index < len(session.sentences) and session.sentences[index].text == source:
                session.edit_translation(index, text)
        if found.translating:
            self.auto_translate = True

    def _note_change(self) -> None:
        if self.journal is not None and not self._journal_timer.isActive():
            self._journal_timer.start()

    @Slot()
    def _write_journal(self) -> None:
        session, article = self.session, self.session.article
        if self.journal is None or article is None:
            return
        bundled = article.source is not None and article.source == sample_article()
        state = Recovery(
            articles=[str(path) for path in self.article_list.paths()],
            path=str(article.source) if article.source and not bundled else None,
            encoding=self._chosen_encoding,
            text=article.text if article.source is None else None,
            edits={
                index: (session.sentences[index].text, session.translations[index] or "")
                for index in sorted(session.edited)
            },
            translating=session.translating or any(session.translations),
        )
        journal = self.journal
        self.runner.submit("journal", lambda job: recovery.save(state, journal), lane="io")

    # --- dialogs --------------------------------------------------------------------------

    @Slot()
    def choose_article(self) -> None:
        """Ask for articles to open."""
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open article"),
            self.settings.last_folder,
            self.tr("Articles ({patterns});;All files (*)").format(patterns=ARTICLE_FILTER),
        )
        if chosen:
            self.settings.last_folder = str(Path(chosen[0]).parent)
            self.open_paths([Path(path) for path in chosen])

    @Slot()
    def choose_folder(self) -> None:
        """Ask for a folder of articles."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Open folder"), self.settings.last_folder
        )
        if chosen:
            self.settings.last_folder = chosen
            self.open_paths([Path(chosen)])

    @Slot()
    def choose_model_file(self) -> None:
        """Ask for an .argosmodel file to install."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Install model"),
            self.settings.last_folder,
            self.tr("Argos models (*.argosmodel)"),
        )
        if chosen:
            self.install_model(Path(chosen))

    @Slot()
    def choose_export_file(self) -> None:
        """Open the Export dialog: this article, or every article of the list."""
        from kernpunt.ui.export_dialog import ExportDialog

        if self.session.article is None:
            return
        dialog = ExportDialog(self.session, self.settings, self.article_list.paths(), self)
        dialog.exported.connect(self._on_exported)
        dialog.exec()

    @Slot()
    def rebrief(self) -> None:
        """Choose the brief again, on the complete English translation."""
        if self.session.rebrief("english") is not None:
            self.status.set_stage(self.tr("Writing the brief…"))

    @Slot()
    def show_models(self) -> None:
        """Open the Models dialog; the window follows what it installs or removes."""
        from kernpunt.ui.models_dialog import ModelsDialog

        dialog = ModelsDialog(self.runner, self.settings.index_url, self)
        dialog.models_changed.connect(self.refresh_models)
        dialog.exec()

    @Slot()
    def show_settings(self) -> None:
        """Open the Settings dialog and apply what the reader changed."""
        from kernpunt.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.clear_cache_requested.connect(self.session.clear_cache)
        self.session.cache_measured.connect(dialog.show_cache_size)
        self.session.measure_cache()
        folder = self.settings.model_folder
        try:
            if dialog.exec():
                self.apply_settings(models_moved=folder != self.settings.model_folder)
        finally:
            self.session.cache_measured.disconnect(dialog.show_cache_size)

    def apply_settings(self, *, models_moved: bool = False) -> None:
        """Make the window follow its settings after they changed."""
        settings = self.settings
        self.set_mode(settings.mode)
        self.session.brief_method = settings.brief_method
        self.session.brief_length = settings.brief_length
        self.session.threads = settings.threads
        self.set_theme(settings.theme)
        if models_moved:
            use_model_folder(settings.model_folder)
            self.refresh_models()

    @Slot()
    def paste_article(self) -> None:
        """Make a new article of the text on the clipboard."""
        text = QApplication.clipboard().text()
        if text.strip():
            self.open_text(text)
        else:
            self.message_bar.show_message(self.tr("The clipboard holds no text to read."))

    # --- session events -------------------------------------------------------------------

    @Slot()
    def _on_article_loaded(self) -> None:
        session = self.session
        article = session.article
        assert article is not None
        self._render_timer.stop()
        self.message_bar.hide()
        self.view.set_article(article, session.sentences)
        self.setWindowTitle(self.tr("{title} — Kernpunt").format(title=article.title))
        if article.source is not None:
            self.settings.add_recent(str(article.source))
        self.article_list.mark_current(article.source)
        stage = self.tr("%n sentence(s)", "", len(session.sentences))
        if article.date:
            stage += self.tr(" · dated {date}").format(date=article.date)
        self.status.set_stage(stage)
        self.status.set_encoding(article.encoding)
        if not article.looks_dutch:
            self.message_bar.show_message(
                self.tr(
                    "This article looks like it is not in Dutch (detected: {language}). "
                    "The translation may be poor."
                ).format(language=language_name(article.language)),
                error=False,
            )
        self.status.end_progress()
        self._apply_restored()
        self._update_actions()
        self._note_change()
        self.article_shown.emit()
        self._maybe_auto_translate()

    @Slot()
    def _on_models_changed(self) -> None:
        package = self.session.package
        self.view.show_missing_model(package is None)
        self.status.set_model(package.label if package else None)
        self._update_actions()
        self._maybe_auto_translate()
        if package is not None and self.preload_model:
            QTimer.singleShot(PRELOAD_DELAY_MS, self.session.preload)

    def _maybe_auto_translate(self) -> None:
        if self.auto_translate and self.session.article and self.session.package:
            self.auto_translate = False
            self.translate()

    @Slot(int)
    def _on_translation_started(self, total: int) -> None:
        self._note_change()
        self.view.set_translations(self.session.translations, self.session.edited)
        self.view.set_brief([])
        self.status.start_progress(total)
        self.status.set_stage(self.tr("Loading the model…"))
        self._update_actions()

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        self.status.show_progress(progress)

    @Slot(str)
    def _on_stage(self, stage: str) -> None:
        if stage == "briefing":
            self.status.set_stage(self.tr("Writing the brief…"))
        elif stage == "translating":
            self.status.set_stage(self.tr("Translating…"))

    @Slot(int)
    def _schedule_render(self, index: int) -> None:
        if not self._render_timer.isActive():
            self._render_timer.start()

    @Slot()
    def _render_translation(self) -> None:
        self.view.set_translations(self.session.translations, self.session.edited)

    @Slot()
    def _on_brief_changed(self) -> None:
        brief = self.session.brief
        self._render_translation()
        self.view.set_brief(brief.indices if brief else [])
        session = self.session
        self.view.set_key_terms(
            brief_terms(brief.key_terms, brief.language, session.key_terms, session.translations)
            if brief is not None
            else ()
        )
        if brief is not None and brief.note:
            self.message_bar.show_message(brief.note, error=False)

    @Slot(str)
    def _on_translation_finished(self, outcome: str) -> None:
        session = self.session
        self._render_timer.stop()
        self._render_translation()
        done = sum(text is not None for text in session.translations)
        total = len(session.sentences)
        if outcome == "done":
            self.status.set_stage(
                self.tr("Translated %n sentence(s) with {model}", "", total).format(
                    model=session.package.label if session.package else ""
                )
            )
        elif outcome == "cancelled":
            self.status.set_stage(
                self.tr("Cancelled: {done} of %n sentence(s) translated", "", total).format(
                    done=done
                )
            )
        else:
            self.status.set_stage(self.tr("Translation stopped."))
        self.status.end_progress()
        self._update_actions()
        self.translation_finished.emit()

    @Slot(object)
    def _on_model_installed(self, package: object) -> None:
        label = getattr(package, "label", "")
        self.message_bar.show_message(
            self.tr("Installed the model {model}.").format(model=label), error=False
        )
        self.status.set_stage(self.tr("Ready"))

    @Slot(object)
    def _on_exported(self, path: Path) -> None:
        self.settings.last_folder = str(path.parent)
        self.message_bar.show_message(self.tr("Saved {name}.").format(name=path.name), error=False)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.message_bar.show_message(message)
        if self.session.article is not None:
            self.status.set_stage(self.tr("Ready"))
        else:
            self.status.set_stage(self.tr("No article open"))
        self._update_actions()

    @Slot(int, object)
    def _on_sentence_menu(self, index: int, position: QPoint) -> None:
        self._menu_position = position
        self.actions_.sentence_menu(index).exec(position)

    def show_alternatives(self, index: int) -> None:
        """Ask the model for other translations of a sentence and offer them in a menu."""
        if self.session.alternatives(index) is not None:
            self.status.set_stage(self.tr("Looking for other translations…"))

    @Slot(int, object)
    def _on_alternatives(self, index: int, texts: list[str]) -> None:
        from kernpunt.ui.sentence_dialogs import AlternativesDialog

        session = self.session
        source = session.sentences[index].text
        dialog = AlternativesDialog(index + 1, source, texts, session.translations[index], self)
        dialog.chosen.connect(partial(self.edit_sentence, index))
        dialog.finished.connect(dialog.deleteLater)
        self.status.set_stage(
            self.tr("Pick a translation for sentence {number}.").format(number=index + 1)
        )
        self.alternatives_dialog = dialog
        dialog.open()

    # --- the article list -----------------------------------------------------------------

    def _scan(self, paths: list[Path]) -> None:
        if self._scan_job is not None:
            self._scan_job.cancel()
        self.article_list.start_over()
        self._scan_opened = False
        self.status.set_stage(self.tr("Looking for articles…"))
        self._scan_job = self.runner.submit(
            "scan",
            lambda job: _find_articles(paths, job),
            partial=self._on_articles_found,
            finished=self._on_scan_finished,
            failed=self._on_scan_failed,
            cancelled=self._on_scan_failed,
            lane="scan",
        )

    @Slot(object, object)
    def _on_articles_found(self, job: Job, batch: list[Path]) -> None:
        if job is not self._scan_job:
            return
        self.article_list.add_paths(batch)
        self._note_change()
        count = self.article_list.count()
        self.list_box.setVisible(count > 1)
        self.list_title.setText(self.tr("Articles found so far: {count}").format(count=count))
        if not self._scan_opened and batch:
            self._scan_opened = True
            self.open_article(batch[0])

    @Slot(object, object)
    def _on_scan_finished(self, job: Job, count: int) -> None:
        if job is not self._scan_job:
            return
        self._scan_job = None
        if count == 0:
            self.message_bar.show_message(
                self.tr("None of these files is an article Kernpunt can open.")
            )
            self.status.set_stage(self.tr("Ready") if self.session.article else "")
        else:
            self.list_title.setText(self.tr("%n article(s)", "", count))

    @Slot(object)
    def _on_scan_failed(self, job: Job, *_: object) -> None:
        if job is self._scan_job:
            self._scan_job = None

    # --- state ----------------------------------------------------------------------------

    def _update_actions(self) -> None:
        self.actions_.update(
            has_article=self.session.article is not None,
            translating=self.session.translating,
        )
        self.state_changed.emit()

    @property
    def settled(self) -> bool:
        """Whether the window has finished everything it started on its own."""
        session = self.session
        return (
            session.models_checked
            and not self.runner.busy
            and not session.translating
            and not (self.auto_translate and session.article is not None and session.package)
        )

    # --- events ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files and text, and show that the window will take them."""
        mime = event.mimeData()
        if any(url.isLocalFile() for url in mime.urls()) or mime.hasText():
            event.acceptProposedAction()
            self._set_drop_hover(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """The drag left the window."""
        self._set_drop_hover(False)

    def dropEvent(self, event: QDropEvent) -> None:
        """Open a dropped article or text, or install a dropped model."""
        self._set_drop_hover(False)
        mime = event.mimeData()
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)
        elif mime.hasText() and mime.text().strip():
            event.acceptProposedAction()
            self.open_text(mime.text())

    def _set_drop_hover(self, hovering: bool) -> None:
        self._central.setStyleSheet(
            "#central { border: 3px dashed palette(highlight); border-radius: 8px; }"
            if hovering
            else ""
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the worker cleanly and remember the window's layout."""
        self._render_timer.stop()
        self._journal_timer.stop()
        self.runner.shutdown()
        if self.journal is not None:
            recovery.clear(self.journal)  # a clean exit: nothing to recover next time
        if self.remember_layout:
            self.settings.geometry = self.saveGeometry()
            self.settings.splitter_state = self.view.splitter.saveState()
        self.settings.sync()
        super().closeEvent(event)

    # --- shortcuts for tests and callers --------------------------------------------------

    @property
    def source_pane(self) -> QWidget:
        """The Dutch original."""
        return self.view.source_pane

    @property
    def translation_pane(self) -> QWidget:
        """The English translation."""
        return self.view.translation_pane

    @property
    def brief_pane(self) -> QWidget:
        """The English brief."""
        return self.view.brief_pane


def _find_articles(paths: list[Path], job: Job) -> int:
    """Run on the worker: report supported files under the paths in batches; return the count."""
    import time

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


_ARGOS_PACKAGES_DIR = os.environ.get("ARGOS_PACKAGES_DIR")


def use_model_folder(folder: str) -> None:
    """Point model lookups at the reader's folder, or back at the one Argos would use."""
    if folder:
        os.environ["ARGOS_PACKAGES_DIR"] = folder
    elif _ARGOS_PACKAGES_DIR is not None:
        os.environ["ARGOS_PACKAGES_DIR"] = _ARGOS_PACKAGES_DIR
    else:
        os.environ.pop("ARGOS_PACKAGES_DIR", None)
