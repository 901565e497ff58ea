"""The recovery journal: what the reader was working on, kept on disk until a clean exit.

If Kernpunt is killed or crashes, the journal is still there at the next start, and the window
offers to bring back the article list, the article, and the reader's own edits; the
translations themselves come back from the translation cache.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

JOURNAL_VERSION = 1
# Each window keeps its own journal, "recovery-<pid>.json": one window's clean exit never
# deletes another's. "recovery.json" is where Kernpunt kept its only journal before.
# A journal offered back and not answered yet waits as "recovery-<pid>-offer.json".
_JOURNAL = re.compile(r"\Arecovery(?:-(\d{1,10}))?(?:-offer)?\.json\Z")
OFFER_SUFFIX = "-offer"
DAMAGED_PREFIX = "recovery-damaged-"
# A journal is a few kilobytes; one far larger was not written by Kernpunt.
MAX_JOURNAL_BYTES = 64 * 1024**2
_PID_LIMIT = 2**22  # Linux's largest process id


@dataclass
class Recovery:
    """What can be brought back after a crash.

    Attributes:
        articles: The article list, in order.
        path: The article being read, if it came from a file.
        encoding: The encoding the reader chose for it, if any.
        text: The article's text, if it was pasted or dropped as text.
        edits: The reader's own translations, by sentence index: (source sentence, text).
        translating: Whether a translation was running or done.
        pid: The process that wrote the journal.
    """

    articles: list[str] = field(default_factory=list)
    path: str | None = None
    encoding: str | None = None
    text: str | None = None
    edits: dict[int, tuple[str, str]] = field(default_factory=dict)
    translating: bool = False
    pid: int = field(default_factory=os.getpid)

    @property
    def worth_offering(self) -> bool:
        """Whether there is anything to restore."""
        return bool(self.articles or self.path or self.text or self.edits)


def journal_path() -> Path:
    """This window's journal in the user's state folder (``$XDG_STATE_HOME/kernpunt``)."""
    import platformdirs

    folder = Path(platformdirs.user_state_dir("kernpunt", appauthor=False))
    return folder / f"recovery-{os.getpid()}.json"


def save(recovery: Recovery, path: Path | None = None) -> None:
    """Write the journal atomically; a failure to write it is not worth bothering the reader."""
    path = path or journal_path()
    data = asdict(recovery)
    data["version"] = JOURNAL_VERSION
    data["edits"] = {str(index): list(pair) for index, pair in recovery.edits.items()}
    # Imported here: the journal is first written after the window's first frame, which needs
    # no export code.
    from kernpunt.core.export import ExportError, write_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except (OSError, ExportError):
        pass


def load(
    path: Path | None = None, on_damaged: Callable[[Path], None] | None = None
) -> Recovery | None:
    """Take over the journal a window left that ended without closing cleanly.

    The journals in the folder of ``path`` that belong to no running window are looked at,
    newest first; the first with something in it is moved to ``path``, this window's own
    journal, so that two windows starting at once never both restore it. A damaged journal is
    set aside under a ``recovery-damaged-`` name and never stops the window from starting.

    Args:
        path: This window's journal; defaults to journal_path().
        on_damaged: Called with the new name of each damaged journal set aside.

    Returns:
        What can be restored; None when no window left anything behind.
    """
    path = path or journal_path()
    for candidate in _left_behind(path):
        try:
            recovery = _read(candidate)
        except FileNotFoundError:
            continue  # Another window took it first.
        except _DAMAGED:
            aside = _set_aside(candidate)
            if aside is not None and on_damaged is not None:
                on_damaged(aside)
            continue
        if recovery.pid != os.getpid() and _alive(recovery.pid):
            continue
        if not recovery.worth_offering:
            clear(candidate)
            continue
        if candidate != path:
            try:
                os.replace(candidate, path)
            except OSError:
                continue
        return recovery
    return None


def hold_offer(path: Path) -> Path:
    """Move a journal taken over by ``load`` out of the way of this window's own journal.

    It waits there, still this window's, until the reader restores or discards it; if the
    window ends first, cleanly or not, the next start offers it again.

    Args:
        path: This window's journal, where ``load`` put what it took over.

    Returns:
        Where it waits now; ``path`` itself if it could not be moved.
    """
    held = path.with_name(f"{path.stem}{OFFER_SUFFIX}{path.suffix}")
    return held if _move(path, held) else path


def clear(path: Path | None = None) -> None:
    """Remove the journal: the reader closed the window, or restored or dismissed it."""
    with contextlib.suppress(OSError):
        (path or journal_path()).unlink(missing_ok=True)


_DAMAGED = (OSError, ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError)


def _left_behind(path: Path) -> list[Path]:
    """This window's journal, then the ones of windows that are gone, newest first."""
    found: list[tuple[float, Path]] = []
    with contextlib.suppress(OSError), os.scandir(path.parent) as listing:
        for entry in listing:
            match = _JOURNAL.match(entry.name)
            if match is None or entry.name == path.name:
                continue
            if match.group(1) is not None and _alive(int(match.group(1))):
                continue
            with contextlib.suppress(OSError):
                found.append((entry.stat(follow_symlinks=False).st_mtime, Path(entry.path)))
    others = [candidate for _, candidate in sorted(found, reverse=True)]
    return [path, *others] if os.path.lexists(path) else others


def _read(path: Path) -> Recovery:
    with path.open("rb") as file:
        raw = file.read(MAX_JOURNAL_BYTES + 1)
    if len(raw) > MAX_JOURNAL_BYTES:
        raise ValueError("too large")
    data: Any = json.loads(raw.decode("utf-8"))
    edits = data.get("edits", {})
    if not isinstance(edits, dict) or not isinstance(data.get("articles", []), list):
        raise TypeError("not a journal")
    pid = int(data.get("pid", 0))
    return Recovery(
        articles=[str(item) for item in data.get("articles", [])],
        path=_optional(data.get("path")),
        encoding=_optional(data.get("encoding")),
        text=_optional(data.get("text")),
        edits={int(index): (str(pair[0]), str(pair[1])) for index, pair in edits.items()},
        translating=bool(data.get("translating", False)),
        pid=pid if 0 < pid < _PID_LIMIT else 0,
    )


def _set_aside(path: Path) -> Path | None:
    """Rename a damaged journal out of the way, so it is kept but never read again."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{DAMAGED_PREFIX}{stamp}-{os.getpid()}{path.suffix}")
    return aside if _move(path, aside) else None


def _move(path: Path, target: Path) -> bool:
    try:
        os.replace(path, target)
    except OSError:
        return False
    return True


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _alive(pid: int) -> bool:
    """Whether a Kernpunt process with this id is running (ids are reused by other programs)."""
    if not 0 < pid < _PID_LIMIT:
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True
    return b"kernpunt" in command
