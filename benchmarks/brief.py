"""Brief first: how soon a reader sees the brief, through the window and through the pipeline.

The window (the default): each round starts Kernpunt's window in a fresh process with the
nl→en-shaped model installed and loaded by its preload, and nothing else loaded
(``brief_window.py``), opens an article, and watches the brief band as it is painted: the
first English brief sentence on screen, and the whole brief. Two articles, alternating: the NATO
sample (targets: first sentence ≤ 0.6 s) and the 5,000-word sample (whole brief ≤ 3 s). The
peer in the same process: the same loaded translator given the brief's shortest sentence alone,
and the brief's sentences alone, with no window and nothing else to do.

The pipeline (``--pipeline``), on the 5,000-word sample, each run with a fresh Translator and
empty user folders (so no translation cache helps):

1. brief first, cold: ``translate_article`` on a Translator whose model is not loaded yet, as
   on the first Translate after start-up; the time to the brief includes loading the model.
2. brief first, warm: the model is loaded first (timed on its own), then ``translate_article``;
   the run is cancelled once the brief is reported.
3. brief first, warm, with the random model's own output lengths (see below).
4. the old way, warm: translate every sentence, then choose the brief on the English
   translation (``brief_of``), as Kernpunt did before.

The nl→en-shaped model has random weights (tests/support/argos_models.py): its shape and
tokenizer are a real model's, its output is noise. Noise never ends a sentence, so every output
would run to the length bound (2n + 10 tokens for n source tokens, over twice a real
translation's length) and then, looking like a loop, be decoded a second time by the repetition
guard. Every run but the third therefore forces every output to the length a real nl→en
translation has, ``round(1.1 n) + 2`` tokens, as ``benchmarks/translate.py`` does; the third
shows the noise's cost.

Usage: python benchmarks/brief.py [--rounds 5] [--pipeline [--mode quality|fast] [--method lexrank]]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import (  # benchmarks/ is a folder of scripts, not a package
    install_model_elsewhere,
    load_note,
    loaded_heavy_modules,
    loaded_note,
    record,
    rounds,
)
from translate import forced_length

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "tests" / "data" / "lassy-long-5k-words.nl.txt"
NATO = REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt"
TARGET_SECONDS = 3.0  # the whole brief, with the model loaded
FIRST_TARGET_SECONDS = 0.6  # the first brief sentence on screen, with the model loaded


def isolate(home: Path, name: str) -> None:
    """Point the user folders (and with them any translation cache) at a fresh folder."""
    for variable, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("NLTK_DATA", "nltk_data"),
    ):
        folder = home / name / sub
        folder.mkdir(parents=True, exist_ok=True)
        os.environ[variable] = str(folder)


def brief_first(
    package: Any,
    article: Any,
    args: argparse.Namespace,
    *,
    warm: bool,
    lengths: Callable[[int], int] | None = forced_length,
) -> dict[str, Any]:
    """Run translate_article and time the brief's arrival (and the rest, when cold)."""
    from kernpunt.core.cancel import CancelToken
    from kernpunt.core.document import segmented
    from kernpunt.core.engine.translate import Translator
    from kernpunt.core.pipeline import translate_article

    translator = Translator(package, mode=args.mode, forced_length=lengths)
    load = None
    if warm:
        started = time.perf_counter()
        translator.load()
        load = time.perf_counter() - started
    token = CancelToken()
    arrived: dict[str, Any] = {"tokens": 0}

    def on_progress(progress: Any) -> None:
        if "brief" not in arrived:
            arrived["tokens"] = progress.tokens

    def on_brief(brief: Any, translations: list[str | None]) -> None:
        arrived["seconds"] = time.perf_counter() - started
        arrived["brief"] = brief
        if warm:
            token.cancel()

    started = time.perf_counter()
    document = translate_article(
        segmented(article),
        translator,
        brief_method=args.method,
        on_brief=on_brief,
        on_progress=on_progress,
        cancel=token,
    )
    total = time.perf_counter() - started
    brief = arrived["brief"]
    return {
        "load_s": load,
        "brief_s": arrived["seconds"],
        "full_s": None if warm else total,
        "complete": document.complete,
        "method": brief.method,
        "indices": list(brief.indices),
        "key_terms": [term.text for term in brief.key_terms],
        "tokens": arrived["tokens"],
        "words": sum(len(document.sentences[i].text.split()) for i in brief.indices),
    }


def old_way(package: Any, article: Any, args: argparse.Namespace) -> dict[str, Any]:
    """Translate everything, then brief the English translation."""
    from kernpunt.core.document import TranslatedArticle
    from kernpunt.core.engine.translate import Translator
    from kernpunt.core.pipeline import brief_of
    from kernpunt.core.text.segment import segment

    translator = Translator(package, mode=args.mode, forced_length=forced_length)
    started = time.perf_counter()
    translator.load()
    load = time.perf_counter() - started
    started = time.perf_counter()
    sentences = segment(article, "nl")
    translations = translator.translate([sentence.text for sentence in sentences])
    full = time.perf_counter() - started
    document = TranslatedArticle(article, sentences, translations, package=package)
    brief = brief_of(document, args.method)
    return {
        "load_s": load,
        "brief_s": time.perf_counter() - started,
        "full_s": full,
        "complete": document.complete,
        "method": brief.method,
        "indices": list(brief.indices),
    }


