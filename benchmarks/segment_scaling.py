"""Reading and segmenting in linear time: seconds per megabyte at 1, 10 and 50 MB.

Two kinds of text, each written to a ``.txt`` file and read with ``read_article`` then split with
``segment`` in a fresh child process (so one size's memory does not slow the next): realistic
Dutch (the treebank's sentences and the sample articles, in paragraphs, repeated) and one
unbroken token without a single space. Linear time means the seconds per megabyte stay within 2×
across the sizes. The peer is the previous way of cutting over-long runs of text (which sliced
the rest of the run at every cut), on the unbroken token in the same run: quadratic, so its time
per megabyte grows with the size; it runs up to 16 MB only (48 MB took over 300 s).

Usage: python benchmarks/segment_scaling.py [--sizes 1 10 50]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import record  # benchmarks/ is a folder of scripts, not a package

REPO = Path(__file__).resolve().parent.parent
TREEBANK = REPO / "tests" / "data" / "nl_lassysmall-ud-test.conllu"
MB = 1_000_000
PEER_SIZES = (1, 4, 16)
KINDS = ("realistic Dutch", "one unbroken token")


def realistic(size: int) -> bytes:
    """Dutch prose in paragraphs of five sentences, repeated to ``size`` bytes."""
    sentences = [
        line.removeprefix("# text = ").strip()
        for line in TREEBANK.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]
    for sample in (
        REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt",
        REPO / "tests" / "data" / "lassy-long-5k-words.nl.txt",
    ):
        sentences.extend(line.strip() for line in sample.read_text().splitlines() if line.strip())
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    block = "\n\n".join(paragraphs).encode("utf-8")
    data = block * (size // len(block) + 1)
    return data[: data.rfind(b"\n\n", 0, size)]


def unbroken(size: int) -> bytes:
    return b"a" * size


CHILD = """
import json, sys, time
from pathlib import Path
from kernpunt.core.formats.article import read_article
from kernpunt.core.text import segment as module

path, peer = Path(sys.argv[1]), sys.argv[2] == "peer"
if peer:
    def old_bounded(text, spans, cancel=None):
        bounded = []
        for start, end in spans:
            while end - start > module.MAX_SENTENCE_CHARS:
                window = text[start : start + module.MAX_SENTENCE_CHARS]
                last = max((m.end() for m in module._BREAK.finditer(window)), default=0)
                cut = start + (last if last > len(window) // 2 else len(window))
                bounded.extend(module._stripped(text, start, cut))
                start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
            bounded.extend(module._stripped(text, start, end))
        return bounded
    module._bounded = old_bounded
# Loading the language detector's model is paid once per process, whatever the size.
warm = path.with_name("warm.txt")
warm.write_text("Dit is een korte zin om alles te laden.", encoding="utf-8")
module.segment(read_article(warm))
started = time.perf_counter()
article = read_article(path)
read = time.perf_counter() - started
sentences = module.segment(article)
total = time.perf_counter() - started
print(json.dumps({"read": read, "total": total, "sentences": len(sentences)}))
"""


def measure(data: bytes, peer: bool = False, repeat: int = 1) -> dict[str, float]:
    """The fastest of ``repeat`` runs: the machine is shared, and a stall is not the code's."""
    runs = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_bytes(data)
        for _ in range(repeat):
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(path), "peer" if peer else "kernpunt"],
                capture_output=True,
                text=True,
                check=True,
            )
            runs.append(json.loads(done.stdout))
    figures: dict[str, float] = min(runs, key=lambda run: run["total"])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 50], metavar="MB")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size; the fastest counts")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    rows = [
        f"Seconds to read the file and split it into sentences, the fastest of {args.repeat} runs, "
        "each in a fresh process (after one short article, so that loading the language "
        "detector is not counted); the peer runs once.",
        "",
        "| text | size | read | read + segment | per MB | sentences |",
        "|---|---|---|---|---|---|",
    ]
    spread = {}
    for kind, make in zip(KINDS, (realistic, unbroken), strict=True):
        per_mb = []
        for size in args.sizes:
            data = make(size * MB)
            figures = measure(data, repeat=args.repeat)
            per_mb.append(figures["total"] / (len(data) / MB))
            rows.append(
                f"| {kind} | {len(data) / MB:.0f} MB | {figures['read']:.2f} s | "
                f"{figures['total']:.2f} s | {per_mb[-1]:.3f} s | {figures['sentences']:,} |"
            )
            print(rows[-1], flush=True)
        spread[kind] = max(per_mb) / min(per_mb)
    for size in PEER_SIZES:
        figures = measure(unbroken(size * MB), peer=True)
        rows.append(
            f"| one unbroken token, previous cutting (peer) | {size} MB | {figures['read']:.2f} s "
            f"| {figures['total']:.2f} s | {figures['total'] / size:.3f} s | "
            f"{figures['sentences']:,} |"
        )
        print(rows[-1], flush=True)
    load_after = os.getloadavg()[0]
    met = all(value <= 2 for value in spread.values())
    rows += [
        "",
        "Largest / smallest seconds per MB: "
        + ", ".join(f"{kind} {value:.2f}×" for kind, value in spread.items())
        + f". Target: within 2× — {'met' if met else 'NOT met'}.",
        "",
        f"Load average: {load_before:.1f} at the start, {load_after:.1f} at the end, on "
        f"{os.cpu_count()} cores (the machine is shared).",
        "",
    ]
    command = "python benchmarks/segment_scaling.py"
    if args.sizes != [1, 10, 50]:
        command += " --sizes " + " ".join(map(str, args.sizes))
    record("segment-scaling", "Reading and segmenting in linear time", command, rows)


if __name__ == "__main__":
    main()
