"""Whether another process is still running: what tells a leftover of a killed run from work."""

from __future__ import annotations

import os


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
