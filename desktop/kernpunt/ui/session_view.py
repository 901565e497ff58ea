"""What the window shows of the session: its signals bound to the panes, status and messages.

The session changes its one :class:`~kernpunt.core.document.TranslatedArticle` and says what
changed; this binds each of those signals to the part of the window that shows it. Translated
sentences are gathered for a moment and laid out together, by index.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kernpunt.ui.session import Stage
from kernpunt.ui.wording import language_name, model_name

if TYPE_CHECKING:
    from pathlib import Path

    from kernpunt.core.brief.choose import Brief
    from kernpunt.core.brief.keyterms import ReaderTerm
    from kernpunt.core.engine.streaming import Progress
    from kernpunt.core.models.packages import InstalledPackage
    from kernpunt.ui.main_window import MainWindow

RENDER_DELAY_MS = 80
PRELOAD_DELAY_MS = 1500


class SessionView(QObject):
    """Binds an :class:`~kernpunt.ui.session.ArticleSession`'s signals to the window.

    Signals:
        article_shown: an article was loaded and is displayed in the original pane.
        translation_ended: a translation job ended (done, cancelled or failed) and is shown.
    """

    article_shown = Signal()
    translation_ended = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pending: set[int] = set()
        self._render_timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self._on_render_timer_timeout)
        window.session.follow(self)
        self.show_translate_hint()

    def show_translate_hint(self) -> None:
        """Say in the empty translation pane how its translation comes: by itself, or Translate."""
        if self.window.settings.translate_on_open:
            hint = self.tr("The translation appears here by itself as soon as an article is read.")
        else:
            hint = self.tr("Press Translate (Ctrl+T) to translate the article on this computer.")
        self.window.view.translation_pane.setPlaceholderText(hint)

    def stop(self) -> None:
        """Lay out nothing more (the window is closing)."""
        self._render_timer.stop()

    def _render_pending(self) -> None:
        self._render_timer.stop()
        pending, self._pending = self._pending, set()
        self.window.view.show_translations(pending)

    # --- the article ----------------------------------------------------------------------

    @Slot()
    def _on_session_article_loaded(self) -> None:
        window, session = self.window, self.window.session
        document = session.current
        assert document is not None
        article = document.article
        self._render_timer.stop()
        self._pending.clear()
        window.message_bar.hide()
        window.view.set_document(document)
        window.setWindowTitle(self.tr("{title} — Kernpunt").format(title=article.title))
        if article.source is not None:
            window.save_setting(partial(window.settings.add_recent, str(article.source)))
        window.articles.mark_current(article.source)
        stage = self.tr("%n sentence(s)", "", len(document.sentences))
        if article.date:
            stage += self.tr(" · dated {date}").format(date=article.date)
        window.status.set_stage(stage)
        window.status.set_encoding(article.encoding)
        window.status.end_progress()
        window.recovery.apply_restored()
        window.update_actions()
        window.recovery.note_change()
        self.article_shown.emit()
        window.maybe_auto_translate()

    @Slot()
    def _on_session_language_found(self) -> None:
        """Warn, once the article's language is known, when it does not look Dutch."""
        article = self.window.session.article
        if article is not None and not article.looks_dutch:
            self.window.message_bar.show_message(
                self.tr(
                    "This article looks like it is not in Dutch (detected: {language}). "
                    "The translation may be poor."
                ).format(language=language_name(article.language)),
                error=False,
            )

    @Slot()
    def _on_session_models_changed(self) -> None:
        window = self.window
        package = window.session.package
        window.view.show_missing_model(package is None)
        window.status.set_model(model_name(package) if package else None)
        window.update_actions()
        window.maybe_auto_translate()
        if package is not None and window.preload_model:
            QTimer.singleShot(PRELOAD_DELAY_MS, window.session.preload)

    @Slot(object)
    def _on_session_model_installed(self, package: InstalledPackage) -> None:
        self.window.message_bar.show_message(
            self.tr("Installed the model {model}.").format(model=model_name(package)), error=False
        )
        self.window.status.set_stage(self.tr("Ready"))

    @Slot(object, str)
    def _on_session_model_exists(self, path: Path, message: str) -> None:
        window = self.window
        window.status.set_stage(self.tr("Ready") if window.session.article else "")
        window.message_bar.show_message(
            message,
            action=(self.tr("Replace"), partial(window.install_model, path, replace=True)),
        )

    # --- the translation ------------------------------------------------------------------

    @Slot(int)
    def _on_session_translation_started(self, total: int) -> None:
        window = self.window
        window.recovery.note_change()
        self._render_pending()
        window.view.set_brief([])
        window.status.start_progress(total)
        window.update_actions()

    @Slot(int)
    def _on_session_translation_changed(self, index: int) -> None:
        self._pending.add(index)
        if index in self.window.view.brief:
            # A brief sentence is what the reader waits for: shown at once, not gathered.
            self._render_pending()
        elif not self._render_timer.isActive():
            self._render_timer.start()

    @Slot()
    def _on_render_timer_timeout(self) -> None:
        self._render_pending()

    @Slot(object)
    def _on_session_progress_changed(self, progress: Progress) -> None:
        self.window.status.show_progress(progress)

    @Slot(object)
    def _on_session_stage_changed(self, stage: Stage) -> None:
        texts = {
            Stage.LOADING: self.tr("Loading the model…"),
            Stage.TRANSLATING: self.tr("Translating…"),
            Stage.BRIEFING: self.tr("Writing the brief…"),
        }
        self.window.status.set_stage(texts[stage])

    @Slot(object)
    def _on_session_brief_changed(self, brief: Brief | None) -> None:
        self._render_pending()
        self.window.view.set_brief(brief.indices if brief else [])
        if brief is not None and brief.note:
            self.window.message_bar.show_message(brief.note, error=False)

    @Slot(object)
    def _on_session_key_terms_changed(self, terms: tuple[ReaderTerm, ...]) -> None:
        self.window.view.set_key_terms(terms)
        self.window.update_actions()  # the window may have settled with them

    @Slot()
    def _on_session_finding_terms_changed(self) -> None:
        # Greyed while they are found again, after an edit or once the translation is whole.
        self.window.view.key_terms.setEnabled(not self.window.session.finding_terms)

    @Slot(str)
    def _on_session_translation_finished(self, outcome: str) -> None:
        window, session = self.window, self.window.session
        self._render_pending()
        done = sum(text is not None for text in session.translations)
        total = len(session.sentences)
        if outcome == "done":
            window.status.set_stage(
                self.tr("Translated %n sentence(s) with {model}", "", total).format(
                    model=model_name(session.package) if session.package else ""
                )
            )
        elif outcome == "cancelled":
            window.status.set_stage(
                self.tr("Cancelled: {done} of %n sentence(s) translated", "", total).format(
                    done=done
                )
            )
        else:
            window.status.set_stage(self.tr("Translation stopped."))
        window.status.end_progress()
        window.update_actions()
        self.translation_ended.emit()

    @Slot(str)
    def _on_session_failed(self, message: str) -> None:
        window = self.window
        window.message_bar.show_message(message)
        if window.session.article is not None:
            window.status.set_stage(self.tr("Ready"))
        else:
            window.status.set_stage(self.tr("No article open"))
        window.update_actions()
