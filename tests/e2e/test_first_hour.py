"""A reader's first hour, walked through the real program.

First start without a model → Download from the model index in the notice → the sample article
translates by itself → its brief shows → an edit → kill -9 → start again → the offer is there
after the start article loads → Restore → the edit is back → export.

Each run is ``kernpunt`` started the way a reader starts it (``kernpunt.ui.app.main``, with its
recovery journal), driven by a small walker in the same process: it waits on the window's own
state (never on a clock) and clicks its buttons, one step at a time, from the event loop.
"""

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.commands import run_python
from tests.support.index_server import NL_EN, IndexServer, serving

pytestmark = pytest.mark.e2e

EDIT = "My own words for the second sentence."
STEP_TIMEOUT_S = 240

WALKER = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])
from kernpunt.ui.app import main
from kernpunt.ui.main_window import MainWindow

TIMEOUT = float(sys.argv[1])
EDIT = sys.argv[2]
OUT = Path(sys.argv[3])
BEGAN = time.monotonic()


def window():
    found = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    return found[0] if found else None


def translated(w):
    texts = w.session.translations
    return bool(texts) and all(t is not None for t in texts) and not w.session.translating


def report(**state):
    # "seconds": since the walk began, so a slow step shows in the test's output.
    print(json.dumps({**state, "seconds": round(time.monotonic() - BEGAN, 2)}), flush=True)


def started():  # the window is up with its first article, and has looked for a crashed run
    w = window()  # (it looks just after that article is drawn)
    return w is not None and w.session.article is not None and w.recovery.journal is not None


def edit_and_keep(w):  # the edit of sentence 2 is in the journal
    w.edit_sentence(1, EDIT)
    journal = w.recovery.journal
    return lambda: journal.exists() and EDIT in journal.read_text(encoding="utf-8")


def run(walk):
    steps = walk()
    current = {"until": next(steps), "since": time.monotonic()}

    def poll():
        try:
            if not current["until"]():
                if time.monotonic() - current["since"] > TIMEOUT:
                    print("timed out waiting:", current["until"], file=sys.stderr)
                    app.exit(3)
                    return
                QTimer.singleShot(50, poll)
                return
            current["until"] = steps.send(None)
            current["since"] = time.monotonic()
        except StopIteration:
            return
        QTimer.singleShot(0, poll)

    QTimer.singleShot(0, poll)
"""

# Each walk ends by starting Kernpunt as a reader does, with the arguments after the walker's.
START = """
run(walk)
sys.exit(main(sys.argv[4:]))
"""

FIRST_START = (
    WALKER
    + """
def walk():
    yield lambda: window() is not None and window().session.models_checked
    w = window()
    yield lambda: w.session.article is not None
    notice = w.view.missing_model
    report(step="notice", shown=w.view.translation_stack.currentWidget() is notice,
           download=notice.download_button.isVisible(), from_file=notice.button.isVisible())
    notice.download_button.click()
    yield lambda: translated(w) and w.view.brief_pane.toPlainText().strip() != ""
    report(step="translated", sentences=len(w.session.sentences),
           brief=w.view.brief_pane.toPlainText().strip()[:200],
           model=w.session.package.label if w.session.package else None)
    yield edit_and_keep(w)
    report(step="ready")

"""
    + START
)

RESTART = (
    WALKER
    + """
from kernpunt.ui.export_dialog import ExportDialog


def walk():
    yield started
    w = window()
    offer = w.recovery.offer
    report(step="offer", shown=offer.isVisible(), restore=offer.action_button.text(),
           discard=offer.second_button.text())
    offer.action_button.click()
    yield lambda: 1 in w.session.edited and translated(w)
    report(step="restored", second=w.session.translations[1], edited=sorted(w.session.edited),
           offer=offer.isVisible(), source=str(w.session.article.source))
    dialog = ExportDialog(w.session, w.settings, [], w)
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.folder.setText(str(OUT))
    written = []
    dialog.exported.connect(written.append)
    dialog.show()
    dialog.export_button.click()
    yield lambda: bool(written)
    report(step="exported", path=str(written[0]))
    w.close()

"""
    + START
)


OPENED_ARTICLE = (
    WALKER
    + """
def walk():
    yield started
    w = window()
    yield lambda: translated(w)
    yield edit_and_keep(w)
    report(step="ready")

"""
    + START
)

QUIT_WITH_THE_OFFER_OPEN = (
    WALKER
    + """
