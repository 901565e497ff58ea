"""The window's side of crash recovery: keeping the journal, and bringing a crashed run back.

What a crashed run left is offered in a bar of its own, which article loads leave alone; the
old journal is deleted only when the reader restores it or discards it. Until then it waits
beside this window's own journal, and a window that closes first leaves it for the next start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from kernpunt.core.paths import sample_article
from kernpunt.ui.jobs import Lane
from kernpunt.ui.widgets import MessageBar

if TYPE_CHECKING:
    from kernpunt.ui.main_window import MainWindow
    from kernpunt.ui.recovery import Recovery

JOURNAL_DELAY_MS = 300


class WindowRecovery(QObject):
    """Writes what the reader is working on to the journal a moment after it changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.journal: Path | None = None
        self._restoring: Recovery | None = None
        self.offered: Path | None = None
        self.offer = MessageBar(closable=False)
        self.offer.setAccessibleName(self.tr("Restore what was open"))
        self._chosen_encoding: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=JOURNAL_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def keep_journal(self, path: Path | None = None) -> Recovery | None:
        """Start keeping a recovery journal; return what a crashed run left behind, if anything.

        The old journal is read before this run writes its own.
        """
        from kernpunt.ui import recovery

        self.journal = path or recovery.journal_path()
        damaged: list[Path] = []
        found = recovery.load(self.journal, on_damaged=damaged.append)
        # Said in the offer's bar, which the start article's loading leaves alone.
        notes = [
            self.tr(
                "Kernpunt could not read what it saved before it last closed, so it cannot "
                "bring that back. The damaged file was kept as {path}."
            ).format(path=aside)
            for aside in damaged
        ]
        if found is not None:
            self.offered = recovery.hold_offer(self.journal)
            text = self.tr(
                "Kernpunt did not close properly last time. Bring back the articles you "
                "were reading and your edits?"
            )
            self.offer.show_message(
                " ".join([*notes, text]),
                error=False,
                action=(self.tr("Restore"), lambda: self.restore(found)),
                second_action=(self.tr("Discard"), self.discard),
            )
        elif notes:
            self.offer.show_message(" ".join(notes), error=False, action=(self.tr("OK"), _nothing))
        self.note_change()  # an article opened before the journal was kept goes into it
        return found

    def discard(self) -> None:
        """The reader does not want the crashed run back: forget it for good."""
        self.offer.hide()
        self._forget_offer()

    def _forget_offer(self) -> None:
        from kernpunt.ui import recovery

        offered, self.offered = self.offered, None
        if offered is not None and offered != self.journal:
            recovery.clear(offered)

    def restore(self, found: Recovery) -> None:
        """Bring back a crashed run's article list, article and edits.

        The old journal is deleted once the article is read again and the edits are back.
        """
        window = self.window
        self.offer.hide()
        paths = [Path(path) for path in found.articles if Path(path).exists()]
        if len(paths) > 1:
            window.articles.show_list(paths)
        self._restoring = found
        if found.path and Path(found.path).exists():
            window.status.set_stage(self.tr("Restoring…"))
            self.choose_encoding(found.encoding)
            window.session.open(Path(found.path), encoding=found.encoding)
        elif found.path:
            # Moved or deleted since: say so, rather than a Restore that does nothing.
            gone = Path(found.path)
            window.message_bar.show_message(
                self.tr(
                    "Could not bring back {name}: it is no longer in {folder}. Your edits of it "
                    "are lost."
                ).format(name=gone.name, folder=gone.parent)
            )
            self._restoring = None
            self._forget_offer()
            if paths:
                window.open_article(paths[0])
        elif found.text:
            window.session.open_text(found.text)
        elif paths:
            window.open_article(paths[0])
        elif found.edits:
            # The bundled sample article, whose place differs from one install to the next.
            window.open_article(sample_article())
        else:
            self._restoring = None
            self._forget_offer()

    def choose_encoding(self, encoding: str | None) -> None:
        """Remember the encoding the reader chose for the current article."""
        self._chosen_encoding = encoding

    def apply_restored(self) -> None:
        """Put back the reader's edits once the restored article is read."""
        found, self._restoring = self._restoring, None
        session = self.window.session
        if found is None:
            return
        for index, (source, text) in found.edits.items():
            if index < len(session.sentences) and session.sentences[index].text == source:
                session.edit_translation(index, text)
        if found.translating:
            self.window.auto_translate = True
        self._forget_offer()

    def note_change(self) -> None:
        """Write the journal a moment from now."""
        if self.journal is not None and not self._timer.isActive():
            self._timer.start()

    def close(self) -> None:
        """A clean exit: nothing of this run to recover next time.

        A crashed run's journal the reader has not answered yet stays for the next start.
        """
        from kernpunt.ui import recovery

        self._timer.stop()
        if self.journal is not None:
            recovery.clear(self.journal)

    @Slot()
    def _on_timer_timeout(self) -> None:
        from kernpunt.ui import recovery

        window = self.window
        session, article = window.session, window.session.article
        if self.journal is None or article is None or self.offered == self.journal:
            return
        bundled = article.source is not None and article.source == sample_article()
        state = recovery.Recovery(
            articles=[str(path) for path in window.articles.paths()],
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
        window.runner.submit("journal", lambda job: recovery.save(state, journal), lane=Lane.IO)


def _nothing() -> None:
    """What OK does: the bar hides itself."""
