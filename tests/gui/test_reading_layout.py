"""The reading view as a reader sees it: the brief leads, and nothing is cut off."""

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kernpunt.ui.main_window import MainWindow
from kernpunt.ui.settings import Settings
from tests.gui.conftest import check_models, open_and_wait, open_ready, translate_and_wait
from tests.gui.fit_check import cut_off
from tests.gui.test_translations import DUTCH, compile_qm

REPO = Path(__file__).resolve().parents[2]
SIZES = ((1000, 700), (1920, 1080))


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The interface language of the window, as test_translations.py installs it."""
    translator = QTranslator()
    app = QApplication.instance()
    assert app is not None
    if request.param == "nl":
        assert translator.load(str(compile_qm(DUTCH, tmp_path)))
        assert app.installTranslator(translator)
    yield request.param
    app.removeTranslator(translator)


def placeholder_of(pane: QWidget) -> QLabel | None:
    """The label a pane shows while it is empty."""
    return pane.findChild(QLabel, "placeholder")


def new_window(qtbot: QtBot, make_settings: Callable[[], Settings]) -> MainWindow:
    window = MainWindow(make_settings())
    qtbot.addWidget(window)
    window.show()
    return window


def settle(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.wait(30)


def test_nothing_is_cut_off_without_a_model(
    qtbot: QtBot, language: str, make_settings: Callable[[], Settings], sample: Path
) -> None:
    window = new_window(qtbot, make_settings)
    open_ready(qtbot, window, sample)
    assert window.view.missing_model.isVisible()
    assert placeholder_of(window.view.brief_pane) is not None
    for width, height in SIZES:
        settle(qtbot, window, width, height)
        assert placeholder_of(window.view.brief_pane).isVisible()
        assert cut_off(window.view) == [], (language, width, height)
    # With the find bar open below the panes and the article list beside them.
    window.view.open_find()
    window.articles.box.show()
    settle(qtbot, window, *SIZES[0])
    assert cut_off(window.view) == []


def test_nothing_is_cut_off_before_and_after_translating(
    qtbot: QtBot,
    language: str,
    make_settings: Callable[[], Settings],
    sample: Path,
    installed_model: Path,
) -> None:
    window = new_window(qtbot, make_settings)
    check_models(qtbot, window)
    # Before any article: both panes say what they will show.
    placeholder = placeholder_of(window.view.translation_pane)
    assert placeholder is not None
    for width, height in SIZES:
        settle(qtbot, window, width, height)
        assert placeholder.isVisible()
        assert cut_off(window.view) == [], (language, width, height)
    open_and_wait(qtbot, window, sample)
    assert not placeholder.isVisible()  # the Dutch stands there, greyed, until translated
    for width, height in SIZES:
        settle(qtbot, window, width, height)
        assert cut_off(window.view) == [], (language, width, height)
    translate_and_wait(qtbot, window)
    assert not placeholder.isVisible()
    assert not placeholder_of(window.view.brief_pane).isVisible()
    for width, height in SIZES:
        settle(qtbot, window, width, height)
        assert cut_off(window.view) == [], (language, width, height)


def test_the_brief_leads_across_the_top(
    qtbot: QtBot, window: MainWindow, sample: Path, installed_model: Path
) -> None:
    view = window.view
    window.resize(1000, 700)
    open_ready(qtbot, window, sample)
    assert "NAVO" in view.header.text() and "navo-ministers-2021-03.nl.txt" in view.header.text()
    translate_and_wait(qtbot, window)
    qtbot.wait(20)
    brief = view.brief_pane
    # Full width, above the original and the translation, and readable: at least 150 px high.
    top_left = brief.mapTo(view, brief.rect().topLeft())
    source = view.source_pane.mapTo(view, view.source_pane.rect().topLeft())
    assert top_left.y() < source.y()
    assert brief.width() > 0.9 * view.width()
    assert brief.height() >= 150
    assert view.source_pane.height() >= 200
    # The heading names the method and the length.
    document = window.session.current
    assert document is not None and document.brief is not None
    size = len(document.brief.indices)
    assert view.brief_heading.text() == (
        f"Brief · {document.brief.method_label} · {size} sentence{'s' if size != 1 else ''}"
    )
    # One line per brief sentence, not an outline: the text starts near the pane's left edge.
    block = brief.document().firstBlock()
    assert block.blockFormat().leftMargin() + block.blockFormat().indent() * 40 <= 20
    assert brief.sentence_indices == list(document.brief.indices)


def test_the_band_and_the_panes_share_a_splitter_that_is_remembered(
    qtbot: QtBot, window: MainWindow, sample: Path, make_settings: Callable[[], Settings]
) -> None:
    view = window.view
    window.resize(1000, 700)
    open_and_wait(qtbot, window, sample)
    assert view.splitter.orientation() == Qt.Orientation.Vertical
    assert view.splitter.widget(0) is view.brief_band
    band, panes = view.splitter.sizes()
    assert 0.25 < band / (band + panes) < 0.5
    view.splitter.setSizes([100, band + panes - 100])
    window.actions_.stacked.trigger()
    assert view.panes_splitter.orientation() == Qt.Orientation.Vertical
    window.close()
    again = MainWindow(make_settings())
    qtbot.addWidget(again)
    again.resize(1000, 700)
    again.show()
    qtbot.wait(20)
    assert again.view.splitter.sizes()[0] == pytest.approx(100, abs=10)
    assert again.view.stacked


def test_an_old_splitter_state_is_ignored(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QSplitter, QWidget

    old = QSplitter()  # the layout before the brief band: three columns side by side
    for _ in range(3):
        old.addWidget(QWidget())
    old.setSizes([460, 460, 320])
    assert not window.view.restore_state(old.saveState())
    assert window.view.splitter.sizes()[0] > 0


@pytest.mark.parametrize("language", ["en", "nl"])
def test_nothing_is_cut_off_at_scale_two(language: str, tmp_path: Path, tiny_archive: Path) -> None:
    from tests.support.argos_models import install_package

    install_package(tiny_archive, Path(os.environ["ARGOS_PACKAGES_DIR"]))
    command = [
        sys.executable,
        "-m",
        "tests.gui.fit_check",
        "--sample",
        str(REPO / "resources" / "samples" / "navo-ministers-2021-03.nl.txt"),
        "--translate",
    ]
    if language == "nl":
        command += ["--qm", str(compile_qm(DUTCH, tmp_path))]
    result = subprocess.run(
        command,
        cwd=REPO,
        env={**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr
