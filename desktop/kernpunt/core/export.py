"""Exports of a translated article, written so that no existing file is ever half-replaced."""

from __future__ import annotations

import contextlib
import os
from itertools import groupby
from pathlib import Path

from kernpunt import __version__
from kernpunt.core.brief import Brief
from kernpunt.core.document import TranslatedArticle

UNTRANSLATED = "[not translated]"


class ExportError(Exception):
    """An export could not be written; the message is for the reader."""


def render_markdown(document: TranslatedArticle) -> str:
    """Render the brief and the full translation as Markdown.

    Args:
        document: The translated article.

    Returns:
        Markdown text: title, provenance, brief, then the translation paragraph by paragraph.
    """
    article = document.article
    lines = [f"# {_escape(article.title)}", "", _provenance(document), ""]
    if document.brief is not None:
        lines += _brief_lines(document, document.brief)
    lines += ["## Translation", ""]
    for block_index, members in groupby(document.sentences, key=lambda s: s.block):
        text = " ".join(_escape(_translation(document, s.index)) for s in members)
        if article.blocks[block_index].kind == "heading":
            text = f"### {text}"
        lines += [text, ""]
    return "\n".join(lines)


def _brief_lines(document: TranslatedArticle, brief: Brief) -> list[str]:
    """The brief's section: how it was made, its sentences, and the article's key terms."""
    lines = ["## Brief", "", f"*{_escape(brief.describe())}*", ""]
    lines += [f"- {_escape(_translation(document, i))}" for i in brief.indices]
    lines.append("")
    english = brief.key_terms if brief.language == "english" else document.translated_key_terms
    dutch = brief.key_terms if brief.language == "dutch" else document.key_terms
    for label, found in (("Key terms", english), ("Key terms in the original", dutch)):
        if found:
            joined = ", ".join(_escape(term.text) for term in found)
            lines += [f"**{label}:** {joined}", ""]
    return lines


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that it is either entirely new or left exactly as it was.

    The data goes to a temporary file in the target folder; every write's byte count is
    checked (a full disk can report short writes without an error), then the file is flushed,
    synced and renamed over the target.

    Args:
        path: The file to write.
        data: Its complete new contents.

    Raises:
        ExportError: The folder is missing or read-only, or the disk is full.
    """
    import tempfile

    path = Path(path)
    temporary = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(descriptor, "wb") as file:
            view = memoryview(data)
            while view:
                written = file.write(view)
                if not written:
                    raise OSError(28, "No space left on device")
                view = view[written:]
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise ExportError(_write_message(path, error)) from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _write_message(path: Path, error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return f"Could not save “{path.name}”: the folder {path.parent} does not exist."
    if isinstance(error, PermissionError):
        return f"Could not save “{path.name}”: Kernpunt may not write to {path.parent}."
    if error.errno == 28:
        return f"Could not save “{path.name}”: the disk is full. The previous file is unchanged."
    return f"Could not save “{path.name}”: {error.strerror or error}."


def _provenance(document: TranslatedArticle) -> str:
    article = document.article
    parts = ["Translated from Dutch"]
    if document.package is not None:
        parts.append(f"with the Argos model {document.package.code} {document.package.version}")
    parts.append(f"by Kernpunt {__version__}")
    details = []
    if article.source is not None:
        details.append(f"source: {article.source.name}")
    if article.date:
        details.append(f"date: {article.date}")
    sentence = " ".join(parts) + "."
    if details:
        joined = "; ".join(details)
        sentence += f" {joined[0].upper()}{joined[1:]}."
    return f"*{_escape(sentence)}*"


def _translation(document: TranslatedArticle, index: int) -> str:
    translations = document.translations
    text = translations[index] if index < len(translations) else None
    return text if text is not None else UNTRANSLATED


def _escape(text: str) -> str:
    for char in "\\*_[]<>#`":
        text = text.replace(char, "\\" + char)
    return text
