"""The status area: model, mode, stage, progress with time left, Cancel, and the offline mark."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from kernpunt.ui.widgets import SteadyComboBox
from kernpunt.ui.wording import time_left

if TYPE_CHECKING:
    from kernpunt.core.engine.translate import Progress


class StatusArea(QStatusBar):
    """Everything the window says about its work, in one bar.

    Signals:
        mode_chosen: ("quality" or "fast") the reader picked a translation mode.
        cancel_requested: the reader pressed Cancel.
    """

    mode_chosen = Signal(str)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_label = QLabel(self.tr("Opening…"))
        self.stage_label.setAccessibleName(self.tr("Status"))
        self.encoding_label = QLabel()
        self.encoding_label.setAccessibleName(self.tr("Text encoding"))
        self.model_label = QLabel()
        self.model_label.setAccessibleName(self.tr("Translation model"))
        self.mode_box = SteadyComboBox(tab_focus=False)
        self.mode_box.setAccessibleName(self.tr("Translation mode"))
        self.mode_box.addItem(self.tr("Quality"), "quality")
        self.mode_box.addItem(self.tr("Fast"), "fast")
        self.mode_box.setToolTip(
            self.tr("Quality weighs several candidate translations; Fast takes the first.")
        )
        self.mode_box.currentIndexChanged.connect(self._on_mode_changed)
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setAccessibleName(self.tr("Translation progress"))
        self.progress_bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel translation"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        offline = QLabel(self.tr("● Offline"))
        offline.setAccessibleName(self.tr("Offline"))
        offline.setToolTip(self.tr("Kernpunt works on this computer; nothing is sent anywhere."))
        self.addWidget(self.stage_label, 1)
        for widget in (
            self.encoding_label,
            self.progress_bar,
            self.cancel_button,
            self.model_label,
            self.mode_box,
            offline,
        ):
            self.addPermanentWidget(widget)

    def set_stage(self, text: str) -> None:
        """Say what the window is doing."""
        self.stage_label.setText(text)

    def set_encoding(self, encoding: str | None) -> None:
        """Name the text encoding the article was read with; nothing for binary formats."""
        self.encoding_label.setText(encoding.upper() if encoding else "")
        self.encoding_label.setToolTip(
            self.tr("Read as {encoding}. File › Reopen with Encoding chooses another.").format(
                encoding=encoding
            )
            if encoding
            else ""
        )
        self._fit()

    def set_model(self, label: str | None) -> None:
        """Name the model in use, or say there is none."""
        self.model_label.setText(label or self.tr("No model"))
        self._fit()

    def _fit(self) -> None:
        # A label's new width reaches the bar only when its layout request is handled, and a
        # frame painted before that (a screenshot taken as the article settles) showed "UTF-8"
        # cut to its first letter left of the model's name: lay the bar out at once.
        layout = self.layout()
        if layout is not None:
            layout.activate()

    def set_mode(self, mode: str) -> None:
        """Show the translation mode without reporting it back as the reader's choice."""
        self.mode_box.blockSignals(True)
        self.mode_box.setCurrentIndex(max(0, self.mode_box.findData(mode)))
        self.mode_box.blockSignals(False)

    def start_progress(self, total: int) -> None:
        """Show an empty progress bar and Cancel."""
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("%v of %m"))
        self.progress_bar.show()
        self.cancel_button.show()

    def show_progress(self, progress: Progress) -> None:
        """Show sentences done, speed and time left."""
        self.progress_bar.setValue(progress.done)
        text = self.tr("Translating: {done} of %n sentence(s)", "", progress.total).format(
            done=progress.done
        )
        left = progress.seconds_left
        if left is not None and progress.done < progress.total:
            text += " · " + time_left(left)
        self.set_stage(text)

    def end_progress(self) -> None:
        """Hide the progress bar and Cancel."""
        self.progress_bar.hide()
        self.cancel_button.hide()

    @Slot(int)
    def _on_mode_changed(self, position: int) -> None:
        self.mode_chosen.emit(self.mode_box.itemData(position))
