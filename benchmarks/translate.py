"""Translation throughput: Kernpunt's engine against raw CTranslate2 and argostranslate, same model.

Two texts, cut by Kernpunt's own segmenter, with the nl→en-shaped random-weight package: the
subset, the first ``--subset`` sentences of ``tests/data/lassy-long-5k-words.nl.txt`` (every
side runs on it), and the document, the NATO sample a reader opens first
(``resources/samples/navo-ministers-2021-03.nl.txt``; Kernpunt and the reference only). A random
model never ends a sentence by itself, so every sentence gets a forced output length on every
side, ``round(1.1 × source tokens) + 2``: all produce exactly the same number of target tokens,
which the benchmark checks and reports.

- The reference, raw CTranslate2 with ideal batches: every sentence sorted by length, cut by the
  engine's own token budget for the mode, all batches submitted at once to the same loaded model.
  It is the limit batching can reach; the target is Kernpunt at ≥ 95 % of it.
- argostranslate: ``PackageTranslation.hypotheses`` on the text, one paragraph per line, as
  ``argostranslate.translate.translate()`` runs it: ``apply_packaged_translation`` per paragraph,
  with its own ``translate_batch`` settings (beam 4, ``max_batch_size`` from its settings,
  ``batch_type="tokens"``) and its own CTranslate2 thread settings, as shipped and at one thread.
  Two substitutions: its sentence splitter (whose default downloads a model) returns Kernpunt's
  sentences, and its translator's ``translate_batch`` adds ``min_decoding_length =
  max_decoding_length``, calling CTranslate2 once per distinct forced length within the paragraph
  (with ``max_batch_size=32`` tokens almost every sentence is its own batch anyway).
- Kernpunt: ``Translator.translate`` with ``forced_length``, batched exactly as in real use. A
  batch can only be given one length, so it is decoded to the forced length of its longest
  sentence and each output is cut to its own: the extra steps are paid for and not counted
  (reported as padding, the share of decoded tokens that are not counted).

Kernpunt's engine runs in a child process that reports its peak RSS (so argostranslate's memory
is not counted) and the time to the first translated sentence. The sides alternate within each
round, and which of Kernpunt and the reference goes first alternates from round to round.

Usage: python benchmarks/translate.py [--subset 60] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import load_note, record, rounds  # benchmarks/ is a folder of scripts

REPO = Path(__file__).resolve().parent.parent
SUBSET_SOURCE = REPO / "tests" / "data" / "lassy-long-5k-words.nl.txt"
DOCUMENT = Path(
    os.environ.get(
        "KERNPUNT_BENCH_DOCUMENT", REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt"
    )
)
TARGET_OF_REFERENCE = 0.95
TARGET_GREEDY = 2.5
TARGET_RSS_MB = 500


def forced_length(source_tokens: int) -> int:
    """The output length both engines must produce: about what real nl→en translations take."""
    return round(1.1 * source_tokens) + 2


def sentences_of(path: Path) -> list[tuple[int, str]]:
    """Return (block index, sentence) for every sentence of a text, by our segmenter."""
    from kernpunt.core.formats.article import read_article
    from kernpunt.core.text.segment import segment

    return [(s.block, s.text) for s in segment(read_article(path), "nl")]


def prepare_package(home: Path) -> Path:
    """Install the nl→en-shaped package into a fresh folder and return the folder."""
    sys.path.insert(0, str(REPO))
    from tests.support.argos_models import cached_package, install_package

    return install_package(cached_package("nlen"), home / "packages")


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class OurEngine:
    """Kernpunt's engine in this (child) process: one loaded Translator."""

    def __init__(self, package_dir: Path, subset: int) -> None:
        from kernpunt.core.engine.translate import Translator
        from kernpunt.core.models.packages import find_package

        package = find_package("nl", "en", package_dir.parent)
        assert package is not None
        source = [text for _, text in sentences_of(SUBSET_SOURCE)][:subset]
        self.parts = {"subset": source, "document": [text for _, text in sentences_of(DOCUMENT)]}
        # One model in memory, as in the window: the mode is a decoding option.
        self.translator = Translator(package, forced_length=forced_length)
        for mode in ("fast", "quality"):
            self.translator.mode = mode
            self.translator.translate(source[:2])  # load and warm up, as argos's is

    def run(self, part: str, mode: str) -> dict[str, Any]:
        """Translate the subset or the whole document in one mode and return its figures.

        ``reference-quality`` and ``reference-fast`` run raw CTranslate2 with ideal batches.
        """
        from kernpunt.core.engine.translate import Progress

        translator, sentences = self.translator, self.parts[part]
        translator.mode = "fast" if mode.endswith("fast") else "quality"
        if mode.startswith("reference"):
            return ideal_batches(translator, sentences)
        reports: list[Progress] = []
        started, cpu = time.perf_counter(), time.process_time()
        results = translator.translate(sentences, on_progress=reports.append)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        assert all(text is not None for text in results)
        return {
            "tokens": reports[-1].tokens,
            "decoded": decoded_tokens(translator, sentences),
            "seconds": round(elapsed, 3),
            "cpu_ms_per_token": round(cpu / reports[-1].tokens * 1000, 3),
            "tokens_per_second": round(reports[-1].tokens / elapsed, 1),
            "first_sentence_s": round(reports[-1].first_result or 0.0, 3),
        }


