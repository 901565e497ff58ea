"""Attack 2: a damaged or shared recovery journal never stops the window or loses an article."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kernpunt.ui import recovery
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.recovery import Recovery
from tests.hostile.conftest import dead_pid


@pytest.fixture
def state(isolated_user: Path) -> Path:
    folder = isolated_user / "state" / "kernpunt"
    folder.mkdir(parents=True)
    return folder


DAMAGED = {
    "pid beyond a C long": json.dumps({"text": "x", "pid": 2147483648}),
    "pid far beyond": json.dumps({"text": "x", "pid": 10**30}),
    "deep nesting": "[" * 200_000 + "]" * 200_000,
    "edits of the wrong shape": json.dumps({"text": "x", "edits": [[1, 2]]}),
    "not UTF-8": "\udcff",
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_journal_is_set_aside_with_a_message(state: Path, content: str) -> None:
    journal = state / "recovery.json"
    journal.write_bytes(content.encode("utf-8", "surrogateescape"))
    damaged: list[Path] = []
    found = recovery.load(recovery.journal_path(), on_damaged=damaged.append)
    if "pid" in content and found is not None:
        # An absurd process id is no reason to lose the article: it is simply not running.
        assert found.text == "x"
        return
    assert found is None
    assert not journal.exists()
    assert len(damaged) == 1 and damaged[0].name.startswith(recovery.DAMAGED_PREFIX)
    assert damaged[0].read_bytes() == content.encode("utf-8", "surrogateescape"), "kept as it was"
    assert recovery.load(recovery.journal_path()) is None, "and never read again"


def test_a_folder_at_the_journal_path(state: Path) -> None:
    (state / f"recovery-{dead_pid()}.json").mkdir()
    damaged: list[Path] = []
    assert recovery.load(recovery.journal_path(), on_damaged=damaged.append) is None
    assert len(damaged) == 1 and damaged[0].is_dir()
    recovery.save(Recovery(text="Nieuw."))
    assert json.loads(recovery.journal_path().read_text())["text"] == "Nieuw."


def test_two_windows_keep_two_journals(state: Path) -> None:
    """One window's clean exit leaves the other's journal; a crash of the other is offered."""
    other = state / f"recovery-{dead_pid()}.json"
    mine = recovery.journal_path()
    recovery.save(Recovery(text="Geplakt artikel van het andere venster."), other)
    recovery.save(Recovery(text="Mijn artikel."), mine)
    recovery.clear(mine)  # this window closes cleanly
    assert other.exists()
    found = recovery.load(mine)  # the next start finds what the crashed window left
    assert found is not None and found.text == "Geplakt artikel van het andere venster."
    assert not other.exists() and mine.exists(), "taken over, so no other window restores it"


def test_a_running_windows_journal_is_left_alone(state: Path) -> None:
    running = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(30)", "kernpunt"],
    )
    try:
        theirs = state / f"recovery-{running.pid}.json"
        recovery.save(Recovery(text="Nog open.", pid=running.pid), theirs)
        assert recovery.load(recovery.journal_path()) is None
        assert theirs.exists()
    finally:
        running.kill()
        running.wait()


def test_the_window_starts_and_says_so(qtbot: QtBot, window: MainWindow, state: Path) -> None:
    (state / "recovery.json").write_text("[" * 100_000)
    window.keep_journal()
    assert window.recovery.offer.isVisible()
    assert "could not read what it saved" in window.recovery.offer.label.text()
    assert os.listdir(state) != ["recovery.json"]
