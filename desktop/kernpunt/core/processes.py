"""Whether another process is still running, and what runs killed midway left in a folder.

Exports, package installs and downloads name their temporary files and folders after the
process that makes them, so that a later run can tell the leftovers of a killed one (its process
is gone) from work still under way.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path


def process_running(pid: int) -> bool:
    """Whether a process with this id runs (this one included); an absurd id runs nowhere.

    A process that exists but belongs to another user counts as running: its files are not ours
    to remove.
    """
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError, ValueError):
        return False
    except OSError:
        return True
    return True


def leftovers(folder: Path, pattern: re.Pattern[str], *, max_age: float = 0.0) -> list[Path]:
    """The entries of a folder that runs killed midway left behind, in name order.

    Args:
        folder: The folder to look in; one that cannot be listed has none.
        pattern: Matches the names of the entries a run makes; its group ``pid`` holds the id
            of the process that made one. Such an entry is left over once its process is gone.
        max_age: An entry the pattern matches without a ``pid`` was named by an older Kernpunt;
            it is left over once nobody has touched it for this many seconds (0: at once).
    """
    try:
        with os.scandir(folder) as listing:
            names = sorted(entry.name for entry in listing)
    except OSError:
        return []
    now = time.time()
    found = []
    for name in names:
        match = pattern.match(name)
        if match is None:
            continue
        pid = match.group("pid")
        if pid is not None:
            if process_running(int(pid)):
                continue
        elif max_age > 0 and not _older(folder / name, now - max_age):
            continue
        found.append(folder / name)
    return found


def _older(path: Path, moment: float) -> bool:
    try:
        return path.lstat().st_mtime < moment
    except OSError:
        return False
