"""Kernpunt's main window: the reader's commands, the layout, drag and drop.

What it shows of the session is bound in ``session_view``; the article list, recovery and
dialogs live in ``window_articles``, ``window_recovery`` and ``window_dialogs``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QVBoxLayout, QWidget

from kernpunt.ui.actions import Actions
from kernpunt.ui.jobs import JobRunner
from kernpunt.ui.reading import ReadingView
from kernpunt.ui.session import ArticleSession
from kernpunt.ui.session_view import SessionView
from kernpunt.ui.settings import Settings
from kernpunt.ui.status import StatusArea
from kernpunt.ui.theme import apply_theme
from kernpunt.ui.widgets import MessageBar
from kernpunt.ui.window_articles import WindowArticles
from kernpunt.ui.window_dialogs import WindowDialogs
from kernpunt.ui.window_recovery import WindowRecovery

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragLeaveEvent, QDropEvent

    from kernpunt.ui.article_list import ArticleList
    from kernpunt.ui.recovery import Recovery

# Start-up work waits this long at most for the first article to be drawn (a start may open none).
FIRST_ARTICLE_WAIT_MS = 1000
# ... and starts it this long after the article was laid out: the event loop draws the article
# first (its repaint is already posted), and a measurement of that frame is not held up either.
AFTER_FIRST_ARTICLE_MS = 50
# A window shown with its first article waits this long at most for it (a large file reads longer).
SHOW_WAIT_MS = 250


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
        self._auto_translated: object | None = None
        self.remember_layout = True
        # Load the model a moment after start-up, so that Translate starts at once.
        self.preload_model = False
        self.runner = JobRunner(self)
        self.session = ArticleSession(self.runner, self)
        self.session.mode = self.settings.mode
        self.session.brief_method = self.settings.brief_method
        self.session.brief_length = self.settings.brief_length
        # The first article shows the window before the panes take it (this runs before the
        # session view lays it out): its layouts then give the panes their real width, and the
        # article is laid out once at that width, not first in panes a few pixels wide. The
        # first frame still holds the article: nothing is painted before the event loop runs.
        self.session.article_loaded.connect(self._show_if_pending)
        self.view = ReadingView()
        self.message_bar = MessageBar()
        self.status = StatusArea()
        self.articles = WindowArticles(self)
        self.recovery = WindowRecovery(self)
        self.dialogs = WindowDialogs(self)
        self.session_view = SessionView(self)
        self.actions_ = Actions(self)
        self._menu_position: QPoint | None = None
        self.alternatives_dialog: QWidget | None = None
        # Translating as an article opens starts a moment later, once the window has drawn it.
        self._auto_timer = QTimer(self, singleShot=True, interval=0)
        self._auto_timer.timeout.connect(self._on_auto_timer_timeout)
        self._start_work: list[Callable[[], object]] | None = []
        self._start_writes: list[Callable[[], object]] = []
        self._start_timer = QTimer(self, singleShot=True, interval=FIRST_ARTICLE_WAIT_MS)
        self._start_timer.timeout.connect(self._on_start_timer_timeout)
        self._show_pending = False
        self.setWindowTitle("Kernpunt")
        self.setAcceptDrops(True)
        self.setStatusBar(self.status)
        self._build_central()
        self._connect()
        self._restore()
        self.update_actions()

    @property
    def article_list(self) -> ArticleList:
        """The article list beside the panes (made when first asked for: see WindowArticles)."""
        return self.articles.article_list

    # --- building -------------------------------------------------------------------------

    def _build_central(self) -> None:
        self._central = central = QWidget()
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.recovery.offer)
        layout.addWidget(self.message_bar)
        self.list_splitter = QSplitter()
        self.list_splitter.addWidget(self.articles.box)
        self.list_splitter.addWidget(self.view)
        self.list_splitter.setStretchFactor(1, 1)
        self.list_splitter.setSizes([220, 1040])
        layout.addWidget(self.list_splitter, 1)
        self.setCentralWidget(central)
        # The keyboard starts in the original: PageDown reads on at once.
        self.view.source_pane.setFocus()
        self.status.set_mode(self.session.mode)
        self.status.set_model(None)

    def _connect(self) -> None:
        self.session_view.article_shown.connect(self.article_shown)
        self.article_shown.connect(self._on_article_shown)
        self.session.failed.connect(self._show_if_pending)
        self.session_view.translation_ended.connect(self.translation_finished)
        self.session.alternatives_ready.connect(self._on_session_alternatives_ready)
        self.view.missing_model.install_requested.connect(self.dialogs.choose_model_file)
        self.view.missing_model.download_requested.connect(self.dialogs.download_model)
        self.view.missing_model.cancel_requested.connect(self.dialogs.cancel_download)
        self.view.translation_pane.sentence_menu_requested.connect(
            self._on_translation_pane_sentence_menu_requested
        )
        self.status.cancel_requested.connect(self.cancel)
        self.status.mode_chosen.connect(self.set_mode)

    def _restore(self) -> None:
        settings = self.settings
        self.resize(1280, 780)
        if not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        self.view.set_stacked(settings.layout == "stacked")
        if not settings.splitter_state.isEmpty():
            self.view.restore_state(settings.splitter_state)
        if settings.zoom:
            self.view.set_zoom(settings.zoom)
        self.actions_.sync_checks()

    # --- the reader's commands ------------------------------------------------------------

    @Slot(object)
    def open_article(self, path: Path) -> None:
        """Read an article on the worker and show it; the current one stays until it is read."""
        self.status.set_stage(self.tr("Reading {name}…").format(name=Path(path).name))
        self.session.open(Path(path))

    def open_paths(self, paths: list[Path]) -> None:
        """Open what the reader gave: one article, a model to install, or several articles.

        Several files or a folder fill the article list beside the panes as they are found,
        and the first article opens at once.
        """
        self.articles.open_paths(paths)

    def reopen_with_encoding(self, encoding: str | None) -> None:
        """Read the current article again with a text encoding the reader chose."""
        article = self.session.article
        self.recovery.choose_encoding(encoding)
        if article is not None and article.source is not None:
            self.status.set_stage(self.tr("Reading {name}…").format(name=article.source.name))
            self.session.open(article.source, encoding=encoding)

    def open_text(self, text: str) -> None:
        """Make a new article of some text (dropped or pasted)."""
        self.status.set_stage(self.tr("Reading the text…"))
        self.session.open_text(text)

    @Slot()
    def refresh_models(self) -> None:
        """Look for an installed Dutch → English model on the worker."""
        self.session.refresh_models()

    @Slot()
    def translate(self) -> None:
        """Translate the current article and make its brief, on the worker."""
        self._auto_translated = self.session.current
        if self.session.translate() is None and self.session.models_checked:
            self.view.show_missing_model(self.session.package is None)

    def maybe_auto_translate(self) -> None:
        """Translate an article by itself once it and a model are there.

        Each article read is translated once as it opens (Settings › Translate articles as
        they open, or a screenshot or a restore that asked for it); Translate runs it again.
        It starts on the next turn of the event loop, after the window has drawn the article:
        the libraries a translation loads on the worker would otherwise hold up that frame.
        """
        if self._auto_due():
            self._auto_timer.start()

    @Slot()
    def _on_auto_timer_timeout(self) -> None:
        if self._auto_due():
            self.auto_translate = False
            self.translate()

    def after_first_article(self, work: Callable[[], object]) -> None:
        """Run start-up work the first frame does not need once the first article is drawn.

        The recovery journal is looked at then, so the article appears sooner; the work runs
        after FIRST_ARTICLE_WAIT_MS when no article comes (a start that opens none, or a slow
        read), and at once when the first article is already on screen.
        """
        if self._start_work is None:
            QTimer.singleShot(0, self, work)
            return
        self._start_work.append(work)
        self._start_timer.start()

    def save_setting(self, write: Callable[[], object]) -> None:
        """Change a setting now, or just after the first frame while the start draws it.

        QSettings writes its file on the next turn of the event loop after a change: before the
        first frame that is a file written (and locked, and renamed) on the GUI thread while the
        reader waits. Held changes are made with the start's work, or when the window closes.
        """
        if self._start_work is None:
            write()
        else:
            self._start_writes.append(write)

    def _save_held_settings(self) -> None:
        writes, self._start_writes = self._start_writes, []
        for write in writes:
            write()

    def show_with_first_article(self) -> None:
        """Show the window as soon as the article it is opening is laid out in it.

        The reader's first frame then holds the article, instead of an empty window redrawn a
        moment later: styles, layouts and panes are worked out once, not twice. The window shows
        anyway when the read fails, and after SHOW_WAIT_MS (no article, or a slow read).
        """
        self._show_pending = True
        QTimer.singleShot(SHOW_WAIT_MS, self, self._show_if_pending)

    @Slot()
    def _show_if_pending(self) -> None:
        if self._show_pending:
            self._show_pending = False
            self.show()

    @Slot()
    def _on_article_shown(self) -> None:
        self._show_if_pending()
        if self._start_work is not None:
            self._start_timer.start(AFTER_FIRST_ARTICLE_MS)

    @Slot()
    def _on_start_timer_timeout(self) -> None:
        work, self._start_work = self._start_work or [], None
        self._save_held_settings()
        for item in work:
            item()

    def _auto_due(self) -> bool:
        session = self.session
        return (
            (self.auto_translate or self.settings.translate_on_open)
            and session.current is not None
            and session.current is not self._auto_translated
            and session.package is not None
            and not session.translating
        )

    @Slot()
    def cancel(self) -> None:
        """Stop the running translation; finished sentences stay."""
        if self.session.translating:
            self.session.cancel()
            self.status.set_stage(self.tr("Cancelling…"))

    def install_model(self, path: Path, *, replace: bool = False) -> None:
        """Install an .argosmodel file on the worker; one installed already only if replace."""
        self.status.set_stage(self.tr("Installing {name}…").format(name=path.name))
        self.session.install_model(path, replace=replace)

    @Slot()
    def rebrief(self) -> None:
        """Choose the brief again, on the complete English translation."""
        self.session.rebrief("english")

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
        self.recovery.note_change()

    def keep_journal(self, path: Path | None = None) -> Recovery | None:
        """Start keeping a recovery journal; return what a crashed run left behind, if anything."""
        return self.recovery.keep_journal(path)

    def show_alternatives(self, index: int) -> None:
        """Ask the model for other translations of a sentence and offer them in a menu."""
        if self.session.alternatives(index) is not None:
            self.status.set_stage(self.tr("Looking for other translations…"))

    @Slot(int, object)
    def _on_translation_pane_sentence_menu_requested(self, index: int, position: QPoint) -> None:
        self._menu_position = position
        self.actions_.sentence_menu(index).exec(position)

    @Slot(int, object)
    def _on_session_alternatives_ready(self, index: int, texts: list[str]) -> None:
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

    # --- state ----------------------------------------------------------------------------

    def update_actions(self) -> None:
        """Enable the commands that make sense now, and tell who waits on the window's state."""
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
            and not self._auto_due()
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
        self.session_view.stop()
        self.runner.shutdown()
        self.recovery.close()
        self._save_held_settings()
        if self.remember_layout:
            self.settings.geometry = self.saveGeometry()
            self.settings.splitter_state = self.view.save_state()
        self.settings.sync()
        super().closeEvent(event)
