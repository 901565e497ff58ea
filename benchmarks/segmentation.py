"""Dutch sentence segmentation: boundary precision, recall and F1 on Wikipedia and news text.

UD Dutch LassySmall (test, Wikipedia) and UD Dutch Alpino (dev, mostly newspaper text).

As ``shared/eval/README.md`` describes: sentences are grouped by (document, paragraph) from
their ``sent_id``, each paragraph's sentences are joined with one space and segmented, and the
predicted boundaries are compared with the gold ones, counted in non-white-space characters.
Two figures: prose paragraphs (every sentence ends in terminal punctuation) and all paragraphs.
Kernpunt's segmenter (structure first, then sentencex) runs beside plain sentencex and, when
installed (``pip install .[bench]``), pysbd.

LassySmall's test section ships in ``tests/data``; the Alpino set is read from
``$KERNPUNT_EVAL_DIR`` (default: ``../shared/eval`` beside the clone; ``benchmarks/evaldata.py``).

Usage: python benchmarks/segmentation.py
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaldata import TREEBANK, eval_dir  # benchmarks/ is a folder of scripts, not a package
from results import record

TREEBANKS = {
    "UD Dutch LassySmall test (Wikipedia)": TREEBANK,
    "UD Dutch Alpino dev (news)": eval_dir() / "nl_alpino-ud-dev.conllu",
}
TARGET_PROSE_F1 = 0.99
_SENT_ID = re.compile(r"^(?P<doc>.+?)\.p\.(?P<paragraph>\d+)\.s\.(?P<sentence>\d+(?:\.\d+)*)$")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")

Segmenter = Callable[[str], list[int]]


def paragraphs(path: Path) -> list[list[str]]:
    """Return each paragraph's sentences in order, grouped by document and paragraph."""
    grouped: dict[tuple[str, int], list[tuple[tuple[int, ...], str]]] = defaultdict(list)
    sent_id = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id = "):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("# text = ") and sent_id:
            match = _SENT_ID.match(sent_id)
            if match is None:
                raise SystemExit(f"unexpected sent_id in {path}: {sent_id}")
            key = (match["doc"], int(match["paragraph"]))
            order = tuple(int(part) for part in match["sentence"].split("."))
            grouped[key].append((order, line.split("=", 1)[1].strip()))
    return [[text for _, text in sorted(sentences)] for sentences in grouped.values()]


def is_prose(sentences: list[str]) -> bool:
    """Whether every sentence of a paragraph ends in terminal punctuation."""
    return all(_TERMINAL.search(sentence) for sentence in sentences)


def boundaries(text: str, ends: list[int]) -> set[int]:
    """Sentence ends inside a text, as counts of non-white-space characters before them."""
    solid = [0]
    for char in text:
        solid.append(solid[-1] + (not char.isspace()))
    total = solid[-1]
    return {solid[end] for end in ends if 0 < solid[end] < total}


def kernpunt_ends(text: str) -> list[int]:
    from kernpunt.core.formats.article import article_from_text
    from kernpunt.core.text.segment import segment

    article = article_from_text(text)
    # A paragraph that starts like a numbered list item ("6. Gemeentelijk niveau: ...") loses
    # its marker as a block; the rest of its text is unchanged.
    offset = text.find(article.text)
    if offset < 0:
        raise SystemExit(f"the article changed the paragraph's text: {text[:60]!r}")
    return [offset + sentence.end for sentence in segment(article)]


def sentencex_ends(text: str) -> list[int]:
    import sentencex

    return [boundary["end_index"] for boundary in sentencex.get_sentence_boundaries("nl", text)]


def pysbd_ends(text: str) -> list[int]:
    import pysbd

    segmenter = pysbd.Segmenter(language="nl", clean=False, char_span=True)
    return [span.end for span in segmenter.segment(text)]


def score(segmenter: Segmenter, paragraphs: list[list[str]]) -> dict[str, float]:
    true_positive = predicted = gold = 0
    for sentences in paragraphs:
        text = " ".join(sentences)
        ends, position = [], 0
        for sentence in sentences:
            position += len(sentence)
            ends.append(position)
            position += 1
        expected = boundaries(text, ends)
        found = boundaries(text, segmenter(text))
        true_positive += len(expected & found)
        predicted += len(found)
        gold += len(expected)
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def measure(path: Path, segmenters: dict[str, Segmenter]) -> tuple[list[str], float]:
    """Score every segmenter on one treebank; return table rows and Kernpunt's prose F1."""
    every = paragraphs(path)
    prose = [sentences for sentences in every if is_prose(sentences)]
    figures: dict[str, dict[str, object]] = {}
    for name, segmenter in segmenters.items():
        started = time.perf_counter()
        all_scores = score(segmenter, every)
        seconds = time.perf_counter() - started
        figures[name] = {"prose": score(segmenter, prose), "all": all_scores, "seconds": seconds}
    gold_prose = sum(len(sentences) - 1 for sentences in prose)
    rows = [
        f"{len(prose)} prose paragraphs ({gold_prose} boundaries), {len(every)} paragraphs in all.",
        "",
        "| segmenter | prose P | prose R | prose F1 | all P | all R | all F1 | time (all) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, result in figures.items():
        prose_scores, all_scores = result["prose"], result["all"]
        assert isinstance(prose_scores, dict) and isinstance(all_scores, dict)
        rows.append(
            f"| {name} | {prose_scores['precision']:.3f} | {prose_scores['recall']:.3f} | "
            f"**{prose_scores['f1']:.3f}** | {all_scores['precision']:.3f} | "
            f"{all_scores['recall']:.3f} | {all_scores['f1']:.3f} | "
            f"{result['seconds']:.2f} s |"
        )
    for result in figures.values():
        result["seconds"] = round(float(str(result["seconds"])), 3)
    print(json.dumps(figures))
    kernpunt = figures["kernpunt"]["prose"]
    assert isinstance(kernpunt, dict)
    return rows, float(kernpunt["f1"])


def main() -> None:
    missing = [str(path) for path in TREEBANKS.values() if not path.is_file()]
    if missing:
        raise SystemExit(
            f"The evaluation treebanks are missing: expected {', '.join(missing)}. "
            "Set KERNPUNT_EVAL_DIR to the folder that holds them (shared/eval)."
        )
    segmenters: dict[str, Segmenter] = {
        "kernpunt": kernpunt_ends,
        "sentencex": sentencex_ends,
    }
    try:
        import pysbd  # noqa: F401 - a benchmark peer only, from the bench extra
    except ImportError:
        print("pysbd is not installed (pip install '.[bench]'); measuring without it.")
    else:
        segmenters["pysbd"] = pysbd_ends
    for segmenter in segmenters.values():
        segmenter("Een zin. Nog een zin.")  # import and warm up outside the timing
    rows = [
        f"Target: prose F1 ≥ {TARGET_PROSE_F1} on each. "
        f"Load average before: {os.getloadavg()[0]:.2f}. The rules for news (quotes, initials, "
        "abbreviations) were written against Alpino dev's misses; Alpino's test section, kept "
        "outside the project, is the check nobody tunes to.",
    ]
    short = []
    for title, path in TREEBANKS.items():
        table, f1 = measure(path, segmenters)
        rows.extend(["", f"**{title}**: " + table[0], *table[1:]])
        if f1 < TARGET_PROSE_F1:
            short.append(f"{title}: prose F1 {f1}")
    record("segmentation", "Sentence segmentation", "python benchmarks/segmentation.py", rows)
    if short:
        raise SystemExit("below the target: " + "; ".join(short))


if __name__ == "__main__":
    main()
