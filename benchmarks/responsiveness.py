"""Does the window stay responsive through the first translation after it starts?

Every round starts a fresh process with nothing preloaded: it shows the real main window
offscreen and opens the NATO sample, which translates as it opens (the default), with the
nl→en-shaped random model (built and installed by another process, so none of its libraries
are loaded here). A 10 ms timer measures how late the event loop serves it, from opening the
article until its translation is done; a stall is the time the loop was busy beyond the timer's
interval. Opening (reading the article, telling its language, laying it out) and the
translation (loading the libraries and the model, then translating) are reported apart; the
target is on the translation. The peer, in a fresh process of its own in the same round: the
article's first sentences translated on the GUI thread itself, its imports and model load
included, as a program without a worker would. Worker and peer alternate, five rounds each; a
round run while the machine was busier than its core count is run again
(benchmarks/results.py).

The machine may be shared, so a stall's wall-clock time mixes the window's own work with time
it merely waited. Each stall is therefore split into the GUI thread's own CPU time (work done on
the GUI thread), the time it was ready to run but waited for a processor (the machine's load;
Linux only) and the rest: time it waited for the GIL, held by a worker, or for a lock. The worst
stalls name their cause: the window's updates that ran in them, or what the translation worker
was doing while the GUI thread waited.

Usage: python benchmarks/responsiveness.py [--rounds 5] [--mode quality|fast] [--seconds 300]
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from results import (  # noqa: E402 - benchmarks/ is a folder of scripts
    install_model_elsewhere,
    load_note,
    loaded_heavy_modules,
    loaded_note,
    record,
    rounds,
)

ARTICLE = REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt"
# The peer translates the article's first sentences on the GUI thread, this many a call: its
# stall is the whole call, so a few sentences show it without making the round long.
PEER_SENTENCES = 5
PEER_CALL = 5
TICK_MS = 10
TARGET_MS = 50
# A stall this long gets its cause looked up: what the worker runs, which updates ran.
EXPLAIN_MS = 20
WORST = 5
# The window's updates from results, timed when they run: (object's attribute path, method).
UPDATES = (
    ("view", "show_translations"),
    ("view", "set_brief"),
    ("view", "set_key_terms"),
    ("view", "refresh"),
    ("status", "show_progress"),
    ("status", "set_stage"),
)


class RunQueueClock:
    """The time the GUI thread has spent ready to run but waiting for a processor (Linux).

    Read from /proc through libc with the GIL held: Python's own file reads release the GIL,
    and each read would then wait for a busy worker to hand it back, adding stalls of its own.
    """

    def __init__(self) -> None:
        import ctypes

        # Opened on the GUI thread: thread-self is resolved now, for this thread.
        self._fd = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        self._pread = ctypes.PyDLL(None).pread
        self._pread.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_long]
        self._pread.restype = ctypes.c_ssize_t
        self._buffer = ctypes.create_string_buffer(128)

    @classmethod
    def open(cls) -> RunQueueClock | None:
        """The clock, or None where the system does not keep the figure."""
        try:
            clock = cls()
            clock.waited_ms()
        except (OSError, AttributeError, ValueError, IndexError):
            return None
        return clock

    def waited_ms(self) -> float:
        """Milliseconds spent waiting on a run queue since the thread started."""
        size = self._pread(self._fd, self._buffer, len(self._buffer), 0)
        if size <= 0:
            raise OSError("schedstat could not be read")
        return int(self._buffer.raw[:size].split()[1]) / 1e6


@dataclass
class Stall:
    """One late tick: when it came, how late, and where the time went."""

    at: float
    ms: float
    gui_cpu_ms: float
    queued_ms: float | None
    updates: list[tuple[str, float]] = field(default_factory=list)
    worker: str = ""
    collections: list[tuple[str, float]] = field(default_factory=list)

    def cause(self) -> str:
        """The likeliest cause in a few words: the largest of work, load and other waits."""
        queued = self.queued_ms or 0.0
        other = max(0.0, self.ms - self.gui_cpu_ms - queued)
        if self.gui_cpu_ms >= max(queued, other):
            named = [f"{name} {cpu:.0f} ms" for name, cpu in self.updates]
            named += [f"garbage collection {ms:.0f} ms" for ms in self._collected("GUI thread")]
            return f"GUI-thread work ({', '.join(named) or 'Qt layout and painting'})"
        also = "".join(f"; {name} {cpu:.0f} ms" for name, cpu in self.updates)
        if queued >= other:
            return f"waiting for a processor (machine load){also}"
        where = f"; the worker was in {self.worker}" if self.worker else ""
        if self._collected("worker"):
            where = "; " + ", ".join(
                f"a garbage collection of {ms:.0f} ms on the worker"
                for ms in self._collected("worker")
            )
        if self.queued_ms is None:
            return f"waiting for a processor, the GIL or a lock{where}{also}"
        return f"waiting for the GIL or a lock{where}{also}"

    def _collected(self, thread: str) -> list[float]:
        return [ms for where, ms in self.collections if where == thread]

    def as_json(self, origin: float) -> dict[str, Any]:
        """The stall for the JSON line, its time in seconds after origin."""
        return {
            "at_s": round(self.at - origin, 2),
            "ms": round(self.ms, 1),
            "gui_cpu_ms": round(self.gui_cpu_ms, 1),
            "queued_ms": None if self.queued_ms is None else round(self.queued_ms, 1),
            "cause": self.cause(),
        }


class StallMeter:
    """Records how late each tick of a fast timer arrives, and what the GUI thread did meanwhile.

    Each tick notes the wall-clock delay, the GUI thread's CPU time and run-queue wait since
    the previous tick; a long stall also notes the timed updates and the garbage collections
    (which hold the GIL, on whichever thread) that ran in it, and the innermost function the
    other threads were in when it ended.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.stalls: list[float] = []
        self.when: list[float] = []
        self.gui_cpu: list[float] = []
        # Of each stall, the part the GUI thread did not spend waiting for a processor: its own
        # work and its waits for the GIL or a lock. None where the system does not tell.
        self.own: list[float | None] = []
        self.explained: list[Stall] = []
        self._updates: list[tuple[float, float, str, float]] = []
        self._collections: list[tuple[float, float, str]] = []
        self._collecting: dict[int, float] = {}
        self._queue = RunQueueClock.open()
        self._thread = threading.get_ident()
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._last_queued = 0.0
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start measuring."""
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._last_queued = self._queue.waited_ms() if self._queue else 0.0
        gc.callbacks.append(self._on_collection)
        self.timer.start()

    def stop(self) -> None:
        """Stop measuring."""
        self.timer.stop()
        if self._on_collection in gc.callbacks:
            gc.callbacks.remove(self._on_collection)

    def _on_collection(self, phase: str, info: dict[str, int]) -> None:
        thread = threading.get_ident()
        if phase == "start":
            self._collecting[thread] = time.perf_counter()
            return
        started = self._collecting.pop(thread, None)
        ended = time.perf_counter()
        if started is not None and ended - started >= 0.002:
            where = "GUI thread" if thread == self._thread else "worker"
            self._collections.append((started, ended, where))

    def time_calls(self, owner: object, name: str, label: str) -> None:
        """Note each call of owner.name on the GUI thread: when, and its CPU time."""
        method: Callable[..., Any] = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                return method(*args, **kwargs)
            finally:
                spent = (time.thread_time() - cpu) * 1000
                self._updates.append((started, time.perf_counter(), label, spent))

        setattr(owner, name, timed)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        queued = self._queue.waited_ms() if self._queue else None
        stall = max(0.0, (now - self._last) * 1000 - TICK_MS)
        gui_cpu = (cpu - self._last_cpu) * 1000
        self.stalls.append(stall)
        self.when.append(now)
        self.gui_cpu.append(gui_cpu)
        waited = None if queued is None else queued - self._last_queued
        self.own.append(None if waited is None else max(0.0, stall - waited))
        if stall >= EXPLAIN_MS:
            self.explained.append(
                Stall(
                    now,
                    stall,
                    gui_cpu,
                    waited,
                    [
                        (label, spent)
                        for started, ended, label, spent in self._updates
                        if ended > self._last and started < now and spent >= 1.0
                    ],
                    self._other_threads(),
                    [
                        (where, (ended - started) * 1000)
                        for started, ended, where in self._collections_until(now)
                        if ended > self._last and started < now
                    ],
                )
            )
        self._updates = [update for update in self._updates if update[1] > now]
        self._collections = [collection for collection in self._collections if collection[1] > now]
        self._last, self._last_cpu = now, cpu
        self._last_queued = queued or 0.0

    def _collections_until(self, now: float) -> list[tuple[float, float, str]]:
        """The collections noted, and those still ending on other threads as of now."""
        ending = [
            (started, now, "GUI thread" if thread == self._thread else "worker")
            for thread, started in list(self._collecting.items())
        ]
        return self._collections + ending

    def _other_threads(self) -> str:
        """The innermost Python function each busy thread is in, except idle waits."""
        places = []
        for ident, frame in sys._current_frames().items():
            if ident == self._thread:
                continue
            code = frame.f_code
            module = str(frame.f_globals.get("__name__", "?"))
            if code.co_name in ("wait", "_worker", "get", "select") and module in (
                "threading",
                "concurrent.futures.thread",
                "queue",
                "selectors",
            ):
                continue
            places.append(f"{module}.{code.co_name}")
        return ", ".join(places)

    def worst(self, origin: float, count: int = WORST) -> list[tuple[float, float]]:
        """The longest stalls as (seconds after origin, milliseconds)."""
        pairs = sorted(zip(self.stalls, self.when, strict=True), reverse=True)[:count]
        return [(round(at - origin, 2), round(stall, 1)) for stall, at in pairs]

    def worst_explained(
        self, count: int = WORST, since: float = 0.0, until: float = math.inf
    ) -> list[Stall]:
        """The longest stalls between two moments, with their breakdown and cause."""
        chosen = [stall for stall in self.explained if since <= stall.at < until]
        return sorted(chosen, key=lambda stall: stall.ms, reverse=True)[:count]


def figures(meter: StallMeter, since: float = 0.0, until: float = math.inf) -> dict[str, Any]:
    """The stalls of the ticks that came between two moments (perf_counter seconds)."""
    ticks = [
        (stall, cpu, own)
        for stall, cpu, own, at in zip(
            meter.stalls, meter.gui_cpu, meter.own, meter.when, strict=True
        )
        if since <= at < until
    ]
    ordered = sorted(stall for stall, _, _ in ticks) or [0.0]
    owns = [own for _, _, own in ticks]
    return {
        "ticks": len(ticks),
        "max_stall_ms": round(ordered[-1], 1),
        "p99_stall_ms": round(ordered[int(0.99 * (len(ordered) - 1))], 1),
        "median_stall_ms": round(statistics.median(ordered), 1),
        "max_gui_cpu_ms": round(max((cpu for _, cpu, _ in ticks), default=0.0), 1),
        "max_own_stall_ms": None
        if None in owns
        else round(max((own for own in owns if own is not None), default=0.0), 1),
    }


def _fresh_home(packages: str) -> str:
    """Point the program's settings, data and cache at a new folder: no cached translation."""
    home = tempfile.mkdtemp(prefix="kernpunt-bench-")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = f"{home}/{name.lower()}"
    os.environ["ARGOS_PACKAGES_DIR"] = packages
    return home


