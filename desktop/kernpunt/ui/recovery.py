"""The recovery journal: what the reader was working on, kept on disk until a clean exit.

If Kernpunt is killed or crashes, the journal is still there at the next start, and the window
offers to bring back the article list, the article, and the reader's own edits; the
translations themselves come back from the translation cache.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kernpunt.core.export import ExportError, write_atomic

JOURNAL_VERSION = 1
JOURNAL_FILE = "recovery.json"


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
    """The journal's file in the user's state folder (``$XDG_STATE_HOME/kernpunt``)."""
    import platformdirs

    return Path(platformdirs.user_state_dir("kernpunt", appauthor=False)) / JOURNAL_FILE


def save(recovery: Recovery, path: Path | None = None) -> None:
    """Write the journal atomically; a failure to write it is not worth bothering the reader."""
    path = path or journal_path()
    data = asdict(recovery)
    data["version"] = JOURNAL_VERSION
    data["edits"] = {str(index): list(pair) for index, pair in recovery.edits.items()}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except (OSError, ExportError):
        pass


def load(path: Path | None = None) -> Recovery | None:
    """Read the journal a previous run left, if it ended without closing cleanly.

    Returns:
        What can be restored; None when there is no journal, it is damaged, or the process that
        wrote it is still running (another Kernpunt window).
    """
    path = path or journal_path()
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
        recovery = Recovery(
            articles=[str(item) for item in data.get("articles", [])],
            path=_optional(data.get("path")),
            encoding=_optional(data.get("encoding")),
            text=_optional(data.get("text")),
            edits={
                int(index): (str(pair[0]), str(pair[1]))
                for index, pair in dict(data.get("edits", {})).items()
            },
            translating=bool(data.get("translating", False)),
            pid=int(data.get("pid", 0)),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, AttributeError, IndexError, KeyError):
        clear(path)
        return None
    if recovery.pid != os.getpid() and _alive(recovery.pid):
        return None
    return recovery if recovery.worth_offering else None


def clear(path: Path | None = None) -> None:
    """Remove the journal: the reader closed the window, or restored or dismissed it."""
    (path or journal_path()).unlink(missing_ok=True)


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _alive(pid: int) -> bool:
    """Whether a Kernpunt process with this id is running (ids are reused by other programs)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True
    return b"kernpunt" in command
