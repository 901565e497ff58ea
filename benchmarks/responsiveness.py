"""Does the window stay responsive while it translates the 5,000-word sample?

The real main window runs offscreen with the nl→en-shaped random model; a 10 ms timer measures
how late the event loop serves it, from Translate until the brief is shown. A stall is the time
the loop was busy beyond the timer's interval. For comparison, the same timer runs while the same
article is translated on the GUI thread itself, as a program without a worker would.

Usage: python benchmarks/responsiveness.py [--seconds 90] [--mode quality|fast]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from results import record  # noqa: E402 - benchmarks/ is a folder of scripts

LONG = REPO.parent / "shared" / "samples" / "lassy-long-5k-words.nl.txt"
TICK_MS = 10
TARGET_MS = 100


class StallMeter:
    """Records how late each tick of a fast timer arrives."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.stalls: list[float] = []
        self.when: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start measuring."""
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        """Stop measuring."""
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.stalls.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        self.when.append(now)
        self._last = now

    def worst(self, origin: float, count: int = 5) -> list[tuple[float, float]]:
        """The longest stalls as (seconds after origin, milliseconds)."""
        pairs = sorted(zip(self.stalls, self.when, strict=True), reverse=True)[:count]
        return [(round(at - origin, 2), round(stall, 1)) for stall, at in pairs]


def figures(stalls: list[float]) -> dict[str, float]:
    ordered = sorted(stalls) or [0.0]
    return {
        "ticks": len(stalls),
        "max_stall_ms": round(ordered[-1], 1),
        "p99_stall_ms": round(ordered[int(0.99 * (len(ordered) - 1))], 1),
        "median_stall_ms": round(statistics.median(ordered), 1),
    }


def _row(label: str, figures: dict[str, float]) -> str:
    cells = [figures["max_stall_ms"], figures["p99_stall_ms"], figures["median_stall_ms"]]
    return f"| {label} | {figures['ticks']} | " + " | ".join(f"{cell} ms" for cell in cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--mode", choices=("quality", "fast"), default="quality")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="kernpunt-bench-")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = f"{home}/{name.lower()}"
    os.environ["ARGOS_PACKAGES_DIR"] = f"{home}/packages"

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kernpunt.core.models import find_package, install_package
    from kernpunt.ui.main_window import MainWindow
    from kernpunt.ui.settings import Settings
    from tests.support.argos_models import cached_package

    install_package(cached_package("nlen"))
    app = QApplication([])
    settings = Settings(QSettings(f"{home}/kernpunt.ini", QSettings.Format.IniFormat))
    settings.mode = args.mode
    window = MainWindow(settings)
    window.show()
    window.open_article(LONG)
    window.refresh_models()
    deadline = time.perf_counter() + 30
    while not window.settled and time.perf_counter() < deadline:
        app.processEvents()
    sentences = len(window.session.sentences)

    meter = StallMeter()
    done = {"at": 0.0}
    window.translation_finished.connect(lambda: done.update(at=time.perf_counter()))
    meter.start()
    started = time.perf_counter()
    window.translate()
    while not done["at"] and time.perf_counter() - started < args.seconds:
        app.processEvents()
        time.sleep(0.001)
    meter.stop()
    worker = figures(meter.stalls)
    worker["seconds"] = round((done["at"] or time.perf_counter()) - started, 1)
    worker["finished"] = bool(done["at"])
    worker["worst_stalls_at_s_ms"] = meter.worst(started)
    window.close()

    # The peer: the same sentences translated on the GUI thread, 20 at a time.
    from kernpunt.core.translate import Translator

    package = find_package()
    assert package is not None
    translator = Translator(package, mode=args.mode)
    translator.load()
    texts = [sentence.text for sentence in window.session.sentences][:60]
    blocking = StallMeter()
    blocking.start()
    for start in range(0, len(texts), 20):
        translator.translate(texts[start : start + 20])
        app.processEvents()
    app.processEvents()
    blocking.stop()
    peer = figures(blocking.stalls)

    summary = {
        "sentences": sentences,
        "mode": args.mode,
        "worker": worker,
        "gui_thread_peer_60_sentences": peer,
        "target_max_stall_ms": TARGET_MS,
        "met": worker["finished"] and worker["max_stall_ms"] <= TARGET_MS,
    }
    rows = [
        f"The 5,000-word sample ({sentences} sentences), {args.mode} mode, nl→en-shaped model.",
        "",
        "| translation runs | event-loop ticks | longest stall | 99th percentile | median |",
        "|---|---|---|---|---|",
        _row(f"on Kernpunt's worker ({worker['seconds']} s)", worker),
        _row("on the GUI thread, 20 sentences a call (first 60 only)", peer),
        "",
        f"Target: no stall over {TARGET_MS} ms — {'met' if summary['met'] else 'not met'}.",
    ]
    record(
        "responsiveness",
        "Responsiveness while translating",
        "python benchmarks/responsiveness.py",
        rows,
    )
    print("\n".join(rows))
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
