"""Running Python and the ``kernpunt`` program as processes, as a reader's terminal does."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

KERNPUNT = [sys.executable, "-m", "kernpunt"]


def run_python(
    *args: str | Path,
    timeout: float = 120,
    env: Mapping[str, str] | None = None,
    offscreen: bool = False,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run this Python with these arguments and return what it printed and its status.

    Args:
        args: The command line after ``python``: a script, ``-c CODE`` or ``-m MODULE``, and
            what it is given.
        timeout: Seconds before the test fails instead of hanging.
        env: The child's environment; this process's own if omitted.
        offscreen: Run Qt on its offscreen platform, for programs that open a window.
        cwd: The folder to run in; this process's own if omitted.
    """
    if offscreen:
        env = {**(os.environ if env is None else env), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=cwd,
        check=False,
    )


def run_kernpunt(
    *args: str | Path,
    timeout: float = 120,
    env: Mapping[str, str] | None = None,
    offscreen: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run ``kernpunt`` with these arguments and return what it printed and its status.

    Args:
        args: The command line after ``kernpunt``.
        timeout: Seconds before the test fails instead of hanging.
        env: The program's environment; this process's own if omitted.
        offscreen: Run Qt on its offscreen platform, for commands that open a window.
    """
    return run_python("-m", "kernpunt", *args, timeout=timeout, env=env, offscreen=offscreen)
