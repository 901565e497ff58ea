"""Races: the reader opens, switches, cancels and closes while work is still running.

Whatever the order of events, every translation shown must be the model's translation of that
very sentence of the article on screen. The translation cache holds what each job translated,
keyed by sentence, so it tells which text belongs to which sentence without relying on wording.
"""

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kernpunt.core.engine.cache import TranslationCache, model_identity
from kernpunt.core.engine.translate import Translator
from kernpunt.core.models.packages import find_package
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.models_dialog import ModelsDialog
from tests.gui.conftest import check_models, open_and_wait, shown_text
from tests.support.index_server import NL_EN, IndexServer, serving

LONG = Path(__file__).resolve().parents[1] / "data" / "lassy-long-5k-words.nl.txt"
# Work that ends stays within seconds; work that is raced against is never waited for.
SETTLE_MS = 400


@pytest.fixture
def ready(qtbot: QtBot, window: MainWindow, installed_model: Path) -> MainWindow:
    """The window with the tiny model found, translating the long article."""
    check_models(qtbot, window)
    open_and_wait(qtbot, window, LONG)
    return window


@pytest.fixture
def medium(tmp_path: Path) -> Path:
    """An article of four paragraphs (24 sentences): long enough to race, short to finish."""
    paragraphs = LONG.read_text(encoding="utf-8").split("\n\n")
    path = tmp_path / "medium.txt"
    path.write_text("\n\n".join(paragraphs[10:14]), encoding="utf-8")
    return path


def model_outputs(sentences: list[str]) -> dict[str, set[str]]:
    """Every translation the model made of these sentences, in either mode, from the cache."""
    package = find_package()
    assert package is not None
    identity = model_identity(package)
    cache = TranslationCache()
    try:
        found: dict[str, set[str]] = {sentence: set() for sentence in sentences}
        for mode in ("quality", "fast"):
            options = Translator(package, mode=mode).options
            for sentence, text in cache.get_many(identity, options, sentences).items():
                found[sentence].add(text)
        return found
    finally:
        cache.close()


def assert_translations_belong(window: MainWindow) -> int:
    """Check that each translation shown is the model's own of that sentence; return the count.

    Also checks the translation pane, once its delayed render has run.
    """
    session = window.session
    sources = [sentence.text for sentence in session.sentences]
    assert len(session.translations) == len(sources)
    outputs = model_outputs(sources)
    done = 0
    for index, text in enumerate(session.translations):
        if text is not None:
            assert text in outputs[sources[index]], f"sentence {index} shows another's translation"
            done += 1
    pane = window.view.translation_pane
    assert pane.sentence_indices == list(range(len(sources)))
    for index, text in enumerate(session.translations):
        shown = " ".join((text if text is not None else sources[index]).split())
        assert shown_text(pane, index) == shown
    brief = window.view.brief_pane
    assert brief.sentence_indices == (
        list(session.current.brief.indices) if session.current.brief else []
    )
    for index in brief.sentence_indices:
        assert shown_text(brief, index) == " ".join((session.translations[index] or "").split())
    return done


class Witness:
    """Every translation the session takes in, as it does, with the article it went to."""

    def __init__(self, window: MainWindow) -> None:
        self.session = window.session
        self.seen: list[tuple[Path | None, int, str | None]] = []
        window.session.translation_changed.connect(self.record)

    def record(self, index: int) -> None:
        article = self.session.article
        source = article.source if article is not None else None
        self.seen.append((source, index, self.session.translations[index]))

    def check(self, sentences: dict[Path, list[str]]) -> None:
        """Each translation went to the sentence of the article it translates."""
        outputs = {path: model_outputs(texts) for path, texts in sentences.items()}
        for source, index, text in self.seen:
            assert source in sentences, f"a translation arrived for {source}"
            assert text in outputs[source][sentences[source][index]]


def wait_for_translations(qtbot: QtBot, window: MainWindow, count: int = 1) -> None:
    qtbot.waitUntil(
        lambda: sum(text is not None for text in window.session.translations) >= count,
        timeout=30_000,
    )


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Let late signals of replaced jobs arrive, and the pane render."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    qtbot.wait(SETTLE_MS)


