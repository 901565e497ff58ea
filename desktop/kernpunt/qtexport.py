"""PDF exports through Qt's own PDF writer, outside the Qt-free core.

The page is the HTML export laid out by Qt's rich text engine (QTextDocument) and printed with
QPdfWriter: fonts are embedded, text stays selectable and searchable. From the terminal there is
no application object yet, so one is made on the offscreen platform; no window ever appears.

Importing this module registers PDF among the core's export formats (the window and the CLI do
it at start-up); Qt itself is imported only when the first PDF is rendered.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from kernpunt import __version__
from kernpunt.core.export import ExportFormat, register_format

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from kernpunt.core.export.layout import ExportView

RESOLUTION = 300
BODY_POINTS = 10.0

_application: QGuiApplication | None = None


def render_pdf(view: ExportView) -> bytes:
    """Render an export as an A4 PDF.

    Off the GUI thread the page is laid out in a QThread of its own: in a plain Python thread
    Qt's per-thread font cache outlives the thread's event dispatcher and warns when the
    thread ends.
    """
    from PySide6.QtCore import QThread

    application = ensure_application()
    if QThread.currentThread() is application.thread():
        return _render(view)
    worker = _render_thread()(view)
    worker.start()
    worker.wait()
    if worker.error is not None:
        raise worker.error
    return bytes(worker.result)


@cache
def _render_thread() -> Any:
    """The QThread that lays a PDF out, defined once Qt is imported."""
    from PySide6.QtCore import QThread

    class RenderThread(QThread):
        def __init__(self, view: ExportView):
            super().__init__()
            self.view = view
            self.result = b""
            self.error: Exception | None = None

        def run(self) -> None:
            try:
                self.result = _render(self.view)
            except Exception as error:  # handed to the waiting thread, which raises it
                self.error = error

    return RenderThread


def _render(view: ExportView) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from kernpunt.core.export.html import render_html

    html = render_html(view)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(view.title)
    writer.setCreator(f"Kernpunt {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    text = QTextDocument()
    font = QFont(text.defaultFont())
    font.setPointSizeF(BODY_POINTS)
    text.setDefaultFont(font)
    text.setHtml(html)
    # Without a page size of its own, print_() lays a copy out on the writer's pages at the
    # writer's resolution, with 2 cm margins and page numbers at the foot of every page.
    text.print_(writer)
    del writer  # the PDF is complete only once the writer is gone
    buffer.close()
    return bytes(QByteArray(buffer.data()).data())


def ensure_application() -> QCoreApplication:
    """Return the Qt application, making one on the offscreen platform when none exists.

    Without one (the terminal commands) call from the main thread; in the window the
    application is already there and the export may run on a worker.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    global _application
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    _application = QGuiApplication(["kernpunt", "-platform", "offscreen"])
    return _application


register_format(ExportFormat("pdf", "PDF (.pdf)", ".pdf", True, render_pdf), before="json")
