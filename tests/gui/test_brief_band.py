"""The brief band fills in as the brief is translated, and its key terms never hold the window."""

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor, QTextFormat
from pytestqt.qtbot import QtBot

from kernpunt.core.brief import keyterms
from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.panes import SentencePane
from tests.gui.conftest import (
    open_and_wait,
    open_ready,
    open_translated,
    shown_text,
    translate_and_wait,
)
from tests.unit.brief.test_reader_terms import SAMPLE_IN_ENGLISH


def state(pane: SentencePane, index: int) -> str:
    """How a pane marks a sentence: "pending" (greyed, not translated yet) or ""."""
    start, _ = pane._spans[index]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(start + 1)
    return str(cursor.charFormat().property(QTextFormat.Property.UserProperty) or "")


def test_each_brief_sentence_shows_as_soon_as_it_is_translated(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path
) -> None:
    open_ready(qtbot, window, sample)
    session, pane = window.session, window.view.brief_pane
    # What the band shows each time its text changes: per brief sentence, translated or not.
    seen: list[dict[int, tuple[bool, str]]] = []

    def look() -> None:
        brief = session.current.brief if session.current is not None else None
        if brief is None or pane.sentence_indices != list(brief.indices):
            return
        shown = {}
        for index in brief.indices:
            translation = session.translations[index]
            text = shown_text(pane, index)
            if translation is not None and text == " ".join(translation.split()):
                shown[index] = (True, state(pane, index))
            else:
                assert text == " ".join(session.sentences[index].text.split())
                shown[index] = (False, state(pane, index))
        seen.append(shown)

    pane.content_changed.connect(look)
    translate_and_wait(qtbot, window)
    assert seen, "the band showed the brief"
    # As soon as it is chosen, before any of it is translated: the originals, greyed.
    assert all(shown == (False, "pending") for shown in seen[0].values())
    # Then one sentence in English while the others still wait, visibly.
    partly = [shown for shown in seen if 0 < sum(done for done, _ in shown.values()) < len(shown)]
    assert partly, "a translated brief sentence was shown before the whole brief"
    for shown in partly:
        assert all(mark == ("" if done else "pending") for done, mark in shown.values())
    assert all(done and mark == "" for done, mark in seen[-1].values())
    assert window.view.brief_heading.text().startswith("Brief · ")


def test_key_terms_follow_the_readers_edits_without_holding_the_window(
    qtbot: QtBot,
    window: MainWindow,
    sample: Path,
    installed_model: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_translated(qtbot, window, sample)
    assert "NATO" not in window.view.key_terms.texts()  # the random model writes no English
    threads: list[bool] = []
    find = keyterms.brief_terms

    def slow_brief_terms(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.4)  # what a long article's English terms cost
        return find(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keyterms, "brief_terms", slow_brief_terms)
    # The reader writes the whole translation: then NAVO is NATO, and the chips say so.
    started = time.perf_counter()
    for index, text in enumerate(SAMPLE_IN_ENGLISH):
        window.edit_sentence(index, text)
    assert time.perf_counter() - started < 0.4, "editing waits for no key terms"
    assert window.session.finding_terms
    assert not window.view.key_terms.isEnabled(), "the Dutch terms are greyed while replaced"
    qtbot.waitUntil(lambda: "NATO" in window.view.key_terms.texts(), timeout=10_000)
    qtbot.waitUntil(window.view.key_terms.isEnabled, timeout=10_000)
    assert threads and not any(threads), "the terms are found off the GUI thread"
    nato = next(chip for chip in window.view.key_terms.chips if chip.text() == "NATO")
    assert nato.toolTip() == "In the original: NAVO"

    # A brief made again on the edited translation gets its terms the same way.
    threads.clear()
    with qtbot.waitSignal(window.session.brief_changed, timeout=10_000):
        window.rebrief()
    qtbot.waitUntil(lambda: not window.session.finding_terms, timeout=10_000)
    assert threads and not any(threads)
    assert "NATO" in window.view.key_terms.texts()


def test_terms_found_for_an_article_since_replaced_are_not_shown(
    qtbot: QtBot,
    window: MainWindow,
    sample: Path,
    installed_model: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    other = tmp_path / "kort.txt"
    other.write_text("Het regent in Utrecht. De treinen rijden niet.\n", encoding="utf-8")
    open_translated(qtbot, window, sample)
    find = keyterms.brief_terms
    monkeypatch.setattr(keyterms, "brief_terms", lambda *args: (time.sleep(0.5), find(*args))[1])
    window.edit_sentence(0, SAMPLE_IN_ENGLISH[0])
    assert window.session.finding_terms
    open_and_wait(qtbot, window, other)
    qtbot.wait(800)
    assert window.view.key_terms.texts() == [], "the new article has no brief, so no terms"


def test_terms_that_cannot_be_found_leave_the_shown_ones_readable(
    qtbot: QtBot,
    window: MainWindow,
    sample: Path,
    installed_model: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_translated(qtbot, window, sample)
    shown = window.view.key_terms.texts()
    assert shown

    def broken(*args: object) -> object:
        raise OSError("the disk went away")

    monkeypatch.setattr(keyterms, "brief_terms", broken)
    window.edit_sentence(0, SAMPLE_IN_ENGLISH[0])
    qtbot.waitUntil(lambda: not window.session.finding_terms, timeout=10_000)
    assert window.view.key_terms.isEnabled(), "not left greyed for good"
    assert window.view.key_terms.texts() == shown
