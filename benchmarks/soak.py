"""A day of reading: does memory stay flat over hundreds of articles translated in one process?

Each run translates and briefs a stream of articles in one fresh process and records its resident
memory (VmRSS from /proc/self/status) after every article. The articles are a mix of the samples:
the bundled NATO article and chunks of 1 to 8 paragraphs of the 5,000-word Lassy document, in a
repeating pattern of lengths, so that the longest article comes early and every later one has a
shorter one's memory to reuse. Each article carries its own number in every sentence, so nothing
comes from the translation cache and every sentence goes through the model (a reader's day brings
new articles, not the same one again).

Runs, each in its own process:
- core: ``translate_article`` (brief first, then the rest, key terms) 200 times, with the
  translation cache the window uses;
- window: the real main window offscreen, opening each article from a file and translating it
  through the job runner, 50 times;
- peer (same run): the same sentences through ``ctranslate2.Translator.translate_batch`` called
  the way Argos Translate calls it (a paragraph at a time), with no Kernpunt code at all.

Every run uses the tiny test model and the nl→en-shaped one. The nl→en-shaped model runs in Fast
mode (greedy) to keep the benchmark under an hour on two idle cores (about 50 minutes), and its peer
runs 50 articles; the tiny model runs in Quality mode (beam 4). A random model's noise runs every
sentence to the length bound and through the repetition guard's second decode, about four times
a real model's work, so a busy machine takes much longer. Growth is measured from article 20
(after the allocator and the caches warmed up) to the last article; the target is under 5 %.

Usage: python benchmarks/soak.py [--articles 200] [--window-articles 50] [--models tiny,nlen]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import reader_folders, record  # noqa: E402 - benchmarks/ is a folder of scripts

SAMPLE = REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt"
LONG = REPO / "tests" / "data" / "lassy-long-5k-words.nl.txt"
# Paragraphs (of six sentences) per article, 0 for a whole sample article, repeated: news-article
# lengths, the longest second, well before article 20. Articles 20 and 200 have the same length.
PATTERN = (0, 8, 1, 2, 4, 1, 3, 2, 0, 3)
WARM_UP = 20
TARGET_PERCENT = 5.0
MODES = {"tiny": "quality", "nlen": "fast"}
# The Argos pattern is several times slower than Kernpunt on the big model (benchmarks/RESULTS.md,
# "Translation"): 200 articles of it would take over an hour on two shared cores.
PEER_ARTICLES = {"nlen": 50}
T = TypeVar("T")


def rss_kib() -> int:
    """This process's resident memory in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def articles(count: int) -> list[str]:
    """The article texts of a run: samples and chunks of the long one, each made unique."""
    short = [SAMPLE.read_text(encoding="utf-8")]
    paragraphs = LONG.read_text(encoding="utf-8").split("\n\n")
    texts = []
    start = 0
    for number in range(count):
        size = PATTERN[number % len(PATTERN)]
        if size == 0:
            text = short[number % len(short)]
        else:
            if start + size > len(paragraphs):
                start = 0
            text = "\n\n".join(paragraphs[start : start + size])
            start += size
        texts.append(_numbered(text, number + 1))
    return texts


def _numbered(text: str, number: int) -> str:
    """Put the article's number before every sentence's full stop, so that no sentence repeats."""
    return re.sub(r"(\w)([.!?])(\s|$)", rf"\1 {number}\2\3", text)


# --- the runs, each in a child process ------------------------------------------------------


def run_core(count: int, mode: str) -> dict[str, object]:
    """Translate and brief the articles with the pipeline, as the window's worker does."""
    from kernpunt.core.document import segmented
    from kernpunt.core.engine.cache import TranslationCache
    from kernpunt.core.engine.translate import Translator
    from kernpunt.core.formats.article import article_from_text
    from kernpunt.core.models.packages import find_package
    from kernpunt.core.pipeline import translate_article

    package = find_package()
    assert package is not None
    translator = Translator(package, mode="fast" if mode == "fast" else "quality")
    translator.cache = TranslationCache()
    translated = cached = 0

    def one(text: str) -> None:
        nonlocal translated, cached
        latest: list[object] = []
        document = translate_article(
            segmented(article_from_text(text)), translator, on_progress=latest.append
        )
        assert document.complete and document.brief is not None
        progress = latest[-1]
        translated += progress.done - progress.cached  # type: ignore[attr-defined]
        cached += progress.cached  # type: ignore[attr-defined]

    figures = _measure(articles(count), one)
    figures.update(translated=translated, cached=cached)
    return figures


