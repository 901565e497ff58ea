"""Exports of a translated article in the formats readers use, written so no file is half-replaced.

Every format is rendered in memory first and then written by ``write_atomic``: a temporary
file in the target folder, every write's byte count checked, flushed, synced and renamed.

    export_document(document, Path("brief.docx"), "docx", "all")

The formats are records in a registry (``kernpunt.core.export.formats``). PDF needs Qt's PDF
writer, so it is registered from outside this Qt-free package, by the window and the CLI.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export.atomic import ExportError, check_target, write_atomic
from kernpunt.core.export.formats import (
    DEFAULT_FORMAT,
    FORMATS,
    ExportFormat,
    export_format,
    register_format,
)
from kernpunt.core.export.layout import (
    CONTENT_LABELS,
    CONTENTS,
    DEFAULT_CONTENT,
    UNTRANSLATED,
    check_content,
)
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
    "export_format",
    "propose_name",
    "register_format",
    "render",
    "unique_path",
    "write_atomic",
]


def render(
    document: TranslatedArticle,
    format: str,
    content: str = DEFAULT_CONTENT,
    now: datetime | None = None,
) -> bytes:
    """Render an export in memory.

    Args:
        document: The translated article; sentences in ``document.edited`` are marked.
        format: A key of FORMATS (a registered format).
        content: A key of CONTENT_LABELS: ``all`` (brief, original and translation),
            ``brief``, ``translation`` or ``bilingual``.
        now: The export time recorded in the file; the current time if omitted.

    Returns:
        The file's bytes (text formats in UTF-8).

    Raises:
        ExportError: The format or content is unknown, or there is no brief for a brief-only
            export.
    """
    chosen = export_format(format)
    check_content(content)
    return chosen.render(document, content, now)


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
        format: A key of FORMATS (a registered format).
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