def child_worker(packages: str, mode: str, seconds: float) -> dict[str, Any]:
    """In this fresh process: start the window, open the article, measure its first translation.

    As a reader has it: Translate articles as they open is on (the default), so the article's
    translation starts by itself as soon as it is read and the model is found. The meter runs
    from the moment the article is opened until that translation is done.
    """
    home = _fresh_home(packages)
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from kernpunt.ui.main_window import MainWindow
    from kernpunt.ui.settings import Settings

    app = QApplication([])
    settings = Settings(QSettings(f"{home}/kernpunt.ini", QSettings.Format.IniFormat))
    settings.mode = mode
    settings.translate_on_open = True
    window = MainWindow(settings)
    window.show()
    app.processEvents()
    preloaded = loaded_heavy_modules()

    meter = StallMeter()
    for owner, name in UPDATES:
        meter.time_calls(getattr(window, owner), name, f"{owner}.{name}")
    done = {"at": 0.0}
    begun = {"at": 0.0}
    # The window's own event loop, as in the program: the loop takes the GIL only to run slots.
    loop = QEventLoop()
    window.session.translation_started.connect(
        lambda count: begun.update(at=begun["at"] or time.perf_counter())
    )
    window.translation_finished.connect(lambda: done.update(at=time.perf_counter()))
    window.translation_finished.connect(loop.quit)
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    meter.start()
    started = time.perf_counter()
    window.open_article(ARTICLE)
    window.refresh_models()
    loop.exec()
    meter.stop()
    # The translation: from its start (the model and libraries load first) until it is done.
    translating = begun["at"] or started
    result = figures(meter, since=translating)
    sentences = len(window.session.sentences)
    translated = sum(text is not None for text in window.session.translations)
    result.update(
        seconds=round((done["at"] or time.perf_counter()) - translating, 2),
        translate_at_s=round(begun["at"] - started, 2) if begun["at"] else None,
        finished=bool(done["at"]) and sentences > 0 and translated == sentences,
        sentences=sentences,
        preloaded=preloaded,
        worst_stalls=[stall.as_json(started) for stall in meter.worst_explained(since=translating)],
        # Opening the article before that: reading it, telling its language, laying it out.
        opening=figures(meter, until=translating),
        opening_stalls=[
            stall.as_json(started) for stall in meter.worst_explained(until=translating)
        ],
    )
    window.close()
    shutil.rmtree(home, ignore_errors=True)
    return result


