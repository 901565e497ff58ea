"""Brief methods on long texts: time and peak memory at 300, 1,000 and 5,000 sentences.

The texts are Dutch treebank sentences (tests/data, UD Dutch LassySmall, 1,761 sentences); past
those, each further copy of a sentence joins the first half of one sentence to the second half
of another, so lengths and vocabulary stay realistic and no sentence repeats (the brief drops
repeats). Each method runs in its own fresh process: a warm-up on 20 sentences (imports, the
stemmer, the stop words), then alternating rounds of Kernpunt's ``make_brief`` at every size and
the peer, sumy's own summarizer class on the same 300 sentences (sumy takes minutes past a
thousand for the pairwise methods), cut off after 5 s: a peer that cannot finish in that time is
reported as such and not run again. The reported growth is the process's peak memory (RSS)
above what it had after the warm-up. No method is ever swapped for another: the brief must say
it used the method asked for.

Usage: python benchmarks/brief_scaling.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import signal
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaldata import TREEBANK  # benchmarks/ is a folder of scripts, not a package
from results import load_note, record, rounds

SIZES = (300, 1_000, 5_000)
# sumy's own classes on the same text; its KL-Sum and SumBasic rank every sentence greedily,
# which takes minutes at 300 sentences, so they get 100.
PEER_SIZES = {"kl": 100, "sumbasic": 100}
PEER_SIZE = 300
# The peer gets this long per round; past it, it is stopped and counted as not finishing.
PEER_CAP_SECONDS = 5.0
TARGET_SECONDS = 2.0
TARGET_GROWTH_MB = 150
SUMY = {
    "lexrank": "sumy.summarizers.lex_rank.LexRankSummarizer",
    "lsa": "sumy.summarizers.lsa.LsaSummarizer",
    "textrank": "sumy.summarizers.text_rank.TextRankSummarizer",
    "luhn": "sumy.summarizers.luhn.LuhnSummarizer",
    "edmundson": "sumy.summarizers.edmundson.EdmundsonSummarizer",
    "kl": "sumy.summarizers.kl.KLSummarizer",
    "sumbasic": "sumy.summarizers.sum_basic.SumBasicSummarizer",
    "reduction": "sumy.summarizers.reduction.ReductionSummarizer",
}


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


def sumy_brief(method: str, sentences: list[str], count: int) -> None:
    """Run the peer: sumy's own class, with our sentences, tokenizer, stemmer, stop words."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.nlp.stemmers import Stemmer

    from kernpunt.core.brief.summarizers import WordTokenizer
    from kernpunt.core.text.stopwords import stop_words

    module, name = SUMY[method].rsplit(".", 1)
    summarizer = getattr(importlib.import_module(module), name)(Stemmer("dutch"))
    stops = stop_words("nl")
    tokenizer = WordTokenizer("dutch")
    document = ObjectDocumentModel([Paragraph([SumySentence(s, tokenizer) for s in sentences])])
    if method == "edmundson":
        # sumy's cue method needs lists of bonus and stigma words that exist for neither
        # language; Kernpunt leaves it out too.
        summarizer = getattr(importlib.import_module(module), name)(
            Stemmer("dutch"), cue_weight=0.0, key_weight=1.0
        )
        summarizer.null_words = stops
        summarizer.bonus_words = {w.lower() for w in document.words if w.lower() not in stops}
    else:
        summarizer.stop_words = stops
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        summarizer(document, count)


class _TooLongError(Exception):
    """The peer ran past its time."""


def _stop(signum: int, frame: object) -> None:
    raise _TooLongError


def capped(work: Any, seconds: float) -> float | None:
    """Run work(); return its time, or None if it was stopped after ``seconds``."""
    previous = signal.signal(signal.SIGALRM, _stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.perf_counter()
    try:
        work()
    except _TooLongError:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return time.perf_counter() - started


def child(method: str, count: int) -> None:
    """Measure one method in this fresh process and print its figures as JSON."""
    from kernpunt.core.brief.choose import make_brief

    texts = {size: long_text(size) for size in {*SIZES, PEER_SIZES.get(method, PEER_SIZE)}}
    make_brief(texts[SIZES[0]][:20], 3, "nl", method=method)
    sumy_brief(method, texts[SIZES[0]][:20], 3)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    def one_round() -> dict[str, Any]:
        figures: dict[str, Any] = {}
        for size in SIZES:
            started = time.perf_counter()
            brief = make_brief(texts[size], 3, "nl", method=method)
            figures[str(size)] = time.perf_counter() - started
            if brief.method != method or brief.size != 3:
                raise SystemExit(f"{method} at {size}: {brief.describe()}")
        # Kernpunt's own peak, read before the peer has run for the first time.
        state.setdefault("peak", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        if state["peer finishes"]:
            peer = texts[PEER_SIZES.get(method, PEER_SIZE)]
            figures["sumy"] = capped(lambda: sumy_brief(method, peer, 3), PEER_CAP_SECONDS)
            state["peer finishes"] = figures["sumy"] is not None
        return figures

    state: dict[str, Any] = {"peer finishes": True}
    kept, loads = rounds(one_round, count)
    medians: dict[str, float | None] = {
        str(size): statistics.median(r[str(size)] for r in kept) for size in SIZES
    }
    peer = [r.get("sumy") for r in kept]
    medians["sumy"] = statistics.median(peer) if state["peer finishes"] else None
    growth = (state["peak"] - baseline) / 1024
    print(json.dumps({"seconds": medians, "growth_mb": growth, "loads": loads}))


def run(method: str, count: int) -> dict[str, Any]:
    """Measure one method in a fresh process."""
    command = [sys.executable, __file__, "--child", method, "--rounds", str(count)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"{method} failed:\n{result.stderr}")
    figures: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    from kernpunt.core.brief.choose import METHODS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.rounds)
        return
    table = {}
    for method in METHODS:
        table[method] = run(method, args.rounds)
        print(method, json.dumps(table[method]), file=sys.stderr)
    loads = [load for figures in table.values() for load in figures["loads"]]
    rows = [
        f"Median of {args.rounds} alternating rounds per method, each method in a fresh process; "
        "growth is the peak RSS of its own runs (before the peer first ran) above the process's "
        f"after its warm-up. {load_note(loads)}",
        "",
        "| method | " + " | ".join(f"{size:,} sentences" for size in SIZES) + " | growth | "
        "sumy's own class (sentences) |",
        "|---|" + "---|" * (len(SIZES) + 2),
    ]
    met = True
    for method, figures in table.items():
        seconds = figures["seconds"]
        met = met and seconds[str(SIZES[-1])] <= TARGET_SECONDS
        met = met and figures["growth_mb"] <= TARGET_GROWTH_MB
        cells = [f"{seconds[str(size)]:.2f} s" for size in SIZES]
        peer = (
            f"over {PEER_CAP_SECONDS:g} s, stopped"
            if seconds["sumy"] is None
            else f"{seconds['sumy']:.2f} s"
        )
        rows.append(
            f"| {METHODS[method].label} | "
            + " | ".join(cells)
            + f" | {figures['growth_mb']:.0f} MB | {peer} ({PEER_SIZES.get(method, PEER_SIZE)}) |"
        )
    rows += [
        "",
        f"Target: every method at {SIZES[-1]:,} sentences ≤ {TARGET_SECONDS:g} s with growth "
        f"≤ {TARGET_GROWTH_MB} MB, and the method asked for is the method used: "
        f"{'met' if met else 'not met'}.",
    ]
    record("brief-scaling", "Brief scaling", "python benchmarks/brief_scaling.py", rows)


if __name__ == "__main__":
    main()