def test_opening_another_article_mid_translation_keeps_them_apart(
    qtbot: QtBot, ready: MainWindow, sample: Path
) -> None:
    window = ready
    long_sentences = [sentence.text for sentence in window.session.sentences]
    witness = Witness(window)
    window.translate()
    wait_for_translations(qtbot, window, 3)
    open_and_wait(qtbot, window, sample)
    assert not window.session.translating, "the long article's translation was let go"
    qtbot.wait(SETTLE_MS)  # the long article's job stops after its batch; its news is ignored
    assert window.session.translations == [None] * 15
    assert window.view.source_pane.toPlainText().startswith("De ministers")
    with qtbot.waitSignal(window.translation_finished, timeout=60_000):
        window.translate()
    settle(qtbot, window)
    assert assert_translations_belong(window) == 15
    made_for_long = set().union(*model_outputs(long_sentences).values())
    assert made_for_long, "the long article's job did translate some sentences"
    assert not made_for_long & set(window.session.translations)
    shown = window.view.translation_pane.toPlainText()
    assert not any(" ".join(text.split()) in shown for text in made_for_long)
    witness.check({LONG: long_sentences, sample: [s.text for s in window.session.sentences]})
    assert {source for source, _, _ in witness.seen} == {LONG, sample}


def test_the_replaced_translation_never_reports_its_end(
    qtbot: QtBot, ready: MainWindow, sample: Path
) -> None:
    window = ready
    window.translate()
    wait_for_translations(qtbot, window)
    with qtbot.assertNotEmitted(window.translation_finished, wait=SETTLE_MS):
        open_and_wait(qtbot, window, sample)
    assert "15 sentences" in window.status.stage_label.text()
    assert window.actions_.translate.isEnabled()


def endings(qtbot: QtBot, window: MainWindow, article: Path) -> list[str]:
    """Find the model and open the article; the list collects how each translation ends."""
    check_models(qtbot, window)
    open_and_wait(qtbot, window, article)
    finished: list[str] = []
    window.session.translation_finished.connect(finished.append)
    return finished


def test_changing_mode_mid_translation(
    qtbot: QtBot, window: MainWindow, installed_model: Path, medium: Path
) -> None:
    finished = endings(qtbot, window, medium)
    window.set_mode("quality")
    window.translate()
    wait_for_translations(qtbot, window)
    window.set_mode("fast")
    qtbot.waitUntil(lambda: finished == ["done"], timeout=60_000)
    assert all(window.session.translations), "the running translation went on in its own mode"
    settle(qtbot, window)
    assert_translations_belong(window)
    with qtbot.waitSignal(window.translation_finished, timeout=60_000):
        window.translate()
    settle(qtbot, window)
    assert assert_translations_belong(window) == len(window.session.sentences)
    assert window.settings.mode == "fast"
    assert window.status.mode_box.currentData() == "fast"


def test_translate_twice_quickly(
    qtbot: QtBot, window: MainWindow, installed_model: Path, medium: Path
) -> None:
    finished = endings(qtbot, window, medium)
    window.translate()
    window.translate()
    qtbot.waitUntil(lambda: finished == ["done"], timeout=60_000)
    settle(qtbot, window)
    assert finished == ["done"], "only the second translation reports its end"
    assert assert_translations_belong(window) == len(window.session.sentences)
    assert window.session.current.brief is not None


def test_cancel_then_translate_at_once(qtbot: QtBot, ready: MainWindow) -> None:
    window = ready
    window.translate()
    wait_for_translations(qtbot, window, 2)
    window.cancel()
    window.translate()  # before the cancelled job has even stopped
    assert window.session.translating
    wait_for_translations(qtbot, window, 10)
    assert window.status.cancel_button.isVisible()
    with qtbot.waitSignal(window.translation_finished, timeout=30_000) as blocker:
        window.cancel()
    assert blocker.signal_triggered
    settle(qtbot, window)
    assert not window.session.translating
    assert assert_translations_belong(window) >= 10
    assert "Cancelled" in window.status.stage_label.text()


