"""Planning a batch: which articles, and the one file each of them is exported to.

Names depend only on the inputs, never on what the output folder holds, so running the same
batch again finds the same names (that is what ``--skip-existing`` relies on). An article keeps
its name with the export's suffix, and its place below the folder it was found in:
``news/2021/kabinet.txt`` given as ``news`` becomes ``OUT/2021/kabinet.md``. When two articles
would get the same name, the later one keeps its own suffix too (``kabinet.html.md``), then a
number (``kabinet (2).md``); no export ever replaces an article of the batch.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from kernpunt.core.cancel import CancelToken
from kernpunt.core.export import ExportError, export_format
from kernpunt.core.formats.article import iter_article_files


@dataclass(frozen=True)
class BatchJob:
    """One article of a batch and the file its export goes to.

    Attributes:
        source: The article file, or a folder that held no article.
        target: The export; None when it is named from the article's date and title once it
            is read (in ``folder``, never replacing a file), or when there is nothing to export.
        folder: The batch's output folder: folders below it are made as needed. None when the
            export goes to a file the reader named, whose folder must exist.
        error: Why the job cannot be done, when that is known before starting.
    """

    source: Path
    target: Path | None
    folder: Path | None = None
    error: str | None = None


def plan_batch(
    paths: Sequence[Path], folder: Path, format: str, *, cancel: CancelToken | None = None
) -> list[BatchJob]:
    """Find the articles among files and folders and name the export of each.

    Args:
        paths: Article files and folders (searched with their subfolders), in the order to
            translate them. A path that is not there stays in the plan and fails with its
            reason when the batch runs.
        folder: Where the exports go; files inside it are never taken as articles.
        format: A key of ``kernpunt.core.export.FORMATS``.
        cancel: Stops the search of large folders.

    Returns:
        One job per article, each article once; a folder without articles is a job that
        fails with that reason.

    Raises:
        ExportError: The format is unknown.
        Cancelled: The cancel token was set.
    """
    suffix = export_format(format).suffix
    found: list[tuple[Path, PurePath] | BatchJob] = []
    seen: set[str] = set()
    outputs = _key(folder)
    for path in paths:
        entries = list(_articles(Path(path), outputs, cancel))
        if not entries and Path(path).is_dir():
            reason = f"the folder “{path}” holds no article Kernpunt reads."
            found.append(BatchJob(Path(path), None, error=reason))
        for source, relative in entries:
            if _key(source) not in seen:
                seen.add(_key(source))
                found.append((source, relative))
    taken = set(seen)
    jobs = []
    for entry in found:
        if isinstance(entry, BatchJob):
            jobs.append(entry)
            continue
        target = _name(folder, entry[1], suffix, taken)
        taken.add(_key(target))
        jobs.append(BatchJob(entry[0], target, folder))
    return jobs


def plan_by_title(paths: Sequence[Path], folder: Path, format: str) -> list[BatchJob]:
    """Plan exports into one folder, each named from its article's date and title.

    This is the window's export of its article list: the names are chosen as each article is
    read, and never replace a file.

    Raises:
        ExportError: The format is unknown, or the folder does not exist.
    """
    export_format(format)
    if not folder.is_dir():
        raise ExportError("export.no_folder", folder=folder)
    return [BatchJob(Path(path), None, folder) for path in paths]


def _articles(path: Path, outputs: str, cancel: CancelToken | None) -> list[tuple[Path, PurePath]]:
    if not path.is_dir():
        return [(path, PurePath(path.name))]
    # An output folder inside the searched one holds a previous run's exports, not articles.
    below = _key(path) != outputs and outputs.startswith(_key(path) + os.sep)
    return [
        (source, source.relative_to(path))
        for source in iter_article_files(path, cancel)
        if not (below and _key(source).startswith(outputs + os.sep))
    ]


def _name(folder: Path, relative: PurePath, suffix: str, taken: set[str]) -> Path:
    place = folder / relative.parent
    stem = relative.stem if relative.suffix else relative.name
    candidates = [place / f"{stem}{suffix}"]
    if relative.suffix:
        candidates.append(place / f"{relative.name}{suffix}")
    for candidate in candidates:
        if _key(candidate) not in taken:
            return candidate
    number = 2
    while _key(place / f"{stem} ({number}){suffix}") in taken:
        number += 1
    return place / f"{stem} ({number}){suffix}"


def _key(path: Path) -> str:
    """A path as the batch compares it: absolute, and without case (macOS, Windows)."""
    return os.path.abspath(path).casefold()
