"""The Export dialog: the current article or the whole article list, in the reader's format.

It remembers the format, the content and the folder, proposes a file name from the article's
date and title, and never replaces a file without asking. Writing happens on the job runner;
a batch (read, translate and export every article of the list) shows its progress and can be
stopped.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

import kernpunt.qtexport  # noqa: F401  (registers PDF among the formats this dialog offers)
from kernpunt.core.batch.run import BatchProgress, BatchResult
from kernpunt.core.export import (
    CONTENTS,
    FORMATS,
    export_document,
    propose_name,
    unique_path,
)
from kernpunt.ui.core_messages import export_format_label
from kernpunt.ui.errors import reader_message
from kernpunt.ui.export_jobs import export_list
from kernpunt.ui.jobs import Job, Lane
from kernpunt.ui.session import ArticleSession
from kernpunt.ui.settings import Settings
from kernpunt.ui.widgets import SteadyComboBox

_ERROR_STYLE = "color: #b3261e;"


class ExportDialog(QDialog):
    """Chooses what to export and where, then writes it on the worker.

    Signals:
        exported: (Path) a file was written (once per file, also in a batch).
        batch_finished: (list[BatchResult]) a batch ended with these outcomes.
    """

    exported = Signal(object)
    batch_finished = Signal(object)

    def __init__(
        self,
        session: ArticleSession,
        settings: Settings,
        article_paths: Sequence[Path] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.article_paths = list(article_paths)
        self.job: Job | None = None
        self._closing = False
        self._confirmed: Path | None = None
        self._proposed = ""
        self._progress = BatchProgress(0, 0, None)
        self.setWindowTitle(self.tr("Export"))
        self._build()
        self._restore()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.format = _combo(self.tr("Format"), self._format_items())
        self.content = _combo(self.tr("Content"), self._content_items())
        self.this_article = QRadioButton(self.tr("This article"))
        listed = len(self.article_paths)
        self.all_articles = QRadioButton(
            self.tr("All %n article(s) in the list", "", listed)
            if listed
            else self.tr("All articles in the list (the list is empty)")  # not "All 0 articles"
        )
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._choose_folder)
        self.file_name = QLineEdit()
        self.file_name.setAccessibleName(self.tr("File name"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("C&ontent:"), self.content)
        scope = QVBoxLayout()
        scope.addWidget(self.this_article)
        scope.addWidget(self.all_articles)
        form.addRow(self.tr("Export:"), scope)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        folder_label = QLabel(self.tr("F&older:"))
        folder_label.setBuddy(self.folder)  # a row of widgets gets no buddy; the "&" would show
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("File &name:"), self.file_name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.all_articles.toggled.connect(self._on_scope_changed)
        self.folder.textChanged.connect(self._forget_confirmation)
        self.file_name.textChanged.connect(self._forget_confirmation)

    def _format_items(self) -> list[tuple[str, str]]:
        return [(export_format_label(format), key) for key, format in FORMATS.items()]

    def _content_items(self) -> list[tuple[str, str]]:
        labels = {
            "all": self.tr("Brief, original and translation"),
            "brief": self.tr("Brief only"),
            "translation": self.tr("Translation only"),
            "bilingual": self.tr("Original and translation, side by side"),
        }
        return [(labels[key], key) for key in CONTENTS]

    def _restore(self) -> None:
        settings = self.settings
        _select(self.format, settings.export_format)
        _select(self.content, settings.export_content)
        folder = settings.export_folder or settings.last_folder or str(Path.home())
        self.folder.setText(folder)
        has_article = self.session.article is not None
        self.this_article.setEnabled(has_article)
        self.all_articles.setEnabled(bool(self.article_paths))
        (self.this_article if has_article else self.all_articles).setChecked(True)
        self._propose()
        self._on_scope_changed(self.all_articles.isChecked())

    # --- the reader's choices -------------------------------------------------------------

    @property
    def chosen_format(self) -> str:
        """The format's key, such as ``docx``."""
        return str(self.format.currentData())

    @property
    def chosen_content(self) -> str:
        """The content's key, such as ``all``."""
        return str(self.content.currentData())

    @property
    def target(self) -> Path:
        """The file the current article goes to."""
        return Path(self.folder.text().strip()).expanduser() / self.file_name.text().strip()

    def _propose(self) -> None:
        article = self.session.article
        if article is None:
            return
        suffix = FORMATS[self.chosen_format].suffix
        folder = Path(self.folder.text().strip()).expanduser()
        self._proposed = unique_path(folder, propose_name(article, suffix)).name
        self.file_name.setText(self._proposed)

    @Slot(int)
    def _on_format_changed(self, _: int) -> None:
        name = self.file_name.text().strip()
        if not name or name == self._proposed:
            self._propose()
            return
        # Keep the reader's own name; only its suffix follows the format.
        suffix = FORMATS[self.chosen_format].suffix
        known = {item.suffix for item in FORMATS.values()}
        stem = name[: -len(Path(name).suffix)] if Path(name).suffix in known else name
        self.file_name.setText(stem + suffix)

    @Slot(bool)
    def _on_scope_changed(self, batch: bool) -> None:
        self.file_name.setEnabled(not batch)
        self._forget_confirmation()

    @Slot()
    def _forget_confirmation(self) -> None:
        self._confirmed = None

    @Slot()
    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)
            if self.file_name.text().strip() == self._proposed:
                self._propose()

    # --- exporting ------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        """Export what the reader chose; a problem is shown in the dialog, which stays open."""
        if self.job is not None:
            return
        folder = Path(self.folder.text().strip()).expanduser()
        if not folder.is_dir():
            self.show_message(
                self.tr("The folder {folder} does not exist.").format(folder=folder), error=True
            )
            return
        if self.all_articles.isChecked():
            self._start_batch(folder)
        else:
            self._start_one()

    def _remember(self) -> None:
        self.settings.export_format = self.chosen_format
        self.settings.export_content = self.chosen_content
        self.settings.export_folder = self.folder.text().strip()

    def _start_one(self) -> None:
        document = self.session.document()
        if document is None:
            return
        target = self.target
        if not self.file_name.text().strip():
            self.show_message(self.tr("Give the file a name."), error=True)
            return
        if target.exists() and self._confirmed != target:
            self._confirmed = target
            self.show_message(
                self.tr("“{name}” exists. Press Export again to replace it.").format(
                    name=target.name
                ),
                error=True,
            )
            return
        self._remember()
        fmt, content = self.chosen_format, self.chosen_content
        self._set_busy(True)
        self.job = self.session.runner.submit(
            "export",
            lambda job: export_document(document, target, fmt, content),
            finished=self._on_exported,
            failed=self._on_failed,
            cancelled=self._on_cancelled,
            lane=Lane.IO,
        )

    def _start_batch(self, folder: Path) -> None:
        session = self.session
        package = session.package
        if package is None:
            self.show_message(
                self.tr("Install a Dutch → English model to translate the articles first."),
                error=True,
            )
            return
        self._remember()
        paths = list(self.article_paths)
        work = export_list(session, package, paths, folder, self.chosen_format, self.chosen_content)
        self._progress = BatchProgress(0, len(paths), None)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self._set_busy(True)
        self.job = session.runner.submit(
            "export-batch",
            work,
            progressed=self._on_batch_progress,
            finished=self._on_batch_finished,
            failed=self._on_failed,
            cancelled=self._on_cancelled,
        )

    def reject(self) -> None:
        """Close, or stop the running export first (the dialog closes once it stopped)."""
        if self.job is not None:
            self._closing = True
            self.job.cancel()
            self.show_message(self.tr("Stopping…"), error=False)
            return
        super().reject()

    # --- results --------------------------------------------------------------------------

    @Slot(object, object)
    def _on_exported(self, job: Job, path: Path) -> None:
        self.job = None
        self._set_busy(False)
        self.exported.emit(path)
        self.accept()

    @Slot(object, object)
    def _on_batch_progress(self, job: Job, progress: BatchProgress) -> None:
        self._progress = progress
        self.progress.setValue(progress.done)
        if progress.current is not None:
            self.show_message(
                self.tr("Exporting {number} of {total}: {name}").format(
                    number=progress.done + 1, total=progress.total, name=progress.current.name
                ),
                error=False,
            )

    @Slot(object, object)
    def _on_batch_finished(self, job: Job, items: list[BatchResult]) -> None:
        self.job = None
        self._set_busy(False)
        for item in items:
            if item.status == "translated" and item.target is not None:
                self.exported.emit(item.target)
        written = sum(item.status == "translated" for item in items)
        lines = [
            self.tr("Exported %n article(s) to {folder}.", "", written).format(
                folder=self.folder.text().strip()
            )
        ]
        lines += [
            self.tr("Not exported: {name}: {reason}").format(
                name=item.source.name, reason=item.error
            )
            for item in items
            if item.error is not None
        ]
        self.show_message("\n".join(lines), error=written < len(items))
        self.batch_finished.emit(items)

    @Slot(object, object)
    def _on_failed(self, job: Job, error: BaseException) -> None:
        self.job = None
        self._set_busy(False)
        self.show_message(reader_message(error), error=True)

    @Slot(object)
    def _on_cancelled(self, job: Job) -> None:
        self.job = None
        self._set_busy(False)
        progress = self._progress
        self.show_message(
            self.tr("Stopped after {done} of {total}; the files already written stay.").format(
                done=progress.done, total=progress.total
            ),
            error=False,
        )

    def show_message(self, text: str, *, error: bool) -> None:
        """Show a line of news in the dialog: red for a problem."""
        self.message.setStyleSheet(_ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        if not busy and self._closing:
            self._closing = False
            super().reject()
        self.export_button.setEnabled(not busy)
        for widget in (self.format, self.content, self.folder, self.this_article):
            widget.setEnabled(not busy)
        self.all_articles.setEnabled(not busy and bool(self.article_paths))
        self.file_name.setEnabled(not busy and not self.all_articles.isChecked())
        if not busy:
            self.this_article.setEnabled(self.session.article is not None)


def _combo(name: str, items: list[tuple[str, str]]) -> QComboBox:
    box = SteadyComboBox()
    box.setAccessibleName(name)
    for label, value in items:
        box.addItem(label, value)
    return box


def _select(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))
