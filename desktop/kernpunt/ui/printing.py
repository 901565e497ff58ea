"""Printing the brief, the bilingual article or both, and showing a print preview of either.

The page is the HTML export laid out by Qt's rich text engine, as for the PDF export, so what is
printed is what is exported: the same sentences, edit marks and provenance.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QComboBox, QFormLayout, QMainWindow, QToolBar, QWidget

from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export.html import render_html
from kernpunt.core.export.layout import build_view
from kernpunt.ui.widgets import fit_to_screen

BODY_POINTS = 10.0
# The preview's size at first (at most 90 % of the screen): Qt's toolbar in one row, a page.
PREVIEW_SIZE = (1000, 800)
# What can be printed, in the order offered: the brief alone, the original and the translation
# side by side, or both.
PRINT_CONTENTS = ("brief", "bilingual", "all")


def content_label(content: str) -> str:
    """The reader's words for a print content choice."""
    if content == "brief":
        return QCoreApplication.translate("printing", "The brief")
    if content == "bilingual":
        return QCoreApplication.translate("printing", "The bilingual article")
    return QCoreApplication.translate("printing", "The brief and the bilingual article")


def print_content(document: TranslatedArticle, content: str, printer: QPrinter) -> None:
    """Lay the article out on the printer's pages, with page numbers at the foot.

    Args:
        document: The translated article.
        content: ``brief``, ``bilingual`` (original and translation side by side) or ``all``
            (the brief, then the bilingual article).
        printer: Where the pages go: a real printer, a PDF file or a preview.
    """
    if content == "brief" and document.brief is None:
        content = "bilingual"
    text = QTextDocument()
    font = QFont(text.defaultFont())
    font.setPointSizeF(BODY_POINTS)
    text.setDefaultFont(font)
    text.setHtml(render_html(build_view(document, content)))
    text.print_(printer)


class ContentChoice(QWidget):
    """Which part of the article to print: the print dialog's extra tab, the preview's toolbar.

    Signals:
        content_chosen: (content) the reader chose another part to print.
    """

    content_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Content"))
        self.combo = QComboBox()
        self.combo.setObjectName("printContent")
        self.combo.setAccessibleName(self.tr("What to print"))
        for content in PRINT_CONTENTS:
            self.combo.addItem(content_label(content), content)
        self.combo.currentIndexChanged.connect(self._on_combo_index_changed)
        layout = QFormLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addRow(self.tr("Print:"), self.combo)

    @property
    def content(self) -> str:
        """The chosen content."""
        return str(self.combo.currentData())

    def choose(self, content: str) -> None:
        """Choose a content, as the reader would."""
        self.combo.setCurrentIndex(self.combo.findData(content))

    @Slot(int)
    def _on_combo_index_changed(self, position: int) -> None:
        self.content_chosen.emit(self.content)


def print_dialog(document: TranslatedArticle, parent: QWidget) -> QPrintDialog:
    """A print dialog that prints the article when accepted; the caller opens it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.article.title)
    choice = ContentChoice()
    if document.brief is None:
        choice.choose("bilingual")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print"))
    dialog.setOptionTabs([choice])

    @Slot()
    def _on_accepted() -> None:
        print_content(document, choice.content, printer)

    dialog.accepted.connect(_on_accepted)
    return dialog


def preview_dialog(document: TranslatedArticle, parent: QWidget) -> QPrintPreviewDialog:
    """A print preview of what the reader chooses in its toolbar; the caller opens it.

    The choice (the brief, the bilingual article or both) is the dialog's ``ContentChoice``
    child; printing from the preview prints what it shows.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.article.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print Preview"))
    choice = ContentChoice(dialog)
    if document.brief is None:
        choice.choose("bilingual")  # no brief to show: say what is shown
    # A row of its own below Qt's toolbar (the dialog lays itself out as a main window), so the
    # choice never hides in that toolbar's overflow menu on a narrow screen.
    toolbar = QToolBar(QCoreApplication.translate("printing", "Content"))
    toolbar.setObjectName("printContentBar")
    toolbar.setMovable(False)
    toolbar.addWidget(choice)
    frame = dialog.findChild(QMainWindow)
    if frame is not None:
        frame.addToolBarBreak()
        frame.addToolBar(toolbar)
    fit_to_screen(dialog, width=PREVIEW_SIZE[0], height=PREVIEW_SIZE[1])
    preview = dialog.findChild(QPrintPreviewWidget)
    if preview is not None:
        choice.content_chosen.connect(preview.updatePreview)

    # The dialog only points at its printer; the connection holds it as long as the dialog.
    dialog.paintRequested.connect(partial(_paint_chosen, document, choice, printer))
    return dialog


def _paint_chosen(
    document: TranslatedArticle, choice: ContentChoice, _printer: QPrinter, target: QPrinter
) -> None:
    print_content(document, choice.content, target)
