"""The core's messages in the reader's language: each ``ReaderError`` translated by its id.

The core stays free of Qt and keeps its English templates in ``kernpunt.core.messages``; the
window looks each id's template up in the ``CoreMessages`` context of the Qt catalogue and fills
in the error's named values. ``lupdate`` reads strings only from the source it is given, so
``core_messages_catalogue.py`` lists every template inside ``QT_TRANSLATE_NOOP``, with the
label of every registered export format and brief method; it is written from the registries by
``python -m kernpunt.ui.core_messages`` (``make update-translations`` runs it) and a test keeps
it in step.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kernpunt.core.errors import MESSAGES, ReaderError

if TYPE_CHECKING:
    from kernpunt.core.brief.choose import BriefMethod
    from kernpunt.core.export import ExportFormat
    from kernpunt.core.formats import ArticleFormat

CONTEXT = "CoreMessages"
GENERATED = Path(__file__).with_name("core_messages_catalogue.py")

# The operating system's reasons a core message passes on as ``reason`` (``strerror``, always
# English): the common ones a reader meets, translated; any other is shown as the system says it.
REASONS_CONTEXT = "OsReasons"
OS_REASONS = frozenset(
    (
        QT_TRANSLATE_NOOP("OsReasons", "Permission denied"),
        QT_TRANSLATE_NOOP("OsReasons", "No space left on device"),
        QT_TRANSLATE_NOOP("OsReasons", "No such file or directory"),
        QT_TRANSLATE_NOOP("OsReasons", "Read-only file system"),
        QT_TRANSLATE_NOOP("OsReasons", "Is a directory"),
        QT_TRANSLATE_NOOP("OsReasons", "Not a directory"),
        QT_TRANSLATE_NOOP("OsReasons", "File name too long"),
        QT_TRANSLATE_NOOP("OsReasons", "Disk quota exceeded"),
        QT_TRANSLATE_NOOP("OsReasons", "Input/output error"),
        QT_TRANSLATE_NOOP("OsReasons", "Too many open files"),
        QT_TRANSLATE_NOOP("OsReasons", "Operation not permitted"),
        QT_TRANSLATE_NOOP("OsReasons", "File exists"),
    )
)


# The contexts the labels of the core's registries are translated in.
METHODS_CONTEXT = "BriefMethods"
FORMATS_CONTEXT = "ExportFormats"
ARTICLE_FORMATS_CONTEXT = "ArticleFormats"


def brief_method_label(method: BriefMethod) -> str:
    """A brief method's label in the interface language."""
    return QCoreApplication.translate(METHODS_CONTEXT, method.label)


def article_format_label(format: ArticleFormat) -> str:
    """An article format's label in the interface language."""
    return QCoreApplication.translate(ARTICLE_FORMATS_CONTEXT, format.label)


def export_format_label(format: ExportFormat) -> str:
    """An export format's label in the interface language (as registered when untranslated)."""
    return QCoreApplication.translate(FORMATS_CONTEXT, format.label)


def translated_template(message_id: str) -> str:
    """The template of a message id in the interface language (English when untranslated)."""
    return QCoreApplication.translate(CONTEXT, MESSAGES[message_id])


def core_message(error: ReaderError) -> str:
    """A reader's error as a sentence in the interface language.

    A template whose translation names values the error does not have (a stale translation)
    falls back to the English sentence rather than failing.
    """
    if error.message_id is None:
        return str(error)
    template = translated_template(error.message_id)
    params = {
        name: _reason(value) if name == "reason" else value for name, value in error.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(error)


def _reason(value: object) -> object:
    # An OSError passed whole says "[Errno 13] Permission denied: '…'"; its reason is enough,
    # since every message that takes one names the file or folder itself.
    text = value.strerror if isinstance(value, OSError) and value.strerror else str(value)
    if text in OS_REASONS:
        return QCoreApplication.translate(REASONS_CONTEXT, text)
    return value


def catalogue_source() -> str:
    """The Python source that shows every core template and registry label to ``lupdate``."""
    import kernpunt.qtexport  # noqa: F401 - registers PDF, as the window does at start-up
    from kernpunt.core.brief.choose import METHODS
    from kernpunt.core.export import FORMATS
    from kernpunt.core.formats import ARTICLE_FORMATS

    lines = [
        '"""Written by ``python -m kernpunt.ui.core_messages`` from kernpunt.core.messages and',
        "the registries of formats and brief methods; do not edit. It shows lupdate every",
        "core message and label, so the window can translate them.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEMPLATES = (",
    ]
    for message_id in sorted(MESSAGES):
        lines.append(f"    # {message_id}")
        lines.append(f"    {_marked(CONTEXT, MESSAGES[message_id])}")
    lines += [")", "EXPORT_FORMATS = ("]
    lines += [f"    {_marked(FORMATS_CONTEXT, item.label)}" for item in FORMATS.values()]
    lines += [")", "ARTICLE_FORMATS = ("]
    lines += [
        f"    {_marked(ARTICLE_FORMATS_CONTEXT, item.label)}" for item in ARTICLE_FORMATS.values()
    ]
    lines += [")", "BRIEF_METHODS = ("]
    lines += [f"    {_marked(METHODS_CONTEXT, item.label)}" for item in METHODS.values()]
    lines.append(")")
    return "\n".join(lines) + "\n"


def _marked(context: str, text: str) -> str:
    return f'QT_TRANSLATE_NOOP("{context}", {_quoted(text)}),'


def _quoted(text: str) -> str:
    # Double quotes, the way lupdate and ruff expect; the templates hold no backslashes.
    assert "\\" not in text and "\n" not in text
    return '"' + text.replace('"', '\\"') + '"'


def main() -> int:
    """Write ``core_messages_catalogue.py`` when the catalogue changed."""
    source = catalogue_source()
    if not GENERATED.exists() or GENERATED.read_text(encoding="utf-8") != source:
        GENERATED.write_text(source, encoding="utf-8")
        print(f"wrote {GENERATED.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
