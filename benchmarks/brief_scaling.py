"""Brief methods on long texts: time and peak memory at 100, 1,000 and 5,000 sentences.

The texts are Dutch treebank sentences (tests/data, UD Dutch LassySmall, 1,761 sentences); past
those, each further copy of a sentence joins the first half of one sentence to the second half
of another, so lengths and vocabulary stay realistic and no sentence repeats (the brief drops
repeats). Each method × size runs in its own process with the automatic switch turned off
(``switch=False``), after a warm-up, so the figures are sumy's own; a run is given 60 s, and one
whose square-law prediction from 1,000 sentences exceeds that is not started and is recorded as
"> 60 s". Runs under 5 s are repeated and the faster one is kept: the machine is shared. The
limits in ``kernpunt.core.brief.METHOD_LIMITS`` are the sizes each method handles in about 2 s;
the last table shows what the reader gets with the switch on.

Usage: python benchmarks/brief_scaling.py
"""

from __future__ import annotations

import json
import math
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaldata import TREEBANK  # benchmarks/ is a folder of scripts, not a package
from results import record

SIZES = (100, 1_000, 5_000)
BUDGET_SECONDS = 60.0
LIMIT_SECONDS = 2.0
REPEAT_BELOW_SECONDS = 5.0


def treebank_sentences() -> list[str]:
    """The treebank's sentences, in order."""
    lines = TREEBANK.read_text(encoding="utf-8").splitlines()
    return [
        line.removeprefix("# text = ").strip() for line in lines if line.startswith("# text = ")
    ]


def long_text(size: int) -> list[str]:
    """Build a text of ``size`` distinct, realistic Dutch sentences."""
    base = treebank_sentences()
    sentences = list(base[:size])
    copy = 1
    while len(sentences) < size:
        for index, sentence in enumerate(base):
            if len(sentences) == size:
                break
            other = base[(index + copy * 379) % len(base)].split()
            words = sentence.split()
            sentences.append(" ".join(words[: len(words) // 2] + other[len(other) // 2 :]))
        copy += 1
    return sentences


def child(method: str, size: int, switch: bool) -> None:
    """Run one brief in this process and print its figures as JSON."""
    from kernpunt.core.brief import make_brief

    sentences = long_text(size)
    make_brief(sentences[:20], 3, "nl", method=method, switch=False)  # imports, stemmer, lists
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Best of two where that is cheap: the machine is shared, and a stall is not the method's.
    runs: list[float] = []
    for _ in range(2):
        started = time.perf_counter()
        brief = make_brief(sentences, 3, "nl", method=method, switch=switch)
        runs.append(time.perf_counter() - started)
        if runs[-1] >= REPEAT_BELOW_SECONDS:
            break
    seconds = min(runs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": peak / 1024,
                "extra_mb": (peak - baseline) / 1024,
                "used": brief.method,
                "note": brief.note,
                "size": brief.size,
            }
        )
    )


def run(method: str, size: int, switch: bool = False) -> dict[str, Any] | None:
    """Run one brief in a fresh process; None when it overran the budget."""
    command = [sys.executable, __file__, "--child", method, str(size), str(int(switch))]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=BUDGET_SECONDS + 10, check=True
        )
    except subprocess.TimeoutExpired:
        return None
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures if figures["seconds"] <= BUDGET_SECONDS else None


def measure(methods: list[str]) -> dict[str, dict[int, dict[str, Any] | None]]:
    """Every method at every size, skipping what would overrun."""
    table: dict[str, dict[int, dict[str, Any] | None]] = {}
    for method in methods:
        table[method] = {}
        previous: tuple[int, float] | None = None
        for size in SIZES:
            # Only a prediction from 1,000 sentences or more is trusted to skip a run.
            predicted = previous[1] * (size / previous[0]) ** 2 if previous else 0.0
            trusted = previous is not None and previous[0] >= 1_000
            figures = None if trusted and predicted > BUDGET_SECONDS else run(method, size)
            table[method][size] = figures
            print(method, size, figures or f"> {BUDGET_SECONDS:.0f} s", file=sys.stderr)
            if figures is None:
                for larger in SIZES[SIZES.index(size) + 1 :]:
                    table[method][larger] = None
                break
            previous = (size, figures["seconds"])
    return table


def limit(figures: dict[int, dict[str, Any] | None]) -> int:
    """The size handled in about LIMIT_SECONDS, extrapolated from the two largest measured.

    The growth exponent is measured between those two sizes (1 for a linear method, 2 for one
    that compares every pair of sentences) and kept between 1 and 2.
    """
    measured = sorted((s, f["seconds"]) for s, f in figures.items() if f is not None)
    size, seconds = measured[-1]
    exponent = 2.0
    if len(measured) > 1:
        small, fast = measured[-2]
        growth = math.log(seconds / max(fast, 1e-3)) / math.log(size / small)
        exponent = min(2.0, max(1.0, growth))
    return int(size * (LIMIT_SECONDS / max(seconds, 1e-3)) ** (1 / exponent))


def main() -> None:
    from kernpunt.core.brief import METHOD_LIMITS, METHODS

    methods = list(METHODS)
    table = measure(methods)
    switched = {method: run(method, SIZES[-1], switch=True) for method in methods}
    load = os.getloadavg()[0]
    rows = [
        "Each cell: time / peak memory of the process (RSS) with the growth during the brief "
        f"in brackets; `switch=False`. Load average at the end: {load:.1f} on 2 cores (the "
        "machine is shared; figures vary by up to 2× between runs).",
        "",
        "| method | " + " | ".join(f"{size:,} sentences" for size in SIZES) + " | "
        f"≈ {LIMIT_SECONDS:.0f} s at (extrapolated) | limit in code |",
        "|---|" + "---|" * (len(SIZES) + 2),
    ]
    for method in methods:
        cells = [_cell(table[method][size]) for size in SIZES]
        rows.append(
            f"| {METHODS[method]} | " + " | ".join(cells) + f" | {limit(table[method]):,} | "
            f"{METHOD_LIMITS[method]:,} |"
        )
    rows += [
        "",
        f"With the switch on, at {SIZES[-1]:,} sentences:",
        "",
        "| asked for | used | time | note |",
        "|---|---|---|---|",
    ]
    for method, figures in switched.items():
        if figures is None:
            rows.append(f"| {METHODS[method]} | — | > {BUDGET_SECONDS:.0f} s | |")
            continue
        used = METHODS.get(figures["used"], figures["used"])
        rows.append(
            f"| {METHODS[method]} | {used} | {figures['seconds']:.2f} s | {figures['note'] or ''} |"
        )
    record("brief-scaling", "Brief scaling", "python benchmarks/brief_scaling.py", rows)
    print("\n".join(rows))
    summary = {
        method: {
            str(size): (round(f["seconds"], 3) if f else f"> {BUDGET_SECONDS:.0f} s")
            for size, f in table[method].items()
        }
        | {"limit_2s": limit(table[method]), "limit_in_code": METHOD_LIMITS[method]}
        | {
            "switched_at_5000": switched[method]["used"] if switched[method] else None,
            "switched_seconds": round(switched[method]["seconds"], 3) if switched[method] else None,
        }
        for method in methods
    }
    print(json.dumps(summary))


def _cell(figures: dict[str, Any] | None) -> str:
    if figures is None:
        return f"> {BUDGET_SECONDS:.0f} s"
    return f"{figures['seconds']:.2f} s / {figures['peak_mb']:.0f} MB (+{figures['extra_mb']:.0f})"


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1")
    else:
        main()