def choosing_time(article: Any, method: str) -> float:
    """Seconds to choose the brief and key terms on the Dutch sentences alone (sumy warm)."""
    from kernpunt.core.document import TranslatedArticle
    from kernpunt.core.pipeline import brief_of
    from kernpunt.core.text.segment import segment

    document = TranslatedArticle(article, segment(article, "nl"))
    started = time.perf_counter()
    brief_of(document, method, language="dutch")
    return time.perf_counter() - started


def window_round(packages: Path, article: Path) -> dict[str, Any]:
    """Open an article in a fresh window process (``brief_window.py``); return its figures."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, ARGOS_PACKAGES_DIR=str(packages), QT_QPA_PLATFORM="offscreen")
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[variable] = str(Path(home) / variable.lower())
        script = [sys.executable, str(Path(__file__).resolve().parent / "brief_window.py")]
        figures: dict[str, Any] = last_json([*script, str(article)], env)
        indices = ",".join(str(index) for index in figures["brief_indices"])
        figures.update(last_json([*script, "--floor", str(article), indices], env))
    return figures


def last_json(command: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run a command; return the JSON object on the last line of its output."""
    output = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def window_runs(count: int) -> None:
    """Time the brief band in fresh windows, the two articles alternating; record the medians."""
    with tempfile.TemporaryDirectory() as temporary:
        packages = Path(temporary) / "packages"
        install_model_elsewhere(packages)

        def one_round() -> dict[str, dict[str, Any]]:
            return {article.name: window_round(packages, article) for article in (NATO, SAMPLE)}

        kept, loads = rounds(one_round, count)
    rows = window_table(kept, loads)
    record("brief", "The brief in the window", "python benchmarks/brief.py", rows)