def run_peer(count: int, mode: str) -> dict[str, object]:
    """The same sentences through CTranslate2 called the way Argos Translate calls it.

    argostranslate's ``translate()`` sends one paragraph at a time to ``translate_batch`` with
    ``max_batch_size=32, batch_type="tokens"`` (DESIGN.md); it cannot run here (its sentence
    splitter downloads a model), so this is that pattern with the same model and decoding bound.
    """
    import ctranslate2
    import sentencepiece

    from kernpunt.core.formats.article import article_from_text
    from kernpunt.core.models.packages import find_package
    from kernpunt.core.text.segment import segment

    package = find_package()
    assert package is not None
    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(package.tokenizer_path))
    model = ctranslate2.Translator(str(package.model_dir), inter_threads=2, intra_threads=1)
    beam = 1 if mode == "fast" else 4

    def one(text: str) -> None:
        paragraphs: dict[int, list[str]] = {}
        for sentence in segment(article_from_text(text)):
            paragraphs.setdefault(sentence.block, []).append(sentence.text)
        for sentences in paragraphs.values():
            tokens = tokenizer.encode(sentences, out_type=str)
            longest = max(len(t) for t in tokens)
            results = model.translate_batch(
                tokens,
                beam_size=beam,
                max_batch_size=32,
                batch_type="tokens",
                replace_unknowns=True,
                max_decoding_length=longest * 2 + 10,
            )
            assert len(results) == len(tokens)

    return _measure(articles(count), one)