def walk():
    yield started
    w = window()
    report(step="offer", shown=w.recovery.offer.isVisible(), article=w.session.article.title)
    w.close()

"""
    + START
)


@pytest.fixture
def server(tiny_archive: Path) -> Iterator[IndexServer]:
    with serving(chunk=32 * 1024) as server:
        server.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        yield server


def lines(stream: Iterator[str]) -> Iterator[dict[str, object]]:
    for line in stream:
        if line.startswith("{"):
            yield json.loads(line)


def offscreen(**extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}


def walk_then_kill(
    script: str, *args: str, env: dict[str, str], log: Path
) -> dict[str, dict[str, object]]:
    """Run a walk until it reports "ready", then kill -9 the process; what it reported, by step."""
    seen: dict[str, dict[str, object]] = {}
    with (
        log.open("w") as errors,
        subprocess.Popen(
            [sys.executable, "-c", script, str(STEP_TIMEOUT_S), EDIT, *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env=env,
        ) as process,
    ):
        try:
            assert process.stdout is not None
            for state in lines(process.stdout):
                seen[str(state["step"])] = state
                if state["step"] == "ready":
                    break
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=60)
    assert "ready" in seen, log.read_text()
    assert process.returncode == -signal.SIGKILL
    return seen


def run_walk(script: str, *args: str, env: dict[str, str]) -> dict[str, dict[str, object]]:
    """Run a walk to its end, a clean quit; what it reported, by step."""
    result = run_python(
        "-c", script, str(STEP_TIMEOUT_S), EDIT, *args, env=env, timeout=STEP_TIMEOUT_S * 3
    )
    assert result.returncode == 0, result.stderr
    return {str(state["step"]): state for state in lines(iter(result.stdout.splitlines()))}


def journals() -> list[Path]:
    return list((Path(os.environ["XDG_STATE_HOME"]) / "kernpunt").glob("recovery*.json"))


def test_first_hour_from_no_model_to_a_restored_edit_and_an_export(
    tmp_path: Path, server: IndexServer
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    env = offscreen(ARGOS_PACKAGE_INDEX=server.base_url)
    seen = walk_then_kill(FIRST_START, str(out), env=env, log=tmp_path / "first.log")
    assert (seen["notice"]["shown"], seen["notice"]["download"], seen["notice"]["from_file"]) == (
        True,
        True,
        True,
    ), "the notice offers Download and Install model from file"
    assert server.requests[0] == "/index.json", "the index was looked up when Download was pressed"
    assert seen["translated"]["model"] == "Dutch → English 1.0"
    assert seen["translated"]["brief"], "the brief is visible"

    steps = run_walk(RESTART, str(out), env=env)
    offer = steps["offer"]
    assert (offer["shown"], offer["restore"], offer["discard"]) == (True, "Restore", "Discard"), (
        "the offer is still there once the start article has loaded"
    )
    assert steps["restored"]["second"] == EDIT
    assert steps["restored"]["edited"] == [1]
    exported = Path(str(steps["exported"]["path"]))
    assert exported.parent == out and EDIT in exported.read_text(encoding="utf-8")
    assert journals() == [], "restored and closed: nothing left to offer"
    print("first start:", {step: state["seconds"] for step, state in seen.items()})
    print("restart:", {step: state["seconds"] for step, state in steps.items()})


def test_an_opened_articles_edit_survives_a_kill_and_a_quit_before_the_offer_is_answered(
    tmp_path: Path, installed_model: Path
) -> None:
    article = tmp_path / "bericht.txt"
    article.write_text(
        "Nieuw bericht\n\nDe gemeente bouwt een brug. Die is in mei klaar. Dat meldt de krant.",
        encoding="utf-8",
    )
    env = offscreen()
    walk_then_kill(OPENED_ARTICLE, str(tmp_path), str(article), env=env, log=tmp_path / "1.log")

    quit_early = run_walk(QUIT_WITH_THE_OFFER_OPEN, str(tmp_path), env=env)
    assert quit_early["offer"]["shown"], "the offer shows beside the sample article"
    restored = run_walk(RESTART, str(tmp_path), env=env)
    assert restored["offer"]["shown"], "a clean quit with the offer open kept it for this start"
    assert restored["restored"]["source"] == str(article)
    assert restored["restored"]["second"] == EDIT
    assert not restored["restored"]["offer"]
    assert EDIT in Path(str(restored["exported"]["path"])).read_text(encoding="utf-8")
    assert journals() == [], "restored and closed: nothing left to offer"
