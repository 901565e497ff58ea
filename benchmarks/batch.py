"""Batch throughput: articles per minute for ``kernpunt translate DIR --out OUT``.

Copies of the sample article (``resources/samples/navo-ministers-2021-03.nl.txt``, 15 sentences)
are translated to Markdown with the nl→en-shaped random-weight package, installed into a
temporary ``ARGOS_PACKAGES_DIR``:

- Kernpunt's batch: one ``kernpunt translate DIR --out OUT`` process for all copies, timed from
  start to exit (start-up and the one model load included);
- the naive peer, in the same run: one ``kernpunt translate ARTICLE -o OUT`` process per article,
  which loads the model for every article (fewer copies: it is slow);
- articles in flight inside one process (in-process ``run_batch`` on fewer copies): one, two
  and three articles at a time, to show what working on several articles at once buys.

A random model never ends a sentence by itself, so every sentence runs to the engine's length
bound on both sides: the work per article is the same for every peer. Fast mode (greedy) is
measured on all copies, Quality mode (beam 4) on fewer.

Usage: python benchmarks/batch.py [--copies 50] [--quality-copies 5] [--peer-copies 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kernpunt.core.batch.run import ARTICLES_IN_FLIGHT
from results import reader_folders, record  # benchmarks/ is a folder of scripts, not a package

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt"
KERNPUNT = [sys.executable, "-m", "kernpunt", "translate"]
FLIGHTS = (1, 2, 3)

IN_FLIGHT = """
import json, sys, time
from pathlib import Path
from kernpunt.core.batch.run import BatchOptions, plan_batch, process_store, run_batch
folder, out, mode, in_flight = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
translator = process_store().translator(mode=mode)
jobs = plan_batch([folder], out, "md")
started = time.perf_counter()
results = run_batch(jobs, BatchOptions("md", mode=mode), lambda: translator, in_flight=in_flight)
assert all(item.status == "translated" for item in results), results
print(json.dumps({"seconds": time.perf_counter() - started, "articles": len(results)}))
"""


def copies(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    for number in range(count):
        shutil.copy(SAMPLE, folder / f"navo-{number:03}.txt")
    return folder


def batch(folder: Path, out: Path, mode: str, env: dict[str, str]) -> float:
    """Articles per minute of one ``kernpunt translate DIR --out OUT`` process."""
    command = [*KERNPUNT, str(folder), "--out", str(out), "--json", *_mode(mode)]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - started
    summary = json.loads(result.stdout)
    if result.returncode != 0 or summary["translated"] != len(list(folder.iterdir())):
        raise SystemExit(f"the batch failed ({result.returncode}): {result.stderr[-2000:]}")
    return summary["translated"] / seconds * 60


def naive(folder: Path, out: Path, mode: str, env: dict[str, str]) -> float:
    """Articles per minute of one ``kernpunt translate ARTICLE -o OUT`` process per article."""
    out.mkdir()
    articles = sorted(folder.iterdir())
    started = time.perf_counter()
    for article in articles:
        target = out / f"{article.stem}.md"
        command = [*KERNPUNT, str(article), "-o", str(target), *_mode(mode)]
        subprocess.run(command, capture_output=True, env=env, check=True)
    return len(articles) / (time.perf_counter() - started) * 60


def in_flight(folder: Path, out: Path, mode: str, count: int, env: dict[str, str]) -> float:
    """Articles per minute inside one process with ``count`` articles in flight."""
    command = [sys.executable, "-c", IN_FLIGHT, str(folder), str(out), mode, str(count)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    figures = json.loads(result.stdout)
    return figures["articles"] / figures["seconds"] * 60


def _mode(mode: str) -> list[str]:
    return ["--fast"] if mode == "fast" else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=50, help="articles for the batch, Fast")
    parser.add_argument("--quality-copies", type=int, default=5, help="the same, Quality")
    parser.add_argument("--peer-copies", type=int, default=3, help="articles for the naive peer")
    parser.add_argument("--flight-copies", type=int, default=6, help="articles per in-flight run")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from tests.support.argos_models import cached_package, install_package

    rates: dict[str, dict[str, float]] = {}
    load_before = os.getloadavg()[1]
    with tempfile.TemporaryDirectory() as home:
        root = Path(home)
        env = {**os.environ, **reader_folders(home)}
        (root / "packages").mkdir()
        install_package(cached_package("nlen"), root / "packages")
        for mode, count in (("fast", args.copies), ("quality", args.quality_copies)):
            peer_count = min(args.peer_copies, count)
            figures = {
                "batch": batch(copies(root / mode, count), root / f"{mode}-out", mode, env),
                "naive": naive(
                    copies(root / f"{mode}-peer", peer_count), root / f"{mode}-peer-out", mode, env
                ),
            }
            figures["speedup"] = figures["batch"] / figures["naive"]
            rates[mode] = figures
            print(mode, json.dumps({k: round(v, 2) for k, v in figures.items()}), flush=True)
        flight = copies(root / "flight", args.flight_copies)
        rates["in_flight"] = {
            str(count): in_flight(flight, root / f"flight-out-{count}", "fast", count, env)
            for count in FLIGHTS
        }
    summary = {
        "copies": {"fast": args.copies, "quality": args.quality_copies},
        "peer_copies": args.peer_copies,
        **{
            f"{mode}_{name}_articles_per_min": round(rates[mode][name], 2)
            for mode in ("fast", "quality")
            for name in ("batch", "naive")
        },
        "fast_speedup": round(rates["fast"]["speedup"], 2),
        "quality_speedup": round(rates["quality"]["speedup"], 2),
        **{
            f"in_flight_{count}_articles_per_min": round(rates["in_flight"][str(count)], 2)
            for count in FLIGHTS
        },
    }
    # The machine is shared: the load tells how far other work may have moved the figures.
    load = (load_before, os.getloadavg()[1])
    summary["load_average_5min"] = [round(value, 2) for value in load]
    rows = _rows(args, rates, load)
    record("batch", "Batch translation", "python benchmarks/batch.py", rows, summary=summary)


def _rows(
    args: argparse.Namespace, rates: dict[str, dict[str, float]], load: tuple[float, float]
) -> list[str]:
    counts = {"fast": args.copies, "quality": args.quality_copies}
    one = rates["in_flight"]["1"]
    flights = ", ".join(
        f"{count} in flight {rates['in_flight'][str(count)]:.1f} "
        f"({rates['in_flight'][str(count)] / one:.2f}×)"
        for count in FLIGHTS[1:]
    )
    return [
        "Copies of the 15-sentence sample to Markdown, nl→en-shaped model; articles per minute "
        "from start to exit (start-up and model loading included).",
        "",
        "| mode | `kernpunt translate DIR --out OUT` | one process per article | speed-up |",
        "|---|---|---|---|",
        *(
            f"| {mode} ({counts[mode]} / {min(args.peer_copies, counts[mode])} articles) | "
            f"{rates[mode]['batch']:.1f} | {rates[mode]['naive']:.1f} | "
            f"{rates[mode]['speedup']:.2f}× |"
            for mode in ("fast", "quality")
        ),
        "",
        f"Inside one process, Fast, {args.flight_copies} articles, articles/min: one article "
        f"at a time {one:.1f}, {flights}. Kernpunt keeps {ARTICLES_IN_FLIGHT} in flight.",
        "",
        f"Five-minute load average of the (shared, 2-core) machine: {load[0]:.1f} at the start, "
        f"{load[1]:.1f} at the end; above 2, other work shared the cores.",
    ]


if __name__ == "__main__":
    main()
