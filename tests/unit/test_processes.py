"""A killed run's leftovers are told from work under way by the process that made them."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from kernpunt.core.processes import leftovers, process_running

PATTERN = re.compile(r"\A(?:job-(?P<pid>\d{1,10})-)?[a-z]+\.part\Z")


def gone_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                           capture_output=True, text=True)  # fmt: skip
    pid = int(child.stdout)
    assert not process_running(pid)
    return pid


def test_a_gone_process_leaves_leftovers_a_running_one_does_not(tmp_path: Path) -> None:
    dead = tmp_path / f"job-{gone_pid()}-a.part"
    alive = tmp_path / f"job-{os.getpid()}-b.part"
    other = tmp_path / "notes.txt"
    for path in (dead, alive, other):
        path.write_bytes(b"")
    assert leftovers(tmp_path, PATTERN) == [dead]


def test_a_file_without_a_process_id_is_left_over_once_it_is_old(tmp_path: Path) -> None:
    old, fresh = tmp_path / "old.part", tmp_path / "fresh.part"
    for path in (old, fresh):
        path.write_bytes(b"")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    assert leftovers(tmp_path, PATTERN, max_age=600) == [old]
    assert leftovers(tmp_path, PATTERN) == [fresh, old], "without an age, at once"


def test_a_missing_folder_has_no_leftovers(tmp_path: Path) -> None:
    assert leftovers(tmp_path / "nowhere", PATTERN) == []
