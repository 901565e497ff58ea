"""Start-up time: from starting ``kernpunt`` to its first frame with the article in it.

Kernpunt starts as a reader starts it: the nl→en-shaped model installed, the recovery journal
kept, the model's preload scheduled, and an article opened from the command line (as the last
one read would be). No screenshot mode: a small driver runs ``kernpunt.ui.app.main`` unchanged
and, when the window says the article is shown, renders the window once (``QWidget.grab``: the
original, the translation pane and the brief area laid out) and reports the time. The peer in
the same run is the floor: a bare three-pane PySide6 window with the same text, rendered the
same way. Each round starts both fresh, alternating; a round during which the machine was
busier than its cores is run again (``results.rounds``).

Usage: python benchmarks/startup.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import load_note, record, rounds  # benchmarks/ is a folder of scripts

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt"
TARGET_SECONDS = 0.25
TARGET_RATIO = 1.5

# Runs Kernpunt's own start-up; reports once the article is shown and the window rendered.
READER_START = """
import sys
from PySide6.QtCore import QTimer
from kernpunt.ui import app, main_window

shown = main_window.MainWindow.show

def render(window):
    window.grab()
    print("Saved the window", flush=True)
    window.close()

def show(window):
    window.article_shown.connect(lambda: QTimer.singleShot(0, lambda: render(window)))
    shown(window)

main_window.MainWindow.show = show
sys.exit(app.main(sys.argv[1:]))
"""

BARE_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit
app = QApplication([])
window = QMainWindow()
splitter = QSplitter()
for text in (Path(sys.argv[2]).read_text(encoding="utf-8"), "", ""):
    pane = QTextEdit()
    pane.setPlainText(text)
    splitter.addWidget(pane)
window.setCentralWidget(splitter)
window.resize(1280, 780)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
print("Saved the window to", sys.argv[1], flush=True)
"""


def time_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Return (seconds to the 'Saved' line, seconds to exit) for one fresh process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert process.stdout is not None
    shown = None
    for line in process.stdout:
        if line.startswith(b"Saved the window"):
            shown = time.perf_counter() - started
    process.wait()
    ended = time.perf_counter() - started
    if process.returncode != 0 or shown is None:
        raise SystemExit(f"{command[0]} failed with exit status {process.returncode}")
    return shown, ended


def environment(home: str) -> dict[str, str]:
    """A fresh reader's folders with the nl→en-shaped model installed."""
    sys.path.insert(0, str(REPO))
    from tests.support.argos_models import cached_package, install_package

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": home,
        "XDG_DATA_HOME": f"{home}/data",
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_CACHE_HOME": f"{home}/cache",
        "XDG_STATE_HOME": f"{home}/state",
        "ARGOS_PACKAGES_DIR": f"{home}/packages",
    }
    install_package(cached_package("nlen"), Path(home) / "packages")
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = environment(home)
        shot = f"{home}/window.png"
        commands = {
            "kernpunt": [sys.executable, "-c", READER_START, str(SAMPLE)],
            "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW, shot, str(SAMPLE)],
        }
        for command in commands.values():  # warm the file cache
            time_run(command, env)
        kept, loads = rounds(
            lambda: {name: time_run(command, env) for name, command in commands.items()},
            args.rounds,
        )
    figures = {
        name: {
            "shown_s": round(statistics.median(r[name][0] for r in kept), 3),
            "exit_s": round(statistics.median(r[name][1] for r in kept), 3),
        }
        for name in commands
    }
    ratio = statistics.median(r["kernpunt"][0] / r["bare PySide6 window"][0] for r in kept)
    summary = {
        "rounds": len(kept),
        "kernpunt_shown_s": figures["kernpunt"]["shown_s"],
        "kernpunt_exit_s": figures["kernpunt"]["exit_s"],
        "bare_window_shown_s": figures["bare PySide6 window"]["shown_s"],
        "ratio_to_bare": round(ratio, 2),
        "loads": [round(load, 1) for load in loads],
        "met": figures["kernpunt"]["shown_s"] <= TARGET_SECONDS and ratio <= TARGET_RATIO,
    }
    rows = [
        f"Median of {len(kept)} alternating rounds, each program started fresh. Kernpunt with "
        "the nl→en-shaped model installed, recovery on, the preload scheduled and the NATO "
        "sample opened from the command line.",
        "",
        "| program | first frame with the article (median) | process exit (median) |",
        "|---|---|---|",
        *(
            f"| {name} | {f['shown_s']:.3f} s | {f['exit_s']:.3f} s |"
            for name, f in figures.items()
        ),
        "",
        f"Kernpunt / bare window, round by round (median): {summary['ratio_to_bare']:.2f}×. "
        f"Target ≤ {TARGET_SECONDS} s and ≤ {TARGET_RATIO}×: "
        f"{'met' if summary['met'] else 'not met'}. {load_note(loads)}",
    ]
    record("startup", "Start-up", "python benchmarks/startup.py", rows)
    print("\n".join(rows))
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
