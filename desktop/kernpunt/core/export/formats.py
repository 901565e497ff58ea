"""The export formats: one record per format, registered here or by the part that renders it.

A format is its key on the command line, its name for a reader, its file suffix, and the
function that renders it. Renderers named as ``"module:function"`` are imported only when that
format is first rendered, so the core loads fast. PDF is laid out by Qt, which the core never
imports: the window and the CLI register it at start-up from outside the core.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export.atomic import ExportError
from kernpunt.core.export.layout import ExportView, build_view

Renderer = Callable[[ExportView], str | bytes]
"""Renders what one export shows (``kernpunt.core.export.layout.build_view``) in a format."""


@dataclass(frozen=True)
class ExportFormat:
    """A format Kernpunt exports to.

    Attributes:
        key: Its name on the command line (``md``, ``docx``…).
        label: Its name for a reader, with the suffix: ``Word (.docx)``.
        suffix: The file suffix, with its dot.
        binary: Whether it is a binary file (it cannot go to a terminal).
        renderer: The function that renders it, or ``"module:function"`` to import it from.
    """

    key: str
    label: str
    suffix: str
    binary: bool
    renderer: Renderer | str

    def render(self, document: TranslatedArticle, content: str, now: datetime | None) -> bytes:
        """Render a document in this format; text formats in UTF-8.

        Raises:
            ExportError: The content is unknown, or there is no brief for a brief-only export.
        """
        renderer = self.renderer
        if isinstance(renderer, str):
            module, name = renderer.split(":")
            renderer = getattr(importlib.import_module(module), name)
        result = renderer(build_view(document, content, now))
        return result.encode("utf-8") if isinstance(result, str) else result


# Registered formats by key, in the order a reader is offered them.
FORMATS: dict[str, ExportFormat] = {}
DEFAULT_FORMAT = "md"
_LOCK = threading.Lock()


def register_format(format: ExportFormat, *, before: str | None = None) -> None:
    """Offer a format everywhere: the window's Export dialog, ``kernpunt translate``, batches.

    Args:
        format: The format; registering a key again replaces its record in its place.
        before: The key of the format it is offered before; at the end if omitted or unknown.
    """
    with _LOCK:
        if format.key in FORMATS or before not in FORMATS:
            FORMATS[format.key] = format
            return
        formats = list(FORMATS.values())
        position = list(FORMATS).index(before)
        formats.insert(position, format)
        FORMATS.clear()
        FORMATS.update((item.key, item) for item in formats)


def export_format(key: str) -> ExportFormat:
    """Return the registered format of a key.

    Raises:
        ExportError: No format of that key is registered.
    """
    try:
        return FORMATS[key]
    except KeyError:
        raise ExportError("export.unknown_format", key=key, known=", ".join(FORMATS)) from None


for _format in (
    ExportFormat(
        "md", "Markdown (.md)", ".md", False, "kernpunt.core.export.markdown:render_markdown"
    ),
    ExportFormat(
        "txt", "Plain text (.txt)", ".txt", False, "kernpunt.core.export.text:render_text"
    ),
    ExportFormat(
        "html", "Web page (.html)", ".html", False, "kernpunt.core.export.html:render_html"
    ),
    ExportFormat("docx", "Word (.docx)", ".docx", True, "kernpunt.core.export.docx:render_docx"),
    ExportFormat(
        "odt", "OpenDocument text (.odt)", ".odt", True, "kernpunt.core.export.odt:render_odt"
    ),
    ExportFormat(
        "json",
        "JSON for scripts (.json)",
        ".json",
        False,
        "kernpunt.core.export.json_export:render_json",
    ),
):
    register_format(_format)
