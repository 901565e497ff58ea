"""Writing benchmark figures into benchmarks/RESULTS.md, one section per benchmark."""

from __future__ import annotations

import datetime
import os
import platform
import re
from pathlib import Path

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


def record(key: str, title: str, command: str, rows: list[str]) -> None:
    """Replace this benchmark's section of RESULTS.md with fresh figures."""
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
