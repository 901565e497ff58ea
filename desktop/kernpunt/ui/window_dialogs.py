"""The window's dialogs: choosing files and folders, export, models, settings, the log."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication

from kernpunt.ui.jobs import Job, Lane
from kernpunt.ui.logs import current_log
from kernpunt.ui.wording import model_name

if TYPE_CHECKING:
    from kernpunt.core.models.index import AvailablePackage
    from kernpunt.core.models.packages import InstalledPackage
    from kernpunt.ui.main_window import MainWindow
    from kernpunt.ui.models_dialog import ModelDownload


class WindowDialogs(QObject):
    """Opens the window's dialogs and hands what the reader chose to the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._downloads: ModelDownload | None = None

    @Slot()
    def choose_article(self) -> None:
        """Ask for articles to open."""
        from PySide6.QtWidgets import QFileDialog

        window = self.window
        chosen, _ = QFileDialog.getOpenFileNames(
            window, self.tr("Open article"), window.settings.last_folder, self._article_filters()
        )
        if chosen:
            window.settings.last_folder = str(Path(chosen[0]).parent)
            window.articles.open_paths([Path(path) for path in chosen])

    def _article_filters(self) -> str:
        """Every article Kernpunt reads, then each format under its own name, then any file."""
        from kernpunt.core.formats import ARTICLE_FORMATS
        from kernpunt.ui.core_messages import article_format_label

        def patterns(suffixes: Iterable[str]) -> str:
            return " ".join(f"*{suffix}" for suffix in suffixes)

        formats = ARTICLE_FORMATS.values()
        every = patterns(suffix for item in formats for suffix in item.suffixes)
        filters = [self.tr("Articles ({patterns})").format(patterns=every)]
        filters += [f"{article_format_label(item)} ({patterns(item.suffixes)})" for item in formats]
        filters.append(self.tr("All files (*)"))
        return ";;".join(filters)

    @Slot()
    def choose_folder(self) -> None:
        """Ask for a folder of articles."""
        from PySide6.QtWidgets import QFileDialog

        window = self.window
        chosen = QFileDialog.getExistingDirectory(
            window, self.tr("Open folder"), window.settings.last_folder
        )
        if chosen:
            window.settings.last_folder = chosen
            window.articles.open_paths([Path(chosen)])

    @Slot()
    def choose_model_file(self) -> None:
        """Ask for an .argosmodel file to install."""
        from PySide6.QtWidgets import QFileDialog

        window = self.window
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            self.tr("Install model"),
            window.settings.last_folder,
            self.tr("Argos models (*.argosmodel)"),
        )
        if chosen:
            window.install_model(Path(chosen))

    @Slot()
    def download_model(self) -> None:
        """Download the Dutch → English model from the index, asked from the missing-model notice.

        Only now is the index looked up; when it cannot be reached the notice says so and
        keeps Install model from file.
        """
        downloads = self._downloads
        if downloads is None:
            from kernpunt.ui.models_dialog import ModelDownload

            downloads = self._downloads = ModelDownload(self.window.runner, self)
            downloads.index_found.connect(self._on_index_found)
            downloads.index_failed.connect(self._on_download_failed)
            downloads.progressed.connect(self.window.view.missing_model.show_progress)
            downloads.installed.connect(self._on_model_downloaded)
            downloads.failed.connect(self._on_download_failed)
            downloads.cancelled.connect(self._on_download_cancelled)
        elif downloads.downloading:
            return
        self.window.view.missing_model.show_busy(self.tr("Looking up the model index…"))
        downloads.check(self.window.settings.index_url)

    @Slot()
    def cancel_download(self) -> None:
        """Stop the model download; nothing is installed."""
        if self._downloads is not None:
            self._downloads.cancel()

    @Slot(object)
    def _on_index_found(self, packages: list[AvailablePackage]) -> None:
        notice = self.window.view.missing_model
        package = next(
            (item for item in packages if (item.from_code, item.to_code) == ("nl", "en")), None
        )
        if package is None or self._downloads is None:
            notice.show_result(
                self.tr("The model index offers no Dutch → English model. Install one from a file.")
            )
            return
        text = self.tr("Downloading {label}…").format(label=model_name(package))
        if package.size:
            text = self.tr("Downloading {label} ({size:.0f} MB)…").format(
                label=model_name(package), size=package.size / 1e6
            )
        notice.show_busy(text)
        self._downloads.download(package)

    @Slot(object)
    def _on_model_downloaded(self, package: InstalledPackage) -> None:
        self.window.view.missing_model.show_result("")
        self.window.message_bar.show_message(
            self.tr("Installed the model {model}.").format(model=model_name(package)), error=False
        )
        self.window.refresh_models()

    @Slot(object)
    def _on_download_failed(self, error: BaseException) -> None:
        from kernpunt.core.models.packages import ModelExistsError
        from kernpunt.ui.errors import reader_message

        if isinstance(error, ModelExistsError):
            self.window.view.missing_model.show_result("")
            self.window.refresh_models()
            return
        self.window.view.missing_model.show_result(
            self.tr("{message} You can still install a model from a file.").format(
                message=reader_message(error)
            )
        )

    @Slot()
    def _on_download_cancelled(self) -> None:
        self.window.view.missing_model.show_result(
            self.tr("Download cancelled; nothing was installed.")
        )

    @Slot()
    def choose_export_file(self) -> None:
        """Open the Export dialog: this article, or every article of the list."""
        from kernpunt.ui.export_dialog import ExportDialog

        window = self.window
        if window.session.article is None:
            return
        dialog = ExportDialog(window.session, window.settings, window.articles.paths(), window)
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.exec()
        dialog.deleteLater()  # else every export left a hidden dialog behind in the window

    @Slot(object)
    def _on_export_dialog_exported(self, path: Path) -> None:
        self.window.settings.last_folder = str(path.parent)
        self.window.message_bar.show_message(
            self.tr("Saved {name}.").format(name=path.name), error=False
        )

    @Slot()
    def show_models(self) -> None:
        """Open the Models dialog; the window follows what it installs or removes."""
        from kernpunt.ui.models_dialog import ModelsDialog

        window = self.window
        dialog = ModelsDialog(window.runner, window.settings.index_url, window)
        dialog.models_changed.connect(window.refresh_models)
        dialog.exec()

    @Slot()
    def show_settings(self) -> None:
        """Open the Settings dialog and apply what the reader changed."""
        from kernpunt.ui.settings_dialog import SettingsDialog

        window, session = self.window, self.window.session
        dialog = SettingsDialog(window.settings, window)
        dialog.clear_cache_requested.connect(session.clear_cache)
        session.cache_measured.connect(dialog.show_cache_size)
        session.measure_cache()
        folder = window.settings.model_folder
        try:
            if dialog.exec():
                self.apply_settings(models_moved=folder != window.settings.model_folder)
        finally:
            session.cache_measured.disconnect(dialog.show_cache_size)

    def apply_settings(self, *, models_moved: bool = False) -> None:
        """Make the window follow its settings after they changed."""
        window, settings = self.window, self.window.settings
        window.set_mode(settings.mode)
        window.session.brief_method = settings.brief_method
        window.session.brief_length = settings.brief_length
        window.session.threads = settings.threads
        window.set_theme(settings.theme)
        window.session_view.show_translate_hint()
        window.maybe_auto_translate()
        if models_moved:
            use_model_folder(settings.model_folder)
            window.refresh_models()

    @Slot()
    def paste_article(self) -> None:
        """Make a new article of the text on the clipboard."""
        text = QApplication.clipboard().text()
        if text.strip():
            self.window.open_text(text)
        else:
            self.window.message_bar.show_message(self.tr("The clipboard holds no text to read."))

    @Slot()
    def show_log(self) -> Job:
        """Open the log in the reader's text viewer (made first, empty, if nothing was logged)."""
        log = current_log()

        def work(job: Job) -> Path:
            log.parent.mkdir(parents=True, exist_ok=True)
            log.touch()
            return log

        return self.window.runner.submit(
            "log", work, finished=self._on_log_ready, failed=self._on_log_failed, lane=Lane.IO
        )

    @Slot(object, object)
    def _on_log_ready(self, job: Job, path: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._on_log_failed(job, None)

    @Slot(object, object)
    def _on_log_failed(self, job: Job, error: object) -> None:
        self.window.message_bar.show_message(
            self.tr("Kernpunt could not open its log. It is {path}.").format(path=current_log())
        )


_ARGOS_PACKAGES_DIR = os.environ.get("ARGOS_PACKAGES_DIR")


def use_model_folder(folder: str) -> None:
    """Point model lookups at the reader's folder, or back at the one Argos would use."""
    if folder:
        os.environ["ARGOS_PACKAGES_DIR"] = folder
    elif _ARGOS_PACKAGES_DIR is not None:
        os.environ["ARGOS_PACKAGES_DIR"] = _ARGOS_PACKAGES_DIR
    else:
        os.environ.pop("ARGOS_PACKAGES_DIR", None)