def ideal_batches(translator: Any, sentences: list[str]) -> dict[str, Any]:
    """Translate with raw CTranslate2 and ideal batches: the limit batching can reach.

    Every sentence sorted by length and cut by the engine's own token budget for the mode, all
    batches submitted at once to the loaded model, each decoded to its longest sentence's forced
    length and each sentence counted at its own. Two cuts are timed, and the faster one is the
    reference: the plain cut, and the same sorted run cut into a multiple of the model's
    translators (three greedy batches on two translators leave one idle for the third; the
    NATO sample fits one greedy batch and leaves a core idle throughout).
    """
    from kernpunt.core.engine.sentence_batches import cut_batches, cut_evenly

    tokenized = [translator._tokenizer.encode(text) for text in sentences]
    lengths = [len(tokens) for tokens in tokenized]
    order = sorted(range(len(sentences)), key=lambda index: lengths[index])
    budget, translators = translator.batch_tokens, translator._model.num_translators
    cuts = {
        "cut by the budget": cut_batches(order, lengths, budget),
        "spread over the translators": cut_evenly(order, lengths, budget, translators=translators),
    }
    if cuts["spread over the translators"] == cuts["cut by the budget"]:
        del cuts["spread over the translators"]
    timed = [
        _ideal_run(translator, tokenized, batches) | {"cut": cut} for cut, batches in cuts.items()
    ]
    return min(timed, key=lambda figures: figures["seconds"])


def _ideal_run(
    translator: Any, tokenized: list[list[str]], batches: list[list[int]]
) -> dict[str, Any]:
    """Submit these batches at once to the loaded model and wait for all of them."""
    model, prefix = translator._model, translator.package.target_prefix
    lengths = [len(tokens) for tokens in tokenized]
    started, cpu = time.perf_counter(), time.process_time()
    pending = []
    for batch in batches:
        length = forced_length(max(lengths[i] for i in batch)) + (1 if prefix else 0)
        pending += model.translate_batch(
            [tokenized[i] for i in batch],
            asynchronous=True,
            beam_size=translator.beam_size,
            max_batch_size=0,
            target_prefix=[[prefix]] * len(batch) if prefix else None,
            min_decoding_length=length,
            max_decoding_length=length,
        )
    for future in pending:
        future.result()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    tokens = sum(forced_length(length) for length in lengths)
    decoded = sum(len(b) * forced_length(max(lengths[i] for i in b)) for b in batches)
    return {
        "tokens": tokens,
        "decoded": decoded,
        "batches": len(batches),
        "seconds": round(elapsed, 3),
        "cpu_ms_per_token": round(cpu / tokens * 1000, 3),
        "tokens_per_second": round(tokens / elapsed, 1),
        "first_sentence_s": None,
    }


