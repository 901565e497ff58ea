"""Running the ``kernpunt`` program as a process, as a reader's terminal does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

KERNPUNT = [sys.executable, "-m", "kernpunt"]


def run_kernpunt(
    *args: str | Path, timeout: float = 120, offscreen: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run ``kernpunt`` with these arguments and return what it printed and its status.

    Args:
        args: The command line after ``kernpunt``.
        timeout: Seconds before the test fails instead of hanging.
        offscreen: Run Qt on its offscreen platform, for commands that open a window.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"} if offscreen else None
    return subprocess.run(
        [*KERNPUNT, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
