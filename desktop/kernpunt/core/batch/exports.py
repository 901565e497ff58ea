"""Exporting many articles at once: read, translate and export each, one after the other.

One article that cannot be read or written does not stop the others: its message is kept in
the result. Cancelling stops before the next article; files already written stay.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kernpunt.core.brief.choose import DEFAULT_LENGTH, DEFAULT_METHOD, BriefError, BriefLength
from kernpunt.core.cancel import CancelToken
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export import FORMATS, ExportError, export_document, propose_name, unique_path
from kernpunt.core.formats.article import ArticleError, read_article

if TYPE_CHECKING:
    from kernpunt.core.engine.translate import Translator


@dataclass(frozen=True)
class BatchProgress:
    """How far a batch export is.

    Attributes:
        done: Articles finished (written or failed).
        total: Articles in the batch.
        current: The article being worked on; None once all are done.
    """

    done: int
    total: int
    current: Path | None


@dataclass(frozen=True)
class BatchItem:
    """The outcome for one article of a batch.

    Attributes:
        article: The article file.
        target: The export written; None when it failed.
        error: Why it failed, for the reader; None when it was written.
    """

    article: Path
    target: Path | None
    error: str | None = None


ProgressCallback = Callable[[BatchProgress], None]


def export_articles(
    paths: Sequence[Path],
    folder: Path,
    format: str,
    content: str,
    translator: Translator,
    *,
    brief_method: str = DEFAULT_METHOD,
    brief_length: BriefLength | int | str = DEFAULT_LENGTH,
    documents: Mapping[Path, TranslatedArticle] | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
) -> list[BatchItem]:
    """Read, translate and export every article, each to its own file in one folder.

    Args:
        paths: The article files, in the order to export them.
        folder: Where the exports go; names come from each article's date and title, and
            never replace an existing file.
        format: A key of ``kernpunt.core.export.FORMATS``.
        content: ``all``, ``brief``, ``translation`` or ``bilingual``.
        translator: The loaded (or loadable) translation engine.
        brief_method: How each brief is chosen.
        brief_length: How long each brief is.
        documents: Articles already translated (with the reader's edits), by path: exported
            as they are instead of being translated again.
        on_progress: Called before each article and once at the end.
        cancel: Checked between articles and during translation.
        now: The export time recorded in every file; the current time if omitted.

    Returns:
        One item per article, in order, up to where the batch was cancelled.

    Raises:
        Cancelled: The cancel token was set; the files already written stay.
        ExportError: The format is unknown, or the folder is missing.
    """
    from kernpunt.core.pipeline import translate_article

    suffix = _suffix(format)
    if not folder.is_dir():
        raise ExportError(f"Could not export: the folder {folder} does not exist.")
    known = documents or {}
    taken: set[Path] = set()
    items: list[BatchItem] = []
    for number, path in enumerate(paths):
        _report(on_progress, BatchProgress(number, len(paths), path))
        _check(cancel)
        try:
            document = known.get(path)
            if document is None:
                article = read_article(path)
                document = translate_article(
                    article,
                    translator,
                    brief_method=brief_method,
                    brief_length=brief_length,
                    cancel=cancel,
                )
                _check(cancel)  # a cancelled translation is incomplete: never export it
                document = replace(document, mode=translator.mode)
            target = unique_path(folder, propose_name(document.article, suffix), taken)
            taken.add(target)
            export_document(document, target, format, content, now=now)
        except (ArticleError, BriefError, ExportError) as error:
            items.append(BatchItem(path, None, str(error)))
            continue
        items.append(BatchItem(path, target))
    _report(on_progress, BatchProgress(len(paths), len(paths), None))
    return items


def _suffix(format: str) -> str:
    chosen = FORMATS.get(format)
    if chosen is None:
        raise ExportError(
            f"“{format}” is not a format Kernpunt exports; choose one of {', '.join(FORMATS)}."
        )
    return chosen.suffix


def _report(callback: ProgressCallback | None, progress: BatchProgress) -> None:
    if callback is not None:
        callback(progress)


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()