def decoded_tokens(translator: Any, sentences: list[str]) -> int:
    """Count the target tokens the engine decodes for these sentences, counted or not."""
    lengths = [len(translator._tokenizer.encode(text)) for text in sentences]
    return sum(
        len(batch) * forced_length(max(lengths[i] for i in batch))
        for batch in translator._plan(lengths, first=True, alone=True)
    )


class ForcedLengths:
    """argostranslate's CTranslate2 translator, with each sentence's output length forced."""

    def __init__(self, translator: Any) -> None:
        self.translator = translator
        self.tokens = 0
        self.calls = 0

    def translate_batch(self, tokenized: list[list[str]], **options: Any) -> list[Any]:
        """Translate as argostranslate asked, each sentence to its forced length."""
        results: list[Any] = [None] * len(tokenized)
        groups: dict[int, list[int]] = {}
        for index, tokens in enumerate(tokenized):
            groups.setdefault(forced_length(len(tokens)), []).append(index)
        prefix = options.pop("target_prefix", None)
        for length, indices in groups.items():
            self.calls += 1
            part = self.translator.translate_batch(
                [tokenized[i] for i in indices],
                target_prefix=[prefix[i] for i in indices] if prefix else None,
                min_decoding_length=length,
                max_decoding_length=length,
                **options,
            )
            for index, result in zip(indices, part, strict=True):
                results[index] = result
                self.tokens += len(result.hypotheses[0])
        return results


class OurSentences:
    """A sentence splitter for argostranslate that returns Kernpunt's sentences."""

    def __init__(self, paragraphs: dict[str, list[str]]) -> None:
        self.paragraphs = paragraphs

    def split_sentences(self, text: str) -> list[str]:
        """Return the sentences of a paragraph, as Kernpunt's segmenter cut them."""
        return self.paragraphs[text]


class ArgosPath:
    """argostranslate's own path on the first ``subset`` sentences, loaded once."""

    def __init__(self, package_dir: Path, subset: int, intra_threads: int | None = None) -> None:
        from argostranslate import settings
        from argostranslate.package import Package
        from argostranslate.translate import Language, PackageTranslation

        shipped = settings.intra_threads
        if intra_threads is not None:
            settings.intra_threads = intra_threads  # read when the translator is created

        blocks: dict[int, list[str]] = {}
        for block, text in sentences_of(SUBSET_SOURCE)[:subset]:
            blocks.setdefault(block, []).append(text)
        paragraphs = {" ".join(texts): texts for texts in blocks.values()}
        self.text = "\n".join(paragraphs)
        self.paragraphs = len(paragraphs)
        nl, en = Language("nl", "Dutch"), Language("en", "English")
        self.translation = PackageTranslation(nl, en, Package(package_dir))
        self.translation.sentencizer = OurSentences({**paragraphs, "Opwarmen.": ["Opwarmen."]})
        self.translation.hypotheses("Opwarmen.", num_hypotheses=1)  # loads the model, as ours
        settings.intra_threads = shipped
        self.forced = ForcedLengths(self.translation.translator)
        self.translation.translator = self.forced

    def run(self) -> dict[str, Any]:
        """Translate the subset as argostranslate.translate.translate() would."""
        self.forced.tokens = self.forced.calls = 0
        started = time.perf_counter()
        self.translation.hypotheses(self.text, num_hypotheses=1)
        elapsed = time.perf_counter() - started
        return {
            "tokens": self.forced.tokens,
            "seconds": round(elapsed, 3),
            "tokens_per_second": round(self.forced.tokens / elapsed, 1),
            "paragraphs": self.paragraphs,
            "ctranslate2_calls": self.forced.calls,
        }


