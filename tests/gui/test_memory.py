"""A day of reading in one window: nothing an article leaves behind piles up.

``benchmarks/soak.py`` measures the window's resident memory over 50 articles; these tests
count what caused its growth before: every render of a pane left its old document behind.
"""

import gc
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from kernpunt.ui.jobs import Job
from kernpunt.ui.main_window import MainWindow
from tests.gui.conftest import check_models, open_and_wait, translate_and_wait

LONG = Path(__file__).resolve().parents[1] / "data" / "lassy-long-5k-words.nl.txt"
WARM_UP = 2
MORE = 4


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    """Articles of two paragraphs (about twelve sentences) each, none like another."""
    paragraphs = LONG.read_text(encoding="utf-8").split("\n\n")
    paths = []
    for number in range(WARM_UP + MORE):
        path = tmp_path / f"artikel-{number}.txt"
        path.write_text("\n\n".join(paragraphs[2 * number : 2 * number + 2]), encoding="utf-8")
        paths.append(path)
    return paths


def read_and_translate(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    open_and_wait(qtbot, window, path)
    translate_and_wait(qtbot, window)
    session = window.session
    assert all(text is not None for text in session.translations)
    assert session.current.brief is not None
    assert window.view.translation_pane.sentence_indices == list(range(len(session.sentences)))


def live_objects(window: MainWindow) -> Counter[str]:
    """What the window holds once deleted objects are gone: Qt objects, documents, jobs."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()
    children = window.findChildren(QObject)
    counts = Counter(type(child).__name__ for child in children)
    counts["all Qt objects"] = len(children)
    counts["documents"] = len(window.findChildren(QTextDocument))
    counts["jobs"] = sum(isinstance(thing, Job) for thing in gc.get_objects())
    counts["queued jobs"] = len(window.runner._jobs)
    return counts


def warm_up(qtbot: QtBot, window: MainWindow, articles: list[Path]) -> None:
    """Find the model and read and translate the first articles, so that caches are full."""
    check_models(qtbot, window)
    for path in articles[:WARM_UP]:
        read_and_translate(qtbot, window, path)


def test_reading_more_articles_keeps_no_more_objects(
    qtbot: QtBot, window: MainWindow, installed_model: Path, articles: list[Path]
) -> None:
    warm_up(qtbot, window, articles)
    before = live_objects(window)
    for path in articles[WARM_UP:]:
        read_and_translate(qtbot, window, path)
    after = live_objects(window)
    grown = {name: (before[name], count) for name, count in after.items() if count > before[name]}
    assert not grown, f"left behind by {MORE} more articles: {grown}"
    assert after["documents"] == len(window.view.panes)


def test_panes_keep_no_undo_history(
    qtbot: QtBot, window: MainWindow, installed_model: Path, articles: list[Path]
) -> None:
    warm_up(qtbot, window, articles)
    for pane in window.view.panes:
        assert pane.document().availableUndoSteps() == 0, pane.accessibleName()