def child_peer(packages: str, mode: str) -> dict[str, Any]:
    """In this fresh process: the same article translated on the GUI thread, as the peer."""
    home = _fresh_home(packages)
    from PySide6.QtWidgets import QApplication, QLabel

    from kernpunt.core.formats.article import read_article
    from kernpunt.core.text.segment import segment

    app = QApplication([])
    label = QLabel("translating on the GUI thread")
    label.show()
    app.processEvents()
    texts = [sentence.text for sentence in segment(read_article(ARTICLE), "nl")][:PEER_SENTENCES]
    preloaded = loaded_heavy_modules()
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    # Everything a first translation needs, on the GUI thread: imports, the model, the work.
    from kernpunt.core.models.store import ModelStore

    translator = ModelStore().translator(mode=mode)  # type: ignore[arg-type]
    for first in range(0, len(texts), PEER_CALL):
        translator.translate(texts[first : first + PEER_CALL])
        app.processEvents()
    app.processEvents()
    meter.stop()
    result = figures(meter)
    result.update(
        seconds=round(time.perf_counter() - started, 2), sentences=len(texts), preloaded=preloaded
    )
    shutil.rmtree(home, ignore_errors=True)
    return result


def run_child(kind: str, packages: str, mode: str, seconds: float) -> dict[str, Any]:
    """Measure one side in a fresh process; its figures come back as its last line of JSON."""
    command = [sys.executable, __file__, "--child", kind, "--packages", packages]
    command += ["--mode", mode, "--seconds", str(seconds)]
    result = subprocess.run(
        command, capture_output=True, text=True, check=False, timeout=seconds + 120
    )
    if result.returncode:
        raise SystemExit(f"the {kind} round failed:\n{result.stderr}")
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def _median(runs: list[dict[str, Any]], key: str) -> float:
    return round(statistics.median(run[key] for run in runs), 1)


