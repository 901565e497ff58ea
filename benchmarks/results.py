"""Writing benchmark figures into benchmarks/RESULTS.md, one section per benchmark."""

from __future__ import annotations

import datetime
import json
import os
import platform
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
HEADER = (
    "# Benchmark results\n\nWritten by the scripts in `benchmarks/`; each section by its own.\n"
)


def machine() -> str:
    """Describe this machine in one line: processor, cores, memory, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f"{pages / 1024**3:.0f} GiB"
    except (OSError, ValueError):
        memory = "unknown memory"
    return f"{cpu}, {os.cpu_count()} cores, {memory}, Python {platform.python_version()}"


def record(key: str, title: str, command: str, rows: list[str], summary: object = None) -> None:
    """Replace this benchmark's section of RESULTS.md with fresh figures, and print them.

    ``summary``, if given, is printed after them as one line of JSON, for scripts to read.
    """
    today = datetime.date.today().isoformat()
    section = "\n".join(
        [
            f"<!-- {key} -->",
            f"## {title}",
            "",
            f"`{command}` — {today}, {machine()}.",
            "",
            *rows,
            f"<!-- /{key} -->",
        ]
    )
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else HEADER
    pattern = re.compile(rf"<!-- {key} -->.*?<!-- /{key} -->", re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text)
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print("\n".join(rows))
    if summary is not None:
        print(json.dumps(summary, ensure_ascii=False))


def reader_folders(home: str | os.PathLike[str]) -> dict[str, str]:
    """A fresh reader's folders below ``home``, as environment variables for a child process.

    Its settings, data, cache, state and Argos packages all live there, so nothing the machine's
    own reader has (a model, a translation cache, a recovery journal) reaches the measurement.
    """
    home = str(home)
    return {
        "HOME": home,
        "XDG_DATA_HOME": f"{home}/data",
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_CACHE_HOME": f"{home}/cache",
        "XDG_STATE_HOME": f"{home}/state",
        "ARGOS_PACKAGES_DIR": f"{home}/packages",
    }


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def load_average() -> float:
    """The one-minute load average."""
    return os.getloadavg()[0]


def rounds(run_round: Callable[[], T], count: int = 5) -> tuple[list[T], list[float]]:
    """Run ``count`` rounds, each discarded and run again when the machine was too busy.

    A round after which the one-minute load average exceeds the core count is run again, up
    to ``KERNPUNT_BENCH_RERUNS`` times (default 2): on a machine that stays busy the last try
    is kept, and its load is reported with it, so a reader of RESULTS.md can tell.

    Returns:
        The kept rounds' results and the load average after each.
    """
    reruns = int(os.environ.get("KERNPUNT_BENCH_RERUNS", "2"))
    kept: list[T] = []
    loads: list[float] = []
    for _ in range(count):
        for attempt in range(reruns + 1):
            result = run_round()
            load = load_average()
            if load <= cores() or attempt == reruns:
                break
            print(f"load {load:.1f} > {cores()} cores: round run again", file=sys.stderr)
        kept.append(result)
        loads.append(load)
    return kept, loads


def load_note(loads: list[float]) -> str:
    """Say in one sentence how busy the machine was during the kept rounds."""
    busy = sum(load > cores() for load in loads)
    text = (
        f"Load average (1 min) after the {len(loads)} kept rounds: "
        f"{min(loads):.1f}–{max(loads):.1f} on {cores()} cores"
    )
    if busy:
        reruns = os.environ.get("KERNPUNT_BENCH_RERUNS", "2")
        shared = f"(reruns allowed: {reruns}; a shared machine)"
        return text + f"; {busy} of them above {cores()} {shared}."
    return text + "."


# Libraries the first Translate or brief loads on a worker; a cold measurement has none loaded.
HEAVY_MODULES = ("ctranslate2", "sentencepiece", "numpy", "sumy", "nltk", "argostranslate")

_INSTALL = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tests.support.argos_models import cached_package, install_package
install_package(cached_package(sys.argv[2]), Path(sys.argv[3]))
"""


def install_model_elsewhere(folder: Path, shape: str = "nlen") -> None:
    """Build (or reuse) and install a test model from another process.

    Building a model imports ctranslate2, numpy and sentencepiece; done here, they would be
    loaded before a cold measurement starts.
    """
    import subprocess

    repo = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-c", _INSTALL, str(repo), shape, str(folder)], check=True)


def loaded_heavy_modules() -> list[str]:
    """The heavy libraries this process has already imported."""
    return [name for name in HEAVY_MODULES if name in sys.modules]


def loaded_note(loaded: list[str]) -> str:
    """Which heavy libraries were loaded, for a note: a list, or "none of" them all."""
    return ", ".join(loaded) or "none of " + ", ".join(HEAVY_MODULES)