def run_window(count: int, mode: str) -> dict[str, object]:
    """Open and translate the articles in the real window, one after another."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from kernpunt.ui.main_window import MainWindow
    from kernpunt.ui.settings import Settings

    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="kernpunt-soak-"))
    settings = Settings(QSettings(str(folder / "kernpunt.ini"), QSettings.Format.IniFormat))
    settings.mode = mode
    window = MainWindow(settings)
    window.show()
    window.refresh_models()
    _wait_until(app, lambda: window.settled, 30)
    assert window.session.package is not None

    def wait(signal: object, action: Callable[[], None]) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        timer = QTimer(singleShot=True, interval=600_000)
        timer.timeout.connect(loop.quit)
        timer.start()
        action()
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]
        if not timer.isActive():
            raise TimeoutError("the window did not finish in time")
        timer.stop()

    paths = []
    for number, text in enumerate(articles(count), start=1):
        path = folder / f"artikel-{number:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)

    def one(path: Path) -> None:
        wait(window.article_shown, lambda: window.open_article(path))
        wait(window.translation_finished, window.translate)
        session = window.session
        assert all(text is not None for text in session.translations), "translation incomplete"
        assert session.brief is not None
        app.processEvents()

    figures = _measure(paths, one)
    window.close()
    return figures


def _wait_until(app: object, condition: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not settle")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.005)


def _measure(items: list[T], one: Callable[[T], None]) -> dict[str, object]:
    rss = []
    started = time.perf_counter()
    for item in items:
        one(item)
        rss.append(rss_kib())
    return {"rss_kib": rss, "seconds": round(time.perf_counter() - started, 1)}


RUNS = {"core": run_core, "window": run_window, "peer": run_peer}


# --- the parent: one child per run, then the figures ---------------------------------------


def child(run: str, model: str, count: int) -> dict[str, object]:
    """Run one measurement in a fresh process with empty user folders and one model installed."""
    with tempfile.TemporaryDirectory(prefix="kernpunt-soak-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **reader_folders(home)}
        command = [sys.executable, __file__, "--child", run, "--models", model]
        command += ["--articles", str(count)]
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"the {run} run with {model} failed:\n{result.stderr}")
    figures: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return figures


def growth(rss: list[int]) -> dict[str, float]:
    """Memory figures of one run, in MiB and percent."""
    base = rss[WARM_UP - 1]
    last = rss[-1]
    return {
        "rss_first_mib": round(rss[0] / 1024, 1),
        "rss_at_20_mib": round(base / 1024, 1),
        "rss_last_mib": round(last / 1024, 1),
        "rss_peak_mib": round(max(rss) / 1024, 1),
        "growth_percent": round((last - base) / base * 100, 2),
        "trend_percent": round(_trend(rss[WARM_UP - 1 :]) / base * 100, 2),
    }


def _trend(values: list[int]) -> float:
    """The rise of a least-squares line through the values, from the first to the last.

    One article's memory depends on its length; the line through all of them shows growth
    that the single article at either end can hide or fake.
    """
    count = len(values)
    if count < 2:
        return 0.0
    mean_x = (count - 1) / 2
    mean_y = sum(values) / count
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    variance = sum((x - mean_x) ** 2 for x in range(count))
    return covariance / variance * (count - 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--window-articles", type=int, default=50)
    parser.add_argument("--models", default="tiny,nlen")
    parser.add_argument("--child", choices=sorted(RUNS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    models = args.models.split(",")
    if args.child:
        from kernpunt.core.models.packages import install_package
        from tests.support.argos_models import cached_package

        install_package(cached_package(models[0]))
        print(json.dumps(RUNS[args.child](args.articles, MODES[models[0]])))
        return
    rows = [
        "| run | model, mode | articles | RSS at 1 | at 20 | at the last | peak | growth 20 → last "
        "| trend 20 → last | time |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    summary: dict[str, object] = {"target_percent": TARGET_PERCENT}
    for model in models:
        for run, count in (
            ("core", args.articles),
            ("peer", min(args.articles, PEER_ARTICLES.get(model, args.articles))),
            ("window", args.window_articles),
        ):
            figures = child(run, model, count)
            memory = growth(figures.pop("rss_kib"))  # type: ignore[arg-type]
            summary[f"{run}_{model}"] = {**memory, **figures}
            rows.append(
                f"| {_LABELS[run]} | {model}, {MODES[model]} | {count} "
                f"| {memory['rss_first_mib']} MiB | {memory['rss_at_20_mib']} MiB "
                f"| {memory['rss_last_mib']} MiB | {memory['rss_peak_mib']} MiB "
                f"| {memory['growth_percent']:+.2f} % | {memory['trend_percent']:+.2f} % "
                f"| {figures['seconds']} s |"
            )
            print(rows[-1], flush=True)
    kernpunt = [v for k, v in summary.items() if k.startswith(("core_", "window_"))]
    summary["met"] = all(
        max(float(figures["growth_percent"]), float(figures["trend_percent"]))  # type: ignore[index]
        < TARGET_PERCENT
        for figures in kernpunt
    )
    rows += [
        "",
        "Articles: the NATO sample and chunks of 1–8 paragraphs of the 5,000-word Lassy document, "
        "each sentence numbered so that none comes from the translation cache. The nl→en-shaped "
        "model runs in Fast mode to keep the benchmark under an hour; the tiny one "
        f"in Quality mode. Target: growth under {TARGET_PERCENT:g} % from article {WARM_UP} to "
        f"the last — {'met' if summary['met'] else 'not met'}. The trend is the rise of a "
        "least-squares line through every article's RSS from article 20 on, as a percentage of "
        "RSS at 20. The peer is CTranslate2 called as Argos Translate calls it (a paragraph "
        "a time, 32-token batches) on the same sentences, in the same run, without Kernpunt.",
    ]
    record("soak", "Soak: memory over a day of reading", "python benchmarks/soak.py", rows, summary)


_LABELS = {
    "core": "pipeline (translate + brief)",
    "peer": "peer: CTranslate2 the Argos way",
    "window": "window, through the job runner",
}


if __name__ == "__main__":
    main()