def _row(label: str, runs: list[dict[str, Any]], duration: str = "") -> str:
    cells = [f"{_median(runs, key)} ms" for key in ("max_stall_ms", "p99_stall_ms")]
    cells += [f"{_median(runs, key)} ms" for key in ("median_stall_ms", "max_gui_cpu_ms")]
    own = [run["max_own_stall_ms"] for run in runs]
    cells.append("—" if None in own else f"{statistics.median(own):.1f} ms")
    longest = ", ".join(f"{run['max_stall_ms']:.0f}" for run in runs)
    duration = duration or f"{_median(runs, 'seconds')} s"
    return f"| {label} | {duration} | " + " | ".join(cells) + f" | {longest} ms |"


def _stall_row(round_number: int, span: str, stall: dict[str, Any]) -> str:
    queued = "—" if stall["queued_ms"] is None else f"{stall['queued_ms']} ms"
    return (
        f"| {round_number} | {span} | {stall['at_s']} s | {stall['ms']} ms "
        f"| {stall['gui_cpu_ms']} ms | {queued} | {stall['cause']} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--mode", choices=("quality", "fast"), default="quality")
    parser.add_argument("--seconds", type=float, default=300, help="give up on a round after")
    parser.add_argument("--child", choices=("worker", "peer"), help=argparse.SUPPRESS)
    parser.add_argument("--packages", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "worker":
        print(json.dumps(child_worker(args.packages, args.mode, args.seconds)))
        return
    if args.child == "peer":
        print(json.dumps(child_peer(args.packages, args.mode)))
        return

    folder = tempfile.mkdtemp(prefix="kernpunt-bench-models-")
    packages = f"{folder}/packages"
    install_model_elsewhere(Path(packages))

    def one_round() -> tuple[dict[str, Any], dict[str, Any]]:
        worker = run_child("worker", packages, args.mode, args.seconds)
        peer = run_child("peer", packages, args.mode, args.seconds)
        print(
            f"worker: longest stall {worker['max_stall_ms']} ms in {worker['seconds']} s; "
            f"GUI thread: {peer['max_stall_ms']} ms",
            file=sys.stderr,
        )
        return worker, peer

    kept, loads = rounds(one_round, args.rounds)
    shutil.rmtree(folder, ignore_errors=True)
    workers = [worker for worker, _ in kept]
    peers = [peer for _, peer in kept]
    sentences = workers[0]["sentences"]
    preloaded = sorted({name for run in workers for name in run["preloaded"]})
    finished = all(run["finished"] for run in workers)
    longest = _median(workers, "max_stall_ms")
    met = finished and longest <= TARGET_MS
    owns = [run["max_own_stall_ms"] for run in workers]
    own_note = ""
    if None not in owns:
        own = statistics.median(owns)
        own_note = (
            f" Without the waits for a processor, which other programs' load causes, the longest "
            f"stall was {own:.1f} ms (median): {'within' if own <= TARGET_MS else 'over'} the "
            "target on the program's own account."
        )
    if not finished:
        verdict = f"not met: a round's translation did not finish within {args.seconds:.0f} s"
    else:
        verdict = "met" if met else "not met"
    # The worst stalls of every round, the longest first, while opening and while translating.
    worst = sorted(
        (
            (number, span, stall)
            for number, run in enumerate(workers, 1)
            for span, key in (("opening", "opening_stalls"), ("translating", "worst_stalls"))
            for stall in run[key]
        ),
        key=lambda entry: entry[2]["ms"],
        reverse=True,
    )[: 2 * WORST]
    if worst:
        explained = [
            "The worst stalls of all worker rounds: the GUI thread's own CPU time in each, the "
            "time it waited for a processor (the machine's load), and the likeliest cause.",
            "",
            "| round | during | after opening | stall | GUI-thread CPU | waiting for a processor "
            "| cause |",
            "|---|---|---|---|---|---|---|",
            *[_stall_row(number, span, stall) for number, span, stall in worst],
        ]
    else:
        explained = [f"No stall on any worker round reached {EXPLAIN_MS} ms."]
    openings = [run["opening"] for run in workers]
    rows = [
        f"The NATO sample ({ARTICLE.name}, {sentences} sentences), {args.mode} mode, "
        "nl→en-shaped model: the first translation after start-up, each round in a fresh process "
        "that shows the window and opens the article, which translates as it opens (the "
        "default); the libraries and the model load during the measured translation (loaded "
        "when the article was opened: "
        f"{loaded_note(preloaded)}). "
        f"Medians of {len(kept)} alternating rounds. {load_note(loads)}",
        "",
        "| GUI thread, while | time | longest stall | 99th percentile | median stall "
        "| most GUI-thread CPU between two ticks | longest stall less its wait for a processor "
        "| longest stall, round by round |",
        "|---|---|---|---|---|---|---|---|",
        _row("opening the article, before its translation starts", openings, "—"),
        _row("the first translation runs on Kernpunt's worker", workers),
        _row(f"the peer translates the first {PEER_SENTENCES} sentences on the GUI thread", peers),
        "",
        "Time: from the translation's start (libraries and model not yet loaded) to its end, "
        "on the worker; from the first import to the last sentence, for the peer. The "
        "translation started "
        f"{statistics.median(run['translate_at_s'] or 0.0 for run in workers):.2f} s after the "
        "article was opened (median); before it, the article is read, its language told and "
        "its text laid out.",
        "",
        *explained,
        "",
        f"Target: the longest stall over the first translation ≤ {TARGET_MS} ms (median of the "
        f"rounds) — {verdict}.{own_note} While the article opened, the longest stall was "
        f"{_median(openings, 'max_stall_ms')} ms"
        + (
            ""
            if None in (run["max_own_stall_ms"] for run in openings)
            else f" ({_median(openings, 'max_own_stall_ms')} ms less the waits for a processor)"
        )
        + ".",
    ]
    command = "python benchmarks/responsiveness.py"
    record(
        "responsiveness",
        "Responsiveness through the first translation",
        command if args.mode == "quality" else f"{command} --mode {args.mode}",
        rows,
        summary={"worker": workers, "peer": peers, "loads": loads, "met": met},
    )


if __name__ == "__main__":
    main()
