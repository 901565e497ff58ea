"""The Settings dialog: translation, brief, appearance, models and the translation cache."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kernpunt.core.brief.choose import METHODS, BriefError, BriefLength
from kernpunt.ui.core_messages import brief_method_label
from kernpunt.ui.errors import reader_message
from kernpunt.ui.settings import Settings
from kernpunt.ui.widgets import SteadyComboBox, fit_to_screen

MAX_THREADS = 64


class SettingsDialog(QDialog):
    """Edits a Settings object; nothing changes until the reader presses OK.

    Signals:
        clear_cache_requested: the reader asked to empty the translation cache.
    """

    clear_cache_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.mode = _combo(
            self.tr("Translation mode"),
            [(self.tr("Quality (beam search)"), "quality"), (self.tr("Fast (greedy)"), "fast")],
            settings.mode,
        )
        self.threads = QSpinBox()
        self.threads.setRange(0, MAX_THREADS)
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.threads.setValue(settings.threads)
        self.threads.setAccessibleName(self.tr("Threads"))
        self.translate_on_open = QCheckBox(self.tr("Translate articles as they &open"))
        self.translate_on_open.setToolTip(
            self.tr("Make the brief and the translation as soon as an article is read.")
        )
        self.translate_on_open.setChecked(settings.translate_on_open)
        self.brief_method = _combo(
            self.tr("Brief method"),
            [(brief_method_label(method), key) for key, method in METHODS.items()],
            settings.brief_method,
        )
        self.brief_length = QLineEdit(settings.brief_length)
        self.brief_length.setAccessibleName(self.tr("Brief length"))
        self.brief_length.setPlaceholderText(self.tr("3 sentences, or a percentage such as 20%"))
        self.theme = _combo(
            self.tr("Theme"),
            [(self.tr("System"), "system"), (self.tr("Light"), "light"), (self.tr("Dark"), "dark")],
            settings.theme,
        )
        self.language = _combo(
            self.tr("Interface language"),
            [(self.tr("System"), ""), ("English", "en"), ("Nederlands", "nl")],
            settings.ui_language,
        )
        self.model_folder = QLineEdit(settings.model_folder)
        self.model_folder.setAccessibleName(self.tr("Model folder"))
        self.model_folder.setPlaceholderText(self.tr("Argos Translate's own folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._choose_folder)
        self.index_url = QLineEdit(settings.index_url)
        self.index_url.setAccessibleName(self.tr("Model index address"))
        self.index_url.setPlaceholderText(self.tr("Argos Translate's package index"))
        self.cache_size = QLabel(self.tr("Measuring…"))
        self.clear_cache = QPushButton(self.tr("Clear cache"))
        self.clear_cache.clicked.connect(self.clear_cache_requested)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

        layout = QVBoxLayout(self)
        translation = _group(self.tr("Translation"), layout)
        translation.addRow(self.tr("&Mode:"), self.mode)
        translation.addRow(self.tr("&Threads:"), self.threads)
        translation.addRow(self.translate_on_open)
        brief = _group(self.tr("Brief"), layout)
        brief.addRow(self.tr("M&ethod:"), self.brief_method)
        brief.addRow(self.tr("&Length:"), self.brief_length)
        appearance = _group(self.tr("Appearance"), layout)
        appearance.addRow(self.tr("T&heme:"), self.theme)
        appearance.addRow(self.tr("&Language:"), self.language)
        restart = QLabel(self.tr("A new interface language applies after a restart."))
        restart.setWordWrap(True)
        appearance.addRow("", restart)
        models = _group(self.tr("Models"), layout)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.model_folder, 1)
        folder_row.addWidget(browse)
        # A row of several widgets gets no buddy from the form, and a label without a buddy
        # shows its "&" instead of underlining the key.
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.model_folder)
        models.addRow(folder_label, folder_row)
        models.addRow(self.tr("&Index address:"), self.index_url)
        cache_row = QHBoxLayout()
        cache_row.addWidget(self.cache_size, 1)
        cache_row.addWidget(self.clear_cache)
        models.addRow(self.tr("Translation cache:"), cache_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Wide enough for the notes to fit a line or two and the folder to be read.
        fit_to_screen(self, width=560)

    def show_cache_size(self, size: int) -> None:
        """Show how much room cached translations take."""
        self.cache_size.setText(self.tr("{size:.1f} MB").format(size=size / 1e6))

    def accept(self) -> None:
        """Check the entries, store them, and close; a bad entry keeps the dialog open."""
        try:
            BriefLength.parse(self.brief_length.text())
        except BriefError as error:
            self.error.setText(reader_message(error))
            self.error.show()
            self.brief_length.setFocus()
            return
        settings = self.settings
        settings.mode = self.mode.currentData()
        settings.threads = self.threads.value()
        settings.translate_on_open = self.translate_on_open.isChecked()
        settings.brief_method = self.brief_method.currentData()
        settings.brief_length = self.brief_length.text().strip()
        settings.theme = self.theme.currentData()
        settings.ui_language = self.language.currentData()
        settings.model_folder = self.model_folder.text().strip()
        settings.index_url = self.index_url.text().strip()
        super().accept()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Model folder"), self.model_folder.text()
        )
        if chosen:
            self.model_folder.setText(chosen)


def _combo(name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
    box = SteadyComboBox()
    box.setAccessibleName(name)
    for label, value in items:
        box.addItem(label, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def _group(title: str, parent: QVBoxLayout) -> QFormLayout:
    box = QGroupBox(title)
    parent.addWidget(box)
    return QFormLayout(box)
