"""Printing the brief, or the brief with the bilingual article, and showing a print preview.

The page is the HTML export laid out by Qt's rich text engine, as for the PDF export, so what is
printed is what is exported: the same sentences, edit marks and provenance.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export.html import render_html
from kernpunt.core.export.layout import build_view

BODY_POINTS = 10.0
# What can be printed, in the order offered: the brief alone, or everything.
PRINT_CONTENTS = ("brief", "all")


def content_label(content: str) -> str:
    """The reader's words for a print content choice."""
    if content == "brief":
        return QCoreApplication.translate("printing", "The brief")
    return QCoreApplication.translate("printing", "The brief and the bilingual article")


def print_content(document: TranslatedArticle, content: str, printer: QPrinter) -> None:
    """Lay the article out on the printer's pages, with page numbers at the foot.

    Args:
        document: The translated article.
        content: ``brief`` or ``all`` (brief, then original and translation side by side).
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
    """The print dialog's extra tab: which part of the article to print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Content"))
        self.combo = QComboBox()
        for content in PRINT_CONTENTS:
            self.combo.addItem(content_label(content), content)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Print:"), self.combo)

    @property
    def content(self) -> str:
        """The chosen content."""
        return str(self.combo.currentData())


def print_dialog(document: TranslatedArticle, parent: QWidget) -> QPrintDialog:
    """A print dialog that prints the article when accepted; the caller opens it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.article.title)
    choice = ContentChoice()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print"))
    dialog.setOptionTabs([choice])

    @Slot()
    def _on_accepted() -> None:
        print_content(document, choice.content, printer)

    dialog.accepted.connect(_on_accepted)
    return dialog


def preview_dialog(document: TranslatedArticle, parent: QWidget) -> QPrintPreviewDialog:
    """A print preview of the brief and the bilingual article; the caller opens it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.article.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print Preview"))

    # The dialog only points at its printer; the connection holds it as long as the dialog.
    dialog.paintRequested.connect(partial(_paint_all, document, printer))
    return dialog


def _paint_all(document: TranslatedArticle, _printer: QPrinter, target: QPrinter) -> None:
    print_content(document, "all", target)