def test_several_rapid_opens_show_the_last(
    qtbot: QtBot, ready: MainWindow, sample: Path, medium: Path, tmp_path: Path
) -> None:
    window = ready
    long_sentences = [sentence.text for sentence in window.session.sentences]
    witness = Witness(window)
    window.translate()
    wait_for_translations(qtbot, window)
    last = tmp_path / "laatste.txt"
    last.write_text("Het laatste artikel.\n\nHet kabinet is gevallen. Er komen verkiezingen.")
    shown: list[str] = []
    window.article_shown.connect(lambda: shown.append(window.view.source_pane.toPlainText()))
    for path in (sample, medium, LONG, sample, last):
        window.open_article(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    settle(qtbot, window)
    assert len(shown) == 1, "only the article asked for last is shown"
    assert shown[0].startswith("Het laatste artikel.")
    assert window.session.article is not None and window.session.article.source == last
    assert window.session.translations == [None] * len(window.session.sentences)
    assert_translations_belong(window)
    with qtbot.waitSignal(window.translation_finished, timeout=60_000):
        window.translate()
    settle(qtbot, window)
    assert assert_translations_belong(window) == len(window.session.sentences)
    witness.check({LONG: long_sentences, last: [s.text for s in window.session.sentences]})


def test_a_rebrief_of_the_previous_article_never_lands_on_the_next(
    qtbot: QtBot, window: MainWindow, installed_model: Path, sample: Path, medium: Path
) -> None:
    check_models(qtbot, window)
    open_and_wait(qtbot, window, medium)
    with qtbot.waitSignal(window.translation_finished, timeout=60_000):
        window.translate()
    window.session.brief_length = "10"
    window.rebrief()
    open_and_wait(qtbot, window, sample)
    settle(qtbot, window)
    assert window.session.current.brief is None, "the medium article's brief stays with it"
    assert window.view.brief_pane.sentence_indices == []


def test_closing_mid_translation_is_prompt_and_quiet(qtbot: QtBot, ready: MainWindow) -> None:
    window = ready
    window.translate()
    wait_for_translations(qtbot, window)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 5
    assert not window.runner.busy or all(job.token.cancelled for job in window.runner._jobs)
    with qtbot.assertNotEmitted(window.session.translation_changed, wait=SETTLE_MS):
        pass


def test_closing_mid_brief_is_clean(qtbot: QtBot, ready: MainWindow) -> None:
    window = ready
    stages: list[str] = []
    window.session.stage_changed.connect(stages.append)
    window.translate()
    # The brief of the whole article is chosen before the first sentence is translated.
    qtbot.waitUntil(lambda: "translating" in stages, timeout=20_000)
    assert not any(window.session.translations)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 5
    qtbot.wait(SETTLE_MS)
    # A brief chosen before the close stays as the band shows it: translated or greyed.
    session, brief = window.session, window.session.current.brief
    for index in brief.indices if brief is not None else ():
        text = session.translations[index] or session.sentences[index].text
        assert shown_text(window.view.brief_pane, index) == " ".join(text.split())


@pytest.fixture
def stalling_server(tiny_archive: Path) -> Iterator[IndexServer]:
    with serving(chunk=4 * 1024, chunk_delay=0.02) as server:
        server.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        server.behaviour[f"/packages/{tiny_archive.name}"] = "stall-headers"
        yield server


def test_closing_mid_download_does_not_wait_for_the_server(
    qtbot: QtBot, window: MainWindow, sample: Path, stalling_server: IndexServer, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, sample)
    dialog = ModelsDialog(window.runner, stalling_server.base_url, window)
    dialog.show()
    dialog.check_index()
    qtbot.waitUntil(lambda: dialog.available.count() == 1, timeout=10_000)
    dialog.download_button.click()
    qtbot.waitUntil(lambda: len(stalling_server.requests) == 2, timeout=10_000)
    qtbot.wait(300)  # the server took the request and answers nothing
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 3, "closing does not wait for a silent server"
    stalling_server.release.set()
    downloads = Path(tmp_path / "home" / "cache" / "kernpunt" / "downloads")
    qtbot.waitUntil(lambda: not list(downloads.glob("*.part")), timeout=20_000)
    assert find_package() is None


def test_reading_goes_on_while_a_model_downloads(
    qtbot: QtBot, window: MainWindow, sample: Path, medium: Path, tiny_archive: Path
) -> None:
    with serving(chunk=4 * 1024, chunk_delay=0.05) as slow:
        slow.add_package(tiny_archive.name, tiny_archive.read_bytes(), NL_EN, with_size=True)
        check_models(qtbot, window)
        assert window.session.package is None
        dialog = ModelsDialog(window.runner, slow.base_url, window)
        dialog.models_changed.connect(window.refresh_models)
        dialog.show()
        dialog.check_index()
        qtbot.waitUntil(lambda: dialog.available.count() == 1, timeout=10_000)
        dialog.download_button.click()
        qtbot.waitUntil(lambda: dialog.download_progress.value() > 0, timeout=10_000)
        open_and_wait(qtbot, window, medium)  # files are read beside the download
        assert not dialog.download_progress.isHidden(), "the download is still running"
        window.translate()  # no model yet: the reader is offered one
        qtbot.waitUntil(lambda: window.session.package is not None, timeout=30_000)
    with qtbot.waitSignal(window.translation_finished, timeout=60_000):
        window.translate()
    settle(qtbot, window)
    assert window.session.article is not None and window.session.article.source == medium
    assert assert_translations_belong(window) == len(window.session.sentences)
