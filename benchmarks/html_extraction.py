"""Saved web pages: how much of each page's article body Kernpunt reads, and nothing else.

The public article-extraction benchmark (``shared/eval/article-extraction``: 181 real news and
blog pages, article bodies marked by hand) scored as its README describes: each text is split
into whitespace tokens, the multisets of 4-token shingles are compared, and true positives,
false positives and false negatives are summed over all pages before precision, recall and F1.
Kernpunt's text is what ``kernpunt segment PAGE --json`` returns as ``text``: the web-page
reader's pieces laid out as an article (read here in this process, without the sandbox's child,
so that the timing is the reading alone). The benchmark's hand-marked bodies leave the
headline out, which Kernpunt keeps as the article's first block (it is translated too), so a
second row scores the same reading without its title block. readability-lxml on its own
(what the reader used before) and trafilatura run beside it on the same pages.

The evaluation data is found in ``$KERNPUNT_EVAL_DIR`` (default: ``shared/eval`` beside the
repository).

Usage: python benchmarks/html_extraction.py [--pages N] [--show-worst N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaldata import eval_dir  # benchmarks/ is a folder of scripts, not a package
from results import record

EVAL_DIR = eval_dir()
TARGET_F1 = 0.97
SHINGLE = 4

Extractor = Callable[[bytes], str]


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The text's multiset of 4-token shingles (a shorter text is one shingle)."""
    tokens = tuple(text.split())
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tokens])
    return Counter(tokens[i : i + SHINGLE] for i in range(len(tokens) - SHINGLE + 1))


def counts(predicted: str, gold: str) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of one page."""
    found, expected = shingles(predicted), shingles(gold)
    shared = sum((found & expected).values())
    return shared, sum(found.values()) - shared, sum(expected.values()) - shared


def kernpunt_text(data: bytes) -> str:
    from kernpunt.core.formats import parse
    from kernpunt.core.formats.article import article_from_parsed

    return article_from_parsed(parse("html", data, "page.html"), source=None, format="html").text


def kernpunt_body(data: bytes) -> str:
    """Kernpunt's text without the title block: what the benchmark calls the article body."""
    from kernpunt.core.formats import parse

    pieces = parse("html", data, "page.html").pieces
    return "\n\n".join(piece.text for piece in pieces if piece.kind != "title")


def readability_text(data: bytes) -> str:
    import lxml.html
    from readability import Document

    summary = Document(data).summary(html_partial=True)
    return str(lxml.html.fromstring(summary).text_content()) if summary.strip() else ""


def trafilatura_text(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(data, include_comments=False) or ""


def run(
    extractor: Extractor, pages: list[tuple[str, bytes, str]]
) -> tuple[dict[str, float], list[tuple[float, str, str]]]:
    """Score one extractor over the pages; also return each page's F1 and what went wrong."""
    total = [0, 0, 0]
    empty = failed = 0
    per_page: list[tuple[float, str, str]] = []
    started = time.perf_counter()
    for key, data, gold in pages:
        note = ""
        try:
            text = extractor(data)
        except Exception as error:  # A failing page counts as read empty, and is counted.
            text, note = "", f"failed: {type(error).__name__}: {error}"
            failed += 1
        if not text.strip() and not note:
            empty += 1
            note = "empty"
        page = counts(text, gold)
        total = [a + b for a, b in zip(total, page, strict=True)]
        per_page.append((_f1(*page), key, note))
    seconds = time.perf_counter() - started
    true_positive, false_positive, false_negative = total
    precision = true_positive / (true_positive + false_positive or 1)
    recall = true_positive / (true_positive + false_negative or 1)
    figures = {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall or 1),
        "empty": empty,
        "failed": failed,
        "seconds": seconds,
    }
    return figures, per_page


def _f1(true_positive: int, false_positive: int, false_negative: int) -> float:
    return 2 * true_positive / (2 * true_positive + false_positive + false_negative or 1)


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for package in ("readability-lxml", "trafilatura"):
        try:
            found.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            continue
    return "Libraries: " + ", ".join(found) + "."


def load(folder: Path, limit: int | None) -> list[tuple[str, bytes, str]]:
    truth_path = folder / "ground-truth.json"
    if not truth_path.is_file():
        raise SystemExit(
            f"The article-extraction benchmark is missing: expected {truth_path}. "
            "Set KERNPUNT_EVAL_DIR to the folder that holds article-extraction/."
        )
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        data = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        pages.append((key, data, truth[key]["articleBody"]))
    return pages


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--pages", type=int, help="only the first N pages (a quick look)")
    options.add_argument("--show-worst", type=int, default=0, help="list Kernpunt's worst pages")
    options.add_argument("--only-kernpunt", action="store_true", help="skip the peers")
    args = options.parse_args()
    pages = load(EVAL_DIR / "article-extraction", args.pages)
    extractors: dict[str, Extractor] = {
        "kernpunt": kernpunt_text,
        "kernpunt, title block left out": kernpunt_body,
    }
    if not args.only_kernpunt:
        extractors["readability-lxml alone"] = readability_text
        try:
            import trafilatura  # noqa: F401 - a benchmark peer
        except ImportError:
            print("trafilatura is not installed (pip install '.[bench]'); measuring without it.")
        else:
            extractors["trafilatura"] = trafilatura_text
    figures = {}
    for name, extractor in extractors.items():
        figures[name], per_page = run(extractor, pages)
        if name == "kernpunt" and args.show_worst:
            for f1, key, note in sorted(per_page)[: args.show_worst]:
                print(f"{f1:.3f} {key} {note}")
    rows = [
        f"{len(pages)} pages of the article-extraction benchmark, 4-token shingles summed over "
        f"pages. Target: F1 ≥ {TARGET_F1}, no page empty or failing. "
        f"Load average before: {os.getloadavg()[0]:.2f}. {_versions()}",
        "",
        "| extractor | precision | recall | F1 | empty | failed | time |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, result in figures.items():
        rows.append(
            f"| {name} | {result['precision']:.3f} | {result['recall']:.3f} | "
            f"**{result['f1']:.3f}** | {result['empty']:.0f} | {result['failed']:.0f} | "
            f"{result['seconds']:.1f} s |"
        )
    if args.pages is None:
        record(
            "html-extraction",
            "Saved web pages: article text",
            "python benchmarks/html_extraction.py",
            rows,
        )
    else:
        print("\n".join(rows))
    ours = figures["kernpunt"]
    if args.pages is None and (ours["f1"] < TARGET_F1 or ours["empty"] or ours["failed"]):
        raise SystemExit(f"F1 {ours['f1']:.3f} with {ours['empty']:.0f} empty pages is short")


if __name__ == "__main__":
    main()
