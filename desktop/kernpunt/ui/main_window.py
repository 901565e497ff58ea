"""Kernpunt's main window: the original, its translation and the brief, side by side."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kernpunt.core.article import Article, ArticleError, read_article
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export import ExportError, render_markdown, write_atomic
from kernpunt.core.models import InstalledPackage, ModelError, find_package, install_package
from kernpunt.core.segment import Sentence, segment
from kernpunt.ui.jobs import Job, JobRunner
from kernpunt.ui.panes import Pane, render_article, render_brief
from kernpunt.ui.widgets import MessageBar, MissingModelNotice

if TYPE_CHECKING:
    from kernpunt.core.translate import Progress, Translator

RENDER_DELAY_MS = 80


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

    def __init__(self, *, auto_translate: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.auto_translate = auto_translate
        self.runner = JobRunner(self)
        self.article: Article | None = None
        self.sentences: tuple[Sentence, ...] = ()
        self.translations: list[str | None] = []
        self.document: TranslatedArticle | None = None
        self.package: InstalledPackage | None = None
        self.models_checked = False
        self._translation_job: Job | None = None
        # Touched only on the worker thread: loaded models, by package folder.
        self._translators: dict[Path, Translator] = {}
        self._render_timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self._render_translation)
        self.setWindowTitle("Kernpunt")
        self.setAcceptDrops(True)
        self.resize(1280, 780)
        self._build_panes()
        self._build_status()
        self._build_actions()
        self._update_actions()

    # --- building -------------------------------------------------------------------------

    def _build_panes(self) -> None:
        self.message_bar = MessageBar()
        self.source_pane = Pane(self.tr("Dutch original"))
        self.translation_pane = Pane(self.tr("English translation"))
        self.brief_pane = Pane(self.tr("English brief"))
        self.translation_pane.setPlaceholderText(
            self.tr("Press Translate (Ctrl+T) to translate the article on this computer.")
        )
        self.brief_pane.setPlaceholderText(
            self.tr("The brief appears here: the sentences that carry the article.")
        )
        self.missing_model = MissingModelNotice()
        self.missing_model.install_requested.connect(self._on_install_triggered)
        self.translation_stack = QStackedWidget()
        self.translation_stack.addWidget(self.translation_pane)
        self.translation_stack.addWidget(self.missing_model)
        self.splitter = QSplitter()  # horizontal; the Qt namespace is slow to import
        for title, widget in (
            (self.tr("Original (Dutch)"), self.source_pane),
            (self.tr("Translation (English)"), self.translation_stack),
            (self.tr("Brief (English)"), self.brief_pane),
        ):
            self.splitter.addWidget(_titled(title, widget))
        self.splitter.setSizes([460, 460, 320])
        for pane in (self.source_pane, self.translation_pane, self.brief_pane):
            pane.sentence_activated.connect(self.show_sentence)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_status(self) -> None:
        self.stage_label = QLabel(self.tr("Opening…"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(260)
        self.progress_bar.setAccessibleName(self.tr("Translation progress"))
        self.progress_bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        offline = QLabel(self.tr("● Offline"))
        offline.setToolTip(self.tr("Kernpunt works on this computer; nothing is sent anywhere."))
        status = self.statusBar()
        status.addWidget(self.stage_label, 1)
        status.addPermanentWidget(self.progress_bar)
        status.addPermanentWidget(self.cancel_button)
        status.addPermanentWidget(offline)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = _action(self, self.tr("&Open…"), QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._on_open_triggered)
        self.export_action = _action(self, self.tr("&Export as Markdown…"), "Ctrl+E")
        self.export_action.triggered.connect(self._on_export_triggered)
        self.install_action = _action(self, self.tr("&Install model from file…"))
        self.install_action.triggered.connect(self._on_install_triggered)
        quit_action = _action(self, self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.open_action, self.export_action, self.install_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        translate_menu = self.menuBar().addMenu(self.tr("&Translate"))
        self.translate_action = _action(self, self.tr("&Translate"), "Ctrl+T")
        self.translate_action.triggered.connect(self.translate)
        self.cancel_action = _action(self, self.tr("&Cancel"), "Esc")
        self.cancel_action.triggered.connect(self.cancel)
        translate_menu.addAction(self.translate_action)
        translate_menu.addAction(self.cancel_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        for action in (self.open_action, self.translate_action, self.export_action):
            toolbar.addAction(action)

    # --- opening --------------------------------------------------------------------------

    def open_article(self, path: Path) -> None:
        """Read an article on the worker and show it; the current one stays until it is read."""
        self.stage_label.setText(self.tr("Reading {name}…").format(name=Path(path).name))
        self.runner.submit(
            "read",
            lambda job: _read(Path(path)),
            finished=self._on_read_finished,
            failed=self._on_job_failed,
        )

    def refresh_models(self) -> None:
        """Look for an installed Dutch → English model on the worker."""
        self.runner.submit(
            "models",
            lambda job: find_package("nl", "en"),
            finished=self._on_models_found,
            failed=self._on_job_failed,
        )

    @Slot(object, object)
    def _on_read_finished(self, job: Job, result: tuple[Article, tuple[Sentence, ...]]) -> None:
        if self._translation_job is not None:
            self._translation_job.cancel()
            self._translation_job = None
        self.article, self.sentences = result
        self.translations = [None] * len(self.sentences)
        self.document = None
        self.message_bar.hide()
        self.source_pane.setHtml(render_article(self.article, self.sentences))
        self.translation_pane.clear()
        self.brief_pane.clear()
        self.setWindowTitle(self.tr("{title} — Kernpunt").format(title=self.article.title))
        self.stage_label.setText(
            self.tr("%n sentence(s)", "", len(self.sentences))
            + (
                self.tr(" · dated {date}").format(date=self.article.date)
                if self.article.date
                else ""
            )
        )
        self._update_actions()
        self.article_shown.emit()
        self._maybe_auto_translate()

    @Slot(object, object)
    def _on_models_found(self, job: Job, package: InstalledPackage | None) -> None:
        self.package = package
        self.models_checked = True
        self.translation_stack.setCurrentWidget(
            self.translation_pane if package else self.missing_model
        )
        self._update_actions()
        self._maybe_auto_translate()

    def _maybe_auto_translate(self) -> None:
        if self.auto_translate and self.article and self.package:
            self.auto_translate = False
            self.translate()

    # --- translating ----------------------------------------------------------------------

    @Slot()
    def translate(self) -> None:
        """Translate the current article and make its brief, on the worker."""
        if self.article is None or self.package is None:
            if self.models_checked and self.package is None:
                self.translation_stack.setCurrentWidget(self.missing_model)
            return
        if self._translation_job is not None:
            self._translation_job.cancel()
        article, sentences, package = self.article, self.sentences, self.package
        self.translations = [None] * len(sentences)
        self.document = None
        self.brief_pane.clear()
        self._render_translation()
        self._translation_job = self.runner.submit(
            "translate",
            lambda job: self._translate_work(job, article, sentences, package),
            partial=self._on_sentence_translated,
            progressed=self._on_translation_progress,
            finished=self._on_translation_done,
            failed=self._on_job_failed,
            cancelled=self._on_translation_cancelled,
        )
        self.stage_label.setText(self.tr("Loading the model…"))
        self.progress_bar.setRange(0, max(1, len(sentences)))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.cancel_button.show()
        self._update_actions()

    def _translate_work(
        self,
        job: Job,
        article: Article,
        sentences: tuple[Sentence, ...],
        package: InstalledPackage,
    ) -> TranslatedArticle:
        """Run on the worker: translate, then brief."""
        from kernpunt.core.pipeline import brief_of
        from kernpunt.core.translate import Translator

        translator = self._translators.get(package.path)
        if translator is None:
            translator = self._translators[package.path] = Translator(package)
        translations = translator.translate(
            [sentence.text for sentence in sentences],
            on_result=lambda index, text: job.report_partial((index, text)),
            on_progress=job.report_progress,
            cancel=job.token,
        )
        document = TranslatedArticle(article, sentences, translations, package=package)
        if document.complete and not job.token.cancelled:
            job.report_progress("brief")
            document.brief = brief_of(document)
        return document

    @Slot()
    def cancel(self) -> None:
        """Stop the running translation; finished sentences stay."""
        if self._translation_job is not None:
            self._translation_job.cancel()
            self.stage_label.setText(self.tr("Cancelling…"))

    @Slot(object, object)
    def _on_sentence_translated(self, job: Job, item: tuple[int, str]) -> None:
        if job is not self._translation_job:
            return
        index, text = item
        self.translations[index] = text
        if not self._render_timer.isActive():
            self._render_timer.start()

    @Slot(object, object)
    def _on_translation_progress(self, job: Job, progress: Progress | str) -> None:
        if job is not self._translation_job:
            return
        if isinstance(progress, str):  # a stage name, such as "brief"
            self.stage_label.setText(self.tr("Writing the brief…"))
            return
        self.progress_bar.setValue(progress.done)
        left = progress.seconds_left
        text = self.tr("Translating: {done} of %n sentence(s)", "", progress.total).format(
            done=progress.done
        )
        if left is not None and progress.done < progress.total:
            text += self.tr(" · about {seconds} s left").format(seconds=max(1, round(left)))
        self.stage_label.setText(text)

    @Slot(object, object)
    def _on_translation_done(self, job: Job, document: TranslatedArticle) -> None:
        if job is not self._translation_job:
            return
        self.document = document
        self.translations = list(document.translations)
        self._render_translation()
        if document.brief is not None:
            self.brief_pane.setHtml(render_brief(document.brief.indices, self.translations))
        self.stage_label.setText(
            self.tr("Translated %n sentence(s) with {model}", "", len(self.sentences)).format(
                model=document.package.label if document.package else ""
            )
        )
        self._end_translation()

    @Slot(object)
    def _on_translation_cancelled(self, job: Job) -> None:
        if job is not self._translation_job:
            return
        self._render_translation()
        done = sum(text is not None for text in self.translations)
        self.stage_label.setText(
            self.tr(
                "Cancelled: {done} of %n sentence(s) translated", "", len(self.sentences)
            ).format(done=done)
        )
        self._end_translation()

    def _end_translation(self) -> None:
        self._translation_job = None
        self.progress_bar.hide()
        self.cancel_button.hide()
        self._update_actions()
        self.translation_finished.emit()

    @Slot()
    def _render_translation(self) -> None:
        if self.article is not None:
            self.translation_pane.set_html_keeping_scroll(
                render_article(self.article, self.sentences, self.translations)
            )

    @Slot(int)
    def show_sentence(self, index: int) -> None:
        """Scroll the original and the translation to sentence ``index``."""
        self.source_pane.show_sentence(index)
        self.translation_pane.show_sentence(index)

    # --- models and export ----------------------------------------------------------------

    @Slot()
    def _on_install_triggered(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install model"), "", self.tr("Argos models (*.argosmodel)")
        )
        if chosen:
            self.install_model(Path(chosen))

    def install_model(self, path: Path) -> None:
        """Install an .argosmodel file on the worker."""
        self.stage_label.setText(self.tr("Installing {name}…").format(name=path.name))
        self.runner.submit(
            "install",
            lambda job: install_package(path),
            finished=self._on_model_installed,
            failed=self._on_job_failed,
        )

    @Slot(object, object)
    def _on_model_installed(self, job: Job, package: InstalledPackage) -> None:
        self.message_bar.show_message(
            self.tr("Installed the model {model}.").format(model=package.label), error=False
        )
        self.stage_label.setText(self.tr("Ready"))
        self.refresh_models()

    def export_markdown(self, path: Path) -> None:
        """Write the brief and the translation as Markdown, atomically, on the worker."""
        document = self.document or self._partial_document()
        if document is None:
            return

        def work(job: Job) -> Path:
            write_atomic(path, render_markdown(document).encode("utf-8"))
            return path

        self.runner.submit("export", work, finished=self._on_exported, failed=self._on_job_failed)

    def _partial_document(self) -> TranslatedArticle | None:
        if self.article is None:
            return None
        return TranslatedArticle(
            self.article, self.sentences, list(self.translations), package=self.package
        )

    @Slot(object, object)
    def _on_exported(self, job: Job, path: Path) -> None:
        self.message_bar.show_message(self.tr("Saved {name}.").format(name=path.name), error=False)

    @Slot()
    def _on_open_triggered(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open article"), "", self.tr("Text articles (*.txt *.md);;All files (*)")
        )
        if chosen:
            self.open_article(Path(chosen))

    @Slot()
    def _on_export_triggered(self) -> None:
        if self.article is None:
            return
        suggested = (self.article.source.stem if self.article.source else "kernpunt") + ".en.md"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as Markdown"), suggested, self.tr("Markdown (*.md)")
        )
        if chosen:
            self.export_markdown(Path(chosen))

    # --- errors, state, events ------------------------------------------------------------

    @Slot(object, object)
    def _on_job_failed(self, job: Job, error: BaseException) -> None:
        if isinstance(error, ArticleError | ModelError | ExportError):
            message = str(error)
        else:
            message = self.tr("Something went wrong: {error}").format(error=error)
        self.message_bar.show_message(message)
        if job is self._translation_job:
            self.stage_label.setText(self.tr("Translation stopped."))
            self._end_translation()
        elif self.article is not None:
            self.stage_label.setText(self.tr("Ready"))
        else:
            self.stage_label.setText(self.tr("No article open"))
        self.state_changed.emit()

    def _update_actions(self) -> None:
        translating = self._translation_job is not None
        self.translate_action.setEnabled(self.article is not None and not translating)
        self.cancel_action.setEnabled(translating)
        self.export_action.setEnabled(self.article is not None)
        self.state_changed.emit()

    @property
    def settled(self) -> bool:
        """Whether the window has finished everything it started on its own."""
        return (
            self.models_checked
            and not self.runner.busy
            and self._translation_job is None
            and not (self.auto_translate and self.article is not None and self.package is not None)
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept drags of local files."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open a dropped article, or install a dropped model."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        if paths[0].suffix.lower() == ".argosmodel":
            self.install_model(paths[0])
        else:
            self.open_article(paths[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the worker cleanly before the window goes."""
        self._render_timer.stop()
        self.runner.shutdown()
        super().closeEvent(event)


def _read(path: Path) -> tuple[Article, tuple[Sentence, ...]]:
    article = read_article(path)
    return article, segment(article, "nl")


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setStyleSheet("font-weight: bold; padding: 4px 2px;")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


def _action(parent: QObject, text: str, shortcut: Any = None) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action
