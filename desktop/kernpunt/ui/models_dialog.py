"""The Models dialog: installed translation models, and downloads the reader asks for.

Nothing here touches the network until the reader presses "Check for models" (or Download
in the missing-model notice): listing installed models, installing from a file and removing
read only this computer's files. ``ModelDownload`` is the one way the window looks up the
index and downloads a model, for this dialog and for the notice alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kernpunt.ui.errors import reader_message
from kernpunt.ui.jobs import Job, JobRunner, Lane
from kernpunt.ui.widgets import fit_to_screen
from kernpunt.ui.wording import model_name, time_left

if TYPE_CHECKING:
    from kernpunt.core.models.download import DownloadProgress
    from kernpunt.core.models.index import AvailablePackage
    from kernpunt.core.models.packages import InstalledPackage

DATA_ROLE = 256  # Qt.ItemDataRole.UserRole


class ModelDownload(QObject):
    """Looks up the model index and downloads one model, on the download worker.

    Signals:
        index_found: (list of AvailablePackage) what the index offers.
        index_failed: (BaseException) the index could not be read.
        progressed: (text, fraction or -1.0) how far a download is, in the reader's words:
            size done or percent, speed, and time left.
        installed: (InstalledPackage) a download was installed.
        failed: (BaseException) the index or a download failed; nothing was installed.
        cancelled: a download was cancelled; nothing was installed.
    """

    index_found = Signal(object)
    index_failed = Signal(object)
    progressed = Signal(str, float)
    installed = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.job: Job | None = None

    def check(self, index_url: str = "") -> Job:
        """Fetch the model index: the only network use besides downloads."""
        from kernpunt.core.models.index import fetch_index

        url = index_url or None
        return self.runner.submit(
            "index",
            lambda job: fetch_index(url),
            finished=self._on_index,
            failed=self._on_index_failed,
            lane=Lane.DOWNLOAD,
        )

    def download(self, package: AvailablePackage, *, replace: bool = False) -> Job:
        """Download and install a model, reporting progress; cancel() stops it."""
        from kernpunt.core.models.download import download_package

        self.job = self.runner.submit(
            "download",
            lambda job: download_package(
                package, on_progress=job.report_progress, cancel=job.token, replace=replace
            ),
            progressed=self._on_progress,
            finished=self._on_downloaded,
            failed=self._on_failed,
            cancelled=self._on_cancelled,
            lane=Lane.DOWNLOAD,
        )
        return self.job

    @property
    def downloading(self) -> bool:
        """Whether a download is running."""
        return self.job is not None

    def cancel(self) -> None:
        """Stop the running download, if any; nothing is installed."""
        if self.job is not None:
            self.job.cancel()

    def describe(self, progress: DownloadProgress) -> str:
        """A download's progress as a reader reads it: done, speed and time left."""
        if progress.fraction is None:
            text = self.tr("{done:.1f} MB").format(done=progress.done / 1e6)
        else:
            text = self.tr("{percent:.0f} %").format(percent=progress.fraction * 100)
        text += self.tr(" · {speed:.1f} MB/s").format(speed=progress.bytes_per_second / 1e6)
        if progress.seconds_left is not None:
            text += " · " + time_left(progress.seconds_left)
        return text

    @Slot(object, object)
    def _on_index(self, job: Job, packages: list[AvailablePackage]) -> None:
        self.index_found.emit(packages)

    @Slot(object, object)
    def _on_index_failed(self, job: Job, error: BaseException) -> None:
        self.index_failed.emit(error)

    @Slot(object, object)
    def _on_progress(self, job: Job, progress: DownloadProgress) -> None:
        fraction = -1.0 if progress.fraction is None else progress.fraction
        self.progressed.emit(self.describe(progress), fraction)

    @Slot(object, object)
    def _on_downloaded(self, job: Job, package: InstalledPackage) -> None:
        self.job = None
        self.installed.emit(package)

    @Slot(object, object)
    def _on_failed(self, job: Job, error: BaseException) -> None:
        self.job = None
        self.failed.emit(error)

    @Slot(object)
    def _on_cancelled(self, job: Job) -> None:
        self.job = None
        self.cancelled.emit()