def child(package_dir: Path, subset: int) -> None:
    """Serve measurements of our engine: one command per stdin line, one JSON line back."""
    engine = OurEngine(package_dir, subset)
    print(json.dumps({"sentences": len(engine.parts["document"])}), flush=True)
    for line in sys.stdin:
        part, mode = line.split()
        print(json.dumps(engine.run(part, mode)), flush=True)
    print(json.dumps({"peak_rss_mb": round(peak_rss_mb(), 1)}), flush=True)


class Child:
    """The child process that runs our engine, so that argostranslate's memory is not ours."""

    def __init__(self, package_dir: Path, subset: int) -> None:
        command = [sys.executable, __file__, "--child", str(package_dir), "--subset", str(subset)]
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.sentences = int(self._answer()["sentences"])

    def run(self, part: str, mode: str) -> dict[str, Any]:
        """Ask for one measurement and wait for it."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"{part} {mode}\n")
        self.process.stdin.flush()
        return self._answer()

    def close(self) -> float:
        """End the child and return its peak RSS in MB."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        rss = float(self._answer()["peak_rss_mb"])
        self.process.wait()
        return rss

    def _answer(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"the engine's process ended with status {self.process.wait()}")
        answer: dict[str, Any] = json.loads(line)
        return answer


def measure(package_dir: Path, subset: int, count: int) -> dict[str, Any]:
    """Run every side in alternating rounds, so that the shared machine's load hits all alike.

    A round: on the subset, Kernpunt and the reference in both modes and argostranslate as
    shipped and at one thread; on the document, Kernpunt and the reference in both modes.
    Kernpunt and its reference run back to back, first one then the other, round by round.
    """
    engine = Child(package_dir, subset)
    argos = [
        ("argos", ArgosPath(package_dir, subset)),
        ("argos_one_thread", ArgosPath(package_dir, subset, intra_threads=1)),
    ]
    count_rounds = iter(range(10**6))

    def one_round() -> dict[str, dict[str, Any]]:
        flip = next(count_rounds) % 2 == 1
        figures: dict[str, dict[str, Any]] = {}
        for part in ("subset", "document"):
            for position, mode in enumerate(("quality", "fast")):
                sides = [mode, f"reference-{mode}"]
                for side in reversed(sides) if flip else sides:
                    figures[f"{part} {side}"] = engine.run(part, side)
                if part == "subset":
                    name, path = argos[position]
                    figures[f"subset {name}"] = path.run()
        return figures

    started = time.perf_counter()
    kept, loads = rounds(one_round, count)
    rss = engine.close()
    return {
        "rounds": kept,
        "loads": loads,
        "sentences": engine.sentences,
        "peak_rss_mb": rss,
        "minutes": (time.perf_counter() - started) / 60,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subset", type=int, default=60, help="sentences for the comparison")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.subset)
        return
    with tempfile.TemporaryDirectory() as temporary:
        home = Path(temporary)
        # argostranslate creates its folders when imported: keep them out of the real home.
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = str(home / name.lower())
        package_dir = prepare_package(home)
        measured = measure(package_dir, args.subset, args.rounds)
    report(measured, args.subset)


def summarize(measured: dict[str, Any]) -> dict[str, Any]:
    """Reduce the rounds to the figures: medians over rounds, ratios taken round by round."""
    kept = measured["rounds"]
    for part in ("subset", "document"):
        sides = [key for key in kept[0] if key.startswith(part)]
        tokens = {r[key]["tokens"] for r in kept for key in sides}
        if len(tokens) != 1:
            raise SystemExit(f"unequal work on the {part}: target token counts {sorted(tokens)}")

    def median(values: list[float]) -> float:
        return round(statistics.median(values), 2)

    def speed(key: str) -> float:
        return median([r[key]["tokens_per_second"] for r in kept])

    def ratio(slow: str, fast: str) -> float:
        # Equal work on both sides, so a ratio of times is a ratio of speeds.
        return median([r[slow]["seconds"] / r[fast]["seconds"] for r in kept])

    summary: dict[str, Any] = {
        "rounds": len(kept),
        "loads": [round(x, 1) for x in measured["loads"]],
    }
    for part in ("subset", "document"):
        summary[f"{part}_target_tokens"] = kept[0][f"{part} quality"]["tokens"]
        for mode in ("quality", "fast"):
            summary[f"{part}_{mode}_tok_s"] = speed(f"{part} {mode}")
            summary[f"{part}_reference_{mode}_tok_s"] = speed(f"{part} reference-{mode}")
            summary[f"{part}_{mode}_of_reference"] = ratio(
                f"{part} reference-{mode}", f"{part} {mode}"
            )
            summary[f"{part}_{mode}_decoded_tokens"] = kept[0][f"{part} {mode}"]["decoded"]
            summary[f"{part}_reference_{mode}_decoded_tokens"] = kept[0][
                f"{part} reference-{mode}"
            ]["decoded"]
        summary[f"{part}_greedy_to_beam4"] = ratio(f"{part} quality", f"{part} fast")
        for side in ("quality", "fast", "reference-quality", "reference-fast"):
            key = f"{part}_{side.replace('-', '_')}"
            summary[f"{key}_cpu_ms"] = median(
                [r[f"{part} {side}"]["cpu_ms_per_token"] for r in kept]
            )
        # CPU time per token is the work, whatever the load: its ratio is what greedy can gain
        # over beam 4 with every core busy in both modes.
        summary[f"{part}_reference_cpu_greedy_to_beam4"] = median(
            [
                r[f"{part} reference-quality"]["cpu_ms_per_token"]
                / r[f"{part} reference-fast"]["cpu_ms_per_token"]
                for r in kept
            ]
        )
        for mode in ("quality", "fast"):
            cuts = [r[f"{part} reference-{mode}"]["cut"] for r in kept]
            summary[f"{part}_reference_{mode}_cut"] = max(set(cuts), key=cuts.count)
            summary[f"{part}_reference_{mode}_cut_share"] = cuts.count(
                summary[f"{part}_reference_{mode}_cut"]
            ) / len(cuts)
    for name in ("argos", "argos_one_thread"):
        summary[f"{name}_tok_s"] = speed(f"subset {name}")
        summary[f"beam4_to_{name}"] = ratio(f"subset {name}", "subset quality")
        summary[f"reference_beam4_to_{name}"] = ratio(f"subset {name}", "subset reference-quality")
    summary["peak_rss_mb"] = measured["peak_rss_mb"]
    summary["minutes"] = round(measured["minutes"], 1)
    summary["first_sentence_beam4_s"] = statistics.median(
        r["document quality"]["first_sentence_s"] for r in kept
    )
    summary["met"] = (
        all(
            summary[f"{part}_{mode}_of_reference"] >= TARGET_OF_REFERENCE
            for part in ("subset", "document")
            for mode in ("quality", "fast")
        )
        and all(
            summary[f"{part}_greedy_to_beam4"] >= TARGET_GREEDY for part in ("subset", "document")
        )
        and measured["peak_rss_mb"] <= TARGET_RSS_MB
    )
    return summary


def report(measured: dict[str, Any], subset: int) -> None:
    """Print the figures, write them to RESULTS.md, and end with the JSON line."""
    s = summarize(measured)

    def padding(part: str, side: str) -> str:
        return f"{1 - s[f'{part}_target_tokens'] / s[f'{part}_{side}_decoded_tokens']:.0%}"

    rows = [
        f"Median of {s['rounds']} alternating rounds. {load_note(measured['loads'])} "
        f"Subset: the first {subset} sentences of {SUBSET_SOURCE.name} "
        f"({s['subset_target_tokens']:,} target tokens on every side); document: "
        f"{DOCUMENT.name}, all {measured['sentences']} sentences "
        f"({s['document_target_tokens']:,} target tokens). The whole run took "
        f"{measured['minutes']:.1f} min.",
        "",
        "| engine | subset, tokens/s | document, tokens/s |",
        "|---|---|---|",
        f"| argostranslate as shipped (beam 4, inter 1, intra 0) | {s['argos_tok_s']:.0f} | — |",
        f"| argostranslate at one thread (beam 4, intra 1) | {s['argos_one_thread_tok_s']:.0f} "
        "| — |",
    ]
    for mode, label in (("quality", "beam 4"), ("fast", "greedy")):
        for name, side in (
            ("raw CTranslate2, ideal batches", f"reference_{mode}"),
            ("Kernpunt", mode),
        ):
            rows.append(
                f"| {name}, {label} | {s[f'subset_{side}_tok_s']:.0f} "
                f"| {s[f'document_{side}_tok_s']:.0f} |"
            )
    shares = ", ".join(
        f"{label} {s[f'subset_{mode}_of_reference']:.0%} on the subset and "
        f"{s[f'document_{mode}_of_reference']:.0%} on the document"
        for mode, label in (("quality", "beam 4"), ("fast", "greedy"))
    )
    rows += [
        "",
        f"Round by round (medians), Kernpunt's share of the ideal-batch reference: {shares} "
        f"(target ≥ {TARGET_OF_REFERENCE:.0%}). Greedy against our beam 4: "
        f"{s['subset_greedy_to_beam4']:.1f}× on the subset, "
        f"{s['document_greedy_to_beam4']:.1f}× on the document (target ≥ {TARGET_GREEDY:g}×). "
        f"Our beam 4 against argostranslate on the subset: {s['beam4_to_argos']:.1f}× as "
        f"shipped, {s['beam4_to_argos_one_thread']:.1f}× at one thread (the reference: "
        f"{s['reference_beam4_to_argos']:.1f}× and "
        f"{s['reference_beam4_to_argos_one_thread']:.1f}×). Peak RSS of our engine with the "
        f"model loaded: {s['peak_rss_mb']:.0f} MB (target ≤ {TARGET_RSS_MB} MB). "
        f"Targets {'met' if s['met'] else 'not all met'}.",
        "",
        "Outputs are forced to round(1.1·n) + 2 tokens for n source tokens on every side; a "
        "batch is decoded to its longest sentence's length and each sentence counted at its "
        "own. Padding, the share of decoded tokens not counted, subset / document: Kernpunt "
        "beam 4 "
        f"{padding('subset', 'quality')} / {padding('document', 'quality')}, greedy "
        f"{padding('subset', 'fast')} / {padding('document', 'fast')}; the reference beam 4 "
        f"{padding('subset', 'reference_quality')} / {padding('document', 'reference_quality')}, "
        f"greedy {padding('subset', 'reference_fast')} / {padding('document', 'reference_fast')}.",
    ]
    cpu = "; ".join(
        f"{part}: beam 4 {s[f'{part}_reference_quality_cpu_ms']:.2f} ms, greedy "
        f"{s[f'{part}_reference_fast_cpu_ms']:.2f} ms "
        f"({s[f'{part}_reference_cpu_greedy_to_beam4']:.2f}×; Kernpunt "
        f"{s[f'{part}_quality_cpu_ms']:.2f} ms and {s[f'{part}_fast_cpu_ms']:.2f} ms)"
        for part in ("subset", "document")
    )
    cuts = ", ".join(
        f"{part} {label}: {s[f'{part}_reference_{mode}_cut']} "
        f"({s[f'{part}_reference_{mode}_cut_share']:.0%} of rounds)"
        for part in ("subset", "document")
        for mode, label in (("quality", "beam 4"), ("fast", "greedy"))
    )
    rows += [
        "",
        f"The reference times two cuts of the sorted sentences each round and keeps the faster: "
        f"cut by the budget, or the same cut into a multiple of the two translators. Faster "
        f"most often: {cuts}. CPU time per counted target token (all threads; the work, "
        f"whatever the load), reference: {cpu}. Greedy can be at most that ratio faster than "
        f"beam 4 when both keep both cores busy.",
    ]
    record("translate", "Translation throughput", "python benchmarks/translate.py", rows, s)


if __name__ == "__main__":
    main()
