"""Exports of a translated article in the formats readers use, written so no file is half-replaced.

Every format is rendered in memory first and then written by ``write_atomic``: a temporary
file in the target folder, every write's byte count checked, flushed, synced and renamed.

    export_document(document, Path("brief.docx"), "docx", "all")

PDF needs Qt's PDF writer, which lives outside this Qt-free package (``kernpunt.qtexport``);
it is imported only when a PDF is asked for, so the core still loads and runs without Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export.atomic import ExportError, check_target, write_atomic
from kernpunt.core.export.layout import (
    CONTENT_LABELS,
    CONTENTS,
    DEFAULT_CONTENT,
    UNTRANSLATED,
    check_content,
)
from kernpunt.core.export.markdown import render_markdown
from kernpunt.core.export.naming import propose_name, unique_path

__all__ = [
    "CONTENTS",
    "CONTENT_LABELS",
    "DEFAULT_CONTENT",
    "DEFAULT_FORMAT",
    "FORMATS",
    "UNTRANSLATED",
    "ExportError",
    "ExportFormat",
    "check_target",
    "export_document",
    "propose_name",
    "render",
    "render_markdown",
    "unique_path",
    "write_atomic",
]

Renderer = Callable[[TranslatedArticle, str, datetime | None], str | bytes]


@dataclass(frozen=True)
class ExportFormat:
    """A format Kernpunt exports to.

    Attributes:
        key: Its name on the command line (``md``, ``docx``…).
        label: Its name for a reader.
        suffix: The file suffix, with its dot.
        binary: Whether it is a binary file (it cannot go to a terminal).
    """

    key: str
    label: str
    suffix: str
    binary: bool


FORMATS = {
    item.key: item
    for item in (
        ExportFormat("md", "Markdown", ".md", False),
        ExportFormat("txt", "Plain text", ".txt", False),
        ExportFormat("html", "Web page (HTML)", ".html", False),
        ExportFormat("docx", "Word (DOCX)", ".docx", True),
        ExportFormat("odt", "OpenDocument (ODT)", ".odt", True),
        ExportFormat("pdf", "PDF", ".pdf", True),
        ExportFormat("json", "JSON", ".json", False),
    )
}
DEFAULT_FORMAT = "md"


def render(
    document: TranslatedArticle,
    format: str,
    content: str = DEFAULT_CONTENT,
    now: datetime | None = None,
) -> bytes:
    """Render an export in memory.

    Args:
        document: The translated article; sentences in ``document.edited`` are marked.
        format: A key of FORMATS.
        content: A key of CONTENT_LABELS: ``all`` (brief, original and translation),
            ``brief``, ``translation`` or ``bilingual``.
        now: The export time recorded in the file; the current time if omitted.

    Returns:
        The file's bytes (text formats in UTF-8).

    Raises:
        ExportError: The format or content is unknown, or there is no brief for a brief-only
            export.
    """
    renderer = _renderer(_format(format).key)
    check_content(content)
    result = renderer(document, content, now)
    return result.encode("utf-8") if isinstance(result, str) else result


def export_document(
    document: TranslatedArticle,
    path: Path,
    format: str,
    content: str = DEFAULT_CONTENT,
    *,
    now: datetime | None = None,
) -> Path:
    """Render an export and write it atomically.

    Args:
        document: The translated article.
        path: The file to write; an existing file is replaced only once the new one is
            complete.
        format: A key of FORMATS.
        content: A key of CONTENT_LABELS.
        now: The export time recorded in the file; the current time if omitted.

    Returns:
        The path written.

    Raises:
        ExportError: The format or content is unknown, there is no brief for a brief-only
            export, or the file cannot be written (the previous file is then unchanged).
    """
    check_target(Path(path), document.article.source)
    data = render(document, format, content, now)
    write_atomic(Path(path), data)
    return Path(path)


def _renderer(key: str) -> Renderer:
    """The function that renders a format, imported only when that format is asked for."""
    if key == "md":
        return render_markdown
    if key == "txt":
        from kernpunt.core.export.text import render_text

        return render_text
    if key == "html":
        from kernpunt.core.export.html import render_html

        return render_html
    if key == "docx":
        from kernpunt.core.export.docx import render_docx

        return render_docx
    if key == "odt":
        from kernpunt.core.export.odt import render_odt

        return render_odt
    if key == "json":
        from kernpunt.core.export.json_export import render_json

        return render_json
    # PDF is laid out by Qt, which this package never imports on its own account.
    from kernpunt.qtexport import render_pdf

    return render_pdf


def _format(key: str) -> ExportFormat:
    try:
        return FORMATS[key]
    except KeyError:
        raise ExportError(
            f"“{key}” is not a format Kernpunt exports; choose one of {', '.join(FORMATS)}."
        ) from None
