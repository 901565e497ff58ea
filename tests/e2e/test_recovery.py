"""A crash loses nothing: kill -9 during a translation, start again, restore."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.commands import run_python

pytestmark = pytest.mark.e2e

LONG = Path(__file__).resolve().parents[1] / "data" / "lassy-long-5k-words.nl.txt"

PRELUDE = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.settings import Settings

app = QApplication([])
window = MainWindow(Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
window.show()

def pump_until(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.005)
"""

CRASHING_RUN = (
    PRELUDE
    + """
window.keep_journal()
window.refresh_models()
window.open_paths([Path(p) for p in sys.argv[2:]])
pump_until(lambda: window.session.article is not None and window.session.models_checked)
pump_until(lambda: window.article_list.count() == len(sys.argv) - 2)
window.translate()
pump_until(lambda: sum(t is not None for t in window.session.translations) >= 8)
window.edit_sentence(1, "My own words for the second sentence.")
pump_until(lambda: "My own words" in window.recovery.journal.read_text(encoding="utf-8")
           if window.recovery.journal.exists() else False)
print("READY", flush=True)
pump_until(lambda: False, seconds=600)
"""
)

RESTARTED_RUN = (
    PRELUDE
    + """
cached = []
window.session.progress_changed.connect(lambda progress: cached.append(progress.cached))
found = window.keep_journal()
offer = window.recovery.offer
offered = offer.isVisible() and offer.action_button.isVisible()
window.refresh_models()
pump_until(lambda: window.session.models_checked)
finished = []
window.translation_finished.connect(lambda: finished.append(True))
offer.action_button.click()
pump_until(lambda: finished, seconds=240)
session = window.session
print(json.dumps({
    "offered": bool(found) and offered,
    "articles": [str(path) for path in window.article_list.paths()],
    "source": str(session.article.source),
    "second": session.translations[1],
    "edited": sorted(session.edited),
    "complete": all(text is not None for text in session.translations),
    "cached": max(cached, default=0),
}))
window.close()
"""
)


def test_a_killed_session_is_offered_back_with_edits_and_cached_translations(
    tmp_path: Path, installed_model: Path
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    first = articles / "lang.txt"
    first.write_text(LONG.read_text(encoding="utf-8"), encoding="utf-8")
    second = articles / "kort.txt"
    second.write_text("Kort bericht\n\nDit is een kort bericht. Het gaat over het weer.")
    settings = tmp_path / "kernpunt.ini"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", CRASHING_RUN, str(settings), str(first), str(second)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as crashing:
        try:
            assert crashing.stdout is not None
            assert crashing.stdout.readline().strip() == "READY"
            time.sleep(0.5)
        finally:
            crashing.send_signal(signal.SIGKILL)
            crashing.wait(timeout=30)
    assert crashing.returncode == -signal.SIGKILL

    result = run_python("-c", RESTARTED_RUN, settings, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout.strip().splitlines()[-1])
    assert state["offered"]
    assert state["articles"] == [str(first), str(second)]
    assert state["source"] == str(first)
    assert state["second"] == "My own words for the second sentence."
    assert state["edited"] == [1]
    assert state["complete"]
    assert state["cached"] >= 6, "what was translated before the crash comes from the cache"


def test_a_clean_exit_leaves_nothing_to_restore(tmp_path: Path, sample: Path) -> None:
    settings = tmp_path / "kernpunt.ini"
    script = (
        PRELUDE
        + """
window.keep_journal()
window.open_paths([Path(sys.argv[2])])
pump_until(lambda: window.session.article is not None)
window.edit_sentence(0, "Mine.")
pump_until(lambda: window.recovery.journal.exists())
window.close()
again = MainWindow(Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
print(json.dumps({"found": again.keep_journal() is not None}))
"""
    )
    result = run_python("-c", script, settings, sample, offscreen=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"found": False}
