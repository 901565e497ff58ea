"""Dutch sentence segmentation: boundary precision, recall and F1 on UD Dutch LassySmall.

As the evaluation data's README describes: sentences are grouped by (document, paragraph) from
their ``sent_id``, each paragraph's sentences are joined with one space and segmented, and the
predicted boundaries are compared with the gold ones, counted in non-white-space characters.
Two figures: prose paragraphs (every sentence ends in terminal punctuation) and all paragraphs.
Kernpunt's segmenter (structure first, then sentencex) runs beside plain sentencex and, when
installed (``pip install .[bench]``), pysbd.

Usage: python benchmarks/segmentation.py [--treebank nl_alpino-ud-dev.conllu]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaldata import TREEBANK, eval_file  # benchmarks/ is a folder of scripts, not a package
from results import record

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
    from kernpunt.core.article import article_from_text
    from kernpunt.core.segment import segment

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--treebank",
        metavar="NAME",
        help="score this .conllu of the evaluation folder instead (benchmarks/evaldata.py), "
        "e.g. nl_alpino-ud-dev.conllu; printed, not recorded",
    )
    args = parser.parse_args()
    treebank = eval_file(args.treebank) if args.treebank else TREEBANK
    every = paragraphs(treebank)
    prose = [sentences for sentences in every if is_prose(sentences)]
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
    figures: dict[str, dict[str, object]] = {}
    for name, segmenter in segmenters.items():
        segmenter("Een zin. Nog een zin.")  # import and warm up outside the timing
        started = time.perf_counter()
        all_scores = score(segmenter, every)
        seconds = time.perf_counter() - started
        figures[name] = {"prose": score(segmenter, prose), "all": all_scores, "seconds": seconds}
    gold_prose = sum(len(sentences) - 1 for sentences in prose)
    rows = [
        f"{'UD Dutch LassySmall test' if treebank == TREEBANK else treebank.name}: "
        f"{len(prose)} prose paragraphs ({gold_prose} boundaries), "
        f"{len(every)} paragraphs in all. Target: prose F1 ≥ {TARGET_PROSE_F1}.",
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
    if treebank == TREEBANK:
        record("segmentation", "Sentence segmentation", "python benchmarks/segmentation.py", rows)
    print("\n".join(rows))
    for result in figures.values():
        result["seconds"] = round(float(str(result["seconds"])), 3)
    print(json.dumps(figures))
    kernpunt_f1 = figures["kernpunt"]["prose"]
    assert isinstance(kernpunt_f1, dict)
    if kernpunt_f1["f1"] < TARGET_PROSE_F1:
        raise SystemExit(f"prose F1 {kernpunt_f1['f1']} is below the target {TARGET_PROSE_F1}")


if __name__ == "__main__":
    main()
