"""Reading articles: what the time-limited child process costs, and language detection.

Word, OpenDocument, e-book, PDF and web-page files are parsed in a child process (see
``kernpunt.core.formats.sandbox``). This measures, for a small .docx written with python-docx, the
same parse in this process (the floor) against ``read_article`` through the child, the first
time (the fork server starts and preloads the parsers) and after; the plain-text sample (read
in this process, language detection included); and the language detector's load and guess.

Usage: python benchmarks/reading.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import record  # benchmarks/ is a folder of scripts, not a package

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt"
sys.path.insert(0, str(REPO))


def seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def median_ms(action: Callable[[], object], runs: int) -> float:
    return round(1000 * statistics.median(seconds(action) for _ in range(runs)), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from kernpunt.core.formats import parse
    from kernpunt.core.formats.article import read_article
    from kernpunt.core.text import language
    from tests.support.documents import docx_bytes

    load_ms = round(1000 * seconds(lambda: language.detect_language("een twee drie vier")), 1)
    text = SAMPLE.read_text(encoding="utf-8")
    figures = {
        "language_first_guess_ms": load_ms,
        "language_guess_ms": median_ms(lambda: language.detect_language(text), args.runs),
        "text_sample_read_ms": median_ms(lambda: read_article(SAMPLE), args.runs),
    }
    data = docx_bytes()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kabinet.docx"
        path.write_bytes(data)
        figures["docx_in_process_ms"] = median_ms(
            lambda: parse("docx", data, "kabinet.docx"), args.runs
        )
        figures["docx_child_first_ms"] = round(1000 * seconds(lambda: read_article(path)), 1)
        figures["docx_child_ms"] = median_ms(lambda: read_article(path), args.runs)
    overhead = round(figures["docx_child_ms"] - figures["docx_in_process_ms"], 1)
    figures["child_overhead_ms"] = overhead
    rows = [
        f"Medians of {args.runs} runs in one process; a {len(data) // 1024} KB .docx of 7 blocks.",
        "",
        "| what | ms |",
        "|---|---|",
        f"| .docx parsed in this process (the floor) | {figures['docx_in_process_ms']} |",
        f"| .docx through the child, first (fork server starts, preloads parsers) "
        f"| {figures['docx_child_first_ms']} |",
        f"| .docx through the child | {figures['docx_child_ms']} |",
        f"| **overhead of the child per file** | **{overhead}** |",
        f"| plain-text sample, read_article (no child; language detection included) "
        f"| {figures['text_sample_read_ms']} |",
        f"| language detector: first guess (loads fastText's lid.176.ftz) "
        f"| {figures['language_first_guess_ms']} |",
        f"| language detector: one guess on the sample | {figures['language_guess_ms']} |",
    ]
    record("reading", "Reading articles", "python benchmarks/reading.py", rows, summary=figures)


if __name__ == "__main__":
    main()
