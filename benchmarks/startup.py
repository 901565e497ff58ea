"""Start-up time: from starting ``kernpunt`` to its window shown with the sample article.

Each run starts a fresh process offscreen (``kernpunt --screenshot``, with no model installed and
empty user folders) and times, from the parent, the moment the process reports the window
captured with the article in it; the whole process's wall time is recorded too. The peer in the
same run is the floor: a bare three-pane PySide6 window with the same text, captured the same way.
Runs alternate between the two so that drift of the shared machine hits both alike.

Usage: python benchmarks/startup.py [--runs 5]
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

from results import record  # benchmarks/ is a folder of scripts, not a package

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt"
TARGET_SECONDS = 0.3

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": home,
            "XDG_DATA_HOME": f"{home}/data",
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_CACHE_HOME": f"{home}/cache",
            "ARGOS_PACKAGES_DIR": f"{home}/packages",
        }
        shot = f"{home}/window.png"
        commands = {
            "kernpunt": [sys.executable, "-m", "kernpunt", "--screenshot", shot],
            "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW, shot, str(SAMPLE)],
        }
        for command in commands.values():  # warm the file cache
            time_run(command, env)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                runs[name].append(time_run(command, env))
    figures = {
        name: {
            "shown_s": round(statistics.median(r[0] for r in samples), 3),
            "exit_s": round(statistics.median(r[1] for r in samples), 3),
        }
        for name, samples in runs.items()
    }
    ratios = [
        k[0] / b[0] for k, b in zip(runs["kernpunt"], runs["bare PySide6 window"], strict=True)
    ]
    summary = {
        "runs": args.runs,
        "kernpunt_shown_s": figures["kernpunt"]["shown_s"],
        "kernpunt_exit_s": figures["kernpunt"]["exit_s"],
        "bare_window_shown_s": figures["bare PySide6 window"]["shown_s"],
        "ratio_to_bare": round(statistics.median(ratios), 2),
        "target_s": TARGET_SECONDS,
        "met": figures["kernpunt"]["shown_s"] <= TARGET_SECONDS,
    }
    rows = [
        "| program | window shown with the article (median) | process exit (median) |",
        "|---|---|---|",
        *(
            f"| {name} | {f['shown_s']:.3f} s | {f['exit_s']:.3f} s |"
            for name, f in figures.items()
        ),
        "",
        f"Kernpunt / bare window, pair by pair (median): {summary['ratio_to_bare']:.2f}×. "
        f"Target ≤ {TARGET_SECONDS} s: {'met' if summary['met'] else 'not met'}.",
    ]
    record("startup", "Start-up", "python benchmarks/startup.py", rows)
    print("\n".join(rows))
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