class ModelsDialog(QDialog):
    """Installed models with their details, install from file, remove, and download.

    Signals:
        models_changed: a model was installed or removed.
    """

    models_changed = Signal()

    def __init__(self, runner: JobRunner, index_url: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.index_url = index_url
        self.downloads = ModelDownload(runner, self)
        self.downloads.index_found.connect(self._on_index)
        self.downloads.index_failed.connect(self._on_index_failed)
        self.downloads.progressed.connect(self._on_download_progress)
        self.downloads.installed.connect(self._on_downloaded)
        self.downloads.failed.connect(self._on_download_failed)
        self.downloads.cancelled.connect(self._on_download_cancelled)
        self._install_path: Path | None = None
        self._download_package: AvailablePackage | None = None
        self.setWindowTitle(self.tr("Translation models"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._installed_tab(), self.tr("Installed"))
        self.tabs.addTab(self._available_tab(), self.tr("Download"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, width=760, height=520)
        self.refresh()

    # --- installed ------------------------------------------------------------------------

    def _installed_tab(self) -> QWidget:
        self.installed = QListWidget()
        self.installed.setAccessibleName(self.tr("Installed models"))
        self.installed.currentItemChanged.connect(self._on_installed_selected)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Model details"))
        self.details.setOpenExternalLinks(False)
        self.install_button = QPushButton(self.tr("Install from file…"))
        self.install_button.clicked.connect(self._on_install_clicked)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.remove_button.setEnabled(False)
        split = QSplitter()
        split.addWidget(self.installed)
        split.addWidget(self.details)
        split.setSizes([280, 440])
        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        return page

    def refresh(self) -> None:
        """List the installed models again, on the worker."""
        self.runner.submit("models", _list_installed, finished=self._on_listed, lane=Lane.IO)

    @Slot(object, object)
    def _on_listed(self, job: Job, rows: list[tuple[InstalledPackage, int, str]]) -> None:
        self.installed.clear()
        for package, size, details in rows:
            item = QListWidgetItem(
                self.tr("{label} · {size} MB").format(
                    label=model_name(package), size=megabytes(size)
                )
            )
            item.setData(DATA_ROLE, (package, details))
            self.installed.addItem(item)
        if not rows:
            self.details.setPlainText(self.tr("No translation models are installed."))
        else:
            self.installed.setCurrentRow(0)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_installed_selected(self, item: QListWidgetItem | None, _: Any) -> None:
        self.remove_button.setEnabled(item is not None)
        if item is not None:
            self.details.setMarkdown(item.data(DATA_ROLE)[1])

    @Slot()
    def _on_install_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install model"), "", self.tr("Argos models (*.argosmodel)")
        )
        if chosen:
            self.install(Path(chosen))

    def install(self, path: Path, *, replace: bool = False) -> None:
        """Install a model file; a model of the same name is replaced only after asking."""
        from kernpunt.ui.session import submit_install

        self.message.setText(self.tr("Installing {name}…").format(name=path.name))
        self._install_path = path
        submit_install(self.runner, path, replace, self._on_changed, self._on_install_failed)

    @Slot(object, object)
    def _on_install_failed(self, job: Job, error: BaseException) -> None:
        from kernpunt.core.models.packages import ModelExistsError

        path = self._install_path
        if (
            path is not None
            and isinstance(error, ModelExistsError)
            and self.confirm(
                self.tr("Replace model"),
                self.tr("{message}\n\nReplace the installed model?").format(message=error),
            )
        ):
            self.install(path, replace=True)
            return
        self._show_error(error)

    @Slot()
    def _on_remove_clicked(self) -> None:
        item = self.installed.currentItem()
        if item is None:
            return
        package = item.data(DATA_ROLE)[0]
        if not self.confirm(
            self.tr("Remove model"),
            self.tr("Remove the model {label}? Kernpunt cannot translate with it any more.").format(
                label=model_name(package)
            ),
        ):
            return
        from kernpunt.core.models.packages import remove_package

        self.runner.submit(
            "remove",
            lambda job: remove_package(package),
            finished=self._on_changed,
            failed=self._on_failed,
            lane=Lane.IO,
        )

    @Slot(object, object)
    def _on_changed(self, job: Job, result: Any) -> None:
        label = getattr(result, "label", None)
        self.message.setText(
            self.tr("Installed {label}.").format(label=label) if label else self.tr("Removed.")
        )
        self.models_changed.emit()
        self.refresh()

    # --- download -------------------------------------------------------------------------

    def _available_tab(self) -> QWidget:
        self.check_button = QPushButton(self.tr("Check for models"))
        self.check_button.setToolTip(
            self.tr("Connects to the model index. Nothing else ever leaves this computer.")
        )
        self.check_button.clicked.connect(self.check_index)
        self.available = QListWidget()
        self.available.setAccessibleName(self.tr("Models to download"))
        self.download_button = QPushButton(self.tr("Download and install"))
        self.download_button.setEnabled(False)
        self.download_button.clicked.connect(self._on_download_clicked)
        self.available.currentItemChanged.connect(
            lambda item, _: self.download_button.setEnabled(item is not None)
        )
        self.download_progress = QProgressBar()
        self.download_progress.setAccessibleName(self.tr("Download progress"))
        self.download_progress.hide()
        self.cancel_download = QPushButton(self.tr("Cancel download"))
        self.cancel_download.hide()
        self.cancel_download.clicked.connect(self._on_cancel_download)
        self.download_status = QLabel(
            self.tr("Kernpunt looks for models only when you ask. Press “Check for models”.")
        )
        self.download_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.download_button)
        row.addWidget(self.download_progress, 1)
        row.addWidget(self.cancel_download)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.check_button)
        layout.addWidget(self.available, 1)
        layout.addWidget(self.download_status)
        layout.addLayout(row)
        return page

    @Slot()
    def check_index(self) -> None:
        """Fetch the model index, on the worker: the only network use besides downloads."""
        self.check_button.setEnabled(False)
        self.download_status.setText(self.tr("Looking for models…"))
        self.downloads.check(self.index_url)

    @Slot(object)
    def _on_index(self, packages: list[AvailablePackage]) -> None:
        self.check_button.setEnabled(True)
        self.available.clear()
        for package in packages:
            size = (
                self.tr(" · {size} MB").format(size=megabytes(package.size)) if package.size else ""
            )
            item = QListWidgetItem(model_name(package) + size)
            item.setData(DATA_ROLE, package)
            self.available.addItem(item)
        self.download_status.setText(self.tr("%n model(s) available.", "", len(packages)))
        if packages:
            self.available.setCurrentRow(0)

    @Slot(object)
    def _on_index_failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.download_status.setText(reader_message(error))

    @Slot()
    def _on_download_clicked(self, *, replace: bool = False) -> None:
        item = self.available.currentItem()
        if item is not None:
            self.download(item.data(DATA_ROLE), replace=replace)

    def download(self, package: AvailablePackage, *, replace: bool = False) -> None:
        """Download and install a model, with progress and Cancel."""
        self.download_button.setEnabled(False)
        self.download_progress.setRange(0, 0)
        self.download_progress.show()
        self.cancel_download.show()
        self.download_status.setText(
            self.tr("Downloading {label}…").format(label=model_name(package))
        )
        self._download_package = package
        self.downloads.download(package, replace=replace)

    @Slot(str, float)
    def _on_download_progress(self, text: str, fraction: float) -> None:
        if fraction >= 0:
            self.download_progress.setRange(0, 1000)
            self.download_progress.setValue(round(fraction * 1000))
        self.download_status.setText(text)

    @Slot(object)
    def _on_downloaded(self, package: InstalledPackage) -> None:
        self._end_download()
        self.download_status.setText(
            self.tr("Installed {label}.").format(label=model_name(package))
        )
        self.models_changed.emit()
        self.refresh()

    @Slot(object)
    def _on_download_failed(self, error: BaseException) -> None:
        from kernpunt.core.models.packages import ModelExistsError

        package = self._download_package
        self._end_download()
        if (
            package is not None
            and isinstance(error, ModelExistsError)
            and self.confirm(
                self.tr("Replace model"),
                self.tr("{message}\n\nReplace the installed model?").format(message=error),
            )
        ):
            self.download(package, replace=True)
            return
        self.download_status.setText(reader_message(error))

    @Slot()
    def _on_download_cancelled(self) -> None:
        self._end_download()
        self.download_status.setText(self.tr("Download cancelled; nothing was installed."))

    @Slot()
    def _on_cancel_download(self) -> None:
        self.downloads.cancel()

    def _end_download(self) -> None:
        self.download_progress.hide()
        self.cancel_download.hide()
        self.download_button.setEnabled(self.available.currentItem() is not None)

    # --- shared ---------------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    @Slot(object, object)
    def _on_failed(self, job: Job, error: BaseException) -> None:
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        self.message.setText(reader_message(error))

    def reject(self) -> None:
        """Closing cancels a download in progress."""
        self._on_cancel_download()
        super().reject()


def megabytes(size: int) -> str:
    """A size in MB as the system writes numbers: one decimal under 10 MB ("0.4"), never "0"."""
    return QLocale().toString(size / 1e6, "f", 1 if size < 10e6 else 0)


def _list_installed(job: Job) -> list[tuple[InstalledPackage, int, str]]:
    """Run on the worker: every installed model with its size and README/licence text."""
    from kernpunt.core.models.packages import (
        installed_packages,
        package_license,
        package_readme,
        package_size,
    )

    rows = []
    for package in installed_packages():
        parts = [
            f"**{model_name(package)}** (`{package.code}`)",
            QCoreApplication.translate("ModelsDialog", "Folder: {folder}").format(
                folder=f"`{package.path}`"
            ),
            package_readme(package) or "",
            package_license(package) or "",
        ]
        rows.append((package, package_size(package), "\n\n".join(part for part in parts if part)))
    return rows
