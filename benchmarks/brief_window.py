"""One cold round of benchmarks/brief.py: open an article in Kernpunt's window, time the brief band.

Run as a fresh process by ``brief.py``: Kernpunt's window starts with the nl→en-shaped model
installed, looks it up and loads it as its preload does (the libraries translating and briefing
need come with it), and nothing else is loaded. Then the article is opened, translated by itself
as it opens, and the brief band is watched as it is painted: the time of the first paint that shows
an English brief sentence, and of the first that shows them all. Outputs are forced to the length
of a real translation (see ``brief.py``).

Usage: python benchmarks/brief_window.py ARTICLE  (prints one JSON object)
       python benchmarks/brief_window.py --floor ARTICLE INDICES  (the model alone: see floor)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import loaded_heavy_modules  # benchmarks/ is a folder of scripts, not a package
from translate import forced_length

TIMEOUT_S = 300.0


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from kernpunt.ui.main_window import MainWindow
    from kernpunt.ui.settings import Settings

    article = Path(sys.argv[1])
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(f"{folder}/kernpunt.ini", QSettings.Format.IniFormat))
        settings.translate_on_open = True
        window = MainWindow(settings)
        window.resize(1280, 800)
        window.show()
        session, view = window.session, window.view
        report: dict[str, Any] = {"article": article.name}

        window.refresh_models()
        wait(app, lambda: session.models_checked)
        assert session.package is not None, "no model installed"
        preload = session.preload()
        assert preload is not None
        wait(app, lambda: preload.done)
        # The preload loaded the model; its outputs get a real translation's length.
        session.store.translator(
            session.package, mode="quality", threads=None
        ).forced_length = forced_length
        report["loaded_before_open"] = loaded_heavy_modules()

        def translated_shown() -> int:
            brief = session.current.brief if session.current is not None else None
            if brief is None:
                return 0
            text = view.brief_pane.toPlainText()
            return sum(
                (translation := session.translations[index]) is not None
                and " ".join(translation.split()) in text
                for index in brief.indices
            )

        class PaintWatch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
                if event.type() == QEvent.Type.Paint and started is not None:
                    now = time.perf_counter() - started
                    brief = session.current.brief if session.current is not None else None
                    if brief is not None and view.brief_pane.sentence_indices:
                        report.setdefault("brief_chosen_s", now)
                        shown = translated_shown()
                        if shown:
                            report.setdefault("first_sentence_s", now)
                        if shown == len(brief.indices):
                            report.setdefault("whole_brief_s", now)
                            report["brief_size"] = len(brief.indices)
                return False

        def arrived(index: int) -> None:
            brief = session.current.brief if session.current is not None else None
            if brief is not None and index in brief.indices and started is not None:
                report.setdefault("first_result_s", time.perf_counter() - started)

        def mark(name: str) -> Any:
            return lambda *_: (
                started is not None and report.setdefault(name, time.perf_counter() - started)
            )

        window.article_shown.connect(mark("article_shown_s"))
        session.translation_started.connect(mark("translation_started_s"))
        session.brief_changed.connect(mark("brief_chosen_signal_s"))
        watch = PaintWatch()
        view.brief_pane.viewport().installEventFilter(watch)
        session.translation_changed.connect(arrived)
        started: float | None = time.perf_counter()
        window.open_article(article)
        wait(app, lambda: "whole_brief_s" in report)
        report["sentences"] = len(session.sentences)
        brief = session.current.brief if session.current is not None else None
        report["brief_indices"] = list(brief.indices) if brief else []
        report["brief_method"] = brief.method if brief else None
        print(json.dumps(report), flush=True)
        window.cancel()
        wait(app, lambda: not session.translating)
        window.close()
    # The figures are out; a teardown of Qt with work still queued on the workers is not worth
    # waiting for (nor crashing in).
    os._exit(0)


def floor(article: Path, indices: list[int]) -> dict[str, float]:
    """The model alone, in a process of its own: the brief's shortest sentence, then the brief.

    The peer of the window's figures: the same model, loaded the same way, given the same
    sentences with no window, no brief to choose and nothing else to translate. (Not in the
    window's process: batches a cancel left in flight would still be running there.)
    """
    from kernpunt.core.engine.translate import Translator
    from kernpunt.core.formats.article import read_article
    from kernpunt.core.models.packages import find_package
    from kernpunt.core.text.segment import segment

    package = find_package("nl", "en")
    assert package is not None, "no model installed"
    translator = Translator(package, mode="quality", forced_length=forced_length)
    translator.load()
    sentences = segment(read_article(article), "nl")
    texts = [sentences[index].text for index in indices]
    started = time.perf_counter()
    translator.translate([min(texts, key=len)])
    shortest = time.perf_counter() - started
    started = time.perf_counter()
    translator.translate(texts)
    return {"model_shortest_s": shortest, "model_whole_brief_s": time.perf_counter() - started}


def wait(app: Any, done: Any) -> None:
    """Run the event loop until done() holds."""
    deadline = time.perf_counter() + TIMEOUT_S
    while not done():
        if time.perf_counter() > deadline:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.001)


if __name__ == "__main__":
    if sys.argv[1] == "--floor":
        chosen = [int(index) for index in sys.argv[3].split(",")]
        print(json.dumps(floor(Path(sys.argv[2]), chosen)))
    else:
        main()
