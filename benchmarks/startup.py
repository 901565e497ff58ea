"""Start-up time: from starting ``kernpunt`` to its first frame with the article in it.

Kernpunt starts as a reader starts it: the nl→en-shaped model installed, the recovery journal
kept, the model's preload scheduled, and an article opened from the command line (as the last
one read would be). No screenshot mode: a small driver runs ``kernpunt.__main__.main`` (what the
``kernpunt`` command runs) unchanged, so the window's modules are imported by the start itself,
and, when the window says the article is shown and the window is on screen, renders it once
(``QWidget.grab``: the original, the translation pane and the brief area laid out) and reports
the time. The peer in the same run is the floor: a bare three-pane PySide6 window with the same
text, rendered the same way, once, into memory (neither program writes the picture to a file).
Each round starts both fresh, alternating; a round during which the machine was busier than its
cores is run again (``results.rounds``).

Both run from compiled bytecode, as an installed program does: ``PYTHONDONTWRITEBYTECODE`` is
dropped from their environment and a first, unmeasured run of each writes the ``.pyc`` files
(and warms the file cache). Each also reports the processor time it used up to its frame (all
its threads), which a busy machine disturbs less than the wall-clock time.

Usage: python benchmarks/startup.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import load_note, reader_folders, record, rounds  # benchmarks/ is a folder of scripts

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt"
TARGET_SECONDS = 0.25
TARGET_RATIO = 1.5

# Runs Kernpunt's own start-up, through the entry point of the `kernpunt` command: the window's
# modules are imported by the start itself, in its order. When the window module is imported,
# its MainWindow is wrapped to report once the article is shown and the window rendered.
READER_START = """
import sys
import time
from importlib.machinery import PathFinder


def render(window):
    from PySide6.QtCore import QTimer

    if not window.isVisible():  # the article is there, the window not shown yet: not a frame
        QTimer.singleShot(1, lambda: render(window))
        return
    window.grab()
    print("Rendered the window", time.process_time(), flush=True)
    window.close()


def watch(main_window):
    from PySide6.QtCore import QTimer

    built = main_window.MainWindow.__init__

    def build(window, *args, **kwargs):
        built(window, *args, **kwargs)
        window.article_shown.connect(lambda: QTimer.singleShot(0, lambda: render(window)))

    main_window.MainWindow.__init__ = build


class WatchWindow:
    def find_spec(self, name, path, target=None):
        if name != "kernpunt.ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path)
        execute = spec.loader.exec_module

        def exec_module(module):
            execute(module)
            watch(module)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, WatchWindow())
from kernpunt.__main__ import main

sys.exit(main(sys.argv[1:]))
"""

BARE_WINDOW = """
import sys
import time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit
app = QApplication([])
window = QMainWindow()
splitter = QSplitter()
for text in (Path(sys.argv[1]).read_text(encoding="utf-8"), "", ""):
    pane = QTextEdit()
    pane.setPlainText(text)
    splitter.addWidget(pane)
window.setCentralWidget(splitter)
window.resize(1280, 780)
window.show()
app.processEvents()
window.grab()
print("Rendered the window", time.process_time(), flush=True)
"""


def time_run(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Return (seconds to the frame, processor seconds to it, seconds to exit) of one run."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert process.stdout is not None
    shown = cpu = None
    for line in process.stdout:
        if line.startswith(b"Rendered the window"):
            shown = time.perf_counter() - started
            cpu = float(line.split()[-1])
    process.wait()
    ended = time.perf_counter() - started
    if process.returncode != 0 or shown is None or cpu is None:
        raise SystemExit(f"{command[0]} failed with exit status {process.returncode}")
    return shown, cpu, ended


def environment(home: str) -> dict[str, str]:
    """A fresh reader's folders with the nl→en-shaped model installed."""
    sys.path.insert(0, str(REPO))
    from tests.support.argos_models import cached_package, install_package

    env = {
        **{key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": "offscreen",
        **reader_folders(home),
    }
    install_package(cached_package("nlen"), Path(home) / "packages")
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = environment(home)
        commands = {
            "kernpunt": [sys.executable, "-c", READER_START, str(SAMPLE)],
            "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW, str(SAMPLE)],
        }
        for command in commands.values():  # write the bytecode, warm the file cache
            time_run(command, env)
        kept, loads = rounds(
            lambda: {name: time_run(command, env) for name, command in commands.items()},
            args.rounds,
        )
    figures = {
        name: {
            "shown_s": round(statistics.median(r[name][0] for r in kept), 3),
            "cpu_s": round(statistics.median(r[name][1] for r in kept), 3),
            "exit_s": round(statistics.median(r[name][2] for r in kept), 3),
        }
        for name in commands
    }
    ratio = statistics.median(r["kernpunt"][0] / r["bare PySide6 window"][0] for r in kept)
    cpu_ratio = statistics.median(r["kernpunt"][1] / r["bare PySide6 window"][1] for r in kept)
    summary = {
        "rounds": len(kept),
        "kernpunt_shown_s": figures["kernpunt"]["shown_s"],
        "kernpunt_cpu_s": figures["kernpunt"]["cpu_s"],
        "kernpunt_exit_s": figures["kernpunt"]["exit_s"],
        "bare_window_shown_s": figures["bare PySide6 window"]["shown_s"],
        "bare_window_cpu_s": figures["bare PySide6 window"]["cpu_s"],
        "ratio_to_bare": round(ratio, 2),
        "cpu_ratio_to_bare": round(cpu_ratio, 2),
        "loads": [round(load, 1) for load in loads],
        "met": figures["kernpunt"]["shown_s"] <= TARGET_SECONDS and ratio <= TARGET_RATIO,
    }
    rows = [
        f"Median of {len(kept)} alternating rounds, each program started fresh. Kernpunt with "
        "the nl→en-shaped model installed, recovery on, the preload scheduled and the NATO "
        "sample opened from the command line; both from compiled bytecode, both rendering "
        "their window once into memory.",
        "",
        "| program | first frame with the article (median) | processor time to it (median) "
        "| process exit (median) |",
        "|---|---|---|---|",
        *(
            f"| {name} | {f['shown_s']:.3f} s | {f['cpu_s']:.3f} s | {f['exit_s']:.3f} s |"
            for name, f in figures.items()
        ),
        "",
        f"Kernpunt / bare window, round by round (median): {summary['ratio_to_bare']:.2f}×. "
        f"Target ≤ {TARGET_SECONDS} s and ≤ {TARGET_RATIO}×: "
        f"{'met' if summary['met'] else 'not met'}. Processor time, Kernpunt / bare window "
        f"(median): {summary['cpu_ratio_to_bare']:.2f}×. {load_note(loads)}",
    ]
    record("startup", "Start-up", "python benchmarks/startup.py", rows, summary=summary)


if __name__ == "__main__":
    main()