def window_table(kept: list[dict[str, dict[str, Any]]], loads: list[float]) -> list[str]:
    """The RESULTS.md section for the window's figures: medians with their ranges."""

    def cell(name: str, key: str) -> str:
        values = [run[name][key] for run in kept]
        return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"

    first = kept[0]
    nato, long = first[NATO.name], first[SAMPLE.name]
    rows = [
        f"Fresh process per article, nl→en-shaped random-weight model loaded by the window's "
        f"preload before the article opens (also loaded then: "
        f"{', '.join(nato['loaded_before_open']) or 'nothing else'}), quality mode, brief by "
        f"{nato['brief_method']}, {nato['brief_size']} sentences; outputs forced to the length of "
        f"a real translation. Times from opening the article to the brief band's paint that shows "
        f"it; median of {len(kept)} rounds (fastest–slowest).",
        "",
        "| article | brief chosen, shown greyed | first English brief sentence | whole brief |"
        " model alone: shortest brief sentence | model alone: the brief |",
        "|---|---|---|---|---|---|",
    ]
    for name, figures in ((NATO.name, nato), (SAMPLE.name, long)):
        rows.append(
            f"| `{name}` ({figures['sentences']} sentences) | {cell(name, 'brief_chosen_s')} | "
            f"{cell(name, 'first_sentence_s')} | {cell(name, 'whole_brief_s')} | "
            f"{cell(name, 'model_shortest_s')} | {cell(name, 'model_whole_brief_s')} |"
        )
    first_s = statistics.median(run[NATO.name]["first_sentence_s"] for run in kept)
    whole_s = statistics.median(run[SAMPLE.name]["whole_brief_s"] for run in kept)
    rows += [
        "",
        f"Targets: the first brief sentence of `{NATO.name}` on screen ≤ {FIRST_TARGET_SECONDS} s: "
        f"{'met' if first_s <= FIRST_TARGET_SECONDS else 'not met'} ({first_s:.2f} s); the whole "
        f"brief of `{SAMPLE.name}` ≤ {TARGET_SECONDS:.0f} s: "
        f"{'met' if whole_s <= TARGET_SECONDS else 'not met'} ({whole_s:.2f} s). The brief is "
        "chosen on the worker and shown at once, each sentence greyed in the original until its "
        "translation replaces it; the brief's shortest sentence is translated first, alone, then "
        "the others. The two model-alone columns are the floor: the same model, loaded the same "
        "way in a fresh process after each window's, given the same sentences with nothing else "
        "to do. " + load_note(loads),
    ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pipeline", action="store_true", help="the pipeline runs instead")
    parser.add_argument("--mode", choices=("quality", "fast"), default="quality")
    parser.add_argument("--method", default="lexrank")
    args = parser.parse_args()
    if not args.pipeline:
        window_runs(args.rounds)
        return
    with tempfile.TemporaryDirectory() as temporary:
        home = Path(temporary)
        os.environ["ARGOS_PACKAGES_DIR"] = str(home / "packages")
        # Cold means cold: building the model would import what the first brief loads.
        install_model_elsewhere(home / "packages")
        from kernpunt.core.formats.article import read_article
        from kernpunt.core.models.packages import find_package
        from kernpunt.core.text.segment import segment

        package = find_package("nl", "en")
        assert package is not None
        article = read_article(SAMPLE)
        sentences = len(segment(article, "nl"))
        isolate(home, "cold")
        preloaded = loaded_heavy_modules()
        cold = brief_first(package, article, args, warm=False)
        isolate(home, "warm")
        warm = brief_first(package, article, args, warm=True)
        isolate(home, "noise")
        noise = brief_first(package, article, args, warm=True, lengths=None)
        isolate(home, "old")
        old = old_way(package, article, args)
        choose = choosing_time(article, args.method)
    summary = {
        "sentences": sentences,
        "words": len(SAMPLE.read_text(encoding="utf-8").split()),
        "mode": args.mode,
        "method": cold["method"],
        "brief_cold_s": round(cold["brief_s"], 2),
        "brief_warm_s": round(warm["brief_s"], 2),
        "model_load_s": round(warm["load_s"], 2),
        "brief_choice_s": round(choose, 2),
        "brief_warm_own_lengths_s": round(noise["brief_s"], 2),
        "brief_target_tokens_own_lengths": noise["tokens"],
        "brief_source_words": warm["words"],
        "brief_target_tokens": warm["tokens"],
        "full_translation_brief_first_s": round(cold["full_s"], 1),
        "brief_old_way_s": round(old["brief_s"], 1),
        "full_translation_old_way_s": round(old["full_s"], 1),
        "speed_up_warm": round(old["brief_s"] / warm["brief_s"], 1),
        "target_s": TARGET_SECONDS,
        "met": warm["brief_s"] <= TARGET_SECONDS,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "load_average": round(os.getloadavg()[0], 1),
        "brief_indices": cold["indices"],
        "key_terms": cold["key_terms"],
        "loaded_before_cold_run": preloaded,
    }
    rows = table(summary)
    record(
        "brief-pipeline",
        "Brief first",
        "python benchmarks/brief.py --pipeline",
        rows,
        summary=summary,
    )


def table(s: dict[str, Any]) -> list[str]:
    """The RESULTS.md section for these figures."""
    return [
        f"`lassy-long-5k-words.nl.txt`: {s['words']:,} words, {s['sentences']} sentences; "
        f"nl→en-shaped random-weight model, {s['mode']} mode; brief by {s['method']}, 3 sentences.",
        "",
        "| run | brief returned | whole translation |",
        "|---|---|---|",
        "| brief first, fresh process, model and libraries not loaded yet (load counted) | "
        f"{s['brief_cold_s']:.2f} s | "
        f"{s['full_translation_brief_first_s']:.1f} s |",
        f"| brief first, model loaded beforehand ({s['model_load_s']:.2f} s, not counted) | "
        f"{s['brief_warm_s']:.2f} s | — |",
        f"| brief first, warm, the random model's own lengths and the guard's second decode | "
        f"{s['brief_warm_own_lengths_s']:.2f} s | — |",
        f"| old way: whole translation, then brief of the English (load not counted) | "
        f"{s['brief_old_way_s']:.1f} s | {s['full_translation_old_way_s']:.1f} s |",
        "",
        "Loaded before the cold run: "
        f"{loaded_note(s['loaded_before_cold_run'])}. "
        f"Choosing the brief and key terms on the Dutch sentences takes "
        f"{s['brief_choice_s']:.2f} s of that. Brief first is {s['speed_up_warm']}× sooner "
        "than the old way (warm model). "
        f"Target ≤ {s['target_s']:.0f} s from Translate with the model loaded: "
        f"{'met' if s['met'] else 'not met'}. Peak memory of the benchmark process (three "
        f"translators in turn): {s['peak_rss_mb']} MB RSS. Load average at the end: "
        f"{s['load_average']} on 2 cores, shared with other work. Outputs are forced to "
        "round(1.1·n) + 2 tokens for n source tokens, the length of a real translation: the "
        f"brief's {s['brief_source_words']} Dutch words became {s['brief_target_tokens']} "
        f"target tokens, decoded {'at beam 4' if s['mode'] == 'quality' else 'greedily'} "
        "before the brief could be shown. Left to itself the random model's noise runs to the "
        f"length bound ({s['brief_target_tokens_own_lengths']} tokens) and, looking like a "
        "loop, is decoded a second time with a repetition penalty: that is the third row. "
        f"Key terms: {', '.join(s['key_terms'])}.",
    ]


if __name__ == "__main__":
    main()
