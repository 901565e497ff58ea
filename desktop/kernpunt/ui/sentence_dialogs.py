"""The dialogs of one sentence: editing its translation, and picking another one.

Both hold whole sentences, so both wrap them and keep to a reader's width: a long Dutch sentence
in an unwrapped label made the Edit dialog 1,244 px wide, and a menu of alternatives ran off the
screen's edge, cutting the very words the reader wanted to compare.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kernpunt.ui.widgets import fit_to_screen


class EditSentenceDialog(QDialog):
    """Shows a Dutch sentence and lets the reader rewrite its translation."""

    def __init__(self, source: str, translation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit sentence"))
        self.original = QLabel(self.tr("Original: {source}").format(source=source))
        self.original.setWordWrap(True)
        flags = type(self.original.textInteractionFlags())
        self.original.setTextInteractionFlags(flags.TextSelectableByMouse)
        label = QLabel(self.tr("&Translation:"))
        self.editor = QPlainTextEdit(translation)
        self.editor.setAccessibleName(self.tr("Translation"))
        self.editor.setTabChangesFocus(True)
        label.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.original)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(_ok_cancel(self))
        self.editor.setFocus()
        fit_to_screen(self, height=320)

    def text(self) -> str:
        """The translation as the reader left it."""
        return self.editor.toPlainText()

    @classmethod
    def ask(cls, parent: QWidget | None, source: str, translation: str) -> tuple[str, bool]:
        """Ask for a new translation, as ``QInputDialog.getMultiLineText`` would.

        Returns:
            The text, and whether the reader pressed OK.
        """
        dialog = cls(source, translation, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.text()
        dialog.deleteLater()
        return text, accepted


class AlternativesDialog(QDialog):
    """Other translations of one sentence, each shown whole, to pick one from.

    Signals:
        chosen: (str) the translation the reader picked.
    """

    chosen = Signal(str)

    def __init__(
        self,
        number: int,
        source: str,
        texts: list[str],
        current: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Other translations"))
        self.prompt = QLabel(
            self.tr("Pick a translation for sentence {number}: {source}").format(
                number=number, source=source
            )
        )
        self.prompt.setWordWrap(True)
        self.options = QListWidget()
        self.options.setAccessibleName(self.tr("Other translations"))
        self.options.setWordWrap(True)
        self.options.setTextElideMode(type(self.options.textElideMode()).ElideNone)
        self.options.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.options.setAlternatingRowColors(True)
        policies = type(self.options.horizontalScrollBarPolicy())
        self.options.setHorizontalScrollBarPolicy(policies.ScrollBarAlwaysOff)
        self.options.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for text in texts:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.options.addItem(item)
            if text == current:
                self.options.setCurrentItem(item)
        if self.options.currentItem() is None and texts:
            self.options.setCurrentRow(0)
        self.options.itemActivated.connect(self._on_item_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.options, 1)
        layout.addWidget(_ok_cancel(self))
        fit_to_screen(self, height=360)

    def texts(self) -> list[str]:
        """The translations offered, in order."""
        return [self.options.item(row).text() for row in range(self.options.count())]

    def accept(self) -> None:
        """Report the chosen translation, then close."""
        item = self.options.currentItem()
        super().accept()
        if item is not None:
            self.chosen.emit(item.text())

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.options.setCurrentItem(item)
        self.accept()


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel buttons that accept and reject the dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
