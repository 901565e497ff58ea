"""Export: how long each format takes for the 5,000-word sample, and what safe writing costs.

Every format renders the whole article (brief, original and translation side by side) in
memory; the file is then written by ``write_atomic`` (temporary file, checked writes, fsync,
rename). The peer in the same run is the unsafe way: ``Path.write_bytes`` over the old file.
The translation is a stand-in of realistic length (each Dutch sentence itself), so the figures
do not depend on a model.

Usage: python benchmarks/export.py [--runs 3]
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

from kernpunt.core.brief.choose import Brief
from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export import FORMATS, render, write_atomic
from kernpunt.core.formats.article import read_article
from kernpunt.core.text.segment import segment
from results import record  # benchmarks/ is a folder of scripts, not a package

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "tests" / "data" / "lassy-long-5k-words.nl.txt"


def document() -> TranslatedArticle:
    article = read_article(SAMPLE)
    sentences = segment(article)
    translations: list[str | None] = [sentence.text for sentence in sentences]
    brief = Brief((0, len(sentences) // 2, len(sentences) - 1), "luhn")
    return TranslatedArticle(
        article, sentences, translations, brief, edited=frozenset(range(0, len(sentences), 25))
    )


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The median of several runs, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(translated: TranslatedArticle, key: str, folder: Path, runs: int) -> dict[str, float]:
    data = render(translated, key)
    target = folder / f"export{FORMATS[key].suffix}"
    target.write_bytes(b"old")
    return {
        "bytes": len(data),
        "render_ms": round(best_of(runs, lambda: render(translated, key)), 1),
        "atomic_write_ms": round(best_of(runs, lambda: write_atomic(target, data)), 2),
        "plain_write_ms": round(best_of(runs, lambda: target.write_bytes(data)), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    # Registers the PDF export, as the window and the CLI do at start-up.
    from kernpunt.qtexport import ensure_application

    ensure_application()
    translated = document()
    with tempfile.TemporaryDirectory() as folder:
        figures = {key: measure(translated, key, Path(folder), args.runs) for key in FORMATS}
    rows = [
        f"{len(translated.sentences)} sentences, {len(SAMPLE.read_text().split()):,} words; "
        f"median of {args.runs} runs.",
        "",
        "| format | size | render | write_atomic (fsync) | plain write_bytes (peer) |",
        "|---|---:|---:|---:|---:|",
        *(
            f"| {key} | {f['bytes'] / 1024:.0f} KB | {f['render_ms']:.0f} ms "
            f"| {f['atomic_write_ms']:.1f} ms | {f['plain_write_ms']:.1f} ms |"
            for key, f in figures.items()
        ),
        "",
    ]
    record("export", "Export", "python benchmarks/export.py", rows, summary=figures)


if __name__ == "__main__":
    main()
